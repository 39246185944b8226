import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type ChecklistItem,
  checkTransition,
  defaultWorkflow,
  missingMandatory,
  nextSteps,
  workflowProblems,
} from './workflow.rules.ts';

const docs = (state: ChecklistItem['state']): ChecklistItem[] => [
  { name: 'KTP-el', mandatory: true, state },
  { name: 'Pas foto', mandatory: false, state: 'missing' },
];
const check = (from: string, to: string, extra: Partial<Parameters<typeof checkTransition>[0]> = {}) =>
  checkTransition({
    workflow: defaultWorkflow,
    from,
    to,
    checklist: docs('verified'),
    note: '',
    returnedFrom: null,
    ...extra,
  });

describe('request workflow', () => {
  it('moves one step forward only', () => {
    assert.equal(check('received', 'verification'), null);
    assert.equal(check('received', 'processing'), 'application.illegal_transition');
    assert.equal(check('processing', 'verification'), 'application.illegal_transition');
    assert.equal(check('done', 'handed_over'), null);
  });

  it('refuses done while a mandatory document is missing; optional ones do not block', () => {
    assert.equal(
      check('processing', 'done', { checklist: docs('missing') }),
      'application.documents_missing',
    );
    assert.equal(
      check('processing', 'done', { checklist: docs('pending') }),
      'application.documents_missing',
    );
    assert.equal(check('processing', 'done', { checklist: docs('received') }), null);
    assert.deepEqual(
      missingMandatory(docs('missing')).map((d) => d.name),
      ['KTP-el'],
    );
  });

  it('returns for completion with a note, and comes back to where it was', () => {
    assert.equal(check('verification', 'returned'), 'application.note_required');
    assert.equal(check('verification', 'returned', { note: 'Kurang surat pengantar RT/RW' }), null);
    assert.equal(check('done', 'returned', { note: 'terlambat' }), 'application.illegal_transition');
    assert.equal(check('returned', 'verification', { returnedFrom: 'verification' }), null);
    assert.equal(
      check('returned', 'processing', { returnedFrom: 'verification' }),
      'application.illegal_transition',
    );
  });

  it('rejects before done with a reason; final states stay final', () => {
    assert.equal(check('processing', 'rejected', { note: 'Bukan kewenangan' }), null);
    assert.equal(check('processing', 'rejected'), 'application.note_required');
    assert.equal(check('done', 'rejected', { note: 'x y z' }), 'application.illegal_transition');
    assert.equal(check('rejected', 'received'), 'application.final');
    assert.equal(check('handed_over', 'done'), 'application.final');
    assert.equal(check('received', 'printing'), 'application.unknown_step');
  });

  it('lists the next moves for the officer', () => {
    assert.deepEqual(nextSteps(defaultWorkflow, 'received', null), ['verification', 'returned', 'rejected']);
    assert.deepEqual(nextSteps(defaultWorkflow, 'done', null), ['handed_over']);
    assert.deepEqual(nextSteps(defaultWorkflow, 'returned', 'processing'), ['processing', 'rejected']);
    assert.deepEqual(nextSteps(defaultWorkflow, 'handed_over', null), []);
  });

  it('validates an adapted workflow', () => {
    const signing = [
      ...defaultWorkflow.slice(0, 3),
      { code: 'signing', label: { id: 'Penandatanganan', en: 'Signing' } },
      ...defaultWorkflow.slice(3),
    ];
    assert.deepEqual(workflowProblems(signing), []);
    assert.equal(check('processing', 'signing', { workflow: signing }), null);
    assert.equal(check('processing', 'done', { workflow: signing }), 'application.illegal_transition');
    assert.ok(workflowProblems(signing.slice(1)).length > 0);
    assert.ok(
      workflowProblems([
        ...signing.slice(0, 2),
        { code: 'done', label: { id: 'x', en: 'x' } },
        ...signing.slice(2),
      ]).length > 0,
    );
  });
});
