import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The time and date in the site's own timezone (WIB/WITA/WIT), not the device's. */
export function SiteClock({ timezone, withSeconds = false }: { timezone: string; withSeconds?: boolean }) {
  const { i18n } = useTranslation();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(timer);
  }, []);
  const locale = i18n.language === 'en' ? 'en-GB' : 'id-ID';
  const time = new Intl.DateTimeFormat(locale, {
    timeZone: timezone,
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
  }).format(now);
  const date = new Intl.DateTimeFormat(locale, {
    timeZone: timezone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(now);
  return (
    <div className="site-clock">
      <time className="site-clock-time">{time}</time>
      <span className="site-clock-date">{date}</span>
    </div>
  );
}

/** "Closed", "Break until 13:00", … as one line for banners, or null when the floor is simply open. */
export function useFloorNotice() {
  const { t } = useTranslation();
  return (floor: {
    state: string;
    breakLabel: string | null;
    breakEnds: string | null;
    opens: string | null;
    note: string | null;
  }) => {
    if (floor.state === 'on_break')
      return t('floor.state.onBreak', { label: floor.breakLabel ?? '', ends: floor.breakEnds ?? '' });
    if (floor.state === 'closed_today')
      return floor.note
        ? t('floor.state.closedTodayNote', { note: floor.note })
        : t('floor.state.closedToday');
    if (floor.state === 'not_yet_open') return t('floor.state.notYetOpen', { opens: floor.opens ?? '' });
    if (floor.state === 'closed_for_day') return t('floor.state.closedForDay');
    return null;
  };
}
