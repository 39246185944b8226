import { SitePicker } from '../../features/floor/site-picker.tsx';

/** /display — choose the site whose display this device shows. */
export function Component() {
  return <SitePicker kind="display" />;
}
