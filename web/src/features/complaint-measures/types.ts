import type { measuresOut, publicOut } from '../../../../src/modules/complaints/measures.schemas.ts';
import type { ApiReply } from '../../lib/api.ts';

/** What the complaint-measure pages read, from the server's schemas. */
export type Measures = ApiReply<typeof measuresOut>;
export type PublicStatistics = ApiReply<typeof publicOut>;
