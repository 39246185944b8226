/**
 * `npm run bench -- satisfaction` (issue 21): the index over a generated year of a large site (satisfaction.index.ts).
 * The submission part (satisfaction.submit.ts, `submissionBench`) is called here too once it is on this branch.
 */
import { indexBench } from './satisfaction.index.ts';

export async function run(): Promise<void> {
  await indexBench();
}
