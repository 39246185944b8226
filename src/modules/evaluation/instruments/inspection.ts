import type { DefinitionInput } from '../instrument.schema.ts';

/** A monitoring team's booth visit: yes / partly / no for each item, with notes; the share met, 0–100. */
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
  ...(source ? { source } : {}),
  // Anything short of "Ya" is a finding the team follows.
  threshold: 1,
});

export const inspection: DefinitionInput = {
  name: 'Inspeksi gerai oleh tim monitoring',
  description: 'Daftar periksa kunjungan tim monitoring ke gerai instansi di MPP.',
  basis: 'Tim monitoring dan evaluasi pelayanan publik pemerintah daerah',
  aspects: [
    {
      id: 'gerai',
      name: 'Gerai pada saat kunjungan',
      weight: 1,
      indicators: [
        item(
          'buka-tepat-waktu',
          'Gerai buka tepat waktu dan loket dilayani',
          'Jam buka; loket terisi.',
          'floor.attendance',
        ),
        item('tanda-nama', 'Petugas memakai tanda nama dan seragam', 'Pengamatan; foto.'),
        item('standar-dipajang', 'Standar pelayanan dipajang', 'Foto papan standar pelayanan.'),
        item('maklumat-dipajang', 'Maklumat pelayanan dipajang', 'Foto maklumat.'),
        item('biaya-dipajang', 'Biaya/tarif dipajang (atau "gratis")', 'Foto informasi biaya.'),
        item('antrean-berjalan', 'Sistem antrean berjalan', 'Nomor antrean dipanggil berurutan.'),
        item('prioritas', 'Layanan prioritas bagi lansia, difabel, ibu hamil', 'Pengamatan loket prioritas.'),
        item('difabel', 'Sarana bagi penyandang disabilitas', 'Ramp, kursi roda, toilet difabel.'),
        item('kanal-pengaduan', 'Kanal pengaduan terlihat', 'Kotak saran, QR pengaduan, nomor WhatsApp.'),
        item('kebersihan', 'Gerai dan ruang tunggu bersih', 'Pengamatan; foto.'),
      ],
    },
  ],
  total: {
    min: 0,
    max: 100,
    decimals: 2,
    bands: [
      { min: 90, code: 'Baik', label: 'Baik', zone: 'green' },
      { min: 70, code: 'Perlu perbaikan', label: 'Perlu perbaikan', zone: 'yellow' },
      { min: 0, code: 'Buruk', label: 'Buruk', zone: 'red' },
    ],
  },
};
