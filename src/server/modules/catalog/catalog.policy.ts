import { hasRole, type Actor } from '../../platform/actor.js';

/** A city's administrators keep their own city's implementations. */
export function canEditImplementation(actor: Actor, cityCode: string): boolean {
  return hasRole(actor, 'city_admin') && actor.cityCode === cityCode;
}

/** Drafts are visible to the city's administrators and to the coordination office. */
export function canSeeDrafts(actor: Actor, cityCode: string): boolean {
  return canEditImplementation(actor, cityCode) || hasRole(actor, 'coordination_office');
}
