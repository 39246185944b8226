import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ComponentType, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import './i18n/index.ts';
import './styles.css';
import './app/floor/floor.css';
import './app/requests/requests.css';
import { AgencyPage } from './app/agency.tsx';
import { BookingCheck } from './app/booking/booking-check.tsx';
import { BookingFlow } from './app/booking/booking-flow.tsx';
import { Catalogue, Home, ServicePage, SitePage } from './app/catalogue.tsx';
import { TrackingPage } from './app/floor/tracking.tsx';
import { Layout } from './app/layout.tsx';
import { NotFoundPage } from './app/page-state.tsx';
import { PublicLayout } from './app/public-layout.tsx';
import { FileTrackingPage } from './app/requests/file-tracking.tsx';
import { shouldRetry } from './lib/api.ts';
import { publicConfigQuery } from './lib/public-url.ts';

/**
 * Staff screens (and the chart-heavy live queue) load on demand: a citizen's phone downloads the citizen
 * pages only, not the consoles, charts and editors (their code is most of the app).
 */
const onDemand =
  <M,>(load: () => Promise<M>, pick: (m: M) => ComponentType) =>
  async () => ({ Component: pick(await load()) });

const router = createBrowserRouter([
  // Full-screen floor devices: no site header, nothing to wander off to.
  {
    path: '/kiosk/:site',
    lazy: onDemand(
      () => import('./app/floor/kiosk.tsx'),
      (m) => m.KioskPage,
    ),
  },
  {
    path: '/display/:site',
    lazy: onDemand(
      () => import('./app/floor/display.tsx'),
      (m) => m.DisplayPage,
    ),
  },
  {
    // Citizen pages: a light frame without the staff menu.
    element: <PublicLayout />,
    children: [
      { path: '/', element: <Home /> },
      { path: '/layanan', element: <Catalogue /> },
      { path: '/layanan/:id', element: <ServicePage /> },
      { path: '/instansi/:id', element: <AgencyPage /> },
      { path: '/mpp/:code', element: <SitePage /> },
      // Its chart library is the heaviest part of the app: loaded only on this page.
      {
        path: '/mpp/:code/antrean',
        lazy: onDemand(
          () => import('./app/floor/live.tsx'),
          (m) => m.LivePage,
        ),
      },
      // Kept for old links only: the address before the KBBI spelling ("antrean"), still printed on older
      // posters. It shows the same page as /mpp/:code/antrean; new links use that one.
      {
        path: '/mpp/:code/antrian',
        lazy: onDemand(
          () => import('./app/floor/live.tsx'),
          (m) => m.LivePage,
        ),
      },
      { path: '/lacak/:code', element: <TrackingPage /> },
      { path: '/lacak-berkas', element: <FileTrackingPage /> },
      { path: '/pesan/cek', element: <BookingCheck /> },
      { path: '/pesan/:site', element: <BookingFlow /> },
      // An address that leads nowhere: the not-found page in the citizen's frame.
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  {
    element: <Layout />,
    children: [
      {
        path: '/kiosk',
        lazy: onDemand(
          () => import('./app/floor/site-picker.tsx'),
          (m) => () => <m.SitePicker kind="kiosk" />,
        ),
      },
      {
        path: '/display',
        lazy: onDemand(
          () => import('./app/floor/site-picker.tsx'),
          (m) => () => <m.SitePicker kind="display" />,
        ),
      },
      {
        path: '/loket',
        lazy: onDemand(
          () => import('./app/floor/counter-picker.tsx'),
          (m) => m.CounterPicker,
        ),
      },
      {
        path: '/loket/:id',
        lazy: onDemand(
          () => import('./app/floor/console.tsx'),
          (m) => m.CounterConsole,
        ),
      },
      {
        path: '/berkas',
        lazy: onDemand(
          () => import('./app/requests/file-list.tsx'),
          (m) => m.FileListPage,
        ),
      },
      {
        path: '/berkas/:id',
        lazy: onDemand(
          () => import('./app/requests/file-detail.tsx'),
          (m) => m.FileDetailPage,
        ),
      },
      {
        path: '/kelola/monitor',
        lazy: onDemand(
          () => import('./app/requests/monitor.tsx'),
          (m) => m.MonitorPage,
        ),
      },
      {
        path: '/kelola/monitor/langsung',
        lazy: onDemand(
          () => import('./app/requests/monitor-live.tsx'),
          (m) => m.MonitorLivePage,
        ),
      },
      {
        path: '/kelola/libur',
        lazy: onDemand(
          () => import('./app/requests/holidays.tsx'),
          (m) => m.HolidaysPage,
        ),
      },
      {
        path: '/masuk',
        lazy: onDemand(
          () => import('./app/login.tsx'),
          (m) => m.LoginPage,
        ),
      },
      {
        path: '/akun/kata-sandi',
        lazy: onDemand(
          () => import('./app/account/password.tsx'),
          (m) => m.ChangePasswordPage,
        ),
      },
      {
        path: '/kelola',
        lazy: onDemand(
          () => import('./app/manage.tsx'),
          (m) => m.ManageServices,
        ),
      },
      {
        path: '/kelola/impor',
        lazy: onDemand(
          () => import('./app/import.tsx'),
          (m) => m.ImportPage,
        ),
      },
      {
        path: '/kelola/instansi',
        lazy: onDemand(
          () => import('./app/admin.tsx'),
          (m) => m.AgenciesPage,
        ),
      },
      {
        path: '/kelola/audit',
        lazy: onDemand(
          () => import('./app/admin.tsx'),
          (m) => m.AuditPage,
        ),
      },
      {
        path: '/kelola/kehadiran',
        lazy: onDemand(
          () => import('./app/floor/attendance.tsx'),
          (m) => m.AttendancePage,
        ),
      },
      {
        path: '/kelola/pemesanan',
        lazy: onDemand(
          () => import('./app/booking/booking-admin.tsx'),
          (m) => m.BookingAdminPage,
        ),
      },
      {
        path: '/kelola/mpp/:code',
        lazy: onDemand(
          () => import('./app/site-admin/site-settings.tsx'),
          (m) => m.SiteSettingsPage,
        ),
      },
      {
        path: '/kelola/mpp/:code/loket',
        lazy: onDemand(
          () => import('./app/site-admin/booths.tsx'),
          (m) => m.BoothsPage,
        ),
      },
      {
        path: '/kelola/mpp/:code/perangkat',
        lazy: onDemand(
          () => import('./app/floor/devices.tsx'),
          (m) => m.DevicesPage,
        ),
      },
      {
        path: '/kelola/pengguna',
        lazy: onDemand(
          () => import('./app/site-admin/users.tsx'),
          (m) => m.UsersPage,
        ),
      },
      {
        path: '/kelola/layanan/:id',
        lazy: onDemand(
          () => import('./app/standard/edit-standard.tsx'),
          (m) => m.EditStandard,
        ),
      },
      {
        path: '/kelola/layanan/:id/riwayat',
        lazy: onDemand(
          () => import('./app/standard/standard-history.tsx'),
          (m) => m.StandardHistoryPage,
        ),
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
