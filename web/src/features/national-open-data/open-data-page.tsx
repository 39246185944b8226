import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/page-state.tsx';
import { api } from '../../lib/api.ts';
import type { DataPackage, OpenDataDays } from './types.ts';
import './open-data.css';

const ROOT = '/api/national/open-data';
const dayFile = (day: string, format: 'csv' | 'json') => `atap-layanan-harian-${day}.${format}`;

/** Days from `from` to `to`, both counted. */
function span(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
}

function shiftDay(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A field name that may wrap after its underscores (a long name on a phone), copied as written. */
function breakable(name: string) {
  return name.split('_').map((part, i, all) => (
    <Fragment key={part + String(i)}>
      {part}
      {i < all.length - 1 && (
        <>
          _<wbr />
        </>
      )}
    </Fragment>
  ));
}

/**
 * /nasional/data-terbuka — the hub's open data: what the dataset is, its licence, how small groups are hidden,
 * each field (read from the datapackage.json, so the page and the files never disagree), and links to download
 * a day or a range. Plain links, one small table, no chart library: a phone on a slow link gets it quickly.
 */
export function OpenDataPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const days = useQuery({
    queryKey: ['open-data', 'days'],
    queryFn: () => api<OpenDataDays>(`${ROOT}/days`),
  });
  const available = days.data?.days ?? [];
  const latest = available.at(-1)?.day;
  const pkg = useQuery({
    queryKey: ['open-data', 'datapackage', latest],
    queryFn: () => api<DataPackage>(`${ROOT}/datapackage.json`),
    enabled: latest !== undefined,
  });
  const [chosen, setChosen] = useState<string | null>(null);
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);

  if (!days.data) return <QueryState query={days} />;
  const day = chosen ?? latest;
  const first = available[0]?.day;
  const { from, to } = range ?? {
    from: latest && first ? ([shiftDay(latest, -29), first].sort().at(-1) ?? latest) : '',
    to: latest ?? '',
  };
  const maxDays = days.data.maxRangeDays;
  const rangeProblem =
    from === '' || to === ''
      ? t('nationalOpenData.range.missing')
      : from > to
        ? t('nationalOpenData.range.reversed')
        : span(from, to) > maxDays
          ? t('nationalOpenData.range.tooLong', { days: maxDays })
          : null;
  const info = available.find((d) => d.day === day);
  const license = pkg.data?.licenses[0];
  const fields = pkg.data?.resources[0]?.schema.fields ?? [];

  return (
    <article className="od-page">
      <h1>{t('nationalOpenData.heading')}</h1>
      <p>{t('nationalOpenData.intro')}</p>
      <p>{t('nationalOpenData.privacy')}</p>

      <section aria-labelledby="od-license">
        <h2 id="od-license">{t('nationalOpenData.license.heading')}</h2>
        <p>
          {t('nationalOpenData.license.text')}{' '}
          <a href={license?.path ?? 'https://creativecommons.org/licenses/by/4.0/'} rel="license">
            {license?.title ?? 'CC BY 4.0'}
          </a>
        </p>
        <p>{t('nationalOpenData.license.cite')}</p>
      </section>

      {available.length === 0 || !day ? (
        <p role="status">{t('nationalOpenData.noData')}</p>
      ) : (
        <>
          <section aria-labelledby="od-day">
            <h2 id="od-day">{t('nationalOpenData.day.heading')}</h2>
            <form onSubmit={(e) => e.preventDefault()}>
              <label>
                {t('nationalOpenData.day.choose')}
                <select value={day} onChange={(e) => setChosen(e.target.value)}>
                  {[...available].reverse().map((d) => (
                    <option key={d.day} value={d.day}>
                      {d.day}
                    </option>
                  ))}
                </select>
              </label>
            </form>
            {info && (
              <p>
                {t('nationalOpenData.day.summary', { sites: info.sites })}{' '}
                {info.closed ? t('nationalOpenData.day.closed') : t('nationalOpenData.day.open')}
              </p>
            )}
            <ul className="od-downloads">
              <li>
                <a href={`${ROOT}/days/${day}/${dayFile(day, 'csv')}`} download>
                  {t('nationalOpenData.day.csv', { day })}
                </a>
              </li>
              <li>
                <a href={`${ROOT}/days/${day}/${dayFile(day, 'json')}`} download>
                  {t('nationalOpenData.day.json', { day })}
                </a>
              </li>
              <li>
                <a href={`${ROOT}/days/${day}/datapackage.json`}>datapackage.json</a>
              </li>
            </ul>
          </section>

          <section aria-labelledby="od-range">
            <h2 id="od-range">{t('nationalOpenData.range.heading')}</h2>
            <p>{t('nationalOpenData.range.text', { days: maxDays })}</p>
            <form onSubmit={(e) => e.preventDefault()}>
              <label>
                {t('nationalOpenData.range.from')}
                <input
                  type="date"
                  value={from}
                  min={first}
                  max={latest}
                  onChange={(e) => setRange({ from: e.target.value, to })}
                />
              </label>
              <label>
                {t('nationalOpenData.range.to')}
                <input
                  type="date"
                  value={to}
                  min={first}
                  max={latest}
                  onChange={(e) => setRange({ from, to: e.target.value })}
                />
              </label>
            </form>
            {rangeProblem ? (
              <p className="od-error" role="alert">
                {rangeProblem}
              </p>
            ) : (
              <ul className="od-downloads">
                <li>
                  <a href={`${ROOT}/range.csv?from=${from}&to=${to}`} download>
                    {t('nationalOpenData.range.csv', { from, to })}
                  </a>
                </li>
              </ul>
            )}
          </section>
        </>
      )}

      <section aria-labelledby="od-suppression">
        <h2 id="od-suppression">{t('nationalOpenData.suppression.heading')}</h2>
        <p>{pkg.data ? pkg.data.suppression[lang] : t('nationalOpenData.suppression.short')}</p>
      </section>

      {fields.length > 0 && (
        <section aria-labelledby="od-fields">
          <h2 id="od-fields">{t('nationalOpenData.fields.heading')}</h2>
          <p>{t('nationalOpenData.fields.text')}</p>
          <table className="od-fields">
            <thead>
              <tr>
                <th scope="col">{t('nationalOpenData.fields.name')}</th>
                <th scope="col">{t('nationalOpenData.fields.type')}</th>
                <th scope="col">{t('nationalOpenData.fields.unit')}</th>
                <th scope="col">{t('nationalOpenData.fields.description')}</th>
              </tr>
            </thead>
            <tbody>
              {fields.map((f) => (
                <tr key={f.name}>
                  <th scope="row">
                    <code>{breakable(f.name)}</code>
                  </th>
                  <td>{f.type}</td>
                  <td>{f.unit ? f.unit[lang] : ''}</td>
                  <td className="od-description">
                    {f.descriptions[lang]}
                    {f.suppressedBelow
                      ? ` ${t('nationalOpenData.fields.suppressed', { min: f.suppressedBelow })}`
                      : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </article>
  );
}
