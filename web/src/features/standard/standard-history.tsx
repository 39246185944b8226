import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { QueryState } from '../../components/page-state.tsx';
import { api } from '../../lib/api.ts';
import { useDateFormat } from '../../lib/datetime.ts';
import type { ServiceDetail } from '../../lib/types.ts';
import { useComponentLines } from './component-lines.ts';
import { COMPONENTS } from './components.ts';
import { diffLines } from './standard-diff.ts';
import type { VersionDetail, VersionSummary } from './types.ts';

const useVersion = (id: string, version: number | null) =>
  useQuery({
    queryKey: ['service', id, 'version', version],
    queryFn: () => api<VersionDetail>(`/api/services/${id}/versions/${version}`),
    enabled: version !== null,
    // A saved version never changes.
    staleTime: Number.POSITIVE_INFINITY,
  });

/**
 * /kelola/layanan/:id/riwayat — every version of a standard: open any one read-only (?versi=N) or compare two
 * side by side (?a=N&b=M), component by component, with what changed marked. In the address, so a
 * comparison can be sent to a colleague and Back returns to the list.
 */
export function StandardHistoryPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const format = useDateFormat();
  const service = useQuery({
    queryKey: ['service', id],
    queryFn: () => api<ServiceDetail>(`/api/services/${id}`),
  });
  const versions = useQuery({
    queryKey: ['service', id, 'versions'],
    queryFn: () => api<VersionSummary[]>(`/api/services/${id}/versions`),
  });
  const number = (name: string) => {
    const v = Number(params.get(name));
    return Number.isInteger(v) && v > 0 ? v : null;
  };
  const open = number('versi');
  const a = number('a');
  const b = number('b');
  const olderId = useId();
  const newerId = useId();
  if (!service.data) return <QueryState query={service} />;
  if (!versions.data) return <QueryState query={versions} />;
  const list = versions.data;
  const compare = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    setParams({ a: String(f.get('a')), b: String(f.get('b')) });
  };
  return (
    <section className="standard-history">
      <h1>{t('standardEditor.history.heading', { service: service.data.name })}</h1>
      <p>
        <Link to={`/kelola/layanan/${id}`}>{t('standardEditor.history.back')}</Link>
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('standardEditor.history.version')}</th>
            <th scope="col">{t('standardEditor.history.effective')}</th>
            <th scope="col">{t('standardEditor.history.note')}</th>
            <th scope="col">{t('standardEditor.history.by')}</th>
            <th scope="col">{t('standardEditor.history.saved')}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((v) => (
            <tr key={v.version} aria-current={v.version === open ? 'true' : undefined}>
              <td>
                <Link
                  to={`?versi=${v.version}`}
                  aria-label={t('standardEditor.history.open', { version: v.version })}
                >
                  v{v.version}
                </Link>{' '}
                {v.version === service.data.currentVersion ? t('standardEditor.history.current') : ''}
              </td>
              <td>{format.day(v.effectiveFrom)}</td>
              <td>{v.changeNote}</td>
              <td>{v.createdBy ?? '–'}</td>
              <td>{format.instant(v.createdAt, Intl.DateTimeFormat().resolvedOptions().timeZone)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.length > 1 && (
        <form className="inline-fields" onSubmit={compare} key={`${a}-${b}`}>
          <label htmlFor={olderId}>
            {t('standardEditor.history.older')}
            <select id={olderId} name="a" defaultValue={String(a ?? list[1]?.version)}>
              {list.map((v) => (
                <option key={v.version} value={v.version}>
                  v{v.version}
                </option>
              ))}
            </select>
          </label>
          <label htmlFor={newerId}>
            {t('standardEditor.history.newer')}
            <select id={newerId} name="b" defaultValue={String(b ?? list[0]?.version)}>
              {list.map((v) => (
                <option key={v.version} value={v.version}>
                  v{v.version}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{t('standardEditor.history.compare')}</button>
        </form>
      )}
      {a !== null && b !== null ? (
        <Comparison id={id} a={a} b={b} />
      ) : open !== null ? (
        <VersionView id={id} version={open} />
      ) : null}
    </section>
  );
}

function VersionView({ id, version }: { id: string; version: number }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const lines = useComponentLines();
  const v = useVersion(id, version);
  if (!v.data) return <QueryState query={v} />;
  const s = v.data.standard;
  return (
    <article className="standard" aria-labelledby="version-heading">
      <h2 id="version-heading">{t('standardEditor.history.viewHeading', { version })}</h2>
      <p>
        {t('service.version', { version, date: format.day(v.data.effectiveFrom) })} · {v.data.changeNote}
      </p>
      <p className="console-help">{t('standardEditor.history.readOnly')}</p>
      {COMPONENTS.map((c, i) => (
        <section key={c.key}>
          <h3>{t('standardEditor.component', { n: i + 1, name: t(c.label) })}</h3>
          <ul>
            {lines(s, c.key).map((line, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines are read-only text in a fixed order
              <li key={j}>{line}</li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}

function Comparison({ id, a, b }: { id: string; a: number; b: number }) {
  const { t } = useTranslation();
  const lines = useComponentLines();
  const older = useVersion(id, a);
  const newer = useVersion(id, b);
  if (!older.data) return <QueryState query={older} />;
  if (!newer.data) return <QueryState query={newer} />;
  const rows = COMPONENTS.map((c, i) => ({
    ...c,
    n: i + 1,
    diff: diffLines(lines(older.data.standard, c.key), lines(newer.data.standard, c.key)),
  }));
  const changed = rows.filter((r) => r.diff.changed).length;
  return (
    <section aria-labelledby="compare-heading">
      <h2 id="compare-heading">{t('standardEditor.history.compareHeading', { a, b })}</h2>
      <p role="status">{t('standardEditor.history.summary', { count: changed })}</p>
      <table className="standard-compare">
        <thead>
          <tr>
            <th scope="col">{t('standardEditor.history.component')}</th>
            <th scope="col">v{a}</th>
            <th scope="col">v{b}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.diff.changed ? 'diff-changed' : undefined} data-component={r.key}>
              <th scope="row">
                {r.n}. {t(r.label)}
                <br />
                <small className="diff-badge">
                  {r.diff.changed ? t('standardEditor.history.changed') : t('standardEditor.history.same')}
                </small>
              </th>
              <td>
                <ul>
                  {r.diff.older.map((line, j) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: read-only lines in a fixed order
                    <li key={j}>
                      {line.only ? (
                        <del>
                          {line.text} <small>({t('standardEditor.history.onlyOlder')})</small>
                        </del>
                      ) : (
                        line.text
                      )}
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                <ul>
                  {r.diff.newer.map((line, j) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: read-only lines in a fixed order
                    <li key={j}>
                      {line.only ? (
                        <ins>
                          {line.text} <small>({t('standardEditor.history.onlyNewer')})</small>
                        </ins>
                      ) : (
                        line.text
                      )}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
