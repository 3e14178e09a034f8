/** Roles a staff account may hold; each is scoped to a city and organisation except the office and system admin. */
export const staffRoles = [
  'window_clerk',
  'case_officer',
  'city_admin',
  'coordination_office',
  'system_admin',
] as const;
export type StaffRole = (typeof staffRoles)[number];

export type AccountKind = 'citizen' | 'enterprise' | 'staff';

/** Who is acting: settled once per request and carried into every service call and transaction. */
export interface Actor {
  userId: string;
  kind: AccountKind;
  roles: StaffRole[];
  cityCode: string | null;
  orgIds: string[];
  displayName: string;
}

export function hasRole(actor: Actor, role: StaffRole): boolean {
  return actor.kind === 'staff' && actor.roles.includes(role);
}
