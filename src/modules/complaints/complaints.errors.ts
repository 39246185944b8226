/** Error codes of complaints (pengaduan), merged into the catalogue in shared/errors.ts. */
export const complaintErrors = {
  'complaint.not_found': {
    status: 404,
    id: 'Pengaduan tidak ditemukan. Periksa kode dan PIN.',
    en: 'Complaint not found. Check the code and PIN.',
  },
  'complaint.locked': {
    status: 429,
    id: 'Terlalu banyak percobaan salah untuk kode ini. Coba lagi nanti atau hubungi petugas pengaduan.',
    en: 'Too many wrong tries for this code. Try again later or contact the complaints desk.',
  },
  'complaint.illegal_move': {
    status: 409,
    id: 'Langkah ini tidak dapat dilakukan pada status pengaduan saat ini. Muat ulang untuk melihat statusnya.',
    en: 'This step is not possible in the complaint’s current status. Reload to see where it stands.',
  },
  'complaint.not_your_move': {
    status: 403,
    id: 'Langkah ini bukan wewenang Anda pada pengaduan ini.',
    en: 'This step is not yours to take on this complaint.',
  },
  'complaint.reopened_once': {
    status: 409,
    id: 'Pengaduan hanya dapat dibuka kembali satu kali.',
    en: 'A complaint can be reopened only once.',
  },
  'complaint.stale': {
    status: 409,
    id: 'Pengaduan ini baru saja diubah oleh orang lain. Muat ulang lalu ulangi bila masih perlu.',
    en: 'Someone else has just changed this complaint. Reload and try again if still needed.',
  },
  'complaint.filing_window': {
    status: 422,
    id: 'Pengaduan atas layanan ini melewati batas 30 hari setelah layanan (UU 25/2009).',
    en: 'A complaint about this service is past the 30-day limit after the service (Law 25/2009).',
  },
  'complaint.reason_required': {
    status: 422,
    id: 'Tuliskan alasannya.',
    en: 'Give the reason.',
  },
  'complaint.agency_not_at_site': {
    status: 422,
    id: 'Instansi ini tidak memiliki gerai di MPP ini.',
    en: 'This agency has no booth at this site.',
  },
  'complaint.anonymous': {
    status: 409,
    id: 'Pengaduan ini anonim: tidak ada identitas yang disimpan.',
    en: 'This complaint is anonymous: no identity is kept.',
  },
  'complaint.not_confidential': {
    status: 409,
    id: 'Identitas pelapor ini tidak dirahasiakan atau sudah dibuka untuk instansi.',
    en: "This complainant's identity is not confidential or has already been released to the agency.",
  },
  'complaint.period_invalid': {
    status: 400,
    id: 'Periode tidak valid: isi tanggal awal dan akhir (YYYY-MM-DD), awal tidak setelah akhir, paling lama 3 tahun.',
    en: 'Invalid period: give a start and an end date (YYYY-MM-DD), the start not after the end, at most 3 years.',
  },
  'complaint.unit_not_found': {
    status: 404,
    id: 'Instansi, gerai atau layanan tidak ditemukan di MPP ini.',
    en: 'Agency, booth or service not found at this site.',
  },
} as const;
