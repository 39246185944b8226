import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allRegions } from './generate.regions.data.ts';
import { typeProfiles } from './generate.service-types.ts';
import { generateSites, maxGeneratedSites } from './generate.sites.ts';

describe('national demo: generated sites', () => {
  it('are the same for the same seed and differ for another', () => {
    assert.deepEqual(generateSites(200, 7), generateSites(200, 7));
    assert.notDeepEqual(
      generateSites(200, 7).map((s) => s.city),
      generateSites(200, 8).map((s) => s.city),
    );
  });

  it('have unique codes and ids, real region names, every size and most provinces', () => {
    const sites = generateSites(200, 1);
    assert.equal(new Set(sites.map((s) => s.code)).size, 200);
    assert.equal(new Set(sites.map((s) => s.id)).size, 200);
    assert.equal(sites[0]?.code, 'G001');
    assert.equal(sites[199]?.code, 'G200');
    const regions = new Set(allRegions().map((r) => `${r.province}|${r.city}`));
    for (const s of sites) {
      assert.ok(regions.has(`${s.province}|${s.city}`), s.city);
      assert.match(s.id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      assert.ok(s.offers.length >= 5, `${s.code} offers ${s.offers.length} types`);
    }
    assert.ok(new Set(sites.map((s) => s.province)).size >= 30);
    for (const size of ['small', 'medium', 'large'] as const)
      assert.ok(sites.filter((s) => s.size === size).length >= 10, size);
    assert.ok(
      sites.some((s) => s.city.startsWith('Kota ')) && sites.some((s) => s.city.startsWith('Kabupaten ')),
    );
  });

  it('give big cities more visitors and more service types than small regencies', () => {
    const sites = generateSites(200, 1);
    const mean = (size: string, f: (s: (typeof sites)[number]) => number) => {
      const of = sites.filter((s) => s.size === size);
      return of.reduce((a, s) => a + f(s), 0) / of.length;
    };
    const visitors = (s: (typeof sites)[number]) => s.offers.reduce((a, o) => a + o.daily, 0);
    assert.ok(mean('large', visitors) > 3 * mean('small', visitors));
    assert.ok(mean('large', (s) => s.offers.length) > mean('small', (s) => s.offers.length));
  });

  it('offers only types with a profile, and refuses more sites than regions', () => {
    const codes = new Set(typeProfiles.map((t) => t.code));
    for (const s of generateSites(50, 3)) for (const o of s.offers) assert.ok(codes.has(o.code));
    assert.throws(() => generateSites(maxGeneratedSites + 1, 1), RangeError);
    assert.throws(() => generateSites(0, 1), RangeError);
  });
});
