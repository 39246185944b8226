import { SitePicker } from '../../features/floor/site-picker.tsx';

/** /kiosk — choose the site whose kiosk this device shows. */
export function Component() {
  return <SitePicker kind="kiosk" />;
}
