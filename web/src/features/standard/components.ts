import type { Standard } from '../../lib/types.ts';

/**
 * The 14 components of a service standard (UU 25/2009 Art. 21, PermenPAN-RB 15/2014) in the regulation's
 * order: six published to citizens (service delivery), eight internal (management). The editor, the version
 * view and the comparison walk this one list, so none of them can forget a component.
 */
export const COMPONENTS = [
  { key: 'requirements', label: 'service.requirements', group: 'delivery' },
  { key: 'procedure', label: 'service.procedure', group: 'delivery' },
  { key: 'completionTime', label: 'service.completionTime', group: 'delivery' },
  { key: 'fee', label: 'service.fee', group: 'delivery' },
  { key: 'product', label: 'service.product', group: 'delivery' },
  { key: 'complaintChannels', label: 'service.complaints', group: 'delivery' },
  { key: 'legalBasis', label: 'service.legalBasis', group: 'management' },
  { key: 'facilities', label: 'service.facilities', group: 'management' },
  { key: 'implementerCompetence', label: 'service.competence', group: 'management' },
  { key: 'internalSupervision', label: 'service.supervision', group: 'management' },
  { key: 'implementerCount', label: 'service.implementers', group: 'management' },
  { key: 'serviceGuarantee', label: 'service.guarantee', group: 'management' },
  { key: 'securityGuarantee', label: 'service.security', group: 'management' },
  { key: 'performanceEvaluation', label: 'service.evaluation', group: 'management' },
] as const satisfies readonly { key: keyof Standard; label: string; group: 'delivery' | 'management' }[];

export type ComponentKey = (typeof COMPONENTS)[number]['key'];

export type Need = 'mandatory' | 'optional' | 'conditional';

/** A condition being typed (still empty) already makes the requirement conditional. */
export const needOf = (r: Standard['requirements'][number]): Need =>
  r.condition !== undefined ? 'conditional' : r.mandatory ? 'mandatory' : 'optional';
