/** Sizes and durations of the link page, in the language on screen (decimal comma in Indonesian). */
export function formatBytes(bytes: number, language: string): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const text = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'id-ID', {
    maximumFractionDigits: digits,
  }).format(value);
  return `${text} ${units[unit]}`;
}

export function formatSeconds(seconds: number, language: string): string {
  const digits = seconds < 10 ? 1 : 0;
  return `${new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: digits }).format(seconds)} s`;
}

export function formatAt(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'id-ID', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(new Date(iso));
}
