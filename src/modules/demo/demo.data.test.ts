import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agencyInput, serviceMetaInput } from '../catalogue/catalogue.schemas.ts';
import { isChoosableServiceType } from '../catalogue/service-types.data.ts';
import { standardSchema } from '../catalogue/standard.schemas.ts';
import { hoursProblems } from '../sites/hours.rules.ts';
import { boothInput, closureInput, siteInput, specialPeriodInput } from '../sites/sites.schemas.ts';
import { demoAgencies, tebingTinggiAgencies } from './demo.agencies.data.ts';
import { generateExtraServices } from './demo.generator.ts';
import { demoServiceTypes } from './demo.service-types.data.ts';
import { demoCategories, demoServices } from './demo.services.data.ts';
import { demoSites } from './demo.sites.data.ts';
import type { AgencyType, DemoService } from './demo.types.ts';

const agencyCodes = new Set(demoAgencies.map((a) => a.code));
const categories = new Set<string>(demoCategories);
const someId = '00000000-0000-4000-8000-000000000000';

function duplicates(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

/** What the catalogue API would refuse: the seed writes through the same schemas' rules. */
function serviceProblems(s: DemoService): string[] {
  const problems: string[] = [];
  const meta = serviceMetaInput.safeParse({ ...s, agencyId: someId });
  if (!meta.success) problems.push(`${s.code}: ${meta.error.message}`);
  const standard = standardSchema.safeParse(s.standard);
  if (!standard.success) problems.push(`${s.code}: ${standard.error.message}`);
  if (!agencyCodes.has(s.agencyCode)) problems.push(`${s.code}: unknown agency ${s.agencyCode}`);
  if (!categories.has(s.category))
    problems.push(`${s.code}: category ${s.category} is not in demoCategories`);
  return problems;
}

describe('demo agencies', () => {
  it('has at least 25 agencies covering every type', () => {
    assert.ok(demoAgencies.length >= 25, `only ${demoAgencies.length}`);
    const types = new Set(demoAgencies.map((a) => a.type));
    for (const type of ['opd', 'vertical', 'bumn', 'bumd', 'private'] satisfies AgencyType[]) {
      assert.ok(types.has(type), `no ${type} agency`);
    }
  });

  it('has unique codes and unique queue prefixes', () => {
    assert.deepEqual(duplicates(demoAgencies.map((a) => a.code)), []);
    assert.deepEqual(duplicates(demoAgencies.map((a) => a.queuePrefix)), []);
  });

  it("Tebing Tinggi's own agencies: Surabaya's codes, the city's own names", () => {
    assert.ok(tebingTinggiAgencies.length >= 10);
    for (const a of tebingTinggiAgencies) {
      assert.ok(agencyCodes.has(a.code), a.code);
      assert.ok(agencyInput.safeParse(a).success, `agency ${a.code}`);
      assert.notEqual(
        a.name,
        demoAgencies.find((d) => d.code === a.code)?.name,
        `${a.code} has its own name`,
      );
    }
  });

  it('passes the agency and booth schemas', () => {
    for (const a of demoAgencies) {
      assert.ok(agencyInput.safeParse(a).success, `agency ${a.code}`);
      const booth = boothInput.safeParse({ ...a, agencyId: someId, name: `Gerai ${a.shortName}` });
      assert.ok(booth.success, `booth of ${a.code}`);
      assert.ok(a.floor >= 1 && a.floor <= 3 && a.counters >= 1, `layout of ${a.code}`);
    }
  });
});

describe('demo services', () => {
  it('has at least 150 services with unique codes', () => {
    assert.ok(demoServices.length >= 150, `only ${demoServices.length}`);
    assert.deepEqual(duplicates(demoServices.map((s) => s.code)), []);
  });

  it('every service refers to a known agency and category and has a valid standard', () => {
    assert.deepEqual(demoServices.flatMap(serviceProblems), []);
  });

  it('every service is mapped to a national service type', () => {
    const unmapped = demoServices.filter((s) => !isChoosableServiceType(demoServiceTypes[s.code] ?? ''));
    assert.deepEqual(
      unmapped.map((s) => s.code),
      [],
    );
    const codes = new Set(demoServices.map((s) => s.code));
    assert.deepEqual(
      Object.keys(demoServiceTypes).filter((c) => !codes.has(c)),
      [],
      'no mapping of a service that does not exist',
    );
  });

  it('every standard parses with standardSchema', () => {
    for (const s of demoServices) standardSchema.parse(s.standard);
  });

  it('keeps the published components within the brief (2–8 requirements, 3–8 steps, 2–5 laws)', () => {
    for (const s of demoServices) {
      const { requirements, procedure, legalBasis } = s.standard;
      assert.ok(
        requirements.length >= 2 && requirements.length <= 8,
        `${s.code}: ${requirements.length} requirements`,
      );
      assert.ok(procedure.length >= 3 && procedure.length <= 8, `${s.code}: ${procedure.length} steps`);
      assert.ok(legalBasis.length >= 2 && legalBasis.length <= 5, `${s.code}: ${legalBasis.length} laws`);
      assert.ok(s.averageServiceMinutes >= 5 && s.averageServiceMinutes <= 45, `${s.code}: minutes`);
      assert.ok(s.keywords.length > 0, `${s.code}: keywords`);
    }
  });

  it('every agency offers at least one service and every category is used', () => {
    const offering = new Set(demoServices.map((s) => s.agencyCode));
    assert.deepEqual(
      demoAgencies.filter((a) => !offering.has(a.code)).map((a) => a.code),
      [],
    );
    const used = new Set(demoServices.map((s) => s.category));
    assert.deepEqual(
      demoCategories.filter((c) => !used.has(c)),
      [],
    );
  });

  it('keeps tariffs that are fixed by regulation', () => {
    const fee = (code: string) => demoServices.find((s) => s.code === code)?.standard.fee;
    assert.equal(fee('POLRI-SKCK-BARU')?.amount, 30_000);
    assert.equal(fee('IMIGRASI-PASPOR-BARU')?.amount, 350_000);
    assert.equal(fee('POLRI-SIM-A-PERPANJANGAN')?.amount, 80_000);
    const civil = demoServices.filter((s) => s.agencyCode === 'DISPENDUKCAPIL');
    assert.ok(civil.every((s) => s.standard.fee.isFree && s.standard.fee.amount === 0));
  });
});

describe('demo sites', () => {
  it('passes the site schemas and hour rules', () => {
    for (const site of demoSites) {
      const input = { ...site, province: site.region.province, city: site.region.city };
      assert.ok(siteInput.safeParse(input).success, `site ${site.code}`);
      assert.deepEqual(hoursProblems(site.weeklyHours), [], site.code);
      for (const p of site.specialPeriods) {
        assert.ok(specialPeriodInput.safeParse(p).success, `${site.code} ${p.name}`);
        assert.deepEqual(hoursProblems(p.weeklyHours), [], `${site.code} ${p.name}`);
        assert.ok(p.startsOn <= p.endsOn);
      }
      for (const c of site.closures) assert.ok(closureInput.safeParse(c).success, `${site.code} ${c.date}`);
    }
    assert.deepEqual(duplicates(demoSites.map((s) => s.code)), []);
  });

  it('the large site hosts every agency; the small one a subset of existing agencies and services', () => {
    const large = demoSites.find((s) => s.code === 'SBY');
    const small = demoSites.find((s) => s.code === 'TTG');
    assert.ok(large && small);
    assert.equal(large.agencyCodes, undefined);
    assert.ok(small.agencyCodes && small.serviceCodes);
    assert.deepEqual(
      small.agencyCodes.filter((c) => !agencyCodes.has(c)),
      [],
    );
    const byCode = new Map(demoServices.map((s) => [s.code, s]));
    assert.deepEqual(
      small.serviceCodes.filter((c) => !byCode.has(c)),
      [],
    );
    const hosted = new Set(small.agencyCodes);
    assert.deepEqual(
      small.serviceCodes.filter((c) => !hosted.has(byCode.get(c)?.agencyCode ?? '')),
      [],
      'a service of an agency without a booth at the site',
    );
    assert.ok(small.agencyCodes.length >= 8 && small.agencyCodes.length < demoAgencies.length);
    assert.ok(small.serviceCodes.length >= 50 && small.serviceCodes.length < demoServices.length);
  });
});

describe('generateExtraServices', () => {
  const extra = generateExtraServices(500, demoAgencies);

  it('gives 500 services with unique codes, none clashing with the hand-written ones', () => {
    assert.equal(extra.length, 500);
    assert.deepEqual(duplicates(extra.map((s) => s.code)), []);
    const handWritten = new Set(demoServices.map((s) => s.code));
    assert.ok(extra.every((s) => !handWritten.has(s.code)));
  });

  it('every generated service passes the schemas', () => {
    assert.deepEqual(extra.flatMap(serviceProblems), []);
    for (const s of extra) standardSchema.parse(s.standard);
  });

  it('spreads services over the agencies', () => {
    const agencies = new Set(extra.map((s) => s.agencyCode));
    assert.ok(agencies.size >= demoAgencies.length - 2, `only ${agencies.size} agencies`);
  });

  it('is deterministic for a seed and varies with it', () => {
    assert.deepEqual(generateExtraServices(500, demoAgencies), extra);
    const other = generateExtraServices(500, demoAgencies, 42);
    assert.notDeepEqual(
      other.map((s) => s.name),
      extra.map((s) => s.name),
    );
  });

  it('numbers successive batches without collisions', () => {
    const first = generateExtraServices(100, demoAgencies, 1);
    const second = generateExtraServices(100, demoAgencies, 101);
    assert.deepEqual(duplicates([...first, ...second].map((s) => s.code)), []);
  });

  it('returns nothing for a zero count or no agencies', () => {
    assert.deepEqual(generateExtraServices(0, demoAgencies), []);
    assert.deepEqual(generateExtraServices(10, []), []);
  });
});
