/**
 * The national demo's service types: how much each is asked for and how long it takes, for the codes of the
 * national reference list (src/modules/catalogue/service-types.data.ts). Only codes on that list are generated, so
 * the generated sites compare with the real ones by the same types.
 */

/** When in the year a type has its peaks (month multipliers, January first). */
export const seasons = {
  flat: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  // New school year (PPDB): family cards, birth certificates, child ID cards, school papers.
  school: [1, 1, 0.95, 0.95, 1.15, 1.6, 1.45, 1, 0.95, 0.95, 0.95, 0.9],
  // School holidays and the Hajj/Umrah season: passports.
  travel: [1.15, 0.95, 0.9, 0.95, 1.2, 1.45, 1.35, 1, 0.9, 0.95, 1.05, 1.25],
  // Recruitment drives (CPNS, BUMN) and job fairs: police records, job-seeker cards.
  jobs: [1, 1.3, 1.35, 1, 0.95, 0.95, 1, 1.35, 1.4, 1, 0.9, 0.85],
  // Annual tax return deadline (March for people, April for companies).
  tax: [1.05, 1.5, 1.9, 1.4, 0.9, 0.85, 0.85, 0.85, 0.85, 0.9, 0.9, 0.9],
  // Budget-year end: permits rushed before December, quiet in January.
  permits: [0.75, 0.9, 1, 1, 1, 1, 1, 1.05, 1.05, 1.1, 1.25, 1.3],
} as const;

export type Season = keyof typeof seasons;

export interface TypeProfile {
  code: string;
  /** Relative daily demand at a site offering it. */
  weight: number;
  /** Mean minutes at the counter. */
  serviceMinutes: number;
  /** How much longer than the site's usual wait this type's queue is. */
  waitFactor: number;
  season: Season;
  /** Chance that a site of each size offers it: [small, medium, large]. */
  offered: [number, number, number];
  /** A daily quota many sites set (KTP-el blanks, passport slots): the day's share of the typical demand. */
  quota?: number;
  /** Files with a standard completion time (permits): the share of served visits that finish a file that day. */
  files?: number;
}

const p = (
  code: string,
  weight: number,
  serviceMinutes: number,
  offered: [number, number, number],
  more: Partial<Omit<TypeProfile, 'code' | 'weight' | 'serviceMinutes' | 'offered'>> = {},
): TypeProfile => ({ code, weight, serviceMinutes, offered, waitFactor: 1, season: 'flat', ...more });

export const typeProfiles: TypeProfile[] = [
  p('KTP_EL', 20, 9, [1, 1, 1], { quota: 1.05, waitFactor: 1.3 }),
  p('KK', 16, 7, [1, 1, 1], { season: 'school' }),
  p('AKTA_LAHIR', 9, 8, [1, 1, 1], { season: 'school' }),
  p('KIA', 5, 5, [0.8, 1, 1], { season: 'school' }),
  p('AKTA_KEMATIAN', 2.5, 7, [0.9, 1, 1]),
  p('AKTA_PERKAWINAN', 1.5, 12, [0.5, 0.8, 1]),
  p('AKTA_PERCERAIAN', 0.6, 12, [0.3, 0.6, 0.9]),
  p('PINDAH_KELUAR', 4, 8, [0.9, 1, 1]),
  p('PINDAH_DATANG', 3.5, 8, [0.9, 1, 1]),
  p('LEGALISASI_ADMINDUK', 3, 4, [0.6, 0.9, 1]),
  p('PASPOR', 8, 14, [0.15, 0.55, 0.95], { season: 'travel', quota: 1, waitFactor: 1.6 }),
  p('SKCK', 9, 10, [0.6, 0.9, 1], { season: 'jobs', waitFactor: 1.2 }),
  p('SIM_BARU', 4, 25, [0.2, 0.5, 0.8], { waitFactor: 1.4 }),
  p('SIM_PERPANJANGAN', 5, 15, [0.3, 0.6, 0.9]),
  p('NIB', 6, 18, [0.8, 1, 1], { files: 0.7, season: 'permits' }),
  p('PBG', 2, 30, [0.5, 0.9, 1], { files: 0.5, season: 'permits', waitFactor: 0.7 }),
  p('SLF', 0.8, 25, [0.3, 0.7, 1], { files: 0.5, season: 'permits', waitFactor: 0.7 }),
  p('PKKPR', 1, 25, [0.4, 0.8, 1], { files: 0.5, season: 'permits', waitFactor: 0.7 }),
  p('TDUP', 0.6, 20, [0.3, 0.6, 0.9], { files: 0.6, season: 'permits' }),
  p('IZIN_REKLAME', 0.7, 15, [0.3, 0.7, 0.9], { files: 0.6, season: 'permits' }),
  p('IZIN_APOTEK', 0.3, 20, [0.3, 0.6, 0.9], { files: 0.6, season: 'permits' }),
  p('IZIN_KLINIK', 0.3, 25, [0.3, 0.6, 0.9], { files: 0.6, season: 'permits' }),
  p('SLHS', 0.5, 15, [0.3, 0.6, 0.9], { files: 0.6 }),
  p('KOPERASI', 0.4, 20, [0.3, 0.5, 0.8], { files: 0.6 }),
  p('KARTU_AK1', 4, 6, [0.6, 0.9, 1], { season: 'jobs' }),
  p('PHI_MEDIASI', 0.4, 40, [0.2, 0.5, 0.8], { waitFactor: 0.5 }),
  p('SKTM', 2, 6, [0.5, 0.8, 0.9]),
  p('KARTU_DISABILITAS', 0.3, 10, [0.2, 0.5, 0.8]),
  p('LEGALISASI_IJAZAH', 2, 4, [0.3, 0.6, 0.8], { season: 'school' }),
  p('MUTASI_SISWA', 0.8, 8, [0.2, 0.5, 0.7], { season: 'school' }),
  p('NPWP', 3, 10, [0.5, 0.8, 1], { season: 'tax' }),
  p('NPWP_BADAN', 1, 15, [0.3, 0.6, 0.9], { season: 'tax' }),
  p('SPT_TAHUNAN', 3, 12, [0.4, 0.7, 1], { season: 'tax', waitFactor: 1.3 }),
  p('NPWPD', 1, 10, [0.5, 0.8, 1], { season: 'tax' }),
  p('PAJAK_DAERAH_BAYAR', 6, 5, [0.8, 1, 1], { season: 'tax' }),
  p('PENGECEKAN_SERTIPIKAT', 2, 12, [0.4, 0.7, 0.9]),
  p('SKPT', 1, 12, [0.3, 0.6, 0.9]),
  p('HAK_TANGGUNGAN', 0.6, 15, [0.2, 0.5, 0.8]),
  p('BPJS_TK_KLAIM_JHT', 5, 15, [0.6, 0.9, 1], { waitFactor: 1.3 }),
  p('TASPEN_OTENTIKASI', 2, 6, [0.5, 0.8, 0.9]),
  p('PLN_PASANG_BARU', 1.5, 10, [0.5, 0.8, 0.9]),
  p('PLN_PERUBAHAN_DAYA', 1, 10, [0.4, 0.7, 0.9]),
  p('PDAM_SAMBUNGAN_BARU', 1, 10, [0.5, 0.7, 0.8]),
  p('PEMBAYARAN_TAGIHAN', 4, 4, [0.6, 0.8, 0.9]),
  p('REKENING_BARU', 2, 12, [0.6, 0.9, 1]),
  p('TABUNGAN_EMAS', 0.8, 10, [0.3, 0.6, 0.8]),
  p('BUKU_NIKAH', 1, 10, [0.3, 0.6, 0.8]),
  p('HAJI_PENDAFTARAN', 1, 20, [0.3, 0.6, 0.9], { season: 'travel' }),
  p('BBN_KB', 3, 12, [0.4, 0.7, 0.9]),
  p('UJI_KIR', 0.8, 10, [0.2, 0.4, 0.6]),
  p('BANTUAN_HUKUM', 0.5, 30, [0.2, 0.5, 0.8], { waitFactor: 0.5 }),
];
