import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../lib/api.ts';
import { useErrorText } from '../../lib/error-text.ts';
import type { FollowUp, PeriodDetail } from './types.ts';

const STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;

/**
 * /kelola/survei/periode/:id — a period's follow-up plan (rencana tindak lanjut): the elements with their NRR (the
 * three weakest marked), an action per weak element with its owner and due date, each action's status and note as
 * the work goes on, and the previous period's actions (the report shows both).
 */
export function SurveyFollowUpsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const key = ['survey-period', id];
  const view = useQuery({
    queryKey: key,
    queryFn: () => api<PeriodDetail>(`/api/satisfaction/periods/${encodeURIComponent(id)}`),
    retry: false,
  });
  const act = (run: () => Promise<unknown>, done: string) => {
    setError(null);
    setSaved(null);
    run()
      .then(() => {
        setSaved(done);
        return queryClient.invalidateQueries({ queryKey: key });
      })
      .catch((e: unknown) => setError(errorText(e)));
  };
  if (view.isError) return <p role="alert">{errorText(view.error)}</p>;
  if (!view.data) return <p>{t('skmReport.loading')}</p>;
  const { period, site, elements, weakest, followUps, previous } = view.data;
  const name = (element: string) => t(`skmReport.element.${element}`);

  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const target = event.currentTarget;
    act(async () => {
      await api(`/api/satisfaction/periods/${period.id}/follow-ups`, {
        method: 'POST',
        body: {
          element: String(form.get('element')),
          action: String(form.get('action') ?? ''),
          owner: String(form.get('owner') ?? ''),
          dueOn: String(form.get('dueOn') ?? ''),
        },
      });
      target.reset();
    }, t('skmReport.followUpAdded'));
  };
  const update = (f: FollowUp, event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const note = String(form.get('statusNote') ?? '').trim();
    act(
      () =>
        api(`/api/satisfaction/follow-ups/${f.id}`, {
          method: 'PATCH',
          body: { status: String(form.get('status')), statusNote: note === '' ? null : note },
        }),
      t('skmReport.followUpSaved'),
    );
  };

  return (
    <section className="site-admin survey-follow-ups">
      <h1>{t('skmReport.followUpsHeading', { label: period.label, site: site.name })}</h1>
      <p>
        <Link to={`/kelola/mpp/${site.code}/survei`}>{t('skmReport.backToPeriods')}</Link> ·{' '}
        <a href={`/api/satisfaction/periods/${period.id}/report.pdf`}>{t('skmReport.reportPdf')}</a>
      </p>
      <p>
        {t('skmReport.summary', {
          respondents: period.respondents,
          converted: period.converted ?? '—',
          grade: period.grade ?? '—',
        })}
      </p>
      {error && <p role="alert">{error}</p>}
      {saved && <p role="status">{saved}</p>}

      <table>
        <caption>{t('skmReport.elementsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('skmReport.element.heading')}</th>
            <th scope="col">NRR</th>
            <th scope="col">{t('skmReport.answered')}</th>
          </tr>
        </thead>
        <tbody>
          {elements.map((e, i) => (
            <tr key={e.id} className={weakest.includes(e.id) ? 'weak' : undefined}>
              <th scope="row">
                {`U${i + 1} ${name(e.id)}`}
                {weakest.includes(e.id) && <strong> — {t('skmReport.weak')}</strong>}
              </th>
              <td>{e.nrr ?? '—'}</td>
              <td>{e.answered}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t('skmReport.planHeading')}</h2>
      {followUps.length === 0 ? (
        <p>{t('skmReport.noFollowUps')}</p>
      ) : (
        <ul className="follow-ups">
          {followUps.map((f) => (
            <li key={f.id}>
              <form className="editor" onSubmit={(e) => update(f, e)} aria-label={f.action}>
                <p>
                  <strong>{name(f.element)}</strong>: {f.action} — {f.owner},{' '}
                  {t('skmReport.due', { date: f.dueOn })}
                </p>
                <label>
                  {t('skmReport.status')}
                  <select name="status" defaultValue={f.status}>
                    {STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {t(`skmReport.statusValue.${s}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {t('skmReport.statusNote')}
                  <input name="statusNote" defaultValue={f.statusNote ?? ''} maxLength={1000} />
                </label>
                <button type="submit">{t('skmReport.save')}</button>{' '}
                <button
                  type="button"
                  onClick={() =>
                    act(
                      () => api(`/api/satisfaction/follow-ups/${f.id}`, { method: 'DELETE' }),
                      t('skmReport.followUpDeleted'),
                    )
                  }
                >
                  {t('skmReport.delete')}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}

      <h3>{t('skmReport.addFollowUp')}</h3>
      <form className="editor" onSubmit={add}>
        <label>
          {t('skmReport.element.heading')}
          <select name="element" defaultValue={weakest[0]}>
            {elements.map((e) => (
              <option key={e.id} value={e.id}>
                {name(e.id)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('skmReport.action')}
          <input name="action" required maxLength={1000} />
        </label>
        <label>
          {t('skmReport.owner')}
          <input name="owner" required maxLength={200} />
        </label>
        <label>
          {t('skmReport.dueOn')}
          <input name="dueOn" type="date" required />
        </label>
        <button type="submit">{t('skmReport.add')}</button>
      </form>

      <h2>{t('skmReport.previousHeading')}</h2>
      {!previous ? (
        <p>{t('skmReport.noPrevious')}</p>
      ) : previous.followUps.length === 0 ? (
        <p>{t('skmReport.previousEmpty', { label: previous.label })}</p>
      ) : (
        <table>
          <caption>{previous.label}</caption>
          <thead>
            <tr>
              <th scope="col">{t('skmReport.element.heading')}</th>
              <th scope="col">{t('skmReport.action')}</th>
              <th scope="col">{t('skmReport.owner')}</th>
              <th scope="col">{t('skmReport.status')}</th>
              <th scope="col">{t('skmReport.statusNote')}</th>
            </tr>
          </thead>
          <tbody>
            {previous.followUps.map((f) => (
              <tr key={f.id}>
                <td>{name(f.element)}</td>
                <td>{f.action}</td>
                <td>{f.owner}</td>
                <td>{t(`skmReport.statusValue.${f.status}`)}</td>
                <td>{f.statusNote ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
