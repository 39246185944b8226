/** Error codes of application tracking, merged into the closed catalogue in shared/errors.ts. */
export const requestErrors = {
  'application.not_found': {
    status: 404,
    id: 'Permohonan tidak ditemukan. Periksa kode dan 4 digit terakhir NIK atau nomor ponsel.',
    en: 'Application not found. Check the code and the last 4 digits of the NIK or phone number.',
  },
  'application.unknown_step': {
    status: 422,
    id: 'Tahap ini tidak ada dalam alur layanan ini.',
    en: 'This step is not part of this service’s workflow.',
  },
  'application.final': {
    status: 409,
    id: 'Permohonan ini sudah selesai diserahkan atau ditolak; tidak dapat diubah lagi.',
    en: 'This application was handed over or rejected; it cannot change any more.',
  },
  'application.illegal_transition': {
    status: 409,
    id: 'Perpindahan tahap ini tidak diperbolehkan.',
    en: 'This move between steps is not allowed.',
  },
  'application.documents_missing': {
    status: 409,
    id: 'Masih ada dokumen wajib yang belum diterima; permohonan belum dapat dinyatakan selesai.',
    en: 'A mandatory document is still missing; the application cannot be marked done.',
  },
  'application.note_required': {
    status: 422,
    id: 'Tuliskan alasannya (minimal 3 huruf) agar pemohon tahu apa yang harus dilakukan.',
    en: 'Write the reason (at least 3 characters) so the citizen knows what to do.',
  },
  'application.service_not_at_booth': {
    status: 422,
    id: 'Layanan ini tidak dilayani di loket Anda.',
    en: 'This service is not offered at your booth.',
  },
  'application.no_ticket': {
    status: 409,
    id: 'Tidak ada nomor antrean yang sedang dilayani di loket ini.',
    en: 'No ticket is being served at this counter.',
  },
  'application.document_unknown': {
    status: 422,
    id: 'Dokumen ini tidak ada dalam daftar persyaratan permohonan.',
    en: 'This document is not on the application’s checklist.',
  },
  'application.workflow_invalid': {
    status: 422,
    id: 'Alur tahapan tidak valid.',
    en: 'The workflow is invalid.',
  },
  'application.workflow_in_use': {
    status: 409,
    id: 'Tahap ini masih dipakai berkas yang sedang diproses; pindahkan berkas itu dahulu.',
    en: 'Open files are still at this step; move them on first.',
  },
  'application.rate_limited': {
    status: 429,
    id: 'Terlalu banyak percobaan. Silakan coba lagi sebentar lagi.',
    en: 'Too many attempts. Please try again shortly.',
  },
  'application.code_locked': {
    status: 429,
    id: 'Terlalu banyak jawaban salah untuk kode berkas ini. Pelacakan kode ini dikunci sementara; coba lagi nanti atau tanyakan di gerai.',
    en: 'Too many wrong answers for this file code. Tracking it is locked for a while; try later or ask at the booth.',
  },
  'holiday.not_found': { status: 404, id: 'Hari libur tidak ditemukan.', en: 'Holiday not found.' },
  'holiday.duplicate': {
    status: 409,
    id: 'Hari libur dengan tanggal dan nama ini sudah ada.',
    en: 'A holiday with this date and name already exists.',
  },
  'monitor.invalid_period': {
    status: 422,
    id: 'Periode tidak valid: tanggal awal harus sebelum tanggal akhir, paling lama 2 tahun.',
    en: 'Invalid period: the start must precede the end, at most 2 years.',
  },
} as const;
