/**
 * What other modules may use of evaluation: the dashboard's query of a site (the national view lists every site's
 * agencies with it later; unscoped — the caller checks who may read). The only evaluation file others import.
 */
export { evaluationDashboard } from './dashboard.ts';
export { generateEvaluation } from './evaluation.demo.ts';
