import assert from 'node:assert/strict';
import http from 'node:http';
import net from 'node:net';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { sql } from 'kysely';
import { errorCatalogue } from '../src/shared/errors.ts';
import { buildTestApp, type TestApp } from './support/app.ts';

/**
 * A schema-driven fuzzer over the whole API. It reads the OpenAPI document the app serves, so a new route is
 * covered without touching this file, and sends every operation bad input derived from its schema — as every
 * demo role and anonymously. It asserts what the API promises: never a 5xx, every 4xx in the one error shape
 * with both messages, the app still up at the end. Bounded and seeded: the same requests in the same order on
 * every run; the app's clock is fixed, so opening hours do not change what the writes do.
 */

const SEED = 19;
/** Cases per (operation, role) for the roles that get a sample (see `ANONYMOUS` and `DEEPEST`). */
const SAMPLED_CASES = 6;
/** Longer than any answer takes on a loaded machine; a request without an answer by then never gets one. */
const ANSWER_WITHIN_MS = 20_000;
/** Valid-shaped random bodies per (operation, role), generated from the request schema. */
const VALID_SHAPED = 2;

const roles: { name: string; username?: string; password?: string }[] = [
  { name: 'anonymous' },
  { name: 'national_admin', username: 'admin', password: 'atap-admin-2026' },
  { name: 'site_manager', username: 'manajer.sby', password: 'manajer-sby-2026' },
  { name: 'site_manager_ttg', username: 'manajer.ttg', password: 'manajer-ttg-2026' },
  { name: 'agency_admin', username: 'admin.dukcapil', password: 'dukcapil-2026' },
  { name: 'officer', username: 'petugas.dukcapil', password: 'petugas-2026' },
  { name: 'evaluator', username: 'evaluator', password: 'evaluator-2026' },
];
/**
 * Bad input is mostly refused before any role matters. Anonymous gets every case (what anyone on the internet
 * can send); the national admin, who reaches every handler, every case too, except for JSON body and header
 * mutations, of which a quarter; the other roles a sample.
 */
const ANONYMOUS = 'anonymous';
const DEEPEST = 'national_admin';
const MUTATION_SHARE_FOR_DEEPEST = 1 / 4;

// ---------- the OpenAPI document, as much of it as the fuzzer reads ----------

interface JsonSchema {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
}
interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema: JsonSchema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses?: Record<string, { content?: Record<string, unknown> }>;
}
interface Op {
  method: string;
  path: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  body: JsonSchema | null;
  streams: boolean;
}

/** One request the fuzzer sends. */
interface Case {
  /** Mutations of a JSON body and of headers are many: the deepest role gets a share of them (see `DEEPEST`). */
  mutation?: boolean;
  label: string;
  url: string;
  payload?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

// ---------- deterministic randomness ----------

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(SEED);
function sampleOf<T>(list: readonly T[], n: number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, n);
}
const uuidOf = (n: number) => `6d1f7c4e-4a51-4a7e-9b1f-${String(n).padStart(12, '0')}`;

// ---------- values ----------

/** Path segment values: NUL, too long, wrong types, unknown ids, broken percent-encoding, unicode oddities. */
const badSegments = [
  '%00',
  'a%00b',
  'x'.repeat(99),
  'x'.repeat(150), // over the router's parameter limit: 414
  '-1',
  '0',
  '1.5',
  '1e309',
  '99999999999999999999',
  'NaN',
  uuidOf(404),
  '00000000-0000-0000-0000-000000000000',
  '%E0%A4%A', // truncated UTF-8 escape
  '%',
  '%zz',
  '%ED%A0%80', // an encoded lone surrogate: not UTF-8
  '%C0%AF', // overlong encoding
  '%F0%9F%98%80',
  '%E2%80%AE%E2%80%8B', // right-to-left override, zero-width space
  '%C4%B0', // İ: upper-cases to two characters
  '%2e%2e',
  '%2F',
  '%20',
];
/** Query values (already encoded): the same, plus the empty string and what looks like other types. */
const badQueryValues = [
  ...badSegments.filter((v) => v !== 'x'.repeat(150)),
  '',
  'x'.repeat(3000),
  'true',
  '%5Bobject%20Object%5D',
  '2026-02-30',
  '9999-12-31',
  '24:61',
  '%00%00%00',
];
/** Strings inside JSON bodies. */
const badStrings = [
  'a\u0000b',
  'x\ud800y', // lone surrogate
  'x'.repeat(20_000),
  '\u202e\u200b\u0130\ud835\udd18\u0301', // right-to-left override, zero-width space, İ, a math letter, a lone accent
  "'; SELECT pg_sleep(1); --",
];
const badNumbers = [-1, 1.5, 1e308, 2 ** 63];
const wrongTypes: unknown[] = [null, true, 12345, 'text', [], { a: {} }];

const typesOf = (schema: JsonSchema): string[] =>
  schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];

/** A fast-check arbitrary of values that match the schema; ids come from the seeded database. */
function arbitraryOf(
  schema: JsonSchema,
  name: string,
  ids: (name: string) => string[],
): fc.Arbitrary<unknown> {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives && alternatives.length > 0) {
    return fc.oneof(...alternatives.map((s) => arbitraryOf(s, name, ids)));
  }
  if (schema.allOf && schema.allOf.length > 0) return arbitraryOf(schema.allOf[0] as JsonSchema, name, ids);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  const types = typesOf(schema);
  if (types.length > 1) {
    return fc.oneof(...types.map((type) => arbitraryOf({ ...schema, type }, name, ids)));
  }
  switch (types[0]) {
    case 'string': {
      const min = schema.minLength ?? 0;
      const max = Math.min(schema.maxLength ?? 40, 200);
      if (schema.format === 'uuid') {
        const known = ids(name);
        return known.length > 0 ? fc.constantFrom(...known, uuidOf(1)) : fc.uuid({ version: 4 });
      }
      if (schema.format === 'date') {
        return fc
          .integer({ min: 0, max: 800 })
          .map((d) => new Date(Date.UTC(2026, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
      }
      if (schema.format === 'date-time') {
        return fc
          .integer({ min: 0, max: 800 * 24 })
          .map((h) => new Date(Date.UTC(2026, 0, 1) + h * 3_600_000).toISOString());
      }
      if (schema.format === 'email') return fc.emailAddress();
      if (schema.pattern) {
        try {
          return fc
            .stringMatching(new RegExp(schema.pattern))
            .filter((s) => s.length >= min && s.length <= (schema.maxLength ?? Number.POSITIVE_INFINITY));
        } catch {
          // A pattern JavaScript cannot compile: plain strings.
        }
      }
      return fc.string({ minLength: min, maxLength: Math.max(min, max), unit: 'grapheme' });
    }
    case 'integer':
    case 'number': {
      const min = Math.max(schema.minimum ?? (schema.exclusiveMinimum ?? -1001) + 1, -(2 ** 31));
      const max = Math.min(schema.maximum ?? (schema.exclusiveMaximum ?? min + 100_001) - 1, 2 ** 31);
      if (types[0] === 'number') return fc.double({ min, max: Math.max(min, max), noNaN: true });
      return fc.integer({ min: Math.ceil(min), max: Math.floor(Math.max(min, max)) });
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const items = arbitraryOf(schema.items ?? {}, name.replace(/s$/, ''), ids);
      const minLength = schema.minItems ?? 0;
      return fc.array(items, {
        minLength,
        maxLength: Math.max(minLength, Math.min(schema.maxItems ?? 3, 3)),
      });
    }
    case 'object': {
      const properties = schema.properties ?? {};
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, sub] of Object.entries(properties)) record[key] = arbitraryOf(sub, key, ids);
      return fc.record(record, { requiredKeys: (schema.required ?? []).filter((k) => k in properties) });
    }
    default:
      return fc.constant(null);
  }
}

/** Every string leaf of a value replaced. */
function mapStrings(value: unknown, replace: (s: string) => unknown): unknown {
  if (typeof value === 'string') return replace(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, replace));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, replace)]));
  }
  return value;
}

// ---------- cases ----------

function fillPath(op: Op, known: (param: Parameter) => string, replace?: { name: string; value: string }) {
  let url = op.path;
  for (const p of op.pathParams) {
    const value = replace?.name === p.name ? replace.value : encodeURIComponent(known(p));
    url = url.replace(`{${p.name}}`, value);
  }
  return url;
}

function casesFor(op: Op, known: (param: Parameter) => string, validBody: unknown): Case[] {
  const cases: Case[] = [];
  const base = fillPath(op, known);
  const json = (label: string, body: unknown) =>
    cases.push({
      mutation: true,
      label,
      url: base,
      payload: JSON.stringify(body),
      contentType: 'application/json',
    });
  for (const p of op.pathParams) {
    for (const value of badSegments) {
      cases.push({
        label: `path ${p.name}=${value.slice(0, 20)}`,
        url: fillPath(op, known, { name: p.name, value }),
      });
    }
  }
  for (const p of op.queryParams) {
    for (const value of badQueryValues) {
      cases.push({ label: `query ${p.name}=${value.slice(0, 20)}`, url: `${base}?${p.name}=${value}` });
    }
    cases.push({ label: `query ${p.name} twice`, url: `${base}?${p.name}=a&${p.name}=b` });
  }
  if (op.queryParams.length > 0) {
    cases.push({
      label: 'every query NUL',
      url: `${base}?${op.queryParams.map((p) => `${p.name}=%00`).join('&')}`,
    });
  }
  cases.push({ label: 'unknown query NUL', url: `${base}?zz%00=%00&__proto__=x` });
  // Headers the app reads: the session cookie (percent-decoded), tokens, Last-Event-ID, Idempotency-Key.
  for (const [name, value] of [
    ['cookie', 'atap_session=%00'],
    ['cookie', 'atap_session=%ED%A0%80; atap_session=x'],
    ['cookie', `atap_session=${'a'.repeat(4000)}`],
    ['x-csrf-token', 'a'.repeat(4000)],
    ['x-kiosk-token', '%00'],
    ['x-kiosk-token', 'a'.repeat(4000)],
    ['last-event-id', '99999999999999999999'],
    ['last-event-id', '-1'],
    ['idempotency-key', 'k'.repeat(200)],
  ] as const) {
    cases.push({
      mutation: true,
      label: `header ${name}: ${value.slice(0, 20)}`,
      url: base,
      headers: { [name]: value },
    });
  }
  // Raw bodies go to every write, declared body or not (an upload route declares none).
  if (op.method !== 'GET') {
    const raw = (label: string, payload: string, contentType: string) =>
      cases.push({ label, url: base, payload, contentType });
    for (const text of [
      '{}',
      'null',
      '[]',
      '"text"',
      '42',
      '{"a":',
      '{"a":1}}',
      '\u0000',
      '['.repeat(5000),
    ]) {
      raw(`body ${text.slice(0, 12)}`, text, 'application/json');
    }
    raw('body empty', '', 'application/json');
    raw('body deep', `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`, 'application/json');
    raw('body as text', JSON.stringify(validBody), 'text/plain');
    raw('body as form', 'a=%00', 'application/x-www-form-urlencoded');
    const part = (name: string, value: string, file = '') =>
      `--x\r\ncontent-disposition: form-data; name="${name}"${file ? `; filename="${file}"` : ''}\r\n\r\n${value}\r\n`;
    raw('multipart NUL field', `${part('a', '\u0000')}--x--`, 'multipart/form-data; boundary=x');
    raw(
      'multipart NUL file',
      `${part('file', 'a,b\r\n\u0000,\ud800', 'a.csv')}--x--`,
      'multipart/form-data; boundary=x',
    );
    raw('multipart without boundary', part('a', 'b'), 'multipart/form-data');
    raw('multipart garbage', 'not multipart at all', 'multipart/form-data; boundary=x');
    raw(
      'multipart cut short',
      '--x\r\ncontent-disposition: form-data; name="file"; filename="a.csv"\r\n\r\nabc',
      'multipart/form-data; boundary=x',
    );
    raw(
      'multipart broken header',
      '--x\r\nno header here\r\n\r\nabc\r\n--x--',
      'multipart/form-data; boundary=x',
    );
    raw('multipart __proto__', `${part('__proto__', 'x')}--x--`, 'multipart/form-data; boundary=x');
  }
  if (op.body) {
    json('body array of valid', [validBody]);
    cases.push({
      label: 'body __proto__',
      url: base,
      payload: `{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}},${JSON.stringify(validBody).slice(1)}`,
      contentType: 'application/json',
    });
    if (typeof validBody === 'object' && validBody !== null && !Array.isArray(validBody)) {
      const record = validBody as Record<string, unknown>;
      json('body extra field', { ...record, zzExtra: 'a\u0000b' });
      for (const text of badStrings)
        json(
          `body every string ${JSON.stringify(text.slice(0, 8))}`,
          mapStrings(record, () => text),
        );
      for (const key of Object.keys(op.body.properties ?? {})) {
        const { [key]: _dropped, ...without } = record;
        json(`body without ${key}`, without);
        for (const wrong of wrongTypes)
          json(`body ${key}=${JSON.stringify(wrong)}`, { ...record, [key]: wrong });
        for (const text of badStrings)
          json(`body ${key}=${JSON.stringify(text.slice(0, 8))}`, { ...record, [key]: text });
        for (const n of badNumbers) json(`body ${key}=${n}`, { ...record, [key]: n });
      }
    }
  }
  return cases;
}

// ---------- sending and checking ----------

interface Answer {
  status: number;
  contentType: string;
  body: string;
}

function problemWith(answer: Answer, method: string): string | null {
  if (answer.status >= 500) return `answered ${answer.status}`;
  if (answer.status < 400 || method === 'HEAD') return null;
  if (!answer.contentType.startsWith('application/json')) return `${answer.status} as ${answer.contentType}`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer.body);
  } catch {
    return `${answer.status} with a body that is not JSON`;
  }
  const error = (
    parsed as { error?: { code?: unknown; message?: { id?: unknown; en?: unknown }; details?: unknown } }
  ).error;
  const code = error?.code;
  if (typeof code !== 'string' || !(code in errorCatalogue))
    return `${answer.status} without a known error code`;
  const spec = errorCatalogue[code as keyof typeof errorCatalogue];
  if (spec.status !== answer.status) return `${answer.status} with ${code}, which is ${spec.status}`;
  const { id, en } = error?.message ?? {};
  if (typeof id !== 'string' || typeof en !== 'string' || !id || !en) return `${code} without both messages`;
  if (error?.details !== undefined) {
    const details = error.details as { field?: unknown; message?: { id?: unknown; en?: unknown } }[];
    const bad =
      !Array.isArray(details) ||
      details.some((d) => typeof d.field !== 'string' || !d.message?.id || !d.message?.en);
    if (bad) return `${code} with details not in the shape`;
  }
  return null;
}

/** A streaming route over real HTTP: the status and headers, then hang up (the stream would never end). */
function askOverHttp(port: number, method: string, url: string, headers: Record<string, string>, c: Case) {
  return new Promise<Answer>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: url,
        agent: false,
        headers: { ...headers, ...(c.contentType ? { 'content-type': c.contentType } : {}) },
      },
      (res) => {
        const contentType = String(res.headers['content-type'] ?? '');
        if (contentType.startsWith('text/event-stream')) {
          resolve({ status: res.statusCode ?? 0, contentType, body: '' });
          req.destroy();
          return;
        }
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType, body }));
      },
    );
    req.setTimeout(10_000, () => req.destroy(new Error(`no answer to ${method} ${url}`)));
    req.on('error', reject);
    req.end(c.payload);
  });
}

/** A raw exchange for what only Node's HTTP parser produces; the whole reply, until the server closes. */
function rawExchange(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(bytes));
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      received += chunk;
    });
    socket.on('close', () => resolve(received));
    socket.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNRESET' ? resolve(received) : reject(error),
    );
    socket.setTimeout(10_000, () =>
      socket.destroy(new Error(`no answer to ${JSON.stringify(bytes.slice(0, 60))}`)),
    );
  });
}

/** The responses in a raw reply (several when the server answered a request and then refused what followed). */
function parseRaw(raw: string): Answer[] {
  const answers: Answer[] = [];
  let rest = raw;
  while (rest.startsWith('HTTP/1.1 ')) {
    const headEnd = rest.indexOf('\r\n\r\n');
    if (headEnd < 0) break;
    const head = rest.slice(0, headEnd).toLowerCase();
    const status = Number(head.slice(9, 12));
    const length = Number(/content-length: (\d+)/.exec(head)?.[1] ?? 0);
    const contentType = /content-type: ([^\r\n]+)/.exec(head)?.[1] ?? '';
    answers.push({ status, contentType, body: rest.slice(headEnd + 4, headEnd + 4 + length) });
    rest = rest.slice(headEnd + 4 + length);
  }
  return answers;
}

describe('API fuzzer (every operation, every role)', () => {
  let t: TestApp;
  let port: number;
  let ops: Op[] = [];
  const sessions = new Map<string, Record<string, string>>();
  const statuses = new Map<number, number>();
  /** The first 50 problems in full; all of them counted. */
  const problems: string[] = [];
  let problemCount = 0;
  let sent = 0;
  let overHttp = 0;
  let address = 0;

  const note = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
  const record = (where: string, answer: Answer, method: string) => {
    sent++;
    note(answer.status);
    const problem = problemWith(answer, method);
    if (problem) problemCount++;
    if (problem && problems.length < 50) problems.push(`${where}: ${problem} ${answer.body.slice(0, 160)}`);
  };

  const signIn = async (role: (typeof roles)[number]): Promise<Record<string, string>> => {
    if (!role.username || !role.password) return {};
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: role.username, password: role.password },
    });
    // The fuzzer may have disabled the account or changed its password: it goes on anonymously.
    if (res.statusCode !== 200) return {};
    const cookie = res.cookies.find((c) => c.name === 'atap_session');
    return {
      cookie: `atap_session=${cookie?.value}`,
      'x-csrf-token': (res.json() as { csrfToken: string }).csrfToken,
    };
  };

  before(async () => {
    // A Monday, 09:00 in Surabaya: sites are open, so writes on the floor go as deep as they can.
    const fixed = new Date('2026-12-07T02:00:00Z');
    t = await buildTestApp({ now: () => fixed });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as net.AddressInfo).port;
    const doc = (await t.app.inject({ url: '/api/docs/json' })).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const parameters = operation.parameters ?? [];
        const ok = operation.responses?.['200'] ?? operation.responses?.['201'];
        ops.push({
          method: method.toUpperCase(),
          path,
          pathParams: parameters.filter((p) => p.in === 'path'),
          queryParams: parameters.filter((p) => p.in === 'query'),
          body: operation.requestBody?.content['application/json']?.schema ?? null,
          streams: Object.keys(ok?.content ?? {}).includes('text/event-stream'),
        });
      }
    }
    // Reads before writes, and deletions last: what a case reads does not depend on what another one removed.
    const order = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
    ops = ops.sort(
      (a, b) => order.indexOf(a.method) - order.indexOf(b.method) || a.path.localeCompare(b.path),
    );
    for (const role of roles) sessions.set(role.name, await signIn(role));
  });
  after(() => t.close());

  it('answers bad input to every operation with a 4xx in the error shape, never a 5xx', async () => {
    const started = performance.now();
    // Ids that exist, by table: a path's `{id}` after `/booths/` is a booth, `{site}` a site, a `boothId` a booth.
    const tables = new Map<string, string[]>();
    const existing = await sql<{ name: string }>`
      SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`.execute(t.db);
    const tableNames = new Set(existing.rows.map((r) => r.name));
    const idsOf = async (table: string) => {
      if (!tables.has(table)) {
        const rows = tableNames.has(table)
          ? (
              await sql<{
                id: string;
              }>`SELECT id::text AS id FROM ${sql.table(table)} AS r
                 -- Ids and timestamps differ from run to run; the rest of a seeded row does not.
                 ORDER BY (SELECT string_agg(f.value::text, ',' ORDER BY f.key) FROM jsonb_each(to_jsonb(r)) AS f
                           WHERE f.key <> 'id' AND f.key NOT LIKE '%\_id' AND f.key NOT LIKE '%\_at')
                 LIMIT 3`.execute(t.db)
            ).rows
          : [];
        tables.set(
          table,
          rows.map((r) => r.id),
        );
      }
      return tables.get(table) ?? [];
    };
    const tableOf = (name: string) => `${name.replace(/Ids?$/, '').replace(/s$/, '')}s`;
    for (const op of ops) {
      for (const p of op.pathParams) {
        const segments = op.path.split('/');
        const before = segments[segments.indexOf(`{${p.name}}`) - 1] ?? '';
        await idsOf(p.name === 'id' ? before : tableOf(p.name));
      }
      const walk = async (schema: JsonSchema | undefined, name: string): Promise<void> => {
        if (!schema) return;
        if (/Ids?$/.test(name)) await idsOf(tableOf(name));
        for (const [key, sub] of Object.entries(schema.properties ?? {})) await walk(sub, key);
        await walk(schema.items, name);
        for (const sub of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) await walk(sub, name);
      };
      await walk(op.body ?? undefined, '');
    }
    const idsByName = (name: string) => (/Ids?$/.test(name) ? (tables.get(tableOf(name)) ?? []) : []);
    const known = (op: Op) => (p: Parameter) => {
      const segments = op.path.split('/');
      const before = segments[segments.indexOf(`{${p.name}}`) - 1] ?? '';
      const ids = tables.get(p.name === 'id' ? before : tableOf(p.name)) ?? [];
      if (ids[0]) return ids[0];
      const types = typesOf(p.schema);
      if (types.includes('integer') || types.includes('number'))
        return String(Math.max(1, p.schema.minimum ?? 1));
      return p.schema.format === 'uuid' ? uuidOf(1) : 'SBY';
    };

    const hung = new Set<Op>();
    const send = async (op: Op, role: string, c: Case) => {
      if (hung.has(op)) return;
      const headers = { ...(sessions.get(role) ?? {}), ...c.headers };
      const where = `${op.method} ${c.url.slice(0, 120)} as ${role} (${c.label})`;
      if (op.streams) {
        overHttp++;
        const answer = await askOverHttp(port, op.method, c.url, headers, c);
        record(where, answer, op.method);
      } else {
        address = (address + 1) % 60_000;
        const options: InjectOptions = {
          method: op.method as InjectOptions['method'],
          url: c.url,
          headers: c.contentType ? { ...headers, 'content-type': c.contentType } : headers,
          // Per-address limits (booking, tracking) would otherwise refuse everything after the first minute's worth.
          remoteAddress: `10.${19 + Math.floor(address / 60_000)}.${Math.floor(address / 250) % 250}.${(address % 250) + 1}`,
          ...(c.payload !== undefined ? { payload: c.payload } : {}),
        };
        // A route that streams without declaring text/event-stream would never answer an inject: report it
        // once and leave that operation, rather than hang the run.
        let timer: NodeJS.Timeout | undefined;
        const res = await Promise.race([
          t.app.inject(options),
          new Promise<null>((resolve) => {
            timer = setTimeout(() => resolve(null), ANSWER_WITHIN_MS);
          }),
        ]);
        clearTimeout(timer);
        if (res === null) {
          hung.add(op);
          problemCount++;
          problems.push(`${where}: no answer within ${ANSWER_WITHIN_MS} ms (a stream not declared as one?)`);
          return;
        }
        record(
          where,
          { status: res.statusCode, contentType: String(res.headers['content-type'] ?? ''), body: res.body },
          op.method,
        );
      }
    };

    let seed = SEED;
    for (const op of ops) {
      const validBodies = op.body
        ? fc.sample(arbitraryOf(op.body, '', idsByName), { seed: seed++, numRuns: 1 + VALID_SHAPED })
        : [];
      const cases = casesFor(op, known(op), validBodies[0] ?? {});
      const mutations = cases.filter((c) => c.mutation);
      const others = cases.filter((c) => !c.mutation);
      for (const role of roles) {
        const chosen =
          role.name === ANONYMOUS
            ? cases
            : role.name === DEEPEST
              ? [...others, ...sampleOf(mutations, Math.ceil(mutations.length * MUTATION_SHARE_FOR_DEEPEST))]
              : sampleOf(cases, SAMPLED_CASES);
        const base = fillPath(op, known(op));
        const valid: Case[] = op.body
          ? validBodies.slice(1).map((b, i) => ({
              label: `valid-shaped ${i}`,
              url: base,
              payload: JSON.stringify(b),
              contentType: 'application/json',
            }))
          : [{ label: 'known ids', url: base }];
        for (const c of [...valid, ...chosen]) await send(op, role.name, c);
        // A write may have ended this role's session (sign-out, a password change): sign in again.
        if (
          role.username &&
          (await t.app.inject({ url: '/api/auth/me', headers: sessions.get(role.name) })).statusCode !== 200
        ) {
          sessions.set(role.name, await signIn(role));
        }
      }
    }

    // Methods a path does not have: 404 in the error shape (Fastify has no 405).
    const paths = [...new Set(ops.map((o) => o.path))];
    for (const path of paths) {
      const have = new Set(ops.filter((o) => o.path === path).map((o) => o.method));
      const method = ['DELETE', 'PATCH', 'PUT', 'POST', 'OPTIONS'].find((m) => !have.has(m));
      if (!method) continue;
      const op = ops.find((o) => o.path === path) as Op;
      const res = await t.app.inject({
        method: method as InjectOptions['method'],
        url: fillPath(op, known(op)),
        headers: sessions.get('national_admin'),
      });
      record(
        `${method} ${path} (undeclared method)`,
        { status: res.statusCode, contentType: String(res.headers['content-type'] ?? ''), body: res.body },
        method,
      );
    }

    // What only Node's HTTP parser and the router see over a real connection.
    const exchanges: [string, string, number][] = [
      [
        'URL over the header limit',
        `GET /api/services?q=${'x'.repeat(20_000)} HTTP/1.1\r\nHost: a\r\n\r\n`,
        431,
      ],
      [
        'a header over the limit',
        `GET /api/sites HTTP/1.1\r\nHost: a\r\nX-Big: ${'x'.repeat(20_000)}\r\n\r\n`,
        431,
      ],
      [
        'a path parameter over its limit',
        `GET /api/sites/${'x'.repeat(200)} HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n`,
        414,
      ],
      [
        'broken percent-encoding',
        'GET /api/services/%E0%A4%A HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n',
        400,
      ],
      ['a space in the path', 'GET /api/a b HTTP/1.1\r\nHost: a\r\n\r\n', 400],
      ['a NUL in the path', 'GET /api/sites/\u0000 HTTP/1.1\r\nHost: a\r\n\r\n', 400],
      ['an unknown method', 'BREW /api/sites HTTP/1.1\r\nHost: a\r\n\r\n', 400],
      ['a broken header', 'GET /api/sites HTTP/1.1\r\nHost: a\r\nX Y: z\r\n\r\n', 400],
      [
        'a bad chunk',
        'POST /api/auth/login HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nzz\r\n',
        400,
      ],
    ];
    for (const [label, bytes, status] of exchanges) {
      const answers = parseRaw(await rawExchange(port, bytes));
      overHttp++;
      const answer = answers[0] ?? { status: 0, contentType: '', body: '' };
      record(`raw HTTP: ${label}`, answer, 'GET');
      if (answer.status !== status) {
        problemCount++;
        problems.push(`raw HTTP: ${label}: ${answer.status}, not ${status}`);
      }
    }

    // The app is still up, over both ways in.
    assert.equal((await t.app.inject({ url: '/healthz' })).statusCode, 200);
    assert.equal(
      parseRaw(await rawExchange(port, 'GET /healthz HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n'))[0]
        ?.status,
      200,
    );

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const counts = [...statuses.entries()]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}×${n}`)
      .join(' ');
    console.log(
      `fuzz: ${sent} requests (${sent - overHttp} inject, ${overHttp} HTTP) over ${ops.length} operations × ${roles.length} roles in ${seconds} s, seed ${SEED}; statuses ${counts}`,
    );
    assert.equal(problemCount, 0, `${problemCount} problems; the first ones:\n${problems.join('\n')}`);
  });
});
