import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agencyInput, agencyTypes } from '../../../../src/modules/catalogue/catalogue.schemas.ts';
import { useSession } from '../../components/layout.tsx';
import { FieldError, useFormErrors } from '../../components/use-form-errors.tsx';
import { ApiError, api } from '../../lib/api.ts';
import { checkedBody } from '../../lib/form-check.ts';
import type { Agency, SiteSummary } from '../../lib/types.ts';
import { AgencyRow } from './agency-row.tsx';
import type { AuditEntry, AuditList } from './types.ts';

function useErrorText() {
  const { t, i18n } = useTranslation();
  return (e: unknown) => {
    if (!(e instanceof ApiError)) return t('error.generic');
    const pick = (m: { id: string; en: string }) => (i18n.language === 'en' ? m.en : m.id);
    // The field's own message says what is wrong; the server's path ("body.code") means nothing to a reader.
    return [pick(e.body.message), ...new Set((e.body.details ?? []).map((d) => pick(d.message)))].join(' ');
  };
}

/** Agencies: list, create, deactivate/reactivate (the server decides who may). */
export function AgenciesPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const errors = useFormErrors(['code', 'name', 'shortName', 'type']);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const session = useSession();
  // A site manager's agencies are their site's; the national admin sees every site's and names the owner.
  const ownSite = (session.data?.user as { siteId?: string | null } | undefined)?.siteId ?? null;
  const sites = useQuery({ queryKey: ['sites'], queryFn: () => api<SiteSummary[]>('/api/sites') });
  const siteCode = new Map((sites.data ?? []).map((s) => [s.id, s.code]));
  const agencies = useQuery({
    queryKey: ['agencies', 'all', ownSite],
    queryFn: () => api<Agency[]>(`/api/agencies?includeInactive=true${ownSite ? `&siteId=${ownSite}` : ''}`),
    enabled: session.isFetched,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['agencies'] });
  const create = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const f = new FormData(form);
    errors.clear();
    setMessage(null);
    try {
      await api('/api/agencies', {
        method: 'POST',
        body: checkedBody(agencyInput, {
          ...(f.get('siteId') ? { siteId: String(f.get('siteId')) } : {}),
          code: String(f.get('code') ?? ''),
          name: String(f.get('name') ?? ''),
          shortName: String(f.get('shortName') ?? ''),
          type: String(f.get('type') ?? '') as Agency['type'],
        }),
      });
      form.reset();
      setMessage({ ok: true, text: t('admin.saved') });
      await refresh();
    } catch (e) {
      errors.setError(e);
    }
  };
  const toggle = async (agency: Agency) => {
    try {
      await api(`/api/agencies/${agency.id}`, { method: 'PATCH', body: { active: !agency.active } });
      await refresh();
    } catch (e) {
      setMessage({ ok: false, text: errorText(e) });
    }
  };
  return (
    <>
      <h1>{t('admin.agencies')}</h1>
      <form className="editor" onSubmit={(e) => void create(e)}>
        <h2>{t('admin.newAgency')}</h2>
        {!ownSite && (
          <label>
            {t('agencyOwner.site')}
            <select name="siteId" required defaultValue="">
              <option value="">{t('agencyOwner.chooseSite')}</option>
              {sites.data?.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.code} · {s.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <p>{t('agencyOwner.codeHint')}</p>
        <label>
          {t('admin.code')}
          {/* Browsers compile `pattern` with the v flag: a literal "-" in a class must be escaped. */}
          <input
            name="code"
            required
            pattern="[A-Za-z0-9][A-Za-z0-9\-]{1,39}"
            title={t('admin.codeHint')}
            aria-invalid={errors.field('code') ? true : undefined}
          />
          <FieldError text={errors.field('code')} />
        </label>
        <label>
          {t('admin.name')}
          <input name="name" required minLength={3} aria-invalid={errors.field('name') ? true : undefined} />
          <FieldError text={errors.field('name')} />
        </label>
        <label>
          {t('admin.shortName')}
          <input
            name="shortName"
            required
            minLength={2}
            aria-invalid={errors.field('shortName') ? true : undefined}
          />
          <FieldError text={errors.field('shortName')} />
        </label>
        <label>
          {t('admin.type')}
          <select name="type">
            {agencyTypes.map((type) => (
              <option key={type} value={type}>
                {t(`admin.agencyType.${type}`)}
              </option>
            ))}
          </select>
        </label>
        {errors.summary && <p role="alert">{errors.summary}</p>}
        <button type="submit">{t('admin.create')}</button>
      </form>
      {message && <p role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('agencyOwner.site')}</th>
            <th scope="col">{t('admin.code')}</th>
            <th scope="col">{t('admin.name')}</th>
            <th scope="col">{t('admin.type')}</th>
            <th scope="col">{t('nav.services')}</th>
            <th scope="col">{t('admin.status')}</th>
          </tr>
        </thead>
        <tbody>
          {agencies.data?.map((a) => (
            <AgencyRow
              key={a.id}
              agency={a}
              siteCode={siteCode.get(a.siteId) ?? ''}
              onChanged={refresh}
              onToggle={() => void toggle(a)}
            />
          ))}
        </tbody>
      </table>
    </>
  );
}

/** The site's audit log, newest first, 50 at a time. */
export function AuditPage() {
  const { t } = useTranslation();
  const [pages, setPages] = useState<AuditEntry[][]>([]);
  const first = useQuery({
    queryKey: ['audit'],
    queryFn: () => api<AuditList>('/api/audit?limit=50'),
  });
  const errorText = useErrorText();
  const entries = [...(first.data?.items ?? []), ...pages.flat()];
  const more = async () => {
    const last = entries[entries.length - 1];
    if (!last) return;
    const next = await api<AuditList>(`/api/audit?limit=50&beforeId=${last.id}`);
    setPages((p) => [...p, next.items]);
  };
  if (first.error) return <p role="alert">{errorText(first.error)}</p>;
  return (
    <>
      <h1>{t('admin.audit')}</h1>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('admin.time')}</th>
            <th scope="col">{t('admin.user')}</th>
            <th scope="col">{t('admin.action')}</th>
            <th scope="col">{t('admin.entity')}</th>
            <th scope="col">{t('admin.change')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{new Date(e.at).toLocaleString()}</td>
              <td>
                {e.actorUsername} {e.actorRole ? `(${t(`users.roles.${e.actorRole}`)})` : ''}
              </td>
              <td>{e.action}</td>
              <td>
                {e.entityType} {e.entityId?.slice(0, 8)}
              </td>
              <td>
                <details>
                  <summary>{t('admin.showChange')}</summary>
                  <pre>{JSON.stringify({ before: e.before, after: e.after }, null, 2)}</pre>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => void more()}>
        {t('admin.loadMore')}
      </button>
    </>
  );
}
