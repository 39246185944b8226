import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../components/layout.tsx';
import { api } from '../../lib/api.ts';
import { useErrorText } from '../../lib/error-text.ts';
import type { Holiday } from './types.ts';

/** /kelola/libur — national holidays and collective leave, the data every working-day deadline skips. */
export function HolidaysPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const session = useSession();
  const isAdmin = session.data?.user.role === 'national_admin';
  const [year, setYear] = useState(new Date().getFullYear());
  const [error, setError] = useState<string | null>(null);
  const list = useQuery({
    queryKey: ['holidays', year],
    queryFn: () => api<Holiday[]>(`/api/holidays?year=${year}`),
  });
  const change = async (run: () => Promise<unknown>) => {
    setError(null);
    try {
      await run();
    } catch (e) {
      setError(errorText(e));
    }
    await list.refetch();
  };
  const add = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const target = e.currentTarget;
    void change(async () => {
      await api('/api/holidays', {
        method: 'POST',
        body: {
          date: form.get('date'),
          name: form.get('name'),
          kind: form.get('kind'),
          source: form.get('source'),
        },
      });
      target.reset();
    });
  };
  return (
    <section>
      <h1>{t('application.holidays.heading')}</h1>
      <label>
        {t('application.holidays.year')}
        <select value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {[2025, 2026, 2027, 2028].map((y) => (
            <option key={y}>{y}</option>
          ))}
        </select>
      </label>
      {!isAdmin && <p className="hint">{t('application.holidays.onlyAdmin')}</p>}
      {error && <p role="alert">{error}</p>}
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('application.holidays.date')}</th>
            <th>{t('application.holidays.name')}</th>
            <th>{t('application.holidays.kind')}</th>
            <th>{t('application.holidays.source')}</th>
            {isAdmin && <th />}
          </tr>
        </thead>
        <tbody>
          {list.data?.map((h) => (
            <tr key={h.id}>
              <td>
                {new Date(`${h.date}T00:00:00Z`).toLocaleDateString('id-ID', {
                  weekday: 'short',
                  day: 'numeric',
                  month: 'short',
                  timeZone: 'UTC',
                })}
              </td>
              <td>
                {h.name}
                {h.provisional && (
                  <span className="sla sla-at_risk"> {t('application.holidays.provisional')}</span>
                )}
              </td>
              <td>{t(`application.holidays.${h.kind}`)}</td>
              <td>{h.source}</td>
              {isAdmin && (
                <td>
                  {h.provisional && (
                    <button
                      type="button"
                      onClick={() =>
                        void change(() =>
                          api(`/api/holidays/${h.id}`, { method: 'PUT', body: { ...h, provisional: false } }),
                        )
                      }
                    >
                      {t('application.holidays.confirm')}
                    </button>
                  )}
                  <button
                    type="button"
                    onClick={() => void change(() => api(`/api/holidays/${h.id}`, { method: 'DELETE' }))}
                  >
                    {t('application.holidays.remove')}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {isAdmin && (
        <form onSubmit={add} className="inline-form">
          <label>
            {t('application.holidays.date')}
            <input type="date" name="date" required />
          </label>
          <label>
            {t('application.holidays.name')}
            <input name="name" required minLength={3} />
          </label>
          <label>
            {t('application.holidays.kind')}
            <select name="kind">
              <option value="national">{t('application.holidays.national')}</option>
              <option value="collective_leave">{t('application.holidays.collective_leave')}</option>
            </select>
          </label>
          <label>
            {t('application.holidays.source')}
            <input name="source" />
          </label>
          <button type="submit" className="primary">
            {t('application.holidays.add')}
          </button>
        </form>
      )}
    </section>
  );
}
