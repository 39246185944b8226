/**
 * The boundaries of the code base, checked in `npm test` (`npm run lint:deps`, zero violations allowed). Issue 20
 * item 8; the "where do I put…" of docs/ARCHITECTURE.md says the same in prose.
 *
 * - A module (src/modules/<m>/) is used by other modules only through its public file, <m>.public.ts. The
 *   composition root (src/app.ts, app.deps.ts, server.ts, cli*.ts) wires routes, runtimes and hooks and may import
 *   any module file; tests and benchmarks are not cruised.
 * - No cycles: between files (type-only imports count too), and between module folders
 *   (.dependency-cruiser.modules.cjs: the modules' graph alone, since every module sits on shared/).
 * - shared/ never imports modules/, with two composition points that exist so that there is ONE of each: the row
 *   types of every table (shared/db/schema.ts imports the modules' *.tables.ts, types only: Kysely's one `DB`
 *   interface) and the one closed catalogue of error codes (shared/errors.ts imports the modules' *.errors.ts,
 *   plain data). Neither kind of file imports anything of its own, so no cycle runs through them.
 * - A route file parses, authorizes, calls a service and presents: it never imports kysely (test/boundaries.static
 *   also refuses query building in it).
 * - The web imports from src/ only types (`import type`), the event names (shared/events/event-types.ts, no
 *   imports of its own), pure rules (*.rules.ts: the display's announcement, the catalogue's search words) and,
 *   for staff forms loaded lazily, the input schemas with their messages (*.schemas.ts, shared/validation.ts,
 *   shared/errors.ts and the *.errors.ts it gathers); none of those may import a Node built-in, the database or
 *   the HTTP framework.
 *
 * TypeScript is read through Babel (.dependency-cruiser.babel.cjs, which says why); there, `require` marks a
 * type-only import.
 */
// Without Babel, dependency-cruiser would read .ts loosely and quietly see no type-only import: fail loudly instead.
require.resolve('@babel/core');

const TYPE_ONLY = ['require'];
const NOT_A_TEST = '\\.test\\.tsx?$';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'A cycle between files, type-only imports included: split the file or move the shared part down.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'module-internals',
      severity: 'error',
      comment: "Another module's file other than its <m>.public.ts: export it there (or register a hook).",
      from: { path: '^src/modules/([^/]+)/', pathNot: NOT_A_TEST },
      to: {
        path: '^src/modules/[^/]+/',
        pathNot: ['^src/modules/$1/', '^src/modules/([^/]+)/\\1\\.public\\.ts$'],
      },
    },
    {
      name: 'shared-imports-modules',
      severity: 'error',
      comment: 'shared/ is below every module: move what both need into shared/, or let the module register.',
      from: {
        path: '^src/shared/',
        pathNot: ['^src/shared/db/schema\\.ts$', '^src/shared/errors\\.ts$', NOT_A_TEST],
      },
      to: { path: '^src/modules/' },
    },
    {
      name: 'schema-imports-table-types-only',
      severity: 'error',
      comment:
        "shared/db/schema.ts gathers the modules' table row types (*.tables.ts), as types, and nothing else.",
      from: { path: '^src/shared/db/schema\\.ts$' },
      to: { path: '^src/modules/', pathNot: '^src/modules/[^/]+/[^/]+\\.tables\\.ts$' },
    },
    {
      name: 'schema-imports-types',
      severity: 'error',
      from: { path: '^src/shared/db/schema\\.ts$' },
      to: { path: '^src/modules/', dependencyTypesNot: TYPE_ONLY },
    },
    {
      name: 'errors-imports-error-tables-only',
      severity: 'error',
      comment:
        "shared/errors.ts gathers the modules' error codes (*.errors.ts) into the one catalogue, nothing else.",
      from: { path: '^src/shared/errors\\.ts$' },
      to: { path: '^src/modules/', pathNot: '^src/modules/[^/]+/[^/]+\\.errors\\.ts$' },
    },
    {
      name: 'composition-leaves',
      severity: 'error',
      comment:
        '*.tables.ts and *.errors.ts are gathered by shared/: they import no project file at run time.',
      from: { path: '^src/modules/[^/]+/[^/]+\\.(tables|errors)\\.ts$' },
      to: { path: '^src/', dependencyTypesNot: TYPE_ONLY },
    },
    {
      name: 'routes-build-no-sql',
      severity: 'error',
      comment: 'A route handler calls a service; queries live in services and repositories.',
      from: { path: '\\.routes\\.ts$' },
      to: { path: 'node_modules/kysely/' },
    },
    {
      name: 'web-imports-src-types-only',
      severity: 'error',
      comment:
        'The web takes types from the server, never its code (it would land in a citizen phone bundle).',
      from: { path: '^web/' },
      to: {
        path: '^src/',
        dependencyTypesNot: TYPE_ONLY,
        pathNot: [
          '^src/shared/events/event-types\\.ts$',
          '^src/modules/[^/]+/[^/]+\\.rules\\.ts$',
          // Staff forms check a body with the server's own input schema and messages before sending
          // (web/src/lib/form-check.ts, loaded lazily by those screens only; the bundle budget keeps citizen pages).
          '^src/modules/[^/]+/[^/]+\\.schemas\\.ts$',
          '^src/shared/(validation|errors|patch-schema)\\.ts$',
          '^src/modules/[^/]+/[^/]+\\.errors\\.ts$',
        ],
      },
    },
    {
      name: 'web-reachable-server-code-is-pure',
      severity: 'error',
      comment:
        'What the web may run of the server (schemas, rules, error messages, event names) imports no Node built-in,' +
        ' no database and no HTTP framework: it runs in a browser.',
      from: {
        path: [
          '^src/modules/[^/]+/[^/]+\\.(schemas|rules|errors)\\.ts$',
          '^src/shared/(validation|errors|patch-schema)\\.ts$',
          '^src/shared/events/event-types\\.ts$',
        ],
        pathNot: NOT_A_TEST,
      },
      to: {
        dependencyTypesNot: TYPE_ONLY,
        path: '^node_modules/(kysely|pg|pg-[^/]+|fastify|@fastify/[^/]+|fastify-[^/]+|exceljs|nodemailer)/',
      },
    },
    {
      name: 'web-reachable-server-code-has-no-node-builtins',
      severity: 'error',
      comment: 'The same files, and Node built-ins (node:fs, node:crypto…): a browser has none.',
      from: {
        path: [
          '^src/modules/[^/]+/[^/]+\\.(schemas|rules|errors)\\.ts$',
          '^src/shared/(validation|errors|patch-schema)\\.ts$',
          '^src/shared/events/event-types\\.ts$',
        ],
        pathNot: NOT_A_TEST,
      },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    babelConfig: { fileName: '.dependency-cruiser.babel.cjs' },
    // Packages' "exports" read as Node reads them (pdfkit has no "main", only "exports").
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
    exclude: { path: [NOT_A_TEST] },
    doNotFollow: { path: 'node_modules' },
    moduleSystems: ['es6', 'cjs'],
  },
};
