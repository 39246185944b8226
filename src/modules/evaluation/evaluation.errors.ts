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
  'evaluation.report_not_found': {
    status: 404,
    id: 'Laporan evaluasi tidak ditemukan.',
    en: 'Evaluation report not found.',
  },
  'evaluation.report_assessments_invalid': {
    status: 422,
    id: 'Laporan hanya dapat disusun dari penilaian di MPP ini yang sudah diajukan atau ditutup.',
    en: "A report is made only of this site's assessments that have been submitted or closed.",
  },
} as const;
