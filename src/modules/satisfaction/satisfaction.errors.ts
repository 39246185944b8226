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
