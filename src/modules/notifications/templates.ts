/**
 * What a notification says, in Indonesian and English: a subject (e-mail), a plain text (e-mail, WhatsApp/SMS
 * via the webhook) and a small HTML body. Adding one: a key here and a call to enqueueNotification. Pure.
 */
export interface Rendered {
  subject: string;
  text: string;
  html: string;
}

type Data = Record<string, unknown>;
const s = (d: Data, k: string) => String(d[k] ?? '');

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const TEMPLATES: Record<string, Record<'id' | 'en', (d: Data) => { subject: string; lines: string[] }>> = {
  'booking.confirmed': {
    id: (d) => ({
      subject: `Pesanan ${s(d, 'code')}: ${s(d, 'service')}`,
      lines: [
        `Pesanan antrean Anda di ${s(d, 'site')} berhasil.`,
        `Kode booking: ${s(d, 'code')}`,
        `Layanan: ${s(d, 'service')}`,
        `Waktu: ${s(d, 'date')} pukul ${s(d, 'starts')}`,
        'Datang paling cepat 30 menit sebelumnya dan check-in di kios dengan kode ini.',
        `Persyaratan: ${s(d, 'checklist')}`,
      ],
    }),
    en: (d) => ({
      subject: `Booking ${s(d, 'code')}: ${s(d, 'service')}`,
      lines: [
        `Your queue booking at ${s(d, 'site')} is confirmed.`,
        `Booking code: ${s(d, 'code')}`,
        `Service: ${s(d, 'service')}`,
        `When: ${s(d, 'date')} at ${s(d, 'starts')}`,
        'Come no earlier than 30 minutes before and check in at the kiosk with this code.',
        `Documents: ${s(d, 'checklist')}`,
      ],
    }),
  },
  'booking.reminder': {
    id: (d) => ({
      subject: `Pengingat: besok ${s(d, 'starts')} di ${s(d, 'site')}`,
      lines: [
        `Besok, ${s(d, 'date')} pukul ${s(d, 'starts')}, Anda terjadwal untuk ${s(d, 'service')} di ${s(d, 'site')}.`,
        `Kode booking: ${s(d, 'code')}. Jika berhalangan, batalkan agar kuota dapat dipakai orang lain.`,
        `Persyaratan: ${s(d, 'checklist')}`,
      ],
    }),
    en: (d) => ({
      subject: `Reminder: tomorrow ${s(d, 'starts')} at ${s(d, 'site')}`,
      lines: [
        `Tomorrow, ${s(d, 'date')} at ${s(d, 'starts')}, you are booked for ${s(d, 'service')} at ${s(d, 'site')}.`,
        `Booking code: ${s(d, 'code')}. If you cannot come, cancel so someone else can have the place.`,
        `Documents: ${s(d, 'checklist')}`,
      ],
    }),
  },
  'booking.cancelled': {
    id: (d) => ({
      subject: `Pesanan ${s(d, 'code')} dibatalkan`,
      lines: [
        `Pesanan ${s(d, 'code')} untuk ${s(d, 'service')} pada ${s(d, 'date')} ${s(d, 'starts')} telah dibatalkan.`,
      ],
    }),
    en: (d) => ({
      subject: `Booking ${s(d, 'code')} cancelled`,
      lines: [
        `Booking ${s(d, 'code')} for ${s(d, 'service')} on ${s(d, 'date')} ${s(d, 'starts')} is cancelled.`,
      ],
    }),
  },
  'booking.affected': {
    id: (d) => ({
      subject: `Jadwal berubah: pesanan ${s(d, 'code')}`,
      lines: [
        `${s(d, 'site')} tidak lagi melayani ${s(d, 'service')} pada ${s(d, 'date')} pukul ${s(d, 'starts')}.`,
        `Pesanan ${s(d, 'code')} tetap tercatat. Silakan pilih waktu lain dengan kode booking dan NIK Anda, atau hubungi MPP.`,
      ],
    }),
    en: (d) => ({
      subject: `Schedule changed: booking ${s(d, 'code')}`,
      lines: [
        `${s(d, 'site')} no longer serves ${s(d, 'service')} on ${s(d, 'date')} at ${s(d, 'starts')}.`,
        `Booking ${s(d, 'code')} is kept. Please choose another time with your booking code and NIK, or contact the MPP.`,
      ],
    }),
  },
  'booking.moved': {
    id: (d) => ({
      subject: `Jadwal baru: pesanan ${s(d, 'code')}`,
      lines: [
        `Petugas ${s(d, 'site')} memindahkan pesanan ${s(d, 'code')} (${s(d, 'service')}) ke ${s(d, 'date')} pukul ${s(d, 'starts')}.`,
        'Datang paling cepat 30 menit sebelumnya dan check-in di kios dengan kode yang sama.',
        'Jika waktu ini tidak cocok, pilih waktu lain dengan kode booking dan NIK Anda.',
      ],
    }),
    en: (d) => ({
      subject: `New time: booking ${s(d, 'code')}`,
      lines: [
        `Staff at ${s(d, 'site')} moved booking ${s(d, 'code')} (${s(d, 'service')}) to ${s(d, 'date')} at ${s(d, 'starts')}.`,
        'Come no earlier than 30 minutes before and check in at the kiosk with the same code.',
        'If this time does not suit you, choose another with your booking code and NIK.',
      ],
    }),
  },
  'booking.cancelled_by_staff': {
    id: (d) => ({
      subject: `Pesanan ${s(d, 'code')} dibatalkan oleh MPP`,
      lines: [
        `Petugas ${s(d, 'site')} membatalkan pesanan ${s(d, 'code')} untuk ${s(d, 'service')} pada ${s(d, 'date')} ${s(d, 'starts')}, karena layanan tidak tersedia pada waktu itu.`,
        'Silakan pesan waktu lain, atau datang dan ambil antrean di kios.',
      ],
    }),
    en: (d) => ({
      subject: `Booking ${s(d, 'code')} cancelled by the MPP`,
      lines: [
        `Staff at ${s(d, 'site')} cancelled booking ${s(d, 'code')} for ${s(d, 'service')} on ${s(d, 'date')} ${s(d, 'starts')}, as the service is not available then.`,
        'Please book another time, or come and take a ticket at the kiosk.',
      ],
    }),
  },
  'request.ready': {
    id: (d) => ({
      subject: `Berkas ${s(d, 'code')} selesai dan siap diambil`,
      lines: [
        `Permohonan ${s(d, 'service')} dengan kode ${s(d, 'code')} sudah selesai.`,
        `Silakan ambil di ${s(d, 'site')}, ${s(d, 'booth')}, pada jam layanan.`,
        'Bawa KTP-el asli dan tanda terima permohonan.',
      ],
    }),
    en: (d) => ({
      subject: `Application ${s(d, 'code')} is ready to collect`,
      lines: [
        `Your application for ${s(d, 'service')}, code ${s(d, 'code')}, is done.`,
        `Please collect it at ${s(d, 'site')}, ${s(d, 'booth')}, during opening hours.`,
        'Bring your original KTP-el and the application receipt.',
      ],
    }),
  },
  'survey.invitation': {
    id: (d) => ({
      subject: `Bagaimana layanan ${s(d, 'service')} di ${s(d, 'site')}?`,
      lines: [
        `Terima kasih telah menggunakan layanan ${s(d, 'service')} di ${s(d, 'site')}.`,
        `Mohon isi survei kepuasan singkat (sembilan pertanyaan, kurang dari satu menit). Survei terbuka ${s(d, 'days')} hari dan tanpa nama.`,
        `Kode survei: ${s(d, 'code')}`,
      ],
    }),
    en: (d) => ({
      subject: `How was ${s(d, 'service')} at ${s(d, 'site')}?`,
      lines: [
        `Thank you for using ${s(d, 'service')} at ${s(d, 'site')}.`,
        `Please answer a short satisfaction survey (nine questions, under a minute). It is open for ${s(d, 'days')} days and anonymous.`,
        `Survey code: ${s(d, 'code')}`,
      ],
    }),
  },
  // Complaints: the handler's answer to the citizen, and the escalation notice to the site's complaint desk.
  'complaint.answered': {
    id: (d) => ({
      subject: `Jawaban atas pengaduan ${s(d, 'code')}`,
      lines: [
        `Pengaduan Anda dengan kode ${s(d, 'code')} di ${s(d, 'site')} telah dijawab:`,
        ...(d.service ? [`Layanan: ${s(d, 'service')}`] : []),
        s(d, 'answer'),
        'Lihat jawabannya di halaman lacak pengaduan dengan kode dan PIN Anda, lalu beri tahu kami apakah masalahnya sudah selesai.',
      ],
    }),
    en: (d) => ({
      subject: `Answer to complaint ${s(d, 'code')}`,
      lines: [
        `Your complaint ${s(d, 'code')} at ${s(d, 'site')} has been answered:`,
        ...(d.service ? [`Service: ${s(d, 'service')}`] : []),
        s(d, 'answer'),
        'See the answer on the complaint tracking page with your code and PIN, and tell us whether it resolves the matter.',
      ],
    }),
  },
  'complaint.escalated': {
    id: (d) => ({
      subject: `${d.level === 'late' ? 'TERLAMBAT' : 'Berisiko terlambat'}: pengaduan ${s(d, 'code')}`,
      lines: [
        `Pengaduan ${s(d, 'code')} di ${s(d, 'site')} ${d.level === 'late' ? 'melewati' : 'mendekati'} tenggat tahapnya (${s(d, 'due')}).`,
        ...(d.service ? [`Layanan: ${s(d, 'service')}`] : []),
        `Status: ${s(d, 'status')}. Mohon segera ditindaklanjuti.`,
      ],
    }),
    en: (d) => ({
      subject: `${d.level === 'late' ? 'LATE' : 'At risk'}: complaint ${s(d, 'code')}`,
      lines: [
        `Complaint ${s(d, 'code')} at ${s(d, 'site')} is ${d.level === 'late' ? 'past' : 'near'} its stage deadline (${s(d, 'due')}).`,
        ...(d.service ? [`Service: ${s(d, 'service')}`] : []),
        `Status: ${s(d, 'status')}. Please act on it now.`,
      ],
    }),
  },
  'evaluation.finding_overdue': {
    id: (d) => ({
      subject: `TERLAMBAT: tindak lanjut temuan ${s(d, 'code')}`,
      lines: [
        `Temuan ${s(d, 'code')} untuk ${s(d, 'unit')} di ${s(d, 'site')} melewati tenggat tindak lanjutnya (${s(d, 'due')}).`,
        `Temuan: ${s(d, 'title')}`,
        ...(d.service ? [`Layanan: ${s(d, 'service')}`] : []),
        `Rekomendasi: ${s(d, 'recommendation')}`,
        'Mohon segera ditindaklanjuti dan laporkan tindakannya di Atap.',
      ],
    }),
    en: (d) => ({
      subject: `LATE: follow-up of finding ${s(d, 'code')}`,
      lines: [
        `Finding ${s(d, 'code')} for ${s(d, 'unit')} at ${s(d, 'site')} is past its follow-up deadline (${s(d, 'due')}).`,
        `Finding: ${s(d, 'title')}`,
        ...(d.service ? [`Service: ${s(d, 'service')}`] : []),
        `Recommendation: ${s(d, 'recommendation')}`,
        'Please act on it now and record the action in Atap.',
      ],
    }),
  },
};

export const templateKeys = Object.keys(TEMPLATES);

/** The page a notice points the citizen to (on the installation's public address), and what the link says. */
const bookingLink = (d: Data) => `/pesan/cek?kode=${encodeURIComponent(s(d, 'code'))}`;
const LINKS: Record<string, { path: (d: Data) => string; id: string; en: string }> = {
  'booking.confirmed': { path: bookingLink, id: 'Cek, ubah atau batalkan', en: 'Check, move or cancel' },
  'booking.reminder': { path: bookingLink, id: 'Cek, ubah atau batalkan', en: 'Check, move or cancel' },
  'booking.affected': { path: bookingLink, id: 'Pilih waktu lain', en: 'Choose another time' },
  'booking.moved': { path: bookingLink, id: 'Cek atau ubah pesanan', en: 'Check or move the booking' },
  'request.ready': {
    path: (d) => `/lacak-berkas?kode=${encodeURIComponent(s(d, 'code'))}`,
    id: 'Lacak berkas',
    en: 'Track the application',
  },
  'complaint.answered': {
    // The code only: the PIN is never sent with it (whoever reads the message still needs the PIN to reply).
    path: (d) => `/pengaduan/lacak?kode=${encodeURIComponent(s(d, 'code'))}`,
    id: 'Lihat jawaban dan beri tanggapan',
    en: 'See the answer and reply',
  },
  'survey.invitation': {
    // `dari=notifikasi`: the answer counts under the notification channel.
    path: (d) => `/survei/${encodeURIComponent(s(d, 'code'))}?dari=notifikasi`,
    id: 'Isi survei',
    en: 'Answer the survey',
  },
  'complaint.escalated': {
    path: (d) => `/kelola/pengaduan/${encodeURIComponent(s(d, 'id'))}`,
    id: 'Buka pengaduan',
    en: 'Open the complaint',
  },
  'evaluation.finding_overdue': {
    path: (d) => `/kelola/evaluasi/temuan?temuan=${encodeURIComponent(s(d, 'id'))}`,
    id: 'Buka temuan',
    en: 'Open the finding',
  },
};

/**
 * `publicUrl` is ATAP_PUBLIC_URL: links go there, never to the address a staff browser happened to use. Without
 * it a notice carries no link (a worker has no request whose address it could use).
 */
export function render(
  template: string,
  language: 'id' | 'en',
  data: Data,
  publicUrl: string | undefined = undefined,
): Rendered {
  const make = TEMPLATES[template]?.[language];
  if (!make) throw new Error(`no template ${template}/${language}`);
  const { subject, lines } = make(data);
  const link = LINKS[template];
  const url = link && publicUrl ? `${publicUrl}${link.path(data)}` : null;
  const textLines = url && link ? [...lines, `${link[language]}: ${url}`] : lines;
  const htmlLink =
    url && link
      ? `<p><a href="${escapeHtml(url)}">${escapeHtml(link[language])}</a>: ${escapeHtml(url)}</p>`
      : '';
  return {
    subject,
    text: textLines.join('\n'),
    html: `<!doctype html><html lang="${language}"><body>${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}${htmlLink}</body></html>`,
  };
}

/** Exponential backoff with jitter: 30 s, 1 min, 2 min, … capped at 1 hour; `random` in [0, 1). */
export function backoffSeconds(attempt: number, random: number): number {
  const base = Math.min(3600, 30 * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.8 + 0.4 * random));
}
