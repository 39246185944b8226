import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../components/layout.tsx';
import { api } from '../../lib/api.ts';
import type { CounterChoice } from './types.ts';

/** /loket: the counters this staff member may open, grouped by booth, with who holds each one now. */
export function CounterPicker() {
  const { t } = useTranslation();
  const session = useSession();
  const counters = useQuery({
    queryKey: ['counters'],
    queryFn: () => api<CounterChoice[]>('/api/floor/counters'),
    enabled: Boolean(session.data),
    refetchInterval: 15_000,
  });
  if (session.isLoading) return <p>{t('floor.loading')}</p>;
  if (!session.data)
    return (
      <section>
        <h1>{t('floor.console.heading')}</h1>
        <p>
          <Link to="/masuk?next=/loket">{t('floor.console.signInFirst')}</Link>
        </p>
      </section>
    );
  const booths = new Map<string, CounterChoice[]>();
  for (const c of counters.data ?? []) booths.set(c.boothName, [...(booths.get(c.boothName) ?? []), c]);
  return (
    <section>
      <h1>{t('floor.console.pickHeading')}</h1>
      {counters.data?.length === 0 && <p>{t('floor.console.noCounters')}</p>}
      {[...booths].map(([boothName, list]) => (
        <div key={boothName}>
          <h2>
            {boothName} · {list[0]?.siteCode}
          </h2>
          <ul className="counter-grid">
            {list.map((c) => (
              <li key={c.id}>
                <Link to={`/loket/${c.id}`} className="counter-tile">
                  <strong>{t('floor.console.counterN', { number: c.number })}</strong>
                  <span>{c.label}</span>
                  <small>
                    {c.openedBy ? t('floor.console.heldBy', { name: c.openedBy }) : t('floor.console.free')}
                  </small>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
