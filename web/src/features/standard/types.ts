/** The standard editor's API shapes, from the catalogue's schemas: see ApiReply in lib/api.ts. */
import type {
  serviceTypeOut,
  standardSetOut,
  standardVersionOut,
  versionListOut,
} from '../../../../src/modules/catalogue/catalogue.schemas.ts';
import type { workflowOut } from '../../../../src/modules/requests/requests.schemas.ts';
import type { ApiReply } from '../../lib/api.ts';

export type VersionSummary = ApiReply<typeof versionListOut>[number];
export type VersionDetail = ApiReply<typeof standardVersionOut>;
export type StandardSet = ApiReply<typeof standardSetOut>;
export type Workflow = ApiReply<typeof workflowOut>;
export type ServiceType = ApiReply<typeof serviceTypeOut>;
