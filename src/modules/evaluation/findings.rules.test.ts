import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FindingStatus } from './evaluation.tables.ts';
import { type FindingMove, isOverdue, movesFrom, nextFindingStatus, severityOf } from './findings.rules.ts';
import { instrumentDefinition } from './instrument.schema.ts';
import { inspection } from './instruments/inspection.ts';
import { pekppp } from './instruments/pekppp.ts';

const STATUSES: FindingStatus[] = ['open', 'answered', 'returned', 'closed'];
const MOVES: FindingMove[] = ['edit', 'answer', 'close', 'return'];

describe('finding status machine', () => {
  const legal: Record<string, FindingStatus> = {
    'open edit': 'open',
    'open answer': 'answered',
    'returned answer': 'answered',
    'answered close': 'closed',
    'answered return': 'returned',
  };

  it('allows exactly the loop open → answered → closed | returned → answered, and refuses every other move', () => {
    for (const from of STATUSES)
      for (const move of MOVES) {
        const got = nextFindingStatus(from, move);
        const want = legal[`${from} ${move}`];
        if (want) assert.deepEqual(got, { to: want }, `${from} ${move}`);
        else assert.deepEqual(got, { refused: 'evaluation.finding_illegal_move' }, `${from} ${move}`);
      }
  });

  it('leaves nothing to do once closed, and lists the moves a screen may offer', () => {
    assert.deepEqual(movesFrom('closed'), []);
    assert.deepEqual(movesFrom('open'), ['edit', 'answer']);
    assert.deepEqual(movesFrom('answered'), ['close', 'return']);
    assert.deepEqual(movesFrom('returned'), ['answer']);
  });

  it('is overdue only while waiting for the unit and past its due moment', () => {
    const dueAt = new Date('2026-12-29T16:59:59Z');
    const after = new Date('2026-12-29T17:00:00Z');
    assert.equal(isOverdue({ status: 'open', dueAt }, after), true);
    assert.equal(isOverdue({ status: 'returned', dueAt }, after), true);
    assert.equal(isOverdue({ status: 'open', dueAt }, dueAt), false);
    assert.equal(isOverdue({ status: 'answered', dueAt }, after), false);
    assert.equal(isOverdue({ status: 'closed', dueAt }, after), false);
  });
});

describe('finding severity', () => {
  const inspectionDef = instrumentDefinition.parse(inspection);
  const pekpppDef = instrumentDefinition.parse(pekppp);
  const item = inspectionDef.aspects[0]?.indicators[0];
  assert.ok(item);

  it("grades an inspection's Tidak high, Sebagian medium, Ya no finding", () => {
    assert.equal(severityOf(item, 0), 'high');
    assert.equal(severityOf(item, '0.5'), 'medium');
    assert.equal(severityOf(item, 1), null);
  });

  it('grades by the gap below the threshold as a share of the scale, at the boundaries', () => {
    // A 0–4 scale with threshold 4: gap 1/4 is medium (boundary in), gap 1/2 medium (boundary out of high).
    const scale = {
      ...item,
      levels: [0, 1, 2, 3, 4].map((value) => ({ value, label: String(value), description: '' })),
      threshold: 4,
    };
    assert.equal(severityOf(scale, 3), 'medium');
    assert.equal(severityOf(scale, 2), 'medium');
    assert.equal(severityOf(scale, 1), 'high');
    assert.equal(severityOf(scale, 0), 'high');
    assert.equal(severityOf({ ...scale, threshold: '3.5' }, 3), 'low');
    // Without a threshold: the scale's middle (2); at the middle, no finding.
    const { threshold: _, ...middle } = scale;
    assert.equal(severityOf(middle, 2), null);
    assert.equal(severityOf(middle, 1), 'medium');
  });

  it('works on the PEKPPP scale', () => {
    const first = pekpppDef.aspects[0]?.indicators[0];
    assert.ok(first);
    assert.equal(severityOf(first, 0), 'high');
    assert.equal(severityOf(first, 5), null);
  });
});
