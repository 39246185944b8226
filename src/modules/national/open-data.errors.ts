/** Error codes of the hub's open data (open-data.routes.ts), merged into the catalogue in shared/errors.ts. */
export const openDataErrors = {
  'open_data.no_data': {
    status: 404,
    id: 'Pusat data belum memiliki data harian MPP mana pun.',
    en: 'The hub has no daily figures of any site yet.',
  },
  'open_data.day_not_found': {
    status: 404,
    id: 'Tidak ada data untuk tanggal ini. Lihat daftar tanggal yang tersedia.',
    en: 'There are no figures for this day. See the list of available days.',
  },
  'open_data.file_not_found': {
    status: 404,
    id: 'Berkas tidak dikenal. Berkas sebuah tanggal: datapackage.json, atap-layanan-harian-<tanggal>.csv atau .json.',
    en: "Unknown file. A day's files: datapackage.json, atap-layanan-harian-<day>.csv or .json.",
  },
  'open_data.range_reversed': {
    status: 400,
    id: 'Tanggal awal (from) harus sebelum atau sama dengan tanggal akhir (to).',
    en: 'The first day (from) must be on or before the last day (to).',
  },
  'open_data.range_too_long': {
    status: 400,
    id: 'Rentang paling panjang 366 hari. Unduh dalam beberapa bagian.',
    en: 'A range is at most 366 days. Download it in several parts.',
  },
} as const;
