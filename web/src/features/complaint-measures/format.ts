import { useTranslation } from 'react-i18next';

/** Figures as the reader writes them: Indonesian "1.234" and "2,5", English "1,234" and "2.5"; shares as percent. */
export function useFigures() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'id-ID';
  return {
    int: (n: number) => n.toLocaleString(locale),
    dec: (n: number | null) => (n === null ? '—' : n.toLocaleString(locale, { maximumFractionDigits: 2 })),
    /** A month given as YYYY-MM: "Okt 2026" / "Oct 2026". */
    month: (ym: string) =>
      new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${ym.slice(0, 7)}-01T00:00:00Z`),
      ),
    pct: (share: number | null) =>
      share === null ? '—' : `${(share * 100).toLocaleString(locale, { maximumFractionDigits: 1 })}%`,
  };
}

/** The quarter (or year) around a day, as site-local from–to; the quarter to date by default. */
export function quickPeriod(kind: 'quarter' | 'lastQuarter' | 'year', today: string) {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const pad = (n: number) => String(n).padStart(2, '0');
  if (kind === 'year') return { from: `${year}-01-01`, to: today };
  let q = Math.floor((month - 1) / 3);
  let y = year;
  if (kind === 'lastQuarter') {
    q -= 1;
    if (q < 0) {
      q = 3;
      y -= 1;
    }
  }
  const from = `${y}-${pad(q * 3 + 1)}-01`;
  if (kind === 'quarter') return { from, to: today };
  const end = new Date(Date.UTC(y, q * 3 + 3, 0)).toISOString().slice(0, 10);
  return { from, to: end };
}
