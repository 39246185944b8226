import { useParams, useSearchParams } from 'react-router';
import { SurveyForm } from './survey-form.tsx';

/** /survei/:token — a survey link (the ticket's slip QR, the tracking page, a notice after service). */
export function SurveyPage() {
  const { token = '' } = useParams();
  const [search] = useSearchParams();
  // A notice's link says where it came from: counted as the notification channel.
  return (
    <SurveyForm token={token} channel={search.get('dari') === 'notifikasi' ? 'notification' : 'online'} />
  );
}
