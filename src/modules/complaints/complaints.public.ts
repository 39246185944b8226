/**
 * What other modules may use of complaints: the measures of a unit and period and the live list of late
 * complaints (the evaluation capability and the national view read them; unscoped — the caller checks who may
 * read), and the demo seed's quarter of complaints. The only complaints file other modules import.
 */
export { generateComplaints } from './complaints.demo.ts';
export { complaintMeasures, openLateComplaints } from './measures.ts';
