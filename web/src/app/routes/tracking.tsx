import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
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
      <details className="survey-tracking">
        <summary>{t('satisfaction.showTracking')}</summary>
        <TrackingPage />
      </details>
    </>
  );
}
