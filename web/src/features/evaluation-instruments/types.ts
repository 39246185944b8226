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
/** The editor's draft: a definition as the server gives it (decimals kept as text while the author types). */
export type Draft = Instrument['definition'];
