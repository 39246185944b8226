/** Error codes of the satisfaction survey (SKM) and its index (IKM), merged into the catalogue in shared/errors.ts. */
export const satisfactionErrors = {
  'satisfaction.method_invalid': {
    status: 422,
    id: 'Metode penghitungan IKM tidak valid (unsur, bobot, atau tabel interval).',
    en: 'The IKM method is invalid (elements, weights or interval table).',
  },
  'satisfaction.weights_invalid': {
    status: 422,
    id: 'Bobot unsur tidak valid: setiap bobot harus lebih dari 0 dan jumlahnya harus 1 (bawaan 1/9 setiap unsur).',
    en: 'The element weights are invalid: each must be above 0 and they must sum to 1 (default 1/9 each).',
  },
  'satisfaction.rows_invalid': {
    status: 422,
    id: 'Ada baris survei yang tidak valid. Berkas tidak dipakai sama sekali; perbaiki baris yang disebut lalu ulangi.',
    en: 'Some survey rows are invalid. Nothing from the file was used; fix the rows named and try again.',
  },
  'satisfaction.no_rows': {
    status: 422,
    id: 'Tidak ada baris responden di bawah baris judul.',
    en: 'No respondent rows below the header.',
  },
  'satisfaction.too_many_rows': {
    status: 422,
    id: 'Berkas berisi terlalu banyak baris (maksimal 100.000 responden per berkas). Bagi menjadi beberapa berkas.',
    en: 'The file has too many rows (at most 100,000 respondents per file). Split it into several files.',
  },
  // ——— Survey periods, follow-up plans, report, paper import (periods.*, survey.import.ts) ———
  'satisfaction.period_not_found': {
    status: 404,
    id: 'Periode survei tidak ditemukan.',
    en: 'Survey period not found.',
  },
  'satisfaction.period_exists': {
    status: 409,
    id: 'Periode survei dengan tanggal yang sama sudah ada di MPP ini.',
    en: 'A survey period with the same dates already exists at this site.',
  },
  'satisfaction.period_answered': {
    status: 409,
    id: 'Periode ini sudah memiliki responden: hanya namanya yang dapat diubah.',
    en: 'This period already has responses: only its label can be changed.',
  },
  'satisfaction.period_has_follow_ups': {
    status: 409,
    id: 'Periode ini memiliki rencana tindak lanjut: hapus tindak lanjutnya lebih dahulu.',
    en: 'This period has a follow-up plan: delete its actions first.',
  },
  'satisfaction.follow_up_not_found': {
    status: 404,
    id: 'Tindak lanjut tidak ditemukan.',
    en: 'Follow-up action not found.',
  },
  // The citizen's survey (survey.service.ts). An expired link answers 410 Gone: it existed and will never open again,
  // which a citizen's screen tells apart from an unknown link (404) and one already used (409).
  'survey.not_found': {
    status: 404,
    id: 'Tautan survei tidak dikenal. Periksa kembali alamatnya atau pindai ulang kode QR.',
    en: 'Unknown survey link. Check the address or scan the QR code again.',
  },
  'survey.answered': {
    status: 409,
    id: 'Survei ini sudah diisi. Terima kasih; jawaban tidak dapat diubah.',
    en: 'This survey has already been answered. Thank you; answers cannot be changed.',
  },
  'survey.expired': {
    status: 410,
    id: 'Survei ini sudah ditutup: survei dapat diisi paling lama 30 hari setelah pelayanan.',
    en: 'This survey is closed: it can be answered up to 30 days after the service.',
  },
  'survey.own_service': {
    status: 403,
    id: 'Petugas yang melayani tidak dapat mengisi survei untuk layanannya sendiri. Minta warga mengisinya sendiri.',
    en: 'The officer who served cannot answer the survey of their own service. Ask the citizen to answer it.',
  },
  'survey.no_answer': {
    status: 400,
    id: 'Jawab setidaknya satu pertanyaan.',
    en: 'Answer at least one question.',
  },
  'satisfaction.period_invalid': {
    status: 400,
    id: 'Periode tidak valid. Gunakan bulan (2026-05), triwulan (2026-Q2), semester (2026-S1), tahun (2026), atau rentang tanggal dari–sampai paling lama 3 tahun.',
    en: 'Invalid period. Use a month (2026-05), quarter (2026-Q2), semester (2026-S1), year (2026), or a from–to range of at most 3 years.',
  },
  'satisfaction.unit_not_found': {
    status: 404,
    id: 'Unit (instansi, gerai, atau layanan) tidak ada di MPP ini.',
    en: 'The unit (agency, booth or service) is not at this site.',
  },
  'satisfaction.cursor_invalid': {
    status: 400,
    id: 'Penanda halaman saran tidak valid. Muat ulang daftar dari awal.',
    en: 'Invalid page marker for the suggestions. Reload the list from the start.',
  },
} as const;
