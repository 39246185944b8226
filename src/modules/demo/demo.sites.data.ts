import type { Closure, DayHours, SpecialPeriod, timezones } from '../sites/sites.public.ts';
import { demoAgencies, tebingTinggiAgencies } from './demo.agencies.data.ts';
import type { DemoAgency } from './demo.types.ts';

export interface DemoSite {
  /** Short code, unique across sites, e.g. 'SBY'. */
  code: string;
  name: string;
  region: { province: string; city: string };
  address: string;
  timezone: (typeof timezones)[number];
  /** ISO weekdays (1 = Monday); a weekday left out is closed. */
  weeklyHours: DayHours[];
  specialPeriods: SpecialPeriod[];
  closures: Closure[];
  /**
   * Whose agencies run its booths: its own (owned by this site, their codes unique here), or those of another
   * site of the same city (a training room uses the city's agencies).
   */
  agencies: { own: DemoAgency[] } | { of: string };
  /** Agencies with a booth here; undefined means every agency of the catalogue. */
  agencyCodes?: string[];
  /** Services offered here; undefined means every service of the hosted agencies. */
  serviceCodes?: string[];
  /** Floor policy overrides (sites.floor_settings); undefined keeps every default. */
  floorSettings?: { cutoffBeforeClosing?: boolean };
  /** A training floor: no past month of history is generated for it. */
  training?: boolean;
}

const lunch = { starts: '12:00', ends: '13:00', label: 'Istirahat' };
const fridayPrayer = { starts: '11:30', ends: '13:00', label: 'Istirahat Salat Jumat' };
// In Ramadan nobody breaks for lunch; the midday break is only for the Zuhur prayer.
const zuhur = { starts: '12:00', ends: '12:30', label: 'Istirahat Salat Zuhur' };

function weekdays(
  opens: string,
  closes: string,
  friday: { opens: string; closes: string },
  dayBreak = lunch,
): DayHours[] {
  return [
    ...[1, 2, 3, 4].map((weekday) => ({ weekday, opens, closes, breaks: [dayBreak] })),
    { weekday: 5, opens: friday.opens, closes: friday.closes, breaks: [fridayPrayer] },
  ];
}

/**
 * National holidays that fall on an opening day. Only dates fixed by the calendar or already set by the joint
 * ministerial decree are listed; Idulfitri 1448 H follows the government's expected date and may move by a day.
 */
const nationalHolidays: Closure[] = [
  { date: '2026-04-03', reason: 'Wafat Yesus Kristus' },
  { date: '2026-05-01', reason: 'Hari Buruh Internasional' },
  { date: '2026-05-14', reason: 'Kenaikan Yesus Kristus' },
  { date: '2026-06-01', reason: 'Hari Lahir Pancasila' },
  { date: '2026-08-17', reason: 'Hari Kemerdekaan Republik Indonesia' },
  { date: '2026-12-25', reason: 'Hari Raya Natal' },
  { date: '2027-01-01', reason: 'Tahun Baru 2027 Masehi' },
  { date: '2027-03-10', reason: 'Hari Raya Idulfitri 1448 H' },
  { date: '2027-03-11', reason: 'Hari Raya Idulfitri 1448 H' },
];

const surabaya: DemoSite = {
  code: 'SBY',
  name: 'MPP Kota Surabaya (Gedung Siola)',
  region: { province: 'Jawa Timur', city: 'Kota Surabaya' },
  address: 'Jl. Tunjungan No. 1-3, Genteng, Surabaya',
  timezone: 'Asia/Jakarta',
  weeklyHours: [
    ...weekdays('08:00', '15:00', { opens: '08:00', closes: '15:00' }),
    { weekday: 6, opens: '08:00', closes: '12:00', breaks: [] },
  ],
  specialPeriods: [
    {
      name: 'Jam layanan Ramadan 1448 H',
      startsOn: '2027-02-08',
      endsOn: '2027-03-09',
      weeklyHours: [
        ...weekdays('08:00', '14:00', { opens: '08:00', closes: '14:30' }, zuhur),
        { weekday: 6, opens: '08:00', closes: '11:00', breaks: [] },
      ],
    },
  ],
  closures: [...nationalHolidays, { date: '2027-03-12', reason: 'Cuti bersama Idulfitri 1448 H' }],
  agencies: { own: demoAgencies },
};

/** Agencies with a booth at the smaller site: the usual mix of a regency-level MPP. */
const tebingTinggiAgencyCodes = [
  'DISPENDUKCAPIL',
  'DPMPTSP',
  'BAPENDA',
  'DINSOS',
  'DISNAKER',
  'BPJSKES',
  'BPJSTK',
  'PLN',
  'POS',
  'BRI',
  'TASPEN',
];

/** A subset of those agencies' services: a smaller city has fewer licensing cases and no SKTT for foreigners. */
const tebingTinggiServices = [
  'DUKCAPIL-KTP-EL-BARU',
  'DUKCAPIL-KTP-EL-HILANG-RUSAK',
  'DUKCAPIL-KTP-EL-PERUBAHAN',
  'DUKCAPIL-KK-BARU',
  'DUKCAPIL-KK-PERUBAHAN',
  'DUKCAPIL-KK-HILANG-RUSAK',
  'DUKCAPIL-AKTA-KELAHIRAN',
  'DUKCAPIL-AKTA-KEMATIAN',
  'DUKCAPIL-AKTA-PERKAWINAN',
  'DUKCAPIL-AKTA-PERCERAIAN',
  'DUKCAPIL-PINDAH-KELUAR',
  'DUKCAPIL-PINDAH-DATANG',
  'DUKCAPIL-KIA',
  'DUKCAPIL-LEGALISASI',
  'DUKCAPIL-PEMBETULAN-AKTA',
  'DUKCAPIL-AKTIVASI-IKD',
  'DPMPTSP-NIB',
  'DPMPTSP-SERTIFIKAT-STANDAR',
  'DPMPTSP-HELPDESK-OSS',
  'DPMPTSP-PBG',
  'DPMPTSP-SLF',
  'DPMPTSP-REKLAME',
  'DPMPTSP-SIP-DOKTER',
  'DPMPTSP-SIP-BIDAN',
  'DPMPTSP-SIP-PERAWAT',
  'DPMPTSP-SIPA',
  'DPMPTSP-IZIN-APOTEK',
  'DPMPTSP-IZIN-KLINIK',
  'BAPENDA-PBB-MUTASI',
  'BAPENDA-SALINAN-SPPT',
  'BAPENDA-PBB-KEBERATAN',
  'BAPENDA-BPHTB',
  'BAPENDA-NPWPD',
  'DINSOS-DTSEN',
  'DINSOS-SKTM',
  'DINSOS-PBI-JK',
  'DINSOS-PENGADUAN-BANSOS',
  'DISNAKER-AK1',
  'DISNAKER-PP',
  'DISNAKER-PHI',
  'BPJSKES-DAFTAR-MANDIRI',
  'BPJSKES-PERUBAHAN-DATA',
  'BPJSKES-PINDAH-FASKES',
  'BPJSKES-REHAB',
  'BPJSKES-BAYI-BARU-LAHIR',
  'BPJSTK-DAFTAR-BPU',
  'BPJSTK-KLAIM-JHT',
  'BPJSTK-KLAIM-JKM',
  'BPJSTK-KLAIM-JKP',
  'PLN-PASANG-BARU',
  'PLN-TAMBAH-DAYA',
  'PLN-BALIK-NAMA',
  'PLN-PENGADUAN',
  'POS-PAKET',
  'POS-PEMBAYARAN',
  'POS-BANSOS',
  'BRI-BUKA-REKENING',
  'BRI-KUR',
  'BRI-MPN',
  'TASPEN-KLAIM-PENSIUN',
  'TASPEN-OTENTIKASI',
];

const tebingTinggi: DemoSite = {
  code: 'TTG',
  name: 'MPP Kota Tebing Tinggi',
  region: { province: 'Sumatera Utara', city: 'Kota Tebing Tinggi' },
  address: 'Jl. Sutomo, Kecamatan Rambutan, Kota Tebing Tinggi',
  timezone: 'Asia/Jakarta',
  weeklyHours: weekdays('08:00', '16:00', { opens: '08:00', closes: '16:00' }),
  specialPeriods: [
    {
      name: 'Jam layanan Ramadan 1448 H',
      startsOn: '2027-02-08',
      endsOn: '2027-03-09',
      weeklyHours: weekdays('08:00', '15:00', { opens: '08:00', closes: '15:30' }, zuhur),
    },
  ],
  closures: nationalHolidays,
  // Tebing Tinggi's own agencies and services: same codes as Surabaya's, different bodies.
  agencies: { own: tebingTinggiAgencies },
  agencyCodes: tebingTinggiAgencyCodes,
  serviceCodes: tebingTinggiServices,
};

/**
 * A training floor open all day, every day (00:00–23:59, no breaks, no closures): a newcomer can pair a kiosk,
 * take a number and call it from a counter at any hour, while the real demo sites keep real opening hours.
 * No cut-off before closing, so a number taken late in the evening is not refused for want of time.
 */
export const TRAINING_SITE_CODE = 'LATIHAN';
const training: DemoSite = {
  code: TRAINING_SITE_CODE,
  name: 'MPP Latihan (buka 24 jam, untuk uji coba)',
  region: { province: 'Jawa Timur', city: 'Kota Surabaya' },
  address: 'Ruang pelatihan (bukan lokasi layanan sungguhan)',
  timezone: 'Asia/Jakarta',
  weeklyHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
    weekday,
    opens: '00:00',
    closes: '23:59',
    breaks: [],
  })),
  specialPeriods: [],
  closures: [],
  agencies: { of: 'SBY' },
  agencyCodes: ['DISPENDUKCAPIL', 'DPMPTSP', 'BPJSKES'],
  serviceCodes: [
    'DUKCAPIL-KTP-EL-BARU',
    'DUKCAPIL-KTP-EL-HILANG-RUSAK',
    'DUKCAPIL-KK-BARU',
    'DUKCAPIL-KK-PERUBAHAN',
    'DUKCAPIL-AKTA-KELAHIRAN',
    'DUKCAPIL-KIA',
    'DPMPTSP-NIB',
    'DPMPTSP-PBG',
    'DPMPTSP-HELPDESK-OSS',
    'BPJSKES-DAFTAR-MANDIRI',
    'BPJSKES-PERUBAHAN-DATA',
    'BPJSKES-PINDAH-FASKES',
  ],
  floorSettings: { cutoffBeforeClosing: false },
  training: true,
};

export const demoSites: DemoSite[] = [surabaya, tebingTinggi, training];
