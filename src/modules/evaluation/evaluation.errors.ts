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
  // Assessments and inspections (assessments.service.ts, photos.ts).
  'evaluation.value_invalid': {
    status: 422,
    id: 'Nilai bukan salah satu tingkat indikator.',
    en: 'The value is not one of the indicator’s levels.',
  },
  'evaluation.indicator_not_found': {
    status: 404,
    id: 'Indikator tidak ada pada instrumen penilaian ini.',
    en: 'The indicator is not in this assessment’s instrument.',
  },
  'evaluation.override_reason_required': {
    status: 422,
    id: 'Nilai berbeda dari isian otomatis: tuliskan alasannya.',
    en: 'The value differs from the prefill: give a reason.',
  },
  'evaluation.assessment_invalid': {
    status: 422,
    id: 'Data penilaian tidak valid.',
    en: 'The assessment is invalid.',
  },
  'evaluation.assessment_submitted': {
    status: 409,
    id: 'Penilaian sudah dikirim; tidak dapat diubah lagi.',
    en: 'The assessment has been submitted; it cannot be changed.',
  },
  'evaluation.assessment_incomplete': {
    status: 422,
    id: 'Setiap aspek perlu setidaknya satu indikator bernilai sebelum dikirim.',
    en: 'Every aspect needs at least one scored indicator before submitting.',
  },
  'evaluation.not_team_member': {
    status: 403,
    id: 'Hanya anggota tim penilai yang dapat mengisi penilaian ini.',
    en: 'Only members of the assessment team may score it.',
  },
  'evaluation.lead_only': {
    status: 403,
    id: 'Hanya ketua tim yang dapat mengirim penilaian.',
    en: 'Only the team lead may submit the assessment.',
  },
  'evaluation.photo_invalid': {
    status: 422,
    id: 'Foto harus berupa JPEG, PNG atau WebP.',
    en: 'The photo must be a JPEG, PNG or WebP.',
  },
  'evaluation.photo_too_large': {
    status: 413,
    id: 'Foto terlalu besar.',
    en: 'The photo is too large.',
  },
  'evaluation.photo_not_found': {
    status: 404,
    id: 'Foto tidak ditemukan.',
    en: 'Photo not found.',
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
