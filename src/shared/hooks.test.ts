import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { declareHook } from './hooks.ts';

describe('declareHook', () => {
  it('runs the registered hooks in registration order, each once however often it was registered', async () => {
    const hook = declareHook<[string[]]>();
    const first = async (seen: string[]) => void seen.push('first');
    hook.register(first);
    hook.register(async (seen) => void seen.push('second'));
    hook.register(first);
    const seen: string[] = [];
    await hook.run(seen);
    assert.deepEqual(seen, ['first', 'second']);
  });

  it('stops at a hook that throws and rejects, so the declaring transaction rolls back', async () => {
    const hook = declareHook<[string[]]>();
    hook.register(async () => {
      throw new Error('refused');
    });
    hook.register(async (seen) => void seen.push('after'));
    const seen: string[] = [];
    await assert.rejects(hook.run(seen), /refused/);
    assert.deepEqual(seen, []);
  });
});
