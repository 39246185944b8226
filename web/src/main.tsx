import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import './i18n/index.ts';
import './styles.css';
import './app/floor/floor.css';
import './app/requests/requests.css';
import { AgenciesPage, AuditPage } from './app/admin.tsx';
import { BookingAdminPage } from './app/booking/booking-admin.tsx';
import { BookingCheck } from './app/booking/booking-check.tsx';
import { BookingFlow } from './app/booking/booking-flow.tsx';
import { Catalogue, Home, ServicePage, SitePage } from './app/catalogue.tsx';
import { AttendancePage } from './app/floor/attendance.tsx';
import { CounterConsole } from './app/floor/console.tsx';
import { CounterPicker } from './app/floor/counter-picker.tsx';
import { DevicesPage } from './app/floor/devices.tsx';
import { DisplayPage } from './app/floor/display.tsx';
import { KioskPage } from './app/floor/kiosk.tsx';
import { LivePage } from './app/floor/live.tsx';
import { SitePicker } from './app/floor/site-picker.tsx';
import { TrackingPage } from './app/floor/tracking.tsx';
import { ImportPage } from './app/import.tsx';
import { Layout, NotYet } from './app/layout.tsx';
import { LoginPage } from './app/login.tsx';
import { EditStandard, ManageServices } from './app/manage.tsx';
import { FileDetailPage } from './app/requests/file-detail.tsx';
import { FileListPage } from './app/requests/file-list.tsx';
import { FileTrackingPage } from './app/requests/file-tracking.tsx';
import { HolidaysPage } from './app/requests/holidays.tsx';
import { MonitorPage } from './app/requests/monitor.tsx';
import { MonitorLivePage } from './app/requests/monitor-live.tsx';
import { BoothsPage } from './app/site-admin/booths.tsx';
import { SiteSettingsPage } from './app/site-admin/site-settings.tsx';
import { UsersPage } from './app/site-admin/users.tsx';

const router = createBrowserRouter([
  // Full-screen floor devices: no site header, nothing to wander off to.
  { path: '/kiosk/:site', element: <KioskPage /> },
  { path: '/display/:site', element: <DisplayPage /> },
  {
    element: <Layout />,
    children: [
      { path: '/', element: <Home /> },
      { path: '/layanan', element: <Catalogue /> },
      { path: '/layanan/:id', element: <ServicePage /> },
      { path: '/mpp/:code', element: <SitePage /> },
      { path: '/mpp/:code/antrian', element: <LivePage /> },
      { path: '/kiosk', element: <SitePicker kind="kiosk" /> },
      { path: '/display', element: <SitePicker kind="display" /> },
      { path: '/loket', element: <CounterPicker /> },
      { path: '/loket/:id', element: <CounterConsole /> },
      { path: '/lacak/:code', element: <TrackingPage /> },
      { path: '/lacak-berkas', element: <FileTrackingPage /> },
      { path: '/berkas', element: <FileListPage /> },
      { path: '/berkas/:id', element: <FileDetailPage /> },
      { path: '/kelola/monitor', element: <MonitorPage /> },
      { path: '/kelola/monitor/langsung', element: <MonitorLivePage /> },
      { path: '/kelola/libur', element: <HolidaysPage /> },
      { path: '/pesan/cek', element: <BookingCheck /> },
      { path: '/pesan/:site', element: <BookingFlow /> },
      { path: '/masuk', element: <LoginPage /> },
      { path: '/kelola', element: <ManageServices /> },
      { path: '/kelola/impor', element: <ImportPage /> },
      { path: '/kelola/instansi', element: <AgenciesPage /> },
      { path: '/kelola/audit', element: <AuditPage /> },
      { path: '/kelola/kehadiran', element: <AttendancePage /> },
      { path: '/kelola/pemesanan', element: <BookingAdminPage /> },
      { path: '/kelola/mpp/:code', element: <SiteSettingsPage /> },
      { path: '/kelola/mpp/:code/loket', element: <BoothsPage /> },
      { path: '/kelola/mpp/:code/perangkat', element: <DevicesPage /> },
      { path: '/kelola/pengguna', element: <UsersPage /> },
      { path: '/kelola/layanan/:id', element: <EditStandard /> },
      { path: '*', element: <NotYet /> },
    ],
  },
]);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } })}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
}
