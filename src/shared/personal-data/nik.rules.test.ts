import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  maskNik,
  maskPhone,
  nikProblem,
  normalisePhone,
  PROVINCE_CODES,
  parseNik,
  phoneProblem,
} from './nik.rules.ts';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('NIK structure', () => {
  it('accepts a well-formed NIK, with spaces or dots as people type them', () => {
    assert.equal(nikProblem('3578011708900001'), null);
    assert.equal(nikProblem('3578 0157 0890 0002'), null); // a woman born 17 Aug 1990
    assert.equal(nikProblem('35.78.01.170890.0003'), null);
  });

  it('names the first problem', () => {
    assert.equal(nikProblem('357801170890001'), 'format');
    assert.equal(nikProblem('35780117089000a1'), 'format');
    assert.equal(nikProblem('9978011708900001'), 'province');
    assert.equal(nikProblem('3500011708900001'), 'regency');
    assert.equal(nikProblem('3578001708900001'), 'district');
    assert.equal(nikProblem('3578013208900001'), 'birth_date'); // day 32
    assert.equal(nikProblem('3578017208900001'), 'birth_date'); // day 72 (a woman's 32)
    assert.equal(nikProblem('3578011713900001'), 'birth_date'); // month 13
    assert.equal(nikProblem('3578013102900001'), 'birth_date'); // 31 February
    assert.equal(nikProblem('3578012902010001'), 'birth_date'); // 29 February 2001
    assert.equal(nikProblem('3578012902000001'), null); // 29 February 2000
    assert.equal(nikProblem('3578011708900000'), 'serial');
  });

  it('reads the parts, the women’s +40 included', () => {
    assert.deepEqual(parseNik('3578015708900002'), {
      province: '35',
      regency: '78',
      district: '01',
      female: true,
      birthDay: 17,
      birthMonth: 8,
      birthYearTwoDigits: 90,
      serial: '0002',
    });
  });

  it('accepts every structurally valid NIK and refuses every wrong serial (property)', () => {
    const provinces = [...PROVINCE_CODES];
    fc.assert(
      fc.property(
        fc.constantFrom(...provinces),
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 99 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1, max: 9999 }),
        (p, k, c, female, month, day, year, serial) => {
          const nik = `${p}${pad(k, 2)}${pad(c, 2)}${pad(day + (female ? 40 : 0), 2)}${pad(month, 2)}${pad(year, 2)}`;
          assert.equal(nikProblem(`${nik}${pad(serial, 4)}`), null);
          assert.equal(nikProblem(`${nik}0000`), 'serial');
          assert.equal(parseNik(`${nik}${pad(serial, 4)}`).female, female);
        },
      ),
    );
  });

  it('masks the birth date away and keeps what identifies the region and serial', () => {
    assert.equal(maskNik('3578011708900001'), '3578********0001');
    assert.equal(maskPhone('081234567890'), '0812*****890');
    assert.equal(maskPhone('+62 812-3456-7890').includes('3456'), false);
  });

  it('normalises Indonesian mobile numbers', () => {
    assert.equal(normalisePhone('+62 812-3456-7890'), '081234567890');
    assert.equal(normalisePhone('6281234567890'), '081234567890');
    assert.equal(normalisePhone('0812 3456 789'), '08123456789');
    assert.equal(normalisePhone('021-555-1234'), null);
  });

  it('names what is wrong with a mobile number', () => {
    assert.equal(phoneProblem('0812 3456 7890'), null);
    assert.equal(phoneProblem('0812'), 'too_short');
    assert.equal(phoneProblem('+62 812'), 'too_short');
    assert.equal(phoneProblem('081234567890123'), 'too_long');
    assert.equal(phoneProblem('021-555-1234'), 'not_mobile');
    assert.equal(phoneProblem('0812-abc-7890'), 'characters');
  });
});
