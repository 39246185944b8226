import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../lib/api.ts';
import type { SiteSummary } from '../../lib/types.ts';

/** /kiosk and /display without a site: choose which MPP this device serves. */
export function SitePicker({ kind }: { kind: 'kiosk' | 'display' }) {
  const { t } = useTranslation();
  const sites = useQuery({ queryKey: ['sites'], queryFn: () => api<SiteSummary[]>('/api/sites') });
  return (
    <section>
      <h1>{t(`floor.picker.${kind}`)}</h1>
      <p>{t('floor.picker.help')}</p>
      <ul className="cards">
        {sites.data?.map((s) => (
          <li key={s.id}>
            <Link to={`/${kind}/${s.code}`}>{s.name}</Link>
            <p>
              {s.city}, {s.province}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
