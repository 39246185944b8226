import type { Role } from './roles.ts';

/**
 * Who may do what, where: one row per action (DESIGN.md §5). Every /api route names its action in its options
 * (`config: { access: 'floor.counter.work' }`); the app refuses to start with a route that names none
 * (shared/http/access.ts). The roles are checked before the handler runs; the scope, which needs the target's
 * site, agency or booth, is checked by the service with the same action (policy.ts: assertMayAt, siteListOf,
 * reachFor, assertMayAgency…), so no module keeps a rule of its own.
 *
 * Scope kinds — what "inside" means for a role the rule names:
 * - public: anyone, signed in or not.
 * - device: anyone at the door; the handler takes a paired device's token, or a staff sign-in checked with the
 *   action named in the handler (kiosk issue → floor.issue-at-desk).
 * - role: the role alone decides (one's own account; national-only work; lists filtered by the role).
 * - site: the actor's own site (the national admin: every site).
 * - site-agency: an agency's business at a site (policy.ts, mayActAt): the site's manager, the agency's admin
 *   at that site (every site when unbound), an officer of that agency at that site.
 * - booth: as site-agency, but an officer only at their own booth (a counter).
 * - site-read: one site's rows — national admin and evaluators every site, a manager theirs, an agency admin or
 *   officer their agency's rows at their site (policy.ts, siteListOf).
 * - agency: catalogue data of an agency — its admin, a manager of a site where it has a booth (policy.ts,
 *   assertMayAgency; shared data needs more, see assertSharedAgencyData).
 * - reach: a list across sites filtered to the actor's reach (policy.ts, reachFor).
 * - audit: the audit log filtered by auditScopeOf.
 * - users: accounts one could have granted (assertMayGrant, mayManageUser).
 *
 * A target outside the scope is refused with 403 auth.out_of_scope; no rule hides a target's existence (404)
 * today — a rule that should would say so here.
 */
export type ScopeKind =
  | 'public'
  | 'device'
  | 'role'
  | 'site'
  | 'site-agency'
  | 'booth'
  | 'site-read'
  | 'agency'
  | 'reach'
  | 'audit'
  | 'users';

export interface AccessRule {
  /** 'anyone': no sign-in needed. Otherwise the roles that may call at all (401 anonymous, 403 the others). */
  roles: 'anyone' | readonly Role[];
  scope: ScopeKind;
}

const signedIn = ['national_admin', 'site_manager', 'agency_admin', 'officer', 'evaluator'] as const;
const staff = ['national_admin', 'site_manager', 'agency_admin', 'officer'] as const;
const managers = ['national_admin', 'site_manager'] as const;
const editors = ['national_admin', 'site_manager', 'agency_admin'] as const;
const readers = ['national_admin', 'site_manager', 'agency_admin', 'evaluator'] as const;
const national = ['national_admin'] as const;

export const accessRules = {
  // ——— Anyone ———
  'auth.sign-in': { roles: 'anyone', scope: 'public' },
  'auth.sign-out': { roles: 'anyone', scope: 'public' },
  'config.read': { roles: 'anyone', scope: 'public' },
  'sites.read': { roles: 'anyone', scope: 'public' },
  'catalogue.read': { roles: 'anyone', scope: 'public' },
  'holidays.read': { roles: 'anyone', scope: 'public' },
  'floor.public': { roles: 'anyone', scope: 'public' },
  'booking.citizen': { roles: 'anyone', scope: 'public' },
  'requests.track': { roles: 'anyone', scope: 'public' },
  // The national hub's pages and open data: published figures of public services, no personal data.
  'national.read': { roles: 'anyone', scope: 'public' },
  // The citizen's survey: the link's token is the key; the serving officer's own session is refused in the service.
  'survey.read': { roles: 'anyone', scope: 'public' },
  'survey.answer': { roles: 'anyone', scope: 'public' },
  // A survey device at a counter: its paired token (kind survey) names the counter whose survey it shows.
  'survey.device': { roles: 'anyone', scope: 'device' },
  'satisfaction.public': { roles: 'anyone', scope: 'public' },
  // A complaint: filed by anyone (the public site, a tracking page, the kiosk); followed and replied to with its
  // code and PIN (guessing counted per code and per address); its public statistics.
  'complaints.file': { roles: 'anyone', scope: 'public' },
  'complaints.track': { roles: 'anyone', scope: 'public' },
  'complaints.public': { roles: 'anyone', scope: 'public' },
  // ——— A paired device (its token), or staff at their desk ———
  'floor.issue': { roles: 'anyone', scope: 'device' },
  'floor.issue-at-desk': { roles: ['national_admin', 'site_manager', 'officer'], scope: 'site' },
  'floor.device.this': { roles: 'anyone', scope: 'device' },
  // ——— One's own account ———
  'auth.self': { roles: signedIn, scope: 'role' },
  // ——— Accounts ———
  'users.read': { roles: managers, scope: 'users' },
  'users.grant': { roles: managers, scope: 'users' },
  'users.manage': { roles: managers, scope: 'users' },
  // The installation's link to the national hub (one per installation, whichever site the manager runs).
  'national.link.read': { roles: managers, scope: 'role' },
  'code-locks.clear': { roles: staff, scope: 'site-agency' },
  // ——— Sites: their configuration, booths and counters ———
  'sites.create': { roles: national, scope: 'role' },
  'sites.configure': { roles: managers, scope: 'site' },
  'sites.booth-layout': { roles: editors, scope: 'site-agency' },
  'floor.devices.manage': { roles: managers, scope: 'site' },
  'holidays.manage': { roles: national, scope: 'role' },
  // ——— Catalogue ———
  'catalogue.agency.create': { roles: managers, scope: 'role' },
  'catalogue.edit': { roles: editors, scope: 'agency' },
  'catalogue.export': { roles: editors, scope: 'role' },
  // ——— Floor ———
  'floor.counters.list': { roles: signedIn, scope: 'reach' },
  'floor.counter.work': { roles: staff, scope: 'booth' },
  'floor.sessions.read': { roles: ['national_admin', 'site_manager', 'evaluator'], scope: 'site-read' },
  // ——— Booking ———
  'booking.schedule': { roles: editors, scope: 'site-agency' },
  'booking.stats.read': { roles: readers, scope: 'site-read' },
  'booking.affected.read': { roles: editors, scope: 'site-read' },
  'booking.affected.act': { roles: editors, scope: 'site-agency' },
  // ——— Application files and their monitor ———
  'requests.list': { roles: staff, scope: 'reach' },
  'requests.register': { roles: staff, scope: 'booth' },
  'requests.work': { roles: staff, scope: 'site-agency' },
  'monitor.read': { roles: readers, scope: 'site-read' },
  // ——— Citizen satisfaction (SKM/IKM): the index, survey periods, follow-up plans, the report, paper import ———
  'satisfaction.read': { roles: readers, scope: 'site-read' },
  'satisfaction.periods.manage': { roles: managers, scope: 'site' },
  'satisfaction.import': { roles: managers, scope: 'site' },
  'satisfaction.report.read': { roles: ['national_admin', 'site_manager', 'evaluator'], scope: 'site-read' },
  // ——— Complaints (pengaduan). The site's complaint handler is its manager (a duty, not a role: docs/ARCHITECTURE.md
  // and the complaints module say why); the agency concerned writes the follow-up and sees only its own. ———
  'complaints.read': { roles: readers, scope: 'site-read' },
  'complaints.record': { roles: managers, scope: 'site' },
  'complaints.handle': { roles: managers, scope: 'site' },
  'complaints.identity.read': { roles: managers, scope: 'site' },
  'complaints.follow-up': { roles: editors, scope: 'site-agency' },
  'complaints.settings': { roles: managers, scope: 'site' },
  // ——— Evaluation: instruments, assessments and inspections, findings followed to closure, reports. Evaluators (the
  // monitoring team, the ministry) assess and verify; an agency assesses itself and answers its findings. ———
  'evaluation.instruments.read': { roles: signedIn, scope: 'role' },
  'evaluation.instruments.manage': { roles: ['national_admin', 'evaluator'], scope: 'role' },
  'evaluation.read': { roles: readers, scope: 'site-read' },
  'evaluation.assess': { roles: ['national_admin', 'evaluator'], scope: 'site-read' },
  'evaluation.self-assess': { roles: editors, scope: 'site-agency' },
  'evaluation.findings.answer': { roles: editors, scope: 'site-agency' },
  'evaluation.findings.verify': { roles: ['national_admin', 'evaluator'], scope: 'site-read' },
  'evaluation.reports.issue': { roles: ['national_admin', 'evaluator'], scope: 'site-read' },
  // ——— Audit ———
  'audit.read': { roles: editors, scope: 'audit' },
} as const satisfies Record<string, AccessRule>;

export type Action = keyof typeof accessRules;
/** The actions whose rule has this scope kind: a check takes only the actions it can decide. */
export type ActionOf<K extends ScopeKind> = {
  [A in Action]: (typeof accessRules)[A]['scope'] extends K ? A : never;
}[Action];

export function isAction(value: unknown): value is Action {
  return typeof value === 'string' && Object.hasOwn(accessRules, value);
}
