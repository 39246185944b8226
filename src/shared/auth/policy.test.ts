import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../errors.ts';
import {
  assertMayAt,
  auditScopeOf,
  boundSiteOf,
  mayActAt,
  mayAt,
  mayManageUser,
  reachOf,
  roleRefusal,
  siteListScope,
} from './policy.ts';
import type { Actor, Role } from './roles.ts';

const actor = (role: Role, scope: Partial<Pick<Actor, 'siteId' | 'agencyId' | 'boothId'>> = {}): Actor => ({
  userId: 'u',
  username: 'u',
  displayName: 'U',
  role,
  siteId: null,
  agencyId: null,
  boothId: null,
  ...scope,
});

const national = actor('national_admin');
const managerSby = actor('site_manager', { siteId: 'sby' });
const adminSby = actor('agency_admin', { siteId: 'sby', agencyId: 'dukcapil' });
const adminAll = actor('agency_admin', { agencyId: 'dukcapil' });
const officer = actor('officer', { siteId: 'sby', agencyId: 'dukcapil', boothId: 'booth-sby' });
const evaluator = actor('evaluator');

const sbyFile = { siteId: 'sby', agencyId: 'dukcapil' };
const ttgFile = { siteId: 'ttg', agencyId: 'dukcapil' };
const outOfScope = (e: unknown) => e instanceof AppError && e.code === 'auth.out_of_scope';

describe('scope policy', () => {
  it('an agency admin acts on their agency at their site; with no site, at every site of it', () => {
    assert.equal(mayActAt(adminSby, sbyFile), true);
    assert.equal(mayActAt(adminSby, ttgFile), false);
    assert.equal(mayActAt(adminSby, { siteId: 'sby', agencyId: 'other' }), false);
    assert.equal(mayActAt(adminAll, ttgFile), true);
    assert.equal(mayActAt(adminAll, { siteId: 'ttg', agencyId: 'other' }), false);
  });

  it('a site manager acts on anything at their site; an officer at their booth or their agency there', () => {
    assert.equal(mayActAt(managerSby, { siteId: 'sby', agencyId: 'any' }), true);
    assert.equal(mayActAt(managerSby, ttgFile), false);
    assert.equal(mayActAt(officer, sbyFile), true);
    assert.equal(mayActAt(officer, { ...sbyFile, boothId: 'booth-sby' }), true);
    assert.equal(mayActAt(officer, { ...sbyFile, boothId: 'booth-sby-2' }), false);
    assert.equal(mayActAt(officer, ttgFile), false);
    assert.equal(mayActAt(evaluator, sbyFile), false);
    assert.equal(mayActAt(national, ttgFile), true);
  });

  it('one site’s lists: all of it for its manager, an agency admin’s agency, refused elsewhere', () => {
    assert.deepEqual(siteListScope(managerSby, 'sby'), { agencyId: null });
    assert.deepEqual(siteListScope(adminSby, 'sby'), { agencyId: 'dukcapil' });
    assert.deepEqual(siteListScope(adminAll, 'ttg'), { agencyId: 'dukcapil' });
    assert.deepEqual(siteListScope(evaluator, 'ttg'), { agencyId: null });
    assert.throws(() => siteListScope(adminSby, 'ttg'), outOfScope);
    assert.throws(() => siteListScope(managerSby, 'ttg'), outOfScope);
  });

  it('lists across sites carry every bound of the actor', () => {
    assert.deepEqual(reachOf(adminSby), { siteId: 'sby', agencyId: 'dukcapil', boothId: null });
    assert.deepEqual(reachOf(adminAll), { siteId: null, agencyId: 'dukcapil', boothId: null });
    assert.deepEqual(reachOf(managerSby), { siteId: 'sby', agencyId: null, boothId: null });
    assert.equal(reachOf(evaluator), null);
    assert.equal(boundSiteOf(adminAll), null);
    assert.equal(boundSiteOf(adminSby), 'sby');
  });

  it('staff issue numbers at their own site only', () => {
    const issueAt = (a: Actor, siteId: string) => mayAt(a, 'floor.issue-at-desk', { siteId });
    assert.equal(issueAt(officer, 'sby'), true);
    assert.equal(issueAt(officer, 'ttg'), false);
    assert.equal(issueAt(adminAll, 'sby'), false);
    assert.equal(issueAt(managerSby, 'sby'), true);
    assert.equal(issueAt(evaluator, 'sby'), false);
    assert.equal(issueAt(national, 'ttg'), true);
  });

  it('a site manager manages the officers and agency admins of their site, nobody else', () => {
    assert.equal(
      mayManageUser(managerSby, { role: 'agency_admin', siteId: 'sby', agencyId: 'dukcapil' }),
      true,
    );
    assert.equal(
      mayManageUser(managerSby, { role: 'agency_admin', siteId: null, agencyId: 'dukcapil' }),
      false,
    );
    assert.equal(mayManageUser(managerSby, { role: 'site_manager', siteId: 'sby', agencyId: null }), false);
    assert.equal(mayManageUser(managerSby, { role: 'officer', siteId: 'ttg', agencyId: 'dukcapil' }), false);
    assert.equal(mayManageUser(adminAll, { role: 'officer', siteId: 'sby', agencyId: 'dukcapil' }), false);
  });

  it('the audit log: a site manager is held to their site whatever they ask; officers read none', () => {
    assert.deepEqual(auditScopeOf(managerSby, 'ttg'), { kind: 'site', siteId: 'sby' });
    assert.deepEqual(auditScopeOf(adminSby, 'ttg'), { kind: 'agency', agencyId: 'dukcapil', siteId: 'sby' });
    assert.deepEqual(auditScopeOf(adminAll, null), { kind: 'agency', agencyId: 'dukcapil', siteId: null });
    assert.deepEqual(auditScopeOf(national, 'ttg'), { kind: 'all', siteId: 'ttg' });
    assert.throws(() => auditScopeOf(officer, null), AppError);
    assert.throws(() => auditScopeOf(evaluator, null), AppError);
  });

  it('reads the access table: the role first (forbidden), then the target (out of scope)', () => {
    const ctx = (a: Actor | null) => ({ actor: a, clientIp: null, requestId: null });
    const code = (f: () => unknown) => {
      try {
        f();
        return 'ok';
      } catch (error) {
        return error instanceof AppError ? error.code : 'other';
      }
    };
    const counter = { siteId: 'sby', agencyId: 'dukcapil', boothId: 'booth-sby' };
    const work = (a: Actor | null, target = counter) =>
      code(() => assertMayAt(ctx(a), 'floor.counter.work', target));
    assert.equal(work(null), 'auth.required');
    assert.equal(work(evaluator), 'auth.forbidden');
    assert.equal(work(officer), 'ok');
    assert.equal(work(officer, { ...counter, boothId: 'booth-sby-2' }), 'auth.out_of_scope');
    assert.equal(work(adminSby, { ...counter, boothId: 'booth-sby-2' }), 'ok');
    assert.equal(work(managerSby, { ...counter, siteId: 'ttg' }), 'auth.out_of_scope');
    assert.equal(
      code(() => assertMayAt(ctx(adminAll), 'sites.configure', { siteId: 'sby' })),
      'auth.forbidden',
    );
    assert.equal(roleRefusal(null, 'catalogue.read'), null);
  });
});
