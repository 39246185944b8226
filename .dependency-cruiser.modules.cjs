/**
 * No cycle between module folders (src/modules/<m>/), over the modules' own graph: shared/ is left out, since
 * every module imports it and its two composition points (schema.ts, errors.ts; see .dependency-cruiser.cjs) would
 * make every module "cycle" through it. A module reacting to another registers a hook the other declares.
 */
const base = require('./.dependency-cruiser.cjs');

module.exports = {
  forbidden: [
    {
      name: 'no-module-folder-cycle',
      severity: 'error',
      comment:
        'Two modules that import each other: the one reacting should register a hook the other declares.',
      scope: 'folder',
      from: { path: '^src/modules/[^/]+' },
      to: { path: '^src/modules/[^/]+', circular: true },
    },
  ],
  options: {
    ...base.options,
    exclude: { path: ['\\.test\\.tsx?$', '^src/shared/'] },
  },
};
