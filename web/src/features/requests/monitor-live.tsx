import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { requestEventTypes } from '../../../../src/shared/events/event-types.ts';
import { SiteSelect, useSiteChoice } from '../../components/site-choice.tsx';
import { api } from '../../lib/api.ts';
import { useErrorText } from '../../lib/error-text.ts';
import { useFileFormat } from '../../lib/file-format.ts';
import { useDebounced } from '../../lib/use-floor-stream.ts';
import type { AttentionRow } from './types.ts';

/** "13 hari 16 jam": how long ago the deadline passed, or how long is left. */
function useSpan() {
  const { t } = useTranslation();
  return (ms: number) => {
    const minutes = Math.round(Math.abs(ms) / 60_000);
    if (minutes >= 1440)
      return t('application.live.spanDays', {
        d: Math.floor(minutes / 1440),
        h: Math.floor((minutes % 1440) / 60),
      });
    if (minutes >= 60)
      return t('application.live.spanHours', { h: Math.floor(minutes / 60), m: minutes % 60 });
    return t('application.live.spanMinutes', { m: minutes });
  };
}

/**
 * /kelola/monitor/langsung — open files at risk or late. A file changing anywhere on the site arrives over the
 * event stream and the list is fetched again; time passing is counted here, second by second, so a file turns
 * late on screen the moment its deadline passes.
 */
export function MonitorLivePage() {
  const { t, i18n } = useTranslation();
  const f = useFileFormat();
  const span = useSpan();
  const errorText = useErrorText();
  const choice = useSiteChoice();
  const { site, session } = choice;
  const list = useQuery({
    queryKey: ['attention', site?.code],
    queryFn: () =>
      api<AttentionRow[]>(`/api/monitor/sites/${site?.code}/attention?which=attention&limit=500`),
    enabled: Boolean(site && session.data),
    refetchInterval: 60_000,
    staleTime: 0,
  });
  const refetch = useDebounced(() => void list.refetch(), 300);
  useEffect(() => {
    if (!site || !session.data) return;
    const source = new EventSource(`/api/monitor/sites/${site.code}/stream`);
    for (const type of requestEventTypes) source.addEventListener(type, () => refetch());
    return () => source.close();
  }, [site, session.data, refetch]);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  if (!session.isLoading && !session.data)
    return <Link to="/masuk?next=/kelola/monitor/langsung">{t('application.signInFirst')}</Link>;
  const rows = list.data ?? [];
  const late = rows.filter((r) => Date.parse(r.dueAt) < now);
  const locale = i18n.language === 'en' ? 'en-GB' : 'id-ID';
  return (
    <section className="monitor-live">
      <h1>{t('application.live.heading')}</h1>
      <p>{t('application.live.intro')}</p>
      <SiteSelect choice={choice} />
      {list.isError && <p role="alert">{errorText(list.error)}</p>}
      <p aria-live="polite" data-testid="live-count">
        {t('application.live.count', { late: late.length, risk: rows.length - late.length })}
        {list.dataUpdatedAt
          ? ` · ${t('application.live.updated', { time: new Date(list.dataUpdatedAt).toLocaleTimeString(locale) })}`
          : ''}
      </p>
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('application.col.code')}</th>
            <th>{t('application.col.agency')}</th>
            <th>{t('application.col.service')}</th>
            <th>{t('application.col.state')}</th>
            <th>{t('application.col.due')}</th>
            <th>{t('application.col.sla')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const left = Date.parse(r.dueAt) - now;
            return (
              <tr key={r.id} className={left < 0 ? 'row-late' : 'row-risk'}>
                <td className="file-code">{r.code}</td>
                <td>{r.agency}</td>
                <td>{r.service}</td>
                <td>{f.stepLabel(r.state)}</td>
                <td>{f.dateTime(r.dueAt, site?.timezone)}</td>
                <td>
                  <span className={`sla sla-${left < 0 ? 'late' : 'at_risk'}`}>
                    {left < 0
                      ? t('application.live.overdueBy', { time: span(left) })
                      : t('application.live.dueIn', { time: span(left) })}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
