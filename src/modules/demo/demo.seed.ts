import { sql } from 'kysely';
import { systemContext } from '../../shared/context.ts';
import type { Database, Tx } from '../../shared/db/database.ts';
import type { PersonalDataCipher } from '../../shared/personal-data/cipher.ts';
import { createUser } from '../accounts/accounts.public.ts';
import { seedBookingSchedules } from '../booking/booking.public.ts';
import { insertService, seedServiceTypes, standardSchema } from '../catalogue/catalogue.public.ts';
import { generateComplaints } from '../complaints/complaints.public.ts';
import { generateEvaluation } from '../evaluation/evaluation.public.ts';
import { generateHistory } from '../requests/requests.public.ts';
import { generateSatisfaction } from '../satisfaction/satisfaction.public.ts';
import { demoAgencies } from './demo.agencies.data.ts';
import { generateExtraServices } from './demo.generator.ts';
import { demoServiceTypes } from './demo.service-types.data.ts';
import { demoServices } from './demo.services.data.ts';
import { demoSites, TRAINING_SITE_CODE } from './demo.sites.data.ts';
import type { DemoAgency, DemoService } from './demo.types.ts';

/**
 * The demo: a large city MPP with every agency and the whole catalogue, a smaller one with a subset, a training
 * floor open all day (to try the kiosk and the counters at any hour), plus one login per role. Runs on first start (or `atap seed-demo`), in one transaction.
 */

export interface DemoLogin {
  username: string;
  password: string;
  description: string;
}

export const demoLogins: DemoLogin[] = [
  { username: 'admin', password: 'atap-admin-2026', description: 'Admin nasional / national admin' },
  {
    username: 'manajer.sby',
    password: 'manajer-sby-2026',
    description: 'Pengelola MPP Surabaya / site manager',
  },
  {
    username: 'manajer.ttg',
    password: 'manajer-ttg-2026',
    description: 'Pengelola MPP Tebing Tinggi / site manager',
  },
  {
    username: 'admin.dukcapil',
    password: 'dukcapil-2026',
    description: 'Admin instansi Dispendukcapil / agency admin',
  },
  {
    username: 'petugas.dukcapil',
    password: 'petugas-2026',
    description: 'Petugas loket Dispendukcapil SBY / officer',
  },
  { username: 'evaluator', password: 'evaluator-2026', description: 'Tim evaluasi / evaluator' },
  {
    username: 'manajer.latihan',
    password: 'latihan-2026',
    description: 'Pengelola MPP Latihan (buka 24 jam) / site manager of the training floor',
  },
  {
    username: 'petugas.latihan',
    password: 'latihan-2026',
    description: 'Petugas loket Dispendukcapil MPP Latihan / officer of the training floor',
  },
];

export interface SeedOptions {
  progress?: (line: string) => void;
  /** A past month of served tickets and application files, for the monitor (not in test databases). */
  history?: { cipher: PersonalDataCipher; now: Date; days: number };
}

export async function isSeeded(db: Database): Promise<boolean> {
  const row = await db.selectFrom('sites').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

async function insertAgencies(tx: Tx, siteId: string, agencies: DemoAgency[]): Promise<Map<string, string>> {
  const rows = await tx
    .insertInto('agencies')
    .values(
      agencies.map((a) => ({
        siteId,
        code: a.code,
        name: a.name,
        shortName: a.shortName,
        type: a.type,
        description: a.description,
        website: a.website ?? null,
        phone: a.phone ?? null,
      })),
    )
    .returning(['id', 'code'])
    .execute();
  return new Map(rows.map((r) => [r.code, r.id]));
}

interface SiteBooths {
  boothByAgency: Map<string, string>;
  countersByBooth: Map<string, string[]>;
}

type Site = (typeof demoSites)[number];

/** The site, its special periods and closures. */
async function insertSite(tx: Tx, site: Site): Promise<string> {
  const { id: siteId } = await tx
    .insertInto('sites')
    .values({
      code: site.code,
      name: site.name,
      province: site.region.province,
      city: site.region.city,
      address: site.address,
      timezone: site.timezone,
      phone: null,
      email: null,
      weeklyHours: JSON.stringify(site.weeklyHours),
      floorSettings: sql`${JSON.stringify(site.floorSettings ?? {})}::jsonb`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const p of site.specialPeriods) {
    await tx
      .insertInto('siteSpecialPeriods')
      .values({
        siteId,
        name: p.name,
        startsOn: p.startsOn,
        endsOn: p.endsOn,
        weeklyHours: JSON.stringify(p.weeklyHours),
      })
      .execute();
  }
  if (site.closures.length > 0) {
    await tx
      .insertInto('siteClosures')
      .values(site.closures.map((c) => ({ siteId, ...c })))
      .execute();
  }
  return siteId;
}

/** A booth with its counters for each agency the site hosts (of those whose agencies run its booths). */
async function insertBooths(
  tx: Tx,
  siteId: string,
  site: Site,
  agencyIds: Map<string, string>,
  agencies: DemoAgency[],
): Promise<SiteBooths> {
  const hosted = agencies.filter((a) => !site.agencyCodes || site.agencyCodes.includes(a.code));
  const boothByAgency = new Map<string, string>();
  const countersByBooth = new Map<string, string[]>();
  for (const agency of hosted) {
    const agencyId = agencyIds.get(agency.code);
    if (!agencyId) throw new Error(`demo: unknown agency ${agency.code}`);
    const booth = await tx
      .insertInto('booths')
      .values({
        siteId,
        agencyId,
        name: `Gerai ${agency.shortName}`,
        zone: agency.zone,
        floor: agency.floor,
        queuePrefix: agency.queuePrefix,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    boothByAgency.set(agency.code, booth.id);
    // The smaller site runs fewer counters per booth.
    const counterCount = site.agencyCodes ? Math.min(2, agency.counters) : agency.counters;
    const counters = await tx
      .insertInto('counters')
      .values(
        Array.from({ length: counterCount }, (_, i) => ({
          boothId: booth.id,
          number: i + 1,
          label: `Loket ${i + 1}`,
        })),
      )
      .returning('id')
      .execute();
    countersByBooth.set(
      booth.id,
      counters.map((c) => c.id),
    );
  }
  return { boothByAgency, countersByBooth };
}

/**
 * Inserts one owning site's services (with standards, mapped to their national type), offers each at its agency's
 * booths of the sites its agencies serve, and staffs every counter with them.
 */
async function insertServices(
  tx: Tx,
  services: DemoService[],
  agencyIds: Map<string, string>,
  sites: { site: Site; booths: SiteBooths }[],
  progress?: (line: string) => void,
): Promise<void> {
  const counterRows: { counterId: string; serviceId: string }[] = [];
  let done = 0;
  for (const service of services) {
    const agencyId = agencyIds.get(service.agencyCode);
    if (!agencyId) throw new Error(`demo: service ${service.code} has unknown agency ${service.agencyCode}`);
    const boothIds: string[] = [];
    const counterIds: string[] = [];
    for (const { site, booths } of sites) {
      if (site.serviceCodes && !site.serviceCodes.includes(service.code)) continue;
      const boothId = booths.boothByAgency.get(service.agencyCode);
      if (!boothId) continue;
      boothIds.push(boothId);
      counterIds.push(...(booths.countersByBooth.get(boothId) ?? []));
    }
    const serviceId = await insertService(tx, systemContext, {
      agencyId,
      code: service.code,
      name: service.name,
      category: service.category,
      description: service.description,
      keywords: service.keywords,
      averageServiceMinutes: service.averageServiceMinutes,
      bookable: service.bookable,
      dailyQuota: service.dailyQuota,
      serviceTypeCode: demoServiceTypes[service.code] ?? null,
      boothIds,
      standard: standardSchema.parse(service.standard),
      effectiveFrom: '2026-01-02',
    });
    for (const counterId of counterIds) counterRows.push({ counterId, serviceId });
    done++;
    if (progress && (done % 25 === 0 || done === services.length))
      progress(`  services ${done}/${services.length}`);
  }
  for (let i = 0; i < counterRows.length; i += 1000) {
    await tx
      .insertInto('counterServices')
      .values(counterRows.slice(i, i + 1000))
      .execute();
  }
}

/**
 * Every site with its own agencies (their codes unique per site: Surabaya's and Tebing Tinggi's Dispendukcapil
 * are two bodies), the booths of each, and each owning site's services offered at its booths and at those of the
 * sites its agencies serve (the training room uses Surabaya's).
 */
async function seedCatalogue(tx: Tx, progress?: (line: string) => void): Promise<void> {
  const siteIds = new Map<string, string>();
  for (const site of demoSites) siteIds.set(site.code, await insertSite(tx, site));
  const owned = new Map<string, { agencies: DemoAgency[]; ids: Map<string, string> }>();
  for (const site of demoSites) {
    if (!('own' in site.agencies)) continue;
    const ids = await insertAgencies(tx, siteIds.get(site.code) as string, site.agencies.own);
    owned.set(site.code, { agencies: site.agencies.own, ids });
    progress?.(`  agencies of ${site.code}: ${ids.size}`);
  }
  const ownerOf = (site: Site) => ('own' in site.agencies ? site.code : site.agencies.of);
  const booths: { site: Site; owner: string; booths: SiteBooths }[] = [];
  for (const site of demoSites) {
    const owner = owned.get(ownerOf(site));
    if (!owner) throw new Error(`demo: site ${site.code} uses the agencies of an unknown site`);
    const siteId = siteIds.get(site.code) as string;
    booths.push({
      site,
      owner: ownerOf(site),
      booths: await insertBooths(tx, siteId, site, owner.ids, owner.agencies),
    });
  }
  progress?.(`  sites ${demoSites.length}`);
  for (const site of demoSites) {
    const own = owned.get(site.code);
    if (!own) continue;
    const codes = new Set(own.agencies.map((a) => a.code));
    const services = demoServices.filter(
      (s) => codes.has(s.agencyCode) && (!site.serviceCodes || site.serviceCodes.includes(s.code)),
    );
    progress?.(`  services of ${site.code}`);
    await insertServices(
      tx,
      services,
      own.ids,
      booths.filter((b) => b.owner === site.code),
      progress,
    );
  }
}

export async function seedDemo(db: Database, options: SeedOptions): Promise<void> {
  const progress = options.progress;
  progress?.('Seeding the demo: sites, agencies, booths, counters, services…');
  // The national list the services map to (app.ts upserts it too, but the demo is seeded before the app starts).
  await seedServiceTypes(db);
  await db.transaction().execute((tx) => seedCatalogue(tx, progress));
  const large = await db.selectFrom('sites').select('id').where('code', '=', 'SBY').executeTakeFirstOrThrow();
  const small = await db.selectFrom('sites').select('id').where('code', '=', 'TTG').executeTakeFirstOrThrow();
  const dukcapil = await db
    .selectFrom('agencies')
    .innerJoin('booths', 'booths.agencyId', 'agencies.id')
    .select(['agencies.id as agencyId', 'booths.id as boothId'])
    .where('agencies.code', '=', 'DISPENDUKCAPIL')
    .where('booths.siteId', '=', large.id)
    .executeTakeFirstOrThrow();
  const trainingSite = await db
    .selectFrom('sites')
    .select('id')
    .where('code', '=', TRAINING_SITE_CODE)
    .executeTakeFirstOrThrow();
  const trainingDukcapil = await db
    .selectFrom('booths')
    .select('id')
    .where('siteId', '=', trainingSite.id)
    .where('agencyId', '=', dukcapil.agencyId)
    .executeTakeFirstOrThrow();
  const users = [
    {
      role: 'national_admin' as const,
      siteId: null,
      agencyId: null,
      boothId: null,
      displayName: 'Admin Nasional',
    },
    {
      role: 'site_manager' as const,
      siteId: large.id,
      agencyId: null,
      boothId: null,
      displayName: 'Pengelola MPP Surabaya',
    },
    {
      role: 'site_manager' as const,
      siteId: small.id,
      agencyId: null,
      boothId: null,
      displayName: 'Pengelola MPP Tebing Tinggi',
    },
    {
      role: 'agency_admin' as const,
      // The agency's admin for all its sites (a null site): shared catalogue data is theirs to keep.
      siteId: null,
      agencyId: dukcapil.agencyId,
      boothId: null,
      displayName: 'Admin Dispendukcapil',
    },
    {
      role: 'officer' as const,
      siteId: large.id,
      agencyId: dukcapil.agencyId,
      boothId: dukcapil.boothId,
      displayName: 'Petugas Dispendukcapil',
    },
    { role: 'evaluator' as const, siteId: null, agencyId: null, boothId: null, displayName: 'Tim Evaluasi' },
    {
      role: 'site_manager' as const,
      siteId: trainingSite.id,
      agencyId: null,
      boothId: null,
      displayName: 'Pengelola MPP Latihan',
    },
    {
      role: 'officer' as const,
      siteId: trainingSite.id,
      agencyId: dukcapil.agencyId,
      boothId: trainingDukcapil.id,
      displayName: 'Petugas Latihan Dispendukcapil',
    },
  ];
  for (const [i, user] of users.entries()) {
    const login = demoLogins[i];
    if (!login) continue;
    await createUser(db, systemContext, { username: login.username, password: login.password, ...user });
  }
  progress?.(`  users ${users.length}`);
  const offers = await seedBookingSchedules(db);
  progress?.(`  bookable offers ${offers}`);
  if (options.history) {
    await seedHistory(db, options.history, progress);
    await seedSatisfaction(db, options.history, progress);
    await seedComplaints(db, options.history, progress);
    await seedEvaluation(db, options.history, progress);
  }
  await sql`ANALYZE`.execute(db);
  progress?.('Demo ready.');
}

/** Adds generated services to the large site (benchmarks scale the catalogue to 600+). */
export async function seedGeneratedServices(
  db: Database,
  count: number,
  progress?: (line: string) => void,
): Promise<void> {
  const existing = await db
    .selectFrom('services')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const extra = generateExtraServices(count, demoAgencies, Number(existing.n) + 1);
  await db.transaction().execute(async (tx) => {
    // The large site's own agencies (another site may use the same codes for its own).
    const agencies = await tx
      .selectFrom('agencies')
      .innerJoin('sites', 'sites.id', 'agencies.siteId')
      .select(['agencies.id', 'agencies.code'])
      .where('sites.code', '=', 'SBY')
      .execute();
    const agencyIds = new Map(agencies.map((a) => [a.code, a.id]));
    const booths = await tx
      .selectFrom('booths')
      .innerJoin('sites', 'sites.id', 'booths.siteId')
      .innerJoin('agencies', 'agencies.id', 'booths.agencyId')
      .select(['booths.id', 'agencies.code'])
      .where('sites.code', '=', 'SBY')
      .execute();
    const boothByAgency = new Map(booths.map((b) => [b.code, b.id]));
    let done = 0;
    for (const service of extra) {
      const agencyId = agencyIds.get(service.agencyCode);
      if (!agencyId) continue;
      const boothId = boothByAgency.get(service.agencyCode);
      const { agencyCode: _agencyCode, standard, ...meta } = service;
      await insertService(tx, systemContext, {
        ...meta,
        agencyId,
        serviceTypeCode: null,
        boothIds: boothId ? [boothId] : [],
        standard: standardSchema.parse(standard),
        effectiveFrom: '2026-01-02',
      });
      done++;
      if (progress && done % 50 === 0) progress(`  generated ${done}/${extra.length}`);
    }
  });
  await sql`ANALYZE services`.execute(db);
}

/** The last `days` days of both sites, up to yesterday: the monitor opens on a realistic month. */
async function seedHistory(
  db: Database,
  h: NonNullable<SeedOptions['history']>,
  progress?: (line: string) => void,
): Promise<void> {
  const sites = await db.selectFrom('sites').select(['id', 'code', 'timezone']).execute();
  const training = new Set(demoSites.filter((s) => s.training).map((s) => s.code));
  for (const site of sites.filter((s) => !training.has(s.code))) {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: site.timezone }).format(h.now);
    const day = (offset: number) =>
      new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
    progress?.(`History of ${site.code}: ${day(-h.days)} … ${day(-1)}`);
    await generateHistory(db, h.cipher, {
      siteId: site.id,
      from: day(-h.days),
      to: day(-1),
      now: h.now,
      ticketsPerBoothDay: site.code === 'SBY' ? 30 : 12,
      requestShare: 0.45,
      transitions: true,
      progress,
    });
  }
}

/**
 * A year of satisfaction survey responses at both sites, up to yesterday: on paper before the history month, then
 * answered invitations of its served tickets (satisfaction.demo.ts), so the index pages, the report and the public
 * page open on a realistic year.
 */
async function seedSatisfaction(
  db: Database,
  h: NonNullable<SeedOptions['history']>,
  progress?: (line: string) => void,
): Promise<void> {
  const sites = await db.selectFrom('sites').select(['id', 'code', 'timezone']).execute();
  const training = new Set(demoSites.filter((s) => s.training).map((s) => s.code));
  for (const [i, site] of sites.filter((s) => !training.has(s.code)).entries()) {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: site.timezone }).format(h.now);
    const day = (offset: number) =>
      new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
    const started = Date.now();
    await generateSatisfaction(db, {
      siteId: site.id,
      from: day(-365),
      to: day(-1),
      now: h.now,
      servedPerBoothDay: site.code === 'SBY' ? 30 : 12,
      responseRate: 0.07,
      ticketsFrom: day(-h.days),
      seed: 2017 + i,
      progress,
    });
    progress?.(`  satisfaction of ${site.code}: ${Date.now() - started} ms`);
  }
}

/**
 * A quarter of complaints at both sites, up to now (complaints.demo.ts): filed and moved through the real paths on
 * a moving clock, linked to the history month's served tickets where they fall in it, in every state, some late.
 */
async function seedComplaints(
  db: Database,
  h: NonNullable<SeedOptions['history']>,
  progress?: (line: string) => void,
): Promise<void> {
  const sites = await db.selectFrom('sites').select(['id', 'code']).orderBy('code').execute();
  const training = new Set(demoSites.filter((s) => s.training).map((s) => s.code));
  for (const [i, site] of sites.filter((s) => !training.has(s.code)).entries()) {
    await generateComplaints(db, h.cipher, {
      siteId: site.id,
      now: h.now,
      days: 91,
      perWorkingDay: site.code === 'SBY' ? 3 : 1,
      seed: 2500 + i,
      progress,
    });
  }
}

/**
 * Last year's monitoring and evaluation of the large site (PEKPPP, five agencies visited, findings followed, the
 * report to the regional secretary issued) and this year's in progress (evaluation.demo.ts).
 */
async function seedEvaluation(
  db: Database,
  h: NonNullable<SeedOptions['history']>,
  progress?: (line: string) => void,
): Promise<void> {
  const site = await db.selectFrom('sites').select('id').where('code', '=', 'SBY').executeTakeFirstOrThrow();
  await generateEvaluation(db, { siteId: site.id, now: h.now, seed: 2900, progress });
}
