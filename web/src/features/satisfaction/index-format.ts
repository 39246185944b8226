import { useTranslation } from 'react-i18next';

/**
 * Figures as the reader writes them: Indonesian "4.033" and "81,50", English "4,033" and "81.50". The server sends
 * its rounded figures as text (two decimals, half-up: ikm.rules.ts); only the separator changes here.
 */
export function useIndexFormat() {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  return {
    int: (n: number) => n.toLocaleString(english ? 'en-GB' : 'id-ID'),
    dec: (text: string | null) => (text === null ? '—' : english ? text : text.replace('.', ',')),
  };
}
