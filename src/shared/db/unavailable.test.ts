import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDatabaseUnavailable, isStatementTimeout } from './unavailable.ts';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it('knows a server that is gone, refusing, restarting or cut off', () => {
    for (const code of [
      'ECONNREFUSED',
      'ECONNRESET',
      'ETIMEDOUT',
      'EPIPE',
      '57P01',
      '57P02',
      '57P03',
      '08006',
      '08001',
    ])
      assert.equal(isDatabaseUnavailable(withCode(code)), true, code);
    for (const message of [
      'Connection terminated unexpectedly',
      'Connection terminated',
      'timeout exceeded when trying to connect',
      'Query read timeout',
      'Client has encountered a connection error and is not queryable',
    ])
      assert.equal(isDatabaseUnavailable(new Error(message)), true, message);
  });

  it('knows a transaction ended by the idle-in-transaction timeout (its connection is closed)', () => {
    assert.equal(isDatabaseUnavailable(withCode('25P03')), true);
  });

  it('tells a statement timeout apart: the database answered, the query was too slow', () => {
    assert.equal(isDatabaseUnavailable(withCode('57014')), false);
    assert.equal(isStatementTimeout(withCode('57014', 'canceling statement due to statement timeout')), true);
    for (const code of ['25P03', '57P01', 'ECONNRESET', '23505'])
      assert.equal(isStatementTimeout(withCode(code)), false, code);
    assert.equal(isStatementTimeout(new Error('Query read timeout')), false);
    assert.equal(isStatementTimeout(null), false);
  });

  it('knows a connection refused on every address of a host', () => {
    const both = new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')], 'all failed');
    assert.equal(isDatabaseUnavailable(both), true);
  });

  it('leaves bad input and bugs alone', () => {
    for (const code of ['23505', '22P02', '40P01', '42P01', 'FST_ERR_VALIDATION'])
      assert.equal(isDatabaseUnavailable(withCode(code)), false, code);
    assert.equal(isDatabaseUnavailable(new TypeError('x is undefined')), false);
    assert.equal(isDatabaseUnavailable(new AggregateError([], 'none')), false);
    assert.equal(isDatabaseUnavailable(null), false);
    assert.equal(isDatabaseUnavailable('Connection terminated'), false);
  });
});
