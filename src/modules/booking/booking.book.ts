import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { recordAudits } from '../../shared/audit/audit.ts';
import { randomCode } from '../../shared/codes.ts';
import type { RequestContext } from '../../shared/context.ts';
import type { Tx } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { KeyedBatcher, type Settled } from '../../shared/keyed-batcher.ts';
import { checkedNik, checkedPhone } from '../../shared/personal-data/checks.ts';
import { type BookingContext, bookingContext, nikBookings } from './booking.calendar.ts';
import { queueBookingNotices } from './booking.notify.ts';
import { type BookingDeps, offeredSlot, placeRows } from './booking.service.ts';
import { assignPlaces, claimPlaces } from './places.claim.ts';
import { soldOut } from './sold-out.ts';

export interface BookInput {
  serviceId: string;
  date: string;
  starts: string;
  nik: string;
  name: string;
  phone: string;
  email?: string | null;
  language?: 'id' | 'en';
}

export interface Booked {
  code: string;
  serviceId: string;
  date: string;
  starts: string;
}

interface Attempt {
  ctx: RequestContext;
  siteKey: string;
  input: BookInput;
  nik: string;
  phone: string;
  nikMatch: Buffer;
  idempotencyKey: string | null;
  /** How many batches have sent it on to the next one. */
  tries: number;
}

type Outcome = Settled<Booked> | undefined;

const MAX_TRIES = 5;

/**
 * Booking at window opening. Thousands of attempts arrive within a second for a few hundred places. Each
 * attempt is checked on its own (NIK, phone), then the attempts for one service and day are booked together:
 * one transaction per batch claims the places, writes the bookings, their audit entries and notices. Answering
 * "full" to the crowd after the last place costs no database round trip (the sold-out memo) and never queues
 * on the slot's rows.
 */
export function bookingDesk(deps: BookingDeps) {
  const batcher = new KeyedBatcher<Attempt, Booked>((_key, attempts) => bookTogether(deps, attempts));
  return async function book(
    ctx: RequestContext,
    siteIdOrCode: string,
    input: BookInput,
    idempotencyKey: string | null,
  ): Promise<Booked> {
    const nik = checkedNik(input.nik);
    const phone = checkedPhone(input.phone);
    const siteKey = siteIdOrCode.toUpperCase();
    // A repeated request (same idempotency key) gets its booking back even after the last place went.
    if (!idempotencyKey && soldOut.has(siteKey, input.serviceId, input.date, input.starts))
      throw new AppError('booking.full');
    const attempt: Attempt = {
      ctx,
      siteKey,
      input,
      nik,
      phone,
      nikMatch: deps.personalData.matchKey(nik),
      idempotencyKey,
      tries: 0,
    };
    return batcher.submit(`${siteKey}|${input.serviceId}|${input.date}`, attempt);
  };
}

/** One batch: attempts for the same site, service and day, in arrival order; one outcome per attempt. */
async function bookTogether(deps: BookingDeps, attempts: Attempt[]): Promise<Settled<Booked>[]> {
  const outcomes: Outcome[] = attempts.map(() => undefined);
  const first = attempts[0] as Attempt;
  const { siteKey } = first;
  const { serviceId, date } = first.input;
  const again = (i: number, otherwise: AppError) => {
    const a = attempts[i] as Attempt;
    a.tries += 1;
    outcomes[i] = a.tries > MAX_TRIES ? { error: otherwise } : { again: true };
  };
  const open = () => attempts.flatMap((_, i) => (outcomes[i] ? [] : [i]));

  await answerRepeats(deps, attempts, outcomes);
  // One attempt per NIK and per idempotency key in a batch: the others go to the next batch, which sees how
  // this one ended (a booking made, or still free to try).
  const nikSeen = new Set<string>();
  const keySeen = new Set<string>();
  for (const i of open()) {
    const a = attempts[i] as Attempt;
    const nik = a.nikMatch.toString('hex');
    if (nikSeen.has(nik) || (a.idempotencyKey && keySeen.has(a.idempotencyKey))) {
      again(i, new AppError('booking.duplicate'));
      continue;
    }
    nikSeen.add(nik);
    if (a.idempotencyKey) keySeen.add(a.idempotencyKey);
  }

  let bctx: BookingContext;
  try {
    bctx = await bookingContext(deps.db, siteKey, serviceId, deps.now());
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    for (const i of open()) outcomes[i] = { error };
    return settled(outcomes);
  }

  // The slots asked for: each checked against the offer and its places created on first use.
  const slotIds = new Map<string, string>();
  for (const starts of new Set(open().map((i) => (attempts[i] as Attempt).input.starts))) {
    const asking = open().filter((i) => (attempts[i] as Attempt).input.starts === starts);
    try {
      const schedule = await offeredSlot(deps, bctx, date, starts);
      const place = await placeRows(deps.db, bctx, date, starts, schedule);
      if (place.dayFull) soldOut.remember(siteKey, serviceId, date, null);
      else if (place.slotFull) soldOut.remember(siteKey, serviceId, date, starts);
      if (place.dayFull || place.slotFull)
        for (const i of asking) outcomes[i] = { error: new AppError('booking.full') };
      else slotIds.set(starts, place.slotId);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      for (const i of asking) outcomes[i] = { error };
    }
  }

  const live = open();
  if (live.length > 0) {
    try {
      const decided = await deps.db
        .transaction()
        .execute((tx) => bookInTransaction(deps, tx, bctx, attempts, live, slotIds));
      // Applied after the commit: nothing is answered for a transaction that did not happen.
      for (const [i, outcome] of decided)
        if ('again' in outcome) again(i, new AppError('booking.duplicate'));
        else outcomes[i] = outcome;
    } catch (error) {
      // Two batches that waited on each other: PostgreSQL aborted this one; its attempts try again.
      if ((error as { code?: string }).code !== '40P01') throw error;
      for (const i of live) again(i, new AppError('booking.full'));
    }
  }
  for (const i of open()) {
    const starts = (attempts[i] as Attempt).input.starts;
    soldOut.remember(siteKey, serviceId, date, starts);
    outcomes[i] = { error: new AppError('booking.full') };
  }
  return settled(outcomes);
}

function settled(outcomes: Outcome[]): Settled<Booked>[] {
  return outcomes.map((o) => o ?? { error: new AppError('booking.full') });
}

/** Attempts whose idempotency key already booked are answered as that booking (or refused if it differs). */
async function answerRepeats(deps: BookingDeps, attempts: Attempt[], outcomes: Outcome[]) {
  const keys = attempts.flatMap((a) => (a.idempotencyKey ? [a.idempotencyKey] : []));
  if (keys.length === 0) return;
  const earlier = await deps.db
    .selectFrom('bookings')
    .select(['code', 'nikMatch', 'serviceId', 'serviceDate', 'starts', 'idempotencyKey'])
    .where('idempotencyKey', 'in', keys)
    .execute();
  attempts.forEach((a, i) => {
    const found = earlier.find((e) => e.idempotencyKey === a.idempotencyKey);
    if (!found) return;
    const same =
      found.nikMatch.equals(a.nikMatch) &&
      found.serviceId === a.input.serviceId &&
      found.serviceDate === a.input.date &&
      found.starts === a.input.starts;
    outcomes[i] = same
      ? {
          value: {
            code: found.code,
            serviceId: found.serviceId,
            date: found.serviceDate,
            starts: found.starts,
          },
        }
      : { error: new AppError('booking.idempotency_conflict') };
  });
}

/**
 * The batch's transaction. Lock order everywhere: the NIKs (advisory, sorted), then the day's places, then the
 * slot's places (SKIP LOCKED, never waited on) — no two transactions wait on each other in a cycle.
 */
async function bookInTransaction(
  deps: BookingDeps,
  tx: Tx,
  bctx: BookingContext,
  attempts: Attempt[],
  live: number[],
  slotIds: Map<string, string>,
): Promise<Map<number, Settled<Booked>>> {
  const decided = new Map<number, Settled<Booked>>();
  const siteId = bctx.day.site.id;
  const serviceId = bctx.settings.serviceId;
  const date = (attempts[live[0] as number] as Attempt).input.date;
  const matches = live.map((i) => (attempts[i] as Attempt).nikMatch);
  const keys = [...new Set(matches.map((m) => m.readBigInt64BE(0).toString()))].sort();
  await sql`SELECT pg_advisory_xact_lock(k) FROM (SELECT unnest(${keys}::bigint[]) AS k ORDER BY 1) sorted`.execute(
    tx,
  );

  const byNik = await nikBookings(tx, siteId, serviceId, date, matches);
  const eligible: number[] = [];
  for (const i of live) {
    const seen = byNik.get((attempts[i] as Attempt).nikMatch.toString('hex'));
    if (seen?.sameServiceDay) decided.set(i, { error: new AppError('booking.duplicate') });
    else if ((seen?.thisWeek ?? 0) >= bctx.settings.weeklyLimitPerNik)
      decided.set(i, { error: new AppError('booking.weekly_limit') });
    else eligible.push(i);
  }
  if (eligible.length === 0) return decided;

  const places = await claimPlaces(
    tx,
    { serviceId, siteId, date },
    eligible.map((i) => slotIds.get((attempts[i] as Attempt).input.starts) as string),
  );
  const rows = eligible.flatMap((i, k) => {
    const place = places[k];
    if (!place) return [];
    const a = attempts[i] as Attempt;
    return [{ i, place, id: randomUUID(), code: randomCode(10), a }];
  });
  if (rows.length === 0) return decided;
  // A row that conflicts (its NIK or key booked by another process meanwhile, a code drawn twice) is skipped;
  // its attempt goes to the next batch, which sees why.
  const inserted = await tx
    .insertInto('bookings')
    .values(
      rows.map(({ id, code, a, place }) => ({
        id,
        code,
        siteId,
        serviceId,
        slotId: place.slotId,
        serviceDate: date,
        starts: a.input.starts,
        nikEncrypted: deps.personalData.encrypt(a.nik),
        nikMatch: a.nikMatch,
        phoneEncrypted: deps.personalData.encrypt(a.phone),
        name: a.input.name,
        idempotencyKey: a.idempotencyKey,
        emailEncrypted: a.input.email ? deps.personalData.encrypt(a.input.email) : null,
        language: a.input.language ?? 'id',
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .returning([
      'id',
      'code',
      'siteId',
      'serviceId',
      'serviceDate',
      'starts',
      'phoneEncrypted',
      'emailEncrypted',
      'language',
    ])
    .execute();
  const made = new Set(inserted.map((r) => r.id));
  const booked = rows.filter((r) => made.has(r.id));
  for (const r of rows) if (!made.has(r.id)) decided.set(r.i, { again: true });

  await assignPlaces(
    tx,
    { serviceId, siteId, date },
    booked.map((r) => ({ place: r.place, bookingId: r.id })),
  );
  await recordAudits(
    tx,
    booked.map(({ a, id, code }) => ({
      ctx: a.ctx,
      entry: {
        action: 'booking.create',
        entityType: 'booking',
        entityId: id,
        siteId,
        after: { code, serviceId, date, starts: a.input.starts },
      },
    })),
  );
  await queueBookingNotices(tx, deps.personalData, deps.notify, inserted, 'booking.confirmed');
  for (const { i, code, a } of booked)
    decided.set(i, { value: { code, serviceId, date, starts: a.input.starts } });
  return decided;
}
