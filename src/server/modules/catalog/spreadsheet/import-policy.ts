import { hasRole, type Actor } from '../../../platform/actor.js';
import type { ImportScope } from './validate-rows.js';

/**
 * What an importer may write: the coordination office (and the system, from the CLI) the whole
 * catalogue; a city administrator only their own city's implementations of existing items.
 * Null for everyone else.
 */
export function importScopeFor(actor: Actor | 'system'): ImportScope | null {
  if (actor === 'system' || hasRole(actor, 'coordination_office')) return { kind: 'metro' };
  if (hasRole(actor, 'city_admin') && actor.cityCode) return { kind: 'city', cityCode: actor.cityCode };
  return null;
}
