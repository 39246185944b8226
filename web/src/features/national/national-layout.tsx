import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { setLanguage } from '../../i18n/index.ts';
import './i18n.ts';
import './national.css';

/**
 * The hub's frame: it says at once that this is the national view of every MPP (not one mall's site), in
 * Indonesian first with the same language toggle as the citizen's frame. No sign-in: these are public figures.
 */
export function NationalLayout() {
  const { t, i18n } = useTranslation();
  return (
    <>
      <header className="header public-header nat-header">
        <Link to="/nasional" className="brand nat-brand">
          <span>{t('national.frame.title')}</span>
          <small>{t('national.frame.subtitle')}</small>
        </Link>
        <nav aria-label={t('national.frame.nav')}>
          <NavLink to="/nasional" end>
            {t('national.frame.ranking')}
          </NavLink>
          <NavLink to="/nasional/layanan">{t('national.frame.serviceTypes')}</NavLink>
          <NavLink to="/nasional/provinsi">{t('national.frame.provinces')}</NavLink>
          <NavLink to="/nasional/data-terbuka">{t('national.frame.openData')}</NavLink>
        </nav>
        <div className="header-tools">
          <button type="button" onClick={() => setLanguage(i18n.language === 'id' ? 'en' : 'id')}>
            {t('nav.language')}
          </button>
        </div>
      </header>
      <main className="nat-main">
        <Outlet />
      </main>
      <footer className="public-footer nat-footer">
        <p>{t('national.frame.footer')}</p>
      </footer>
    </>
  );
}
