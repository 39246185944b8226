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
  // ——— Filing, attachments, tracking (the citizen's side) ———
  'complaint.rate_limited': {
    status: 429,
    id: 'Terlalu banyak percobaan. Silakan coba lagi sebentar lagi.',
    en: 'Too many attempts. Please try again shortly.',
  },
  'complaint.link_not_found': {
    status: 404,
    id: 'Tiket atau berkas yang dirujuk tidak ditemukan. Periksa kodenya (dan 4 digit terakhir untuk berkas).',
    en: 'The ticket or file referred to was not found. Check its code (and the last 4 digits for a file).',
  },
  'complaint.link_locked': {
    status: 429,
    id: 'Terlalu banyak percobaan salah untuk kode berkas ini. Coba lagi nanti.',
    en: 'Too many wrong tries for this file code. Try again later.',
  },
  'complaint.ticket_not_served': {
    status: 422,
    id: 'Tiket ini belum dilayani. Pengaduan atas tiket dapat disampaikan setelah dilayani.',
    en: 'This ticket has not been served yet. A complaint about a ticket can be made once it was served.',
  },
  'complaint.place_invalid': {
    status: 422,
    id: 'Layanan, instansi atau gerai yang dipilih tidak ada di MPP ini.',
    en: 'The chosen service, agency or booth is not at this MPP.',
  },
  'complaint.attachment_invalid': {
    status: 422,
    id: 'Lampiran tidak dapat diterima. Lihat keterangan pada isiannya.',
    en: 'An attachment cannot be accepted. See the note on its field.',
  },
  'complaint.attachment_too_large': {
    status: 413,
    id: 'Lampiran terlalu besar.',
    en: 'An attachment is too large.',
  },
  'complaint.attachment_not_found': {
    status: 404,
    id: 'Lampiran tidak ditemukan.',
    en: 'Attachment not found.',
  },
} as const;
