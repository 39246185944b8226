import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SiteSelect, useSiteChoice } from '../../components/site-choice.tsx';
import { api } from '../../lib/api.ts';
import { useErrorText } from '../../lib/error-text.ts';
import type { AttendanceView } from './types.ts';

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** /kelola/kehadiran — which booths opened on time, which stood empty, who staffed each counter and their breaks. */
export function AttendancePage() {
  const { t } = useTranslation();
  const choice = useSiteChoice();
  const session = choice.session;
  const errorText = useErrorText();
  const [date, setDate] = useState('');
  const site = choice.site?.id ?? null;
  const view = useQuery({
    queryKey: ['attendance', site, date],
    queryFn: () =>
      api<AttendanceView>(
        `/api/floor/sites/${site}/sessions${date ? `?date=${encodeURIComponent(date)}` : ''}`,
      ),
    enabled: site !== null && Boolean(session.data),
    retry: false,
  });
  const data = view.data;
  const local = (iso: string | null) =>
    iso && data
      ? new Date(iso).toLocaleTimeString('en-GB', {
          hour: '2-digit',
          minute: '2-digit',
          timeZone: data.site.timezone,
        })
      : '';
  // The bar of a session on the day's opening hours, as percentages of the width.
  const span = (from: string, to: string | null) => {
    if (!data?.schedule.opens || !data.schedule.closes) return null;
    const open = toMinutes(data.schedule.opens);
    const length = Math.max(1, toMinutes(data.schedule.closes) - open);
    const start = Math.min(100, Math.max(0, ((toMinutes(from) - open) / length) * 100));
    const end = Math.min(
      100,
      Math.max(start, (((to ? toMinutes(to) : length + open) - open) / length) * 100),
    );
    return { left: `${start}%`, width: `${Math.max(0.5, end - start)}%` };
  };
  const counts = { on_time: 0, late: 0, never_opened: 0, site_closed: 0 };
  for (const b of data?.booths ?? []) counts[b.status]++;

  return (
    <section className="attendance">
      <h1>{t('floor.attendance.heading')}</h1>
      <div className="filters">
        <SiteSelect choice={choice} />
        <label>
          {t('floor.attendance.date')}
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
      </div>
      {view.isError && <p role="alert">{errorText(view.error)}</p>}
      {data && (
        <>
          <p>
            {data.schedule.open
              ? t('floor.attendance.hours', {
                  date: data.date,
                  opens: data.schedule.opens,
                  closes: data.schedule.closes,
                })
              : t('floor.attendance.closed', { date: data.date, note: data.schedule.note ?? '' })}
          </p>
          <ul className="attendance-summary">
            {(['on_time', 'late', 'never_opened'] as const).map((s) => (
              <li key={s} className={`attendance-${s}`}>
                <strong>{counts[s]}</strong> {t(`floor.attendance.status.${s}`)}
              </li>
            ))}
          </ul>
          <table className="attendance-table">
            <thead>
              <tr>
                <th scope="col">{t('floor.attendance.booth')}</th>
                <th scope="col">{t('floor.attendance.firstOpened')}</th>
                <th scope="col">{t('floor.attendance.counters')}</th>
              </tr>
            </thead>
            <tbody>
              {data.booths.map((b) => (
                <tr key={b.boothId}>
                  <th scope="row">
                    {b.boothName}
                    <br />
                    <span className={`badge attendance-${b.status}`}>
                      {t(`floor.attendance.status.${b.status}`)}
                      {b.status === 'late' ? ` (+${b.minutesLate} ${t('floor.attendance.min')})` : ''}
                    </span>
                  </th>
                  <td>{b.firstOpenedAt ?? '—'}</td>
                  <td>
                    {data.counters
                      .filter((c) => c.boothId === b.boothId && c.startedAt)
                      .map((c) => {
                        const bar = span(local(c.startedAt), c.endedAt ? local(c.endedAt) : null);
                        return (
                          <div key={`${c.counterId}-${c.startedAt}`} className="attendance-session">
                            <span>
                              {t('floor.console.counterN', { number: c.counterNumber })} · {c.officer} ·{' '}
                              {local(c.startedAt)}–
                              {c.endedAt ? local(c.endedAt) : t('floor.attendance.stillOpen')} ·{' '}
                              {t('floor.attendance.calls', { count: c.calls ?? 0 })}
                              {c.breaks.length > 0 &&
                                ` · ${t('floor.attendance.breaks')}: ${c.breaks
                                  .map(
                                    (br) =>
                                      `${local(br.startedAt)}–${br.endedAt ? local(br.endedAt) : '…'}${br.reason ? ` ${br.reason}` : ''}`,
                                  )
                                  .join(', ')}`}
                            </span>
                            {bar && (
                              <span className="attendance-track" aria-hidden="true">
                                <span className="attendance-bar" style={bar} />
                                {c.breaks.map((br) => {
                                  const pause = span(
                                    local(br.startedAt),
                                    br.endedAt ? local(br.endedAt) : null,
                                  );
                                  return pause ? (
                                    <span key={br.startedAt} className="attendance-break" style={pause} />
                                  ) : null;
                                })}
                              </span>
                            )}
                          </div>
                        );
                      })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
