/**
 * The open dataset's columns, in their fixed order: the CSV header, the JSON keys and the datapackage.json's
 * schema.fields are all made from this one list, so a column cannot exist in one and be missing from another.
 * Pure data.
 */

type FieldType = 'date' | 'string' | 'integer' | 'number';

/** What a cell is computed from, for the small-group rule (open-data.rules.ts `suppress`). */
type Basis =
  /** Not about people (identifiers, names, counts of services): never suppressed. */
  | 'none'
  /** A count of people: shown when 0 or at least 5. */
  | 'count'
  /** A figure over a group of people counted in another column or histogram: shown when that group has ≥ 5. */
  | 'group';

export interface OpenDataField {
  name: string;
  type: FieldType;
  /** The unit, said in the description too ('' for identifiers and names). */
  unit: { id: string; en: string } | null;
  description: { id: string; en: string };
  basis: Basis;
}

const people = { id: 'orang', en: 'people' };
const tickets = { id: 'nomor antrean', en: 'tickets' };
const files = { id: 'berkas', en: 'files' };
const complaints = { id: 'pengaduan', en: 'complaints' };
const minutes = { id: 'menit', en: 'minutes' };
const services = { id: 'layanan', en: 'services' };

export const openDataFields: readonly OpenDataField[] = [
  {
    name: 'day',
    type: 'date',
    unit: null,
    description: {
      id: 'Tanggal (YYYY-MM-DD) menurut zona waktu MPP (WIB/WITA/WIT).',
      en: "The day (YYYY-MM-DD) in the site's own time zone (WIB/WITA/WIT).",
    },
    basis: 'none',
  },
  {
    name: 'site_id',
    type: 'string',
    unit: null,
    description: {
      id: 'Pengenal tetap MPP (UUID), unik secara nasional.',
      en: 'The site’s permanent identifier (UUID), unique nationally.',
    },
    basis: 'none',
  },
  {
    name: 'site_code',
    type: 'string',
    unit: null,
    description: {
      id: 'Kode MPP yang dipakai di lokasinya (tidak dijamin unik antar-daerah; gunakan site_id).',
      en: 'The code the site uses locally (not guaranteed unique across regions; use site_id).',
    },
    basis: 'none',
  },
  {
    name: 'site_name',
    type: 'string',
    unit: null,
    description: { id: 'Nama MPP.', en: 'Name of the site (Mal Pelayanan Publik).' },
    basis: 'none',
  },
  {
    name: 'province',
    type: 'string',
    unit: null,
    description: { id: 'Provinsi MPP.', en: 'Province of the site.' },
    basis: 'none',
  },
  {
    name: 'city',
    type: 'string',
    unit: null,
    description: { id: 'Kabupaten/kota MPP.', en: 'City or regency of the site.' },
    basis: 'none',
  },
  {
    name: 'service_type_code',
    type: 'string',
    unit: null,
    description: {
      id: "Kode jenis layanan nasional yang dipetakan dari layanan MPP ('LAINNYA' bila belum dipetakan).",
      en: "Code of the national service type the site's services map to ('LAINNYA' when not mapped yet).",
    },
    basis: 'none',
  },
  {
    name: 'service_type_name_id',
    type: 'string',
    unit: null,
    description: {
      id: 'Nama jenis layanan nasional (Indonesia).',
      en: 'Name of the service type (Indonesian).',
    },
    basis: 'none',
  },
  {
    name: 'service_type_name_en',
    type: 'string',
    unit: null,
    description: { id: 'Nama jenis layanan nasional (Inggris).', en: 'Name of the service type (English).' },
    basis: 'none',
  },
  {
    name: 'service_type_group',
    type: 'string',
    unit: null,
    description: {
      id: 'Kode kelompok jenis layanan dari daftar nasional (mis. kependudukan, keimigrasian).',
      en: 'Code of the service type’s group in the national list (e.g. kependudukan, keimigrasian).',
    },
    basis: 'none',
  },
  {
    name: 'tickets_issued',
    type: 'integer',
    unit: tickets,
    description: {
      id: 'Nomor antrean yang diambil (di kiosk, loket, atau dari reservasi).',
      en: 'Queue tickets issued (kiosk, desk or booking check-in).',
    },
    basis: 'count',
  },
  {
    name: 'visitors_served',
    type: 'integer',
    unit: people,
    description: { id: 'Pengunjung yang selesai dilayani.', en: 'Visitors whose service was finished.' },
    basis: 'count',
  },
  {
    name: 'no_shows',
    type: 'integer',
    unit: tickets,
    description: {
      id: 'Nomor antrean yang dipanggil tetapi pemiliknya tidak datang.',
      en: 'Tickets called whose holder did not come.',
    },
    basis: 'count',
  },
  {
    name: 'wait_p50_min',
    type: 'integer',
    unit: minutes,
    description: {
      id: 'Median waktu tunggu dari pengambilan nomor sampai dipanggil, menit bulat (peringkat terdekat).',
      en: 'Median wait from ticket issue to call, whole minutes (nearest rank).',
    },
    basis: 'group',
  },
  {
    name: 'wait_p90_min',
    type: 'integer',
    unit: minutes,
    description: {
      id: 'Persentil ke-90 waktu tunggu dari pengambilan nomor sampai dipanggil, menit bulat.',
      en: '90th percentile of the wait from ticket issue to call, whole minutes.',
    },
    basis: 'group',
  },
  {
    name: 'service_p50_min',
    type: 'integer',
    unit: minutes,
    description: {
      id: 'Median lama pelayanan di loket (dari dipanggil sampai selesai), menit bulat.',
      en: 'Median service time at the counter (call to finish), whole minutes.',
    },
    basis: 'group',
  },
  {
    name: 'files_done',
    type: 'integer',
    unit: files,
    description: {
      id: 'Berkas permohonan yang dibuka pada hari itu dan sudah selesai (jadi atau ditolak), kapan pun selesainya.',
      en: 'Application files opened that day and finished since (done or rejected), whenever they finished.',
    },
    basis: 'count',
  },
  {
    name: 'files_on_time',
    type: 'integer',
    unit: files,
    description: {
      id: 'Dari berkas tersebut, yang selesai dalam jangka waktu standar pelayanan.',
      en: "Of those files, the ones finished within the service standard's time.",
    },
    basis: 'count',
  },
  {
    name: 'survey_respondents',
    type: 'integer',
    unit: people,
    description: {
      id: 'Responden SKM yang dilayani pada hari itu.',
      en: 'Satisfaction survey (SKM) respondents served that day.',
    },
    basis: 'count',
  },
  {
    name: 'ikm',
    type: 'number',
    unit: { id: 'indeks 25–100', en: 'index 25–100' },
    description: {
      id: 'Indeks Kepuasan Masyarakat terkonversi (PermenPAN-RB 14/2017, bobot 1/9), 2 desimal; kosong bila ada unsur yang tidak dijawab.',
      en: 'Converted satisfaction index (IKM, PermenPAN-RB 14/2017, weights 1/9), 2 decimals; empty when an element was not answered.',
    },
    basis: 'group',
  },
  {
    name: 'ikm_grade',
    type: 'string',
    unit: null,
    description: {
      id: 'Mutu pelayanan dari IKM: A (sangat baik), B (baik), C (kurang baik), D (tidak baik).',
      en: 'Service grade from the IKM: A (very good), B (good), C (poor), D (bad).',
    },
    basis: 'group',
  },
  {
    name: 'complaints_answered',
    type: 'integer',
    unit: complaints,
    description: {
      id: 'Pengaduan yang diterima pada hari itu dan sudah dijawab.',
      en: 'Complaints received that day and answered since.',
    },
    basis: 'count',
  },
  {
    name: 'complaints_on_time',
    type: 'integer',
    unit: complaints,
    description: {
      id: 'Dari pengaduan tersebut, yang dijawab paling lambat pada batas waktunya.',
      en: 'Of those complaints, the ones answered by their deadline.',
    },
    basis: 'count',
  },
  {
    name: 'quota_services',
    type: 'integer',
    unit: services,
    description: {
      id: 'Layanan jenis ini yang memiliki kuota harian pada hari itu.',
      en: 'Services of this type with a daily quota that day.',
    },
    basis: 'none',
  },
  {
    name: 'quota_out',
    type: 'integer',
    unit: services,
    description: {
      id: 'Dari layanan tersebut, yang kuotanya habis pada hari itu.',
      en: 'Of those services, the ones whose quota ran out that day.',
    },
    basis: 'none',
  },
  {
    name: 'suppressed',
    type: 'string',
    unit: null,
    description: {
      id: 'Nama kolom baris ini yang dikosongkan karena dihitung dari kurang dari 5 orang, dipisah spasi (kosong bila tidak ada; null di JSON).',
      en: 'Names of the columns of this row left empty because they were computed from fewer than 5 people, space-separated (empty when none; null in JSON).',
    },
    basis: 'none',
  },
];
