import { hasRole, type Actor } from '../../platform/actor.js';

/** The system administrator and the coordination office enter each year's official arrangement. */
export function canKeepCalendar(actor: Actor): boolean {
  return hasRole(actor, 'system_admin') || hasRole(actor, 'coordination_office');
}
