import { type RawBuilder, sql } from 'kysely';
import {
  computeIndex,
  DEFAULT_METHOD,
  ELEMENT_IDS,
  type SurveyMethod,
  type Tally,
} from '../satisfaction/satisfaction.public.ts';
import type { MeasureId } from './national.schemas.ts';
import type { Direction } from './peers.rules.ts';

/**
 * Every measure of the national view, defined ONCE: its labels and definition (shown on the pages), unit,
 * direction, minimum sample, and how its figure is computed from the month facts' sums (SUMS below: one SQL select
 * list over national.month_facts rows, grouped by whatever the caller groups by — a site, a site and month, a
 * province) or from the snapshot of what stands now (standards, latest evaluation).
 *
 * The definitions follow the site's own screens, so that a site's figure on the hub equals its own:
 * - served: tickets finished with the outcome served or file taken in (the satisfaction population's rule);
 * - waiting: from entering the queue (a step's queued_at, else issue) to the call, in whole minutes (floor), as the
 *   floor's waiting figures count it; percentiles by nearest rank over the minute histograms, so exact for any
 *   period;
 * - files on time: of the files opened in the period and finished, those finished by their due time (the requests
 *   monitor's on-time share);
 * - complaints answered on time: of the complaints received in the period and answered, those answered by their
 *   deadline (the complaint measures' share);
 * - booths opened on time: booth × open day, first counter opened within 15 minutes of opening (the floor's
 *   attendance rule);
 * - IKM: PermenPAN-RB 14/2017 through the satisfaction module's rules, with the site's element weights.
 */

type Unit = 'count' | 'minutes' | 'share' | 'days' | 'index' | 'score';

/** The month facts summed over a group of rows (a site's period, one month, a province). */
export interface Sums {
  issued: number;
  served: number;
  noShows: number;
  called: number;
  waitP50: number | null;
  waitP90: number | null;
  finished: number;
  serviceP50: number | null;
  quotaServiceDays: number;
  quotaOutDays: number;
  filesDone: number;
  filesOnTime: number;
  surveyN: number;
  surveySum: number[];
  surveyCnt: number[];
  complaintsAnswered: number;
  complaintsOnTime: number;
  openDays: number;
  boothsExpected: number;
  boothsOpened: number;
  boothsOnTime: number;
}

/** What stands now at a site (or pooled over sites): not summed over months. */
export interface Snapshot {
  /** Active services offered at the site's booths, and those whose standard is complete and current. */
  services: number;
  standardsCurrent: number;
  /** The latest submitted site-level evaluation; pooled: the mean of the sites' totals, no band. */
  evaluation: {
    total: number;
    count: number;
    band: string | null;
    zone: 'green' | 'yellow' | 'red' | null;
  } | null;
  /** The site's survey method (its element weights); the regulation's default when pooled or none is set. */
  surveyMethod: SurveyMethod;
}

export interface Figure {
  value: number | null;
  sample: number;
  enough: boolean;
  label: string | null;
  zone: 'green' | 'yellow' | 'red' | null;
}

interface Bilingual {
  id: string;
  en: string;
}

export interface Measure {
  id: MeasureId;
  label: Bilingual;
  definition: Bilingual;
  unit: Unit;
  direction: Direction;
  minSample: number;
  sampleOf: Bilingual;
  kind: 'period' | 'snapshot';
  byServiceType: boolean;
  /** The figure's raw value and sample; `figure()` applies the minimum sample. */
  compute(sums: Sums, snapshot: Snapshot | null): Omit<Figure, 'enough'>;
}

/** The IKM publication minimum of the satisfaction module (a unit needs 5 responses before its index shows). */
const SURVEY_MINIMUM = 5;

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);
const plain = (value: number | null, sample: number) => ({ value, sample, label: null, zone: null });

/** The tally the satisfaction rules take, from the summed per-element answers (u1..u9 in the regulation's order). */
export function tallyOfSums(sums: Pick<Sums, 'surveyN' | 'surveySum' | 'surveyCnt'>): Tally {
  return {
    respondents: sums.surveyN,
    elements: Object.fromEntries(
      ELEMENT_IDS.map((id, i) => [id, { sum: sums.surveySum[i] ?? 0, answered: sums.surveyCnt[i] ?? 0 }]),
    ) as Tally['elements'],
  };
}

export const MEASURES: readonly Measure[] = [
  {
    id: 'served',
    label: { id: 'Pengunjung terlayani', en: 'Visitors served' },
    definition: {
      id: 'Jumlah nomor antrean yang selesai dilayani dengan hasil "dilayani" atau "berkas diterima" dalam periode.',
      en: 'Queue tickets finished with the outcome "served" or "file taken in" in the period.',
    },
    unit: 'count',
    direction: 'higher_better',
    minSample: 0,
    sampleOf: { id: 'nomor antrean selesai', en: 'tickets finished' },
    kind: 'period',
    byServiceType: true,
    compute: (s) => plain(s.served, s.served),
  },
  {
    id: 'wait_p50',
    label: { id: 'Waktu tunggu (median)', en: 'Waiting time (median)' },
    definition: {
      id: 'Menit dari masuk antrean (ambil nomor, atau awal langkah berikutnya) sampai dipanggil, dibulatkan ke bawah; separuh pengunjung menunggu selama ini atau kurang.',
      en: 'Minutes from joining the queue (taking the number, or the start of a later step) to the call, rounded down; half of the visitors waited this long or less.',
    },
    unit: 'minutes',
    direction: 'lower_better',
    minSample: 20,
    sampleOf: { id: 'nomor antrean dipanggil', en: 'tickets called' },
    kind: 'period',
    byServiceType: true,
    compute: (s) => plain(s.waitP50, s.called),
  },
  {
    id: 'wait_p90',
    label: { id: 'Waktu tunggu (persentil 90)', en: 'Waiting time (90th percentile)' },
    definition: {
      id: 'Menit tunggu dari masuk antrean sampai dipanggil yang tidak dilampaui 90% pengunjung.',
      en: 'The waiting time from joining the queue to the call that 90% of visitors did not exceed, in minutes.',
    },
    unit: 'minutes',
    direction: 'lower_better',
    minSample: 20,
    sampleOf: { id: 'nomor antrean dipanggil', en: 'tickets called' },
    kind: 'period',
    byServiceType: true,
    compute: (s) => plain(s.waitP90, s.called),
  },
  {
    id: 'service_p50',
    label: { id: 'Waktu layanan (median)', en: 'Service time (median)' },
    definition: {
      id: 'Menit dari mulai dilayani di loket sampai selesai, dibulatkan ke bawah; median.',
      en: 'Minutes from the start of service at the counter to its end, rounded down; the median.',
    },
    unit: 'minutes',
    direction: 'lower_better',
    minSample: 20,
    sampleOf: { id: 'layanan selesai', en: 'services finished' },
    kind: 'period',
    byServiceType: true,
    compute: (s) => plain(s.serviceP50, s.finished),
  },
  {
    id: 'no_show_share',
    label: { id: 'Tidak hadir saat dipanggil', en: 'No-shows' },
    definition: {
      id: 'Bagian nomor antrean yang ditandai tidak hadir dari semua nomor yang diambil dalam periode.',
      en: 'Share of the queue tickets taken in the period that were marked as no-shows.',
    },
    unit: 'share',
    direction: 'lower_better',
    minSample: 20,
    sampleOf: { id: 'nomor antrean diambil', en: 'tickets taken' },
    kind: 'period',
    byServiceType: true,
    compute: (s) => plain(share(s.noShows, s.issued), s.issued),
  },
  {
    id: 'quota_out_days',
    label: { id: 'Hari kuota habis', en: 'Days the quota ran out' },
    definition: {
      id: 'Jumlah hari-layanan ketika nomor yang diambil mencapai kuota harian layanan (hanya layanan berkuota).',
      en: 'Service-days on which the numbers taken reached the service’s daily quota (services with a quota only).',
    },
    unit: 'days',
    direction: 'lower_better',
    minSample: 0,
    sampleOf: { id: 'hari-layanan berkuota', en: 'service-days with a quota' },
    kind: 'period',
    byServiceType: true,
    compute: (s) => plain(s.quotaServiceDays > 0 ? s.quotaOutDays : null, s.quotaServiceDays),
  },
  {
    id: 'booths_on_time_share',
    label: { id: 'Gerai buka tepat waktu', en: 'Booths opened on time' },
    definition: {
      id: 'Dari setiap gerai pada setiap hari buka, bagian yang loket pertamanya dibuka paling lambat 15 menit setelah jam buka MPP hari itu (jam mingguan, periode khusus, dan hari tutup MPP).',
      en: 'Of every booth on every opening day, the share whose first counter opened at most 15 minutes after the site’s opening time that day (weekly hours, special periods and closures).',
    },
    unit: 'share',
    direction: 'higher_better',
    minSample: 10,
    sampleOf: { id: 'gerai × hari buka', en: 'booth × opening day' },
    kind: 'period',
    byServiceType: false,
    compute: (s) => plain(share(s.boothsOnTime, s.boothsExpected), s.boothsExpected),
  },
  {
    id: 'files_on_time_share',
    label: { id: 'Berkas selesai tepat waktu', en: 'Files completed on time' },
    definition: {
      id: 'Dari berkas permohonan yang dibuka dalam periode dan sudah selesai, bagian yang selesai dalam jangka waktu standar pelayanan.',
      en: 'Of the application files opened in the period and completed, the share completed within the service standard’s time.',
    },
    unit: 'share',
    direction: 'higher_better',
    minSample: 5,
    sampleOf: { id: 'berkas selesai', en: 'files completed' },
    kind: 'period',
    byServiceType: true,
    compute: (s) => plain(share(s.filesOnTime, s.filesDone), s.filesDone),
  },
  {
    id: 'standards_current_share',
    label: { id: 'Standar pelayanan lengkap dan mutakhir', en: 'Service standards complete and current' },
    definition: {
      id: 'Saat ini: bagian layanan aktif yang standar pelayanannya memuat seluruh 14 komponen (UU 25/2009 Pasal 21) dan direviu dalam 12 bulan terakhir.',
      en: 'Now: the share of active services whose service standard covers all 14 components (Law 25/2009 Art. 21) and was reviewed in the last 12 months.',
    },
    unit: 'share',
    direction: 'higher_better',
    minSample: 1,
    sampleOf: { id: 'layanan aktif', en: 'active services' },
    kind: 'snapshot',
    byServiceType: false,
    compute: (_s, snap) =>
      plain(snap ? share(snap.standardsCurrent, snap.services) : null, snap?.services ?? 0),
  },
  {
    id: 'ikm',
    label: { id: 'IKM (Indeks Kepuasan Masyarakat)', en: 'IKM (satisfaction index)' },
    definition: {
      id: 'Indeks kepuasan masyarakat terkonversi (25–100) menurut PermenPAN-RB 14/2017 dari jawaban survei layanan dalam periode, dengan bobot unsur MPP; mutu A–D.',
      en: 'The converted satisfaction index (25–100) of PermenPAN-RB 14/2017 from the survey answers about services in the period, with the site’s element weights; grade A–D.',
    },
    unit: 'index',
    direction: 'higher_better',
    minSample: SURVEY_MINIMUM,
    sampleOf: { id: 'responden', en: 'respondents' },
    kind: 'period',
    byServiceType: true,
    compute: (s, snap) => {
      if (s.surveyN === 0) return plain(null, 0);
      const result = computeIndex(tallyOfSums(s), snap?.surveyMethod ?? DEFAULT_METHOD);
      return { value: result.converted, sample: s.surveyN, label: result.grade, zone: null };
    },
  },
  {
    id: 'complaints_on_time_share',
    label: { id: 'Pengaduan dijawab tepat waktu', en: 'Complaints answered on time' },
    definition: {
      id: 'Dari pengaduan yang diterima dalam periode dan sudah dijawab, bagian yang dijawab sebelum batas waktunya.',
      en: 'Of the complaints received in the period and answered, the share answered by their deadline.',
    },
    unit: 'share',
    direction: 'higher_better',
    minSample: 5,
    sampleOf: { id: 'pengaduan dijawab', en: 'complaints answered' },
    kind: 'period',
    byServiceType: true,
    compute: (s) => plain(share(s.complaintsOnTime, s.complaintsAnswered), s.complaintsAnswered),
  },
  {
    id: 'evaluation_score',
    label: { id: 'Nilai evaluasi terakhir', en: 'Latest evaluation score' },
    definition: {
      id: 'Saat ini: nilai total dan kategori/zona penilaian MPP terakhir yang sudah disampaikan (instrumen yang dipakai, mis. PEKPPP 0–5 atau kepatuhan 0–100).',
      en: 'Now: the total and band/zone of the latest submitted assessment of the site (on its instrument’s scale, e.g. PEKPPP 0–5 or compliance 0–100).',
    },
    unit: 'score',
    direction: 'higher_better',
    minSample: 1,
    sampleOf: { id: 'penilaian', en: 'assessments' },
    kind: 'snapshot',
    byServiceType: false,
    compute: (_s, snap) =>
      snap?.evaluation
        ? {
            value: snap.evaluation.total,
            sample: snap.evaluation.count,
            label: snap.evaluation.band,
            zone: snap.evaluation.zone,
          }
        : plain(null, 0),
  },
];

const byId = new Map(MEASURES.map((m) => [m.id, m]));

export function measureById(id: MeasureId): Measure {
  const measure = byId.get(id);
  if (!measure) throw new Error(`Unknown measure ${id}`);
  return measure;
}

/** A measure's figure: its value published only when the sample reaches the minimum. */
export function figureOf(measure: Measure, sums: Sums, snapshot: Snapshot | null): Figure {
  const raw = measure.compute(sums, snapshot);
  const enough = raw.value !== null && raw.sample >= measure.minSample;
  return enough ? { ...raw, enough } : { value: null, sample: raw.sample, enough, label: null, zone: null };
}

/** What a measure's definition shows on the pages and in the API. */
export function presentMeasure(m: Measure) {
  return {
    id: m.id,
    label: m.label,
    definition: m.definition,
    unit: m.unit,
    direction: m.direction,
    minSample: m.minSample,
    sampleOf: m.sampleOf,
    kind: m.kind,
    byServiceType: m.byServiceType,
  };
}

/** The histogram parts of the sums: costly to add up, so read only for the measures that use them. */
export type HistogramNeed = 'wait' | 'service' | 'survey';

/** What a measure reads beyond the plain counts. */
export function needsOf(measures: readonly Measure[]): Set<HistogramNeed> {
  const needs = new Set<HistogramNeed>();
  for (const m of measures) {
    if (m.id === 'wait_p50' || m.id === 'wait_p90') needs.add('wait');
    if (m.id === 'service_p50') needs.add('service');
    if (m.id === 'ikm') needs.add('survey');
  }
  return needs;
}

/**
 * The sums of month_facts rows `f` in a grouped query: every period measure above reads only these. Percentiles by
 * nearest rank over the summed minute histograms (national.hist_percentile). Histograms not needed are left out
 * (NULL percentiles, zero counts, empty survey sums): a ranking on visitors served adds no histogram.
 */
export function sumsSelect(needs: ReadonlySet<HistogramNeed>): RawBuilder<unknown> {
  const wait = needs.has('wait')
    ? sql`national.hist_total(national.hist_sum(f.wait_hist)) AS called,
      national.hist_percentile(national.hist_sum(f.wait_hist), 0.5) AS wait_p50,
      national.hist_percentile(national.hist_sum(f.wait_hist), 0.9) AS wait_p90`
    : sql`0 AS called, NULL::int AS wait_p50, NULL::int AS wait_p90`;
  const service = needs.has('service')
    ? sql`national.hist_total(national.hist_sum(f.service_hist)) AS finished,
      national.hist_percentile(national.hist_sum(f.service_hist), 0.5) AS service_p50`
    : sql`0 AS finished, NULL::int AS service_p50`;
  const survey = needs.has('survey')
    ? sql`coalesce(national.hist_sum(f.survey_sum), '{}') AS survey_sum,
      coalesce(national.hist_sum(f.survey_cnt), '{}') AS survey_cnt`
    : sql`'{}'::int[] AS survey_sum, '{}'::int[] AS survey_cnt`;
  return sql`
    coalesce(sum(f.issued), 0)::int AS issued,
    coalesce(sum(f.served), 0)::int AS served,
    coalesce(sum(f.no_shows), 0)::int AS no_shows,
    ${wait}, ${service}, ${survey},
    coalesce(sum(f.quota_service_days), 0)::int AS quota_service_days,
    coalesce(sum(f.quota_out_days), 0)::int AS quota_out_days,
    coalesce(sum(f.files_done), 0)::int AS files_done,
    coalesce(sum(f.files_on_time), 0)::int AS files_on_time,
    coalesce(sum(f.survey_n), 0)::int AS survey_n,
    coalesce(sum(f.complaints_due), 0)::int AS complaints_answered,
    coalesce(sum(f.complaints_on_time), 0)::int AS complaints_on_time,
    coalesce(sum(f.open_days), 0)::int AS open_days,
    coalesce(sum(f.booths_expected), 0)::int AS booths_expected,
    coalesce(sum(f.booths_opened), 0)::int AS booths_opened,
    coalesce(sum(f.booths_on_time), 0)::int AS booths_on_time`;
}

export function emptySums(): Sums {
  return {
    issued: 0,
    served: 0,
    noShows: 0,
    called: 0,
    waitP50: null,
    waitP90: null,
    finished: 0,
    serviceP50: null,
    quotaServiceDays: 0,
    quotaOutDays: 0,
    filesDone: 0,
    filesOnTime: 0,
    surveyN: 0,
    surveySum: [],
    surveyCnt: [],
    complaintsAnswered: 0,
    complaintsOnTime: 0,
    openDays: 0,
    boothsExpected: 0,
    boothsOpened: 0,
    boothsOnTime: 0,
  };
}
