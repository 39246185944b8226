import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { TrackingPage } from '../../features/floor/tracking.tsx';
import { useOpenVisitSurvey, VisitSurvey } from '../../features/satisfaction/visit-survey.tsx';

/** /lacak/:code — a citizen follows a ticket; once served, the page turns into that service's survey. */
export function Component() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const survey = useOpenVisitSurvey(code);
  if (!survey) return <TrackingPage />;
  return (
    <>
      <VisitSurvey token={survey} />
      {/* Served: a complaint about it is one tap away, linked to this ticket (as on the tracking page itself). */}
      <p className="survey">
        <Link className="complaint-entry" to={`/pengaduan?tiket=${encodeURIComponent(code)}`}>
          {t('complaintFiling.entry')}
        </Link>
      </p>
      <details className="survey-tracking">
        <summary>{t('satisfaction.showTracking')}</summary>
        <TrackingPage />
      </details>
    </>
  );
}
