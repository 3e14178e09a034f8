import { hasRole, type Actor } from '../../platform/actor.js';

/**
 * Which cities' departments the actor may see figures of: every city for the coordination
 * office, their own for a city administrator, none for anyone else. Mirrors the row-level
 * security of rectification_tasks, which binds the live 差评 counts a second time.
 */
export function departmentScope(actor: Actor): { allCities: true } | { cityCode: string } | null {
  if (hasRole(actor, 'coordination_office')) return { allCities: true };
  if (hasRole(actor, 'city_admin') && actor.cityCode) return { cityCode: actor.cityCode };
  return null;
}
