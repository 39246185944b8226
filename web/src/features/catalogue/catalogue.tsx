import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useSession } from '../../components/layout.tsx';
import { QueryState } from '../../components/page-state.tsx';
import { api, formatRupiah } from '../../lib/api.ts';
import { useDateFormat } from '../../lib/datetime.ts';
import type { ServiceDetail, ServiceList, SiteDetail, SiteSummary, Standard } from '../../lib/types.ts';
import type { Categories, VersionList } from './types.ts';

function useDuration() {
  const { t } = useTranslation();
  return (c: { amount: number; unit: string }) => t(`time.${c.unit}`, { count: c.amount });
}
function useFee() {
  const { t } = useTranslation();
  return (f: { amount: number; isFree: boolean }) => (f.isFree ? t('fee.free') : formatRupiah(f.amount));
}

export function Home() {
  const { t } = useTranslation();
  const categories = useQuery({
    queryKey: ['categories'],
    queryFn: () => api<Categories>('/api/categories'),
  });
  const sites = useQuery({ queryKey: ['sites'], queryFn: () => api<SiteSummary[]>('/api/sites') });
  return (
    <>
      <h1>{t('home.heading')}</h1>
      <form action="/layanan" className="search">
        <label htmlFor="home-q">{t('search.label')}</label>
        <input id="home-q" name="q" type="search" placeholder={t('search.placeholder')} />
        <button type="submit">{t('search.label')}</button>
      </form>
      <h2>{t('home.categories')}</h2>
      <ul className="chips">
        {categories.data?.map((c) => (
          <li key={c.category}>
            <Link to={`/layanan?category=${encodeURIComponent(c.category)}`}>
              {c.category} ({c.count})
            </Link>
          </li>
        ))}
      </ul>
      <h2>{t('home.sites')}</h2>
      <ul className="cards">
        {sites.data?.map((s) => (
          <li key={s.id}>
            <Link to={`/mpp/${s.code}`}>{s.name}</Link>
            <p>
              {s.address} · {s.city}, {s.province}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

export function Catalogue() {
  const { t } = useTranslation();
  const duration = useDuration();
  const fee = useFee();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  useEffect(() => {
    const timer = setTimeout(() => {
      const next = new URLSearchParams(params);
      if (text) next.set('q', text);
      else next.delete('q');
      if (next.toString() !== params.toString()) setParams(next, { replace: true });
    }, 250);
    return () => clearTimeout(timer);
  }, [text, params, setParams]);
  const query = params.toString();
  const results = useQuery({
    queryKey: ['services', query],
    queryFn: () => api<ServiceList>(`/api/services?limit=50&${query}`),
  });
  const categories = useQuery({
    queryKey: ['categories'],
    queryFn: () => api<Categories>('/api/categories'),
  });
  const sites = useQuery({ queryKey: ['sites'], queryFn: () => api<SiteSummary[]>('/api/sites') });
  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return (
    <>
      <h1>{t('nav.services')}</h1>
      <div className="filters">
        <label>
          {t('search.label')}
          <input
            type="search"
            value={text}
            placeholder={t('search.placeholder')}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <label>
          {t('filter.category')}
          <select
            value={params.get('category') ?? ''}
            onChange={(e) => setFilter('category', e.target.value)}
          >
            <option value="">{t('filter.all')}</option>
            {categories.data?.map((c) => (
              <option key={c.category} value={c.category}>
                {c.category}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filter.site')}
          <select value={params.get('siteId') ?? ''} onChange={(e) => setFilter('siteId', e.target.value)}>
            <option value="">{t('filter.all')}</option>
            {sites.data?.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p aria-live="polite">
        {results.data ? t('search.results', { count: results.data.total }) : t('loading')}
      </p>
      {results.data?.items.length === 0 && <p>{t('search.none')}</p>}
      <ul className="results">
        {results.data?.items.map((s) => (
          <li key={s.id}>
            <Link to={`/layanan/${s.id}`}>{s.name}</Link>
            <span>
              {s.agency.shortName} · {duration(s.completionTime)} · {fee(s.fee)}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

function StandardView({ s }: { s: Standard }) {
  const { t } = useTranslation();
  const duration = useDuration();
  const fee = useFee();
  return (
    <>
      <h2>{t('service.delivery')}</h2>
      <h3>{t('service.requirements')}</h3>
      <ul>
        {s.requirements.map((r) => (
          <li key={r.name}>
            {r.name} (
            {r.condition
              ? `${t('standardEditor.requirement.needs.conditional')}: ${r.condition}`
              : r.mandatory
                ? t('service.mandatory')
                : t('service.optional')}
            , {r.isDocument ? t('service.document') : t('service.condition')})
            {r.description ? ` — ${r.description}` : ''}
          </li>
        ))}
      </ul>
      <h3>{t('service.procedure')}</h3>
      <ol>
        {s.procedure.map((p) => (
          <li key={p.title}>
            {p.title}
            {p.description ? ` — ${p.description}` : ''}
          </li>
        ))}
      </ol>
      <h3>{t('service.completionTime')}</h3>
      <p>{duration(s.completionTime)}</p>
      <h3>{t('service.fee')}</h3>
      <p>
        {fee(s.fee)}
        {s.fee.legalBasis ? ` — ${s.fee.legalBasis}` : ''}
      </p>
      <h3>{t('service.product')}</h3>
      <p>{s.product}</p>
      <h3>{t('service.complaints')}</h3>
      <ul>
        {s.complaintChannels.map((c) => (
          <li key={`${c.kind}-${c.value}`}>{c.value}</li>
        ))}
      </ul>
      <h2>{t('service.management')}</h2>
      <h3>{t('service.legalBasis')}</h3>
      <ul>
        {s.legalBasis.map((l) => (
          <li key={l.title}>{l.title}</li>
        ))}
      </ul>
      <h3>{t('service.facilities')}</h3>
      <ul>
        {s.facilities.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
      <h3>{t('service.competence')}</h3>
      <ul>
        {s.implementerCompetence.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <h3>{t('service.supervision')}</h3>
      <p>{s.internalSupervision}</p>
      <h3>{t('service.implementers')}</h3>
      <p>{s.implementerCount}</p>
      <h3>{t('service.guarantee')}</h3>
      <p>{s.serviceGuarantee}</p>
      <h3>{t('service.security')}</h3>
      <p>{s.securityGuarantee}</p>
      <h3>{t('service.evaluation')}</h3>
      <p>{s.performanceEvaluation}</p>
    </>
  );
}

export function ServicePage() {
  const { t, i18n } = useTranslation();
  const format = useDateFormat();
  const session = useSession();
  const { id = '' } = useParams();
  const service = useQuery({
    queryKey: ['service', id],
    queryFn: () => api<ServiceDetail>(`/api/services/${id}`),
  });
  const history = useQuery({
    queryKey: ['service', id, 'versions'],
    queryFn: () => api<VersionList>(`/api/services/${id}/versions`),
  });
  if (!service.data) return <QueryState query={service} />;
  const s = service.data;
  return (
    <article className="standard">
      <p>
        <Link to={`/instansi/${s.agency.id}`}>{s.agency.name}</Link>
      </p>
      <h1>{s.name}</h1>
      <p>
        {t('service.version', { version: s.standard.version, date: format.day(s.standard.effectiveFrom) })}
      </p>
      {/* Staff see which national type the service is (what the national view compares it by). */}
      {session.data?.user && (
        <p>
          {s.serviceType
            ? t('serviceType.current', {
                name: i18n.language === 'en' ? s.serviceType.nameEn : s.serviceType.nameId,
                code: s.serviceType.code,
              })
            : t('serviceType.none')}
        </p>
      )}
      <button type="button" className="no-print" onClick={() => window.print()}>
        {t('service.print')}
      </button>
      <StandardView s={s.standard.standard} />
      <h2>{t('service.where')}</h2>
      <ul>
        {s.booths.map((b) => (
          <li key={b.id}>
            <Link to={`/mpp/${b.site.code}`}>{b.site.name}</Link>:{' '}
            {t('service.booth', { booth: b.name, zone: b.zone, floor: b.floor, prefix: b.queuePrefix })}
          </li>
        ))}
      </ul>
      <h2>{t('service.history')}</h2>
      <ul>
        {history.data?.map((v) => (
          <li key={v.version}>
            v{v.version} · {format.day(v.effectiveFrom)} · {v.changeNote}
            {v.createdBy ? ` · ${v.createdBy}` : ''}
          </li>
        ))}
      </ul>
    </article>
  );
}

export function SitePage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const site = useQuery({ queryKey: ['site', code], queryFn: () => api<SiteDetail>(`/api/sites/${code}`) });
  if (!site.data) return <QueryState query={site} />;
  const s = site.data;
  return (
    <>
      <h1>{s.name}</h1>
      <p>{s.address}</p>
      <p>
        <Link to={`/mpp/${s.code}/antrean`}>{t('floor.live.link')}</Link> ·{' '}
        <Link to={`/pesan/${s.code}`}>{t('booking.siteLink')}</Link> ·{' '}
        <Link to={`/kepuasan/${s.code}`}>{t('ikm.public.link')}</Link> ·{' '}
        <Link to={`/pengaduan/statistik/${s.code}`}>{t('complaintMeasures.public.link')}</Link>
      </p>
      <h2>{t('site.today')}</h2>
      <p>
        <strong>{t(`site.state.${s.now.state}`)}</strong>{' '}
        {s.today.open ? `${s.today.opens}–${s.today.closes}` : t('site.closedToday')}
        {s.today.note ? ` (${s.today.note})` : ''}
      </p>
      <ul>
        {s.today.breaks.map((b) => (
          <li key={b.starts}>
            {b.label}: {b.starts}–{b.ends}
          </li>
        ))}
      </ul>
      <h2>{t('site.booths')}</h2>
      <ul className="cards">
        {s.booths.map((b) => (
          <li key={b.id}>
            <strong>{b.queuePrefix}</strong> <Link to={`/instansi/${b.agency.id}`}>{b.agency.name}</Link>
            <p>
              {b.zone}, lt. {b.floor} · {t('site.counters', { count: b.counters.length })}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
