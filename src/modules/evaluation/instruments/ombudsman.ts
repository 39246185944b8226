import type { DefinitionInput } from '../instrument.schema.ts';

/**
 * An Ombudsman-style compliance instrument: the dimensions the Ombudsman grades (DESIGN.md §6) — the service
 * standard published and complete, implementer competence, facilities including for vulnerable groups, complaint
 * management — each item yes / partly / no; 0–100 and the 2021 zones (green ≥ 81, yellow 51–80.99, red ≤ 50.99).
 * The dimension weights are this instrument's (the standard counts most, as the published standard is most of what
 * the compliance survey checks); an administrator versions them like any other.
 */
const yesNo = [
  { value: 0, label: 'Tidak', description: '' },
  { value: '0.5', label: 'Sebagian', description: '' },
  { value: 1, label: 'Ya', description: '' },
];
const item = (id: string, name: string, evidence: string, source?: string) => ({
  id,
  name,
  evidence,
  levels: yesNo,
  threshold: 1,
  ...(source ? { source } : {}),
});

export const ombudsman: DefinitionInput = {
  name: 'Kepatuhan standar pelayanan publik (model Ombudsman)',
  description: 'Penilaian kepatuhan penyelenggara terhadap standar pelayanan publik; nilai 0–100 dan zona.',
  basis: 'UU 25/2009; penilaian kepatuhan Ombudsman Republik Indonesia (zona 2021)',
  aspects: [
    {
      id: 'standar',
      name: 'Standar pelayanan dipublikasikan dan lengkap',
      weight: '0.4',
      indicators: [
        item(
          'persyaratan',
          'Persyaratan dipublikasikan',
          'Papan informasi; laman layanan.',
          'catalogue.standards',
        ),
        item('prosedur', 'Sistem, mekanisme, dan prosedur dipublikasikan', 'Bagan alur.'),
        item('waktu', 'Jangka waktu penyelesaian dipublikasikan', 'Papan informasi.'),
        item('biaya', 'Biaya/tarif dipublikasikan', 'Papan informasi.'),
        item('produk', 'Produk pelayanan dipublikasikan', 'Papan informasi.'),
        item('maklumat', 'Maklumat pelayanan dipajang', 'Foto maklumat.'),
      ],
    },
    {
      id: 'kompetensi',
      name: 'Kompetensi pelaksana',
      weight: '0.2',
      indicators: [
        item('tanda-pengenal', 'Pelaksana bertanda pengenal dan berseragam', 'Pengamatan.'),
        item('tepat-waktu', 'Pelayanan dimulai tepat waktu', 'Jam buka loket.', 'floor.attendance'),
        item('penyelesaian', 'Layanan selesai sesuai standar waktu', 'Rekap berkas.', 'requests.completion'),
      ],
    },
    {
      id: 'sarana',
      name: 'Sarana dan prasarana, termasuk bagi kelompok rentan',
      weight: '0.2',
      indicators: [
        item('ruang-tunggu', 'Ruang tunggu layak', 'Pengamatan.'),
        item('difabel', 'Sarana bagi penyandang disabilitas', 'Ramp, kursi roda, toilet difabel.'),
        item('prioritas', 'Loket atau layanan prioritas', 'Pengamatan.'),
      ],
    },
    {
      id: 'pengaduan',
      name: 'Pengelolaan pengaduan',
      weight: '0.2',
      indicators: [
        item('kanal', 'Sarana pengaduan tersedia dan diumumkan', 'Kotak saran, QR, nomor WhatsApp.'),
        item('petugas', 'Ada petugas pengelola pengaduan', 'SK penunjukan.'),
        item(
          'tindak-lanjut',
          'Pengaduan ditindaklanjuti tepat waktu',
          'Rekap pengaduan.',
          'complaints.on_time',
        ),
      ],
    },
  ],
  total: {
    min: 0,
    max: 100,
    decimals: 2,
    bands: [
      { min: 81, code: 'Hijau', label: 'Zona hijau (kepatuhan tinggi)', zone: 'green' },
      { min: 51, code: 'Kuning', label: 'Zona kuning (kepatuhan sedang)', zone: 'yellow' },
      { min: 0, code: 'Merah', label: 'Zona merah (kepatuhan rendah)', zone: 'red' },
    ],
  },
};
