import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Database, Tx } from '../../shared/db/database.ts';
import { ELEMENT_IDS, type ElementId, type Score } from './elements.ts';
import type { Answers } from './ikm.rules.ts';
import { ageBands, educationLevels, occupations } from './questionnaire.ts';
import { type NewResponse, recordResponses } from './responses.repository.ts';

/**
 * A realistic year of survey responses for a demo site (or a benchmark's large one), written through
 * recordResponses like every real response, so the rollups and the index pages have something true to show.
 *
 * - Volume: each booth serves about `servedPerBoothDay` people a working day (weekdays that are not holidays or
 *   closures), each service of the booth alike; a share `responseRate` of them answers.
 * - Before `ticketsFrom` the answers came on paper (what MPPs did before the app): channel 'paper', and the
 *   served counts of those days are written to the monitor's rollups (served only), so a year's population is
 *   as real as its responses. From `ticketsFrom` on, the site's served tickets exist (the demo's history month):
 *   a share of them got an invitation and answered online, on the survey device or through a notification.
 * - Answers: per element a distribution of the four scores; waiting time, facilities and complaint handling are
 *   the weaker elements, the fee strong (most services are free); each agency is a little better or worse, and
 *   the year improves slightly. About 1 in 200 leaves an element unanswered, ~10% write a suggestion.
 * - Deterministic for a seed (mulberry32), so a demo looks the same at every fresh start.
 */

export interface SatisfactionDemoOptions {
  siteId: string;
  /** Inclusive site-local days; days from `now`'s date on are skipped (today belongs to the live floor). */
  from: string;
  to: string;
  now: Date;
  servedPerBoothDay: number;
  responseRate: number;
  /** From this day on, responses come from the served tickets (invitations); before it, on paper. */
  ticketsFrom?: string;
  /** Only these agencies' booths (codes); all when absent. */
  agencyCodes?: readonly string[];
  seed: number;
  /** Write the served counts of the paper days to the monitor's rollups (the demo does; a benchmark may not). */
  writeServed?: boolean;
  progress?: (line: string) => void;
}

/** mulberry32: a small, fast, seeded generator (the demo must look the same every time). */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Probabilities of the scores 1, 2, 3, 4 per element, before an agency's and the month's shift. */
const BASE: Record<ElementId, readonly [number, number, number, number]> = {
  requirements: [0.01, 0.05, 0.5, 0.44],
  procedure: [0.01, 0.06, 0.52, 0.41],
  time: [0.04, 0.17, 0.54, 0.25],
  fee: [0.005, 0.01, 0.12, 0.865],
  product: [0.01, 0.05, 0.5, 0.44],
  competence: [0.01, 0.04, 0.47, 0.48],
  behaviour: [0.01, 0.03, 0.43, 0.53],
  complaints: [0.03, 0.14, 0.55, 0.28],
  facilities: [0.03, 0.12, 0.55, 0.3],
};

const SUGGESTIONS = [
  'Ruang tunggu perlu ditambah kursi, saat ramai banyak yang berdiri.',
  'Mohon informasi persyaratan di situs web diperbarui, berbeda dengan yang disampaikan di loket.',
  'Waktu tunggu terlalu lama, sebaiknya loket ditambah pada jam sibuk.',
  'Petugas ramah dan membantu, terima kasih.',
  'Parkir motor sempit dan panas, mohon diberi peneduh.',
  'Toilet perlu lebih sering dibersihkan.',
  'Panggilan nomor antrean kadang tidak terdengar di ruang tunggu belakang.',
  'Sediakan tempat fotokopi di dalam gedung agar tidak bolak-balik.',
  'Mohon kanal pengaduan yang jelas dan cepat ditanggapi.',
  'AC di ruang tunggu kurang dingin pada siang hari.',
  'Prosesnya cepat dan jelas, pertahankan.',
  'Perlu petunjuk arah ke gerai yang lebih jelas, terutama untuk lansia dan penyandang disabilitas.',
  'Jam layanan sebaiknya diperpanjang sampai sore atau dibuka hari Sabtu.',
  'Petugas sebaiknya menjelaskan alur pengambilan dokumen sejak awal.',
  'Antrean daring sangat membantu, tetapi kuotanya cepat habis.',
  'Sinyal internet di dalam gedung lemah; wifi tamu akan membantu.',
  'Formulir sebaiknya bisa diisi dari rumah sebelum datang.',
  'Hasil layanan selesai lebih cepat dari janji, terima kasih.',
  'Mohon disediakan ruang laktasi dan tempat bermain anak.',
  'Ada petugas yang meminta fotokopi berlebih, mohon diseragamkan persyaratannya.',
];

const SEXES = ['male', 'female'] as const;
const AGES = ageBands.map((b) => b.id);
const EDUCATION = educationLevels.map((e) => e.id);
const OCCUPATIONS = occupations.map((o) => o.id);
/** Rough shares of education levels among MPP visitors (SD … S3). */
const EDUCATION_WEIGHTS = [0.08, 0.12, 0.42, 0.12, 0.22, 0.035, 0.005];
const AGE_WEIGHTS = [0.05, 0.27, 0.28, 0.2, 0.13, 0.07];
const OCCUPATION_WEIGHTS = [0.1, 0.02, 0.02, 0.34, 0.28, 0.12, 0.12];

const UTC_OFFSET_HOURS: Record<string, number> = {
  'Asia/Jakarta': 7,
  'Asia/Pontianak': 7,
  'Asia/Makassar': 8,
  'Asia/Jayapura': 9,
};

function pick<T>(rnd: () => number, items: readonly T[], weights?: readonly number[]): T {
  if (!weights) return items[Math.floor(rnd() * items.length)] as T;
  let r = rnd();
  for (let i = 0; i < items.length; i++) {
    r -= weights[i] ?? 0;
    if (r < 0) return items[i] as T;
  }
  return items[items.length - 1] as T;
}

/** The score distribution of an element shifted by `shift`: up moves mass from 3 to 4, down from 4 to 3, 2 and 1. */
function shifted(base: readonly number[], shift: number): number[] {
  const [p1 = 0, p2 = 0, p3 = 0, p4 = 0] = base;
  if (shift >= 0) {
    const m = Math.min(shift, 0.6 * p3);
    return [p1, p2, p3 - m, p4 + m];
  }
  const m = Math.min(-shift, 0.6 * p4);
  return [p1 + 0.1 * m, p2 + 0.3 * m, p3 + 0.6 * m, p4 - m];
}

function answersOf(rnd: () => number, distributions: readonly number[][]): Answers {
  const answers: Partial<Record<ElementId, Score | null>> = {};
  ELEMENT_IDS.forEach((id, i) => {
    if (rnd() < 0.005) {
      answers[id] = null;
      return;
    }
    answers[id] = pick(rnd, [1, 2, 3, 4] as const, distributions[i]);
  });
  return answers;
}

function workingDays(from: string, to: string, skip: ReadonlySet<string>): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    const d = new Date(t);
    const day = d.toISOString().slice(0, 10);
    const weekday = d.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !skip.has(day)) days.push(day);
  }
  return days;
}

interface BoothOffer {
  boothId: string;
  agencyId: string;
  services: string[];
  /** The agency's shift of every distribution (its service is a little better or worse). */
  quality: number;
}

export async function generateSatisfaction(
  db: Database,
  o: SatisfactionDemoOptions,
): Promise<{ responses: number; paper: number; invited: number }> {
  const rnd = generator(o.seed);
  const site = await db
    .selectFrom('sites')
    .select(['timezone'])
    .where('id', '=', o.siteId)
    .executeTakeFirstOrThrow();
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: site.timezone }).format(o.now);
  const to =
    o.to < today ? o.to : new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const offset = UTC_OFFSET_HOURS[site.timezone] ?? 7;
  const at = (day: string, minutes: number) =>
    new Date(Date.parse(`${day}T00:00:00Z`) + (minutes - offset * 60) * 60_000);
  const rows = await db
    .selectFrom('booths as b')
    .innerJoin('agencies as a', 'a.id', 'b.agencyId')
    .innerJoin('serviceBooths as sb', 'sb.boothId', 'b.id')
    .innerJoin('services as s', 's.id', 'sb.serviceId')
    .select(['b.id as boothId', 'b.agencyId', 'a.code', 's.id as serviceId'])
    .where('b.siteId', '=', o.siteId)
    .where('b.active', '=', true)
    .where('s.active', '=', true)
    .$if(o.agencyCodes !== undefined, (q) => q.where('a.code', 'in', [...(o.agencyCodes ?? [])]))
    .orderBy('a.code')
    .orderBy('s.id')
    .execute();
  const booths = new Map<string, BoothOffer>();
  for (const r of rows) {
    let booth = booths.get(r.boothId);
    if (!booth) {
      booth = { boothId: r.boothId, agencyId: r.agencyId, services: [], quality: (rnd() - 0.4) * 0.5 };
      booths.set(r.boothId, booth);
    }
    booth.services.push(r.serviceId);
  }
  const skip = new Set(
    (
      await sql<{ day: string }>`
        SELECT to_char(date, 'YYYY-MM-DD') AS day FROM holidays WHERE date BETWEEN ${o.from}::date AND ${to}::date
        UNION SELECT to_char(date, 'YYYY-MM-DD') FROM site_closures
        WHERE site_id = ${o.siteId} AND date BETWEEN ${o.from}::date AND ${to}::date`.execute(db)
    ).rows.map((r) => r.day),
  );
  const paperUntil = o.ticketsFrom ?? '9999-12-31';
  const days = workingDays(o.from, to, skip);
  const monthCount = 12;
  const distributionsOf = (booth: BoothOffer, day: string) => {
    // The year improves a little: from −0.02 in its first month to +0.02 in its last.
    const monthsIn =
      (Number(day.slice(0, 4)) - Number(o.from.slice(0, 4))) * 12 +
      Number(day.slice(5, 7)) -
      Number(o.from.slice(5, 7));
    const drift = -0.02 + (0.04 * Math.min(monthsIn, monthCount - 1)) / (monthCount - 1);
    return ELEMENT_IDS.map((id) => shifted(BASE[id], booth.quality + drift));
  };
  const profile = () => ({
    sex: rnd() < 0.85 ? pick(rnd, SEXES) : null,
    ageBand: rnd() < 0.85 ? pick(rnd, AGES, AGE_WEIGHTS) : null,
    education: rnd() < 0.75 ? pick(rnd, EDUCATION, EDUCATION_WEIGHTS) : null,
    occupation: rnd() < 0.75 ? pick(rnd, OCCUPATIONS, OCCUPATION_WEIGHTS) : null,
    suggestion: rnd() < 0.1 ? pick(rnd, SUGGESTIONS) : null,
  });

  // Paper days: served counts and the responses collected on paper.
  const paper: NewResponse[] = [];
  const served: { boothId: string; day: string; served: number }[] = [];
  for (const day of days) {
    if (day >= paperUntil) break;
    for (const booth of booths.values()) {
      const count = Math.max(1, Math.round(o.servedPerBoothDay * (0.5 + rnd())));
      served.push({ boothId: booth.boothId, day, served: count });
      const distributions = distributionsOf(booth, day);
      for (let i = 0; i < count; i++) {
        if (rnd() >= o.responseRate) continue;
        paper.push({
          invitationId: null,
          importId: null,
          channel: 'paper',
          siteId: o.siteId,
          agencyId: booth.agencyId,
          serviceId: pick(rnd, booth.services),
          boothId: booth.boothId,
          servedOn: day,
          submittedAt: at(day, 8 * 60 + Math.floor(rnd() * 8 * 60)),
          answers: answersOf(rnd, distributions),
          ...profile(),
        });
      }
    }
  }

  // Ticket days: a share of the served tickets answered their invitation.
  const tickets =
    o.ticketsFrom === undefined
      ? []
      : (
          await sql<{
            id: string;
            boothId: string;
            serviceId: string;
            serviceDate: string;
            finishedAt: Date;
          }>`
            SELECT t.id, t.booth_id, t.service_id, to_char(t.service_date, 'YYYY-MM-DD') AS service_date, t.finished_at
            FROM tickets t
            WHERE t.site_id = ${o.siteId} AND t.status = 'done' AND t.outcome IN ('served', 'submitted')
              AND t.service_date BETWEEN ${o.ticketsFrom}::date AND ${to}::date
            ORDER BY t.service_date, t.id`.execute(db)
        ).rows;
  const invitations: {
    token: string;
    siteId: string;
    agencyId: string;
    boothId: string;
    serviceId: string;
    ticketId: string;
    servedAt: Date;
    servedOn: string;
    expiresAt: Date;
    answeredAt: Date;
  }[] = [];
  const invited: Omit<NewResponse, 'invitationId'>[] = [];
  for (const t of tickets) {
    const booth = booths.get(t.boothId);
    if (!booth || rnd() >= o.responseRate) continue;
    const answeredAt = new Date(t.finishedAt.getTime() + (2 + Math.floor(rnd() * 600)) * 60_000);
    invitations.push({
      token: randomBytes(18).toString('base64url'),
      siteId: o.siteId,
      agencyId: booth.agencyId,
      boothId: t.boothId,
      serviceId: t.serviceId,
      ticketId: t.id,
      servedAt: t.finishedAt,
      servedOn: t.serviceDate,
      expiresAt: new Date(t.finishedAt.getTime() + 30 * 86_400_000),
      answeredAt,
    });
    const r = rnd();
    invited.push({
      importId: null,
      channel: r < 0.5 ? 'online' : r < 0.85 ? 'device' : 'notification',
      siteId: o.siteId,
      agencyId: booth.agencyId,
      serviceId: t.serviceId,
      boothId: t.boothId,
      servedOn: t.serviceDate,
      submittedAt: answeredAt,
      answers: answersOf(rnd, distributionsOf(booth, t.serviceDate)),
      ...profile(),
    });
  }

  await db.transaction().execute(async (tx) => {
    await writeServed(tx, o.writeServed === false ? [] : served);
    for (let i = 0; i < paper.length; i += 10_000) await recordResponses(tx, paper.slice(i, i + 10_000));
    for (let i = 0; i < invitations.length; i += 2000) {
      const ids = await tx
        .insertInto('surveyInvitations')
        .values(invitations.slice(i, i + 2000))
        .returning('id')
        .execute();
      await recordResponses(
        tx,
        invited.slice(i, i + 2000).map((r, j) => ({ ...r, invitationId: ids[j]?.id ?? null })),
      );
    }
  });
  o.progress?.(`  satisfaction: ${paper.length} paper responses, ${invited.length} answered invitations`);
  return { responses: paper.length + invited.length, paper: paper.length, invited: invited.length };
}

/** The served counts of the paper days, added to the monitor's day and month rollups (served only). */
async function writeServed(tx: Tx, served: readonly { boothId: string; day: string; served: number }[]) {
  for (let i = 0; i < served.length; i += 5000) {
    const batch = served.slice(i, i + 5000);
    await sql`
      INSERT INTO monitor_rollups AS r (booth_id, grain, period, site_id, agency_id, served)
      SELECT b.id, g.grain, CASE g.grain WHEN 'day' THEN v.day ELSE date_trunc('month', v.day)::date END,
        b.site_id, b.agency_id, sum(v.served)
      FROM unnest(${batch.map((s) => s.boothId)}::uuid[], ${batch.map((s) => s.day)}::date[],
        ${batch.map((s) => s.served)}::int[]) AS v (booth_id, day, served)
      JOIN booths b ON b.id = v.booth_id
      CROSS JOIN (VALUES ('day'), ('month')) AS g (grain)
      GROUP BY 1, 2, 3, 4, 5
      ORDER BY 1, 2, 3
      ON CONFLICT (booth_id, grain, period) DO UPDATE SET served = r.served + excluded.served`.execute(tx);
  }
}
