/** Error codes of online booking, merged into the closed catalogue in shared/errors.ts. */
export const bookingErrors = {
  'booking.not_bookable': {
    status: 404,
    id: 'Layanan ini tidak dapat dipesan online di MPP ini.',
    en: 'This service cannot be booked online at this site.',
  },
  'booking.invalid_nik': {
    status: 422,
    id: 'NIK tidak valid.',
    en: 'The NIK is invalid.',
  },
  'booking.invalid_phone': {
    status: 422,
    id: 'Nomor ponsel tidak valid. Gunakan nomor seluler Indonesia, mis. 0812xxxxxxxx.',
    en: 'Invalid mobile number. Use an Indonesian mobile number, e.g. 0812xxxxxxxx.',
  },
  'booking.window_closed': {
    status: 409,
    id: 'Tanggal ini belum atau tidak lagi dapat dipesan.',
    en: 'This date cannot be booked (not yet, or no longer).',
  },
  'booking.slot_invalid': {
    status: 422,
    id: 'Jam ini bukan jadwal layanan pada tanggal tersebut.',
    en: 'This time is not a service slot on that date.',
  },
  'booking.slot_past': {
    status: 409,
    id: 'Jam layanan ini sudah lewat.',
    en: 'This slot has already passed.',
  },
  'booking.full': {
    status: 409,
    id: 'Kuota untuk jadwal ini sudah penuh. Silakan pilih jam atau tanggal lain.',
    en: 'This slot is fully booked. Please choose another time or date.',
  },
  'booking.duplicate': {
    status: 409,
    id: 'NIK ini sudah memiliki pesanan aktif untuk layanan ini pada tanggal tersebut.',
    en: 'This NIK already has an active booking for this service on that date.',
  },
  'booking.weekly_limit': {
    status: 409,
    id: 'Batas pemesanan per minggu untuk NIK ini sudah tercapai.',
    en: 'This NIK has reached its weekly booking limit.',
  },
  'booking.idempotency_conflict': {
    status: 409,
    id: 'Kunci idempotensi ini sudah dipakai untuk pesanan lain.',
    en: 'This idempotency key was already used for another booking.',
  },
  'booking.not_found': {
    status: 404,
    id: 'Pesanan tidak ditemukan. Periksa kode booking dan NIK.',
    en: 'Booking not found. Check the booking code and the NIK.',
  },
  'booking.not_active': {
    status: 409,
    id: 'Pesanan ini sudah tidak aktif (dibatalkan, sudah check-in, atau tidak hadir).',
    en: 'This booking is no longer active (cancelled, checked in, or a no-show).',
  },
  'booking.checkin_too_early': {
    status: 409,
    id: 'Check-in belum dibuka untuk pesanan ini.',
    en: 'Check-in is not open yet for this booking.',
  },
  'booking.checkin_too_late': {
    status: 409,
    id: 'Waktu check-in untuk pesanan ini sudah lewat. Silakan ambil nomor antrean biasa.',
    en: 'The check-in time for this booking has passed. Please take a regular queue number.',
  },
  'booking.wrong_site': {
    status: 409,
    id: 'Pesanan ini untuk MPP lain.',
    en: 'This booking is for another site.',
  },
  'booking.not_affected': {
    status: 409,
    id: 'Pesanan ini tidak terdampak perubahan jadwal; kontaknya tidak dibuka.',
    en: 'This booking is not affected by a calendar change; its contact is not shown.',
  },
  'booking.code_locked': {
    status: 429,
    id: 'Terlalu banyak jawaban salah untuk kode pesanan ini. Kode ini dikunci sementara; coba lagi nanti.',
    en: 'Too many wrong answers for this booking code. It is locked for a while; try again later.',
  },
  'booking.rate_limited': {
    status: 429,
    id: 'Terlalu banyak permintaan. Coba lagi sebentar lagi.',
    en: 'Too many requests. Try again shortly.',
  },
} as const;
