import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { setLanguage } from '../i18n/index.ts';
import { api, setCsrfToken } from '../lib/api.ts';
import type { SessionUser } from '../lib/types.ts';

export function useSession() {
  return useQuery({
    queryKey: ['session'],
    queryFn: async () => {
      try {
        const session = await api<SessionUser>('/api/auth/me');
        setCsrfToken(session.csrfToken);
        return session;
      } catch {
        return null;
      }
    },
  });
}

export function Layout() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const signOut = async () => {
    await api('/api/auth/logout', { method: 'POST' });
    setCsrfToken(null);
    await queryClient.invalidateQueries({ queryKey: ['session'] });
  };
  return (
    <>
      <header className="header">
        <Link to="/" className="brand">
          {t('app.title')}
        </Link>
        <nav aria-label="Utama">
          <NavLink to="/layanan">{t('nav.services')}</NavLink>
          <NavLink to="/kiosk">{t('nav.kiosk')}</NavLink>
          <NavLink to="/display">{t('nav.display')}</NavLink>
          <NavLink to="/loket">{t('nav.counter')}</NavLink>
        </nav>
        <div className="header-tools">
          <button type="button" onClick={() => setLanguage(i18n.language === 'id' ? 'en' : 'id')}>
            {t('nav.language')}
          </button>
          {session.data ? (
            <>
              <span>
                {t('login.signedInAs', {
                  name: session.data.user.displayName,
                  role: t(`users.roles.${session.data.user.role}`),
                })}
              </span>
              <Link to="/akun/kata-sandi">{t('account.nav')}</Link>
              <button type="button" onClick={() => void signOut()}>
                {t('nav.signOut')}
              </button>
            </>
          ) : (
            <Link to="/masuk">{t('nav.signIn')}</Link>
          )}
        </div>
      </header>
      <main>
        <Outlet />
      </main>
    </>
  );
}
