import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ELEMENT_IDS, elementById } from './elements.ts';
import {
  ageBandOf,
  ageBands,
  educationLevels,
  findOption,
  occupations,
  questionOf,
  questions,
  sexes,
} from './questionnaire.ts';

describe('the questionnaire', () => {
  it('nine questions in the regulation order of elements, four answers each, worst to best', () => {
    assert.deepEqual(
      questions.map((q) => q.element),
      [...ELEMENT_IDS],
    );
    for (const q of questions) {
      assert.equal(q.answers.length, 4);
      assert.ok(q.text.id.startsWith('Bagaimana') && q.text.en.endsWith('?'), q.element);
    }
    assert.deepEqual(
      questionOf('requirements').answers.map((a) => a.id),
      ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
    );
    assert.deepEqual(
      questionOf('fee').answers.map((a) => a.id),
      ['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis'],
    );
    assert.deepEqual(
      questionOf('complaints').answers.map((a) => a.id),
      ['Tidak ada', 'Ada tetapi tidak berfungsi', 'Berfungsi kurang maksimal', 'Dikelola dengan baik'],
    );
    assert.deepEqual(
      questionOf('facilities').answers.map((a) => a.id),
      ['Buruk', 'Cukup', 'Baik', 'Sangat baik'],
    );
  });

  it('keyed by meaning: the sample form asks facilities 8th and complaints 9th, the regulation lists h complaints, i facilities', () => {
    assert.equal(elementById.complaints.letter, 'h');
    assert.equal(elementById.complaints.questionNumber, 9);
    assert.equal(elementById.facilities.letter, 'i');
    assert.equal(elementById.facilities.questionNumber, 8);
    assert.match(questionOf('facilities').text.id, /sarana dan prasarana/);
    assert.match(questionOf('complaints').text.id, /pengaduan/);
  });

  it('profile values are found by id, label or alias; an age becomes its band only', () => {
    assert.equal(findOption(sexes, 'P')?.id, 'female');
    assert.equal(findOption(sexes, 'laki-laki')?.id, 'male');
    assert.equal(findOption(educationLevels, 'SLTA')?.id, 'senior_high');
    assert.equal(findOption(educationLevels, 'Diploma (D1-D4)')?.id, 'diploma');
    assert.equal(findOption(occupations, 'pns')?.id, 'civil_servant');
    assert.equal(findOption(ageBands, '60+')?.id, '60_plus');
    assert.equal(findOption(occupations, 'astronaut'), null);
    assert.equal(ageBandOf(19), 'under_20');
    assert.equal(ageBandOf(20), '20_29');
    assert.equal(ageBandOf(59), '50_59');
    assert.equal(ageBandOf(87), '60_plus');
    assert.equal(ageBandOf(7), null);
    for (const list of [sexes, ageBands, educationLevels, occupations]) {
      assert.equal(new Set(list.map((o) => o.id)).size, list.length);
      assert.ok(list.every((o) => o.label.id.length > 0 && o.label.en.length > 0));
    }
  });
});
