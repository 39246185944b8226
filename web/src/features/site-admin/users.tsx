import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../components/layout.tsx';
import { FieldError, useFormErrors } from '../../components/use-form-errors.tsx';
import { api } from '../../lib/api.ts';
import type { Agency, SiteSummary } from '../../lib/types.ts';
import type { SiteAdminDetail, UserRow } from './types.ts';
import { UserActions } from './user-actions.tsx';

/** The server's roles (accounts.schemas.ts), in the order the form offers them. */
const ROLES = [
  'officer',
  'agency_admin',
  'site_manager',
  'evaluator',
  'national_admin',
] as const satisfies readonly UserRow['role'][];

/** /kelola/pengguna — the accounts in your scope; create one with the role and scope it needs. */
export function UsersPage() {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const errors = useFormErrors();
  const me = session.data?.user;
  const users = useQuery({
    queryKey: ['users'],
    queryFn: () => api<UserRow[]>('/api/users'),
    enabled: Boolean(me),
  });
  const sites = useQuery({ queryKey: ['sites'], queryFn: () => api<SiteSummary[]>('/api/sites') });
  const allowed = me?.role === 'site_manager' ? (['officer', 'agency_admin'] as const) : ROLES;
  const [role, setRole] = useState<string>('officer');
  const [siteId, setSiteId] = useState<string>('');
  const site = siteId || me?.siteId || sites.data?.[0]?.id || '';
  // An agency admin's site: a site manager's own (the server forces it); the national admin picks one or every
  // site of the agency ('').
  const [agencySite, setAgencySite] = useState<string>('');
  const adminSite = me?.siteId ?? agencySite;
  const agencies = useQuery({
    queryKey: ['agencies', 'active', adminSite],
    queryFn: () => api<Agency[]>(`/api/agencies${adminSite ? `?siteId=${adminSite}` : ''}`),
  });
  const detail = useQuery({
    queryKey: ['site-detail-by-id', site],
    queryFn: () => api<SiteAdminDetail>(`/api/sites/${site}`),
    enabled: Boolean(site) && role === 'officer',
  });
  const [created, setCreated] = useState<string | null>(null);

  const create = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const f = new FormData(form);
    errors.clear();
    setCreated(null);
    const value = (name: string) => (f.get(name) ? String(f.get(name)) : null);
    try {
      await api('/api/users', {
        method: 'POST',
        body: {
          username: f.get('username'),
          displayName: f.get('displayName'),
          password: f.get('password'),
          role,
          siteId: role === 'site_manager' ? site : role === 'agency_admin' ? adminSite || null : null,
          agencyId: role === 'agency_admin' ? value('agencyId') : null,
          boothId: role === 'officer' ? value('boothId') : null,
        },
      });
      setCreated(String(f.get('username')));
      form.reset();
      await queryClient.invalidateQueries({ queryKey: ['users'] });
    } catch (e) {
      errors.setError(e);
    }
  };

  if (!session.isLoading && !me) return <p>{t('siteAdmin.signIn')}</p>;
  // Mirrors the server's rule (policy.ts assertUserManageScope): a site manager manages their officers and
  // agency admins; the national admin everyone.
  const mayManage = (u: UserRow) =>
    me?.role === 'national_admin' || u.role === 'officer' || u.role === 'agency_admin';
  const siteName = (id: string | null) => sites.data?.find((s) => s.id === id)?.name ?? '';
  return (
    <section className="site-admin">
      <h1>{t('users.heading')}</h1>
      <details className="admin-card" open>
        <summary>{t('users.create')}</summary>
        <form className="editor" onSubmit={(e) => void create(e)}>
          <label>
            {t('users.username')}
            <input name="username" required autoComplete="off" />
            <FieldError text={errors.field('username')} />
          </label>
          <label>
            {t('users.displayName')}
            <input name="displayName" required />
            <FieldError text={errors.field('displayName')} />
          </label>
          <label>
            {t('users.password')}
            <input name="password" type="password" required autoComplete="new-password" />
            <FieldError text={errors.field('password')} />
          </label>
          <label>
            {t('users.role')}
            <select value={role} onChange={(e) => setRole(e.target.value)}>
              {allowed.map((r) => (
                <option key={r} value={r}>
                  {t(`users.roles.${r}`)}
                </option>
              ))}
            </select>
          </label>
          {(role === 'site_manager' || role === 'officer') && !me?.siteId && (
            <label>
              {t('users.site')}
              <select value={site} onChange={(e) => setSiteId(e.target.value)}>
                {sites.data?.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          {role === 'officer' && (
            <label>
              {t('users.booth')}
              <select name="boothId" required>
                {detail.data?.booths.map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.name}
                  </option>
                ))}
              </select>
              <FieldError text={errors.field('boothId')} />
            </label>
          )}
          {role === 'agency_admin' && !me?.siteId && (
            <label>
              {t('users.site')}
              <select value={agencySite} onChange={(e) => setAgencySite(e.target.value)}>
                <option value="">{t('users.allSites')}</option>
                {sites.data?.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          {role === 'agency_admin' && (
            <label>
              {t('users.agency')}
              <select name="agencyId" required>
                {agencies.data?.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          {errors.summary && <p role="alert">{errors.summary}</p>}
          {created && <p role="status">{t('users.created', { username: created })}</p>}
          <button type="submit">{t('users.submit')}</button>
        </form>
      </details>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('users.username')}</th>
            <th scope="col">{t('users.displayName')}</th>
            <th scope="col">{t('users.role')}</th>
            <th scope="col">{t('users.scope')}</th>
            <th scope="col">{t('userActions.heading')}</th>
          </tr>
        </thead>
        <tbody>
          {users.data?.map((u) => (
            <tr key={u.id}>
              <td>{u.username}</td>
              <td>{u.displayName}</td>
              <td>{t(`users.roles.${u.role}`)}</td>
              <td>
                {u.role === 'agency_admin' && !u.siteId ? t('users.allSites') : siteName(u.siteId)}
                {u.active ? '' : ` · ${t('siteAdmin.inactive')}`}
              </td>
              <td>
                {u.id === me?.id ? t('userActions.you') : mayManage(u) ? <UserActions user={u} /> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
