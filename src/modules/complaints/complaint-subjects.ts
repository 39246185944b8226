/**
 * What a complaint is about, in a few categories the measures count ("the most frequent subjects"). The citizen
 * or the handler may choose one; otherwise the description's words suggest one (a simple keyword match, Indonesian
 * first, some English). Pure.
 */
export const SUBJECTS = [
  'waiting',
  'behaviour',
  'requirements',
  'fee',
  'completion_time',
  'information',
  'facilities',
  'online_system',
  'other',
] as const;
export type Subject = (typeof SUBJECTS)[number];

const KEYWORDS: Record<Exclude<Subject, 'other'>, readonly string[]> = {
  waiting: ['antre', 'antri', 'nomor antrean', 'menunggu', 'lama dipanggil', 'queue', 'waiting'],
  behaviour: ['ketus', 'kasar', 'tidak ramah', 'sopan', 'marah', 'membentak', 'judes', 'rude', 'impolite'],
  requirements: ['syarat', 'persyaratan', 'berkas kurang', 'dokumen', 'fotokopi', 'requirement'],
  fee: ['biaya', 'bayar', 'pungli', 'pungutan', 'uang', 'tarif', 'calo', 'fee', 'bribe'],
  completion_time: ['belum jadi', 'belum selesai', 'terlambat', 'molor', 'berminggu', 'not ready', 'late'],
  information: ['informasi', 'tidak jelas', 'bingung', 'penjelasan', 'information', 'unclear'],
  facilities: ['ac ', 'panas', 'toilet', 'kursi', 'parkir', 'kotor', 'ruang tunggu', 'lift', 'kursi roda'],
  online_system: ['aplikasi', 'online', 'sistem', 'website', 'error', 'gangguan', 'server', 'booking'],
};

/** The first category whose words the text contains (in the order above), or 'other'. */
export function subjectOf(text: string): Subject {
  const t = ` ${text.toLowerCase()} `;
  for (const [subject, words] of Object.entries(KEYWORDS) as [Subject, readonly string[]][])
    if (words.some((w) => t.includes(w))) return subject;
  return 'other';
}
