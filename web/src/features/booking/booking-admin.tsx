import { useQuery, useQueryClient } from '@tanstack/react-query';
import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useState } from 'react';
import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import { scheduleBody } from '../../../../src/modules/booking/booking.schemas.ts';
import { SiteSelect, useSiteChoice } from '../../components/site-choice.tsx';
import { TimeField } from '../../components/time-field.tsx';
import { FieldError, useFormErrors } from '../../components/use-form-errors.tsx';
import { api } from '../../lib/api.ts';
import { checkedBody } from '../../lib/form-check.ts';
import type { ServiceList, SiteSummary } from '../../lib/types.ts';
import { AffectedBookings } from './affected-bookings.tsx';
import type { ScheduleSet, ScheduleView, Stats } from './types.ts';

type Settings = NonNullable<ScheduleView['settings']>;
type Weekday = ScheduleView['weekdays'][number];

ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip, Legend);

/** A service without settings yet starts from the server's defaults (its body schema's). */
const { weekdays: _none, ...DEFAULTS }: Settings & { weekdays: unknown } = scheduleBody.parse({
  weekdays: [],
});

/** /kelola/pemesanan — a site's online booking: each service's schedule and window, and the day's bookings. */
export function BookingAdminPage() {
  const { t } = useTranslation();
  const choice = useSiteChoice();
  const { site, session } = choice;
  if (!session.isLoading && !session.data) return <p>{t('siteAdmin.signIn')}</p>;
  return (
    <section className="site-admin">
      <h1>{t('booking.admin.heading')}</h1>
      <SiteSelect choice={choice} />
      {site && <DayStats site={site} />}
      {site && <AffectedBookings site={site} />}
      {site && <ScheduleEditor site={site} />}
    </section>
  );
}

function DayStats({ site }: { site: SiteSummary }) {
  const { t } = useTranslation();
  const [date, setDate] = useState('');
  const stats = useQuery({
    queryKey: ['booking-stats', site.id, date],
    queryFn: () => api<Stats>(`/api/booking/sites/${site.code}/stats${date ? `?date=${date}` : ''}`),
    refetchInterval: 30_000,
  });
  const data = stats.data;
  return (
    <section>
      <h2>{t('booking.admin.dayHeading')}</h2>
      <label>
        {t('floor.attendance.date')}
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </label>
      {data && (
        <>
          <ul className="attendance-summary">
            <li>
              <strong>{data.totals.booked}</strong> / {data.totals.capacity} {t('booking.admin.booked')}
            </li>
            <li>
              <strong>{data.totals.checkedIn}</strong> {t('booking.admin.checkedIn')}
            </li>
            <li>
              <strong>{Math.round(data.totals.noShowRate * 100)}%</strong> {t('booking.admin.noShowRate')}
            </li>
          </ul>
          {data.slots.length > 0 && (
            <div className="live-chart">
              <Bar
                role="img"
                aria-label={t('booking.admin.chartLabel')}
                data={{
                  labels: data.slots.map((s) => `${s.starts} ${s.serviceName.slice(0, 24)}`),
                  datasets: [
                    {
                      label: t('booking.admin.booked'),
                      data: data.slots.map((s) => s.taken),
                      backgroundColor: '#0b4f8a',
                    },
                    {
                      label: t('booking.admin.free'),
                      data: data.slots.map((s) => s.capacity - s.taken),
                      backgroundColor: '#c9d6e3',
                    },
                  ],
                }}
                options={{
                  responsive: true,
                  maintainAspectRatio: false,
                  animation: false,
                  scales: { x: { stacked: true }, y: { stacked: true } },
                }}
              />
            </div>
          )}
          <table>
            <thead>
              <tr>
                <th scope="col">{t('booking.service')}</th>
                <th scope="col">{t('booking.when')}</th>
                <th scope="col">{t('booking.admin.fill')}</th>
                <th scope="col">{t('booking.admin.checkedIn')}</th>
                <th scope="col">{t('booking.admin.noShows')}</th>
              </tr>
            </thead>
            <tbody>
              {data.slots.map((s) => (
                <tr key={`${s.serviceId}-${s.starts}`}>
                  <td>{s.serviceName}</td>
                  <td>{s.starts}</td>
                  <td>
                    {s.taken}/{s.capacity} ({Math.round(s.fillRate * 100)}%)
                    {s.flagged > 0 && ` · ${t('booking.admin.flagged', { count: s.flagged })}`}
                  </td>
                  <td>{s.checkedIn}</td>
                  <td>{s.noShow}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function ScheduleEditor({ site }: { site: SiteSummary }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // Only the weekdays have their own message spot: the settings' messages (e.g. daysAhead) join the summary.
  const errors = useFormErrors(['weekdays']);
  const [q, setQ] = useState('');
  const [serviceId, setServiceId] = useState<string | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULTS);
  const [days, setDays] = useState<Weekday[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const services = useQuery({
    queryKey: ['services-at', site.id, q],
    queryFn: () =>
      api<ServiceList>(`/api/services?limit=20&siteId=${site.id}${q ? `&q=${encodeURIComponent(q)}` : ''}`),
  });
  const schedule = useQuery({
    queryKey: ['booking-schedule', site.code, serviceId],
    queryFn: () => api<ScheduleView>(`/api/booking/sites/${site.code}/services/${serviceId}/schedule`),
    enabled: serviceId !== null,
  });
  useEffect(() => {
    if (!schedule.data) return;
    setSettings(schedule.data.settings ?? DEFAULTS);
    setDays(schedule.data.weekdays);
  }, [schedule.data]);
  const setDay = (weekday: number, patch: Partial<Weekday> | null) => {
    const rest = days.filter((d) => d.weekday !== weekday);
    const current = days.find((d) => d.weekday === weekday) ?? {
      weekday,
      slotMinutes: 30,
      capacityPerSlot: 4,
      onlineDailyQuota: 40,
    };
    setDays(
      patch === null ? rest : [...rest, { ...current, ...patch }].sort((a, b) => a.weekday - b.weekday),
    );
  };
  const save = async () => {
    errors.clear();
    setSaved(null);
    try {
      const result = await api<ScheduleSet>(
        `/api/booking/sites/${site.code}/services/${serviceId}/schedule`,
        {
          method: 'PUT',
          body: checkedBody(scheduleBody, { ...settings, weekdays: days }),
        },
      );
      setSaved(t('booking.admin.saved', { count: result.flaggedBookings }));
      await queryClient.invalidateQueries({ queryKey: ['booking-stats'] });
    } catch (e) {
      errors.setError(e);
    }
  };
  const num = (v: string) => Number(v || 0);
  return (
    <section>
      <h2>{t('booking.admin.scheduleHeading')}</h2>
      <label>
        {t('booking.admin.findService')}
        <input type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      </label>
      <ul className="plain-list">
        {services.data?.items.map((s) => (
          <li key={s.id}>
            <button type="button" aria-pressed={s.id === serviceId} onClick={() => setServiceId(s.id)}>
              {s.name} · {s.agency.shortName}
            </button>
          </li>
        ))}
      </ul>
      {serviceId && schedule.data && (
        <div className="editor">
          <h3>{schedule.data.service.name}</h3>
          <div className="filters">
            {/* biome-ignore lint/a11y/noLabelWithoutControl: TimeField renders the labelled <input>. */}
            <label>
              {t('booking.admin.opensAt')}
              <TimeField
                value={settings.windowOpensAt}
                onChange={(windowOpensAt) => setSettings({ ...settings, windowOpensAt })}
              />
            </label>
            <label>
              {t('booking.admin.daysAhead')}
              <input
                type="number"
                min={0}
                max={90}
                value={settings.daysAhead}
                onChange={(e) => setSettings({ ...settings, daysAhead: num(e.target.value) })}
              />
            </label>
            <label>
              {t('booking.admin.before')}
              <input
                type="number"
                min={0}
                value={settings.checkinBeforeMinutes}
                onChange={(e) => setSettings({ ...settings, checkinBeforeMinutes: num(e.target.value) })}
              />
            </label>
            <label>
              {t('booking.admin.after')}
              <input
                type="number"
                min={0}
                value={settings.checkinAfterMinutes}
                onChange={(e) => setSettings({ ...settings, checkinAfterMinutes: num(e.target.value) })}
              />
            </label>
            <label>
              {t('booking.admin.weeklyLimit')}
              <input
                type="number"
                min={1}
                value={settings.weeklyLimitPerNik}
                onChange={(e) => setSettings({ ...settings, weeklyLimitPerNik: num(e.target.value) })}
              />
            </label>
            <label>
              {t('booking.admin.policy')}
              <select
                value={settings.outsideWindowPolicy}
                onChange={(e) =>
                  setSettings({
                    ...settings,
                    outsideWindowPolicy: e.target.value as Settings['outsideWindowPolicy'],
                  })
                }
              >
                <option value="refuse">{t('booking.admin.policyRefuse')}</option>
                <option value="walk_in">{t('booking.admin.policyWalkIn')}</option>
              </select>
            </label>
          </div>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('siteAdmin.hours.day')}</th>
                <th scope="col">{t('booking.admin.bookable')}</th>
                <th scope="col">{t('booking.admin.slotMinutes')}</th>
                <th scope="col">{t('booking.admin.capacity')}</th>
                <th scope="col">{t('booking.admin.onlineQuota')}</th>
              </tr>
            </thead>
            <tbody>
              {[1, 2, 3, 4, 5, 6, 7].map((weekday) => {
                const d = days.find((x) => x.weekday === weekday);
                const name = t(`siteAdmin.weekday.${weekday}`);
                return (
                  <tr key={weekday}>
                    <th scope="row">{name}</th>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={t('booking.admin.bookableOn', { day: name })}
                        checked={Boolean(d)}
                        onChange={(e) => setDay(weekday, e.target.checked ? {} : null)}
                      />
                    </td>
                    <td>
                      {d && (
                        <input
                          type="number"
                          min={5}
                          max={240}
                          aria-label={`${name}: ${t('booking.admin.slotMinutes')}`}
                          value={d.slotMinutes}
                          onChange={(e) => setDay(weekday, { slotMinutes: num(e.target.value) })}
                        />
                      )}
                    </td>
                    <td>
                      {d && (
                        <input
                          type="number"
                          min={1}
                          aria-label={`${name}: ${t('booking.admin.capacity')}`}
                          value={d.capacityPerSlot}
                          onChange={(e) => setDay(weekday, { capacityPerSlot: num(e.target.value) })}
                        />
                      )}
                    </td>
                    <td>
                      {d && (
                        <input
                          type="number"
                          min={0}
                          aria-label={`${name}: ${t('booking.admin.onlineQuota')}`}
                          value={d.onlineDailyQuota}
                          onChange={(e) => setDay(weekday, { onlineDailyQuota: num(e.target.value) })}
                        />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <FieldError text={errors.field('weekdays')} />
          {errors.summary && <p role="alert">{errors.summary}</p>}
          {saved && <p role="status">{saved}</p>}
          <button type="button" onClick={() => void save()}>
            {t('siteAdmin.save')}
          </button>
        </div>
      )}
    </section>
  );
}
