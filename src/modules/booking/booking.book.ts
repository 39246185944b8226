import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { randomCode } from '../../shared/codes.ts';
import type { RequestContext } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { KeyedBatcher, type Settled } from '../../shared/keyed-batcher.ts';
import { checkedNik, checkedPhone } from '../../shared/personal-data/checks.ts';
import { type BookingContext, bookingContext } from './booking.calendar.ts';
import { bookingNotices, loadNoticeWords, type NoticeWords } from './booking.notify.ts';
import { type BookingDeps, offeredSlot } from './booking.service.ts';
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
  /** The answer of an earlier request with the same Idempotency-Key, given again (no new booking was made). */
  replayed?: true;
}

interface Attempt {
  ctx: RequestContext;
  siteKey: string;
  input: BookInput;
  phone: string;
  nikMatch: Buffer;
  /** Personal data encrypted as the request arrives, off the batch's critical path. */
  sealed: { nik: string; phone: string; email: string | null; name: string };
  idempotencyKey: string | null;
  /** How many batches have sent it on to the next one. */
  tries: number;
}

type Outcome = Settled<Booked> | undefined;

const MAX_TRIES = 5;

/**
 * Booking at window opening. Thousands of attempts arrive within a second for a few hundred places. Each
 * attempt is checked on its own (NIK, phone), then the attempts for one service and day are booked together:
 * one call to book_batch per batch claims the places, writes the bookings, their audit entries and notices, in
 * one round trip (see migrations/0009_booking_batch.sql and docs/ARCHITECTURE.md). Answering
 * "full" to the crowd after the last place costs no database round trip (the sold-out memo) and never queues
 * on the slot's rows.
 */
export function bookingDesk(deps: BookingDeps) {
  // Two batches of a key at once: at window opening the first attempt to arrive starts a batch on its own, and
  // with one at a time the whole crowd read meanwhile waited for it. With two, the crowd's batch starts while the
  // first is in the database (SKIP LOCKED gives them different places). Bench p99 (warmed, places made), three
  // runs each: 225, 169 and 227 ms with one; 132, 170 and 141 ms with two. Three did no better in one run (161 ms:
  // each batch's database time grew).
  const batcher = new KeyedBatcher<Attempt, Booked>((_key, attempts) => bookTogether(deps, attempts), {
    parallel: 2,
  });
  return async function book(
    ctx: RequestContext,
    siteIdOrCode: string,
    input: BookInput,
    idempotencyKey: string | null,
  ): Promise<Booked> {
    const nik = checkedNik(input.nik);
    const phone = checkedPhone(input.phone);
    const siteKey = siteIdOrCode.toUpperCase();
    const cipher = deps.personalData;
    const attempt: Attempt = {
      ctx,
      siteKey,
      input,
      phone,
      nikMatch: cipher.matchKey(nik),
      sealed: {
        nik: cipher.encrypt(nik),
        phone: cipher.encrypt(phone),
        email: input.email ? cipher.encrypt(input.email) : null,
        name: cipher.encrypt(input.name),
      },
      idempotencyKey,
      tries: 0,
    };
    return batcher.submit(`${siteKey}|${input.serviceId}|${input.date}`, attempt);
  };
}

/**
 * The crowd after the last place: true when the sold-out memo says the slot (or its day) is full, so the request
 * can hear "full" before anything else is done with it (its body is not even validated: a NIK typed wrong does not
 * matter when there is no place). Asked once per request: an answer of "no" may be the one attempt let through to
 * look again (sold-out.ts). A request with an idempotency key always goes on, to get its booking back even after
 * the last place went.
 */
export function heardFull(siteIdOrCode: string, body: unknown, idempotencyKey: string | null): boolean {
  if (idempotencyKey || typeof body !== 'object' || body === null) return false;
  const { serviceId, date, starts } = body as Record<string, unknown>;
  if (typeof serviceId !== 'string' || typeof date !== 'string' || typeof starts !== 'string') return false;
  return soldOut.has(siteIdOrCode.toUpperCase(), serviceId, date, starts);
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
  // One attempt per NIK and per idempotency key in a batch. A repeated key goes to the next batch, which answers
  // it as the booking its first use made. A NIK repeated without one waits for its first attempt here: if that
  // one books, the repeat is a duplicate at once (one booking per NIK, service and day); if not, the repeat
  // tries in the next batch (it may want another slot).
  const nikFirst = new Map<string, number>();
  const keySeen = new Set<string>();
  const repeats: { i: number; first: number }[] = [];
  for (const i of open()) {
    const a = attempts[i] as Attempt;
    const nik = a.nikMatch.toString('hex');
    if (a.idempotencyKey && keySeen.has(a.idempotencyKey)) {
      again(i, new AppError('booking.duplicate'));
      continue;
    }
    const first = nikFirst.get(nik);
    if (first !== undefined) {
      repeats.push({ i, first });
      outcomes[i] = { again: true };
      continue;
    }
    nikFirst.set(nik, i);
    if (a.idempotencyKey) keySeen.add(a.idempotencyKey);
  }
  const settleRepeats = () => {
    for (const { i, first } of repeats) {
      outcomes[i] = undefined;
      if (outcomes[first] && 'value' in (outcomes[first] as object))
        outcomes[i] = { error: new AppError('booking.duplicate') };
      else again(i, new AppError('booking.duplicate'));
    }
  };

  let bctx: BookingContext;
  let schedule: { capacityPerSlot: number; onlineDailyQuota: number } | null = null;
  try {
    bctx = await bookingContext(deps.db, siteKey, serviceId, deps.now());
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    for (const i of open()) outcomes[i] = { error };
    settleRepeats();
    return settled(outcomes);
  }
  // Each time asked for must be a slot on offer (the schedule is cached: no round trip), checked once per time:
  // at window opening the crowd asks for a few. All share the date, so they share its weekday's schedule: its
  // capacity and quota create the rows on first use.
  const refusals = new Map<string, AppError | null>();
  for (const i of open()) {
    const { starts } = (attempts[i] as Attempt).input;
    let refused = refusals.get(starts);
    if (refused === undefined) {
      try {
        schedule = await offeredSlot(deps, bctx, date, starts);
        refused = null;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        refused = error;
      }
      refusals.set(starts, refused);
    }
    if (refused) outcomes[i] = { error: refused };
  }

  const live = open();
  if (live.length > 0 && schedule) {
    const words = await noticeWords(deps, bctx);
    const prepared = live.map((i) => prepare(deps, bctx, attempts[i] as Attempt, i, words));
    let result: BatchResult;
    try {
      const rows = await sql<{ result: BatchResult }>`
        SELECT book_batch(${serviceId}, ${bctx.day.site.id}, ${date}, ${schedule.capacityPerSlot},
          ${schedule.onlineDailyQuota}, ${bctx.settings.weeklyLimitPerNik}, ${JSON.stringify(prepared)}::jsonb) AS result`.execute(
        deps.db,
      );
      result = (rows.rows[0] as { result: BatchResult }).result;
    } catch (error) {
      // Two batches that waited on each other: PostgreSQL aborted this one; its attempts try again.
      if ((error as { code?: string }).code !== '40P01') throw error;
      for (const i of live) again(i, new AppError('booking.full'));
      settleRepeats();
      return settled(outcomes);
    }
    const byK = new Map(prepared.map((p) => [p.k, p]));
    for (const k of result.booked) {
      const a = attempts[k] as Attempt;
      const made = byK.get(k) as Prepared;
      outcomes[k] = { value: { code: made.code, serviceId, date, starts: a.input.starts } };
    }
    for (const k of result.again) again(k, new AppError('booking.duplicate'));
    for (const k of result.retry) again(k, new AppError('booking.full'));
    for (const k of result.duplicate) outcomes[k] = { error: new AppError('booking.duplicate') };
    // A repeated key whose first use was in flight elsewhere (another batch, another process) when this batch
    // looked: book_batch waited for that booking's NIK and found it. It is this request's own booking, not a
    // duplicate: answer it as such.
    const keyed = result.duplicate.filter((k) => (attempts[k] as Attempt).idempotencyKey);
    if (keyed.length > 0) await answerRepeats(deps, attempts, outcomes, keyed);
    for (const k of result.weeklyLimit) outcomes[k] = { error: new AppError('booking.weekly_limit') };
    // Every other attempt found no place left.
    for (const k of live) outcomes[k] ??= { error: new AppError('booking.full') };
    // The last places are gone: the next attempts hear "full" from memory, not from the database.
    if (result.dayFree === 0) soldOut.remember(siteKey, serviceId, date, null);
    else soldOut.free(siteKey, serviceId, date, null);
    for (const [starts, free] of Object.entries(result.slotFree))
      if (free === 0) soldOut.remember(siteKey, serviceId, date, starts);
      else soldOut.free(siteKey, serviceId, date, starts);
  }
  settleRepeats();
  return settled(outcomes);
}

/** The words of the confirmation notice, when this deployment sends any (none configured: no query). */
async function noticeWords(deps: BookingDeps, bctx: BookingContext): Promise<NoticeWords | null> {
  if (!deps.notify.email && !deps.notify.webhook) return null;
  return loadNoticeWords(deps.db, bctx.settings.serviceId, bctx.day.site.id);
}

function settled(outcomes: Outcome[]): Settled<Booked>[] {
  return outcomes.map((o) => o ?? { error: new AppError('booking.full') });
}

/** What book_batch answers: attempts (by k) booked, to try again, refused; the rest found it full. */
interface BatchResult {
  booked: number[];
  /** Their booking conflicted with another transaction's (NIK or idempotency key): the next batch sees its end. */
  again: number[];
  /** No place yet, while other transactions hold free places they may give back: the next batch looks again. */
  retry: number[];
  duplicate: number[];
  weeklyLimit: number[];
  dayFree: number;
  slotFree: Record<string, number>;
}

type Prepared = ReturnType<typeof prepare>;

/** What book_batch needs of an attempt: its new booking, encrypted, who asked, and the notices to queue. */
function prepare(deps: BookingDeps, bctx: BookingContext, a: Attempt, i: number, words: NoticeWords | null) {
  const id = randomUUID();
  // Ten characters (50 bits): short enough to read out at a kiosk, far too many to guess.
  const code = randomCode(10);
  const booking = {
    id,
    code,
    siteId: bctx.day.site.id,
    serviceId: a.input.serviceId,
    serviceDate: a.input.date,
    starts: a.input.starts,
    language: a.input.language ?? 'id',
  };
  return {
    k: i,
    starts: a.input.starts,
    nik: a.nikMatch.toString('hex'),
    id,
    code,
    nik_encrypted: a.sealed.nik,
    phone_encrypted: a.sealed.phone,
    email_encrypted: a.sealed.email,
    name_encrypted: a.sealed.name,
    idempotency_key: a.idempotencyKey,
    language: booking.language,
    actor_user_id: a.ctx.actor?.userId ?? null,
    actor_username: a.ctx.actor?.username ?? 'system',
    actor_role: a.ctx.actor?.role ?? 'system',
    client_ip: a.ctx.clientIp,
    request_id: a.ctx.requestId,
    notices: words
      ? bookingNotices(deps.notify, booking, { phone: a.phone, email: a.input.email ?? null }, words).map(
          ({ recipient, ...notice }) => ({
            ...notice,
            recipientEncrypted: deps.personalData.encrypt(recipient),
          }),
        )
      : [],
  };
}

/**
 * Attempts (of `which`, all by default) whose idempotency key already booked are answered as that booking, marked
 * a replay (or refused if the request differs); the others keep their outcome.
 */
async function answerRepeats(
  deps: BookingDeps,
  attempts: Attempt[],
  outcomes: Outcome[],
  which: number[] = attempts.map((_, i) => i),
) {
  const keys = which.flatMap((i) => {
    const key = (attempts[i] as Attempt).idempotencyKey;
    return key ? [key] : [];
  });
  if (keys.length === 0) return;
  const earlier = await deps.db
    .selectFrom('bookings')
    .select(['code', 'nikMatch', 'serviceId', 'serviceDate', 'starts', 'idempotencyKey'])
    .where('idempotencyKey', 'in', keys)
    .execute();
  for (const i of which) {
    const a = attempts[i] as Attempt;
    const found = earlier.find((e) => e.idempotencyKey === a.idempotencyKey);
    if (!found) continue;
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
            replayed: true,
          },
        }
      : { error: new AppError('booking.idempotency_conflict') };
  }
}
