import { hasRole, type Actor } from '../../platform/actor.js';

/** Registering sites and rotating the signing keys is the system administrator's alone. */
export function canManageUnifiedLogin(actor: Actor): boolean {
  return hasRole(actor, 'system_admin');
}
