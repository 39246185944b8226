import assert from 'node:assert/strict';
import http from 'node:http';
import type net from 'node:net';
import { after, before, describe, it } from 'node:test';
import Fastify from 'fastify';
import { sql } from 'kysely';
import { fileComplaint } from '../src/modules/complaints/complaint.filing.ts';
import { inspection } from '../src/modules/evaluation/instruments/inspection.ts';
import { type AccessRule, accessRules, type ScopeKind } from '../src/shared/auth/policy.rules.ts';
import { systemContext } from '../src/shared/context.ts';
import { registerAccess } from '../src/shared/http/access.ts';
import { buildTestApp, login, type TestApp } from './support/app.ts';
import { testCipher } from './support/data-key.ts';

/**
 * Scope as data, tried (issue 20, item 4). The route table is read from the OpenAPI document the app serves,
 * with each route's rule (`x-access`, from shared/auth/policy.rules.ts): a new route is tried here without
 * touching this file, and a route without a rule stops the app from starting. Every route is called as every
 * role, on a target inside the role's scope and on one outside it:
 * - a role the rule does not name: 401 anonymous, 403 auth.forbidden otherwise, and nothing written;
 * - a named role, a target inside: no access refusal (auth.required, auth.forbidden, auth.out_of_scope) — the request may still fail on its input or state, or on a finer rule such as auth.shared_data;
 * - a named role, a target outside (another site, another agency, another booth): 403 auth.out_of_scope and
 *   nothing written — except where the role's scope is everywhere (the national admin; evaluators reading);
 * - a list filtered by the role (reach, audit, users): none of the outside target's rows in it.
 * "Nothing written" is the audit log: every change writes a row (DESIGN.md), so a refusal must leave it as it was.
 */

// Monday 23 November 2026, 09:00 in Surabaya and Tebing Tinggi (WIB): sites open, booking window open.
const NOW = new Date('2026-11-23T02:00:00Z');
const TODAY = '2026-11-23';
const LATER = '2026-12-30';
const notify = { email: false, webhook: false };
const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

/** One agency's business at one site: the targets a route's parameters and body point at. */
interface Place {
  name: string;
  site: string;
  agency: string;
  booth: string;
  counter: string;
  service: string;
  device: string;
  deviceToken: string;
  kioskToken: string;
  user: string;
  booking: string;
  bookingCode: string;
  request: string;
  requestCode: string;
  surveyPeriod: string;
  followUp: string;
  complaint: string;
  complaintAttachment: string;
  assessment: string;
  assessmentPhoto: string;
  finding: string;
  evaluationReport: string;
}

interface Role {
  name: string;
  login?: [string, string];
  /** Not signed in: a kiosk paired at the home site, sending its token. */
  kiosk?: true;
  /** Where the role's own business is: its targets are inside its scope. */
  home: 'sby' | 'ttg';
}
const roles: Role[] = [
  { name: 'anonymous', home: 'sby' },
  { name: 'national_admin', login: ['admin', 'atap-admin-2026'], home: 'sby' },
  // Tebing Tinggi's manager: Surabaya is another site, and the outside agency has no booth in Tebing Tinggi.
  { name: 'site_manager', login: ['manajer.ttg', 'manajer-ttg-2026'], home: 'ttg' },
  // Dispendukcapil's admin for all its sites: the outside target is another agency's.
  { name: 'agency_admin', login: ['admin.dukcapil', 'dukcapil-2026'], home: 'sby' },
  // Dispendukcapil's officer at Surabaya: the outside target is another booth (another agency's) at their site.
  { name: 'officer', login: ['petugas.dukcapil', 'petugas-2026'], home: 'sby' },
  { name: 'evaluator', login: ['evaluator', 'evaluator-2026'], home: 'sby' },
  { name: 'kiosk', kiosk: true, home: 'sby' },
];

/** Scope kinds whose rule is decided on a target (a path parameter or a body field). */
const targeted = new Set<ScopeKind>(['site', 'site-agency', 'booth', 'site-read', 'agency', 'users']);
/** Scope kinds whose rule filters a list by the role. */
const filtered = new Set<ScopeKind>(['reach', 'audit', 'users']);
/**
 * Whether the outside target is inside the role's scope after all: the national admin's is everywhere, an
 * evaluator reads every site; the demo's agency admin (of all the agency's sites) reads any site's lists,
 * filtered to their agency — which the list check then holds them to.
 */
function outsideIs(role: string, scope: ScopeKind): 'outside' | 'inside' | 'filtered' {
  if (role === 'national_admin' || (role === 'evaluator' && scope === 'site-read')) return 'inside';
  if (role === 'agency_admin' && scope === 'site-read') return 'filtered';
  return 'outside';
}
/** The answers of an access refusal; any other answer (even a 401 for a wrong password) is the route's own. */
const refusals = new Set(['auth.required', 'auth.forbidden', 'auth.out_of_scope']);

interface JsonSchema {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}
interface Operation {
  parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses?: Record<string, { content?: Record<string, unknown> }>;
  'x-access'?: AccessRule & { action: string };
}
interface Route {
  method: string;
  path: string;
  op: Operation;
  rule: AccessRule & { action: string };
  streams: boolean;
}

// ---------- example input, valid for the schema, pointing at a place ----------

const idFields: Record<string, keyof Place> = {
  siteId: 'site',
  agencyId: 'agency',
  boothId: 'booth',
  serviceId: 'service',
  counterId: 'counter',
};
const listFields: Record<string, keyof Place> = { boothIds: 'booth', serviceIds: 'service' };
/** Strings tried in order against a pattern; the first that matches (and fits the length) is used. */
const patternCandidates = [
  'Uji Coba',
  'uji.coba',
  'UJI1',
  'ZQ',
  '10:00',
  TODAY,
  '0812-3456-7890',
  'abc',
  'x',
  '1',
];
let serial = 0;

function exampleOf(schema: JsonSchema, name: string, place: Place): unknown {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) {
    const first = alternatives.find((s) => s.type !== 'null') ?? alternatives[0];
    return first ? exampleOf(first, name, place) : null;
  }
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(schema.properties ?? {})) {
        if (schema.required?.includes(key) || key in idFields || key in listFields) {
          out[key] = exampleOf(child, key, place);
        }
      }
      return out;
    }
    case 'array': {
      const field = listFields[name];
      if (field) return [place[field]];
      return Array.from({ length: schema.minItems ?? 0 }, () => exampleOf(schema.items ?? {}, name, place));
    }
    case 'integer':
    case 'number': {
      const low = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
      return Math.min(Math.max(low, 1), schema.maximum ?? Number.MAX_SAFE_INTEGER);
    }
    case 'boolean':
      return false;
    case 'string':
      return stringOf(schema, name, place);
    default:
      return schema.default ?? null;
  }
}

function stringOf(schema: JsonSchema, name: string, place: Place): string {
  const field = idFields[name];
  if (schema.format === 'uuid') return field ? place[field] : '6d1f7c4e-4a51-4a7e-9b1f-000000000404';
  // Not today: a closure made by an allowed call must not close the floor for the calls after it.
  if (schema.format === 'date') return LATER;
  if (schema.format === 'date-time') return NOW.toISOString();
  if (schema.format === 'email') return 'uji@example.org';
  if (/password/i.test(name)) return 'rahasia-panjang-1';
  if (name === 'username') return `uji.coba.${++serial}`;
  if (name === 'code') return place.bookingCode;
  if (name === 'last4') return '0001';
  if (name === 'nik') return `35780117089${String(++serial).padStart(5, '0')}`;
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 200;
  const fits = (s: string) => s.length >= min && s.length <= max;
  if (schema.pattern) {
    const re = new RegExp(schema.pattern);
    const found = patternCandidates.find((s) => re.test(s) && fits(s));
    if (found) return found;
  }
  const text = 'Uji coba cakupan';
  return text.length >= min ? text.slice(0, max) : text.padEnd(min, 'x');
}

/** A path with its parameters filled from the place (each parameter by the resource its path names). */
function urlOf(route: Route, place: Place): string {
  const resource = (segment: string): keyof Place | null => {
    if (/\/(floor\/counters|counters|requests\/from-counter)\/\{id\}/.test(route.path)) return 'counter';
    const map: [RegExp, keyof Place][] = [
      [/\/sites\/\{id\}/, 'site'],
      [/\/booths\/\{id\}/, 'booth'],
      [/\/floor\/devices\/\{id\}/, 'device'],
      [/\/booking\/bookings\/\{id\}/, 'booking'],
      [/\/services\/\{id\}/, 'service'],
      [/\/agencies\/\{id\}/, 'agency'],
      [/\/requests\/\{id\}/, 'request'],
      [/\/complaints\/\{id\}/, 'complaint'],
      [/\/evaluation\/(self-)?assessments\/\{id\}/, 'assessment'],
      [/\/evaluation\/findings\/\{id\}/, 'finding'],
      [/\/evaluation\/sites\/\{site\}\/reports\/\{id\}/, 'evaluationReport'],
      [/\/users\/\{id\}/, 'user'],
      [/\/satisfaction\/periods\/\{id\}/, 'surveyPeriod'],
      [/\/satisfaction\/follow-ups\/\{id\}/, 'followUp'],
    ];
    if (segment !== 'id') return null;
    return map.find(([re]) => re.test(route.path))?.[1] ?? null;
  };
  let url = route.path.replace(/\{(\w+)\}/g, (_, param: string) => {
    if (param === 'site') return place.site;
    if (param === 'service') return place.service;
    if (param === 'code') return place.requestCode;
    if (param === 'version') return '1';
    // A survey link: public, keyed by its token alone (none exists here: the survey's own tests answer one).
    if (param === 'token') return 'AAAAAAAAAAAAAAAAAAAAAAAA';
    if (param === 'index') return '0';
    if (param === 'instrument') return 'PEKPPP';
    if (param === 'attachmentId') return place.complaintAttachment;
    if (param === 'indicatorId') return 'kebersihan';
    if (param === 'photoId') return place.assessmentPhoto;
    const field = resource(param);
    if (field) return place[field];
    if (route.path.startsWith('/api/holidays/')) return holidayId;
    throw new Error(`${route.method} ${route.path}: no target for {${param}} — add it to urlOf`);
  });
  const query = (route.op.parameters ?? []).filter((p) => p.in === 'query' && p.required);
  if (query.length > 0) {
    const qs = new URLSearchParams(
      query.map((p) => [p.name, String(exampleOf(p.schema, p.name, place))] as [string, string]),
    );
    url += `?${qs}`;
  }
  return url;
}

/** The body of a call: the schema's example at the place, with what the schema cannot say filled in. */
function bodyOf(route: Route, place: Place): { payload?: string; contentType?: string } {
  if (
    route.path === '/api/import/services' ||
    route.path === '/api/satisfaction/sites/{site}/imports' ||
    route.path === '/api/evaluation/instruments/import'
  ) {
    const boundary = 'scopeboundary';
    const part = (headers: string, value: string) => `--${boundary}\r\n${headers}\r\n\r\n${value}\r\n`;
    return {
      contentType: `multipart/form-data; boundary=${boundary}`,
      payload:
        part('Content-Disposition: form-data; name="agencyId"', place.agency) +
        part(
          'Content-Disposition: form-data; name="file"; filename="uji.csv"\r\nContent-Type: text/csv',
          'x',
        ) +
        `--${boundary}--\r\n`,
    };
  }
  const schema = route.op.requestBody?.content['application/json']?.schema;
  if (!schema) return {};
  const body = exampleOf(schema, '', place) as Record<string, unknown>;
  // Targets the schema names by kind rather than id.
  if (route.path === '/api/code-locks/clear')
    Object.assign(body, { kind: 'request', code: place.requestCode });
  if (route.path === '/api/users' && route.method === 'POST') Object.assign(body, { role: 'officer' });
  return { payload: JSON.stringify(body), contentType: 'application/json' };
}

let holidayId = '';
let renewSurveyTargets: (place: Place) => Promise<void> = async () => undefined;

/**
 * The table as reviewed: who may take each action, within which scope kind. The tries below take the table as
 * given, so a rule widened within its kind (a role added where the kind would let it in) would pass them; this
 * list makes every change of the table a change of this test too, seen in review.
 */
const reviewedRules: Record<string, string> = {
  'auth.sign-in': 'public — anyone',
  'auth.sign-out': 'public — anyone',
  'config.read': 'public — anyone',
  'sites.read': 'public — anyone',
  'catalogue.read': 'public — anyone',
  'holidays.read': 'public — anyone',
  'floor.public': 'public — anyone',
  'booking.citizen': 'public — anyone',
  'requests.track': 'public — anyone',
  'national.read': 'public — anyone',
  'national.link.read': 'role — national manager',
  'survey.read': 'public — anyone',
  'survey.answer': 'public — anyone',
  'survey.device': 'device — anyone',
  'satisfaction.public': 'public — anyone',
  'floor.issue': 'device — anyone',
  'floor.issue-at-desk': 'site — national manager officer',
  'floor.device.this': 'device — anyone',
  'auth.self': 'role — national manager agency officer evaluator',
  'users.read': 'users — national manager',
  'users.grant': 'users — national manager',
  'users.manage': 'users — national manager',
  'code-locks.clear': 'site-agency — national manager agency officer',
  'sites.create': 'role — national',
  'sites.configure': 'site — national manager',
  'sites.booth-layout': 'site-agency — national manager agency',
  'floor.devices.manage': 'site — national manager',
  'holidays.manage': 'role — national',
  'catalogue.agency.create': 'role — national manager',
  'catalogue.edit': 'agency — national manager agency',
  'catalogue.export': 'role — national manager agency',
  'floor.counters.list': 'reach — national manager agency officer evaluator',
  'floor.counter.work': 'booth — national manager agency officer',
  'floor.sessions.read': 'site-read — national manager evaluator',
  'booking.schedule': 'site-agency — national manager agency',
  'booking.stats.read': 'site-read — national manager agency evaluator',
  'booking.affected.read': 'site-read — national manager agency',
  'booking.affected.act': 'site-agency — national manager agency',
  'requests.list': 'reach — national manager agency officer',
  'requests.register': 'booth — national manager agency officer',
  'requests.work': 'site-agency — national manager agency officer',
  'monitor.read': 'site-read — national manager agency evaluator',
  'satisfaction.read': 'site-read — national manager agency evaluator',
  'audit.read': 'audit — national manager agency',
  'satisfaction.periods.manage': 'site — national manager',
  'satisfaction.import': 'site — national manager',
  'satisfaction.report.read': 'site-read — national manager evaluator',
  'complaints.file': 'public — anyone',
  'complaints.track': 'public — anyone',
  'complaints.public': 'public — anyone',
  'complaints.read': 'site-read — national manager agency evaluator',
  'complaints.record': 'site — national manager',
  'complaints.handle': 'site — national manager',
  'complaints.identity.read': 'site — national manager',
  'complaints.follow-up': 'site-agency — national manager agency',
  'complaints.settings': 'site — national manager',
  'evaluation.instruments.read': 'role — national manager agency officer evaluator',
  'evaluation.instruments.manage': 'role — national evaluator',
  'evaluation.read': 'site-read — national manager agency evaluator',
  'evaluation.assess': 'site-read — national evaluator',
  'evaluation.self-assess': 'site-agency — national manager agency',
  'evaluation.findings.answer': 'site-agency — national manager agency',
  'evaluation.findings.verify': 'site-read — national evaluator',
  'evaluation.reports.issue': 'site-read — national evaluator',
};
const shortRole: Record<string, string> = {
  national_admin: 'national',
  site_manager: 'manager',
  agency_admin: 'agency',
  officer: 'officer',
  evaluator: 'evaluator',
};

describe('every route, as every role, inside and outside its scope', () => {
  let t: TestApp;
  let port = 0;
  const routes: Route[] = [];
  const places: Record<'sby' | 'ttg' | 'away', Place> = {} as never;
  const headersOf = new Map<string, Record<string, string>>();

  before(async () => {
    t = await buildTestApp({ now: () => NOW });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as net.AddressInfo).port;
    const doc = (await t.app.inject({ url: '/api/docs/json' })).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    for (const [path, item] of Object.entries(doc.paths)) {
      if (!path.startsWith('/api/') || path.startsWith('/api/docs')) continue;
      for (const [method, op] of Object.entries(item)) {
        if (!METHODS.has(method)) continue;
        const ok = op.responses?.['200'] ?? op.responses?.['201'];
        routes.push({
          method: method.toUpperCase(),
          path,
          op,
          rule: op['x-access'] as Route['rule'],
          streams: Object.keys(ok?.content ?? {}).includes('text/event-stream'),
        });
      }
    }
    for (const role of roles) {
      if (role.login) headersOf.set(role.name, await login(t.app, ...role.login));
    }
    const admin = headersOf.get('national_admin') ?? {};

    const site = async (code: string) =>
      (await t.db.selectFrom('sites').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
    const sby = await site('SBY');
    const ttg = await site('TTG');
    const dukcapil = (
      await t.db
        .selectFrom('agencies')
        .select('id')
        .where('code', '=', 'DISPENDUKCAPIL')
        // Surabaya's (Tebing Tinggi has its own agency with the same code).
        .where((eb) => eb('siteId', '=', eb.selectFrom('sites').select('id').where('code', '=', 'SBY')))
        .executeTakeFirstOrThrow()
    ).id;
    // Another agency, at Surabaya but not at Tebing Tinggi: outside every scoped demo role.
    const away = await t.db
      .selectFrom('agencies')
      .innerJoin('booths', 'booths.agencyId', 'agencies.id')
      .select('agencies.id')
      .where('booths.siteId', '=', sby)
      .where('agencies.id', '!=', dukcapil)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('booths as b2')
              .select('b2.id')
              .whereRef('b2.agencyId', '=', 'agencies.id')
              .where('b2.siteId', '=', ttg),
          ),
        ),
      )
      .orderBy('agencies.code')
      .executeTakeFirstOrThrow();

    const api = async (method: string, url: string, payload?: unknown) => {
      const res = await t.app.inject({
        method: method as 'POST',
        url,
        headers: admin,
        payload: payload as object,
      });
      assert.ok(res.statusCode < 300, `${method} ${url}: ${res.statusCode} ${res.body}`);
      return res.json() as Record<string, string>;
    };
    // A survey period of the site (the away place shares sby's site: other dates) with one follow-up action; made
    // again before a call that may delete either (a hard delete), so every role meets its target.
    const surveyTargets = async (name: string, siteId: string, have?: Place) => {
      const half = name === 'away' ? ['2024-07-01', '2024-12-31'] : ['2024-01-01', '2024-06-30'];
      const kept =
        have &&
        (await t.db
          .selectFrom('surveyPeriods')
          .select('id')
          .where('id', '=', have.surveyPeriod)
          .executeTakeFirst());
      const period =
        kept?.id ??
        (
          await api('POST', `/api/satisfaction/sites/${siteId}/periods`, {
            label: `Periode ${name}`,
            startsOn: half[0],
            endsOn: half[1],
          })
        ).id;
      const keptAction =
        have &&
        (await t.db
          .selectFrom('surveyFollowUps')
          .select('id')
          .where('id', '=', have.followUp)
          .executeTakeFirst());
      const followUp =
        keptAction?.id ??
        (
          await api('POST', `/api/satisfaction/periods/${period}/follow-ups`, {
            element: 'time',
            action: 'Menambah loket',
            owner: 'Kepala bidang',
            dueOn: '2024-12-31',
          })
        ).id;
      return { period: period as string, followUp: followUp as string };
    };
    renewSurveyTargets = async (place) => {
      const again = await surveyTargets(place.name, place.site, place);
      place.surveyPeriod = again.period;
      place.followUp = again.followUp;
    };
    // An evaluators' assessment of the place's agency (the demo's evaluator its lead) with one photo's row.
    const assessmentTargets = async (siteId: string, agencyId: string) => {
      const instrument =
        (await t.db
          .selectFrom('instruments')
          .select('id')
          .where('code', '=', 'UJI-CAKUPAN')
          .executeTakeFirst()) ??
        (await t.db
          .insertInto('instruments')
          .values({ code: 'UJI-CAKUPAN', name: 'Uji cakupan', kind: 'inspection' })
          .returning('id')
          .executeTakeFirstOrThrow());
      const version =
        (await t.db
          .selectFrom('instrumentVersions')
          .select('id')
          .where('instrumentId', '=', instrument.id)
          .executeTakeFirst()) ??
        (await t.db
          .insertInto('instrumentVersions')
          .values({ instrumentId: instrument.id, version: 1, definition: JSON.stringify(inspection) })
          .returning('id')
          .executeTakeFirstOrThrow());
      const assessment = await t.db
        .insertInto('assessments')
        .values({
          instrumentVersionId: version.id,
          siteId,
          agencyId,
          periodFrom: '2026-11-01',
          periodTo: '2026-11-30',
          title: 'Uji cakupan penilaian',
          updatedAt: NOW,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const evaluator = await t.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'evaluator')
        .executeTakeFirstOrThrow();
      await t.db
        .insertInto('assessmentMembers')
        .values({ assessmentId: assessment.id, userId: evaluator.id, lead: true })
        .execute();
      const photo = await t.db
        .insertInto('assessmentPhotos')
        .values({
          assessmentId: assessment.id,
          indicatorId: 'kebersihan',
          contentType: 'image/png',
          sizeBytes: 1,
          sha256: '0'.repeat(64),
          writeId: crypto.randomUUID(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { assessment: assessment.id, assessmentPhoto: photo.id };
    };
    const placeOf = async (name: string, siteId: string, agencyId: string): Promise<Place> => {
      const { boothId, counterId, serviceId } = await t.db
        .selectFrom('booths as b')
        .innerJoin('counters as c', 'c.boothId', 'b.id')
        .innerJoin('counterServices as cs', 'cs.counterId', 'c.id')
        .select(['b.id as boothId', 'c.id as counterId', 'cs.serviceId'])
        .where('b.siteId', '=', siteId)
        .where('b.agencyId', '=', agencyId)
        .where('c.active', '=', true)
        .orderBy('c.number')
        .orderBy('cs.serviceId')
        .executeTakeFirstOrThrow();
      const paired = await api('POST', '/api/floor/devices', {
        siteId,
        kind: 'display',
        name: `Layar ${name}`,
      });
      const kiosk = await api('POST', '/api/floor/kiosks', { siteId, name: `Kios ${name}` });
      const user = await api('POST', '/api/users', {
        username: `uji.${name}`,
        displayName: `Petugas ${name}`,
        password: 'rahasia-panjang-1',
        role: 'officer',
        boothId,
      });
      const file = await api('POST', '/api/requests', {
        serviceId,
        boothId,
        citizen: { name: 'Warga Uji', nik: `35780117089${String(++serial).padStart(5, '0')}` },
      });
      await api('PUT', `/api/booking/sites/${siteId}/services/${serviceId}/schedule`, {
        weekdays: [1, 2, 3, 4, 5].map((weekday) => ({
          weekday,
          slotMinutes: 30,
          capacityPerSlot: 5,
          onlineDailyQuota: 40,
        })),
      });
      const booked = await api('POST', `/api/booking/sites/${siteId}/bookings`, {
        serviceId,
        date: TODAY,
        starts: '10:00',
        nik: `35780117089${String(++serial).padStart(5, '0')}`,
        name: 'Warga Uji',
        phone: '0812-3456-7890',
      });
      const booking = await t.db
        .selectFrom('bookings')
        .select('id')
        .where(
          'code',
          '=',
          String(booked.code)
            .replace(/[^0-9A-Z]/gi, '')
            .toUpperCase(),
        )
        .executeTakeFirst();
      const survey = await surveyTargets(name, siteId);
      // A confidential complaint about the place's agency (the identity must never reach another agency).
      const complaint = await fileComplaint(
        {
          db: t.db,
          notifier: { written: () => undefined },
          now: () => NOW,
          personalData: testCipher,
          notify,
        },
        systemContext,
        {
          siteId,
          kind: 'complaint',
          channel: 'web',
          identity: 'confidential',
          contact: { name: 'Warga Uji', phone: '0812-3456-7890' },
          description: 'Uji coba cakupan pengaduan.',
          place: { agencyId },
        },
      );
      // An attachment's row (its file is not needed to try the scope).
      const attachment = await t.db
        .insertInto('complaintAttachments')
        .values({
          complaintId: complaint.row.id,
          fileName: 'uji.pdf',
          contentType: 'application/pdf',
          sizeBytes: 1,
          sha256: '0'.repeat(64),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const evaluation = await assessmentTargets(siteId, agencyId);
      const finding = await findingOf(evaluation.assessment, siteId, agencyId, boothId);
      return {
        name,
        site: siteId,
        agency: agencyId,
        booth: boothId,
        counter: counterId,
        service: serviceId,
        device: paired.deviceId as string,
        deviceToken: paired.token as string,
        kioskToken: kiosk.token as string,
        user: user.id as string,
        booking: booking?.id ?? (await anyBooking(siteId, agencyId)),
        bookingCode: String(booked.code),
        request: file.id as string,
        requestCode: String(file.trackingCode),
        surveyPeriod: survey.period,
        followUp: survey.followUp,
        complaint: complaint.row.id,
        complaintAttachment: attachment.id,
        ...evaluation,
        finding,
        evaluationReport: (
          await t.db
            .insertInto('evaluationReports')
            .values({
              siteId,
              kind: 'assessment',
              assessmentIds: [],
              number: `700/001/EVAL/${name}/2026`,
              pdf: Buffer.from('%PDF-1.3'),
              sha256: '0'.repeat(64),
              issuedBy: null,
            })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id,
      };
    };
    // One finding about the place's agency on its assessment, written as the findings API would.
    const findingOf = async (assessmentId: string, siteId: string, agencyId: string, boothId: string) => {
      const finding = await t.db
        .insertInto('findings')
        .values({
          assessmentId,
          siteId,
          agencyId,
          boothId,
          severity: 'medium',
          title: 'Uji coba cakupan temuan',
          recommendation: 'Uji coba',
          assignee: 'agency',
          dueAt: new Date(NOW.getTime() + 7 * 86_400_000),
          createdAt: NOW,
          updatedAt: NOW,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return finding.id;
    };
    const anyBooking = async (siteId: string, agencyId: string) =>
      (
        await t.db
          .selectFrom('bookings as b')
          .innerJoin('services as s', 's.id', 'b.serviceId')
          .select('b.id')
          .where('b.siteId', '=', siteId)
          .where('s.agencyId', '=', agencyId)
          .orderBy('b.createdAt', 'desc')
          .executeTakeFirstOrThrow()
      ).id;
    places.sby = await placeOf('sby', sby, dukcapil);
    // Tebing Tinggi's own Dispendukcapil (the same code, another body).
    const ttgDukcapil = (
      await t.db
        .selectFrom('agencies')
        .select('id')
        .where('code', '=', 'DISPENDUKCAPIL')
        .where('siteId', '=', ttg)
        .executeTakeFirstOrThrow()
    ).id;
    places.ttg = await placeOf('ttg', ttg, ttgDukcapil);
    places.away = await placeOf('away', sby, away.id);
    holidayId = (await t.db.selectFrom('holidays').select('id').executeTakeFirstOrThrow()).id;
  });
  after(() => t.close());

  const auditCount = async () =>
    Number((await sql<{ n: string }>`SELECT count(*) AS n FROM audit_log`.execute(t.db)).rows[0]?.n);

  /** One call: streams over HTTP (status and headers, then hang up), the rest injected. */
  async function call(
    route: Route,
    role: Role,
    place: Place,
    kioskToken = place.kioskToken,
  ): Promise<{ status: number; body: string }> {
    const headers: Record<string, string> = { ...(headersOf.get(role.name) ?? {}) };
    // Signing out would end the role's session for the calls after it: it is public, so it goes without one.
    if (route.rule.action === 'auth.sign-out') {
      delete headers.cookie;
      delete headers['x-csrf-token'];
    }
    if (role.kiosk) headers['x-device-token'] = kioskToken;
    else if (route.path.startsWith('/api/floor/devices/this')) headers['x-device-token'] = place.deviceToken;
    const url = urlOf(route, place);
    const { payload, contentType } = bodyOf(route, place);
    if (contentType) headers['content-type'] = contentType;
    if (route.streams) {
      return new Promise((resolve, reject) => {
        const req = http.request(
          { host: '127.0.0.1', port, method: route.method, path: url, agent: false, headers },
          (res) => {
            if (String(res.headers['content-type']).startsWith('text/event-stream')) {
              resolve({ status: res.statusCode ?? 0, body: '' });
              req.destroy();
              return;
            }
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => {
              body += chunk;
            });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          },
        );
        req.setTimeout(15_000, () => req.destroy(new Error(`no answer to ${route.method} ${url}`)));
        req.on('error', reject);
        req.end(payload);
      });
    }
    const res = await t.app.inject({
      method: route.method as 'GET',
      url,
      headers,
      ...(payload !== undefined ? { payload } : {}),
    });
    return { status: res.statusCode, body: res.body };
  }

  it('reads the route table, and every /api route in it has a rule from the table', () => {
    assert.ok(routes.length > 90, `only ${routes.length} routes in the document`);
    const without = routes.filter((r) => !r.rule || !(r.rule.action in accessRules)).map((r) => r.path);
    assert.deepEqual(without, []);
  });

  it('has the reviewed rules: widening one is a change to this test too', () => {
    const actual = Object.fromEntries(
      Object.entries(accessRules).map(([action, rule]: [string, AccessRule]) => [
        action,
        `${rule.scope} — ${rule.roles === 'anyone' ? 'anyone' : rule.roles.map((r) => shortRole[r]).join(' ')}`,
      ]),
    );
    assert.deepEqual(actual, reviewedRules);
  });

  it('refuses to start with a route that names no rule', async () => {
    const app = Fastify();
    await app.register(async (api) => {
      registerAccess(api);
      api.get('/with-rule', { config: { access: 'config.read' } }, async () => 'x');
      api.get('/without-rule', async () => 'x');
    });
    await assert.rejects(async () => {
      await app.ready();
    }, /^Error: GET \/without-rule, HEAD \/without-rule: no access rule/);
    await app.close().catch(() => undefined);
  });

  it('answers every route, as every role, inside and outside its scope, as its rule says', async () => {
    const problems: string[] = [];
    const awayIds = Object.entries(places.away)
      .filter(([key]) =>
        ['counter', 'device', 'user', 'booking', 'request', 'complaint', 'finding'].includes(key),
      )
      .map(([, id]) => id);
    for (const route of routes) {
      const { roles: allowed, scope } = route.rule;
      for (const role of roles) {
        const signedIn = role.login !== undefined;
        const named = allowed === 'anyone' || (signedIn && allowed.includes(role.name as never));
        const tries: { place: Place; outside: ReturnType<typeof outsideIs> | 'home'; kiosk?: Place }[] = [
          { place: places[role.home], outside: 'home' },
        ];
        // A target is in the path or the body; a list without either (GET /users) is checked by what it shows.
        const hasTarget = route.path.includes('{') || route.op.requestBody !== undefined;
        if (named && targeted.has(scope) && hasTarget && signedIn) {
          tries.push({ place: places.away, outside: outsideIs(role.name, scope) });
        }
        // A site's kiosk route: a kiosk of another site, and staff elsewhere, are refused like a stranger.
        const atSite = scope === 'device' && route.path.includes('{site}');
        if (atSite && role.kiosk) tries.push({ place: places.sby, outside: 'outside', kiosk: places.ttg });
        else if (atSite && signedIn) tries.push({ place: places.away, outside: 'outside' });
        for (const { place, outside, kiosk } of tries) {
          const where =
            `${route.method} ${route.path} [${route.rule.action}] as ${role.name} at ${place.name}` +
            (kiosk ? ` with ${kiosk.name}'s kiosk` : '');
          if (route.method === 'DELETE' && route.path.startsWith('/api/satisfaction/'))
            await renewSurveyTargets(place);
          const before = await auditCount();
          const { status, body } = await call(route, role, place, kiosk?.kioskToken);
          const written = (await auditCount()) !== before;
          const code =
            status >= 400 ? (JSON.parse(body || '{}') as { error?: { code?: string } }).error?.code : '';
          if (status >= 500) problems.push(`${where}: ${status} ${body.slice(0, 200)}`);
          if (!named) {
            const expected = signedIn ? 403 : 401;
            if (status !== expected)
              problems.push(`${where}: ${status} ${code}, expected ${expected} (role)`);
            if (written) problems.push(`${where}: refused, yet the audit log grew`);
          } else if (atSite) {
            // Issued by a kiosk of the site, or by staff at their desk (floor.issue-at-desk), else refused.
            const desk = accessRules['floor.issue-at-desk'].roles as readonly string[];
            const mayIssue = role.kiosk
              ? kiosk === undefined
              : signedIn &&
                desk.includes(role.name) &&
                (role.name === 'national_admin' || places[role.home].site === place.site);
            if (mayIssue && (refusals.has(code ?? '') || code === 'floor.kiosk_required'))
              problems.push(`${where}: ${status} ${code}, yet it may issue here`);
            if (!mayIssue && (status !== 401 || code !== 'floor.kiosk_required'))
              problems.push(`${where}: ${status} ${code}, expected 401 floor.kiosk_required`);
            if (!mayIssue && written) problems.push(`${where}: refused, yet the audit log grew`);
          } else if (outside === 'outside') {
            if (status !== 403 || code !== 'auth.out_of_scope')
              problems.push(`${where}: ${status} ${code}, expected 403 auth.out_of_scope`);
            if (written) problems.push(`${where}: refused, yet the audit log grew`);
          } else if (scope === 'device') {
            if ((status === 401 || status === 403) && written)
              problems.push(`${where}: refused, yet the audit log grew`);
          } else {
            if (refusals.has(code ?? '')) problems.push(`${where}: ${status} ${code} inside its scope`);
            const leaks = awayIds.filter((id) => body.includes(id));
            const listed = (filtered.has(scope) && role.name !== 'national_admin') || outside === 'filtered';
            if (listed && route.method === 'GET' && leaks.length > 0)
              problems.push(`${where}: the list shows rows outside the scope (${leaks.join(', ')})`);
          }
        }
      }
    }
    assert.deepEqual(
      problems,
      [],
      `${problems.length} answers not as the rules say:\n${problems.join('\n')}`,
    );
  });
});
