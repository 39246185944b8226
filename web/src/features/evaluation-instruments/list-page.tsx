import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../components/layout.tsx';
import { QueryState } from '../../components/page-state.tsx';
import { api } from '../../lib/api.ts';
import { useDateFormat } from '../../lib/datetime.ts';
import { ImportForm } from './import-form.tsx';
import type { InstrumentList } from './types.ts';
import './evaluation-instruments.css';

export const mayManage = (role: string | undefined) => role === 'national_admin' || role === 'evaluator';

/** /kelola/evaluasi/instrumen — the instruments with their latest version; authors create or import one. */
export function InstrumentListPage() {
  const { t } = useTranslation();
  const session = useSession();
  const list = useQuery({
    queryKey: ['instruments'],
    queryFn: () => api<InstrumentList>('/api/evaluation/instruments'),
    enabled: Boolean(session.data),
  });
  const date = useDateFormat();
  if (!session.data) return <p>{t('instruments.signInFirst')}</p>;
  if (!list.data) return <QueryState query={list} />;
  const manage = mayManage(session.data.user.role);
  return (
    <section className="instruments">
      <h1>{t('instruments.heading')}</h1>
      <p>{t('instruments.intro')}</p>
      {manage && (
        <p>
          <Link to="/kelola/evaluasi/instrumen/baru">{t('instruments.create')}</Link>
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('instruments.code')}</th>
            <th scope="col">{t('instruments.name')}</th>
            <th scope="col">{t('instruments.kindLabel')}</th>
            <th scope="col">{t('instruments.size')}</th>
            <th scope="col">{t('instruments.latest')}</th>
          </tr>
        </thead>
        <tbody>
          {list.data.instruments.map((i) => (
            <tr key={i.id}>
              <td>
                <Link to={`/kelola/evaluasi/instrumen/${i.code}`}>{i.code}</Link>
              </td>
              <td>{i.name}</td>
              <td>{t(`instruments.kind.${i.kind}`)}</td>
              <td>{t('instruments.sizeValue', { aspects: i.aspects, indicators: i.indicators })}</td>
              <td>
                {t('instruments.versionOn', {
                  version: i.latest.version,
                  date: date.day(i.latest.createdAt.slice(0, 10)),
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {manage && <ImportForm />}
    </section>
  );
}
