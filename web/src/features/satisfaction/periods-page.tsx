import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../lib/api.ts';
import { useErrorText } from '../../lib/error-text.ts';
import type { PeriodList } from './types.ts';

/**
 * /kelola/mpp/:code/survei — a site's survey periods: each with its index and grade, the report PDF, the answers'
 * export and its follow-up plan; a new period; the weights the next period will store (a weight other than 1/9 is
 * a warning: the index is then not the regulation's default).
 */
export function SurveyPeriodsPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const key = ['survey-periods', code];
  const view = useQuery({
    queryKey: key,
    queryFn: () => api<PeriodList>(`/api/satisfaction/sites/${encodeURIComponent(code)}/periods`),
    retry: false,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  const act = (run: () => Promise<unknown>, done?: string) => {
    setError(null);
    setSaved(null);
    run()
      .then(() => {
        if (done) setSaved(done);
        return refresh();
      })
      .catch((e: unknown) => setError(errorText(e)));
  };
  if (view.isError) return <p role="alert">{errorText(view.error)}</p>;
  if (!view.data) return <p>{t('skmReport.loading')}</p>;
  const { site, periods, weights } = view.data;
  const base = `/api/satisfaction/sites/${encodeURIComponent(site.code)}`;

  const create = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const target = event.currentTarget;
    act(async () => {
      await api(`${base}/periods`, {
        method: 'POST',
        body: {
          label: String(form.get('label') ?? ''),
          startsOn: String(form.get('startsOn') ?? ''),
          endsOn: String(form.get('endsOn') ?? ''),
        },
      });
      target.reset();
    }, t('skmReport.periodCreated'));
  };
  const saveWeights = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = Object.fromEntries(
      Object.keys(weights.weights).map((id) => [id, String(form.get(id) ?? '')]),
    );
    act(
      () => api(`${base}/weights`, { method: 'PUT', body: { weights: next } }),
      t('skmReport.weightsSaved'),
    );
  };
  const rename = (id: string, current: string) => {
    const label = window.prompt(t('skmReport.renamePrompt'), current);
    if (label && label !== current) {
      act(() => api(`/api/satisfaction/periods/${id}`, { method: 'PATCH', body: { label } }));
    }
  };

  return (
    <section className="site-admin survey-periods">
      <h1>{t('skmReport.periodsHeading', { site: site.name })}</h1>
      <p>
        <Link to={`/kelola/mpp/${site.code}/survei/impor`}>{t('skmReport.importLink')}</Link>
      </p>
      {error && <p role="alert">{error}</p>}
      {saved && <p role="status">{saved}</p>}
      {periods.length === 0 ? (
        <p>{t('skmReport.noPeriods')}</p>
      ) : (
        <table>
          <caption>{t('skmReport.periodsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('skmReport.label')}</th>
              <th scope="col">{t('skmReport.dates')}</th>
              <th scope="col">{t('skmReport.respondents')}</th>
              <th scope="col">{t('skmReport.converted')}</th>
              <th scope="col">{t('skmReport.grade')}</th>
              <th scope="col">{t('skmReport.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {periods.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  {p.label}
                  {p.customWeights.length > 0 && (
                    <span className="warning"> — {t('skmReport.customWeightsShort')}</span>
                  )}
                </th>
                <td>
                  {p.startsOn} – {p.endsOn}
                </td>
                <td>{p.respondents}</td>
                <td>{p.converted ?? '—'}</td>
                <td>{p.grade ?? '—'}</td>
                <td>
                  <Link to={`/kelola/survei/periode/${p.id}`}>
                    {t('skmReport.followUpsLink', { count: p.followUps })}
                  </Link>{' '}
                  · <a href={`/api/satisfaction/periods/${p.id}/report.pdf`}>{t('skmReport.reportPdf')}</a> ·{' '}
                  <a href={`/api/satisfaction/periods/${p.id}/answers.xlsx`}>{t('skmReport.answersXlsx')}</a>{' '}
                  · <a href={`/api/satisfaction/periods/${p.id}/answers.csv`}>CSV</a> ·{' '}
                  <button type="button" onClick={() => rename(p.id, p.label)}>
                    {t('skmReport.rename')}
                  </button>{' '}
                  <button
                    type="button"
                    onClick={() =>
                      window.confirm(t('skmReport.deleteConfirm', { label: p.label })) &&
                      act(() => api(`/api/satisfaction/periods/${p.id}`, { method: 'DELETE' }))
                    }
                  >
                    {t('skmReport.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t('skmReport.newPeriod')}</h2>
      <form className="editor" onSubmit={create}>
        <label>
          {t('skmReport.label')}
          <input name="label" required maxLength={120} placeholder={t('skmReport.labelExample')} />
        </label>
        <label>
          {t('skmReport.startsOn')}
          <input name="startsOn" type="date" required />
        </label>
        <label>
          {t('skmReport.endsOn')}
          <input name="endsOn" type="date" required />
        </label>
        <button type="submit">{t('skmReport.create')}</button>
      </form>

      <h2>{t('skmReport.weightsHeading')}</h2>
      <p>{t('skmReport.weightsHelp')}</p>
      {weights.customWeights.length > 0 && (
        <p role="note" className="warning">
          {t('skmReport.customWeightsWarning')}
        </p>
      )}
      <form className="editor" onSubmit={saveWeights} key={JSON.stringify(weights.weights)}>
        {Object.entries(weights.weights).map(([id, value], i) => (
          <label key={id}>
            {`U${i + 1} ${t(`skmReport.element.${id}`)}`}
            <input name={id} defaultValue={value} required maxLength={20} inputMode="decimal" />
          </label>
        ))}
        <button type="submit">{t('skmReport.saveWeights')}</button>{' '}
        <button
          type="button"
          onClick={() =>
            act(
              () => api(`${base}/weights`, { method: 'PUT', body: { weights: null } }),
              t('skmReport.weightsSaved'),
            )
          }
        >
          {t('skmReport.resetWeights')}
        </button>
      </form>
    </section>
  );
}
