import { submissionBench } from './satisfaction.submit.ts';

/**
 * `npm run bench -- satisfaction` (issue 21): survey submission (satisfaction.submit.ts) — and, beside it, the index
 * read from the rollups against the raw answers.
 */
export async function run(): Promise<void> {
  await submissionBench();
}
