import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  draftKey,
  draftsOf,
  failureOf,
  newWriteId,
  parseDrafts,
  retryDelay,
  type ScoreDraft,
  withDraft,
  withoutSent,
} from '../web/src/features/evaluation-assess/drafts.ts';

const draft = (over: Partial<ScoreDraft> = {}): ScoreDraft => ({
  assessmentId: 'a1',
  indicatorId: 'kebersihan',
  writeId: 'w1',
  value: '1',
  note: '',
  baseRevision: 0,
  at: 1,
  ...over,
});

describe('assessment drafts on the device', () => {
  it('keeps one draft per indicator, the newest change', () => {
    let d = withDraft({}, draft());
    d = withDraft(d, draft({ writeId: 'w2', value: '0.5', at: 2 }));
    d = withDraft(d, draft({ indicatorId: 'antrean', writeId: 'w3', at: 3 }));
    assert.deepEqual(Object.keys(d).sort(), [draftKey('a1', 'antrean'), draftKey('a1', 'kebersihan')]);
    assert.equal(d[draftKey('a1', 'kebersihan')]?.writeId, 'w2');
    assert.deepEqual(
      draftsOf(d, 'a1').map((x) => x.writeId),
      ['w2', 'w3'],
    );
    assert.deepEqual(draftsOf(d, 'other'), []);
  });

  it('drops a sent draft only if no newer change replaced it meanwhile', () => {
    const sent = draft();
    const newer = draft({ writeId: 'w2', value: '0', at: 2 });
    assert.deepEqual(withoutSent(withDraft({}, sent), sent), {});
    const kept = withoutSent(withDraft({}, newer), sent);
    assert.equal(kept[draftKey('a1', 'kebersihan')]?.writeId, 'w2');
  });

  it('reads stored drafts back, dropping what is not a draft', () => {
    const d = withDraft({}, draft());
    assert.deepEqual(parseDrafts(JSON.stringify(d)), d);
    assert.deepEqual(parseDrafts(null), {});
    assert.deepEqual(parseDrafts('{bukan json'), {});
    assert.deepEqual(parseDrafts(JSON.stringify({ x: { value: 1 } })), {});
  });

  it('backs off up to half a minute', () => {
    assert.deepEqual([0, 1, 2, 3, 10].map(retryDelay), [1000, 2000, 4000, 8000, 30_000]);
  });

  it('keeps a draft when the connection failed, drops it when the server refused it', () => {
    assert.equal(failureOf(new TypeError('Failed to fetch'), true), 'offline');
    assert.equal(failureOf({ status: 422 }, false), 'offline');
    assert.equal(failureOf({ status: 503 }, true), 'offline');
    assert.equal(failureOf({ status: 422 }, true), 'refused');
    assert.equal(failureOf({ status: 409 }, true), 'refused');
  });
});

describe('write ids', () => {
  it('are UUID v4, as the server checks them', () => {
    const ids = new Set(Array.from({ length: 50 }, newWriteId));
    assert.equal(ids.size, 50);
    for (const id of ids)
      assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
