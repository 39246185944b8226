import { daerahServices } from './demo.services.daerah.data.ts';
import { kependudukanServices } from './demo.services.kependudukan.data.ts';
import { perizinanServices } from './demo.services.perizinan.data.ts';
import { usahaServices } from './demo.services.usaha.data.ts';
import { vertikalServices } from './demo.services.vertikal.data.ts';
import type { DemoService } from './demo.types.ts';

export { demoCategories } from './demo.services.common.data.ts';

/** The hand-written demo catalogue: every service with a complete standard (see demo.services.<area>.data.ts). */
export const demoServices: DemoService[] = [
  ...kependudukanServices,
  ...perizinanServices,
  ...daerahServices,
  ...vertikalServices,
  ...usahaServices,
];
