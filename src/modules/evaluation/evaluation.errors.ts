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
  'evaluation.finding_stale': {
    status: 409,
    id: 'Temuan ini baru saja diubah orang lain. Muat ulang lalu coba lagi.',
    en: 'Someone else changed this finding. Reload and try again.',
  },
  'evaluation.finding_illegal_move': {
    status: 409,
    id: 'Langkah ini tidak dapat dilakukan pada status temuan sekarang.',
    en: "This step is not possible in the finding's current status.",
  },
} as const;
