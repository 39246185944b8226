import type { datapackageOut, daysOut } from '../../../../src/modules/national/open-data.schemas.ts';
import type { ApiReply } from '../../lib/api.ts';

/** What the open-data page reads, from the server's schemas. */
export type OpenDataDays = ApiReply<typeof daysOut>;
export type DataPackage = ApiReply<typeof datapackageOut>;
