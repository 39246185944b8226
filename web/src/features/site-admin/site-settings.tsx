import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/page-state.tsx';
import { FieldError, useFormErrors } from '../../components/use-form-errors.tsx';
import { api } from '../../lib/api.ts';
import { HoursEditor } from './hours-editor.tsx';
import type { DayHours, SiteAdminDetail } from './types.ts';

export function useSiteDetail(code: string) {
  return useQuery({
    queryKey: ['site-admin', code],
    queryFn: () => api<SiteAdminDetail>(`/api/sites/${encodeURIComponent(code)}`),
    staleTime: 0,
  });
}

/** /kelola/mpp/:code — opening hours and breaks, closures (holidays), special periods (Ramadan hours). */
export function SiteSettingsPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const site = useSiteDetail(code);
  if (!site.data) return <QueryState query={site} />;
  return (
    <section className="site-admin">
      <h1>{t('siteAdmin.heading', { site: site.data.name })}</h1>
      <p>
        <Link to={`/kelola/mpp/${site.data.code}/loket`}>{t('siteAdmin.boothsLink')}</Link> ·{' '}
        <Link to={`/mpp/${site.data.code}`}>{t('siteAdmin.publicPage')}</Link>
      </p>
      <WeeklyHours site={site.data} />
      <Closures site={site.data} />
      <SpecialPeriods site={site.data} />
    </section>
  );
}

function WeeklyHours({ site }: { site: SiteAdminDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const errors = useFormErrors();
  const [hours, setHours] = useState<DayHours[]>(site.weeklyHours);
  const [saved, setSaved] = useState(false);
  useEffect(() => setHours(site.weeklyHours), [site.weeklyHours]);
  const save = async () => {
    errors.clear();
    setSaved(false);
    try {
      await api(`/api/sites/${site.id}`, { method: 'PATCH', body: { weeklyHours: hours } });
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: ['site-admin', site.code] });
    } catch (e) {
      errors.setError(e);
    }
  };
  return (
    <section>
      <h2>{t('siteAdmin.hours.heading')}</h2>
      <p className="console-help">{t('siteAdmin.hours.help', { timezone: site.timezone })}</p>
      <HoursEditor value={hours} onChange={setHours} fieldError={errors.field} prefix="weeklyHours" />
      {errors.summary && <p role="alert">{errors.summary}</p>}
      {saved && <p role="status">{t('siteAdmin.saved')}</p>}
      <button type="button" onClick={() => void save()}>
        {t('siteAdmin.hours.save')}
      </button>
    </section>
  );
}

function Closures({ site }: { site: SiteAdminDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const errors = useFormErrors();
  const add = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const f = new FormData(form);
    errors.clear();
    try {
      await api(`/api/sites/${site.id}/closures`, {
        method: 'POST',
        body: { date: f.get('date'), reason: f.get('reason') },
      });
      form.reset();
      await queryClient.invalidateQueries({ queryKey: ['site-admin', site.code] });
    } catch (e) {
      errors.setError(e);
    }
  };
  const upcoming = [...site.closures].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <section>
      <h2>{t('siteAdmin.closures.heading')}</h2>
      <ul>
        {upcoming.map((c) => (
          <li key={c.id}>
            {c.date} — {c.reason}
          </li>
        ))}
      </ul>
      <form className="filters" onSubmit={(e) => void add(e)}>
        <label>
          {t('siteAdmin.closures.date')}
          <input name="date" type="date" required />
          <FieldError text={errors.field('date')} />
        </label>
        <label>
          {t('siteAdmin.closures.reason')}
          <input name="reason" required placeholder={t('siteAdmin.closures.reasonExample')} />
          <FieldError text={errors.field('reason')} />
        </label>
        <button type="submit">{t('siteAdmin.closures.add')}</button>
      </form>
      {errors.summary && <p role="alert">{errors.summary}</p>}
    </section>
  );
}

function SpecialPeriods({ site }: { site: SiteAdminDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const errors = useFormErrors();
  const [name, setName] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [hours, setHours] = useState<DayHours[]>(site.weeklyHours);
  const add = async (event: FormEvent) => {
    event.preventDefault();
    errors.clear();
    try {
      await api(`/api/sites/${site.id}/special-periods`, {
        method: 'POST',
        body: { name, startsOn, endsOn, weeklyHours: hours },
      });
      setName('');
      await queryClient.invalidateQueries({ queryKey: ['site-admin', site.code] });
    } catch (e) {
      errors.setError(e);
    }
  };
  return (
    <section>
      <h2>{t('siteAdmin.special.heading')}</h2>
      <ul>
        {site.specialPeriods.map((p) => (
          <li key={p.id}>
            {p.name}: {p.startsOn} – {p.endsOn} (
            {p.weeklyHours
              .map((d) => `${t(`siteAdmin.weekday.${d.weekday}`)} ${d.opens}–${d.closes}`)
              .join(', ')}
            )
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => void add(e)} className="editor">
        <label>
          {t('siteAdmin.special.name')}
          <input value={name} onChange={(e) => setName(e.target.value)} required placeholder="Ramadan" />
          <FieldError text={errors.field('name')} />
        </label>
        <div className="filters">
          <label>
            {t('siteAdmin.special.startsOn')}
            <input type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} required />
            <FieldError text={errors.field('startsOn')} />
          </label>
          <label>
            {t('siteAdmin.special.endsOn')}
            <input type="date" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} required />
            <FieldError text={errors.field('endsOn')} />
          </label>
        </div>
        <HoursEditor value={hours} onChange={setHours} fieldError={errors.field} prefix="weeklyHours" />
        {errors.summary && <p role="alert">{errors.summary}</p>}
        <button type="submit">{t('siteAdmin.special.add')}</button>
      </form>
    </section>
  );
}
