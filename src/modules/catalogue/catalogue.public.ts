/**
 * What other modules may use of the catalogue: the service standard's schema and types, and the writes the
 * importer (transfer) and the demo seed share with the API. The only catalogue file other modules import.
 */

export {
  insertStandardVersion,
  refreshSearchDocuments,
  rowToStandard,
  standardColumns,
} from './catalogue.repository.ts';
export { serviceCreateInput } from './catalogue.schemas.ts';
export { insertService } from './catalogue.service.ts';
export { missingComponents, unitStandards } from './standard.coverage.ts';
export {
  type CompletionUnit,
  complaintChannelKinds,
  type ServiceStandard,
  type ServiceStandardInput,
  standardSchema,
} from './standard.schemas.ts';
