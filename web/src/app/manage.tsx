import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, api } from '../lib/api.ts';
import { useSession } from './layout.tsx';
import { QueryState } from './page-state.tsx';
import { WorkflowEditor } from './requests/workflow-editor.tsx';
import { SiteAdminLinks } from './site-admin/site-links.tsx';
import type { ServiceDetail, ServiceSummary, Standard } from './types.ts';

/** Staff area: find a service and change its standard (each save is a new version; the old stays in history). */
export function ManageServices() {
  const { t } = useTranslation();
  const session = useSession();
  const [q, setQ] = useState('');
  const results = useQuery({
    queryKey: ['manage-services', q],
    queryFn: () =>
      api<{ items: ServiceSummary[] }>(`/api/services?limit=50${q ? `&q=${encodeURIComponent(q)}` : ''}`),
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

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function EditStandard() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const service = useQuery({
    queryKey: ['service', id],
    queryFn: () => api<ServiceDetail>(`/api/services/${id}`),
  });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  if (!service.data) return <QueryState query={service} />;
  const current = service.data.standard.standard;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const get = (name: string) => String(f.get(name) ?? '');
    const standard: Standard = {
      ...current,
      product: get('product'),
      completionTime: {
        amount: Number(get('ctAmount')),
        unit: get('ctUnit'),
        pausesWhenReturned: f.get('ctPauses') === 'on',
      },
      fee: { ...current.fee, amount: Number(get('fee')), isFree: Number(get('fee')) === 0 },
      requirements: lines(get('requirements')).map((name) => {
        const existing = current.requirements.find((r) => r.name === name);
        return existing ?? { name, description: '', isDocument: true, mandatory: true };
      }),
      procedure: lines(get('procedure')).map((title) => {
        const existing = current.procedure.find((p) => p.title === title);
        return existing ?? { title, description: '' };
      }),
    };
    try {
      const res = await api<{ version: number }>(`/api/services/${id}/standard`, {
        method: 'PUT',
        body: { baseVersion: service.data.currentVersion, changeNote: get('changeNote'), standard },
      });
      await queryClient.invalidateQueries({ queryKey: ['service', id] });
      setMessage({ ok: true, text: t('manage.saved', { version: res.version }) });
    } catch (e) {
      const text =
        e instanceof ApiError
          ? [e.body.message, ...(e.body.details ?? []).map((d) => d.message)]
              .map((m) => (i18n.language === 'en' ? m.en : m.id))
              .join(' ')
          : t('error.generic');
      setMessage({ ok: false, text });
    }
  };
  return (
    <>
      <form className="editor" onSubmit={(e) => void submit(e)} key={service.data.currentVersion}>
        <h1>{service.data.name}</h1>
        <p>
          {t('service.version', {
            version: service.data.currentVersion,
            date: service.data.standard.effectiveFrom,
          })}
        </p>
        <label>
          {t('service.product')}
          <input name="product" defaultValue={current.product} required />
        </label>
        <label>
          {t('manage.completionAmount')}
          <input
            name="ctAmount"
            type="number"
            min={1}
            defaultValue={current.completionTime.amount}
            required
          />
        </label>
        <label>
          {t('manage.completionUnit')}
          <select name="ctUnit" defaultValue={current.completionTime.unit}>
            <option value="minutes">{t('manage.unit.minutes')}</option>
            <option value="hours">{t('manage.unit.hours')}</option>
            <option value="working_days">{t('manage.unit.working_days')}</option>
          </select>
        </label>
        <label className="check">
          <input
            name="ctPauses"
            type="checkbox"
            defaultChecked={current.completionTime.pausesWhenReturned !== false}
          />
          {t('manage.pausesWhenReturned')}
        </label>
        <label>
          {t('manage.feeAmount')}
          <input name="fee" type="number" min={0} defaultValue={current.fee.amount} required />
        </label>
        <label>
          {t('manage.requirementsLines')}
          <textarea
            name="requirements"
            rows={6}
            defaultValue={current.requirements.map((r) => r.name).join('\n')}
          />
        </label>
        <label>
          {t('manage.procedureLines')}
          <textarea
            name="procedure"
            rows={6}
            defaultValue={current.procedure.map((p) => p.title).join('\n')}
          />
        </label>
        <label>
          {t('manage.changeNote')}
          <input name="changeNote" required minLength={3} />
        </label>
        {message && (
          <p role={message.ok ? 'status' : 'alert'} aria-live="polite">
            {message.text}
          </p>
        )}
        <button type="submit">{t('manage.save')}</button>
        <p>
          <Link to={`/layanan/${id}`}>{t('manage.viewPublic')}</Link>
        </p>
      </form>
      <WorkflowEditor serviceId={id} />
    </>
  );
}
