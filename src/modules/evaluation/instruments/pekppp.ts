import type { DefinitionInput } from '../instrument.schema.ts';

/**
 * A PEKPPP-style instrument (Pemantauan dan Evaluasi Kinerja Penyelenggaraan Pelayanan Publik, PermenPAN-RB
 * 29/2022): six aspects with the regulation's weights, indicators scored 0–5, the index 0–5 and its categories.
 * The level texts paraphrase the regulation's scale (0 nothing … 5 also monitored, evaluated and improved).
 */
const scale = (texts: [string, string, string, string, string, string]) =>
  texts.map((description, value) => ({ value, label: String(value), description }));

export const pekppp: DefinitionInput = {
  name: 'Evaluasi Kinerja Penyelenggaraan Pelayanan Publik (PEKPPP)',
  description: 'Penilaian unit penyelenggara pelayanan publik pada enam aspek; indeks 0–5.',
  basis: 'PermenPAN-RB Nomor 29 Tahun 2022',
  aspects: [
    {
      id: 'kebijakan',
      name: 'Kebijakan Pelayanan',
      weight: '0.24',
      indicators: [
        {
          id: 'standar',
          name: 'Standar pelayanan',
          evidence: 'Dokumen standar pelayanan per layanan; bukti publikasi; bukti reviu berkala.',
          source: 'catalogue.standards',
          levels: scale([
            'Belum ada standar pelayanan.',
            'Standar pelayanan ada untuk sebagian layanan.',
            'Standar pelayanan mencakup seluruh 14 komponen untuk semua layanan.',
            'Standar pelayanan disusun dengan melibatkan masyarakat dan ditetapkan.',
            'Standar pelayanan dipublikasikan dan mudah diakses.',
            'Standar pelayanan dipantau, dievaluasi, dan direviu setiap tahun.',
          ]),
        },
        {
          id: 'maklumat',
          name: 'Maklumat pelayanan',
          evidence: 'Maklumat yang ditandatangani pimpinan; foto pemajangan di ruang layanan.',
          levels: scale([
            'Belum ada maklumat pelayanan.',
            'Maklumat disusun tetapi belum ditetapkan.',
            'Maklumat ditetapkan pimpinan.',
            'Maklumat dipajang di ruang layanan.',
            'Maklumat dipublikasikan di media daring.',
            'Pemenuhan maklumat dipantau dan dievaluasi.',
          ]),
        },
        {
          id: 'skm',
          name: 'Survei kepuasan masyarakat',
          evidence: 'Laporan SKM; rencana tindak lanjut; bukti publikasi hasil.',
          source: 'satisfaction.ikm',
          levels: scale([
            'Belum melakukan SKM.',
            'SKM dilakukan tidak sesuai ketentuan.',
            'SKM dilakukan sesuai PermenPAN-RB 14/2017.',
            'Hasil SKM dipublikasikan.',
            'Hasil SKM ditindaklanjuti.',
            'Tindak lanjut SKM dievaluasi dan IKM meningkat.',
          ]),
        },
      ],
    },
    {
      id: 'sdm',
      name: 'Profesionalisme Sumber Daya Manusia',
      weight: '0.25',
      indicators: [
        {
          id: 'kode-etik',
          name: 'Kode etik dan kode perilaku pelaksana',
          evidence: 'Dokumen kode etik; bukti sosialisasi; catatan penegakan.',
          levels: scale([
            'Belum ada kode etik.',
            'Kode etik disusun.',
            'Kode etik ditetapkan.',
            'Kode etik disosialisasikan kepada pelaksana.',
            'Kode etik dipajang dan dipatuhi.',
            'Kepatuhan dipantau; pelanggaran ditindak.',
          ]),
        },
        {
          id: 'budaya',
          name: 'Budaya pelayanan (sikap, kehadiran, ketepatan waktu)',
          evidence: 'Pengamatan; rekap kehadiran loket; jam buka loket.',
          source: 'floor.attendance',
          levels: scale([
            'Loket sering tidak dilayani pada jam layanan.',
            'Loket sering terlambat dibuka.',
            'Loket umumnya dibuka tepat waktu.',
            'Loket dibuka tepat waktu dan petugas berseragam serta bertanda nama.',
            'Seperti 3, dan pelayanan ramah serta sigap.',
            'Budaya pelayanan dipantau dan diperbaiki berkelanjutan.',
          ]),
        },
        {
          id: 'kompetensi',
          name: 'Peningkatan kompetensi pelaksana',
          evidence: 'Rencana dan bukti pelatihan pelayanan.',
          levels: scale([
            'Tidak ada pelatihan.',
            'Pelatihan sesekali.',
            'Pelatihan terencana.',
            'Sebagian besar pelaksana terlatih.',
            'Seluruh pelaksana terlatih.',
            'Dampak pelatihan dievaluasi.',
          ]),
        },
      ],
    },
    {
      id: 'sarpras',
      name: 'Sarana dan Prasarana',
      weight: '0.18',
      indicators: [
        {
          id: 'sarana',
          name: 'Sarana dan prasarana pelayanan',
          evidence: 'Pengamatan ruang tunggu, antrean, toilet, parkir.',
          levels: scale([
            'Tidak memadai.',
            'Sebagian kecil tersedia.',
            'Tersedia sebagian besar.',
            'Tersedia lengkap.',
            'Lengkap dan terawat.',
            'Dipantau dan ditingkatkan berdasarkan masukan.',
          ]),
        },
        {
          id: 'rentan',
          name: 'Sarana bagi kelompok rentan',
          evidence: 'Ramp, toilet difabel, kursi roda, loket prioritas, ruang laktasi.',
          levels: scale([
            'Tidak ada.',
            'Satu jenis sarana.',
            'Beberapa sarana.',
            'Sarana lengkap.',
            'Lengkap dan layanan prioritas berjalan.',
            'Dipantau dan ditingkatkan.',
          ]),
        },
      ],
    },
    {
      id: 'sipp',
      name: 'Sistem Informasi Pelayanan Publik',
      weight: '0.11',
      indicators: [
        {
          id: 'sistem-informasi',
          name: 'Sistem informasi pelayanan (elektronik dan nonelektronik)',
          evidence: 'Antrean daring, pelacakan berkas, informasi layanan daring.',
          source: 'requests.completion',
          levels: scale([
            'Tidak ada.',
            'Informasi nonelektronik saja.',
            'Informasi elektronik sebagian layanan.',
            'Informasi elektronik seluruh layanan.',
            'Terintegrasi dengan SP4N-LAPOR! dan pelacakan berkas.',
            'Dipantau dan dievaluasi.',
          ]),
        },
      ],
    },
    {
      id: 'pengaduan',
      name: 'Konsultasi dan Pengaduan',
      weight: '0.10',
      indicators: [
        {
          id: 'pengelolaan-pengaduan',
          name: 'Pengelolaan pengaduan',
          evidence: 'Kanal pengaduan; rekap pengaduan dan waktu tindak lanjut.',
          source: 'complaints.on_time',
          levels: scale([
            'Tidak ada kanal pengaduan.',
            'Kanal ada tetapi tidak dikelola.',
            'Pengaduan dicatat.',
            'Pengaduan ditindaklanjuti.',
            'Ditindaklanjuti tepat waktu.',
            'Dipantau, dievaluasi, dan dipublikasikan.',
          ]),
        },
      ],
    },
    {
      id: 'inovasi',
      name: 'Inovasi',
      weight: '0.12',
      indicators: [
        {
          id: 'inovasi',
          name: 'Inovasi pelayanan publik',
          evidence: 'Dokumen inovasi; bukti penerapan dan dampak.',
          levels: scale([
            'Tidak ada inovasi.',
            'Ide inovasi.',
            'Inovasi diuji coba.',
            'Inovasi diterapkan.',
            'Inovasi berdampak dan direplikasi.',
            'Inovasi berkelanjutan dan dievaluasi.',
          ]),
        },
      ],
    },
  ],
  total: {
    min: 0,
    max: 5,
    decimals: 2,
    bands: [
      { min: '4.51', code: 'A', label: 'Pelayanan Prima' },
      { min: '4.01', code: 'A-', label: 'Sangat Baik' },
      { min: '3.51', code: 'B', label: 'Baik' },
      { min: '3.01', code: 'B-', label: 'Baik (dengan catatan)' },
      { min: '2.51', code: 'C', label: 'Cukup' },
      { min: '2.01', code: 'C-', label: 'Cukup (dengan catatan)' },
      { min: '1.51', code: 'D', label: 'Buruk' },
      { min: '1.01', code: 'E', label: 'Sangat Buruk' },
      { min: 0, code: 'F', label: 'Gagal' },
    ],
  },
};
