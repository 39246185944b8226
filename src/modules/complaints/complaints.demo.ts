import { sql } from 'kysely';
import type { RequestContext } from '../../shared/context.ts';
import type { Database } from '../../shared/db/database.ts';
import type { PersonalDataCipher } from '../../shared/personal-data/cipher.ts';
import { addWorkingDays, isWorkingDay, localOf, siteWorkingCalendar } from '../sites/sites.public.ts';
import { type ComplaintDeps, fileComplaint, type NewComplaint } from './complaint.filing.ts';
import { type ComplaintRow, type MoveInput, moveComplaint } from './complaint.moves.ts';
import type { ComplaintStatus } from './complaint-status.rules.ts';
import type { ComplaintChannel, ComplaintIdentity, ComplaintKind } from './complaints.tables.ts';

/**
 * A realistic quarter of complaints at a demo site, every one filed with fileComplaint and moved with
 * moveComplaint on its own moving clock (deps.now), so its deadlines, steps and stage states are the ones the real
 * paths compute. (The audit log stamps its entries with the database's time: they carry the seed's moment.)
 *
 * - Volume: about `perWorkingDay` a working day over the quarter before `now`; citizens write on weekends too.
 * - Kinds, channels and identities in the shares an MPP sees (mostly complaints, many through WhatsApp and the
 *   public site; a quarter confidential, some anonymous); texts that sound like the desk's real inbox.
 * - Linked to the site's served tickets (and their files) where the demo has them (the history month), with the
 *   booth, counter and service; otherwise to the agency and service the citizen named, or to the MPP itself.
 * - Each complaint follows a script (verify, dispatch, follow-up, answer, the citizen's reply or the automatic
 *   close; sometimes postponed, returned, reopened, archived or forwarded) whose steps happen only while the clock
 *   is before `now`: old complaints are closed, recent ones open. A few recent ones are held in each open state,
 *   some past their stage's deadline (late now).
 * - Deterministic for a seed (mulberry32), except the codes and PINs.
 */

export interface ComplaintsDemoOptions {
  siteId: string;
  now: Date;
  /** Days back from `now` the quarter starts. */
  days: number;
  perWorkingDay: number;
  seed: number;
  /** Complaints filed and moved at once (each on its own clock). */
  concurrency?: number;
  progress?: (line: string) => void;
}

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
function pick<T>(rnd: Rnd, items: readonly T[], weights?: readonly number[]): T {
  if (!weights) return items[Math.floor(rnd() * items.length)] as T;
  const total = weights.reduce((a, b) => a + b, 0);
  let r = rnd() * total;
  for (let i = 0; i < items.length; i++) {
    r -= weights[i] ?? 0;
    if (r < 0) return items[i] as T;
  }
  return items[items.length - 1] as T;
}

const KINDS: readonly ComplaintKind[] = ['complaint', 'suggestion', 'information', 'appreciation'];
const KIND_WEIGHTS = [0.62, 0.18, 0.12, 0.08];
const CHANNELS: readonly ComplaintChannel[] = [
  'web',
  'ticket',
  'request',
  'kiosk',
  'phone',
  'whatsapp',
  'letter',
  'suggestion_box',
  'lapor',
  'walk_in',
];
const CHANNEL_WEIGHTS = [0.18, 0.14, 0.06, 0.06, 0.08, 0.2, 0.03, 0.08, 0.1, 0.07];
const IDENTITIES: readonly ComplaintIdentity[] = ['named', 'confidential', 'anonymous'];
const IDENTITY_WEIGHTS = [0.55, 0.27, 0.18];
/** Channels the citizen uses at any hour, any day; the others arrive in office hours. */
const ANY_TIME: readonly ComplaintChannel[] = ['web', 'whatsapp', 'lapor', 'ticket', 'request'];

/** `{service}` and `{booth}` are filled with the place's names. Where the place is the MPP itself, `booth` is null. */
interface Text {
  kind: ComplaintKind;
  description: string;
  asks: string;
  /** Needs a booth (a text about "petugas loket", a service); false: about the building, the app, the MPP. */
  atBooth: boolean;
}

const TEXTS: readonly Text[] = [
  {
    kind: 'complaint',
    atBooth: true,
    description:
      'Saya datang pukul 07.30 dan mendapat nomor antrean, tetapi baru dipanggil hampir pukul 12.00 di {booth}. Loket yang buka hanya satu padahal antrean panjang.',
    asks: 'Mohon loket ditambah pada jam sibuk dan perkiraan waktu tunggu diumumkan.',
  },
  {
    kind: 'complaint',
    atBooth: true,
    description:
      'Petugas di {booth} berbicara dengan nada ketus dan tidak mau menjelaskan kenapa berkas saya untuk {service} ditolak.',
    asks: 'Mohon petugas dibina agar melayani dengan sopan dan menjelaskan alasan penolakan.',
  },
  {
    kind: 'complaint',
    atBooth: true,
    description:
      'Persyaratan {service} yang disampaikan di loket berbeda dengan yang tertulis di situs. Saya harus pulang mengambil fotokopi KK dan datang lagi besok.',
    asks: 'Mohon persyaratan diseragamkan dan diumumkan dengan jelas.',
  },
  {
    kind: 'complaint',
    atBooth: true,
    description:
      'Ada orang di depan {booth} yang menawarkan jasa agar {service} cepat selesai dengan membayar Rp300.000. Apakah ini resmi? Layanan ini katanya gratis.',
    asks: 'Mohon ditindak dugaan pungli atau calo di area gerai.',
  },
  {
    kind: 'complaint',
    atBooth: true,
    description:
      'Berkas {service} saya sudah lewat dari janji waktu penyelesaian, sudah dua minggu belum jadi dan setiap ditanya jawabannya masih proses.',
    asks: 'Mohon kepastian kapan dokumen selesai.',
  },
  {
    kind: 'complaint',
    atBooth: true,
    description:
      'Saat pengambilan dokumen {service} ternyata ada salah ketik pada nama saya. Petugas meminta saya mengajukan ulang dari awal.',
    asks: 'Mohon perbaikan dilakukan tanpa harus antre dan mengajukan ulang.',
  },
  {
    kind: 'complaint',
    atBooth: true,
    description:
      'Petugas loket {booth} meninggalkan meja lebih dari setengah jam saat jam layanan, antrean berhenti tanpa pemberitahuan.',
    asks: 'Mohon ada petugas pengganti bila loket ditinggal.',
  },
  {
    kind: 'complaint',
    atBooth: false,
    description:
      'AC di ruang tunggu lantai 2 mati sejak pagi, ruangan sangat panas dan banyak lansia serta ibu membawa bayi.',
    asks: 'Mohon AC segera diperbaiki.',
  },
  {
    kind: 'complaint',
    atBooth: false,
    description:
      'Parkir motor penuh sejak pukul 08.00 dan juru parkir meminta Rp5.000 tanpa karcis, padahal tertulis parkir gratis.',
    asks: 'Mohon parkir ditertibkan dan pungutan tanpa karcis dihentikan.',
  },
  {
    kind: 'complaint',
    atBooth: false,
    description:
      'Aplikasi antrean online error saat memilih jadwal, muncul tulisan gangguan server. Kuota kemudian habis padahal saya sudah mencoba sejak pukul 06.00.',
    asks: 'Mohon sistem booking diperbaiki dan kuota dibuka ulang.',
  },
  {
    kind: 'complaint',
    atBooth: false,
    description:
      'Toilet di lantai 1 kotor dan airnya tidak mengalir. Tidak ada petugas kebersihan yang bisa dihubungi.',
    asks: 'Mohon kebersihan toilet dijaga.',
  },
  {
    kind: 'complaint',
    atBooth: false,
    description:
      'Panggilan nomor antrean tidak terdengar dari ruang tunggu belakang dan layar di sana mati, nomor saya terlewat.',
    asks: 'Mohon pengeras suara dan layar diperbaiki, dan nomor yang terlewat bisa dipanggil ulang.',
  },
  {
    kind: 'complaint',
    atBooth: false,
    description:
      'Tidak ada kursi roda dan jalur landai di pintu samping, orang tua saya kesulitan masuk ke gedung.',
    asks: 'Mohon disediakan kursi roda dan akses bagi penyandang disabilitas.',
  },
  {
    kind: 'suggestion',
    atBooth: false,
    description:
      'Sebaiknya disediakan tempat fotokopi dan cetak di dalam gedung, banyak warga harus keluar mencari fotokopi.',
    asks: 'Usul disediakan layanan fotokopi.',
  },
  {
    kind: 'suggestion',
    atBooth: false,
    description: 'Jam layanan sebaiknya dibuka hari Sabtu untuk warga yang bekerja di hari kerja.',
    asks: 'Usul layanan hari Sabtu.',
  },
  {
    kind: 'suggestion',
    atBooth: true,
    description:
      'Formulir {service} sebaiknya bisa diunduh dan diisi dari rumah sebelum datang, agar di loket tidak lama.',
    asks: 'Usul formulir daring.',
  },
  {
    kind: 'suggestion',
    atBooth: false,
    description: 'Perlu ruang laktasi dan tempat bermain anak di ruang tunggu.',
    asks: 'Usul ruang laktasi.',
  },
  {
    kind: 'information',
    atBooth: true,
    description:
      'Saya ingin mengetahui syarat dan biaya {service}, apakah bisa diwakilkan oleh keluarga dengan surat kuasa?',
    asks: 'Mohon informasi persyaratan.',
  },
  {
    kind: 'information',
    atBooth: true,
    description: 'Berapa lama waktu penyelesaian {service} dan apakah hasilnya bisa dikirim?',
    asks: 'Mohon penjelasan.',
  },
  {
    kind: 'appreciation',
    atBooth: true,
    description:
      'Terima kasih kepada petugas {booth} yang sangat ramah dan membantu ibu saya yang lansia sampai selesai.',
    asks: '',
  },
  {
    kind: 'appreciation',
    atBooth: false,
    description: 'Pelayanan di MPP sekarang cepat dan tertib, antrean online sangat membantu. Pertahankan.',
    asks: '',
  },
];

const FOLLOW_UPS = [
  'Sudah dilakukan klarifikasi kepada petugas yang bersangkutan dan diberikan pembinaan. Loket tambahan dibuka pada jam sibuk mulai minggu ini.',
  'Persyaratan telah diseragamkan dengan standar pelayanan yang berlaku dan papan informasi di gerai diperbarui.',
  'Dokumen pelapor telah selesai diproses dan dapat diambil di gerai; keterlambatan karena gangguan jaringan pusat.',
  'Telah dilakukan pemeriksaan; tidak ada pungutan resmi untuk layanan ini. Area gerai diawasi petugas keamanan dan warga diimbau melapor bila ditawari jasa.',
  'Perbaikan data dapat dilakukan di loket tanpa antre ulang; pelapor telah dihubungi untuk datang kembali.',
];

const ANSWERS = [
  'Terima kasih atas laporan Anda. Instansi terkait telah menindaklanjuti: {followUp}',
  'Laporan Anda telah kami terima dan tindak lanjuti bersama instansi terkait. {followUp}',
];

const MPP_ANSWERS = [
  'Terima kasih. Pengelola MPP telah menindaklanjuti laporan ini bersama petugas gedung; perbaikan sudah dilakukan.',
  'Terima kasih atas masukan Anda. Usulan ini kami catat dan akan dibahas dalam rapat evaluasi pengelola MPP bulan ini.',
  'Informasi yang Anda minta: persyaratan dan waktu penyelesaian tercantum pada standar pelayanan di halaman layanan; permohonan dapat diwakilkan dengan surat kuasa bermeterai.',
  'Terima kasih atas apresiasi Anda; akan kami sampaikan kepada petugas dan instansi yang bersangkutan.',
];

const FORWARD_TO = [
  'SP4N-LAPOR! (kewenangan kementerian)',
  'Kantor Pertanahan (di luar MPP)',
  'Dinas Perhubungan (parkir luar gedung)',
];
const POSTPONE_REASONS = [
  'Menunggu kelengkapan keterangan dari pelapor (waktu dan loket kejadian).',
  'Menunggu rekaman CCTV dari pengelola gedung.',
];
const ARCHIVE = [
  {
    outcome: 'duplicate',
    note: 'Sama dengan pengaduan yang sudah diterima sebelumnya dari pelapor yang sama.',
  },
  { outcome: 'not_complaint', note: 'Bukan pengaduan pelayanan: pesan salah kirim.' },
  { outcome: 'abusive', note: 'Isi tidak pantas dan tidak memuat pokok pengaduan.' },
];
const REMARKS_GOOD = ['Terima kasih, sudah beres.', 'Cepat ditanggapi.', ''];
const REMARKS_BAD = ['Jawabannya tidak menyelesaikan masalah saya.', 'Masih sama seperti sebelumnya.'];
const NAMES = ['Sri Wahyuni', 'Ahmad Fauzi', 'Lina Marlina', 'Dedi Kurniawan', 'Nur Aini', 'Yusuf Hamdani'];

const OFFSET_MINUTES: Record<string, number> = {
  'Asia/Jakarta': 420,
  'Asia/Pontianak': 420,
  'Asia/Makassar': 480,
  'Asia/Jayapura': 540,
};

interface Place {
  agencyId: string;
  boothId: string;
  boothName: string;
  serviceId: string;
  serviceName: string;
  counterId?: string | null;
  ticketId?: string | null;
  requestId?: string | null;
  servedAt?: Date | null;
}

/** What happens to a complaint; the steps stop where the clock reaches `now` (or where a held one is held). */
type Fate =
  | 'normal'
  | 'archive'
  | 'forward'
  | 'postpone'
  | 'return'
  | 'unresolved'
  | 'auto'
  | 'slow_agency'
  | 'stuck';

type Step = (days: number | 'stage_end', move: MoveInput, ctx?: RequestContext) => Promise<boolean>;

interface Plan {
  at: Date;
  kind: ComplaintKind;
  channel: ComplaintChannel;
  identity: ComplaintIdentity;
  text: Text;
  place: Place | null;
  fate: Fate;
  /** Stop once the complaint reaches this status (a recent one held open). */
  hold?: ComplaintStatus;
  rnd: Rnd;
}

export async function generateComplaints(
  db: Database,
  cipher: PersonalDataCipher,
  o: ComplaintsDemoOptions,
): Promise<{ complaints: number; byStatus: Record<string, number> }> {
  const started = Date.now();
  const rnd = generator(o.seed);
  const { calendar: cal, site } = await siteWorkingCalendar(db, o.siteId);
  const offset = OFFSET_MINUTES[site.timezone] ?? 420;
  const instant = (day: string, minute: number) =>
    new Date(Date.parse(`${day}T00:00:00Z`) + (minute - offset) * 60_000);
  const today = localOf(o.now, site.timezone).date;
  const dayOf = (n: number) =>
    new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

  const offers = await db
    .selectFrom('booths as b')
    .innerJoin('serviceBooths as sb', 'sb.boothId', 'b.id')
    .innerJoin('services as s', 's.id', 'sb.serviceId')
    .select([
      'b.id as boothId',
      'b.agencyId',
      'b.name as boothName',
      's.id as serviceId',
      's.name as serviceName',
    ])
    .where('b.siteId', '=', o.siteId)
    .where('b.active', '=', true)
    .where('s.active', '=', true)
    .orderBy('b.id')
    .orderBy('s.id')
    .execute();
  const served = (
    await sql<Place & { finishedAt: Date }>`
      SELECT t.id AS "ticketId", t.booth_id AS "boothId", b.agency_id AS "agencyId", b.name AS "boothName",
        t.service_id AS "serviceId", s.name AS "serviceName", t.counter_id AS "counterId", r.id AS "requestId",
        t.finished_at AS "finishedAt"
      FROM tickets t JOIN booths b ON b.id = t.booth_id JOIN services s ON s.id = t.service_id
      LEFT JOIN requests r ON r.ticket_id = t.id
      WHERE t.site_id = ${o.siteId} AND t.status = 'done' AND t.outcome IN ('served', 'submitted')
        AND t.service_date BETWEEN ${dayOf(-o.days - 20)}::date AND ${today}::date
      ORDER BY t.finished_at, t.id`.execute(db)
  ).rows;
  const handler = await db
    .selectFrom('users')
    .select(['id', 'username', 'displayName', 'role', 'siteId', 'agencyId', 'boothId'])
    .where('role', '=', 'site_manager')
    .where('siteId', '=', o.siteId)
    .orderBy('username')
    .executeTakeFirst();
  const ctxOf = (actor: typeof handler | null): RequestContext => ({
    actor: actor
      ? {
          userId: actor.id,
          username: actor.username,
          displayName: actor.displayName,
          role: 'site_manager',
          siteId: actor.siteId,
          agencyId: actor.agencyId,
          boothId: actor.boothId,
        }
      : null,
    clientIp: null,
    requestId: 'demo',
  });
  const staff = ctxOf(handler ?? null);
  const citizen = ctxOf(null);
  // The agency's follow-up: written by its admin; the demo has accounts for few agencies, so it signs as "Instansi".
  const agency = citizen;

  /** A served ticket finished within the 30 days before `at` (the filing window), if the demo has one. */
  const ticketBefore = (at: Date, withRequest: boolean): Place | null => {
    const candidates = served.filter(
      (t) =>
        t.finishedAt < at &&
        at.getTime() - t.finishedAt.getTime() < 12 * 86_400_000 &&
        (!withRequest || t.requestId !== null),
    );
    if (candidates.length === 0) return null;
    const t = pick(rnd, candidates);
    return { ...t, servedAt: t.finishedAt };
  };

  // The plans: receipt days over the quarter, then each one's place, kind and fate.
  const plans: Plan[] = [];
  for (let d = -o.days; d <= 0; d++) {
    const day = dayOf(d);
    const working = isWorkingDay(day, cal);
    const expected = o.perWorkingDay * (working ? 1 : 0.15);
    const count = Math.floor(expected * (0.5 + rnd()) + rnd());
    for (let i = 0; i < count; i++) {
      let channel = pick(rnd, CHANNELS, CHANNEL_WEIGHTS);
      if (!working && !ANY_TIME.includes(channel)) channel = 'web';
      const minute = ANY_TIME.includes(channel)
        ? 6 * 60 + Math.floor(rnd() * 16 * 60)
        : 8 * 60 + Math.floor(rnd() * 7.5 * 60);
      const at = instant(day, minute);
      if (at >= o.now) continue;
      const kind = pick(rnd, KINDS, KIND_WEIGHTS);
      const texts = TEXTS.filter((t) => t.kind === kind);
      let text = pick(rnd, texts);
      let place: Place | null = null;
      if (channel === 'ticket' || channel === 'request') {
        place = ticketBefore(at, channel === 'request');
        if (!place) channel = 'web';
        else text = pick(rnd, texts.filter((t) => t.atBooth).length ? texts.filter((t) => t.atBooth) : texts);
      }
      if (!place && text.atBooth && offers.length > 0) place = pick(rnd, offers);
      const r = rnd();
      const fate: Fate =
        kind !== 'complaint'
          ? r < 0.05
            ? 'archive'
            : 'normal'
          : r < 0.05
            ? 'archive'
            : r < 0.1
              ? 'forward'
              : r < 0.17
                ? 'postpone'
                : r < 0.22
                  ? 'return'
                  : r < 0.3
                    ? 'unresolved'
                    : r < 0.45
                      ? 'auto'
                      : r < 0.6
                        ? 'slow_agency'
                        : 'normal';
      plans.push({
        at,
        kind,
        channel,
        identity: pick(rnd, IDENTITIES, IDENTITY_WEIGHTS),
        text,
        place,
        fate,
        rnd: generator(Math.floor(rnd() * 2 ** 32)),
      });
    }
  }
  // Held open, so that the demo shows every open state today, some of them late: the most recent complaints of
  // the kind that goes to an agency, from the newest back, each held at the next state of this list.
  const holds: { status: ComplaintStatus; fate: Fate }[] = [
    { status: 'received', fate: 'stuck' },
    { status: 'verified', fate: 'normal' },
    { status: 'dispatched', fate: 'slow_agency' },
    { status: 'followed_up', fate: 'normal' },
    { status: 'postponed', fate: 'postpone' },
    { status: 'answered', fate: 'normal' },
    { status: 'reopened', fate: 'unresolved' },
    { status: 'received', fate: 'stuck' },
    { status: 'dispatched', fate: 'slow_agency' },
  ];
  const candidates = plans
    .filter((p) => p.kind === 'complaint' && p.place && p.at < instant(dayOf(-4), 0))
    .reverse();
  for (const [i, h] of holds.entries()) {
    // Late ones must be old enough to be past their stage: a week for the early stages, three weeks for a reopen.
    const p = candidates[i * 2 + (h.status === 'reopened' ? 14 : 0)];
    if (!p) continue;
    p.hold = h.status;
    p.fate = h.fate;
  }

  const byStatus: Record<string, number> = {};
  let next = 0;
  const worker = async () => {
    while (next < plans.length) {
      const plan = plans[next++] as Plan;
      const row = await play(plan);
      byStatus[row.status] = (byStatus[row.status] ?? 0) + 1;
    }
  };

  /** One complaint's life on its own clock: each step at the clock's time, skipped once past `now`. */
  async function play(p: Plan): Promise<ComplaintRow> {
    let clock = p.at;
    const deps: ComplaintDeps = {
      db,
      notifier: { written: () => undefined },
      now: () => clock,
      personalData: cipher,
      notify: { email: false, webhook: false },
    };
    const name = pick(p.rnd, NAMES);
    const input: NewComplaint = {
      siteId: o.siteId,
      kind: p.kind,
      channel: p.channel,
      laporId: p.channel === 'lapor' ? `LAPOR-${String(Math.floor(p.rnd() * 9_000_000) + 1_000_000)}` : null,
      identity: p.identity,
      contact: {
        name,
        phone: `08${String(1_100_000_000 + Math.floor(p.rnd() * 800_000_000))}`,
        email: p.rnd() < 0.4 ? `${name.toLowerCase().replace(/ /g, '.')}@contoh.id` : null,
      },
      description: fill(p.text.description, p.place),
      happenedOn: localOf(p.place?.servedAt ?? p.at, site.timezone).date,
      asks: p.text.asks,
      ...(p.place
        ? {
            place: {
              agencyId: p.place.agencyId,
              boothId: p.place.boothId,
              serviceId: p.place.serviceId,
              counterId: p.place.counterId ?? null,
              ticketId: p.place.ticketId ?? null,
              requestId: p.place.requestId ?? null,
              servedAt: p.place.servedAt ?? null,
            },
          }
        : {}),
    };
    const byCitizen = ['web', 'ticket', 'request', 'kiosk'].includes(p.channel);
    let row = (await fileComplaint(deps, byCitizen ? citizen : staff, input)).row;

    /**
     * Moves the clock `days` working days on (0: a few hours the same day; 'stage_end': just after the current
     * stage's deadline, when the sweep acts) and takes the step, if that is before now.
     */
    const step = async (days: number | 'stage_end', move: MoveInput, ctx = staff): Promise<boolean> => {
      if (p.hold && row.status === p.hold) return false;
      const when =
        days === 'stage_end'
          ? new Date((row.stageDueAt ?? clock).getTime() + (5 + Math.floor(p.rnd() * 55)) * 60_000)
          : later(clock, days, p.rnd);
      if (when >= o.now) return false;
      clock = when;
      row = await moveComplaint(deps, ctx, row.id, move);
      return true;
    };
    const later = (t: Date, days: number, r: Rnd): Date => {
      const local = localOf(t, site.timezone);
      if (days <= 0) {
        const minute = Math.max(local.minute, 8 * 60) + 30 + Math.floor(r() * 150);
        if (minute < 16 * 60 && isWorkingDay(local.date, cal)) return instant(local.date, minute);
        return instant(addWorkingDays(local.date, 1, cal), 8 * 60 + Math.floor(r() * 120));
      }
      return instant(addWorkingDays(local.date, days, cal), 8 * 60 + Math.floor(r() * 7 * 60));
    };
    const r = p.rnd;
    const verifyIn = r() < 0.8 ? (r() < 0.5 ? 0 : 1) : 2 + Math.floor(r() * 3);

    if (p.fate === 'stuck') return row;
    if (p.fate === 'archive') {
      const a = pick(r, ARCHIVE);
      await step(verifyIn, { action: 'archive', by: 'handler', note: a.note, set: { outcome: a.outcome } });
      return row;
    }
    if (p.fate === 'forward') {
      const to = pick(r, FORWARD_TO);
      await step(verifyIn, {
        action: 'forward',
        by: 'handler',
        note: `Bukan kewenangan MPP; diteruskan ke ${to}.`,
        publicNote: true,
        set: { outcome: to.startsWith('SP4N') ? 'lapor' : 'other_agency', forwardedTo: to },
      });
      return row;
    }
    if (p.fate === 'postpone') {
      if (
        !(await step(0, {
          action: 'postpone',
          by: 'handler',
          note: pick(r, POSTPONE_REASONS),
          publicNote: true,
        }))
      )
        return row;
      if (!(await step(1 + Math.floor(r() * 3), { action: 'resume', by: 'handler' }))) return row;
    }
    if (!(await step(row.status === 'verified' ? 0 : verifyIn, { action: 'verify', by: 'handler' })))
      return row;
    if (p.hold === 'verified') return row;
    await handle(p, r, step);
    return row;
  }

  /** From verified: to the agency and back, or answered by the MPP; then the citizen's reply or the auto-close. */
  async function handle(p: Plan, r: Rnd, step: Step): Promise<void> {
    const byAgency = p.place !== null && p.kind === 'complaint';
    let followUp = pick(r, FOLLOW_UPS);
    if (byAgency) {
      if (
        !(await step(r() < 0.7 ? 0 : 1, {
          action: 'dispatch',
          by: 'handler',
          note: 'Mohon ditindaklanjuti.',
        }))
      )
        return;
      // Most agencies answer within their five days; a slow one takes one to two weeks (late: the answer is due 8).
      const agencyDays = p.fate === 'slow_agency' ? 5 + Math.floor(r() * 8) : 1 + Math.floor(r() * 4);
      if (!(await step(agencyDays, { action: 'follow_up', by: 'agency', note: followUp }, agency))) return;
      if (p.fate === 'return') {
        const back = { action: 'return_follow_up' as const, by: 'handler' as const };
        if (!(await step(0, { ...back, note: 'Mohon dilengkapi dengan hasil klarifikasi kepada petugas.' })))
          return;
        followUp = pick(r, FOLLOW_UPS);
        if (
          !(await step(
            1 + Math.floor(r() * 2),
            { action: 'follow_up', by: 'agency', note: followUp },
            agency,
          ))
        )
          return;
      }
    }
    const answer = byAgency
      ? pick(r, ANSWERS).replace('{followUp}', followUp)
      : (MPP_ANSWERS[KINDS.indexOf(p.kind)] ?? (MPP_ANSWERS[0] as string));
    // The MPP's own answers (the building, the app) sometimes wait for the building's contractor: late.
    const answerIn =
      !byAgency && p.kind === 'complaint' && r() < 0.25 ? 6 + Math.floor(r() * 6) : r() < 0.6 ? 0 : 1;
    if (!(await step(answerIn, { action: 'answer', by: 'handler', publicNote: true, set: { answer } })))
      return;
    await reply(p, r, step);
  }

  async function reply(p: Plan, r: Rnd, step: Step): Promise<void> {
    if (p.fate === 'auto' || (p.fate !== 'unresolved' && r() < 0.35)) {
      // Nobody replied: the sweep closes it when its stage ends (autoCloseDays after the answer).
      await step('stage_end', { action: 'auto_close', by: 'system' }, citizen);
      return;
    }
    const unresolved = p.fate === 'unresolved';
    const rating = unresolved ? 1 + Math.floor(r() * 2) : pick(r, [2, 3, 4], [0.15, 0.45, 0.4]);
    const replied = await step(
      Math.floor(r() * 4),
      {
        action: 'citizen_reply',
        by: 'citizen',
        set: {
          citizenResolved: !unresolved,
          citizenRating: rating,
          citizenRemark: pick(r, unresolved ? REMARKS_BAD : REMARKS_GOOD) || null,
        },
      },
      citizen,
    );
    if (!replied || !unresolved) return;
    // Reopened (once): verified and handled again, the second reply closes it either way.
    if (!(await step(1, { action: 'verify', by: 'handler' }))) return;
    await handle({ ...p, fate: 'normal' }, r, step);
  }

  const workers = Array.from({ length: Math.max(1, o.concurrency ?? 3) }, worker);
  await Promise.all(workers);
  o.progress?.(
    `  complaints: ${plans.length} in ${Date.now() - started} ms (${Object.entries(byStatus)
      .map(([s, n]) => `${s} ${n}`)
      .join(', ')})`,
  );
  return { complaints: plans.length, byStatus };
}

function fill(text: string, place: Place | null): string {
  return text
    .replaceAll('{booth}', place?.boothName ?? 'gerai')
    .replaceAll('{service}', place?.serviceName ?? 'layanan');
}
