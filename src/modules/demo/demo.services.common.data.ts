import type { CompletionUnit, ServiceStandardInput } from '../catalogue/catalogue.public.ts';
import type { DemoService } from './demo.types.ts';

/**
 * Building blocks shared by the hand-written service files (demo.services.<area>.data.ts). The published
 * components of a standard (requirements, procedure, time, fee, product) are written per service; the
 * management components come from one profile per agency, as they do in a real agency's standard document.
 */

export const demoCategories = [
  'Kependudukan',
  'Perizinan Berusaha',
  'Perizinan Non-Berusaha',
  'Kepolisian',
  'Keimigrasian',
  'Perpajakan',
  'Pajak Daerah',
  'Jaminan Sosial',
  'Utilitas',
  'Kendaraan Bermotor',
  'Pertanahan',
  'Perbankan dan Keuangan',
  'Kesehatan',
  'Sosial',
  'Ketenagakerjaan',
  'Keagamaan',
  'Perhubungan',
  'Perdagangan',
  'Koperasi dan UMKM',
  'Lingkungan Hidup',
  'Pendidikan',
  'Hukum dan Peradilan',
  'Pos dan Telekomunikasi',
] as const;

export type DemoCategory = (typeof demoCategories)[number];

type Requirement = ServiceStandardInput['requirements'][number];
type Channel = ServiceStandardInput['complaintChannels'][number];
type Fee = ServiceStandardInput['fee'];

/** A document the citizen brings. */
export function doc(name: string, description = '', mandatory = true): Requirement {
  return { name, description, isDocument: true, mandatory };
}

/** A document needed only in some cases (explained in the description). */
export function optDoc(name: string, description: string): Requirement {
  return doc(name, description, false);
}

/** A condition the applicant must meet, not a paper (e.g. age, residence). */
export function cond(name: string, description = ''): Requirement {
  return { name, description, isDocument: false, mandatory: true };
}

export function free(legalBasis: string, note = ''): Fee {
  return { amount: 0, isFree: true, legalBasis, note };
}

export function paid(amount: number, legalBasis: string, note = ''): Fee {
  return { amount, isFree: false, legalBasis, note };
}

// Channels every MPP booth offers besides its own.
export const laporChannel: Channel = { kind: 'sp4n_lapor', value: 'SP4N-LAPOR! www.lapor.go.id, SMS 1708' };
export const mppDeskChannel: Channel = {
  kind: 'in_person',
  value: 'Meja Informasi dan Pengaduan Mal Pelayanan Publik (dekat pintu masuk utama)',
};
export const boxChannel: Channel = {
  kind: 'complaint_box',
  value: 'Kotak saran dan pengaduan di setiap gerai',
};

/** The management components of a standard, written once per agency. */
export interface AgencyProfile {
  complaintChannels: Channel[];
  facilities: string[];
  implementerCompetence: string[];
  internalSupervision: string;
  implementerCount: number;
  serviceGuarantee: string;
  securityGuarantee: string;
  performanceEvaluation: string;
}

/** Facilities of the MPP building itself, listed in every booth's standard. */
export const mppFacilities = [
  'Ruang tunggu ber-AC dengan kursi dan layar panggil antrean',
  'Loket prioritas bagi penyandang disabilitas, lanjut usia, ibu hamil dan ibu dengan anak',
  'Jalur pemandu, ramp dan kursi roda; toilet ramah disabilitas',
  'Ruang laktasi dan area bermain anak',
];

export interface ServiceSpec {
  code: string;
  name: string;
  category: DemoCategory;
  description: string;
  keywords: string[];
  minutes: number;
  bookable?: boolean;
  quota?: number | null;
  requirements: Requirement[];
  /** Ordered steps as [title, description]. */
  procedure: [string, string][];
  time: [number, CompletionUnit];
  fee: Fee;
  product: string;
  legalBasis: string[];
  /** Facilities specific to this service, added to the agency's. */
  facilities?: string[];
  implementerCount?: number;
}

export function defineServices(
  agencyCode: string,
  profile: AgencyProfile,
  specs: ServiceSpec[],
): DemoService[] {
  return specs.map((s) => ({
    code: s.code,
    agencyCode,
    name: s.name,
    category: s.category,
    description: s.description,
    keywords: s.keywords,
    averageServiceMinutes: s.minutes,
    bookable: s.bookable ?? false,
    dailyQuota: s.quota ?? null,
    standard: {
      requirements: s.requirements,
      procedure: s.procedure.map(([title, description]) => ({ title, description })),
      completionTime: { amount: s.time[0], unit: s.time[1] },
      fee: s.fee,
      product: s.product,
      complaintChannels: profile.complaintChannels,
      legalBasis: s.legalBasis.map((title) => ({ title })),
      facilities: [...profile.facilities, ...(s.facilities ?? [])],
      implementerCompetence: profile.implementerCompetence,
      internalSupervision: profile.internalSupervision,
      implementerCount: s.implementerCount ?? profile.implementerCount,
      serviceGuarantee: profile.serviceGuarantee,
      securityGuarantee: profile.securityGuarantee,
      performanceEvaluation: profile.performanceEvaluation,
    },
  }));
}

// Regulations cited across agencies.
export const UU_PELAYANAN_PUBLIK = 'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik';
export const UU_CIPTA_KERJA =
  'Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Perppu ' +
  'Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang';
export const PP_PBBR =
  'Peraturan Pemerintah Nomor 28 Tahun 2025 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko';
export const UU_HKPD =
  'Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah';
export const PP_KUPDRD =
  'Peraturan Pemerintah Nomor 35 Tahun 2023 tentang Ketentuan Umum Pajak Daerah dan Retribusi Daerah';
export const PERDA_PDRD_SBY =
  'Peraturan Daerah Kota Surabaya Nomor 7 Tahun 2023 tentang Pajak Daerah dan Retribusi Daerah';
export const UU_PDP = 'Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi';
export const POJK_PELINDUNGAN_KONSUMEN =
  'Peraturan OJK Nomor 22 Tahun 2023 tentang Pelindungan Konsumen dan Masyarakat di Sektor Jasa Keuangan';
export const POJK_APU_PPT =
  'Peraturan OJK Nomor 8 Tahun 2023 tentang Penerapan Program Anti Pencucian Uang, Pencegahan Pendanaan Terorisme, ' +
  'dan Pencegahan Pendanaan Proliferasi Senjata Pemusnah Massal di Sektor Jasa Keuangan';
export const UU_P2SK = 'Undang-Undang Nomor 4 Tahun 2023 tentang Pengembangan dan Penguatan Sektor Keuangan';
export const PERMENKO_KUR =
  'Peraturan Menteri Koordinator Bidang Perekonomian Nomor 1 ' +
  'Tahun 2023 tentang Pedoman Pelaksanaan Kredit Usaha Rakyat';

/** City-government channels: LAPOR!, the city's complaint app and command centre, and the MPP desk. */
const cityChannels: Channel[] = [
  laporChannel,
  { kind: 'website', value: 'Aplikasi WargaKu Surabaya (wargaku.surabaya.go.id)' },
  { kind: 'phone', value: 'Command Center 112 (bebas pulsa, 24 jam)' },
  mppDeskChannel,
  boxChannel,
];

export interface OpdProfileInput {
  /** The agency as named in its pledge, e.g. 'Dinas Lingkungan Hidup'. */
  agency: string;
  /** Who supervises the booth day to day, e.g. 'Kepala Bidang Tata Lingkungan'. */
  supervisor: string;
  implementerCount: number;
  facilities: string[];
  competence: string[];
  /** What the pledge promises beyond the time limit, e.g. 'pemberitahuan melalui surel bila berkas kurang'. */
  promise: string;
  channels?: Channel[];
}

/** Management components of a regional agency (OPD): same shape, the agency's own people and promise. */
export function opdProfile(input: OpdProfileInput): AgencyProfile {
  return {
    complaintChannels: input.channels ?? cityChannels,
    facilities: [...mppFacilities, ...input.facilities],
    implementerCompetence: input.competence,
    internalSupervision:
      `Pengawasan melekat oleh ${input.supervisor} ${input.agency} terhadap petugas gerai; ` +
      'pemantauan berkas melalui ' +
      'aplikasi perizinan/pelayanan; pemeriksaan berkala oleh Inspektorat Daerah.',
    implementerCount: input.implementerCount,
    serviceGuarantee:
      `Maklumat Pelayanan ${input.agency}: pelayanan sesuai standar, waktu dan biaya yang diumumkan; ` +
      `${input.promise}.`,
    securityGuarantee:
      'Berkas pemohon disimpan dalam sistem elektronik dengan hak akses terbatas; data pribadi dilindungi sesuai ' +
      'UU 27/2022; produk layanan ditandatangani elektronik (TTE) dan dapat diverifikasi dengan kode QR.',
    performanceEvaluation:
      'Survei Kepuasan Masyarakat setiap semester sesuai PermenPAN-RB 14/2017; evaluasi kepatuhan waktu layanan ' +
      'bulanan; evaluasi kinerja pegawai (SKP) setiap triwulan.',
  };
}
