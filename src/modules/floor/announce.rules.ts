/**
 * What the display board says aloud when it calls a ticket, the Indonesian way: the booth letter, then each
 * digit of the number ("B nol satu tujuh"), then the counter number in words ("loket tiga", "loket dua belas"),
 * then the booth's name. Pure; shared by the server (tests) and the display screen.
 */

const DIGITS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];

/** An integer 0–999,999 in Indonesian words ("dua belas", "seratus dua puluh satu", "seribu"). */
export function indonesianNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) throw new RangeError(`cannot say ${n}`);
  if (n < 10) return DIGITS[n] as string;
  if (n === 10) return 'sepuluh';
  if (n === 11) return 'sebelas';
  if (n < 20) return `${DIGITS[n - 10]} belas`;
  if (n < 100) {
    const rest = n % 10;
    return `${DIGITS[Math.floor(n / 10)]} puluh${rest ? ` ${DIGITS[rest]}` : ''}`;
  }
  if (n < 1000) {
    const hundreds = Math.floor(n / 100);
    const rest = n % 100;
    return `${hundreds === 1 ? 'seratus' : `${DIGITS[hundreds]} ratus`}${rest ? ` ${indonesianNumber(rest)}` : ''}`;
  }
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  return `${thousands === 1 ? 'seribu' : `${indonesianNumber(thousands)} ribu`}${rest ? ` ${indonesianNumber(rest)}` : ''}`;
}

/** "B-017" → "B nol satu tujuh": the prefix as written (the voice says its letter name), digits one by one. */
export function spokenTicketNumber(number: string): string {
  const [prefix = '', digits = ''] = number.split('-');
  const spokenDigits = [...digits].map((d) => DIGITS[Number(d)] ?? d).join(' ');
  return [prefix, spokenDigits].filter(Boolean).join(' ');
}

export interface CallToAnnounce {
  number: string;
  counterNumber: number;
  boothName: string;
}

export function callAnnouncement(call: CallToAnnounce): string {
  const counter = indonesianNumber(call.counterNumber);
  return `Nomor antrean ${spokenTicketNumber(call.number)}, silakan menuju loket ${counter}, ${call.boothName}`;
}
