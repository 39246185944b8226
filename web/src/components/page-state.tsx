import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, isNotFound } from '../lib/api.ts';

/** The page for an address that leads nowhere: an unknown route, or an id the server does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="page-state">
      <h1>{t('notFound.heading')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link> · <Link to="/layanan">{t('notFound.services')}</Link>
      </p>
    </section>
  );
}

/** A load that failed for another reason: the server's words in the language on screen, and a retry. */
function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t, i18n } = useTranslation();
  const text =
    error instanceof ApiError
      ? i18n.language === 'en'
        ? error.body.message.en
        : error.body.message.id
      : t('pageState.offline');
  return (
    <section className="page-state">
      <h1>{t('pageState.heading')}</h1>
      <p role="alert">{text}</p>
      <button type="button" onClick={onRetry}>
        {t('pageState.retry')}
      </button>
    </section>
  );
}

/**
 * What a page shows while its main query has no data: loading, not found (404 or a malformed id), or the
 * error with a retry — never "loading" forever. `className` lets full-screen devices keep their look.
 */
export function QueryState({
  query,
  className,
}: {
  query: Pick<UseQueryResult, 'error' | 'isError' | 'refetch'>;
  className?: string;
}) {
  const { t } = useTranslation();
  if (query.isError && isNotFound(query.error)) return <NotFoundPage />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <p className={className} aria-busy="true">
      {t('loading')}
    </p>
  );
}
