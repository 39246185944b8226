import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import './i18n/index.ts';
import './styles.css';
import './features/floor/floor.css';
import './features/requests/requests.css';
import { Layout } from './components/layout.tsx';
import { NotFoundPage } from './components/page-state.tsx';
import { PublicLayout } from './components/public-layout.tsx';
import { RouteError } from './components/route-error.tsx';
import { shouldRetry } from './lib/api.ts';
import { publicConfigQuery } from './lib/public-url.ts';

/**
 * One lazy module per screen (app/routes/): a phone downloads the shell (router, i18n, the two frames) and
 * the screen it opened, not the consoles, charts and editors of the others. Each subtree has an error
 * boundary; inside a frame it sits under the frame, so the header stays and the way back is at hand.
 */
const router = createBrowserRouter([
  // Full-screen floor devices: no site header, nothing to wander off to.
  { path: '/kiosk/:site', lazy: () => import('./app/routes/kiosk.tsx'), ErrorBoundary: RouteError },
  { path: '/display/:site', lazy: () => import('./app/routes/display.tsx'), ErrorBoundary: RouteError },
  {
    path: '/kiosk/:site/pengaduan',
    lazy: () => import('./app/routes/kiosk-complaint.tsx'),
    ErrorBoundary: RouteError,
  },
  {
    path: '/survei-loket/:site',
    lazy: () => import('./app/routes/survey-device.tsx'),
    ErrorBoundary: RouteError,
  },
  {
    // The national view (the hub's pages): its own frame, whose module also loads the national texts, so a
    // site's citizen never downloads them. Charts are loaded inside the pages, after the figures.
    path: '/nasional',
    lazy: () => import('./app/routes/national.tsx'),
    ErrorBoundary: RouteError,
    children: [
      {
        ErrorBoundary: RouteError,
        children: [
          { index: true, lazy: () => import('./app/routes/national-ranking.tsx') },
          { path: 'situs/:code', lazy: () => import('./app/routes/national-site.tsx') },
          { path: 'layanan', lazy: () => import('./app/routes/national-service-type.tsx') },
          { path: 'layanan/:type', lazy: () => import('./app/routes/national-service-type.tsx') },
          { path: 'provinsi', lazy: () => import('./app/routes/national-provinces.tsx') },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
  {
    // Citizen pages: a light frame without the staff menu.
    element: <PublicLayout />,
    ErrorBoundary: RouteError,
    children: [
      {
        ErrorBoundary: RouteError,
        children: [
          { path: '/', lazy: () => import('./app/routes/home.tsx') },
          { path: '/layanan', lazy: () => import('./app/routes/catalogue.tsx') },
          { path: '/layanan/:id', lazy: () => import('./app/routes/service.tsx') },
          { path: '/instansi/:id', lazy: () => import('./app/routes/agency.tsx') },
          { path: '/mpp/:code', lazy: () => import('./app/routes/site.tsx') },
          // Its chart library is the heaviest part of the app: loaded only on this page.
          { path: '/mpp/:code/antrean', lazy: () => import('./app/routes/live.tsx') },
          // Kept for old links only: the address before the KBBI spelling ("antrean"), still printed on older
          // posters. It shows the same page as /mpp/:code/antrean; new links use that one.
          { path: '/mpp/:code/antrian', lazy: () => import('./app/routes/live.tsx') },
          { path: '/lacak/:code', lazy: () => import('./app/routes/tracking.tsx') },
          { path: '/survei/:token', lazy: () => import('./app/routes/survey.tsx') },
          { path: '/lacak-berkas', lazy: () => import('./app/routes/file-tracking.tsx') },
          { path: '/pesan/cek', lazy: () => import('./app/routes/booking-check.tsx') },
          { path: '/pesan/:site', lazy: () => import('./app/routes/booking.tsx') },
          { path: '/kepuasan/:site', lazy: () => import('./app/routes/public-satisfaction.tsx') },
          {
            path: '/pengaduan/statistik/:site',
            lazy: () => import('./app/routes/public-complaint-statistics.tsx'),
          },
          { path: '/pengaduan', lazy: () => import('./app/routes/complaint-filing.tsx') },
          { path: '/pengaduan/lacak', lazy: () => import('./app/routes/complaint-tracking.tsx') },
          // The national hub's open data (a hub page; light, for phones on slow links).
          { path: '/nasional/data-terbuka', lazy: () => import('./app/routes/national-open-data.tsx') },
          // An address that leads nowhere: the not-found page in the citizen's frame.
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
  {
    element: <Layout />,
    ErrorBoundary: RouteError,
    children: [
      {
        ErrorBoundary: RouteError,
        children: [
          { path: '/kiosk', lazy: () => import('./app/routes/kiosk-picker.tsx') },
          { path: '/display', lazy: () => import('./app/routes/display-picker.tsx') },
          { path: '/loket', lazy: () => import('./app/routes/counter-picker.tsx') },
          { path: '/loket/:id', lazy: () => import('./app/routes/console.tsx') },
          { path: '/berkas', lazy: () => import('./app/routes/files.tsx') },
          { path: '/berkas/:id', lazy: () => import('./app/routes/file.tsx') },
          { path: '/kelola/monitor', lazy: () => import('./app/routes/monitor.tsx') },
          { path: '/kelola/monitor/langsung', lazy: () => import('./app/routes/monitor-live.tsx') },
          { path: '/kelola/kepuasan', lazy: () => import('./app/routes/satisfaction-index.tsx') },
          { path: '/kelola/pengaduan/statistik', lazy: () => import('./app/routes/complaint-measures.tsx') },
          { path: '/kelola/evaluasi/dasbor', lazy: () => import('./app/routes/evaluation-dashboard.tsx') },
          { path: '/kelola/libur', lazy: () => import('./app/routes/holidays.tsx') },
          {
            path: '/kelola/evaluasi/instrumen',
            lazy: () => import('./app/routes/evaluation-instruments.tsx'),
          },
          {
            path: '/kelola/evaluasi/instrumen/baru',
            lazy: () => import('./app/routes/evaluation-instrument-editor.tsx'),
          },
          {
            path: '/kelola/evaluasi/instrumen/:code',
            lazy: () => import('./app/routes/evaluation-instrument.tsx'),
          },
          {
            path: '/kelola/evaluasi/instrumen/:code/ubah',
            lazy: () => import('./app/routes/evaluation-instrument-editor.tsx'),
          },
          { path: '/kelola/pengaduan', lazy: () => import('./app/routes/complaints.tsx') },
          { path: '/kelola/pengaduan/:id', lazy: () => import('./app/routes/complaint.tsx') },
          { path: '/kelola/pengaduan/catat', lazy: () => import('./app/routes/complaint-record.tsx') },
          { path: '/kelola/evaluasi', lazy: () => import('./app/routes/evaluation-assessments.tsx') },
          {
            path: '/kelola/evaluasi/penilaian/:id',
            lazy: () => import('./app/routes/evaluation-assessment.tsx'),
          },
          { path: '/kelola/evaluasi/temuan', lazy: () => import('./app/routes/evaluation-findings.tsx') },
          { path: '/masuk', lazy: () => import('./app/routes/login.tsx') },
          { path: '/akun/kata-sandi', lazy: () => import('./app/routes/password.tsx') },
          { path: '/kelola', lazy: () => import('./app/routes/manage.tsx') },
          { path: '/kelola/impor', lazy: () => import('./app/routes/import.tsx') },
          { path: '/kelola/instansi', lazy: () => import('./app/routes/agencies.tsx') },
          { path: '/kelola/audit', lazy: () => import('./app/routes/audit.tsx') },
          { path: '/kelola/kehadiran', lazy: () => import('./app/routes/attendance.tsx') },
          { path: '/kelola/pemesanan', lazy: () => import('./app/routes/booking-admin.tsx') },
          { path: '/kelola/mpp/:code', lazy: () => import('./app/routes/site-settings.tsx') },
          { path: '/kelola/mpp/:code/loket', lazy: () => import('./app/routes/booths.tsx') },
          { path: '/kelola/mpp/:code/perangkat', lazy: () => import('./app/routes/devices.tsx') },
          { path: '/kelola/mpp/:code/survei', lazy: () => import('./app/routes/survey-periods.tsx') },
          { path: '/kelola/mpp/:code/survei/impor', lazy: () => import('./app/routes/survey-import.tsx') },
          { path: '/kelola/survei/periode/:id', lazy: () => import('./app/routes/survey-follow-ups.tsx') },
          { path: '/kelola/pengguna', lazy: () => import('./app/routes/users.tsx') },
          { path: '/kelola/tautan-nasional', lazy: () => import('./app/routes/national-link.tsx') },
          { path: '/kelola/layanan/:id', lazy: () => import('./app/routes/edit-standard.tsx') },
          { path: '/kelola/layanan/:id/riwayat', lazy: () => import('./app/routes/standard-history.tsx') },
        ],
      },
    ],
  },
]);

// A 4xx will not change on retry: the page says so at once instead of "loading" for seconds.
const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 30_000, retry: shouldRetry } },
});
// The public address is known before any slip or receipt is printed.
void queryClient.prefetchQuery(publicConfigQuery);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
}
