import type { z } from 'zod';
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from '../../shared/storable-text.ts';
import { zodIssuesToFieldIssues } from '../../shared/validation.ts';
import {
  type CompletionUnit,
  complaintChannelKinds,
  type ServiceStandard,
  serviceCreateInput,
} from '../catalogue/catalogue.public.ts';

/**
 * The service import template: one row per service, one column per field, the whole standard in flat text
 * (list components one item per line inside the cell). Row 1 holds the Indonesian headers, row 2 an English
 * hint per column (optional on import), data from row 3. Pure: no I/O, no spreadsheet library.
 */

type Bilingual = { id: string; en: string };

const columnKeys = [
  'agencyCode',
  'code',
  'name',
  'category',
  'serviceType',
  'description',
  'keywords',
  'averageServiceMinutes',
  'bookable',
  'dailyQuota',
  'requirements',
  'procedure',
  'completionTimeAmount',
  'completionTimeUnit',
  'feeAmount',
  'feeLegalBasis',
  'feeNote',
  'product',
  'complaintChannels',
  'legalBasis',
  'facilities',
  'implementerCompetence',
  'internalSupervision',
  'implementerCount',
  'serviceGuarantee',
  'securityGuarantee',
  'performanceEvaluation',
  'booths',
] as const;
export type ColumnKey = (typeof columnKeys)[number];

export interface TemplateColumn {
  key: ColumnKey;
  /** Row 1, as shown in the spreadsheet. */
  header: string;
  /** Row 2: the English hint. */
  hint: string;
  /** The column must be present in the header row (its cells may still be validated as required). */
  required: boolean;
  width: number;
  /** The 'Petunjuk' sheet. */
  help: Bilingual;
  /** The filled example row. */
  example: string;
}

const LINE = 'satu per baris (Alt+Enter di Excel)';
const LINE_EN = 'one per line (Alt+Enter in Excel)';

const channelAliases: Record<(typeof complaintChannelKinds)[number], string[]> = {
  sp4n_lapor: ['SP4N-LAPOR', 'sp4n lapor', 'sp4n', 'lapor'],
  phone: ['telepon', 'telp', 'tel', 'phone', 'call center'],
  whatsapp: ['whatsapp', 'wa'],
  email: ['email', 'e-mail', 'surel'],
  website: ['situs', 'situs web', 'website', 'web', 'laman', 'aplikasi'],
  in_person: ['langsung', 'tatap muka', 'in person', 'meja pengaduan'],
  complaint_box: ['kotak pengaduan', 'kotak saran', 'complaint box'],
  social_media: ['media sosial', 'medsos', 'social media'],
};

const unitAliases: Record<CompletionUnit, string[]> = {
  minutes: ['menit', 'minutes', 'minute', 'mnt'],
  hours: ['jam', 'hours', 'hour'],
  working_days: ['hari kerja', 'working days', 'working day', 'hk'],
};

export const serviceColumns: readonly TemplateColumn[] = [
  {
    key: 'agencyCode',
    header: 'Kode instansi',
    hint: 'Agency code (optional)',
    required: false,
    width: 16,
    help: {
      id: 'Opsional. Bila diisi harus sama dengan kode instansi yang dipilih saat impor (kolom ini terisi pada hasil ekspor).',
      en: 'Optional. If filled it must match the agency chosen for the import (exports fill it in).',
    },
    example: '',
  },
  {
    key: 'code',
    header: 'Kode layanan',
    hint: 'Service code (required, A-Z 0-9 -)',
    required: true,
    width: 22,
    help: {
      id: 'Wajib. Huruf A-Z, angka dan tanda hubung, unik di MPP pemilik instansi (MPP lain boleh memakai kode yang sama). Kode yang sudah ada milik instansi ini akan diperbarui; kode milik instansi lain ditolak.',
      en: "Required. Letters A-Z, digits and hyphens, unique at the agency's owning site (another site may use the same code). An existing code of this agency is updated; another agency's code is refused.",
    },
    example: 'CONTOH-KIA',
  },
  {
    key: 'name',
    header: 'Nama layanan',
    hint: 'Service name (required)',
    required: true,
    width: 32,
    help: { id: 'Wajib. 3–200 karakter.', en: 'Required. 3–200 characters.' },
    example: 'Kartu Identitas Anak (KIA)',
  },
  {
    key: 'category',
    header: 'Kategori',
    hint: 'Category (required)',
    required: true,
    width: 18,
    help: {
      id: 'Wajib, misalnya Kependudukan, Perizinan, Pajak Daerah.',
      en: 'Required, e.g. Kependudukan, Perizinan, Pajak Daerah.',
    },
    example: 'Kependudukan',
  },
  {
    key: 'serviceType',
    header: 'Jenis layanan nasional',
    hint: 'National service type code, e.g. KTP_EL',
    required: false,
    width: 20,
    help: {
      id: 'Opsional. Kode jenis layanan dari daftar nasional (lembar "Jenis layanan"), misalnya KTP_EL, PASPOR, NIB: MPP dibandingkan menurut jenis ini. Kosong = tidak berubah (layanan baru: belum dipetakan).',
      en: 'Optional. The service type code from the national list (sheet "Jenis layanan"), e.g. KTP_EL, PASPOR, NIB: sites are compared by it. Empty = unchanged (a new service: not mapped yet).',
    },
    example: 'KIA',
  },
  {
    key: 'description',
    header: 'Deskripsi',
    hint: 'Description',
    required: false,
    width: 40,
    help: {
      id: 'Opsional. Penjelasan singkat untuk warga.',
      en: 'Optional. A short explanation for citizens.',
    },
    example: 'Penerbitan Kartu Identitas Anak untuk anak usia 0–17 tahun yang belum menikah.',
  },
  {
    key: 'keywords',
    header: 'Kata kunci',
    hint: 'Keywords, separated by ;',
    required: false,
    width: 24,
    help: {
      id: 'Opsional. Kata pencarian lain (singkatan, sebutan sehari-hari), dipisahkan titik koma (;).',
      en: 'Optional. Other search words (abbreviations, everyday names), separated by semicolons (;).',
    },
    example: 'kia; kartu anak; identitas anak',
  },
  {
    key: 'averageServiceMinutes',
    header: 'Rata-rata waktu layanan (menit)',
    hint: 'Average service time at the counter (minutes, required)',
    required: true,
    width: 16,
    help: {
      id: 'Wajib. Lama rata-rata melayani satu pemohon di loket, 1–480 menit (dipakai untuk estimasi antrean).',
      en: 'Required. Average time to serve one applicant at the counter, 1–480 minutes (used for queue estimates).',
    },
    example: '10',
  },
  {
    key: 'bookable',
    header: 'Dapat dipesan (Ya/Tidak)',
    hint: 'Bookable online (Ya = yes / Tidak = no)',
    required: false,
    width: 14,
    help: {
      id: 'Ya atau Tidak (kosong = Tidak). Ya: warga dapat memesan antrean daring.',
      en: 'Ya (yes) or Tidak (no); empty = no. Yes: citizens can book online.',
    },
    example: 'Ya',
  },
  {
    key: 'dailyQuota',
    header: 'Kuota harian',
    hint: 'Daily quota (empty = no quota)',
    required: false,
    width: 12,
    help: {
      id: 'Opsional. Jumlah nomor antrean per hari; kosong = tanpa kuota.',
      en: 'Optional. Queue numbers per day; empty = no quota.',
    },
    example: '100',
  },
  {
    key: 'requirements',
    header: 'Persyaratan',
    hint: 'Requirements: Document name | note | wajib/opsional | dokumen/syarat, one per line',
    required: true,
    width: 50,
    help: {
      id: `Wajib, ${LINE}: Nama dokumen | keterangan | wajib/opsional/bersyarat: kapan diperlukan | dokumen/syarat. Bagian setelah nama boleh dikosongkan (bawaan: wajib, dokumen). "syarat" = ketentuan yang bukan dokumen.`,
      en: `Required, ${LINE_EN}: Document name | note | wajib (mandatory)/opsional (optional)/bersyarat: when needed (conditional) | dokumen (document)/syarat (condition). Parts after the name may be left out (default: mandatory, document).`,
    },
    example:
      'Kutipan akta kelahiran anak | asli dan fotokopi | wajib | dokumen\n' +
      'Kartu Keluarga orang tua | asli | wajib | dokumen\n' +
      'Pas foto anak berwarna 2x3 | untuk anak usia 5 tahun ke atas | opsional | dokumen\n' +
      'Anak belum berusia 17 tahun dan belum menikah | | wajib | syarat',
  },
  {
    key: 'procedure',
    header: 'Prosedur',
    hint: 'Procedure: one step per line (step | note)',
    required: true,
    width: 50,
    help: {
      id: `Wajib. Langkah-langkah, ${LINE}. Boleh ditambah keterangan setelah tanda |. Nomor di awal baris (1., 2.) diabaikan.`,
      en: `Required. The steps, ${LINE_EN}. A note may follow a |. Leading numbers (1., 2.) are ignored.`,
    },
    example:
      'Pemohon mengambil nomor antrean\n' +
      'Petugas memverifikasi berkas | berkas tidak lengkap dikembalikan dengan penjelasan\n' +
      'Petugas mencetak KIA\n' +
      'Pemohon menerima KIA',
  },
  {
    key: 'completionTimeAmount',
    header: 'Jangka waktu penyelesaian',
    hint: 'Completion time (number, required)',
    required: true,
    width: 14,
    help: {
      id: 'Wajib. Bilangan bulat, satuannya di kolom berikut.',
      en: 'Required. A whole number; its unit is in the next column.',
    },
    example: '1',
  },
  {
    key: 'completionTimeUnit',
    header: 'Satuan jangka waktu (menit/jam/hari kerja)',
    hint: 'Time unit: menit (minutes) / jam (hours) / hari kerja (working days)',
    required: true,
    width: 16,
    help: {
      id: 'Wajib: menit, jam, atau hari kerja.',
      en: 'Required: menit (minutes), jam (hours) or hari kerja (working days).',
    },
    example: 'jam',
  },
  {
    key: 'feeAmount',
    header: 'Biaya/tarif (Rp, 0 = gratis)',
    hint: 'Fee in rupiah (0 = free, required)',
    required: true,
    width: 14,
    help: {
      id: 'Wajib. Rupiah tanpa desimal, misalnya 50000 atau 50.000; 0 atau "gratis" berarti tidak dipungut biaya.',
      en: 'Required. Whole rupiah, e.g. 50000 or 50.000; 0 or "gratis" means free of charge.',
    },
    example: '0',
  },
  {
    key: 'feeLegalBasis',
    header: 'Dasar hukum biaya',
    hint: 'Legal basis of the fee',
    required: false,
    width: 30,
    help: {
      id: 'Opsional. Peraturan yang menetapkan tarif atau pembebasannya.',
      en: 'Optional. The regulation that sets the fee or waives it.',
    },
    example: 'Pasal 79A Undang-Undang Nomor 24 Tahun 2013',
  },
  {
    key: 'feeNote',
    header: 'Keterangan biaya',
    hint: 'Fee note',
    required: false,
    width: 24,
    help: { id: 'Opsional. Misalnya cara pembayaran.', en: 'Optional, e.g. how to pay.' },
    example: '',
  },
  {
    key: 'product',
    header: 'Produk layanan',
    hint: 'Service product (required)',
    required: true,
    width: 28,
    help: { id: 'Wajib. Hasil yang diterima pemohon.', en: 'Required. What the applicant receives.' },
    example: 'Kartu Identitas Anak',
  },
  {
    key: 'complaintChannels',
    header: 'Penanganan pengaduan',
    hint: 'Complaint channels: kind: value, one per line',
    required: true,
    width: 40,
    help: {
      id: `Wajib, ${LINE}: jenis: nilai. Jenis: ${Object.values(channelAliases)
        .map((a) => a[0])
        .join(', ')}.`,
      en: `Required, ${LINE_EN}: kind: value. Kinds: SP4N-LAPOR, telepon (phone), whatsapp, email, situs (website), langsung (in person), kotak pengaduan (complaint box), media sosial (social media).`,
    },
    example: 'SP4N-LAPOR: www.lapor.go.id\nwhatsapp: 0811-0000-0000\nlangsung: Meja pengaduan MPP',
  },
  {
    key: 'legalBasis',
    header: 'Dasar hukum',
    hint: 'Legal basis, one per line',
    required: true,
    width: 40,
    help: { id: `Wajib. Peraturan, ${LINE}.`, en: `Required. Regulations, ${LINE_EN}.` },
    example:
      'Undang-Undang Nomor 24 Tahun 2013 tentang Administrasi Kependudukan\n' +
      'Peraturan Menteri Dalam Negeri Nomor 2 Tahun 2016 tentang Kartu Identitas Anak',
  },
  {
    key: 'facilities',
    header: 'Sarana dan prasarana',
    hint: 'Facilities, one per line',
    required: true,
    width: 36,
    help: {
      id: `Wajib, ${LINE}, termasuk fasilitas bagi kelompok rentan.`,
      en: `Required, ${LINE_EN}, including facilities for vulnerable groups.`,
    },
    example:
      'Ruang tunggu ber-AC\nLoket prioritas bagi penyandang disabilitas, lansia dan ibu hamil\nPrinter kartu',
  },
  {
    key: 'implementerCompetence',
    header: 'Kompetensi pelaksana',
    hint: 'Implementer competence, one per line',
    required: true,
    width: 36,
    help: { id: `Wajib, ${LINE}.`, en: `Required, ${LINE_EN}.` },
    example: 'Pendidikan minimal SMA/SMK\nTelah mengikuti bimbingan teknis SIAK',
  },
  {
    key: 'internalSupervision',
    header: 'Pengawasan internal',
    hint: 'Internal supervision (required)',
    required: true,
    width: 30,
    help: { id: 'Wajib.', en: 'Required.' },
    example: 'Pengawasan melekat oleh kepala bidang; audit berkala oleh Inspektorat Daerah',
  },
  {
    key: 'implementerCount',
    header: 'Jumlah pelaksana',
    hint: 'Number of implementers (required)',
    required: true,
    width: 12,
    help: { id: 'Wajib. Bilangan bulat positif.', en: 'Required. A positive whole number.' },
    example: '4',
  },
  {
    key: 'serviceGuarantee',
    header: 'Jaminan pelayanan',
    hint: 'Service guarantee (required)',
    required: true,
    width: 30,
    help: {
      id: 'Wajib. Misalnya isi maklumat pelayanan.',
      en: 'Required, e.g. the service pledge (maklumat pelayanan).',
    },
    example: 'Layanan diberikan sesuai standar pelayanan dan maklumat pelayanan',
  },
  {
    key: 'securityGuarantee',
    header: 'Jaminan keamanan dan keselamatan pelayanan',
    hint: 'Security and safety guarantee (required)',
    required: true,
    width: 30,
    help: { id: 'Wajib.', en: 'Required.' },
    example: 'Data pribadi dilindungi sesuai UU 27/2022',
  },
  {
    key: 'performanceEvaluation',
    header: 'Evaluasi kinerja pelaksana',
    hint: 'Implementer performance evaluation (required)',
    required: true,
    width: 30,
    help: { id: 'Wajib.', en: 'Required.' },
    example: 'Survei Kepuasan Masyarakat setiap semester',
  },
  {
    key: 'booths',
    header: 'Gerai (huruf antrean)',
    hint: 'Booths: queue prefixes separated by ; (optional)',
    required: false,
    width: 18,
    help: {
      id: 'Opsional. Huruf antrean gerai instansi tempat layanan ditawarkan, dipisahkan titik koma. "A" = gerai berhuruf A di MPP Anda (atau di MPP mana pun bila akun Anda tidak terikat MPP); "SBY:A" = gerai A di MPP berkode SBY. Gerai ditambahkan, tidak dihapus; kosong = tidak berubah.',
      en: 'Optional. Queue prefixes of the agency\'s booths offering the service, separated by semicolons. "A" = the booth with prefix A at your site (or at any site if your account has none); "SBY:A" = booth A at site SBY. Booths are added, never removed; empty = unchanged.',
    },
    example: 'A',
  },
];

export const columnByKey: Readonly<Record<ColumnKey, TemplateColumn>> = Object.fromEntries(
  serviceColumns.map((c) => [c.key, c]),
) as Record<ColumnKey, TemplateColumn>;

/** The example row's code: the importer refuses it, so a forgotten example never becomes a service. */
export const EXAMPLE_CODE = 'CONTOH-KIA';

export type RowCells = Readonly<Partial<Record<ColumnKey, string>>>;

export interface RowIssue {
  /** The column's header as shown in the spreadsheet. */
  column: string;
  /** Dotted field path, e.g. 'standard.requirements.2.name'. */
  field: string;
  message: Bilingual;
}

export interface BoothRef {
  /** Site code when written 'SBY:A', else null (resolved at the uploader's site or any site of the agency). */
  siteCode: string | null;
  prefix: string;
}

const serviceRowSchema = serviceCreateInput.omit({ agencyId: true, boothIds: true, effectiveFrom: true });
type ImportedService = z.infer<typeof serviceRowSchema>;

export interface ParsedServiceRow {
  agencyCode: string | null;
  service: ImportedService;
  booths: BoothRef[];
}

export type RowResult = { ok: ParsedServiceRow } | { errors: RowIssue[] };

// ---------- small readers ----------

function norm(value: string): string {
  return value
    .toLowerCase()
    .replace(/[!*_]/g, ' ')
    .replace(/[-\s]+/g, ' ')
    .trim();
}

/** Header text without a trailing '(…)' explanation, normalised. */
function headerKey(value: string): string {
  return norm(value.replace(/\([^)]*\)\s*$/, ''));
}

function lines(cell: string): string[] {
  return cell
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/^\s*(?:[-•*·]|\d{1,3}[.)])\s+/, '').trim())
    .filter((l) => l.length > 0);
}

const issue = (key: ColumnKey, field: string, id: string, en: string): RowIssue => ({
  column: columnByKey[key].header,
  field,
  message: { id, en },
});

/** Whole number, tolerating Indonesian thousands separators (50.000) and 'Rp'. undefined when empty. */
export function parseWholeNumber(cell: string): number | undefined | 'invalid' {
  const s = cell.replace(/^rp\.?/i, '').replace(/\s+/g, '');
  if (s === '') return undefined;
  if (/^-?\d+$/.test(s)) return Number(s);
  if (/^\d{1,3}(\.\d{3})+(,0+)?$/.test(s)) return Number(s.replace(/,0+$/, '').replaceAll('.', ''));
  if (/^\d+(,0+|\.0+)$/.test(s)) return Number(s.replace(/[.,]0+$/, ''));
  return 'invalid';
}

function wholeNumber(cells: RowCells, key: ColumnKey, field: string, issues: RowIssue[]): number | undefined {
  const n = parseWholeNumber(cells[key] ?? '');
  if (n === 'invalid') {
    issues.push(issue(key, field, 'Harus bilangan bulat, misalnya 15.', 'Must be a whole number, e.g. 15.'));
    return undefined;
  }
  return n;
}

const yes = new Set(['ya', 'y', 'yes', 'true', '1', 'bisa', 'dapat']);
const no = new Set(['tidak', 't', 'no', 'n', 'false', '0', 'tidak bisa', 'tidak dapat', '']);

function parseUnit(value: string): CompletionUnit | undefined {
  const v = norm(value);
  for (const [unit, aliases] of Object.entries(unitAliases) as [CompletionUnit, string[]][]) {
    if (v === unit.replace('_', ' ') || aliases.some((a) => norm(a) === v)) return unit;
  }
  return undefined;
}

function parseChannelKind(value: string): (typeof complaintChannelKinds)[number] | undefined {
  const v = norm(value);
  for (const kind of complaintChannelKinds) {
    if (v === norm(kind) || channelAliases[kind].some((a) => norm(a) === v)) return kind;
  }
  return undefined;
}

const itemLabel = (i: number) => ({ id: `Isian ke-${i + 1}`, en: `Item ${i + 1}` });

// ---------- the row ----------

/**
 * One spreadsheet row (cells keyed by column, as text) → the service it describes, or every problem found,
 * each naming its column. The agency and the booths' ids are resolved by the importer.
 */
export function parseServiceRow(cells: RowCells): RowResult {
  const issues: RowIssue[] = [];
  // A NUL or a broken character in a cell cannot be stored: name the cells, read nothing else of the row.
  for (const [key, cell] of Object.entries(cells) as [ColumnKey, string | undefined][]) {
    if (cell !== undefined && !isStorableText(cell)) {
      issues.push(issue(key, key, UNSTORABLE_TEXT_MESSAGE.id, UNSTORABLE_TEXT_MESSAGE.en));
    }
  }
  if (issues.length > 0) return { errors: issues };
  const text = (key: ColumnKey) => (cells[key] ?? '').trim();
  // An empty cell is a missing value, so the schema says 'required' rather than 'at least 3 characters'.
  const value = (key: ColumnKey) => text(key) || undefined;

  // bookable
  const bookableText = norm(text('bookable'));
  let bookable = false;
  if (yes.has(bookableText)) bookable = true;
  else if (!no.has(bookableText))
    issues.push(issue('bookable', 'bookable', 'Isi Ya atau Tidak.', 'Use Ya (yes) or Tidak (no).'));

  // requirements
  const requirements = lines(text('requirements')).map((line, i) => {
    const parts = line.split('|').map((p) => p.trim());
    const [name = '', description = '', mandatoryText = '', kindText = ''] = parts;
    const label = itemLabel(i);
    const field = `standard.requirements.${i}`;
    if (parts.length > 4) {
      issues.push(
        issue(
          'requirements',
          field,
          `${label.id}: terlalu banyak tanda |. Format: Nama dokumen | keterangan | wajib/opsional | dokumen/syarat.`,
          `${label.en}: too many | separators. Format: Document name | note | wajib/opsional | dokumen/syarat.`,
        ),
      );
    }
    const m = norm(mandatoryText);
    // "bersyarat: jika dikuasakan" — needed only in the case named (a conditional requirement).
    const conditional = /^(?:bersyarat|conditional)\s*:\s*(.+)$/i.exec(mandatoryText);
    let mandatory = true;
    let condition: string | undefined;
    if (conditional?.[1]) {
      mandatory = false;
      condition = conditional[1].trim();
    } else if (['opsional', 'optional', 'tidak wajib', 'tidak'].includes(m)) mandatory = false;
    else if (!['', 'wajib', 'mandatory', 'required', 'ya'].includes(m)) {
      issues.push(
        issue(
          'requirements',
          `${field}.mandatory`,
          `${label.id}: bagian ketiga harus "wajib", "opsional" atau "bersyarat: <kapan diperlukan>".`,
          `${label.en}: the third part must be "wajib" (mandatory), "opsional" (optional) or "bersyarat: <when needed>" (conditional).`,
        ),
      );
    }
    const k = norm(kindText);
    let isDocument = true;
    if (['syarat', 'ketentuan', 'condition', 'bukan dokumen'].includes(k)) isDocument = false;
    else if (!['', 'dokumen', 'document', 'berkas'].includes(k)) {
      issues.push(
        issue(
          'requirements',
          `${field}.isDocument`,
          `${label.id}: bagian keempat harus "dokumen" atau "syarat".`,
          `${label.en}: the fourth part must be "dokumen" (document) or "syarat" (condition).`,
        ),
      );
    }
    return { name, description, mandatory, isDocument, ...(condition ? { condition } : {}) };
  });

  // procedure
  const procedure = lines(text('procedure')).map((line, i) => {
    const [title = '', ...rest] = line.split('|').map((p) => p.trim());
    if (rest.length > 1) {
      const label = itemLabel(i);
      issues.push(
        issue(
          'procedure',
          `standard.procedure.${i}`,
          `${label.id}: paling banyak satu tanda | (langkah | keterangan).`,
          `${label.en}: at most one | (step | note).`,
        ),
      );
    }
    return { title, description: rest.join(' ') };
  });

  // completion time: the amount cell may also hold '14 hari kerja' when the unit cell is empty
  let amountText = text('completionTimeAmount');
  let unitText = text('completionTimeUnit');
  const combined = /^(\d+)\s+(\D.*)$/.exec(amountText);
  if (combined && unitText === '') {
    amountText = combined[1] ?? '';
    unitText = combined[2] ?? '';
  }
  const amount = wholeNumber(
    { completionTimeAmount: amountText },
    'completionTimeAmount',
    'standard.completionTime.amount',
    issues,
  );
  let unit: CompletionUnit | undefined;
  if (unitText !== '') {
    unit = parseUnit(unitText);
    if (!unit) {
      issues.push(
        issue(
          'completionTimeUnit',
          'standard.completionTime.unit',
          `Satuan "${unitText}" tidak dikenal. Pilihan: menit, jam, hari kerja.`,
          `Unknown unit "${unitText}". Options: menit (minutes), jam (hours), hari kerja (working days).`,
        ),
      );
    }
  }

  // fee
  let feeAmount: number | undefined;
  const feeText = norm(text('feeAmount'));
  if (['gratis', 'free', 'tidak dipungut biaya', 'tanpa biaya', 'nihil'].includes(feeText)) feeAmount = 0;
  else if (feeText === '') {
    issues.push(
      issue('feeAmount', 'standard.fee.amount', 'Wajib diisi (0 = gratis).', 'Required (0 = free).'),
    );
  } else feeAmount = wholeNumber(cells, 'feeAmount', 'standard.fee.amount', issues);

  // complaint channels
  const complaintChannels = lines(text('complaintChannels')).map((line, i) => {
    const colon = line.indexOf(':');
    const label = itemLabel(i);
    const kind = colon > 0 ? parseChannelKind(line.slice(0, colon)) : undefined;
    if (!kind) {
      issues.push(
        issue(
          'complaintChannels',
          `standard.complaintChannels.${i}.kind`,
          `${label.id}: tulis "jenis: nilai"; jenis salah satu dari ${Object.values(channelAliases)
            .map((a) => a[0])
            .join(', ')}.`,
          `${label.en}: write "kind: value"; kind one of SP4N-LAPOR, telepon, whatsapp, email, situs, langsung, kotak pengaduan, media sosial.`,
        ),
      );
    }
    return { kind: kind ?? 'in_person', value: colon > 0 ? line.slice(colon + 1).trim() : line };
  });

  // booths
  const booths: BoothRef[] = [];
  for (const part of text('booths').split(/[;,\n]/)) {
    const p = part.trim().toUpperCase();
    if (p === '') continue;
    const m = /^(?:([A-Z0-9]{2,12})\s*:\s*)?([A-Z]{1,2})$/.exec(p);
    if (!m?.[2]) {
      issues.push(
        issue(
          'booths',
          'booths',
          `"${part.trim()}" bukan huruf antrean gerai (misalnya A atau SBY:A).`,
          `"${part.trim()}" is not a booth queue prefix (e.g. A or SBY:A).`,
        ),
      );
      continue;
    }
    booths.push({ siteCode: m[1] ?? null, prefix: m[2] });
  }

  const candidate = {
    code: value('code'),
    name: value('name'),
    category: value('category'),
    serviceTypeCode: value('serviceType') ?? null,
    description: value('description'),
    keywords: text('keywords')
      .split(/[;\n]/)
      .map((k) => k.trim())
      .filter(Boolean),
    averageServiceMinutes: wholeNumber(cells, 'averageServiceMinutes', 'averageServiceMinutes', issues),
    bookable,
    dailyQuota: wholeNumber(cells, 'dailyQuota', 'dailyQuota', issues) ?? null,
    standard: {
      requirements,
      procedure,
      completionTime: { amount, unit },
      fee: {
        amount: feeAmount,
        isFree: feeAmount === 0,
        legalBasis: value('feeLegalBasis'),
        note: value('feeNote'),
      },
      product: value('product'),
      complaintChannels,
      legalBasis: lines(text('legalBasis')).map((title) => ({ title })),
      facilities: lines(text('facilities')),
      implementerCompetence: lines(text('implementerCompetence')),
      internalSupervision: value('internalSupervision'),
      implementerCount: wholeNumber(cells, 'implementerCount', 'standard.implementerCount', issues),
      serviceGuarantee: value('serviceGuarantee'),
      securityGuarantee: value('securityGuarantee'),
      performanceEvaluation: value('performanceEvaluation'),
    },
  };

  const parsed = serviceRowSchema.safeParse(candidate);
  if (!parsed.success) {
    // A field already reported by the readers above is not reported again by the schema.
    const reported = issues.map((i) => i.field);
    for (const [n, fieldIssue] of zodIssuesToFieldIssues(parsed.error.issues).entries()) {
      if (reported.some((f) => fieldIssue.field === f || fieldIssue.field.startsWith(`${f}.`))) continue;
      const path = parsed.error.issues[n]?.path ?? [];
      const key = columnOfPath(path);
      const column = columnByKey[key].header;
      const index = typeof path[2] === 'number' && isListColumn(key) ? path[2] : undefined;
      const label = index === undefined ? null : itemLabel(index);
      issues.push({
        column,
        field: fieldIssue.field,
        message: label
          ? { id: `${label.id}: ${fieldIssue.message.id}`, en: `${label.en}: ${fieldIssue.message.en}` }
          : fieldIssue.message,
      });
    }
  }
  if (issues.length > 0 || !parsed.success) return { errors: issues };
  const agencyCode = text('agencyCode').toUpperCase();
  return { ok: { agencyCode: agencyCode === '' ? null : agencyCode, service: parsed.data, booths } };
}

const listColumns = new Set<ColumnKey>([
  'requirements',
  'procedure',
  'complaintChannels',
  'legalBasis',
  'facilities',
  'implementerCompetence',
]);
function isListColumn(key: ColumnKey): boolean {
  return listColumns.has(key);
}

/** Which column a schema path comes from. */
function columnOfPath(path: readonly PropertyKey[]): ColumnKey {
  const [first, second, third] = path.map(String);
  if (first === 'serviceTypeCode') return 'serviceType';
  if (first !== 'standard')
    return (columnKeys as readonly string[]).includes(first ?? '') ? (first as ColumnKey) : 'code';
  switch (second) {
    case 'completionTime':
      return third === 'unit' ? 'completionTimeUnit' : 'completionTimeAmount';
    case 'fee':
      return third === 'legalBasis' ? 'feeLegalBasis' : third === 'note' ? 'feeNote' : 'feeAmount';
    default:
      return (columnKeys as readonly string[]).includes(second ?? '')
        ? (second as ColumnKey)
        : 'requirements';
  }
}

// ---------- the header ----------

export type HeaderResult = { ok: (ColumnKey | null)[] } | { errors: RowIssue[] };

/**
 * The header row → which column each cell position holds (null: a column we do not know, ignored). Headers
 * match in Indonesian, by their English hint or by field key, ignoring case and a trailing '(…)'.
 */
export function mapHeader(headerCells: readonly string[]): HeaderResult {
  const lookup = new Map<string, ColumnKey>();
  for (const c of serviceColumns) {
    for (const name of [c.header, c.hint, c.key]) {
      lookup.set(norm(name), c.key);
      lookup.set(headerKey(name), c.key);
    }
  }
  const errors: RowIssue[] = [];
  const seen = new Set<ColumnKey>();
  const positions = headerCells.map((cell) => {
    const key = lookup.get(norm(cell)) ?? lookup.get(headerKey(cell)) ?? null;
    if (key && seen.has(key)) {
      errors.push({
        column: cell.trim(),
        field: key,
        message: { id: 'Kolom ini muncul dua kali.', en: 'This column appears twice.' },
      });
      return null;
    }
    if (key) seen.add(key);
    return key;
  });
  for (const c of serviceColumns) {
    if (c.required && !seen.has(c.key)) {
      errors.push({
        column: c.header,
        field: c.key,
        message: {
          id: 'Kolom tidak ditemukan di baris judul. Gunakan templat.',
          en: 'Column missing from the header row. Use the template.',
        },
      });
    }
  }
  return errors.length > 0 ? { errors } : { ok: positions };
}

/** Cells of one row by column, from its position list. */
export function cellsByColumn(positions: readonly (ColumnKey | null)[], values: readonly string[]): RowCells {
  const cells: Partial<Record<ColumnKey, string>> = {};
  positions.forEach((key, i) => {
    if (key) cells[key] = values[i] ?? '';
  });
  return cells;
}

/** Row 2 of the template (English hints): skipped on import. */
export function isHintRow(cells: RowCells): boolean {
  let filled = 0;
  let hints = 0;
  for (const c of serviceColumns) {
    const v = (cells[c.key] ?? '').trim();
    if (v === '') continue;
    filled++;
    if (norm(v) === norm(c.hint)) hints++;
  }
  return filled > 0 && hints * 2 >= filled;
}

export function isBlankRow(cells: RowCells): boolean {
  return Object.values(cells).every((v) => (v ?? '').trim() === '');
}

// ---------- writing a row (export, example) ----------

export interface ServiceForRow {
  agencyCode: string | null;
  code: string;
  name: string;
  category: string;
  serviceTypeCode: string | null;
  description: string;
  keywords: string[];
  averageServiceMinutes: number;
  bookable: boolean;
  dailyQuota: number | null;
  standard: ServiceStandard;
  booths: BoothRef[];
}

const unitLabel: Record<CompletionUnit, string> = {
  minutes: 'menit',
  hours: 'jam',
  working_days: 'hari kerja',
};

/** The inverse of parseServiceRow: a service in template cells, so an export re-imports as it was. */
export function serviceToCells(s: ServiceForRow): Record<ColumnKey, string> {
  const st = s.standard;
  const oneLine = (v: string) => v.replace(/\s*[\r\n|]+\s*/g, ' ').trim();
  return {
    agencyCode: s.agencyCode ?? '',
    code: s.code,
    name: s.name,
    category: s.category,
    serviceType: s.serviceTypeCode ?? '',
    description: s.description,
    keywords: s.keywords.join('; '),
    averageServiceMinutes: String(s.averageServiceMinutes),
    bookable: s.bookable ? 'Ya' : 'Tidak',
    dailyQuota: s.dailyQuota === null ? '' : String(s.dailyQuota),
    requirements: st.requirements
      .map((r) =>
        [
          oneLine(r.name),
          oneLine(r.description),
          r.condition ? `bersyarat: ${oneLine(r.condition)}` : r.mandatory ? 'wajib' : 'opsional',
          r.isDocument ? 'dokumen' : 'syarat',
        ].join(' | '),
      )
      .join('\n'),
    procedure: st.procedure
      .map((p) => (p.description ? `${oneLine(p.title)} | ${oneLine(p.description)}` : oneLine(p.title)))
      .join('\n'),
    completionTimeAmount: String(st.completionTime.amount),
    completionTimeUnit: unitLabel[st.completionTime.unit],
    feeAmount: String(st.fee.amount),
    feeLegalBasis: st.fee.legalBasis,
    feeNote: st.fee.note,
    product: st.product,
    complaintChannels: st.complaintChannels
      .map((c) => `${channelAliases[c.kind][0]}: ${c.value.replace(/\s*[\r\n]+\s*/g, ' ')}`)
      .join('\n'),
    legalBasis: st.legalBasis.map((l) => oneLine(l.title)).join('\n'),
    facilities: st.facilities.map(oneLine).join('\n'),
    implementerCompetence: st.implementerCompetence.map(oneLine).join('\n'),
    internalSupervision: st.internalSupervision,
    implementerCount: String(st.implementerCount),
    serviceGuarantee: st.serviceGuarantee,
    securityGuarantee: st.securityGuarantee,
    performanceEvaluation: st.performanceEvaluation,
    booths: s.booths.map((b) => (b.siteCode ? `${b.siteCode}:${b.prefix}` : b.prefix)).join('; '),
  };
}

export function exampleCells(): Record<ColumnKey, string> {
  return Object.fromEntries(serviceColumns.map((c) => [c.key, c.example])) as Record<ColumnKey, string>;
}

export function hintCells(): Record<ColumnKey, string> {
  return Object.fromEntries(serviceColumns.map((c) => [c.key, c.hint])) as Record<ColumnKey, string>;
}

// ---------- booths ----------

export interface BoothOption {
  id: string;
  siteId: string;
  siteCode: string;
  prefix: string;
}

export interface Uploader {
  /** The uploader's site: a plain prefix names the agency's booth there. Null: any site of the agency. */
  siteId: string | null;
  /** A site manager may only offer services at booths of their own site. */
  onlyOwnSite: boolean;
}

/** A row's booth references → booth ids among the agency's booths, or why one cannot be used. */
export function resolveBoothRefs(
  refs: readonly BoothRef[],
  booths: readonly BoothOption[],
  uploader: Uploader,
): { ids: string[]; issues: RowIssue[] } {
  const ids = new Set<string>();
  const issues: RowIssue[] = [];
  for (const ref of refs) {
    const written = ref.siteCode ? `${ref.siteCode}:${ref.prefix}` : ref.prefix;
    const matches = booths.filter(
      (b) =>
        b.prefix === ref.prefix &&
        (ref.siteCode
          ? b.siteCode === ref.siteCode
          : uploader.siteId === null || b.siteId === uploader.siteId),
    );
    if (matches.length === 0) {
      const where = ref.siteCode
        ? { id: `di MPP ${ref.siteCode}`, en: `at site ${ref.siteCode}` }
        : uploader.siteId
          ? { id: 'di MPP Anda', en: 'at your site' }
          : { id: 'di MPP mana pun', en: 'at any site' };
      issues.push(
        issue(
          'booths',
          'booths',
          `Instansi ini tidak memiliki gerai berhuruf antrean ${written} ${where.id}.`,
          `This agency has no booth with queue prefix ${written} ${where.en}.`,
        ),
      );
      continue;
    }
    if (uploader.onlyOwnSite && matches.some((b) => b.siteId !== uploader.siteId)) {
      issues.push(
        issue(
          'booths',
          'booths',
          `Gerai ${written} berada di luar MPP Anda.`,
          `Booth ${written} is outside your site.`,
        ),
      );
      continue;
    }
    for (const b of matches) ids.add(b.id);
  }
  return { ids: [...ids], issues };
}
