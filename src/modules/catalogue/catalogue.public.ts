/**
 * What other modules may use of the catalogue: the service standard's schema and types, the writes the importer
 * (transfer) and the demo seed share with the API, and the national reference list of service types (the hub
 * compares sites by it). The only catalogue file other modules import.
 */

export {
  insertStandardVersion,
  refreshSearchDocuments,
  rowToStandard,
  standardColumns,
} from './catalogue.repository.ts';
export { serviceCreateInput } from './catalogue.schemas.ts';
export { insertService, SERVICE_CODE_KEY } from './catalogue.service.ts';
export { serviceTypeGroups, serviceTypes } from './service-types.data.ts';
export { seedServiceTypes } from './service-types.ts';
export { missingComponents, unitStandards } from './standard.coverage.ts';
export {
  type CompletionUnit,
  complaintChannelKinds,
  type ServiceStandard,
  type ServiceStandardInput,
  standardSchema,
} from './standard.schemas.ts';
