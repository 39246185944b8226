/**
 * The life of an application file (berkas), from the counter to hand-over. Pure.
 *
 * Default steps: received → verification → processing → done → handed_over. An agency admin may adapt the
 * middle (e.g. add "signing" after processing), but a workflow always starts at `received` and ends with
 * `done` → `handed_over`. Two side states: `returned` (returned for completion: the citizen must bring what
 * is missing; the SLA clock pauses when the standard allows it) and `rejected` (final).
 */

export interface WorkflowStep {
  code: string;
  label: { id: string; en: string };
}

export const FIRST = 'received';
export const DONE = 'done';
export const HANDED_OVER = 'handed_over';
export const RETURNED = 'returned';
export const REJECTED = 'rejected';

export const defaultWorkflow: WorkflowStep[] = [
  { code: FIRST, label: { id: 'Berkas diterima', en: 'Received' } },
  { code: 'verification', label: { id: 'Verifikasi berkas', en: 'Verification' } },
  { code: 'processing', label: { id: 'Diproses', en: 'Processing' } },
  { code: DONE, label: { id: 'Selesai, siap diambil', en: 'Done, ready to collect' } },
  { code: HANDED_OVER, label: { id: 'Sudah diserahkan', en: 'Handed over' } },
];

export const sideStates: WorkflowStep[] = [
  { code: RETURNED, label: { id: 'Dikembalikan untuk dilengkapi', en: 'Returned for completion' } },
  { code: REJECTED, label: { id: 'Ditolak', en: 'Rejected' } },
];

const CODE = /^[a-z][a-z0-9_]{1,39}$/;
const RESERVED = new Set([FIRST, DONE, HANDED_OVER, RETURNED, REJECTED]);

/** Problems with an agency's adapted workflow (empty when valid). */
export function workflowProblems(steps: WorkflowStep[]): string[] {
  const problems: string[] = [];
  const codes = steps.map((s) => s.code);
  if (codes[0] !== FIRST) problems.push(`the first step must be "${FIRST}"`);
  if (codes.at(-2) !== DONE || codes.at(-1) !== HANDED_OVER) {
    problems.push(`the last steps must be "${DONE}" then "${HANDED_OVER}"`);
  }
  if (new Set(codes).size !== codes.length) problems.push('step codes must be unique');
  for (const step of steps.slice(1, -2)) {
    if (!CODE.test(step.code)) problems.push(`"${step.code}" is not a valid step code`);
    if (RESERVED.has(step.code)) problems.push(`"${step.code}" cannot be a middle step`);
    if (!step.label.id.trim() || !step.label.en.trim())
      problems.push(`"${step.code}" needs a label in both languages`);
  }
  if (steps.length > 12) problems.push('at most 12 steps');
  return problems;
}

export type DocumentState = 'pending' | 'received' | 'verified' | 'missing';

export interface ChecklistItem {
  name: string;
  mandatory: boolean;
  state: DocumentState;
}

/** Mandatory documents not yet received or verified: they keep a request from reaching "done". */
export function missingMandatory(checklist: ChecklistItem[]): ChecklistItem[] {
  return checklist.filter((d) => d.mandatory && d.state !== 'received' && d.state !== 'verified');
}

export type TransitionRefusal =
  | 'application.unknown_step'
  | 'application.final'
  | 'application.illegal_transition'
  | 'application.documents_missing'
  | 'application.note_required';

export interface TransitionCheck {
  workflow: WorkflowStep[];
  from: string;
  to: string;
  checklist: ChecklistItem[];
  note: string;
  /** The step the request was at when it was returned (it goes back there when completed). */
  returnedFrom: string | null;
}

/**
 * Whether a move is legal: one step forward along the workflow; to `returned` from any working step before
 * done; from `returned` back to where it was returned from; to `rejected` from any step before done, with a
 * note (the citizen must be told why). Reaching `done` needs every mandatory document.
 */
export function checkTransition(c: TransitionCheck): TransitionRefusal | null {
  const codes = c.workflow.map((s) => s.code);
  const known = new Set([...codes, RETURNED, REJECTED]);
  if (!known.has(c.from) || !known.has(c.to)) return 'application.unknown_step';
  if (c.from === REJECTED || c.from === HANDED_OVER) return 'application.final';
  const doneIndex = codes.indexOf(DONE);
  const fromIndex = codes.indexOf(c.from);
  if (c.to === REJECTED) {
    if (c.from !== RETURNED && fromIndex >= doneIndex) return 'application.illegal_transition';
    return c.note.trim().length >= 3 ? null : 'application.note_required';
  }
  if (c.to === RETURNED) {
    if (c.from === RETURNED || fromIndex >= doneIndex) return 'application.illegal_transition';
    return c.note.trim().length >= 3 ? null : 'application.note_required';
  }
  if (c.from === RETURNED) {
    return c.to === (c.returnedFrom ?? FIRST) ? null : 'application.illegal_transition';
  }
  if (codes.indexOf(c.to) !== fromIndex + 1) return 'application.illegal_transition';
  if (c.to === DONE && missingMandatory(c.checklist).length > 0) return 'application.documents_missing';
  return null;
}

/** The steps a request may move to next (for the officer's buttons). */
export function nextSteps(workflow: WorkflowStep[], from: string, returnedFrom: string | null): string[] {
  if (from === REJECTED || from === HANDED_OVER) return [];
  const codes = workflow.map((s) => s.code);
  if (from === RETURNED) return [returnedFrom ?? FIRST, REJECTED];
  const i = codes.indexOf(from);
  const next = codes[i + 1];
  const beforeDone = i < codes.indexOf(DONE);
  return [...(next ? [next] : []), ...(beforeDone ? [RETURNED, REJECTED] : [])];
}
