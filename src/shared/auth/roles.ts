/** Roles and the scope each carries (DESIGN.md §5). Pure. */
export const roles = ['national_admin', 'site_manager', 'agency_admin', 'officer', 'evaluator'] as const;
export type Role = (typeof roles)[number];

export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  siteId: string | null;
  agencyId: string | null;
  boothId: string | null;
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
