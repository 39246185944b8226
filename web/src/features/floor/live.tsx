import { useQuery } from '@tanstack/react-query';
import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip } from 'chart.js';
import { useState } from 'react';
import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../components/page-state.tsx';
import { api, isNotFound } from '../../lib/api.ts';
import { SiteClock, useFloorNotice } from './site-clock.tsx';
import type { LiveView } from './types.ts';

ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip, Legend);

/**
 * /mpp/:code/antrian — before leaving home: how busy each booth is now and how many numbers are left today.
 * Polls every 20 s rather than holding a stream: many phones, few changes that matter at this grain.
 */
export function LivePage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const notice = useFloorNotice();
  const [filter, setFilter] = useState('');
  const live = useQuery({
    queryKey: ['live', code],
    queryFn: () => api<LiveView>(`/api/floor/sites/${encodeURIComponent(code)}/live`),
    refetchInterval: 20_000,
    staleTime: 0,
  });
  if (isNotFound(live.error)) return <NotFoundPage />;
  if (live.isError) return <p role="alert">{t('floor.live.unavailable')}</p>;
  if (!live.data) return <p>{t('floor.loading')}</p>;
  const { floor, booths, services } = live.data;
  const banner = notice(floor);
  const busiest = [...booths].sort((a, b) => b.waiting - a.waiting).slice(0, 12);
  const needle = filter.trim().toLowerCase();
  const quota = services
    .filter((s) => s.dailyQuota !== null)
    .filter((s) => !needle || s.name.toLowerCase().includes(needle));
  return (
    <section className="live">
      <h1>{t('floor.live.heading', { site: floor.siteName })}</h1>
      <SiteClock timezone={floor.timezone} />
      <p>
        {floor.opens && floor.closes
          ? t('floor.live.hours', { opens: floor.opens, closes: floor.closes })
          : t('floor.state.closedToday')}
        {banner ? ` · ${banner}` : ''}
      </p>
      <p>
        <Link to={`/mpp/${floor.siteCode}`}>{t('floor.live.sitePage')}</Link>
      </p>
      <h2>{t('floor.live.busiest')}</h2>
      <div className="live-chart">
        <Bar
          aria-label={t('floor.live.chartLabel')}
          role="img"
          data={{
            labels: busiest.map((b) => b.name),
            datasets: [
              {
                label: t('floor.live.waiting'),
                data: busiest.map((b) => b.waiting),
                backgroundColor: '#0b4f8a',
              },
              {
                label: t('floor.live.waitMinutes'),
                data: busiest.map((b) => b.waitMinutes ?? 0),
                backgroundColor: '#e8a200',
              },
            ],
          }}
          options={{ indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false }}
        />
      </div>
      <table>
        <caption>{t('floor.live.boothsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('floor.live.booth')}</th>
            <th scope="col">{t('floor.live.place')}</th>
            <th scope="col">{t('floor.live.waiting')}</th>
            <th scope="col">{t('floor.live.openCounters')}</th>
            <th scope="col">{t('floor.live.waitMinutes')}</th>
          </tr>
        </thead>
        <tbody>
          {booths.map((b) => (
            <tr key={b.id}>
              <th scope="row">
                {b.queuePrefix} · {b.name}
              </th>
              <td>{t('floor.tracking.where', { booth: b.agencyName, zone: b.zone, floor: b.floor })}</td>
              <td>{b.waiting}</td>
              <td>
                {b.openCounters}/{b.counters}
              </td>
              <td>
                {b.waitMinutes === null
                  ? t('floor.tracking.noCounterOpen')
                  : t('floor.tracking.wait', { minutes: b.waitMinutes })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('floor.live.quotaHeading')}</h2>
      <label>
        {t('floor.live.filter')}
        <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </label>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('floor.live.service')}</th>
            <th scope="col">{t('floor.live.quota')}</th>
            <th scope="col">{t('floor.live.remaining')}</th>
          </tr>
        </thead>
        <tbody>
          {quota.map((s) => (
            <tr key={`${s.id}-${s.boothId}`}>
              <td>{s.name}</td>
              <td>{s.dailyQuota}</td>
              <td>{s.remainingToday === 0 ? t('floor.live.soldOut') : s.remainingToday}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
