import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ELEMENT_IDS, type ElementId, type Score } from '../src/modules/satisfaction/elements.ts';
import { surveyCsv, surveyWorkbook } from '../src/modules/satisfaction/survey.sheets.ts';

/** `atap ikm <file>`: the index of a survey file, computed without a database and without importing it. */

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function atap(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['src/cli.ts', ...args], {
      cwd: path.resolve(import.meta.dirname, '..'),
      // No database: a DATABASE_URL that cannot be reached proves none is opened.
      env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const profile = {
  date: null,
  serviceCode: null,
  sex: null,
  ageBand: null,
  education: null,
  occupation: null,
  suggestion: null,
};

/**
 * Ten respondents. Six elements: five answer 4 and five answer 3 (NRR 3.5); time, competence and facilities:
 * six answer 4 and four 3 (NRR 3.6). Σ NRR = 31.8: with exact 1/9 weights the converted IKM is 88.333… (A);
 * a spreadsheet weighting each NRR by 0.111 would get 88.245 (B).
 */
function boundaryRespondents(drop: ElementId[] = []) {
  const high: ElementId[] = ['time', 'competence', 'facilities'];
  return Array.from({ length: 10 }, (_, r) => ({
    answers: Object.fromEntries(
      ELEMENT_IDS.map((id) => {
        if (drop.includes(id)) return [id, null];
        const fours = high.includes(id) ? 6 : 5;
        return [id, (r < fours ? 4 : 3) as Score];
      }),
    ) as Record<ElementId, Score | null>,
    ...profile,
  }));
}

describe('atap ikm <file>', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atap-ikm-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('--json: respondents, nine NRR, IKM, converted, grade, label, weights, warnings', async () => {
    const file = path.join(dir, 'survei.xlsx');
    fs.writeFileSync(file, await surveyWorkbook(boundaryRespondents()));
    const run = await atap('ikm', file, '--json');
    assert.equal(run.code, 0, run.stderr);
    const out = JSON.parse(run.stdout);
    assert.equal(out.respondents, 10);
    assert.deepEqual(
      out.nrr,
      ELEMENT_IDS.map((id) => (['time', 'competence', 'facilities'].includes(id) ? 3.6 : 3.5)),
    );
    assert.ok(Math.abs(out.ikm - 31.8 / 9) < 1e-12);
    assert.ok(Math.abs(out.converted - (25 * 31.8) / 9) < 1e-12);
    assert.equal(out.convertedRounded, '88.33');
    assert.equal(out.grade, 'A');
    assert.deepEqual(out.label, { id: 'Sangat baik', en: 'Very good' });
    assert.deepEqual(out.weights, new Array(9).fill('1/9'));
    assert.deepEqual(out.warnings, []);
  });

  it('without --json: a readable table with each NRR, the index, the grade and its label', async () => {
    const file = path.join(dir, 'survei.csv');
    fs.writeFileSync(file, await surveyCsv(boundaryRespondents()));
    const run = await atap('ikm', file);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Responden \/ Respondents: 10/);
    assert.match(run.stdout, /u8 +h\. Penanganan pengaduan, saran dan masukan +10 +35 +3\.50 +0\.3889/);
    assert.match(run.stdout, /u9 +i\. Sarana dan prasarana +10 +36 +3\.60 +0\.4000/);
    assert.match(run.stdout, /IKM \(1–4\): +3\.5333/);
    assert.match(run.stdout, /converted \(×25\): 88\.33/);
    assert.match(run.stdout, /Grade: +A — Sangat baik \/ Very good/);
    assert.match(run.stdout, /tidak diperiksa/);
  });

  it('an element nobody answered: no index, and the output says which', async () => {
    const file = path.join(dir, 'tanpa-biaya.xlsx');
    fs.writeFileSync(file, await surveyWorkbook(boundaryRespondents(['fee'])));
    const run = await atap('ikm', file, '--json');
    assert.equal(run.code, 0, run.stderr);
    const out = JSON.parse(run.stdout);
    assert.equal(out.nrr[3], null);
    assert.equal(out.ikm, null);
    assert.equal(out.grade, null);
    assert.deepEqual(
      out.warnings.map((w: { code: string; elements: string[] }) => [w.code, w.elements]),
      [['unanswered_elements', ['fee']]],
    );
  });

  it('a bad file: every bad cell named by row and column, exit code 1, no index printed', async () => {
    const file = path.join(dir, 'salah.csv');
    fs.writeFileSync(
      file,
      'u1,u2,u3,u4,u5,u6,u7,u8,u9\n4,4,4,4,4,4,4,4,4\n4,4,4,4,4,4,4,4,4\n4,4,5,4,4,4,4,4,4\n3,3,3,3,3,3,3.5,3,3\n',
    );
    const run = await atap('ikm', file, '--json');
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /satisfaction\.rows_invalid/);
    assert.match(run.stderr, /row 4, column u3: .*"5"/);
    assert.match(run.stderr, /row 5, column u7: .*"3\.5"/);
  });
});
