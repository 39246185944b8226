import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../lib/api.ts';
import type { SiteSummary } from '../lib/types.ts';
import { useSession } from './layout.tsx';

/**
 * The site a manager's page is about: a site manager's own (no choice shown), or one to choose for national
 * admins, evaluators and agency admins (the first site until they pick).
 */
export function useSiteChoice() {
  const session = useSession();
  const sites = useQuery({ queryKey: ['sites'], queryFn: () => api<SiteSummary[]>('/api/sites') });
  const mySite = (session.data?.user as { siteId?: string | null } | undefined)?.siteId ?? null;
  const [chosen, setChosen] = useState<string | null>(null);
  const siteId = chosen ?? mySite ?? sites.data?.[0]?.id ?? null;
  const site = sites.data?.find((s) => s.id === siteId) ?? null;
  return { session, sites: sites.data ?? [], site, mySite, choose: setChosen };
}

export function SiteSelect({ choice }: { choice: ReturnType<typeof useSiteChoice> }) {
  const { t } = useTranslation();
  if (choice.mySite) return null;
  return (
    <label>
      {t('floor.attendance.site')}
      <select value={choice.site?.id ?? ''} onChange={(e) => choice.choose(e.target.value)}>
        {choice.sites.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </label>
  );
}
