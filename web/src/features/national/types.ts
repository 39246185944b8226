import type {
  measuresOut,
  profileOut,
  provincesOut,
  rankingOut,
  serviceTypesOut,
  typeComparisonOut,
} from '../../../../src/modules/national/national.schemas.ts';
import type { ApiReply } from '../../lib/api.ts';

/** What the national pages read, from the hub API's schemas (src/modules/national/national.schemas.ts). */
export type Measures = ApiReply<typeof measuresOut>;
export type Measure = Measures['measures'][number];
export type MeasureId = Measure['id'];
export type Ranking = ApiReply<typeof rankingOut>;
export type RankedSite = Ranking['sites'][number];
export type SiteRef = RankedSite['site'];
export type Figure = RankedSite['figure'];
export type Profile = ApiReply<typeof profileOut>;
export type ServiceTypes = ApiReply<typeof serviceTypesOut>;
export type TypeComparison = ApiReply<typeof typeComparisonOut>;
export type Provinces = ApiReply<typeof provincesOut>;
