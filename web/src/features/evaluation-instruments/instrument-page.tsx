import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useSession } from '../../components/layout.tsx';
import { QueryState } from '../../components/page-state.tsx';
import { api } from '../../lib/api.ts';
import { useDateFormat } from '../../lib/datetime.ts';
import { showDecimal } from './format.ts';
import { ImportForm } from './import-form.tsx';
import { mayManage } from './list-page.tsx';
import type { Instrument } from './types.ts';
import './evaluation-instruments.css';

/**
 * /kelola/evaluasi/instrumen/:code(?versi=N) — one version of an instrument: its aspects and weights, each
 * indicator with its levels, the evidence it needs and where Atap prefills it from, the bands; the version history;
 * export (JSON, XLSX), and for authors the editor (a new version) and an import.
 */
export function InstrumentPage() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const { code = '' } = useParams();
  const [search] = useSearchParams();
  const version = search.get('versi');
  const session = useSession();
  const date = useDateFormat();
  const path = `/api/evaluation/instruments/${encodeURIComponent(code)}${version ? `/versions/${version}` : ''}`;
  const query = useQuery({
    queryKey: ['instrument', code, version],
    queryFn: () => api<Instrument>(path),
    enabled: Boolean(session.data),
  });
  if (!session.data) return <p>{t('instruments.signInFirst')}</p>;
  if (!query.data) return <QueryState query={query} />;
  const i = query.data;
  const d = i.definition;
  const v = i.version.version;
  const exportBase = `/api/evaluation/instruments/${i.code}/versions/${v}/definition`;
  const latest = v === i.latestVersion;
  return (
    <section className="instruments instrument">
      <p>
        <Link to="/kelola/evaluasi/instrumen">{t('instruments.back')}</Link>
      </p>
      <h1>{d.name}</h1>
      <p className="instrument-meta">
        {i.code} · {t(`instruments.kind.${i.kind}`)} ·{' '}
        {t('instruments.versionOf', { version: v, latest: i.latestVersion })}
      </p>
      {!latest && <p role="status">{t('instruments.oldVersion')}</p>}
      {d.description && <p>{d.description}</p>}
      {d.basis && <p>{t('instruments.basis', { basis: d.basis })}</p>}
      <p className="instrument-actions">
        {mayManage(session.data.user.role) && latest && (
          <>
            <Link to={`/kelola/evaluasi/instrumen/${i.code}/ubah`}>{t('instruments.edit')}</Link> ·{' '}
          </>
        )}
        <a href={`${exportBase}.xlsx`} download>
          {t('instruments.exportXlsx')}
        </a>{' '}
        ·{' '}
        <a href={`${exportBase}.json`} download>
          {t('instruments.exportJson')}
        </a>
      </p>

      <h2>{t('instruments.aspects')}</h2>
      <table className="aspect-weights">
        <thead>
          <tr>
            <th scope="col">{t('instruments.aspect')}</th>
            <th scope="col">{t('instruments.weight')}</th>
            <th scope="col">{t('instruments.indicatorCount')}</th>
          </tr>
        </thead>
        <tbody>
          {d.aspects.map((a) => (
            <tr key={a.id}>
              <td>
                <a href={`#aspek-${a.id}`}>{a.name}</a>
              </td>
              <td className="number">{showDecimal(a.weight, en)}</td>
              <td className="number">{a.indicators.length}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {d.aspects.map((a) => (
        <section key={a.id} id={`aspek-${a.id}`} className="aspect">
          <h3>
            {a.name}{' '}
            <span className="weight">
              ({t('instruments.weightIs', { weight: showDecimal(a.weight, en) })})
            </span>
          </h3>
          {a.indicators.map((ind) => (
            <article key={ind.id} className="indicator">
              <h4>{ind.name}</h4>
              {ind.description && <p>{ind.description}</p>}
              <dl>
                {ind.evidence && (
                  <>
                    <dt>{t('instruments.evidence')}</dt>
                    <dd>{ind.evidence}</dd>
                  </>
                )}
                {ind.source && (
                  <>
                    <dt>{t('instruments.source')}</dt>
                    <dd>{t(`instruments.sources.${ind.source}`, { defaultValue: ind.source })}</dd>
                  </>
                )}
                {ind.threshold !== undefined && (
                  <>
                    <dt>{t('instruments.threshold')}</dt>
                    <dd>{showDecimal(ind.threshold, en)}</dd>
                  </>
                )}
              </dl>
              <table className="levels">
                <thead>
                  <tr>
                    <th scope="col">{t('instruments.levelValue')}</th>
                    <th scope="col">{t('instruments.levelLabel')}</th>
                    <th scope="col">{t('instruments.levelMeaning')}</th>
                  </tr>
                </thead>
                <tbody>
                  {ind.levels.map((l) => (
                    <tr key={String(l.value)}>
                      <td className="number">{showDecimal(l.value, en)}</td>
                      <td>{l.label}</td>
                      <td>{l.description}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </article>
          ))}
        </section>
      ))}

      <h2>{t('instruments.bands')}</h2>
      <p>
        {t('instruments.scale', {
          min: showDecimal(d.total.min, en),
          max: showDecimal(d.total.max, en),
          decimals: d.total.decimals,
        })}
      </p>
      <table className="bands">
        <thead>
          <tr>
            <th scope="col">{t('instruments.bandFrom')}</th>
            <th scope="col">{t('instruments.bandLabel')}</th>
            <th scope="col">{t('instruments.bandZone')}</th>
          </tr>
        </thead>
        <tbody>
          {d.total.bands.map((b) => (
            <tr key={b.code}>
              <td className="number">{showDecimal(b.min, en)}</td>
              <td>{b.label}</td>
              <td>
                {b.zone ? (
                  <span className={`zone zone-${b.zone}`}>{t(`instruments.zone.${b.zone}`)}</span>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t('instruments.history')}</h2>
      <ol className="version-history" reversed>
        {i.history.map((h) => (
          <li key={h.version}>
            {h.version === v ? (
              <strong>{t('instruments.versionN', { version: h.version })}</strong>
            ) : (
              <Link to={`/kelola/evaluasi/instrumen/${i.code}?versi=${h.version}`}>
                {t('instruments.versionN', { version: h.version })}
              </Link>
            )}{' '}
            — {date.day(h.createdAt.slice(0, 10))}
            {h.createdBy ? `, ${h.createdBy}` : `, ${t('instruments.shipped')}`}
            {h.note ? `: ${h.note}` : ''}
          </li>
        ))}
      </ol>
      {mayManage(session.data.user.role) && latest && <ImportForm code={i.code} />}
    </section>
  );
}
