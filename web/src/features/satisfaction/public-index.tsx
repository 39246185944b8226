import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { publicOut } from '../../../../src/modules/satisfaction/index.schemas.ts';
import { QueryState } from '../../components/page-state.tsx';
import { type ApiReply, api } from '../../lib/api.ts';
import { useIndexFormat } from './index-format.ts';
import { PeriodPicker, periodQuery, usePeriod } from './index-period.tsx';
import './satisfaction-index.css';

type Published = ApiReply<typeof publicOut>;
type PublishedUnit = Published['total'];

/**
 * /kepuasan/:site — the published satisfaction index of a site (PermenPAN-RB 14/2017 requires it): the site's
 * figure and each agency's and service's for a period. Units under the minimum of responses show "too few"
 * instead of a figure. A light citizen page: a table, no chart library.
 */
export function PublicSatisfactionPage() {
  const { t, i18n } = useTranslation();
  const { site = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const period = usePeriod(params, setParams);
  const query = periodQuery(period.value);
  const data = useQuery({
    queryKey: ['ikm-public', site, query],
    queryFn: () =>
      api<ApiReply<typeof publicOut>>(`/api/public/sites/${encodeURIComponent(site)}/satisfaction?${query}`),
  });
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const f = useIndexFormat();
  const d = data.data;
  const row = (u: PublishedUnit, name: string, className?: string) => (
    <tr key={u.id} className={className}>
      <th scope="row">{name}</th>
      {u.tooFew ? (
        <td colSpan={2} className="ikm-too-few">
          {t('ikm.public.tooFew')}
        </td>
      ) : (
        <>
          <td>
            <strong>{f.dec(u.convertedText)}</strong>
            {u.grade && u.label && (
              <span className="ikm-public-grade">
                {u.grade} ({u.label[lang]})
              </span>
            )}
          </td>
          <td>{u.respondents === null ? '—' : f.int(u.respondents)}</td>
        </>
      )}
    </tr>
  );
  return (
    <section className="ikm-public">
      <h1>{t('ikm.public.heading', { site: d?.site.name ?? site.toUpperCase() })}</h1>
      <p>{t('ikm.public.intro', { minimum: d?.minimumResponses ?? 5 })}</p>
      <form className="toolbar" aria-label={t('ikm.public.period')} onSubmit={(e) => e.preventDefault()}>
        <PeriodPicker period={period} />
      </form>
      {!d && <QueryState query={data} />}
      {d && (
        <>
          <p className="hint">
            {t('ikm.periodShown', { from: d.period.from, to: d.period.to })} ·{' '}
            {t('ikm.method', { regulation: d.method.regulation, version: d.method.version })}
          </p>
          <table className="data-table" data-testid="ikm-public">
            <thead>
              <tr>
                <th scope="col">{t('ikm.public.unit')}</th>
                <th scope="col">{t('ikm.public.value')}</th>
                <th scope="col">{t('ikm.respondents')}</th>
              </tr>
            </thead>
            <tbody>
              {row(d.total, t('ikm.public.total'), 'total-row')}
              {d.agencies.flatMap((a) => [
                row(a, a.name, 'agency-row'),
                ...a.services.map((s) => row(s, s.name, 'ikm-service')),
              ])}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
