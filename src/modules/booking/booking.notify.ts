import { sql } from 'kysely';
import type { Database, Executor } from '../../shared/db/database.ts';
import type { PersonalDataCipher } from '../../shared/personal-data/cipher.ts';
import {
  enqueueNotifications,
  type NewNotification,
  type NotifyChannels,
} from '../notifications/notifications.public.ts';
import { addDays } from './booking.rules.ts';

export type { NotifyChannels };

type NoticeTemplate =
  | 'booking.confirmed'
  | 'booking.reminder'
  | 'booking.cancelled'
  | 'booking.cancelled_by_staff'
  | 'booking.affected'
  | 'booking.moved';

/**
 * Notices a booking can need again once it has moved carry its time in their key: a reminder for the new day, a
 * second move, a new time that a later change leaves outside the hours. The others are once per booking.
 */
const ONCE_PER_TIME: ReadonlySet<NoticeTemplate> = new Set([
  'booking.reminder',
  'booking.affected',
  'booking.moved',
]);

/** The dedupe key of a booking's notice: queued once per booking (and time, for some) and channel. */
function noticeKey(
  template: NoticeTemplate,
  booking: { id: string; serviceDate: string; starts: string },
  channel: 'email' | 'webhook',
): string {
  const when = ONCE_PER_TIME.has(template) ? `${booking.serviceDate} ${booking.starts}:` : '';
  return `${template}:${booking.id}:${when}${channel}`;
}

export interface BookingForNotice {
  id: string;
  code: string;
  siteId: string;
  serviceId: string;
  serviceDate: string;
  starts: string;
  phoneEncrypted: string;
  emailEncrypted: string | null;
  language: 'id' | 'en';
}

/** The columns of a booking that its notices need (BookingForNotice). */
export const noticeColumns = [
  'id',
  'code',
  'siteId',
  'serviceId',
  'serviceDate',
  'starts',
  'phoneEncrypted',
  'emailEncrypted',
  'language',
] as const;

/** The words a notice needs besides the booking: service and site names and the documents to bring. */
export interface NoticeWords {
  service: string;
  site: string;
  checklist: string;
}

export async function loadNoticeWords(db: Executor, serviceId: string, siteId: string): Promise<NoticeWords> {
  const row = await sql<{ service: string; site: string; requirements: { name: string }[] }>`
    SELECT s.name AS service, si.name AS site, v.requirements
    FROM services s JOIN sites si ON si.id = ${siteId}
    JOIN service_standard_versions v ON v.service_id = s.id AND v.version = s.current_standard_version
    WHERE s.id = ${serviceId}`.execute(db);
  const r = row.rows[0];
  return {
    service: r?.service ?? '',
    site: r?.site ?? '',
    checklist: (r?.requirements ?? []).map((q) => q.name).join('; '),
  };
}

/** A booking's notices, one per configured channel the citizen gave us a contact for (not queued yet). */
export function bookingNotices(
  channels: NotifyChannels,
  booking: Pick<BookingForNotice, 'id' | 'code' | 'siteId' | 'serviceDate' | 'starts' | 'language'>,
  contact: { phone: string; email: string | null },
  words: NoticeWords,
  template: NoticeTemplate = 'booking.confirmed',
): NewNotification[] {
  const targets: { channel: 'email' | 'webhook'; recipient: string }[] = [];
  if (channels.webhook) targets.push({ channel: 'webhook', recipient: contact.phone });
  if (channels.email && contact.email) targets.push({ channel: 'email', recipient: contact.email });
  const data = {
    code: booking.code,
    service: words.service,
    site: words.site,
    date: booking.serviceDate,
    starts: booking.starts,
    checklist: words.checklist,
  };
  return targets.map((t) => ({
    siteId: booking.siteId,
    channel: t.channel,
    recipient: t.recipient,
    template,
    language: booking.language,
    data,
    dedupeKey: noticeKey(template, booking, t.channel),
  }));
}

/** Queues a booking notice on every configured channel the citizen gave us, inside the caller's transaction. */
export async function queueBookingNotice(
  db: Executor,
  cipher: PersonalDataCipher,
  channels: NotifyChannels,
  booking: BookingForNotice,
  template: NoticeTemplate,
): Promise<number> {
  return queueBookingNotices(db, cipher, channels, [booking], template);
}

/** The same for many bookings in one statement (a reminder sweep). */
export async function queueBookingNotices(
  db: Executor,
  cipher: PersonalDataCipher,
  channels: NotifyChannels,
  bookings: BookingForNotice[],
  template: NoticeTemplate,
): Promise<number> {
  if (!channels.email && !channels.webhook) return 0;
  // Service and site names repeat across bookings: read them once per pair.
  const words = new Map<string, NoticeWords>();
  const list: NewNotification[] = [];
  for (const booking of bookings) {
    const about = `${booking.serviceId}|${booking.siteId}`;
    let said = words.get(about);
    if (!said) {
      said = await loadNoticeWords(db, booking.serviceId, booking.siteId);
      words.set(about, said);
    }
    const contact = {
      phone: cipher.decrypt(booking.phoneEncrypted),
      email: booking.emailEncrypted ? cipher.decrypt(booking.emailEncrypted) : null,
    };
    list.push(...bookingNotices(channels, booking, contact, said, template));
  }
  return enqueueNotifications(db, cipher, list);
}

/**
 * The day-before reminder: bookings still active for tomorrow (each site's own tomorrow) get one reminder per
 * channel; the dedupe key makes repeated sweeps, in any number of processes, queue it once.
 */
export async function queueDayBeforeReminders(
  db: Database,
  cipher: PersonalDataCipher,
  channels: NotifyChannels,
  now: Date,
): Promise<number> {
  if (!channels.email && !channels.webhook) return 0;
  const sites = await db.selectFrom('sites').select(['id', 'timezone']).execute();
  let queued = 0;
  for (const site of sites) {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: site.timezone }).format(now);
    const due = await db
      .selectFrom('bookings')
      .select(noticeColumns)
      .where('siteId', '=', site.id)
      .where('serviceDate', '=', addDays(today, 1))
      .where('status', '=', 'booked')
      .execute();
    queued += await queueBookingNotices(db, cipher, channels, due, 'booking.reminder');
  }
  return queued;
}
