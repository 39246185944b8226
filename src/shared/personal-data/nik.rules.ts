/**
 * NIK (Nomor Induk Kependudukan, UU 23/2006 as amended): 16 digits `PP KK CC DD MM YY SSSS` — province,
 * regency/city and district of first registration, day of birth (+40 for women), month, two-digit year, and a
 * serial that is never 0000. Only the structure is checked: the registry is the authority on whether a NIK
 * exists, and a NIK is never refused because it disagrees with a stated birth date (NIKs are not re-issued).
 * Pure.
 */

/** The 38 provinces' codes (Kemendagri), including the Papua provinces formed in 2022. */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '21',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '51',
  '52',
  '53',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '72',
  '73',
  '74',
  '75',
  '76',
  '81',
  '82',
  '91',
  '92',
  '93',
  '94',
  '95',
  '96',
]);

export type NikProblem = 'format' | 'province' | 'regency' | 'district' | 'birth_date' | 'serial';

export interface NikParts {
  province: string;
  regency: string;
  district: string;
  female: boolean;
  birthDay: number;
  birthMonth: number;
  birthYearTwoDigits: number;
  serial: string;
}

export const NIK_MESSAGES: Record<NikProblem, { id: string; en: string }> = {
  format: { id: 'NIK harus 16 digit angka.', en: 'A NIK is 16 digits.' },
  province: {
    id: 'Dua digit pertama NIK bukan kode provinsi yang dikenal.',
    en: 'The first two digits of the NIK are not a known province code.',
  },
  regency: {
    id: 'Kode kabupaten/kota pada NIK (digit 3–4) tidak valid.',
    en: 'The regency/city code (digits 3–4) is invalid.',
  },
  district: {
    id: 'Kode kecamatan pada NIK (digit 5–6) tidak valid.',
    en: 'The district code (digits 5–6) is invalid.',
  },
  birth_date: {
    id: 'Tanggal lahir pada NIK (digit 7–12) tidak mungkin. Untuk perempuan tanggal ditambah 40.',
    en: 'The birth date in the NIK (digits 7–12) is impossible. For women the day is increased by 40.',
  },
  serial: {
    id: 'Nomor urut NIK (4 digit terakhir) tidak boleh 0000.',
    en: 'The NIK serial (last 4 digits) cannot be 0000.',
  },
};

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Normalises what people type (spaces, dots, dashes between groups) to the 16 digits. */
export function normaliseNik(input: string): string {
  return input.replace(/[\s.-]/g, '');
}

/** The first structural problem of a NIK, or null when it is well-formed. */
export function nikProblem(input: string): NikProblem | null {
  const nik = normaliseNik(input);
  if (!/^\d{16}$/.test(nik)) return 'format';
  if (!PROVINCE_CODES.has(nik.slice(0, 2))) return 'province';
  if (nik.slice(2, 4) === '00') return 'regency';
  if (nik.slice(4, 6) === '00') return 'district';
  const parts = parseNik(nik);
  const { birthDay: day, birthMonth: month, birthYearTwoDigits: year } = parts;
  if (month < 1 || month > 12 || day < 1) return 'birth_date';
  // 29 February only in a leap year; with two digits, "00" is 2000 (a leap year) and 1900 cannot be told apart.
  const limit = month === 2 && year % 4 !== 0 ? 28 : (DAYS_IN_MONTH[month - 1] ?? 31);
  if (day > limit) return 'birth_date';
  if (parts.serial === '0000') return 'serial';
  return null;
}

export function parseNik(input: string): NikParts {
  const nik = normaliseNik(input);
  const rawDay = Number(nik.slice(6, 8));
  const female = rawDay > 40;
  return {
    province: nik.slice(0, 2),
    regency: nik.slice(2, 4),
    district: nik.slice(4, 6),
    female,
    birthDay: female ? rawDay - 40 : rawDay,
    birthMonth: Number(nik.slice(8, 10)),
    birthYearTwoDigits: Number(nik.slice(10, 12)),
    serial: nik.slice(12, 16),
  };
}

/** "3578********0001": the region (public knowledge) and the serial, never the birth date. */
export function maskNik(nik: string): string {
  const n = normaliseNik(nik);
  return n.length === 16 ? `${n.slice(0, 4)}********${n.slice(12)}` : '****************';
}

/** "0812*****890": enough for a person to recognise their own number, not enough to call it. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 8) return '*'.repeat(digits.length);
  return `${digits.slice(0, 4)}${'*'.repeat(digits.length - 7)}${digits.slice(-3)}`;
}

/** Indonesian mobile numbers as people write them (0812…, +62 812…, 62812…) to one form: 0812…. */
export function normalisePhone(input: string): string | null {
  let digits = input.replace(/[\s().-]/g, '');
  if (digits.startsWith('+62')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('62')) digits = `0${digits.slice(2)}`;
  return /^08\d{7,12}$/.test(digits) ? digits : null;
}

export type PhoneProblem = 'characters' | 'not_mobile' | 'too_short' | 'too_long';

/** The first thing wrong with a mobile number, so the citizen is told which (null: normalisePhone accepts it). */
export function phoneProblem(input: string): PhoneProblem | null {
  if (normalisePhone(input)) return null;
  let digits = input.replace(/[\s().-]/g, '');
  if (!/^\+?\d*$/.test(digits)) return 'characters';
  if (digits.startsWith('+62')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('62')) digits = `0${digits.slice(2)}`;
  if (digits.length >= 2 && !digits.startsWith('08')) return 'not_mobile';
  return digits.length < 9 ? 'too_short' : 'too_long';
}

export const PHONE_MESSAGES: Record<PhoneProblem, { id: string; en: string }> = {
  characters: {
    id: 'Nomor ponsel hanya berisi angka (boleh diawali +62).',
    en: 'A mobile number has digits only (it may start with +62).',
  },
  not_mobile: {
    id: 'Gunakan nomor seluler Indonesia yang diawali 08 atau +62 8, mis. 0812xxxxxxxx.',
    en: 'Use an Indonesian mobile number starting with 08 or +62 8, e.g. 0812xxxxxxxx.',
  },
  too_short: {
    id: 'Nomor ponsel terlalu pendek: 9 sampai 14 digit, mis. 0812xxxxxxxx.',
    en: 'The mobile number is too short: 9 to 14 digits, e.g. 0812xxxxxxxx.',
  },
  too_long: {
    id: 'Nomor ponsel terlalu panjang: 9 sampai 14 digit, mis. 0812xxxxxxxx.',
    en: 'The mobile number is too long: 9 to 14 digits, e.g. 0812xxxxxxxx.',
  },
};
