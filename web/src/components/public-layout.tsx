import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { setLanguage } from '../i18n/index.ts';

/**
 * The citizen's frame: what a person with a phone needs (services, booking check, file tracking, language)
 * and nothing of the staff's (kiosk, display, counter console, sign-in state). It asks the server nothing,
 * so a page on a slow network waits only for its own data.
 */
export function PublicLayout() {
  const { t, i18n } = useTranslation();
  return (
    <>
      <header className="header public-header">
        <Link to="/" className="brand">
          {t('app.title')}
        </Link>
        <nav aria-label={t('citizen.nav.label')}>
          <NavLink to="/layanan">{t('nav.services')}</NavLink>
          <NavLink to="/pesan/cek">{t('citizen.nav.booking')}</NavLink>
          <NavLink to="/lacak-berkas">{t('citizen.nav.trackFile')}</NavLink>
        </nav>
        <div className="header-tools">
          <button type="button" onClick={() => setLanguage(i18n.language === 'id' ? 'en' : 'id')}>
            {t('nav.language')}
          </button>
        </div>
      </header>
      <main>
        <Outlet />
      </main>
      <footer className="public-footer no-print">
        <Link to="/masuk">{t('citizen.nav.staff')}</Link>
      </footer>
    </>
  );
}
