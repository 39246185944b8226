/** The catalogue API's shapes, from its schemas (src/modules/catalogue/catalogue.schemas.ts): see lib/api.ts. */
import type {
  agencyBoothOut,
  agencyDetailOut,
  categoriesOut,
  versionListOut,
} from '../../../../src/modules/catalogue/catalogue.schemas.ts';
import type { importOut } from '../../../../src/modules/transfer/transfer.schemas.ts';
import type { ApiReply } from '../../lib/api.ts';

export type AgencyDetail = ApiReply<typeof agencyDetailOut>;
export type AgencyBooth = ApiReply<typeof agencyBoothOut>;
export type Categories = ApiReply<typeof categoriesOut>;
export type VersionList = ApiReply<typeof versionListOut>;
export type ImportResult = ApiReply<typeof importOut>;
