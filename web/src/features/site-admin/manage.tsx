import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../components/layout.tsx';
import { api } from '../../lib/api.ts';
import type { ServiceList } from '../../lib/types.ts';
import { SiteAdminLinks } from './site-links.tsx';

/** Staff area: find a service and change its standard (standard/edit-standard.tsx; each save is a new version). */
export function ManageServices() {
  const { t } = useTranslation();
  const session = useSession();
  const [q, setQ] = useState('');
  // Staff bound to a site find their site's services (another site may use the same names and codes).
  const siteId = session.data?.user.siteId ?? null;
  const results = useQuery({
    queryKey: ['manage-services', q, siteId],
    queryFn: () =>
      api<ServiceList>(
        `/api/services?limit=50${siteId ? `&siteId=${siteId}` : ''}${q ? `&q=${encodeURIComponent(q)}` : ''}`,
      ),
    enabled: session.isFetched,
  });
  if (!session.data) return <p>{t('manage.signInFirst')}</p>;
  return (
    <>
      <h1>{t('manage.heading')}</h1>
      <p>
        <Link to="/kelola/impor">{t('import.heading')}</Link> ·{' '}
        <Link to="/kelola/instansi">{t('admin.agencies')}</Link> ·{' '}
        <Link to="/kelola/audit">{t('admin.audit')}</Link> ·{' '}
        <Link to="/kelola/kehadiran">{t('floor.attendance.heading')}</Link> ·{' '}
        <Link to="/kelola/pemesanan">{t('booking.admin.link')}</Link> ·{' '}
        <Link to="/kelola/monitor">{t('application.monitor.link')}</Link> ·{' '}
        {session.data.user.role !== 'officer' && (
          <>
            <Link to="/kelola/kepuasan">{t('ikm.link')}</Link> ·{' '}
            <Link to="/kelola/pengaduan/statistik">{t('complaintMeasures.link')}</Link> ·{' '}
            <Link to="/kelola/evaluasi/dasbor">{t('evaluationDashboard.link')}</Link> ·{' '}
            <Link to="/kelola/evaluasi/instrumen">{t('instruments.link')}</Link> ·{' '}
          </>
        )}
        {session.data.user.role !== 'officer' && (
          <>
            <Link to="/kelola/pengaduan">{t('complaintHandling.link')}</Link> ·{' '}
            <Link to="/kelola/evaluasi">{t('evaluationAssess.link')}</Link> ·{' '}
            <Link to="/kelola/evaluasi/temuan">{t('evaluationFindings.link')}</Link> ·{' '}
          </>
        )}
        <Link to="/berkas">{t('application.listLink')}</Link> ·{' '}
        <Link to="/kelola/libur">{t('application.holidays.link')}</Link>
      </p>
      <SiteAdminLinks />
      <label>
        {t('search.label')}
        <input type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      </label>
      <ul className="results">
        {results.data?.items.map((s) => (
          <li key={s.id}>
            <Link to={`/kelola/layanan/${s.id}`}>{s.name}</Link>
            <span>{s.agency.shortName}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
