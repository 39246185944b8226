import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { systemContext } from '../../shared/context.ts';
import type { Database } from '../../shared/db/database.ts';
import { createUser } from '../accounts/accounts.public.ts';
import { localOf } from '../sites/sites.public.ts';
import type { Severity } from './evaluation.tables.ts';
import type { InstrumentDefinition } from './instrument.schema.ts';
import { seedShippedInstruments } from './instruments.service.ts';
import { renderEvaluationReportPdf } from './report.pdf.ts';
import { reportAssessments, reportFindings, reportSite } from './report.repository.ts';
import { reportNumber } from './report.rules.ts';
import { score } from './scoring.rules.ts';

/**
 * The demo's evaluation at a site, the seeds' story: last year the city's monitoring team assessed the site with
 * PEKPPP and visited five agencies (Ombudsman-style compliance and a booth inspection each), scores across the range;
 * every indicator under its threshold became a finding with a recommendation, answered since — some closed, some
 * sent back, some still open and overdue — and the report to the regional secretary was issued. This year two of
 * the weakest agencies were inspected again (the trend shows whether the actions worked), and this year's PEKPPP
 * assessment of the site is in progress (a draft, some indicators scored). Deterministic for a seed (mulberry32),
 * except ids. Written straight to the tables of migration 0023, scores by scoring.rules.ts.
 *
 * The three shipped instruments are made here when absent (ON CONFLICT (code) DO NOTHING): the instruments'
 * seeding may land them too, and either path leaves the same rows.
 */

export interface EvaluationDemoOptions {
  siteId: string;
  now: Date;
  seed: number;
  progress?: (line: string) => void;
}

/** The five agencies the seed city's team visited, strongest first (their quality drives the scores). */
const VISITED: { code: string; quality: number }[] = [
  { code: 'DPMPTSP', quality: 0.92 },
  { code: 'DISPENDUKCAPIL', quality: 0.78 },
  { code: 'BAPENDA', quality: 0.62 },
  { code: 'DINSOS', quality: 0.45 },
  { code: 'DISHUB', quality: 0.28 },
];

const TEAM = [
  { username: 'monev.ketua', displayName: 'Dra. Retno Wulandari, M.AP.' },
  { username: 'monev.anggota', displayName: 'Agus Salim, S.Sos.' },
];

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
type Rnd = () => number;

/**
 * The shipped instruments (seeded at every start by instruments.service.ts; the demo may run before the app
 * starts, so it asks for them too), each with its latest version.
 */
export async function ensureShippedInstruments(
  db: Database,
): Promise<Map<string, { versionId: string; definition: InstrumentDefinition }>> {
  await seedShippedInstruments(db, systemContext);
  const rows = await db
    .selectFrom('instruments as i')
    .innerJoin('instrumentVersions as v', 'v.instrumentId', 'i.id')
    .select(['i.code', 'v.id', 'v.definition', 'v.version'])
    .where('i.code', 'in', ['PEKPPP', 'OMBUDSMAN', 'INSPEKSI-GERAI'])
    .orderBy('v.version')
    .execute();
  // Ordered by version: the last one of each code stays.
  return new Map(rows.map((r) => [r.code, { versionId: r.id, definition: r.definition }]));
}

const day = (date: string, offset: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
/** 09:30 at the site (UTC+7 for the demo's Surabaya) of a day. */
const at = (date: string, hour = 2) => new Date(`${date}T0${hour}:30:00Z`);

/** One answer per indicator, around the unit's quality, across the scale; `share` of them only (a draft). */
function answersFor(def: InstrumentDefinition, quality: number, rnd: Rnd, share = 1): Map<string, string> {
  const answers = new Map<string, string>();
  for (const a of def.aspects)
    for (const i of a.indicators) {
      if (rnd() >= share) continue;
      const n = i.levels.length - 1;
      const k = Math.max(0, Math.min(n, Math.round(quality * n + (rnd() - 0.5) * n * 0.9)));
      answers.set(i.id, String(i.levels[k]?.value));
    }
  return answers;
}

interface Unit {
  agencyId: string | null;
  boothId: string | null;
  agencyName: string | null;
}

interface Made {
  id: string;
  visit: string;
  findings: { id: string; severity: Severity }[];
}

export async function generateEvaluation(db: Database, options: EvaluationDemoOptions): Promise<void> {
  const started = Date.now();
  const rnd = generator(options.seed);
  const site = await db
    .selectFrom('sites')
    .select(['id', 'code', 'name', 'timezone'])
    .where('id', '=', options.siteId)
    .executeTakeFirstOrThrow();
  const today = localOf(options.now, site.timezone).date;
  const year = Number(today.slice(0, 4));
  const instruments = await ensureShippedInstruments(db);
  const evaluator = await db
    .selectFrom('users')
    .select(['id', 'displayName'])
    .where('role', '=', 'evaluator')
    .orderBy('createdAt')
    .executeTakeFirst();
  const team: { id: string; lead: boolean }[] = [];
  for (const [k, m] of TEAM.entries()) {
    const existing = await db
      .selectFrom('users')
      .select('id')
      .where('username', '=', m.username)
      .executeTakeFirst();
    const id =
      existing?.id ??
      (await createUser(db, systemContext, {
        ...m,
        // Named team members for the report; they sign in only after an administrator sets their password.
        password: randomBytes(24).toString('base64url'),
        role: 'evaluator',
        siteId: null,
        agencyId: null,
        boothId: null,
      }));
    team.push({ id, lead: k === 0 });
  }
  if (evaluator) team.push({ id: evaluator.id, lead: false });
  const lead = team[0]?.id ?? null;
  const units = await db
    .selectFrom('booths as b')
    .innerJoin('agencies as g', 'g.id', 'b.agencyId')
    .select(['g.code', 'g.id as agencyId', 'b.id as boothId', 'g.name as agencyName'])
    .where('b.siteId', '=', site.id)
    .where(
      'g.code',
      'in',
      VISITED.map((v) => v.code),
    )
    .execute();

  /** One assessment with its team, scores and (when finished) its findings, dated on its visit. */
  const assess = async (
    code: string,
    unit: Unit,
    quality: number,
    when: { from: string; to: string; visit: string },
    status: 'draft' | 'submitted' | 'closed',
    share = 1,
  ): Promise<Made> => {
    const instrument = instruments.get(code);
    if (!instrument) throw new Error(`demo: no instrument ${code}`);
    const def = instrument.definition;
    const answers = answersFor(def, quality, rnd, share);
    const scores = score(def, answers);
    const visitedAt = at(when.visit);
    const { id } = await db
      .insertInto('assessments')
      .values({
        instrumentVersionId: instrument.versionId,
        siteId: site.id,
        agencyId: unit.agencyId,
        boothId: unit.boothId,
        selfOf: null,
        periodFrom: when.from,
        periodTo: when.to,
        title: `${def.name} - ${unit.agencyName ?? site.name}`,
        status,
        total: scores.total,
        band: scores.band ? JSON.stringify(scores.band) : null,
        createdBy: lead,
        createdAt: visitedAt,
        submittedAt: status === 'draft' ? null : at(when.visit, 8),
        updatedAt: at(when.visit, 8),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('assessmentMembers')
      .values(team.map((m) => ({ assessmentId: id, userId: m.id, lead: m.lead })))
      .execute();
    if (answers.size > 0)
      await db
        .insertInto('assessmentScores')
        .values(
          [...answers].map(([indicatorId, value]) => ({
            assessmentId: id,
            indicatorId,
            value,
            note: '',
            prefill: null,
            overrideReason: null,
            writeId: randomUUID(),
            savedBy: lead,
            savedAt: visitedAt,
          })),
        )
        .execute();
    if (status === 'draft') return { id, visit: when.visit, findings: [] };
    const below = scores.aspects.flatMap((a) => a.indicators.filter((i) => i.belowThreshold));
    const rows = below.map((s) => {
      const indicator = def.aspects.flatMap((a) => a.indicators).find((i) => i.id === s.id);
      const severity: Severity = (s.share ?? 0) === 0 ? 'high' : (s.share ?? 0) <= 0.5 ? 'medium' : 'low';
      return {
        assessmentId: id,
        siteId: site.id,
        agencyId: unit.agencyId,
        boothId: unit.boothId,
        indicatorId: s.id,
        severity,
        title: `${indicator?.name ?? s.id}: belum terpenuhi`,
        evidence: `Nilai ${s.value} pada kunjungan ${when.visit}. ${indicator?.evidence ?? ''}`.trim(),
        recommendation: `Penuhi "${indicator?.name ?? s.id}" dan kirimkan buktinya (${indicator?.evidence ?? 'foto atau dokumen'}).`,
        assignee: unit.agencyId ? ('agency' as const) : ('site' as const),
        // Ten working days: two calendar weeks from the visit.
        dueAt: at(day(when.visit, 14), 9),
        createdBy: lead,
        createdAt: at(when.visit, 8),
        updatedAt: at(when.visit, 8),
      };
    });
    const findings =
      rows.length === 0
        ? []
        : await db.insertInto('findings').values(rows).returning(['id', 'severity']).execute();
    return { id, visit: when.visit, findings };
  };

  /** The follow-up of a finding: closed, sent back, answered or left open (overdue once its due date passed). */
  const followUp = async (
    findingId: string,
    fate: 'closed' | 'returned' | 'answered' | 'open',
    visit: string,
  ) => {
    if (fate === 'open') return;
    const actedOn = day(visit, 7 + Math.floor(rnd() * 6));
    const actions: {
      findingId: string;
      kind: 'action' | 'verified' | 'returned';
      text: string;
      doneOn: string | null;
      evidence: string;
      actorUserId: string | null;
      actorName: string;
      at: Date;
    }[] = [
      {
        findingId,
        kind: 'action',
        text: 'Kekurangan telah diperbaiki sesuai rekomendasi tim.',
        doneOn: actedOn,
        evidence: 'Foto kondisi setelah perbaikan dan surat penugasan.',
        actorUserId: null,
        actorName: 'Admin instansi',
        at: at(actedOn, 6),
      },
    ];
    if (fate === 'closed' || fate === 'returned')
      actions.push({
        findingId,
        kind: fate === 'closed' ? 'verified' : 'returned',
        text:
          fate === 'closed'
            ? 'Diverifikasi di lokasi: sudah sesuai.'
            : 'Bukti belum menunjukkan perbaikan di seluruh loket; mohon dilengkapi.',
        doneOn: null,
        evidence: '',
        actorUserId: lead,
        actorName: TEAM[0]?.displayName ?? 'Tim monitoring',
        at: at(day(actedOn, 3), 3),
      });
    await db.insertInto('findingActions').values(actions).execute();
    await db
      .updateTable('findings')
      .set({
        status: fate,
        version: sql`version + ${actions.length}`,
        closedAt: fate === 'closed' ? at(day(actedOn, 3), 3) : null,
        updatedAt: actions.at(-1)?.at ?? at(actedOn, 6),
      })
      .where('id', '=', findingId)
      .execute();
  };

  // Last year: the site with PEKPPP, five agencies with compliance and a booth inspection, in October.
  const last = { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  const made: Made[] = [];
  made.push(
    await assess(
      'PEKPPP',
      { agencyId: null, boothId: null, agencyName: null },
      0.55,
      {
        ...last,
        visit: `${year - 1}-10-06`,
      },
      'closed',
    ),
  );
  for (const [k, v] of VISITED.entries()) {
    const u = units.find((x) => x.code === v.code);
    if (!u) continue;
    const visit = `${year - 1}-10-${String(7 + k).padStart(2, '0')}`;
    made.push(
      await assess(
        'OMBUDSMAN',
        { agencyId: u.agencyId, boothId: null, agencyName: u.agencyName },
        v.quality,
        { ...last, visit },
        'closed',
      ),
    );
    made.push(await assess('INSPEKSI-GERAI', { ...u }, v.quality, { ...last, visit }, 'closed'));
  }
  // Stronger units close their findings; the weakest leave theirs open, long overdue.
  const fates = ['closed', 'closed', 'returned', 'answered', 'open'] as const;
  for (const [k, m] of made.entries()) {
    const unitRank = k === 0 ? 2 : Math.floor((k - 1) / 2);
    for (const [j, f] of m.findings.entries()) {
      const fate = unitRank >= 4 ? (j % 3 === 0 ? 'answered' : 'open') : fates[(unitRank + j) % fates.length];
      await followUp(f.id, fate ?? 'open', m.visit);
    }
  }
  // The report to the regional secretary, issued a week after the visits.
  const issuedAt = at(`${year - 1}-10-20`, 3);
  const assessments = await reportAssessments(
    db,
    site.id,
    made.map((m) => m.id),
  );
  const number = reportNumber('assessment', site.code, year - 1, 1);
  const pdf = await renderEvaluationReportPdf({
    kind: 'assessment',
    site: await reportSite(db, site.id),
    number,
    issuedOn: `${year - 1}-10-20`,
    issuedAt,
    assessments,
    findings: await reportFindings(db, assessments, site.name),
    photosDir: '',
  });
  await db
    .insertInto('evaluationReports')
    .values({
      siteId: site.id,
      kind: 'assessment',
      assessmentIds: made.map((m) => m.id),
      number,
      pdf,
      sha256: createHash('sha256').update(pdf).digest('hex'),
      issuedBy: lead,
      issuedAt,
    })
    .execute();

  // This year: the two weakest agencies inspected again (did the actions work?), and PEKPPP in progress.
  const thisYear = { from: `${year}-01-01`, to: `${year}-12-31` };
  for (const [k, v] of VISITED.slice(3).entries()) {
    const u = units.find((x) => x.code === v.code);
    if (!u) continue;
    // A week ago (its findings still within their due date), but within this year.
    const visit = [day(today, -8 + k), `${year}-01-0${2 + k}`].sort().at(-1) ?? today;
    await assess(
      'INSPEKSI-GERAI',
      { ...u },
      Math.min(1, v.quality + 0.3),
      { ...thisYear, visit },
      'submitted',
    );
  }
  await assess(
    'PEKPPP',
    { agencyId: null, boothId: null, agencyName: null },
    0.7,
    { ...thisYear, visit: day(today, -2) },
    'draft',
    0.5,
  );
  options.progress?.(`  evaluation of ${site.code}: ${Date.now() - started} ms`);
}
