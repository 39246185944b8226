/** Error codes of evaluation (instruments, assessments, findings, reports), merged into shared/errors.ts. */
export const evaluationErrors = {
  'evaluation.instrument_invalid': {
    status: 422,
    id: 'Instrumen tidak valid (bobot aspek harus berjumlah tepat 1, tingkat nilai naik dari yang terendah).',
    en: 'The instrument is invalid (aspect weights must sum to exactly 1, levels rise from the lowest).',
  },
  'evaluation.instrument_not_found': {
    status: 404,
    id: 'Instrumen tidak ditemukan.',
    en: 'Instrument not found.',
  },
  'evaluation.instrument_exists': {
    status: 409,
    id: 'Kode instrumen sudah dipakai.',
    en: 'The instrument code is taken.',
  },
  'evaluation.instrument_changed': {
    status: 409,
    id: 'Instrumen sudah diubah orang lain (versi baru tersimpan). Muat ulang lalu ulangi perubahan Anda.',
    en: 'Someone else changed the instrument (a new version was saved). Reload and make your change again.',
  },
  'evaluation.assessment_not_found': {
    status: 404,
    id: 'Penilaian tidak ditemukan.',
    en: 'Assessment not found.',
  },
  'evaluation.finding_not_found': {
    status: 404,
    id: 'Temuan tidak ditemukan.',
    en: 'Finding not found.',
  },
} as const;
