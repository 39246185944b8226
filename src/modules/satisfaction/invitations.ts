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

/**
 * A served ticket: its survey, and the notice with the link on each configured channel the citizen gave when the
 * visit was booked, in the finish's own statement (floor.hooks.ts). The notice takes the booking's contacts as
 * they are stored, encrypted with the same key as a notice's recipient, so no personal data passes through here;
 * its dedupe key is queueNotice's.
 */
export const inviteAfterVisit: VisitFinishedHook = ({ ctx, now, outcome }) => {
  if (outcome !== 'served') return [];
  const token = newSurveyToken();
  const invitation = sql`
    INSERT INTO survey_invitations (token, site_id, agency_id, booth_id, service_id, ticket_id, served_by,
      served_at, served_on, expires_at)
    SELECT ${token}, b.site_id, b.agency_id, b.id, f.service_id, f.ticket_id, ${ctx.actor?.userId ?? null}::uuid,
      ${now}::timestamptz, f.service_date, ${now}::timestamptz + make_interval(days => ${SURVEY_DAYS})
    FROM finished f JOIN booths b ON b.id = f.booth_id`;
  if (!notices || (!notices.notify.webhook && !notices.notify.email)) return [invitation];
  const notice = sql`
    INSERT INTO notifications (site_id, channel, recipient_encrypted, template, language, data, dedupe_key)
    SELECT f.site_id, ch.channel, ch.recipient, 'survey.invitation', bk.language,
      jsonb_build_object('code', ${token}::text, 'service', s.name, 'site', si.name, 'days', ${SURVEY_DAYS}::int),
      'survey.invitation:ticket:' || f.ticket_id || ':' || ch.channel
    FROM finished f
    JOIN visits v ON v.id = f.visit_id JOIN bookings bk ON bk.id = v.booking_id
    JOIN services s ON s.id = f.service_id JOIN sites si ON si.id = f.site_id,
      LATERAL (VALUES ('webhook', CASE WHEN ${notices.notify.webhook} THEN bk.phone_encrypted END),
                      ('email', CASE WHEN ${notices.notify.email} THEN bk.email_encrypted END)) AS ch (channel, recipient)
    WHERE ch.recipient IS NOT NULL
    ON CONFLICT (dedupe_key) DO NOTHING`;
  return [invitation, notice];
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
