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
} as const;
