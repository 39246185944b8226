import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { Bar, Line } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { suggestionsOut, unitIndexOut } from '../../../../src/modules/satisfaction/index.schemas.ts';
import { SiteSelect, useSiteChoice } from '../../components/site-choice.tsx';
import { type ApiReply, api } from '../../lib/api.ts';
import { useErrorText } from '../../lib/error-text.ts';
import { useIndexFormat } from './index-format.ts';
import { PeriodPicker, periodQuery, usePeriod } from './index-period.tsx';
import './satisfaction-index.css';

ChartJS.register(CategoryScale, LinearScale, BarElement, LineElement, PointElement, Tooltip);

type IndexView = ApiReply<typeof unitIndexOut>;
type Bilingual = IndexView['weakest'][number]['name'];

/**
 * /kelola/kepuasan — the satisfaction index (IKM) of a unit for a period: the figure and its grade, the sample
 * check, each element's NRR, the three weakest, the trend by month, the units below (drill-down) and the
 * suggestions. The unit and period are in the address, so a drill-down link can be shared. Every chart has its
 * table beside it.
 */
export function SatisfactionIndexPage() {
  const { t, i18n } = useTranslation();
  const choice = useSiteChoice();
  const { site, session } = choice;
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const period = usePeriod(params, setParams);
  const unit = new URLSearchParams();
  for (const key of ['agency', 'service', 'booth'] as const) {
    const value = params.get(key);
    if (value) unit.set(key, value);
  }
  const query = `${periodQuery(period.value)}${unit.size > 0 ? `&${unit}` : ''}`;
  const index = useQuery({
    queryKey: ['ikm', site?.code, query],
    queryFn: () => api<ApiReply<typeof unitIndexOut>>(`/api/satisfaction/sites/${site?.code}/index?${query}`),
    enabled: Boolean(site && session.data),
  });
  if (!session.isLoading && !session.data)
    return <Link to="/masuk?next=/kelola/kepuasan">{t('ikm.signInFirst')}</Link>;
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const text = (b: Bilingual) => b[lang];
  const v = index.data;
  const drill = (next: Record<string, string | null>) => {
    const p = new URLSearchParams(params);
    for (const [k, value] of Object.entries(next)) {
      if (value) p.set(k, value);
      else p.delete(k);
    }
    return `?${p}`;
  };
  return (
    <section className="ikm-page">
      <h1>{t('ikm.heading')}</h1>
      <form className="toolbar" aria-label={t('ikm.filters')} onSubmit={(e) => e.preventDefault()}>
        <SiteSelect choice={choice} />
        <PeriodPicker period={period} />
        {v && <UnitFilters view={v} drill={drill} />}
      </form>
      {index.isError && <p role="alert">{errorText(index.error)}</p>}
      {index.isLoading && <p>{t('ikm.loading')}</p>}
      {v && (
        <>
          <nav aria-label={t('ikm.path')} className="ikm-path">
            {v.path.map((p, i) => (
              <span key={p.id}>
                {i > 0 && ' › '}
                {i === v.path.length - 1 ? (
                  <strong>{p.name}</strong>
                ) : (
                  <Link
                    to={drill(
                      p.kind === 'site'
                        ? { agency: null, service: null, booth: null }
                        : { agency: p.id, service: null, booth: null },
                    )}
                  >
                    {p.name}
                  </Link>
                )}
              </span>
            ))}
          </nav>
          <Figures view={v} text={text} />
          <div className="chart-row">
            <ElementChart view={v} text={text} />
            <TrendChart view={v} />
          </div>
          <ElementTable view={v} text={text} />
          <Weakest view={v} text={text} />
          <Children view={v} text={text} drill={drill} />
          {site && <Suggestions siteCode={site.code} query={query} />}
        </>
      )}
    </section>
  );
}

function UnitFilters({
  view,
  drill,
}: {
  view: IndexView;
  drill: (next: Record<string, string | null>) => string;
}) {
  const { t } = useTranslation();
  const [, setParams] = useSearchParams();
  const agencyId = view.unit.kind === 'site' ? '' : (view.unit.agencyId ?? '');
  const go = (next: Record<string, string | null>) => setParams(new URLSearchParams(drill(next).slice(1)));
  // The lists come from the drill-down: a site's agencies, an agency's services (those with responses).
  const agencies = view.unit.kind === 'site' ? view.children : view.path.filter((p) => p.kind === 'agency');
  const services =
    view.unit.kind === 'agency' ? view.children : view.unit.kind === 'service' ? [view.unit] : [];
  return (
    <>
      <label>
        {t('ikm.agency')}
        <select
          value={agencyId}
          onChange={(e) => go({ agency: e.target.value || null, service: null, booth: null })}
        >
          <option value="">{t('ikm.allAgencies')}</option>
          {agencies.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
      {agencyId && (
        <label>
          {t('ikm.service')}
          <select
            value={view.unit.kind === 'service' ? view.unit.id : ''}
            onChange={(e) => go({ agency: agencyId, service: e.target.value || null, booth: null })}
          >
            <option value="">{t('ikm.allServices')}</option>
            {services.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      )}
    </>
  );
}

function Figures({ view, text }: { view: IndexView; text: (b: Bilingual) => string }) {
  const { t } = useTranslation();
  const f = useIndexFormat();
  const x = view.index;
  const s = view.sample;
  const elementNames = (ids: readonly string[]) =>
    ids
      .map((id) => x.elements.find((e) => e.id === id))
      .map((e) => (e ? `U${ELEMENT_NUMBER(e.letter)} ${text(e.name)}` : ''))
      .join(', ');
  return (
    <>
      <h2>
        {t(`ikm.units.${view.unit.kind}`)}: {view.unit.name}
      </h2>
      <p className="hint">
        {t('ikm.periodShown', { from: view.period.from, to: view.period.to })} ·{' '}
        {t('ikm.method', { regulation: view.method.regulation, version: view.method.version })} (
        {view.method.surveyPeriod
          ? t('ikm.methodPeriod', { label: view.method.surveyPeriod.label })
          : t('ikm.methodDefault')}
        )
      </p>
      <ul className="stat-tiles" data-testid="ikm-figures">
        <li>
          <strong data-testid="ikm-converted">{f.dec(x.convertedText)}</strong> {t('ikm.converted')}
        </li>
        <li className={x.grade ? `ikm-grade ikm-grade-${x.grade}` : undefined}>
          <strong>
            {x.grade && x.label
              ? t('ikm.gradeLabel', { grade: x.grade, label: text(x.label) })
              : t('ikm.noIndex')}
          </strong>{' '}
          {t('ikm.grade')}
        </li>
        <li>
          <strong>{f.dec(x.ikmText)}</strong> {t('ikm.index')}
        </li>
        <li>
          <strong>{f.int(x.respondents)}</strong> {t('ikm.respondents')}
        </li>
      </ul>
      {x.warnings.map((w) => (
        <p key={w.code} role="status" className="ikm-warning">
          {t(`ikm.warnings.${w.code}`, { elements: elementNames(w.elements) })}
        </p>
      ))}
      <section aria-labelledby="ikm-sample" className="ikm-sample">
        <h3 id="ikm-sample">{t('ikm.sample.heading')}</h3>
        <p>
          {t('ikm.sample.text', {
            population: f.int(s.population),
            required: f.int(s.required),
            responses: f.int(s.responses),
          })}
          {' — '}
          <strong data-testid="ikm-sample-verdict">
            {s.sufficient
              ? `✓ ${t('ikm.sample.sufficient')}`
              : `✗ ${t('ikm.sample.missing', { count: s.missing, formatted: f.int(s.missing) })}`}
          </strong>
        </p>
        <p className="hint">{t('ikm.sample.note')}</p>
      </section>
    </>
  );
}

/** The regulation's letters a–i as U1–U9 (the template's columns). */
const ELEMENT_NUMBER = (letter: string) => letter.charCodeAt(0) - 96;

function ElementChart({ view, text }: { view: IndexView; text: (b: Bilingual) => string }) {
  const { t } = useTranslation();
  const elements = view.index.elements;
  if (view.index.respondents === 0) return null;
  return (
    <figure className="live-chart">
      <figcaption>{t('ikm.elements.heading')}</figcaption>
      <Bar
        role="img"
        aria-label={t('ikm.elements.chart')}
        options={{
          indexAxis: 'y',
          responsive: true,
          scales: { x: { min: 1, max: 4 } },
          plugins: {
            tooltip: {
              callbacks: {
                title: (items) => text(elements[items[0]?.dataIndex ?? 0]?.name ?? { id: '', en: '' }),
              },
            },
          },
        }}
        data={{
          labels: elements.map((e) => `U${ELEMENT_NUMBER(e.letter)}`),
          datasets: [
            {
              label: t('ikm.elements.nrr'),
              data: elements.map((e) => e.nrr),
              backgroundColor: elements.map((e) =>
                view.weakest.some((w) => w.id === e.id) ? '#b3261e' : '#0b4f8a',
              ),
            },
          ],
        }}
      />
    </figure>
  );
}

function TrendChart({ view }: { view: IndexView }) {
  const { t } = useTranslation();
  const f = useIndexFormat();
  const points = view.trend;
  if (points.every((p) => p.converted === null)) return null;
  return (
    <figure className="live-chart">
      <figcaption>{t('ikm.trend.heading')}</figcaption>
      <Line
        role="img"
        aria-label={t('ikm.trend.chart')}
        options={{ responsive: true, spanGaps: true, scales: { y: { suggestedMin: 60, suggestedMax: 100 } } }}
        data={{
          labels: points.map((p) => p.month),
          datasets: [
            {
              label: t('ikm.trend.value'),
              data: points.map((p) => p.converted),
              borderColor: '#1b7f4b',
              backgroundColor: '#1b7f4b',
            },
          ],
        }}
      />
      <details>
        <summary>{t('ikm.trend.table')}</summary>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('ikm.trend.month')}</th>
              <th scope="col">{t('ikm.trend.value')}</th>
              <th scope="col">{t('ikm.grade')}</th>
              <th scope="col">{t('ikm.respondents')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.month}>
                <th scope="row">{p.month}</th>
                <td>{f.dec(p.convertedText)}</td>
                <td>{p.grade ?? '—'}</td>
                <td>{f.int(p.respondents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

function ElementTable({ view, text }: { view: IndexView; text: (b: Bilingual) => string }) {
  const { t } = useTranslation();
  const f = useIndexFormat();
  return (
    <table className="data-table ikm-elements" data-testid="ikm-elements">
      <caption>{t('ikm.elements.heading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('ikm.elements.element')}</th>
          <th scope="col">{t('ikm.elements.sum')}</th>
          <th scope="col">{t('ikm.elements.answered')}</th>
          <th scope="col">{t('ikm.elements.nrr')}</th>
          <th scope="col">{t('ikm.elements.weighted')}</th>
        </tr>
      </thead>
      <tbody>
        {view.index.elements.map((e) => (
          <tr key={e.id}>
            <th scope="row">
              U{ELEMENT_NUMBER(e.letter)} {text(e.name)}
            </th>
            <td>{f.int(e.sum)}</td>
            <td>{f.int(e.answered)}</td>
            <td>{f.dec(e.nrrText)}</td>
            <td>{f.dec(e.weightedNrrText)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Weakest({ view, text }: { view: IndexView; text: (b: Bilingual) => string }) {
  const { t } = useTranslation();
  const f = useIndexFormat();
  return (
    <section aria-labelledby="ikm-weakest">
      <h3 id="ikm-weakest">{t('ikm.weakest.heading')}</h3>
      {view.weakest.length === 0 ? (
        <p>{t('ikm.weakest.none')}</p>
      ) : (
        <ol data-testid="ikm-weakest">
          {view.weakest.map((w) => (
            <li key={w.id}>
              {text(w.name)} — NRR {f.dec(w.nrrText)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Children({
  view,
  text,
  drill,
}: {
  view: IndexView;
  text: (b: Bilingual) => string;
  drill: (next: Record<string, string | null>) => string;
}) {
  const { t } = useTranslation();
  const f = useIndexFormat();
  if (view.unit.kind === 'service') return null;
  const agencyId = view.unit.agencyId;
  return (
    <section aria-labelledby="ikm-children">
      <h3 id="ikm-children">{t('ikm.children.heading')}</h3>
      {view.children.length === 0 ? (
        <p>{t('ikm.children.none')}</p>
      ) : (
        <table className="data-table" data-testid="ikm-children">
          <thead>
            <tr>
              <th scope="col">{t('ikm.children.unit')}</th>
              <th scope="col">{t('ikm.converted')}</th>
              <th scope="col">{t('ikm.grade')}</th>
              <th scope="col">{t('ikm.respondents')}</th>
              <th scope="col">{t('ikm.children.sample')}</th>
            </tr>
          </thead>
          <tbody>
            {view.children.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <Link
                    to={drill(
                      c.kind === 'agency'
                        ? { agency: c.id, service: null, booth: null }
                        : { agency: agencyId, service: c.id },
                    )}
                  >
                    {c.shortName ? <abbr title={c.name}>{c.shortName}</abbr> : c.name}
                  </Link>
                </th>
                <td>{f.dec(c.convertedText)}</td>
                <td>{c.grade && c.label ? `${c.grade} (${text(c.label)})` : '—'}</td>
                <td>{f.int(c.respondents)}</td>
                <td>
                  {c.sample.sufficient
                    ? `✓ ${t('ikm.sample.sufficient')}`
                    : `✗ ${t('ikm.sample.missing', { count: c.sample.missing, formatted: f.int(c.sample.missing) })}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Suggestions({ siteCode, query }: { siteCode: string; query: string }) {
  const { t } = useTranslation();
  const list = useInfiniteQuery({
    queryKey: ['ikm-suggestions', siteCode, query],
    initialPageParam: '',
    queryFn: ({ pageParam }) =>
      api<ApiReply<typeof suggestionsOut>>(
        `/api/satisfaction/sites/${siteCode}/suggestions?${query}&limit=10${pageParam ? `&before=${pageParam}` : ''}`,
      ),
    getNextPageParam: (last) => last.next ?? undefined,
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="ikm-suggestions">
      <h3 id="ikm-suggestions">{t('ikm.suggestions.heading')}</h3>
      {list.isSuccess && items.length === 0 && <p>{t('ikm.suggestions.none')}</p>}
      <ul className="ikm-suggestions" data-testid="ikm-suggestions">
        {items.map((s) => (
          <li key={s.id}>
            <q>{s.text}</q>
            <small>
              {s.servedOn} · {s.agency ?? ''} {s.service ? `· ${s.service}` : ''} ·{' '}
              {t(`ikm.suggestions.channels.${s.channel}`)}
            </small>
          </li>
        ))}
      </ul>
      {list.hasNextPage && (
        <button type="button" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
          {t('ikm.suggestions.more')}
        </button>
      )}
    </section>
  );
}
