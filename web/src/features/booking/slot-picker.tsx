import { queryOptions, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { useDateFormat } from '../../lib/datetime.ts';
import type { Availability } from './types.ts';

/** A service's open days and slots at a site; also the site's timezone for showing the chosen time. */
export const availabilityQuery = (site: string, serviceId: string) =>
  queryOptions({
    queryKey: ['availability', site, serviceId],
    queryFn: () =>
      api<Availability>(`/api/booking/sites/${encodeURIComponent(site)}/services/${serviceId}/availability`),
    refetchInterval: 15_000,
    staleTime: 0,
  });

/** Day, then time: places left shown live (refreshed every 15 s, the window opening moves fast). */
export function SlotPicker({
  site,
  serviceId,
  onPick,
}: {
  site: string;
  serviceId: string;
  onPick: (slot: { date: string; starts: string }) => void;
}) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const [date, setDate] = useState<string | null>(null);
  const availability = useQuery(availabilityQuery(site, serviceId));
  if (availability.isError) return <p role="alert">{t('booking.unavailable')}</p>;
  if (!availability.data) return <p>{t('booking.loading')}</p>;
  const days = availability.data.days.filter((d) => d.slots.length > 0);
  const day = days.find((d) => d.date === date) ?? null;
  const label = (iso: string) => format.day(iso, { weekday: 'short', day: 'numeric', month: 'short' });
  return (
    <div>
      <h2>{t('booking.chooseDay')}</h2>
      {days.length === 0 && <p>{t('booking.noDays', { opens: availability.data.windowOpensAt })}</p>}
      <div className="phone-grid">
        {days.map((d) => (
          <button
            key={d.date}
            type="button"
            className={`phone-choice${d.date === date ? ' phone-chosen' : ''}`}
            aria-pressed={d.date === date}
            disabled={d.remaining === 0}
            onClick={() => setDate(d.date)}
          >
            <strong>{label(d.date)}</strong>
            <small>{d.remaining === 0 ? t('booking.full') : t('booking.left', { count: d.remaining })}</small>
          </button>
        ))}
      </div>
      {day && (
        <>
          <h2>{t('booking.chooseTime')}</h2>
          <div className="phone-grid">
            {day.slots.map((s) => (
              <button
                key={s.starts}
                type="button"
                className="phone-choice"
                disabled={s.remaining === 0}
                onClick={() => onPick({ date: day.date, starts: s.starts })}
              >
                <strong>{s.starts}</strong>
                <small>
                  {s.remaining === 0 ? t('booking.full') : t('booking.left', { count: s.remaining })}
                </small>
              </button>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
