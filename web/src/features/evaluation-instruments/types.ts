import type { instrumentDefinition } from '../../../../src/modules/evaluation/instrument.schema.ts';
import type {
  createBody,
  importOut,
  instrumentListOut,
  instrumentOut,
  versionBody,
} from '../../../../src/modules/evaluation/instruments.schemas.ts';
import type { ApiBody, ApiReply } from '../../lib/api.ts';

/** What the instrument pages read and send, from the server's schemas. */
export type InstrumentList = ApiReply<typeof instrumentListOut>;
export type Instrument = ApiReply<typeof instrumentOut>;
export type ImportResult = ApiReply<typeof importOut>;
export type NewInstrument = ApiBody<typeof createBody>;
export type NewVersion = ApiBody<typeof versionBody>;
/** The editor's draft: the definition as the author types it (decimals as text). */
export type Draft = ApiBody<typeof instrumentDefinition>;
