import type { InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "8", "830", "8.30", "08:30" → "08:30" (Indonesians write 08.30); anything else is left as typed for the
 * pattern and the server to refuse.
 */
function normaliseTime(text: string): string {
  const m = /^\s*(\d{1,2})(?:[:.]?(\d{2}))?\s*$/.exec(text);
  if (!m) return text;
  const hours = Number(m[1]);
  const minutes = Number(m[2] ?? '0');
  if (hours > 23 || minutes > 59) return text;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/**
 * A 24-hour time field ("08:00", "14:30"). `<input type="time">` follows the browser's locale, and Chromium
 * shows "08:00 AM" to staff whose browser is in English (or has no locale) whatever the page's language; an
 * MPP's hours are always written on the 24-hour clock.
 */
export function TimeField({
  value,
  onChange,
  ...rest
}: { value: string; onChange: (value: string) => void } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange' | 'type'
>) {
  const { t } = useTranslation();
  return (
    <input
      {...rest}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      className={`time-field${rest.className ? ` ${rest.className}` : ''}`}
      placeholder="08:00"
      pattern="([01][0-9]|2[0-3])[:.][0-5][0-9]"
      title={t('timeField.hint')}
      maxLength={5}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onBlur={(e) => {
        const normal = normaliseTime(e.target.value);
        if (normal !== e.target.value) onChange(normal);
        rest.onBlur?.(e);
      }}
    />
  );
}
