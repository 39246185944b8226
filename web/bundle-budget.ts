/**
 * The JavaScript a phone downloads before a screen shows, gzipped, against its budget. Reads Vite's build
 * manifest (dist/web/.vite/manifest.json, `build.manifest` in vite.config.ts): a screen's first load is the
 * entry chunk and its static imports, plus the screen's lazy route module and its static imports, each chunk
 * counted once. Dynamic imports (loaded later, on demand) are not counted. Exits 1 when a screen is over its
 * limit, which is issue 20's target: the shell runs on Preact's compat layer (web/vite.config.ts), so the
 * entry chunk is react-router, react-query, i18next with both catalogues, and our frames.
 * Run after `npm run build:web`: `node web/bundle-budget.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** Screens with a budget: the route module (path from web/) that the router loads for it. */
const BUDGETS: { screen: string; route: string | null; limit: number; layout?: string }[] = [
  { screen: '/pesan/:site (citizen booking)', route: 'src/app/routes/booking.tsx', limit: 120 },
  { screen: '/lacak/:code (ticket tracking)', route: 'src/app/routes/tracking.tsx', limit: 120 },
  { screen: '/survei/:token (satisfaction survey)', route: 'src/app/routes/survey.tsx', limit: 120 },
  { screen: '/kepuasan/:site (published IKM)', route: 'src/app/routes/public-satisfaction.tsx', limit: 120 },
  {
    screen: '/pengaduan/statistik/:site (published complaint statistics)',
    route: 'src/app/routes/public-complaint-statistics.tsx',
    limit: 120,
  },
  { screen: '/pengaduan (filing a complaint)', route: 'src/app/routes/complaint-filing.tsx', limit: 120 },
  {
    screen: '/pengaduan/lacak (following a complaint)',
    route: 'src/app/routes/complaint-tracking.tsx',
    limit: 120,
  },
  {
    screen: '/nasional/data-terbuka (open data)',
    route: 'src/app/routes/national-open-data.tsx',
    limit: 120,
  },
  { screen: '/kiosk/:site (kiosk)', route: 'src/app/routes/kiosk.tsx', limit: 200 },
  { screen: '/display/:site (display)', route: 'src/app/routes/display.tsx', limit: 200 },
  // The national view: a page inside its lazy frame (header and the national texts), both loaded first.
  ...[
    ['/nasional (national ranking)', 'national-ranking'],
    ['/nasional/situs/:code (a site in the national view)', 'national-site'],
    ['/nasional/layanan/:type (a service type across sites)', 'national-service-type'],
    ['/nasional/provinsi (province rollup)', 'national-provinces'],
  ].map(([screen = '', file = '']) => ({
    screen,
    route: `src/app/routes/${file}.tsx`,
    layout: 'src/app/routes/national.tsx',
    limit: 120,
  })),
];

const outDir = path.resolve(import.meta.dirname, '../dist/web');
const manifestPath = path.join(outDir, '.vite/manifest.json');
if (!fs.existsSync(manifestPath)) {
  console.error(`bundle-budget: ${manifestPath} is missing; run npm run build:web first`);
  process.exit(1);
}
const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Manifest;

const gzipped = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipped.get(file);
  if (size === undefined) {
    size = zlib.gzipSync(fs.readFileSync(path.join(outDir, file)), { level: 9 }).length;
    gzipped.set(file, size);
  }
  return size;
}

/** The chunk at `key` and everything it imports statically, recursively. */
function collect(key: string, into: Set<string>): void {
  if (into.has(key)) return;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`bundle-budget: ${key} is not in the build manifest`);
  into.add(key);
  for (const imported of chunk.imports ?? []) collect(imported, into);
}

const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
let over = false;
const rows = BUDGETS.map(({ screen, route, limit, layout }) => {
  const keys = new Set<string>();
  for (const entry of entries) collect(entry, keys);
  if (route) collect(route, keys);
  if (layout) collect(layout, keys);
  const bytes = [...keys]
    .map((key) => manifest[key]?.file ?? '')
    .filter((file) => file.endsWith('.js'))
    .reduce((sum, file) => sum + gzipSize(file), 0);
  const size = bytes / 1024;
  const ok = size <= limit;
  if (!ok) over = true;
  return {
    screen,
    'gzipped JS (KB)': size.toFixed(1),
    'limit (KB)': limit,
    'within limit': ok ? 'yes' : 'OVER',
  };
});

console.log('First load of each screen, gzipped JavaScript:');
console.table(rows);
if (over) {
  console.error('bundle-budget: a screen is over its limit (see the table above)');
  process.exit(1);
}
