import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/page-state.tsx';
import { api } from '../../lib/api.ts';
import type { ServiceList } from '../../lib/types.ts';
import type { AgencyBooth, AgencyDetail } from './types.ts';

/** /instansi/:id — an agency for citizens: who they are, how to reach them, where their booths are, what they do. */
export function AgencyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const agency = useQuery({
    queryKey: ['agency', id],
    queryFn: () => api<AgencyDetail>(`/api/agencies/${id}`),
  });
  const booths = useQuery({
    queryKey: ['agency', id, 'booths'],
    queryFn: () => api<AgencyBooth[]>(`/api/agencies/${id}/booths`),
    enabled: agency.isSuccess,
  });
  const services = useQuery({
    queryKey: ['services', `agencyId=${id}`],
    queryFn: () => api<ServiceList>(`/api/services?agencyId=${id}&limit=200`),
    enabled: agency.isSuccess,
  });
  if (!agency.data) return <QueryState query={agency} />;
  const a = agency.data;
  // Booths grouped by site, in the order the server sorted them (site name, booth name).
  const sites = new Map<string, { name: string; code: string; address: string; booths: AgencyBooth[] }>();
  for (const b of booths.data ?? []) {
    const site = sites.get(b.site.id) ?? { ...b.site, booths: [] };
    site.booths.push(b);
    sites.set(b.site.id, site);
  }
  return (
    <article>
      <p>{t(`admin.agencyType.${a.type}`)}</p>
      <h1>{a.name}</h1>
      {!a.active && <p role="status">{t('agency.inactive')}</p>}
      {a.description && <p>{a.description}</p>}
      <h2>{t('agency.contact')}</h2>
      {a.website || a.phone ? (
        <dl className="booking-facts">
          {a.website && (
            <>
              <dt>{t('agency.website')}</dt>
              <dd>
                <a href={a.website} rel="noopener noreferrer">
                  {a.website}
                </a>
              </dd>
            </>
          )}
          {a.phone && (
            <>
              <dt>{t('agency.phone')}</dt>
              <dd>
                <a href={`tel:${a.phone.replace(/[^\d+]/g, '')}`}>{a.phone}</a>
              </dd>
            </>
          )}
        </dl>
      ) : (
        <p>{t('agency.noContact')}</p>
      )}
      <h2>{t('agency.booths')}</h2>
      {!booths.data ? (
        <QueryState query={booths} />
      ) : sites.size === 0 ? (
        <p>{t('agency.noBooths')}</p>
      ) : (
        <ul className="cards">
          {[...sites.values()].map((site) => (
            <li key={site.code}>
              <Link to={`/mpp/${site.code}`}>{site.name}</Link>
              <p>{site.address}</p>
              {site.booths.map((b) => (
                <p key={b.id}>
                  {t('agency.booth', { booth: b.name, zone: b.zone, floor: b.floor, prefix: b.queuePrefix })}
                </p>
              ))}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('agency.services', { count: services.data?.total ?? 0 })}</h2>
      {!services.data ? (
        <QueryState query={services} />
      ) : services.data.items.length === 0 ? (
        <p>{t('agency.noServices')}</p>
      ) : (
        <ul className="results">
          {services.data.items.map((s) => (
            <li key={s.id}>
              <Link to={`/layanan/${s.id}`}>{s.name}</Link>
              <span>{s.category}</span>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
