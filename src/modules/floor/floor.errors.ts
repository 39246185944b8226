/** Error codes of the floor, merged into the closed catalogue in shared/errors.ts. */
export const floorErrors = {
  'floor.site_closed_today': {
    status: 409,
    id: 'MPP tutup hari ini. Tidak ada pengambilan nomor antrean.',
    en: 'The service mall is closed today. No queue numbers are issued.',
  },
  'floor.not_open_yet': {
    status: 409,
    id: 'Pengambilan nomor antrean belum dibuka. Silakan kembali saat jam layanan.',
    en: 'Queue numbers are not issued yet. Please come back during opening hours.',
  },
  'floor.closed_for_day': {
    status: 409,
    id: 'Layanan hari ini sudah berakhir. Silakan datang kembali pada hari kerja berikutnya.',
    en: "Today's service has ended. Please come back on the next working day.",
  },
  'floor.on_break': {
    status: 409,
    id: 'Layanan sedang istirahat. Pemanggilan dilanjutkan setelah istirahat.',
    en: 'Service is on a break. Calling resumes after the break.',
  },
  'floor.quota_exhausted': {
    status: 409,
    id: 'Kuota harian layanan ini sudah habis. Silakan datang kembali besok atau pesan antrean online.',
    en: "This service's daily quota is used up. Please come back tomorrow or book online.",
  },
  'floor.cutoff_passed': {
    status: 409,
    id: 'Antrean layanan ini sudah ditutup untuk hari ini karena tidak akan selesai sebelum jam tutup.',
    en: 'The queue for this service is closed for today: it could not be served before closing time.',
  },
  'floor.service_not_offered': {
    status: 422,
    id: 'Layanan ini tidak tersedia di MPP ini.',
    en: 'This service is not offered at this site.',
  },
  'floor.duplicate_service': {
    status: 422,
    id: 'Setiap layanan cukup dipilih satu kali.',
    en: 'Pick each service only once.',
  },
  'floor.kiosk_required': {
    status: 401,
    id: 'Perangkat ini belum terdaftar sebagai kiosk MPP.',
    en: 'This device is not registered as a kiosk of the site.',
  },
  'floor.device_revoked': {
    status: 401,
    id: 'Perangkat ini sudah dilepas oleh pengelola MPP. Minta pengelola mendaftarkannya kembali.',
    en: 'This device was unpaired by the site manager. Ask the manager to pair it again.',
  },
  'floor.device_not_found': { status: 404, id: 'Perangkat tidak ditemukan.', en: 'Device not found.' },
  'floor.device_counter_required': {
    status: 422,
    id: 'Perangkat survei harus dipasangkan dengan satu loket di MPP ini; jenis perangkat lain tanpa loket.',
    en: 'A survey device must be paired with one counter of this site; other kinds of device take no counter.',
  },
  'floor.device_token_required': {
    status: 400,
    id: 'Perangkat tidak mengirim tanda pengenal kios atau layar.',
    en: 'The device sent no kiosk or display token.',
  },
  'floor.counter_not_found': { status: 404, id: 'Loket tidak ditemukan.', en: 'Counter not found.' },
  'floor.counter_taken': {
    status: 409,
    id: 'Loket ini sedang dipakai petugas lain.',
    en: 'Another officer is signed in to this counter.',
  },
  'floor.officer_elsewhere': {
    status: 409,
    id: 'Anda masih masuk di loket lain. Keluar dari loket itu terlebih dahulu.',
    en: 'You are still signed in to another counter. Sign out of it first.',
  },
  'floor.counter_not_open': {
    status: 409,
    id: 'Anda belum membuka loket ini.',
    en: 'You have not opened this counter.',
  },
  'floor.counter_paused': {
    status: 409,
    id: 'Loket sedang istirahat. Lanjutkan layanan terlebih dahulu.',
    en: 'The counter is on a break. Resume it first.',
  },
  'floor.counter_busy': {
    status: 409,
    id: 'Masih ada nomor yang sedang dilayani di loket ini. Selesaikan terlebih dahulu.',
    en: 'A ticket is still in progress at this counter. Finish it first.',
  },
  'floor.queue_empty': {
    status: 409,
    id: 'Tidak ada antrean yang menunggu untuk loket ini.',
    en: 'Nobody is waiting for this counter.',
  },
  'floor.ticket_not_found': { status: 404, id: 'Nomor antrean tidak ditemukan.', en: 'Ticket not found.' },
  'floor.ticket_state': {
    status: 409,
    id: 'Nomor antrean tidak dalam keadaan yang memungkinkan tindakan ini.',
    en: 'The ticket is not in a state that allows this action.',
  },
  'floor.ticket_not_served_here': {
    status: 422,
    id: 'Loket ini tidak melayani layanan tiket tersebut.',
    en: 'This counter does not serve that ticket’s service.',
  },
  'floor.recall_first': {
    status: 409,
    id: 'Panggil ulang terlebih dahulu sebelum menandai tidak hadir.',
    en: 'Recall the ticket before marking it a no-show.',
  },
  'floor.return_window_passed': {
    status: 409,
    id: 'Batas waktu kembali untuk nomor yang tidak hadir sudah lewat. Silakan ambil nomor baru.',
    en: 'The return window for this no-show has passed. Please take a new number.',
  },
  'floor.transfer_target_invalid': {
    status: 422,
    id: 'Tujuan pengalihan tidak valid: layanan harus tersedia di gerai tujuan di MPP ini.',
    en: 'Invalid transfer target: the service must be offered at the destination booth of this site.',
  },
  // Never reaches a client: the process reloads its counter directory and tries once more (counter-directory.ts).
  'floor.directory_stale': {
    status: 409,
    id: 'Data loket baru saja berubah. Silakan ulangi.',
    en: 'The counter was just changed. Please try again.',
  },
  'floor.tracking_not_found': {
    status: 404,
    id: 'Kode pelacakan tidak ditemukan.',
    en: 'Tracking code not found.',
  },
} as const;
