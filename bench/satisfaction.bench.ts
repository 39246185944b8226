import { indexBench } from './satisfaction.index.ts';
import { submissionBench } from './satisfaction.submit.ts';

/**
 * `npm run bench -- satisfaction` (issue 21): survey submission (satisfaction.submit.ts: 200 concurrent submitters
 * beside a bare node:http server) and the index over a generated year of a large site, read from the rollups against
 * the raw answers (satisfaction.index.ts).
 */
export async function run(): Promise<void> {
  await submissionBench();
  await indexBench();
}
