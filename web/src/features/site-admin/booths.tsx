import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/page-state.tsx';
import { FieldError, useFormErrors } from '../../components/use-form-errors.tsx';
import { api } from '../../lib/api.ts';
import type { Agency, ServiceList, ServiceSummary } from '../../lib/types.ts';
import { useSiteDetail } from './site-settings.tsx';
import type { SiteAdminDetail } from './types.ts';

type Booth = SiteAdminDetail['booths'][number];
type Counter = Booth['counters'][number];

/** /kelola/mpp/:code/loket — the booths of a site, their counters and the services each counter serves. */
export function BoothsPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const site = useSiteDetail(code);
  if (!site.data) return <QueryState query={site} />;
  return (
    <section className="site-admin">
      <h1>{t('siteAdmin.booths.heading', { site: site.data.name })}</h1>
      <p>
        <Link to={`/kelola/mpp/${site.data.code}`}>{t('siteAdmin.settingsLink')}</Link>
      </p>
      <NewBooth site={site.data} />
      {site.data.booths.map((booth) => (
        <BoothCard key={booth.id} site={site.data} booth={booth} />
      ))}
    </section>
  );
}

function useRefreshSite(code: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['site-admin', code] });
}

function NewBooth({ site }: { site: SiteAdminDetail }) {
  const { t } = useTranslation();
  const refresh = useRefreshSite(site.code);
  const errors = useFormErrors();
  const agencies = useQuery({
    queryKey: ['agencies', 'active'],
    queryFn: () => api<Agency[]>('/api/agencies'),
  });
  const add = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const f = new FormData(form);
    errors.clear();
    try {
      await api(`/api/sites/${site.id}/booths`, {
        method: 'POST',
        body: {
          agencyId: f.get('agencyId'),
          name: f.get('name'),
          zone: f.get('zone'),
          floor: Number(f.get('floor')),
          queuePrefix: f.get('queuePrefix'),
        },
      });
      form.reset();
      await refresh();
    } catch (e) {
      errors.setError(e);
    }
  };
  return (
    <details className="admin-card">
      <summary>{t('siteAdmin.booths.add')}</summary>
      <form className="filters" onSubmit={(e) => void add(e)}>
        <label>
          {t('siteAdmin.booths.agency')}
          <select name="agencyId" required>
            {agencies.data?.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('siteAdmin.booths.name')}
          <input name="name" required />
          <FieldError text={errors.field('name')} />
        </label>
        <label>
          {t('siteAdmin.booths.zone')}
          <input name="zone" />
        </label>
        <label>
          {t('siteAdmin.booths.floor')}
          <input name="floor" type="number" defaultValue={1} />
          <FieldError text={errors.field('floor')} />
        </label>
        <label>
          {t('siteAdmin.booths.prefix')}
          <input name="queuePrefix" required maxLength={2} size={3} />
          <FieldError text={errors.field('queuePrefix')} />
        </label>
        <button type="submit">{t('siteAdmin.booths.create')}</button>
      </form>
      {errors.summary && <p role="alert">{errors.summary}</p>}
    </details>
  );
}

function BoothCard({ site, booth }: { site: SiteAdminDetail; booth: Booth }) {
  const { t } = useTranslation();
  const refresh = useRefreshSite(site.code);
  const errors = useFormErrors();
  const [open, setOpen] = useState(false);
  const services = useQuery({
    queryKey: ['booth-services', site.id, booth.agency.id],
    queryFn: () => api<ServiceList>(`/api/services?limit=200&siteId=${site.id}&agencyId=${booth.agency.id}`),
    enabled: open,
  });
  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    errors.clear();
    try {
      await api(`/api/booths/${booth.id}`, {
        method: 'PATCH',
        body: {
          name: f.get('name'),
          zone: f.get('zone'),
          floor: Number(f.get('floor')),
          queuePrefix: f.get('queuePrefix'),
          active: f.get('active') === 'on',
        },
      });
      await refresh();
    } catch (e) {
      errors.setError(e);
    }
  };
  const nextNumber = Math.max(0, ...booth.counters.map((c) => c.number)) + 1;
  return (
    <details className="admin-card" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <strong>{booth.queuePrefix}</strong> {booth.name} · {booth.zone},{' '}
        {t('siteAdmin.booths.floorN', { floor: booth.floor })} ·{' '}
        {t('site.counters', { count: booth.counters.length })}
        {!booth.active && ` · ${t('siteAdmin.inactive')}`}
      </summary>
      <form className="filters" onSubmit={(e) => void save(e)}>
        <label>
          {t('siteAdmin.booths.name')}
          <input name="name" defaultValue={booth.name} required />
          <FieldError text={errors.field('name')} />
        </label>
        <label>
          {t('siteAdmin.booths.zone')}
          <input name="zone" defaultValue={booth.zone} />
        </label>
        <label>
          {t('siteAdmin.booths.floor')}
          <input name="floor" type="number" defaultValue={booth.floor} />
        </label>
        <label>
          {t('siteAdmin.booths.prefix')}
          <input name="queuePrefix" defaultValue={booth.queuePrefix} maxLength={2} size={3} />
          <FieldError text={errors.field('queuePrefix')} />
        </label>
        <label className="inline-check">
          <input name="active" type="checkbox" defaultChecked={booth.active} /> {t('siteAdmin.active')}
        </label>
        <button type="submit">{t('siteAdmin.save')}</button>
      </form>
      {errors.summary && <p role="alert">{errors.summary}</p>}
      <h3>{t('siteAdmin.counters.heading')}</h3>
      {booth.counters.map((counter) => (
        <CounterForm
          key={counter.id}
          counter={counter}
          services={services.data?.items ?? []}
          onSaved={refresh}
          boothName={booth.name}
        />
      ))}
      <CounterForm
        counter={null}
        defaultNumber={nextNumber}
        boothId={booth.id}
        services={services.data?.items ?? []}
        onSaved={refresh}
        boothName={booth.name}
      />
    </details>
  );
}

function CounterForm({
  counter,
  boothId,
  defaultNumber,
  services,
  onSaved,
  boothName,
}: {
  counter: Counter | null;
  boothId?: string;
  defaultNumber?: number;
  services: ServiceSummary[];
  onSaved: () => Promise<unknown>;
  boothName: string;
}) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const [saved, setSaved] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const f = new FormData(form);
    errors.clear();
    setSaved(false);
    const body = {
      number: Number(f.get('number')),
      label: String(f.get('label') ?? ''),
      serviceIds: f.getAll('serviceIds').map(String),
      ...(counter ? { active: f.get('active') === 'on' } : {}),
    };
    try {
      if (counter) await api(`/api/counters/${counter.id}`, { method: 'PATCH', body });
      else await api(`/api/booths/${boothId}/counters`, { method: 'POST', body });
      if (!counter) form.reset();
      setSaved(true);
      await onSaved();
    } catch (e) {
      errors.setError(e);
    }
  };
  const title = counter
    ? t('floor.console.counterN', { number: counter.number })
    : t('siteAdmin.counters.new');
  return (
    <form className="counter-form" aria-label={`${boothName}: ${title}`} onSubmit={(e) => void submit(e)}>
      <fieldset>
        <legend>{title}</legend>
        <div className="filters">
          <label>
            {t('siteAdmin.counters.number')}
            <input
              name="number"
              type="number"
              min={1}
              defaultValue={counter?.number ?? defaultNumber}
              required
            />
            <FieldError text={errors.field('number')} />
          </label>
          <label>
            {t('siteAdmin.counters.label')}
            <input name="label" defaultValue={counter?.label ?? ''} />
          </label>
          {counter && (
            <label className="inline-check">
              <input name="active" type="checkbox" defaultChecked={counter.active} /> {t('siteAdmin.active')}
            </label>
          )}
        </div>
        <p>{t('siteAdmin.counters.services')}</p>
        <div className="service-checks">
          {services.map((s) => (
            <label key={s.id} className="inline-check">
              <input
                type="checkbox"
                name="serviceIds"
                value={s.id}
                defaultChecked={counter ? counter.serviceIds.includes(s.id) : false}
              />{' '}
              {s.name}
            </label>
          ))}
        </div>
        <FieldError text={errors.field('serviceIds')} />
        {errors.summary && <p role="alert">{errors.summary}</p>}
        {saved && <p role="status">{t('siteAdmin.saved')}</p>}
        <button type="submit">{counter ? t('siteAdmin.save') : t('siteAdmin.counters.add')}</button>
      </fieldset>
    </form>
  );
}
