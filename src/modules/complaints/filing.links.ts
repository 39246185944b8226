import { normaliseCode } from '../../shared/codes.ts';
import type { Executor } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import type { PersonalDataCipher } from '../../shared/personal-data/cipher.ts';
import type { NewComplaint } from './complaint.filing.ts';

/**
 * Where a complaint points, found from what the citizen has in hand: a ticket's tracking code, or an application
 * file's code (and, in public, the last 4 digits of its NIK or phone, as file tracking asks). The booth, counter,
 * service and officer come from the records, never from the citizen.
 */

export type Place = NonNullable<NewComplaint['place']>;

export interface Linked {
  siteId: string;
  place: Place;
  /** Since when the 30-day window runs (UU 25/2009); null while the service is still under way. */
  windowFrom: Date | null;
}

/** The visit's last served ticket: its booth, counter, service and the officer who called it. */
export async function linkTicket(db: Executor, code: string): Promise<Linked> {
  const visit = await db
    .selectFrom('visits')
    .select(['id', 'siteId'])
    // Tickets' codes are kept in lower case (floor: tickets.service.ts).
    .where('trackingCode', '=', normaliseCode(code).toLowerCase())
    .executeTakeFirst();
  if (!visit) throw new AppError('complaint.link_not_found');
  const ticket = await db
    .selectFrom('tickets as t')
    .innerJoin('booths as b', 'b.id', 't.boothId')
    .select([
      't.id',
      't.boothId',
      't.counterId',
      't.serviceId',
      't.calledBy',
      't.finishedAt',
      't.servingStartedAt',
      'b.agencyId',
    ])
    .where('t.visitId', '=', visit.id)
    .where('t.status', '=', 'done')
    .orderBy('t.finishedAt', 'desc')
    .orderBy('t.step', 'desc')
    .executeTakeFirst();
  // A ticket still waiting (or called, or cancelled) has had no service to complain about yet.
  if (!ticket) throw new AppError('complaint.ticket_not_served');
  const servedAt = ticket.finishedAt ?? ticket.servingStartedAt;
  return {
    siteId: visit.siteId,
    place: {
      agencyId: ticket.agencyId,
      boothId: ticket.boothId,
      counterId: ticket.counterId,
      serviceId: ticket.serviceId,
      officerId: ticket.calledBy,
      ticketId: ticket.id,
      servedAt,
    },
    windowFrom: servedAt,
  };
}

/**
 * An application file by its code; `last4` (public filing) must match the NIK's or phone's last digits, else it
 * is "not found" alike (the caller counts it as a wrong guess of the code).
 */
export async function linkFile(
  db: Executor,
  cipher: PersonalDataCipher,
  code: string,
  last4: string | null,
): Promise<Linked> {
  const r = await db
    .selectFrom('requests')
    .select([
      'id',
      'siteId',
      'agencyId',
      'boothId',
      'serviceId',
      'ticketId',
      'openedBy',
      'openedAt',
      'doneAt',
      'rejectedAt',
      'nikEncrypted',
      'phoneEncrypted',
    ])
    .where('trackingCode', '=', normaliseCode(code))
    .executeTakeFirst();
  if (!r) throw new AppError('complaint.link_not_found');
  if (last4 !== null) {
    const matches =
      cipher.decrypt(r.nikEncrypted).endsWith(last4) ||
      (r.phoneEncrypted !== null && cipher.decrypt(r.phoneEncrypted).endsWith(last4));
    if (!matches) throw new AppError('complaint.link_not_found');
  }
  const counter = r.ticketId
    ? await db.selectFrom('tickets').select('counterId').where('id', '=', r.ticketId).executeTakeFirst()
    : undefined;
  // The service ends when the file is handed over or rejected; until then it is still being given.
  const finished = r.doneAt ?? r.rejectedAt;
  return {
    siteId: r.siteId,
    place: {
      agencyId: r.agencyId,
      boothId: r.boothId,
      counterId: counter?.counterId ?? null,
      serviceId: r.serviceId,
      officerId: r.openedBy,
      ticketId: r.ticketId,
      requestId: r.id,
      servedAt: finished ?? r.openedAt,
    },
    windowFrom: finished,
  };
}

/**
 * A place the citizen (or staff) chose: each named thing must be at the site, and they must agree (the booth's
 * agency, the service's agency). The agency is derived from the booth or the service; the booth from the service
 * when the site has only one booth offering it.
 */
export async function chosenPlace(
  db: Executor,
  siteId: string,
  chosen: { serviceId?: string; agencyId?: string; boothId?: string },
): Promise<Place> {
  const invalid = (field: string) =>
    new AppError('complaint.place_invalid', [
      {
        field,
        message: { id: 'Pilihan ini tidak ada di MPP ini.', en: 'This choice is not at this MPP.' },
      },
    ]);
  let agencyId = chosen.agencyId ?? null;
  let boothId = chosen.boothId ?? null;
  if (boothId) {
    const booth = await db
      .selectFrom('booths')
      .select(['agencyId'])
      .where('id', '=', boothId)
      .where('siteId', '=', siteId)
      .executeTakeFirst();
    if (!booth || (agencyId && agencyId !== booth.agencyId)) throw invalid('boothId');
    agencyId = booth.agencyId;
  }
  if (chosen.serviceId) {
    const offered = await db
      .selectFrom('serviceBooths as sb')
      .innerJoin('booths as b', 'b.id', 'sb.boothId')
      .innerJoin('services as s', 's.id', 'sb.serviceId')
      .select(['b.id as boothId', 's.agencyId'])
      .where('sb.serviceId', '=', chosen.serviceId)
      .where('b.siteId', '=', siteId)
      .execute();
    const first = offered[0];
    if (!first || (boothId && !offered.some((o) => o.boothId === boothId))) throw invalid('serviceId');
    if (agencyId && agencyId !== first.agencyId) throw invalid('serviceId');
    agencyId = first.agencyId;
    if (!boothId && offered.length === 1) boothId = first.boothId;
  }
  if (agencyId && !boothId) {
    const here = await db
      .selectFrom('booths')
      .select('id')
      .where('agencyId', '=', agencyId)
      .where('siteId', '=', siteId)
      .execute();
    if (here.length === 0) throw invalid('agencyId');
    if (here.length === 1) boothId = here[0]?.id ?? null;
  }
  return { agencyId, boothId, serviceId: chosen.serviceId ?? null };
}
