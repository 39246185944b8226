import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';
import { SurveyForm } from './survey-form.tsx';
import type { VisitSurveys } from './types.ts';

/**
 * On a ticket's tracking page: once a step is served, its survey (the first still open). The tracking code is the
 * bearer's secret, so the server gives this page the survey's token. Polls while nothing is open yet, so the page
 * turns into the survey soon after the counter finishes.
 */
export function useOpenVisitSurvey(code: string): string | null {
  const surveys = useQuery({
    queryKey: ['visit-surveys', code],
    queryFn: () => api<VisitSurveys>(`/api/surveys/by-tracking/${encodeURIComponent(code)}`),
    refetchInterval: (query) => (query.state.data?.surveys.some((s) => s.state === 'open') ? false : 15_000),
    retry: false,
  });
  return surveys.data?.surveys.find((s) => s.state === 'open')?.token ?? null;
}

export function VisitSurvey({ token }: { token: string }) {
  return <SurveyForm token={token} channel="online" />;
}
