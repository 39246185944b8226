/** Error codes of the national view (the hub's API), merged into the catalogue in shared/errors.ts. */
export const nationalErrors = {
  'national.period_invalid': {
    status: 400,
    id: 'Periode tidak valid: bulan awal harus sebelum atau sama dengan bulan akhir, paling lama 36 bulan.',
    en: 'Invalid period: the first month must not be after the last, and at most 36 months.',
  },
  'national.measure_not_by_type': {
    status: 400,
    id: 'Ukuran ini tidak tersedia per jenis layanan nasional.',
    en: 'This measure is not available per national service type.',
  },
  'national.site_not_found': {
    status: 404,
    id: 'MPP tidak ditemukan di pusat data nasional.',
    en: 'Site not found on the national hub.',
  },
} as const;
