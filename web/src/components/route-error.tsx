import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { NotFoundPage } from './page-state.tsx';

/**
 * What a screen shows when it throws while rendering or its code fails to load (a chunk gone after a new
 * release, a dropped connection): a message in the language on screen, a reload (which fetches the current
 * release) and a way back home — never a blank page. Set as each route subtree's ErrorBoundary.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <section className="page-state">
      <h1>{t('routeError.heading')}</h1>
      <p role="alert">{t('routeError.body')}</p>
      <p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </button>{' '}
        <Link to="/">{t('routeError.home')}</Link>
      </p>
    </section>
  );
}
