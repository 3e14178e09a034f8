import { hasRole, type Actor } from '../../platform/actor.js';

/** The person whose data it is: citizens and enterprises read the records about themselves. */
export function readsOwnRecords(actor: Actor): boolean {
  return actor.kind === 'citizen' || actor.kind === 'enterprise';
}

/** Staff read no record, their own included, except the coordination office, which audits. */
export function auditsRecords(actor: Actor): boolean {
  return hasRole(actor, 'coordination_office');
}
