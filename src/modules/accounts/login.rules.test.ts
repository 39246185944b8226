import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addressGroup,
  backoffSeconds,
  deviceWaitSeconds,
  loginThrottle,
  loginWaitSeconds,
} from './login.rules.ts';

const now = new Date('2026-12-04T10:00:00Z');
const ago = (s: number) => new Date(now.getTime() - s * 1000);
const none = { count: 0, last: null };

describe('sign-in throttling', () => {
  it('gives a few free tries, then doubles the wait up to a cap', () => {
    assert.equal(backoffSeconds(2, 3), 0);
    assert.equal(backoffSeconds(3, 3), 5);
    assert.equal(backoffSeconds(4, 3), 10);
    assert.equal(backoffSeconds(5, 3), 20);
    assert.equal(backoffSeconds(100, 3), loginThrottle.capSeconds);
  });

  it('counts the wait from the latest failure of this username and address', () => {
    const pair = { count: 4, last: ago(3) };
    assert.equal(loginWaitSeconds({ pair, address: { count: 4, last: ago(3) } }, 4, now), 7);
    assert.equal(loginWaitSeconds({ pair: { count: 4, last: ago(30) }, address: none }, 4, now), 0);
  });

  it('free tries never wait, even for a parallel try recorded a moment after this one’s clock', () => {
    const later = new Date(now.getTime() + 5);
    assert.equal(loginWaitSeconds({ pair: none, address: { count: 3, last: later } }, 0, now), 0);
    assert.equal(deviceWaitSeconds({ count: 1, last: later }, now), 0);
  });

  it('another address’s failures never delay this one', () => {
    // The username failed 49 times elsewhere; this address has none.
    assert.equal(loginWaitSeconds({ pair: none, address: none }, 49, now), 0);
    // Under a distributed attack an address with no failure of its own still goes straight in.
    assert.equal(loginWaitSeconds({ pair: none, address: none }, 500, now), 0);
  });

  it('under a distributed attack, an address that already failed for the username has one free try', () => {
    const pair = { count: 1, last: ago(1) };
    assert.equal(loginWaitSeconds({ pair, address: pair }, 10, now), 0);
    assert.equal(loginWaitSeconds({ pair, address: pair }, loginThrottle.attackThreshold, now), 4);
  });

  it('limits one address across usernames (password spraying)', () => {
    const address = { count: loginThrottle.freePerAddress, last: ago(1) };
    assert.equal(loginWaitSeconds({ pair: none, address }, 0, now), 4);
  });

  it('a browser with a device cookie waits only for its own failures, with the same doubling', () => {
    assert.equal(deviceWaitSeconds(none, now), 0);
    assert.equal(deviceWaitSeconds({ count: 2, last: ago(1) }, now), 0);
    assert.equal(deviceWaitSeconds({ count: 4, last: ago(1) }, now), 9);
  });

  it('groups IPv6 addresses by /64, IPv4 (also IPv4-mapped) by address', () => {
    assert.equal(addressGroup('203.0.113.7'), '203.0.113.7');
    assert.equal(addressGroup('::ffff:203.0.113.7'), '203.0.113.7');
    assert.equal(addressGroup('2001:db8:1:2:aaaa:bbbb:cccc:dddd'), '2001:db8:1:2::/64');
    assert.equal(addressGroup('2001:DB8:1:2::1'), '2001:db8:1:2::/64');
    assert.equal(addressGroup('2001:0db8:0001:0002::ffff'), '2001:db8:1:2::/64');
    assert.equal(addressGroup('2001:db8::1'), '2001:db8:0:0::/64');
    assert.equal(addressGroup('fe80::1%eth0'), 'fe80:0:0:0::/64');
    assert.equal(addressGroup('::1'), '0:0:0:0::/64');
  });
});
