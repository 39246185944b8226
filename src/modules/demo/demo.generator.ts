import type { CompletionUnit, ServiceStandardInput } from '../catalogue/catalogue.public.ts';
import type { DemoCategory } from './demo.services.common.data.ts';
import type { AgencyType, DemoAgency, DemoService } from './demo.types.ts';

/**
 * Extra services for benchmarks: a city MPP like Surabaya lists ~600 permits and documents, far more than the
 * hand-written catalogue. Each generated service is a plausible variant (new, renewal, change, replacement…) of a
 * permit or document that the agency really deals with, with a complete standard. Pure and deterministic: the same
 * count, agencies and seed always give the same services.
 */

type Requirement = ServiceStandardInput['requirements'][number];
type Fee = ServiceStandardInput['fee'];
type Rng = () => number;

/** mulberry32: tiny, fast, good enough for test data, and identical on every platform. */
function createRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function between(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** The first `n` items of a Fisher–Yates shuffle driven by `rng`. */
function sample<T>(rng: Rng, items: readonly T[], n: number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, n);
}

/** How a variant turns an object ("Izin Usaha Laundry") into a service name, and what it needs. */
type VariantKind =
  | 'plain'
  | 'new'
  | 'renew'
  | 'change'
  | 'replace'
  | 'legalize'
  | 'revoke'
  | 'reregister'
  | 'outreach'
  | 'collective'
  | 'consult'
  | 'complaint'
  | 'reduce'
  | 'objection'
  | 'installment'
  | 'refund';

const variantNames: Record<VariantKind, (object: string) => string> = {
  plain: (o) => o,
  new: (o) => `${o} Baru`,
  renew: (o) => `Perpanjangan ${o}`,
  change: (o) => `Perubahan ${o}`,
  replace: (o) => `Penggantian ${o} Hilang atau Rusak`,
  legalize: (o) => `Legalisasi ${o}`,
  revoke: (o) => `Pencabutan ${o}`,
  reregister: (o) => `Daftar Ulang ${o}`,
  outreach: (o) => `${o} (Layanan Jemput Bola)`,
  collective: (o) => `${o} secara Kolektif`,
  consult: (o) => `Konsultasi ${o}`,
  complaint: (o) => `Pengaduan ${o}`,
  reduce: (o) => `Pengurangan ${o}`,
  objection: (o) => `Keberatan atas Ketetapan ${o}`,
  installment: (o) => `Angsuran Pembayaran ${o}`,
  refund: (o) => `Pengembalian Kelebihan Pembayaran ${o}`,
};

const variantWords: Record<VariantKind, string[]> = {
  plain: [],
  new: ['baru', 'daftar'],
  renew: ['perpanjangan', 'perpanjang'],
  change: ['perubahan', 'ubah data'],
  replace: ['hilang', 'rusak', 'ganti'],
  legalize: ['legalisir', 'legalisasi'],
  revoke: ['pencabutan', 'tutup usaha'],
  reregister: ['daftar ulang', 'her registrasi'],
  outreach: ['jemput bola', 'layanan keliling'],
  collective: ['kolektif', 'rombongan'],
  consult: ['konsultasi', 'tanya'],
  complaint: ['pengaduan', 'komplain'],
  reduce: ['keringanan', 'pengurangan'],
  objection: ['keberatan', 'banding'],
  installment: ['angsuran', 'cicil'],
  refund: ['restitusi', 'kelebihan bayar'],
};

/** Steps and paperwork that come with a variant, on top of the pool's own. */
function variantRequirements(kind: VariantKind, object: string): Requirement[] {
  const doc = (name: string, description: string, mandatory = true): Requirement => ({
    name,
    description,
    isDocument: true,
    mandatory,
  });
  switch (kind) {
    case 'renew':
      return [doc(`${object} yang lama`, 'Asli; diajukan paling lambat 30 hari sebelum masa berlaku habis.')];
    case 'change':
      return [
        doc(`${object} yang berlaku`, 'Asli.'),
        doc(
          'Dokumen dasar perubahan',
          'Mis. akta perubahan, surat pindah alamat, atau SK penggantian penanggung jawab.',
        ),
      ];
    case 'replace':
      return [
        doc('Surat keterangan kehilangan dari Kepolisian', 'Untuk dokumen yang hilang.', false),
        doc(`${object} yang rusak`, 'Untuk dokumen yang rusak.', false),
      ];
    case 'legalize':
      return [
        doc(`${object} asli`, 'Untuk dicocokkan.'),
        doc('Fotokopi yang akan dilegalisasi', 'Paling banyak 5 lembar.'),
      ];
    case 'revoke':
      return [
        doc('Surat permohonan pencabutan', 'Dengan alasan.'),
        doc(`${object} asli`, 'Diserahkan kepada petugas.'),
      ];
    case 'collective':
      return [doc('Daftar nama peserta kolektif', 'Dari sekolah, perusahaan, RT/RW atau komunitas.')];
    case 'outreach':
      return [doc('Surat permohonan jemput bola', 'Dari kelurahan, panti, rumah sakit atau lembaga.')];
    case 'objection':
      return [
        doc('Surat keberatan dengan alasan', 'Diajukan paling lambat 3 bulan sejak ketetapan diterima.'),
      ];
    case 'reduce':
    case 'installment':
      return [doc('Surat permohonan dan bukti kondisi keuangan', 'Mis. surat keterangan penghasilan.')];
    case 'refund':
      return [
        doc('Bukti pembayaran', 'Asli.'),
        doc('Buku rekening tujuan pengembalian', 'Atas nama wajib pajak.'),
      ];
    case 'complaint':
      return [doc('Uraian pengaduan dan bukti pendukung', 'Foto, nota, atau tangkapan layar.')];
    default:
      return [];
  }
}

function variantSteps(kind: VariantKind, system: string): [string, string][] {
  const first: [string, string] = [
    'Pendaftaran',
    `Ambil antrean lalu serahkan berkas, atau ajukan melalui ${system}.`,
  ];
  const check: [string, string] = [
    'Verifikasi berkas',
    'Petugas memeriksa kelengkapan dan keabsahan dokumen.',
  ];
  switch (kind) {
    case 'legalize':
      return [
        first,
        ['Pencocokan', 'Fotokopi dicocokkan dengan dokumen asli.'],
        ['Pengesahan', 'Cap dan tanda tangan pejabat.'],
      ];
    case 'consult':
      return [
        first,
        ['Konsultasi', 'Petugas menjelaskan persyaratan dan langkah yang perlu ditempuh.'],
        ['Tindak lanjut', 'Rujukan ke layanan yang tepat dicatat.'],
      ];
    case 'complaint':
      return [
        ['Penerimaan pengaduan', 'Pengaduan dicatat dan diberi nomor tiket.'],
        ['Penelusuran', 'Unit terkait menelusuri masalah.'],
        ['Jawaban', 'Hasil penanganan disampaikan kepada pengadu.'],
      ];
    case 'outreach':
      return [
        first,
        ['Penjadwalan', 'Petugas menjadwalkan kunjungan ke lokasi pemohon.'],
        check,
        ['Pelayanan di lokasi', 'Perekaman/penyerahan dilakukan di tempat.'],
      ];
    default:
      return [
        first,
        check,
        ['Pemrosesan', `Permohonan diproses dalam ${system}.`],
        ['Penerbitan', 'Produk layanan diterbitkan dan diserahkan.'],
      ];
  }
}

function variantProduct(kind: VariantKind, object: string): string {
  switch (kind) {
    case 'renew':
      return `${object} yang diperpanjang`;
    case 'change':
      return `${object} hasil perubahan`;
    case 'replace':
      return `${object} pengganti`;
    case 'legalize':
      return `Fotokopi ${object} yang telah dilegalisasi`;
    case 'revoke':
      return `Keputusan pencabutan ${object}`;
    case 'consult':
      return 'Catatan konsultasi dan rujukan tindak lanjut';
    case 'complaint':
      return 'Jawaban tertulis atas pengaduan dengan nomor tiket';
    case 'reduce':
    case 'objection':
    case 'installment':
    case 'refund':
      return `Surat keputusan atas permohonan ${variantNames[kind](object).toLowerCase()}`;
    default:
      return object;
  }
}

/** One permit or document and the variants that make sense for it ("Perpanjangan Akta Kelahiran" does not). */
interface Item {
  name: string;
  kinds: VariantKind[];
}

function items(kinds: VariantKind[], ...names: string[]): Item[] {
  return names.map((name) => ({ name, kinds }));
}

/** Services an agency deals with, and the basis of their standards. */
interface Pool {
  category: DemoCategory;
  items: Item[];
  /** Applicant qualifiers that multiply licensing names ("… untuk Badan Usaha"); '' is the plain name. */
  subjects?: string[];
  /** Documents commonly asked in addition to the applicant's KTP-el. */
  docs: [string, string][];
  /** Where the request is processed, e.g. 'OSS RBA' or 'SIAK Terpusat'. */
  system: string;
  legal: string[];
  time: { unit: CompletionUnit; min: number; max: number };
  /** Rupiah range when paid; `paidShare` of the pool's services carry a charge. */
  fee: { paidShare: number; min: number; max: number; basis: string };
}

const UU_PELAYANAN_PUBLIK = 'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik';
const PP_PBBR =
  'Peraturan Pemerintah Nomor 28 Tahun 2025 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko';
const UU_HKPD =
  'Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah';
const PERDA_PDRD = 'Peraturan Daerah tentang Pajak Daerah dan Retribusi Daerah';
const UU_ADMINDUK =
  'Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2006 tentang ' +
  'Administrasi Kependudukan';
const PERPRES_96 =
  'Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil';
const UU_KESEHATAN = 'Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan';
const UU_LLAJ = 'Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan';
const UU_P2SK = 'Undang-Undang Nomor 4 Tahun 2023 tentang Pengembangan dan Penguatan Sektor Keuangan';
const POJK_KONSUMEN =
  'Peraturan OJK Nomor 22 Tahun 2023 tentang Pelindungan Konsumen dan Masyarakat di Sektor Jasa Keuangan';
const UU_BPJS = 'Undang-Undang Nomor 24 Tahun 2011 tentang Badan Penyelenggara Jaminan Sosial';
const UU_KONSUMEN = 'Undang-Undang Nomor 8 Tahun 1999 tentang Perlindungan Konsumen';
const NO_FEE = { paidShare: 0, min: 0, max: 0, basis: 'Tidak dipungut biaya' };

const LICENCE: VariantKind[] = ['new', 'renew', 'change', 'replace', 'revoke', 'consult'];
const ONE_OFF: VariantKind[] = ['plain', 'consult'];
const REGISTRATION: VariantKind[] = ['plain', 'change', 'consult'];

const licensingPool: Pool = {
  category: 'Perizinan Berusaha',
  items: [
    ...items(
      LICENCE,
      'Izin Usaha Laundry',
      'Sertifikat Standar Usaha Salon Kecantikan',
      'Sertifikat Standar Usaha Jasa Boga',
      'Sertifikat Standar Depot Air Minum',
      'Tanda Daftar Usaha Rumah Kos',
      'Izin Operasional Optikal',
      'Izin Operasional Laboratorium Klinik',
      'Izin Toko Obat',
      'Izin Usaha Peternakan Unggas',
      'Izin Usaha Rumah Potong Hewan',
      'Izin Penyelenggaraan Tempat Penitipan Anak',
      'Sertifikat Standar Usaha Pergudangan',
      'Izin Usaha Perikanan Budi Daya',
      'Sertifikat Standar Usaha Penginapan',
      'Sertifikat Standar Usaha Bengkel Kendaraan',
      'Sertifikat Standar Usaha Pangkas Rambut',
      'Sertifikat Standar Usaha Kolam Renang',
      'Izin Pemasangan Menara Telekomunikasi',
      'Izin Pengambilan Air Tanah',
    ),
    ...items(
      ['new', 'renew', 'change', 'replace'],
      'Surat Izin Praktik Fisioterapis',
      'Surat Izin Praktik Psikolog Klinis',
      'Surat Izin Praktik Tenaga Teknis Kefarmasian',
      'Surat Izin Praktik Dokter Spesialis',
    ),
    ...items(
      ONE_OFF,
      'Izin Penyelenggaraan Pameran',
      'Izin Penggunaan Ruang Milik Jalan',
      'Izin Penyelenggaraan Reklame Insidentil',
      'Izin Pemasangan Jaringan Utilitas Bawah Tanah',
    ),
  ],
  subjects: ['', '', '', ' untuk Perorangan', ' untuk Badan Usaha', ' bagi Usaha Mikro'],
  docs: [
    ['NIB', 'Terbit di OSS RBA.'],
    ['Denah lokasi dan foto tempat usaha', 'Tampak depan dan dalam.'],
    ['Bukti penguasaan tempat', 'Sertipikat, akta jual beli atau perjanjian sewa.'],
    ['Persetujuan lingkungan (SPPL)', 'Sesuai jenis kegiatan.'],
    ['Surat pernyataan pemenuhan standar', 'Bermeterai.'],
    ['Rekomendasi teknis dinas terkait', 'Bila dipersyaratkan.'],
  ],
  system: 'OSS RBA atau aplikasi perizinan kota',
  legal: ['Undang-Undang Nomor 6 Tahun 2023 tentang Cipta Kerja', PP_PBBR, UU_HKPD],
  time: { unit: 'working_days', min: 3, max: 14 },
  fee: { ...NO_FEE, basis: 'UU 1/2022: perizinan ini tidak termasuk objek retribusi daerah' },
};

const bankPool: Pool = {
  category: 'Perbankan dan Keuangan',
  items: [
    ...items(
      ['plain', 'consult', 'complaint'],
      'Pembukaan Rekening Giro Badan Usaha',
      'Pembukaan Deposito Berjangka',
      'Pengajuan Kartu Kredit',
      'Pengajuan Kredit Pemilikan Rumah',
      'Pengajuan Kredit Multiguna ASN',
      'Pengajuan Kredit Modal Kerja',
    ),
    ...items(
      ['plain'],
      'Aktivasi Mobile Banking',
      'Pembukaan Rekening Tabungan Pelajar',
      'Pembukaan Rekening Payroll',
      'Pemblokiran Rekening',
      'Pencetakan Rekening Koran',
      'Penggantian Buku Tabungan',
    ),
  ],
  docs: [
    ['NPWP', 'Untuk produk tertentu.'],
    ['Slip gaji atau laporan keuangan usaha', 'Untuk produk kredit.'],
    ['Buku tabungan', 'Untuk nasabah lama.'],
  ],
  system: 'sistem inti perbankan',
  legal: [UU_P2SK, POJK_KONSUMEN],
  time: { unit: 'minutes', min: 15, max: 60 },
  fee: { paidShare: 0.3, min: 5_000, max: 150_000, basis: 'Ketentuan biaya produk bank' },
};

const corporatePool: Pool = {
  category: 'Perbankan dan Keuangan',
  items: [
    ...items(
      ['plain', 'consult'],
      'Program Kemitraan Usaha Mikro',
      'Pengajuan Kerja Sama Badan Usaha',
      'Berlangganan Layanan Korporat',
    ),
    ...items(
      ['plain'],
      'Pembayaran Tagihan',
      'Perubahan Data Pelanggan',
      'Aktivasi Aplikasi Layanan Digital',
    ),
    ...items(['complaint'], 'Tagihan Pelanggan', 'Kualitas Layanan', 'Penyalahgunaan Data Pelanggan'),
  ],
  docs: [
    ['Nomor pelanggan atau kontrak', 'Bila ada.'],
    ['NIB', 'Untuk pelanggan badan usaha.'],
  ],
  system: 'sistem layanan pelanggan',
  legal: [UU_KONSUMEN, UU_PELAYANAN_PUBLIK],
  time: { unit: 'minutes', min: 10, max: 45 },
  fee: NO_FEE,
};

const legalPool: Pool = {
  category: 'Hukum dan Peradilan',
  items: [
    ...items(
      ['plain', 'consult'],
      'Permohonan Dispensasi Kawin',
      'Permohonan Itsbat Nikah',
      'Permohonan Penetapan Ahli Waris',
      'Permohonan Penetapan Perwalian Anak',
      'Permohonan Penetapan Asal Usul Anak',
      'Gugatan Harta Bersama',
    ),
    ...items(
      ['plain'],
      'Pengambilan Salinan Penetapan',
      'Legalisasi Salinan Putusan',
      'Pengambilan Sisa Panjar Biaya Perkara',
    ),
  ],
  docs: [
    ['Kartu Keluarga', 'Asli.'],
    ['Dokumen perkara', 'Buku nikah, akta kelahiran, akta kematian atau bukti lain sesuai permohonan.'],
  ],
  system: 'aplikasi layanan perkara',
  legal: ['Undang-Undang Nomor 48 Tahun 2009 tentang Kekuasaan Kehakiman', UU_PELAYANAN_PUBLIK],
  time: { unit: 'working_days', min: 1, max: 10 },
  fee: { paidShare: 0.3, min: 10_000, max: 100_000, basis: 'Ketentuan PNBP/biaya layanan yang berlaku' },
};

const prosecutorPool: Pool = {
  category: 'Hukum dan Peradilan',
  items: [
    ...items(
      ['plain', 'consult'],
      'Pengembalian Barang Bukti Perkara Pidana',
      'Pendampingan Hukum Perdata bagi Instansi',
      'Penyuluhan Hukum Sekolah (Jaksa Masuk Sekolah)',
      'Informasi Jadwal Sidang Perkara Pidana',
      'Pengambilan Barang Bukti Tilang Elektronik',
    ),
    ...items(['complaint'], 'Penyalahgunaan Dana Desa', 'Dugaan Tindak Pidana Korupsi'),
  ],
  docs: [
    ['Surat permohonan', 'Memuat nomor perkara bila ada.'],
    ['Surat kuasa', 'Bila diwakilkan.'],
  ],
  system: 'aplikasi layanan Kejaksaan',
  legal: [
    'Undang-Undang Nomor 11 Tahun 2021 tentang Perubahan atas Undang-Undang Nomor 16 Tahun 2004 tentang Kejaksaan',
    UU_PELAYANAN_PUBLIK,
  ],
  time: { unit: 'working_days', min: 1, max: 7 },
  fee: NO_FEE,
};

const counselPool: Pool = {
  category: 'Hukum dan Peradilan',
  items: items(
    ['consult'],
    'Perjanjian Sewa Menyewa',
    'Perjanjian Utang Piutang',
    'Sengketa Tanah Waris',
    'Pendirian Yayasan',
    'Pendirian Perkumpulan',
    'Hibah kepada Anak',
    'Wasiat dan Pembagian Warisan',
    'Perjanjian Kerja',
    'Hak Asuh Anak',
  ),
  docs: [['Dokumen terkait masalah hukum', 'Perjanjian, sertipikat, surat atau putusan.']],
  system: 'layanan konsultasi gerai',
  legal: ['Undang-Undang Nomor 16 Tahun 2011 tentang Bantuan Hukum', UU_PELAYANAN_PUBLIK],
  time: { unit: 'minutes', min: 30, max: 60 },
  fee: NO_FEE,
};

const utilityPool: Pool = {
  category: 'Utilitas',
  items: [
    ...items(
      ['plain', 'consult', 'complaint'],
      'Sambungan Air untuk Rumah Ibadah',
      'Penggantian Meter Air',
      'Pemeriksaan Kebocoran Instalasi',
      'Layanan Lumpur Tinja Terjadwal',
      'Pengiriman Air Tangki',
      'Sambungan Air untuk Kawasan Perumahan',
    ),
    ...items(['plain'], 'Perubahan Golongan Tarif', 'Pemutusan Sambungan atas Permintaan Pelanggan'),
  ],
  docs: [
    ['Nomor pelanggan', 'Tertera di rekening.'],
    ['Bukti kepemilikan bangunan', 'Untuk sambungan dan perubahan golongan.'],
  ],
  system: 'aplikasi layanan pelanggan',
  legal: [
    'Peraturan Pemerintah Nomor 122 Tahun 2015 tentang Sistem Penyediaan Air Minum',
    UU_PELAYANAN_PUBLIK,
  ],
  time: { unit: 'working_days', min: 1, max: 7 },
  fee: {
    paidShare: 0.5,
    min: 25_000,
    max: 500_000,
    basis: 'Keputusan Direksi tentang biaya layanan pelanggan',
  },
};

const byCode: Record<string, Pool> = {
  DPMPTSP: licensingPool,
  DISPENDUKCAPIL: {
    category: 'Kependudukan',
    items: [
      ...items(
        ['plain', 'consult'],
        'Pencatatan Pengangkatan Anak',
        'Pencatatan Pembatalan Perkawinan',
        'Pencatatan Kelahiran di Luar Negeri',
        'Pencatatan Kematian di Luar Negeri',
        'Pencatatan Perubahan Kewarganegaraan',
        'Pencatatan Pengesahan Anak',
        'Surat Keterangan Pindah ke Luar Negeri',
        'Surat Keterangan Datang dari Luar Negeri',
        'Pencatatan Perubahan Jenis Kelamin',
      ),
      ...items(
        ['plain', 'outreach', 'collective'],
        'Perekaman KTP-el Pemilih Pemula',
        'Perekaman KTP-el Penyandang Disabilitas',
        'Kartu Identitas Anak Siswa Sekolah Dasar',
        'Pendataan Penduduk Rentan Administrasi Kependudukan',
        'Akta Kelahiran Penghuni Panti Asuhan',
      ),
      ...items(['plain', 'legalize'], 'Kutipan Kedua Akta Kelahiran', 'Kutipan Kedua Akta Kematian'),
    ],
    docs: [
      ['Kartu Keluarga', 'Asli atau cetak ber-TTE.'],
      ['Formulir F-2.01 atau F-1.02', 'Diisi dan ditandatangani pemohon.'],
      [
        'Dokumen dasar peristiwa',
        'Penetapan pengadilan, surat dari perwakilan RI, atau dokumen autentik lain.',
      ],
    ],
    system: 'SIAK Terpusat',
    legal: [UU_ADMINDUK, PERPRES_96],
    time: { unit: 'working_days', min: 1, max: 3 },
    fee: { ...NO_FEE, basis: 'Pasal 79A UU 24/2013: dokumen kependudukan tidak dipungut biaya' },
  },
  BAPENDA: {
    category: 'Pajak Daerah',
    items: items(
      ['reduce', 'objection', 'installment', 'refund', 'consult'],
      'Pajak Air Tanah',
      'Pajak Reklame',
      'PBJT atas Makanan dan Minuman',
      'PBJT atas Jasa Perhotelan',
      'PBJT atas Jasa Parkir',
      'PBJT atas Jasa Kesenian dan Hiburan',
      'PBB-P2 Fasilitas Umum',
      'BPHTB Hibah Wasiat',
      'Pajak Sarang Burung Walet',
      'Retribusi Pemakaian Kekayaan Daerah',
    ),
    docs: [
      ['Surat ketetapan pajak daerah', 'SKPD/SPPT yang dimohonkan.'],
      ['NPWPD atau NOP', 'Identitas objek pajak.'],
    ],
    system: 'aplikasi pajak daerah',
    legal: [
      UU_HKPD,
      'Peraturan Pemerintah Nomor 35 Tahun 2023 tentang Ketentuan Umum Pajak Daerah dan Retribusi Daerah',
    ],
    time: { unit: 'working_days', min: 5, max: 30 },
    fee: { ...NO_FEE, basis: 'Layanan administrasi pajak daerah tidak dipungut biaya' },
  },
  DISHUB: {
    category: 'Perhubungan',
    items: [
      ...items(
        ['new', 'renew', 'change', 'replace'],
        'Kartu Pengawasan Angkutan Sewa Khusus',
        'Kartu Pengawasan Angkutan Antar Jemput',
        'Izin Operasional Bengkel Umum Kendaraan',
      ),
      ...items(
        ONE_OFF,
        'Izin Insidentil Angkutan Pariwisata',
        'Rekomendasi Pemasangan Rambu Lalu Lintas',
        'Izin Bongkar Muat Barang',
        'Izin Penutupan Jalan Sementara',
        'Persetujuan Penggunaan Jalan untuk Kegiatan',
      ),
    ],
    docs: [
      ['STNK kendaraan', 'Asli dan fotokopi.'],
      ['Surat permohonan', 'Memuat waktu dan lokasi kegiatan.'],
      ['Kartu uji berkala (BLU-e)', 'Untuk angkutan umum.'],
    ],
    system: 'aplikasi perizinan perhubungan',
    legal: [UU_LLAJ, 'Peraturan Pemerintah Nomor 30 Tahun 2021 tentang Penyelenggaraan Bidang LLAJ'],
    time: { unit: 'working_days', min: 1, max: 7 },
    fee: { paidShare: 0.3, min: 25_000, max: 150_000, basis: PERDA_PDRD },
  },
  DINKES: {
    category: 'Kesehatan',
    items: [
      ...items(
        ['new', 'renew', 'change', 'replace'],
        'Surat Izin Praktik Terapis Gigi dan Mulut',
        'Surat Izin Praktik Nutrisionis',
        'Surat Izin Praktik Radiografer',
        'Surat Izin Praktik Perekam Medis',
        'Sertifikat Laik Higiene Sanitasi Rumah Makan',
        'Sertifikat Laik Higiene Sanitasi Jasa Boga',
        'Izin Operasional Klinik Utama',
      ),
      ...items(
        ONE_OFF,
        'Sertifikat Pelatihan Penjamah Pangan',
        'Rekomendasi Pengobatan Tradisional Komplementer',
      ),
    ],
    docs: [
      ['Surat Tanda Registrasi (STR)', 'Untuk tenaga kesehatan.'],
      ['Surat keterangan tempat praktik/usaha', 'Dari pimpinan fasilitas.'],
      ['Pasfoto 4x6 cm', '2 lembar.'],
    ],
    system: 'aplikasi perizinan kesehatan',
    legal: [
      UU_KESEHATAN,
      'Peraturan Pemerintah Nomor 28 Tahun 2024 tentang Peraturan Pelaksanaan UU 17/2023',
    ],
    time: { unit: 'working_days', min: 5, max: 14 },
    fee: { ...NO_FEE, basis: 'UU 1/2022: tidak termasuk objek retribusi daerah' },
  },
  DINSOS: {
    category: 'Sosial',
    items: [
      ...items(
        ['plain', 'renew', 'consult'],
        'Rekomendasi Pengumpulan Uang atau Barang',
        'Surat Keterangan Terdaftar Lembaga Kesejahteraan Sosial',
      ),
      ...items(
        ['plain', 'consult', 'complaint'],
        'Rekomendasi Pengangkatan Anak',
        'Rekomendasi Bantuan Korban Bencana',
        'Rekomendasi Rehabilitasi Sosial Penyandang Disabilitas',
        'Program Keluarga Harapan',
        'Bantuan Permakanan Lanjut Usia',
      ),
      ...items(['plain', 'outreach'], 'Pendataan Lanjut Usia Terlantar', 'Pendataan Anak Jalanan'),
    ],
    docs: [
      ['Kartu Keluarga', 'Asli.'],
      ['Surat pengantar RT/RW dan kelurahan', 'Asli.'],
    ],
    system: 'SIKS-NG',
    legal: [
      'Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial',
      'Undang-Undang Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin',
    ],
    time: { unit: 'working_days', min: 3, max: 14 },
    fee: NO_FEE,
  },
  DISNAKER: {
    category: 'Ketenagakerjaan',
    items: [
      ...items(
        REGISTRATION,
        'Pencatatan Perjanjian Kerja Waktu Tertentu',
        'Pencatatan Serikat Pekerja',
        'Pencatatan Perjanjian Pemborongan Pekerjaan',
        'Tanda Daftar Lembaga Pelatihan Kerja',
        'Pencatatan Pelaksanaan Pemagangan',
      ),
      ...items(ONE_OFF, 'Pendaftaran Pelatihan Berbasis Kompetensi', 'Pendaftaran Bursa Kerja'),
    ],
    docs: [
      ['NIB perusahaan', 'Terbit di OSS.'],
      ['Surat permohonan pimpinan perusahaan', 'Asli.'],
    ],
    system: 'SIAPkerja',
    legal: [
      'Undang-Undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan sebagaimana telah diubah dengan UU 6/2023',
    ],
    time: { unit: 'working_days', min: 3, max: 7 },
    fee: NO_FEE,
  },
  DLH: {
    category: 'Lingkungan Hidup',
    items: [
      ...items(
        ['new', 'change', 'consult'],
        'Persetujuan Teknis Emisi',
        'Surat Kelayakan Operasional Pengolahan Air Limbah',
        'Persetujuan Teknis Pengelolaan Limbah B3',
        'Izin Pengelolaan Sampah Kawasan',
      ),
      ...items(ONE_OFF, 'Rekomendasi Penebangan Pohon', 'Layanan Angkutan Sampah Kegiatan'),
      ...items(['complaint'], 'Kebisingan Usaha', 'Pembakaran Sampah', 'Limbah Cair Usaha'),
    ],
    docs: [
      ['Kajian teknis', 'Disusun tenaga ahli.'],
      ['Persetujuan lingkungan', 'Yang berlaku.'],
    ],
    system: 'AMDALNET/OSS',
    legal: [
      'Undang-Undang Nomor 32 Tahun 2009 tentang Perlindungan dan Pengelolaan Lingkungan Hidup',
      'Peraturan Pemerintah Nomor 22 Tahun 2021',
    ],
    time: { unit: 'working_days', min: 5, max: 20 },
    fee: NO_FEE,
  },
  DISDAG: {
    category: 'Perdagangan',
    items: [
      ...items(
        ['plain', 'consult'],
        'Tera Ulang Pompa Ukur BBM',
        'Tera Ulang Meter Air',
        'Tera Ulang Timbangan Jembatan',
        'Tera Ulang Meter Taksi',
        'Tera Ulang Timbangan Elektronik Toko',
      ),
      ...items(['new', 'change', 'consult'], 'Tanda Daftar Gudang', 'Rekomendasi Pendirian Pasar Rakyat'),
    ],
    docs: [
      ['Formulir permohonan', 'Memuat jenis, merek, kapasitas UTTP atau lokasi.'],
      ['NIB', 'Untuk pelaku usaha.'],
    ],
    system: 'aplikasi metrologi legal',
    legal: ['Undang-Undang Nomor 2 Tahun 1981 tentang Metrologi Legal', PP_PBBR],
    time: { unit: 'working_days', min: 1, max: 5 },
    fee: { paidShare: 0.6, min: 10_000, max: 250_000, basis: PERDA_PDRD },
  },
  DISPENDIK: {
    category: 'Pendidikan',
    items: [
      ...items(
        ['new', 'renew', 'change'],
        'Izin Operasional Lembaga Kursus dan Pelatihan',
        'Izin Operasional Pusat Kegiatan Belajar Masyarakat',
        'Izin Operasional Sekolah Dasar Swasta',
      ),
      ...items(['plain', 'legalize'], 'Surat Keterangan Lulus Pengganti', 'Rapor Sekolah yang Sudah Tutup'),
    ],
    docs: [
      ['Surat permohonan', 'Dari pemohon atau yayasan.'],
      ['Data pendidik dan sarana', 'Untuk izin satuan pendidikan.'],
    ],
    system: 'Dapodik dan aplikasi layanan dinas',
    legal: ['Undang-Undang Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional'],
    time: { unit: 'working_days', min: 1, max: 20 },
    fee: NO_FEE,
  },
  DINKOPUMKM: {
    category: 'Koperasi dan UMKM',
    items: items(
      ONE_OFF,
      'Pendampingan Pendaftaran Merek UMKM',
      'Kurasi Produk UMKM',
      'Pelatihan Kewirausahaan',
      'Penilaian Kesehatan Koperasi Simpan Pinjam',
      'Rekomendasi Pembukaan Kantor Cabang Koperasi',
      'Fasilitasi Pameran Produk UMKM',
      'Pendampingan Pemasaran Digital UMKM',
    ),
    docs: [
      ['NIB', 'Terbit di OSS.'],
      ['Profil usaha atau koperasi', 'Termasuk foto produk.'],
    ],
    system: 'basis data UMKM',
    legal: [
      'Peraturan Pemerintah Nomor 7 Tahun 2021 tentang Kemudahan, Pelindungan, dan Pemberdayaan Koperasi dan UMKM',
    ],
    time: { unit: 'working_days', min: 1, max: 10 },
    fee: NO_FEE,
  },
  POLRESTABES: {
    category: 'Kepolisian',
    items: [
      ...items(['new', 'renew', 'replace'], 'SIM C I', 'SIM B II Umum', 'SIM A Umum', 'SIM Internasional'),
      ...items(
        ['plain'],
        'Surat Tanda Terima Pemberitahuan Kegiatan Masyarakat',
        'Surat Keterangan Lapor Diri Orang Asing',
        'Rekomendasi Izin Penggunaan Kembang Api',
      ),
    ],
    docs: [
      ['Surat keterangan sehat jasmani', 'Untuk layanan SIM.'],
      ['Surat lulus tes psikologi', 'Untuk layanan SIM.'],
      ['Pasfoto 4x6 cm', '2 lembar.'],
    ],
    system: 'aplikasi pelayanan Polri',
    legal: [
      'Undang-Undang Nomor 2 Tahun 2002 tentang Kepolisian Negara Republik Indonesia',
      'Peraturan Pemerintah Nomor 76 Tahun 2020 tentang PNBP Polri',
    ],
    time: { unit: 'minutes', min: 30, max: 120 },
    fee: {
      paidShare: 0.7,
      min: 30_000,
      max: 250_000,
      basis: 'Peraturan Pemerintah Nomor 76 Tahun 2020 tentang PNBP Polri',
    },
  },
  IMIGRASI: {
    category: 'Keimigrasian',
    items: [
      ...items(
        ['plain', 'consult'],
        'Paspor Anak',
        'Paspor untuk Pekerja Migran Indonesia',
        'Paspor Jemaah Umrah',
        'Paspor Pelajar Program Pertukaran',
      ),
      ...items(['plain'], 'Surat Perjalanan Laksana Paspor', 'Perubahan Data Nama pada Paspor (Endorsement)'),
    ],
    docs: [
      ['Kartu Keluarga', 'Asli.'],
      ['Akta kelahiran', 'Asli.'],
      ['Surat rekomendasi instansi terkait', 'Untuk pekerja migran, pelajar atau jemaah.'],
    ],
    system: 'aplikasi M-Paspor',
    legal: [
      'Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian',
      'Peraturan Pemerintah Nomor 45 Tahun 2024',
    ],
    time: { unit: 'working_days', min: 3, max: 5 },
    fee: {
      paidShare: 0.8,
      min: 100_000,
      max: 650_000,
      basis: 'Peraturan Pemerintah Nomor 45 Tahun 2024 tentang PNBP',
    },
  },
  KPP: {
    category: 'Perpajakan',
    items: items(
      ['plain', 'consult'],
      'Surat Keterangan Bebas Pemotongan PPh',
      'Pemindahbukuan Pembayaran Pajak',
      'Pengembalian Pendahuluan Kelebihan Pajak',
      'Penghapusan NPWP',
      'Pencabutan Pengukuhan PKP',
      'Perubahan Data Wajib Pajak',
      'Penundaan Penyampaian SPT Tahunan',
      'Pengurangan Sanksi Administrasi Pajak',
    ),
    docs: [
      ['Formulir permohonan', 'Diisi di Coretax DJP.'],
      ['Dokumen pendukung', 'Sesuai jenis permohonan.'],
    ],
    system: 'Coretax DJP',
    legal: [
      'Undang-Undang Nomor 6 Tahun 1983 tentang KUP beserta perubahannya',
      'Peraturan Menteri Keuangan Nomor 81 Tahun 2024',
    ],
    time: { unit: 'working_days', min: 3, max: 20 },
    fee: { ...NO_FEE, basis: 'Layanan perpajakan tidak dipungut biaya' },
  },
  BPN: {
    category: 'Pertanahan',
    items: items(
      ['plain', 'consult'],
      'Pemecahan Bidang Tanah',
      'Penggabungan Bidang Tanah',
      'Perubahan Hak Guna Bangunan menjadi Hak Milik',
      'Perpanjangan Hak Guna Bangunan',
      'Pengukuran Ulang Bidang Tanah',
      'Pencatatan Blokir Sertipikat',
      'Informasi Zona Nilai Tanah',
      'Alih Media Sertipikat Elektronik',
    ),
    docs: [
      ['Sertipikat asli', 'Yang dimohonkan.'],
      ['SPPT PBB-P2 tahun berjalan', 'Fotokopi.'],
    ],
    system: 'Komputerisasi Kegiatan Pertanahan (KKP)',
    legal: [
      'Peraturan Pemerintah Nomor 24 Tahun 1997 tentang Pendaftaran Tanah',
      'Peraturan Pemerintah Nomor 128 Tahun 2015 tentang PNBP ATR/BPN',
    ],
    time: { unit: 'working_days', min: 5, max: 30 },
    fee: {
      paidShare: 0.9,
      min: 50_000,
      max: 500_000,
      basis: 'Peraturan Pemerintah Nomor 128 Tahun 2015 tentang PNBP ATR/BPN',
    },
  },
  KEMENAG: {
    category: 'Keagamaan',
    items: [
      ...items(
        ['new', 'renew', 'consult'],
        'Izin Operasional Madrasah Diniyah',
        'Surat Keterangan Terdaftar Majelis Taklim',
        'Izin Operasional Taman Pendidikan Al-Qur’an',
      ),
      ...items(
        ['plain', 'consult'],
        'Rekomendasi Pendirian Rumah Ibadat',
        'Pembatalan Porsi Haji',
        'Pelimpahan Porsi Haji',
        'Pendaftaran Bimbingan Perkawinan',
      ),
    ],
    docs: [
      ['Surat permohonan', 'Dari pengurus atau pemohon.'],
      ['Akta/susunan pengurus lembaga', 'Bila pemohon lembaga.'],
    ],
    system: 'aplikasi layanan Kemenag',
    legal: [
      'Undang-Undang Nomor 8 Tahun 2019 tentang Penyelenggaraan Ibadah Haji dan Umrah',
      UU_PELAYANAN_PUBLIK,
    ],
    time: { unit: 'working_days', min: 3, max: 14 },
    fee: NO_FEE,
  },
  BPOM: {
    category: 'Kesehatan',
    items: items(
      ['consult', 'complaint'],
      'Registrasi Obat Tradisional',
      'Notifikasi Kosmetika Produksi UMK',
      'Izin Edar Suplemen Kesehatan',
      'Label Pangan Olahan',
      'Iklan Obat dan Makanan',
    ),
    docs: [['NIB dan rancangan label', 'Untuk konsultasi produk.']],
    system: 'e-registration BPOM',
    legal: ['Undang-Undang Nomor 18 Tahun 2012 tentang Pangan', UU_KESEHATAN],
    time: { unit: 'minutes', min: 20, max: 45 },
    fee: NO_FEE,
  },
  SAMSAT: {
    category: 'Kendaraan Bermotor',
    items: [
      ...items(['replace'], 'BPKB', 'STNK Kendaraan Dinas', 'TNKB'),
      ...items(
        ['plain'],
        'Pendaftaran Kendaraan Listrik Baru',
        'Nomor Registrasi Pilihan (TNKB Pilihan)',
        'Pendaftaran Kendaraan Ubah Bentuk',
        'Perubahan Warna Kendaraan',
        'Penerbitan BPKB Kendaraan Baru',
        'Pendaftaran Kendaraan Hasil Lelang',
      ),
    ],
    docs: [
      ['STNK dan BPKB asli', 'Sesuai layanan.'],
      ['Hasil cek fisik kendaraan', 'Gesekan nomor rangka dan mesin.'],
    ],
    system: 'sistem Samsat',
    legal: [
      UU_LLAJ,
      'Peraturan Kepolisian Nomor 7 Tahun 2021 tentang Registrasi dan Identifikasi Kendaraan Bermotor',
    ],
    time: { unit: 'working_days', min: 1, max: 14 },
    fee: {
      paidShare: 0.9,
      min: 60_000,
      max: 375_000,
      basis: 'Peraturan Pemerintah Nomor 76 Tahun 2020 tentang PNBP Polri',
    },
  },
  BPJSKES: {
    category: 'Jaminan Sosial',
    items: [
      ...items(
        ['plain', 'collective', 'consult'],
        'Pendaftaran Peserta Pekerja Penerima Upah',
        'Pendaftaran Peserta PBPU Pemerintah Daerah',
      ),
      ...items(
        ['plain', 'consult', 'complaint'],
        'Penonaktifan Peserta Meninggal',
        'Penjaminan Korban Kecelakaan Lalu Lintas',
        'Pelayanan Obat Program Rujuk Balik',
      ),
    ],
    docs: [
      ['Kartu Keluarga', 'Asli.'],
      ['Nomor kartu JKN', 'Atau tampilkan Mobile JKN.'],
    ],
    system: 'Mobile JKN',
    legal: [UU_BPJS, 'Peraturan Presiden Nomor 82 Tahun 2018 tentang Jaminan Kesehatan beserta perubahannya'],
    time: { unit: 'minutes', min: 10, max: 45 },
    fee: { ...NO_FEE, basis: 'Layanan administrasi BPJS tidak dipungut biaya' },
  },
  BPJSTK: {
    category: 'Jaminan Sosial',
    items: [
      ...items(
        ['plain', 'consult'],
        'Klaim Jaminan Pensiun',
        'Klaim JHT Sebagian 10 Persen',
        'Klaim JHT Sebagian 30 Persen untuk Perumahan',
        'Klaim Beasiswa Anak Peserta',
      ),
      ...items(
        ['plain', 'collective'],
        'Kepesertaan Pekerja Jasa Konstruksi',
        'Kepesertaan Pekerja Migran Indonesia',
        'Kepesertaan Pekerja Rentan',
      ),
    ],
    docs: [
      ['Kartu peserta atau nomor KPJ', 'Atau tampilkan JMO.'],
      ['Buku tabungan atas nama peserta', 'Untuk klaim.'],
    ],
    system: 'aplikasi JMO',
    legal: [
      UU_BPJS,
      'Peraturan Pemerintah Nomor 46 Tahun 2015 tentang Penyelenggaraan Program JHT beserta perubahannya',
    ],
    time: { unit: 'working_days', min: 1, max: 5 },
    fee: { ...NO_FEE, basis: 'Layanan administrasi BPJS tidak dipungut biaya' },
  },
  PLN: {
    category: 'Utilitas',
    items: items(
      ['plain', 'consult'],
      'Penyambungan Sementara',
      'Layanan PLTS Atap',
      'Penurunan Daya',
      'Penyambungan Kembali Setelah Pemutusan',
      'Pemindahan Lokasi kWh Meter',
      'Layanan Stasiun Pengisian Kendaraan Listrik Rumah',
    ),
    docs: [
      ['ID pelanggan', 'Tertera di rekening/token.'],
      ['Denah instalasi', 'Untuk layanan teknis.'],
    ],
    system: 'PLN Mobile',
    legal: [
      'Undang-Undang Nomor 30 Tahun 2009 tentang Ketenagalistrikan',
      'Peraturan Menteri ESDM Nomor 27 Tahun 2017',
    ],
    time: { unit: 'working_days', min: 1, max: 7 },
    fee: { paidShare: 0.5, min: 50_000, max: 1_500_000, basis: 'Peraturan Menteri ESDM Nomor 27 Tahun 2017' },
  },
  POS: {
    category: 'Pos dan Telekomunikasi',
    items: items(
      ['plain', 'complaint'],
      'Pengiriman Dokumen Luar Negeri',
      'Pengiriman Paket Kargo',
      'Layanan Giro Pos',
      'Pembayaran Pensiun melalui Kantor Pos',
      'Pengiriman Surat Tercatat Instansi',
    ),
    docs: [['Data pengirim dan penerima', 'Alamat lengkap dan nomor ponsel.']],
    system: 'sistem layanan pos',
    legal: ['Undang-Undang Nomor 38 Tahun 2009 tentang Pos', 'Peraturan Pemerintah Nomor 46 Tahun 2021'],
    time: { unit: 'minutes', min: 10, max: 30 },
    fee: { paidShare: 0.7, min: 5_000, max: 300_000, basis: 'Tarif layanan PT Pos Indonesia' },
  },
  TASPEN: {
    category: 'Jaminan Sosial',
    items: items(
      ['plain', 'consult'],
      'Klaim Tabungan Hari Tua Berhenti Sebelum Pensiun',
      'Klaim Jaminan Kecelakaan Kerja ASN',
      'Pembayaran Pensiun Terusan',
      'Pengaktifan Kembali Pembayaran Pensiun',
      'Perubahan Kantor Bayar Pensiun',
    ),
    docs: [
      ['SK terakhir atau kartu peserta (Karip)', 'Asli.'],
      ['Buku tabungan', 'Atas nama peserta/ahli waris.'],
    ],
    system: 'aplikasi TASPEN Mobile',
    legal: ['Peraturan Pemerintah Nomor 25 Tahun 1981 tentang Asuransi Sosial PNS', UU_PELAYANAN_PUBLIK],
    time: { unit: 'working_days', min: 1, max: 3 },
    fee: NO_FEE,
  },
  PEGADAIAN: {
    category: 'Perbankan dan Keuangan',
    items: items(
      ['plain', 'consult'],
      'Gadai Kendaraan Bermotor',
      'Gadai Elektronik',
      'Cicil Emas',
      'Pembiayaan Haji dan Umrah',
      'Gadai Syariah (Rahn)',
      'Perpanjangan Gadai (Ulang Gadai)',
    ),
    docs: [['Barang jaminan atau bukti kepemilikan', 'Sesuai produk.']],
    system: 'sistem Pegadaian',
    legal: ['Peraturan OJK Nomor 31/POJK.05/2016 tentang Usaha Pergadaian', POJK_KONSUMEN],
    time: { unit: 'minutes', min: 15, max: 60 },
    fee: { paidShare: 0.6, min: 5_000, max: 100_000, basis: 'Ketentuan biaya produk PT Pegadaian' },
  },
  BRI: bankPool,
  MANDIRI: bankPool,
  BNI: bankPool,
  BANKJATIM: bankPool,
  KEJARI: prosecutorPool,
  PA: legalPool,
  INI: counselPool,
  PERADI: counselPool,
  PDAM: utilityPool,
};

const byType: Record<AgencyType, Pool> = {
  opd: licensingPool,
  vertical: legalPool,
  bumn: corporatePool,
  bumd: utilityPool,
  private: corporatePool,
};

/** Licensing carries most of a city MPP's catalogue; enterprises offer a handful of products each. */
function weightOf(agency: DemoAgency): number {
  if (agency.code === 'DPMPTSP') return 8;
  return { opd: 3, vertical: 2, bumn: 1, bumd: 1, private: 1 }[agency.type];
}

function feeFor(rng: Rng, pool: Pool, kind: VariantKind): Fee {
  const noCharge = kind === 'consult' || kind === 'complaint' || kind === 'outreach';
  if (noCharge || rng() >= pool.fee.paidShare) {
    return {
      amount: 0,
      isFree: true,
      legalBasis: pool.fee.paidShare > 0 ? 'Tidak dipungut biaya' : pool.fee.basis,
      note: '',
    };
  }
  const amount = Math.round(between(rng, pool.fee.min, pool.fee.max) / 5_000) * 5_000;
  return {
    amount: Math.max(5_000, amount),
    isFree: false,
    legalBasis: pool.fee.basis,
    note: 'Dibayar nontunai.',
  };
}

function timeFor(rng: Rng, pool: Pool, kind: VariantKind): { amount: number; unit: CompletionUnit } {
  if (kind === 'consult' || kind === 'legalize') return { amount: between(rng, 2, 6) * 10, unit: 'minutes' };
  if (kind === 'complaint') return { amount: between(rng, 3, 10), unit: 'working_days' };
  const amount = between(rng, pool.time.min, pool.time.max);
  // Renewals and replacements reuse the file already on record.
  const shorter =
    kind === 'renew' || kind === 'replace' ? Math.max(pool.time.min, Math.ceil(amount / 2)) : amount;
  return { amount: shorter, unit: pool.time.unit };
}

function keywordsFor(object: string, kind: VariantKind, agency: DemoAgency): string[] {
  const words = object
    .toLowerCase()
    .split(/[\s()/,]+/)
    .filter((w) => w.length > 3 && !['untuk', 'bagi', 'atas', 'yang', 'dari'].includes(w));
  const set = new Set([
    object.toLowerCase().slice(0, 60),
    ...words,
    ...variantWords[kind],
    agency.shortName.toLowerCase(),
  ]);
  return [...set].slice(0, 20);
}

function standardFor(rng: Rng, pool: Pool, kind: VariantKind, object: string, agency: DemoAgency) {
  const identity: Requirement = {
    name: 'KTP-el pemohon atau penanggung jawab',
    description: 'Asli; bila dikuasakan, sertakan surat kuasa dan KTP-el penerima kuasa.',
    isDocument: true,
    mandatory: true,
  };
  const extras = sample(rng, pool.docs, between(rng, 1, Math.min(3, pool.docs.length)));
  const requirements: Requirement[] = [
    identity,
    ...extras.map(([name, description]) => ({ name, description, isDocument: true, mandatory: true })),
    ...variantRequirements(kind, object),
  ].slice(0, 8);
  const complaintChannels: ServiceStandardInput['complaintChannels'] = [
    { kind: 'sp4n_lapor', value: 'SP4N-LAPOR! www.lapor.go.id, SMS 1708' },
    { kind: 'in_person', value: 'Meja Informasi dan Pengaduan Mal Pelayanan Publik' },
  ];
  if (agency.phone) complaintChannels.push({ kind: 'phone', value: `${agency.shortName} ${agency.phone}` });
  if (agency.website) complaintChannels.push({ kind: 'website', value: agency.website });
  const standard: ServiceStandardInput = {
    requirements,
    procedure: variantSteps(kind, pool.system).map(([title, description]) => ({ title, description })),
    completionTime: timeFor(rng, pool, kind),
    fee: feeFor(rng, pool, kind),
    product: variantProduct(kind, object),
    complaintChannels,
    legalBasis: [...pool.legal, UU_PELAYANAN_PUBLIK]
      .filter((t, i, all) => all.indexOf(t) === i)
      .map((title) => ({ title })),
    facilities: [
      'Ruang tunggu ber-AC dan layar panggil antrean',
      'Loket prioritas bagi penyandang disabilitas, lanjut usia dan ibu hamil',
      `Gerai ${agency.shortName} di ${agency.zone}, lantai ${agency.floor}`,
    ],
    implementerCompetence: [
      `Petugas ${agency.shortName} yang telah mengikuti pelatihan teknis layanan`,
      'Memahami pelayanan prima dan pelayanan kelompok rentan',
    ],
    internalSupervision:
      `Pengawasan melekat oleh atasan langsung petugas gerai ${agency.shortName} ` +
      'dan unit pengawasan internal.',
    implementerCount: Math.max(1, Math.min(agency.counters, between(rng, 1, 4))),
    serviceGuarantee:
      `Maklumat Pelayanan ${agency.shortName}: ` +
      'layanan sesuai persyaratan, waktu dan biaya yang diumumkan.',
    securityGuarantee: 'Data pemohon dilindungi sesuai UU 27/2022 dan hanya diakses petugas berwenang.',
    performanceEvaluation: 'Survei Kepuasan Masyarakat setiap semester dan evaluasi waktu layanan bulanan.',
  };
  return standard;
}

/**
 * `count` plausible services spread over `agencies`, with codes GEN-<seed + i> so that successive batches (seeded
 * with the number of services already stored) never collide.
 */
export function generateExtraServices(count: number, agencies: DemoAgency[], seed = 1): DemoService[] {
  if (count <= 0 || agencies.length === 0) return [];
  const rng = createRng(seed);
  const weights = agencies.map(weightOf);
  const total = weights.reduce((a, b) => a + b, 0);
  const usedNames = new Set<string>();
  const services: DemoService[] = [];
  const drawAgency = (): DemoAgency => {
    let r = rng() * total;
    let index = 0;
    while (index < agencies.length - 1 && r >= (weights[index] ?? 0)) {
      r -= weights[index] ?? 0;
      index++;
    }
    return agencies[index] as DemoAgency;
  };
  const draw = () => {
    const agency = drawAgency();
    const pool = byCode[agency.code] ?? byType[agency.type];
    const item = pick(rng, pool.items);
    const kind = pick(rng, item.kinds);
    const name = `${variantNames[kind](item.name)}${pick(rng, pool.subjects ?? [''])}`;
    return { agency, pool, object: item.name, kind, name, key: `${agency.code}:${name}` };
  };
  for (let i = 0; i < count; i++) {
    // An agency whose combinations are used up gives way to another one.
    let choice = draw();
    for (let attempt = 0; usedNames.has(choice.key) && attempt < 50; attempt++) choice = draw();
    const { agency, pool, object, kind } = choice;
    // Past every combination: number the batch, as agencies do for seasonal programmes.
    const name = usedNames.has(choice.key) ? `${choice.name} Gelombang ${i + 1}` : choice.name;
    usedNames.add(`${agency.code}:${name}`);
    const bookable = kind !== 'consult' && kind !== 'complaint' && rng() < 0.2;
    services.push({
      code: `GEN-${String(seed + i).padStart(4, '0')}`,
      agencyCode: agency.code,
      name: name.slice(0, 200),
      category: pool.category,
      description:
        `${variantNames[kind](object)}, dilayani di gerai ${agency.shortName} ` +
        `(${agency.zone}, lantai ${agency.floor}).`,
      keywords: keywordsFor(object, kind, agency),
      averageServiceMinutes: between(rng, 1, 9) * 5,
      bookable,
      dailyQuota: bookable ? between(rng, 2, 20) * 10 : null,
      standard: standardFor(rng, pool, kind, object, agency),
    });
  }
  return services;
}
