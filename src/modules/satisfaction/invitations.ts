import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { PersonalDataCipher } from '../../shared/personal-data/cipher.ts';
import type { Write } from '../../shared/write/write.ts';
import type { VisitFinishedHook } from '../floor/floor.public.ts';
import { enqueueNotifications, type NewNotification } from '../notifications/notifications.public.ts';
import type { RequestHandedOverHook } from '../requests/requests.public.ts';

/**
 * Invitations: every ticket finished as served and every file handed over earns exactly one survey, created in the
 * transaction of that finish or hand-over (registered on the floor's and requests' hooks in app.ts), so a survey
 * exists exactly when the service happened. The UNIQUE ticket_id / request_id of survey_invitations holds it to
 * one. Its token is the citizen's one-time link: 144 random bits, URL-safe.
 */

/** A survey can be answered for 30 days after the service (DESIGN.md §6). */
const SURVEY_DAYS = 30;

const newSurveyToken = (): string => randomBytes(18).toString('base64url');

/** The opt-in notice after service needs the cipher and the configured channels; set once at start (app.ts). */
interface InvitationNotices {
  personalData: PersonalDataCipher;
  notify: { email: boolean; webhook: boolean };
}
let notices: InvitationNotices | null = null;

/**
 * Set by app.ts before any route is served. The hooks are module functions (registering them twice is a no-op),
 * so what they need of the app is read from here rather than captured per app.
 */
export function setInvitationNotices(settings: InvitationNotices): void {
  notices = settings;
}

interface Contacts {
  token: string;
  phoneEncrypted: string | null;
  emailEncrypted: string | null;
  language: 'id' | 'en' | null;
  service: string;
  site: string;
}

/** A served ticket: its survey, and a notice with the link if the visit was booked with contact channels. */
export const inviteAfterVisit: VisitFinishedHook = async (w, finished) => {
  if (finished.outcome !== 'served') return;
  const token = newSurveyToken();
  // One statement: the invitation, and what a notice needs (the booking's contacts, if the visit was booked).
  const row = await sql<Contacts>`
    WITH inv AS (
      INSERT INTO survey_invitations (token, site_id, agency_id, booth_id, service_id, ticket_id, served_by,
        served_at, served_on, expires_at)
      SELECT ${token}, b.site_id, b.agency_id, b.id, ${finished.serviceId}::uuid, ${finished.ticketId}::uuid,
        ${w.ctx.actor?.userId ?? null}::uuid, ${w.now}::timestamptz, ${finished.serviceDate}::date,
        ${w.now}::timestamptz + make_interval(days => ${SURVEY_DAYS})
      FROM booths b WHERE b.id = ${finished.boothId}::uuid
      RETURNING token, site_id, service_id
    )
    SELECT inv.token, bk.phone_encrypted AS "phoneEncrypted", bk.email_encrypted AS "emailEncrypted",
      bk.language, s.name AS service, si.name AS site
    FROM inv
    JOIN services s ON s.id = inv.service_id
    JOIN sites si ON si.id = inv.site_id
    LEFT JOIN visits v ON v.id = ${finished.visitId}::uuid
    LEFT JOIN bookings bk ON bk.id = v.booking_id`.execute(w.tx);
  const contacts = row.rows[0];
  if (contacts) await queueNotice(w, finished.siteId, `ticket:${finished.ticketId}`, contacts);
};

/** A file handed over: its survey (the day of service is the hand-over's site-local day), and the opt-in notice. */
export const inviteAfterHandOver: RequestHandedOverHook = async (w, file) => {
  const token = newSurveyToken();
  const row = await sql<Omit<Contacts, 'phoneEncrypted' | 'emailEncrypted' | 'language'>>`
    WITH inv AS (
      INSERT INTO survey_invitations (token, site_id, agency_id, booth_id, service_id, request_id, served_by,
        served_at, served_on, expires_at)
      SELECT ${token}, b.site_id, b.agency_id, b.id, ${file.serviceId}::uuid, ${file.requestId}::uuid,
        ${w.ctx.actor?.userId ?? null}::uuid, ${w.now}::timestamptz,
        (${w.now}::timestamptz AT TIME ZONE si.timezone)::date,
        ${w.now}::timestamptz + make_interval(days => ${SURVEY_DAYS})
      FROM booths b JOIN sites si ON si.id = b.site_id WHERE b.id = ${file.boothId}::uuid
      RETURNING token, site_id, service_id
    )
    SELECT inv.token, s.name AS service, si.name AS site
    FROM inv JOIN services s ON s.id = inv.service_id JOIN sites si ON si.id = inv.site_id`.execute(w.tx);
  const made = row.rows[0];
  if (made)
    await queueNotice(w, file.siteId, `request:${file.requestId}`, {
      ...made,
      phoneEncrypted: file.phoneEncrypted,
      emailEncrypted: file.emailEncrypted,
      language: file.language,
    });
};

/**
 * The survey's link on every configured channel the citizen gave for this visit or file (the same opt-in as the
 * booking's or the file's own notices); nothing when there is none. Queued in the service's transaction.
 */
async function queueNotice(w: Write, siteId: string, key: string, c: Contacts): Promise<void> {
  if (!notices || (c.phoneEncrypted === null && c.emailEncrypted === null)) return;
  const { personalData, notify } = notices;
  const list: NewNotification[] = [];
  const base = {
    siteId,
    template: 'survey.invitation',
    language: c.language ?? 'id',
    data: { code: c.token, service: c.service, site: c.site, days: SURVEY_DAYS },
  } as const;
  if (notify.webhook && c.phoneEncrypted)
    list.push({
      ...base,
      channel: 'webhook',
      recipient: personalData.decrypt(c.phoneEncrypted),
      dedupeKey: `survey.invitation:${key}:webhook`,
    });
  if (notify.email && c.emailEncrypted)
    list.push({
      ...base,
      channel: 'email',
      recipient: personalData.decrypt(c.emailEncrypted),
      dedupeKey: `survey.invitation:${key}:email`,
    });
  await enqueueNotifications(w.tx, personalData, list);
}
