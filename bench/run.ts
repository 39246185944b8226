/** `npm run bench -- <name>`: runs bench/<name>.bench.ts. */
import fs from 'node:fs';
import path from 'node:path';

const available = fs
  .readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace('.bench.ts', ''));
const names = process.argv.slice(2);
if (names.length === 0 || names.some((n) => !available.includes(n))) {
  console.error(`Usage: npm run bench -- <${available.join('|')}>`);
  process.exit(2);
}
for (const name of names) {
  const mod = (await import(path.join(import.meta.dirname, `${name}.bench.ts`))) as {
    run: () => Promise<void>;
  };
  console.log(`\n== bench: ${name} ==`);
  await mod.run();
}
