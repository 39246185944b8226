import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../components/layout.tsx';
import { api } from '../../lib/api.ts';
import type { SiteSummary } from '../../lib/types.ts';

/** Links from /kelola to the site pages the signed-in manager (or national admin) may run. */
export function SiteAdminLinks() {
  const { t } = useTranslation();
  const session = useSession();
  const sites = useQuery({ queryKey: ['sites'], queryFn: () => api<SiteSummary[]>('/api/sites') });
  const me = session.data?.user as { role?: string; siteId?: string | null } | undefined;
  if (me?.role !== 'site_manager' && me?.role !== 'national_admin') return null;
  const mine = (sites.data ?? []).filter((s) => me.role === 'national_admin' || s.id === me.siteId);
  return (
    <p>
      {mine.map((s) => (
        <span key={s.id}>
          {s.name}: <Link to={`/kelola/mpp/${s.code}`}>{t('siteAdmin.settingsLink')}</Link> ·{' '}
          <Link to={`/kelola/mpp/${s.code}/loket`}>{t('siteAdmin.boothsLink')}</Link> ·{' '}
          <Link to={`/kelola/mpp/${s.code}/perangkat`}>{t('floor.devices.link')}</Link> ·{' '}
          <Link to={`/kelola/mpp/${s.code}/survei`}>{t('skmReport.periodsLink')}</Link>
          <br />
        </span>
      ))}
      <Link to="/kelola/pengguna">{t('users.heading')}</Link> ·{' '}
      <Link to="/kelola/tautan-nasional">{t('siteAdmin.nationalLinkLink')}</Link>
    </p>
  );
}
