import {
  type AgencyProfile,
  boxChannel,
  cond,
  defineServices,
  doc,
  free,
  laporChannel,
  mppDeskChannel,
  mppFacilities,
  optDoc,
  UU_PDP,
} from './demo.services.common.data.ts';
import type { DemoService } from './demo.types.ts';

const UU_ADMINDUK =
  'Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2006 tentang ' +
  'Administrasi Kependudukan';
const PP_ADMINDUK =
  'Peraturan Pemerintah Nomor 40 Tahun 2019 tentang Pelaksanaan Undang-Undang Nomor 23 Tahun 2006 tentang ' +
  'Administrasi Kependudukan sebagaimana telah diubah dengan Undang-Undang Nomor 24 Tahun 2013';
const PERPRES_96 =
  'Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil';
const PERMENDAGRI_108 =
  'Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019 tentang Peraturan Pelaksanaan Peraturan Presiden Nomor 96 ' +
  'Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil';
const PERMENDAGRI_KIA = 'Peraturan Menteri Dalam Negeri Nomor 2 Tahun 2016 tentang Kartu Identitas Anak';
const PERMENDAGRI_IKD =
  'Peraturan Menteri Dalam Negeri Nomor 72 Tahun 2022 tentang Standar dan Spesifikasi Perangkat Keras, Perangkat ' +
  'Lunak, dan Blangko Kartu Tanda Penduduk Elektronik serta Penyelenggaraan Identitas Kependudukan Digital';
const UU_PERKAWINAN =
  'Undang-Undang Nomor 16 Tahun 2019 tentang Perubahan atas Undang-Undang Nomor 1 Tahun 1974 tentang Perkawinan';

/** Art. 79A of UU 24/2013: no fee for any population document. */
const FREE_ADMINDUK =
  'Pasal 79A Undang-Undang Nomor 24 Tahun 2013: pengurusan dan penerbitan dokumen kependudukan tidak dipungut biaya';

const profile: AgencyProfile = {
  complaintChannels: [
    laporChannel,
    { kind: 'website', value: 'Aplikasi WargaKu Surabaya (wargaku.surabaya.go.id)' },
    { kind: 'phone', value: 'Command Center 112 (bebas pulsa, 24 jam)' },
    mppDeskChannel,
    boxChannel,
  ],
  facilities: [
    ...mppFacilities,
    'Perangkat perekaman biometrik KTP-el (kamera, pemindai sidik jari dan iris, pad tanda tangan)',
    'Printer kartu KTP-el/KIA dan printer dokumen ber-TTE',
    'Anjungan Dukcapil Mandiri (ADM) untuk cetak dokumen secara mandiri',
  ],
  implementerCompetence: [
    'Pendidikan minimal SMA/SMK, diutamakan D3/S1',
    'Telah mengikuti bimbingan teknis SIAK Terpusat dan tata cara pendaftaran penduduk dan pencatatan sipil',
    'Pejabat Pencatatan Sipil untuk penandatanganan akta pencatatan sipil',
    'Mampu mengoperasikan perangkat perekaman dan pencetakan KTP-el',
    'Memahami pelayanan prima dan pelayanan kelompok rentan',
  ],
  internalSupervision:
    'Pengawasan melekat oleh Kepala Bidang Pelayanan Pendaftaran Penduduk dan Kepala Bidang Pelayanan Pencatatan ' +
    'Sipil melalui koordinator gerai; monitoring harian antrean dan berkas lewat dasbor SIAK; audit berkala oleh ' +
    'Inspektorat Daerah.',
  implementerCount: 14,
  serviceGuarantee:
    'Maklumat Pelayanan Dispendukcapil: dokumen kependudukan ' +
    'diterbitkan tanpa biaya dan sesuai jangka waktu standar; ' +
    'bila terlambat karena kelalaian petugas, pemohon mendapat penjelasan tertulis dan dokumen diprioritaskan.',
  securityGuarantee:
    'Data pribadi dan biometrik dilindungi sesuai UU 27/2022; hak akses SIAK per petugas; blangko KTP-el dan kertas ' +
    'dokumen dikendalikan dengan berita acara; dokumen ber-TTE dan kode QR mencegah pemalsuan.',
  performanceEvaluation:
    'Survei Kepuasan Masyarakat setiap semester (PermenPAN-RB 14/2017), evaluasi capaian waktu layanan bulanan dari ' +
    'data antrean, dan penilaian SKP pegawai setiap triwulan.',
};

export const kependudukanServices: DemoService[] = defineServices('DISPENDUKCAPIL', profile, [
  {
    code: 'DUKCAPIL-KTP-EL-BARU',
    name: 'KTP-el Baru',
    category: 'Kependudukan',
    description:
      'Perekaman dan penerbitan Kartu Tanda Penduduk elektronik pertama kali bagi penduduk yang berusia 17 tahun, ' +
      'sudah kawin atau pernah kawin.',
    keywords: [
      'ktp',
      'e-ktp',
      'ektp',
      'ktp el',
      'kartu tanda penduduk',
      'rekam ktp',
      'perekaman',
      'ktp pemula',
    ],
    minutes: 15,
    bookable: true,
    quota: 400,
    requirements: [
      cond(
        'Berusia 17 tahun, sudah kawin atau pernah kawin',
        'Penduduk WNI atau orang asing pemegang izin tinggal tetap.',
      ),
      doc('Kartu Keluarga (KK)', 'KK asli atau cetak dokumen ber-TTE yang memuat nama pemohon.'),
      optDoc('Kutipan akta perkawinan/buku nikah', 'Bagi pemohon di bawah 17 tahun yang sudah kawin.'),
      optDoc('Paspor dan Kartu Izin Tinggal Tetap (KITAP)', 'Bagi orang asing pemegang izin tinggal tetap.'),
    ],
    procedure: [
      ['Ambil nomor antrean', 'Di anjungan MPP atau dengan reservasi daring; tunjukkan KK di loket.'],
      ['Verifikasi data', 'Petugas mencocokkan data pemohon dengan database SIAK Terpusat.'],
      ['Perekaman biometrik', 'Foto wajah, sidik jari sepuluh jari, iris mata dan tanda tangan.'],
      ['Pemadanan data', 'Sistem memeriksa rekaman ganda (ABIS) secara terpusat.'],
      [
        'Pencetakan dan penyerahan',
        'KTP-el dicetak setelah status data siap cetak dan diserahkan kepada pemohon.',
      ],
    ],
    time: [1, 'working_days'],
    fee: free(FREE_ADMINDUK),
    product: 'Kartu Tanda Penduduk elektronik (KTP-el) berlaku seumur hidup',
    legalBasis: [UU_ADMINDUK, PERPRES_96, PERMENDAGRI_108, PERMENDAGRI_IKD],
  },
  {
    code: 'DUKCAPIL-KTP-EL-HILANG-RUSAK',
    name: 'KTP-el Hilang atau Rusak',
    category: 'Kependudukan',
    description:
      'Pencetakan ulang KTP-el karena kartu hilang atau rusak (patah, chip tidak terbaca, data pudar).',
    keywords: ['ktp hilang', 'ktp rusak', 'cetak ulang ktp', 'e-ktp hilang', 'ganti ktp', 'ktp patah'],
    minutes: 10,
    bookable: true,
    quota: 300,
    requirements: [
      doc('Kartu Keluarga (KK)', 'Asli atau cetak ber-TTE.'),
      doc('Surat keterangan kehilangan dari Kepolisian', 'Untuk KTP-el yang hilang.', false),
      doc(
        'KTP-el yang rusak',
        'Untuk KTP-el yang rusak; diserahkan kepada petugas untuk dimusnahkan.',
        false,
      ),
    ],
    procedure: [
      ['Ambil nomor antrean', 'Pilih layanan cetak ulang KTP-el.'],
      ['Penyerahan berkas', 'Petugas memeriksa KK dan surat kehilangan atau kartu yang rusak.'],
      ['Verifikasi biometrik', 'Pemohon memindai sidik jari untuk memastikan identitas.'],
      ['Pencetakan', 'KTP-el dicetak ulang tanpa perekaman baru bila biometrik sudah terekam.'],
    ],
    time: [60, 'minutes'],
    fee: free(FREE_ADMINDUK),
    product: 'KTP-el pengganti',
    legalBasis: [UU_ADMINDUK, PERPRES_96, PERMENDAGRI_108],
  },
  {
    code: 'DUKCAPIL-KTP-EL-PERUBAHAN',
    name: 'KTP-el Perubahan Data',
    category: 'Kependudukan',
    description:
      'Pencetakan KTP-el karena perubahan elemen data: status perkawinan, pekerjaan, agama, alamat setelah pindah, ' +
      'atau nama setelah penetapan pengadilan.',
    keywords: ['ganti status ktp', 'ubah ktp', 'ktp ganti alamat', 'ktp ganti pekerjaan', 'update ktp'],
    minutes: 10,
    bookable: true,
    quota: 200,
    requirements: [
      doc('Kartu Keluarga terbaru', 'KK yang sudah memuat data hasil perubahan.'),
      doc('KTP-el lama', 'Diserahkan kepada petugas.'),
      optDoc(
        'Dokumen dasar perubahan',
        'Mis. kutipan akta perkawinan/perceraian, SK pengangkatan, penetapan pengadilan.',
      ),
    ],
    procedure: [
      ['Perubahan KK lebih dahulu', 'Bila KK belum memuat data baru, ajukan layanan KK perubahan data.'],
      ['Penyerahan berkas', 'Petugas memeriksa KK terbaru dan menarik KTP-el lama.'],
      ['Verifikasi biometrik', 'Pemindaian sidik jari.'],
      ['Pencetakan dan penyerahan', 'KTP-el dengan data baru diserahkan kepada pemohon.'],
    ],
    time: [60, 'minutes'],
    fee: free(FREE_ADMINDUK),
    product: 'KTP-el dengan data terbaru',
    legalBasis: [UU_ADMINDUK, PERPRES_96, PERMENDAGRI_108],
  },
  {
    code: 'DUKCAPIL-KK-BARU',
    name: 'Kartu Keluarga (KK) Baru',
    category: 'Kependudukan',
    description:
      'Penerbitan KK untuk keluarga baru, misalnya setelah menikah atau memisahkan diri dari KK orang tua.',
    keywords: ['kk', 'kartu keluarga', 'kk baru', 'pisah kk', 'kk setelah menikah', 'bikin kk'],
    minutes: 15,
    bookable: true,
    quota: 250,
    requirements: [
      doc(
        'Kutipan akta perkawinan atau buku nikah',
        'Atau kutipan akta perceraian bagi yang membentuk KK sendiri.',
      ),
      doc('KK lama', 'KK orang tua/asal yang memuat nama pemohon.'),
      doc('KTP-el pemohon', 'Asli.'),
      optDoc('Surat Keterangan Pindah (SKPWNI)', 'Bila salah satu pasangan berasal dari luar kota.'),
      doc('Formulir biodata keluarga (F-1.01)', 'Diisi dan ditandatangani kepala keluarga.'),
    ],
    procedure: [
      ['Pengisian formulir', 'Isi formulir F-1.01 atau pengajuan daring.'],
      ['Verifikasi berkas', 'Petugas memeriksa dokumen dasar dan data di SIAK.'],
      ['Pemisahan data', 'Nama pemohon dikeluarkan dari KK lama dan dibentuk KK baru.'],
      ['Penerbitan', 'KK baru dan KK lama yang diperbarui dicetak dengan tanda tangan elektronik.'],
    ],
    time: [1, 'working_days'],
    fee: free(FREE_ADMINDUK),
    product: 'Kartu Keluarga baru ber-TTE dan KK asal yang telah diperbarui',
    legalBasis: [UU_ADMINDUK, PERPRES_96, PERMENDAGRI_108],
  },
  {
    code: 'DUKCAPIL-KK-PERUBAHAN',
    name: 'Kartu Keluarga (KK) Perubahan Data',
    category: 'Kependudukan',
    description:
      'Penambahan anggota keluarga (kelahiran, menumpang), ' +
      'pengurangan (kematian, pindah) atau perubahan elemen data ' +
      'seperti pendidikan, pekerjaan dan status perkawinan.',
    keywords: ['tambah anggota kk', 'ubah kk', 'update kk', 'kk tambah anak', 'pengurangan anggota kk', 'kk'],
    minutes: 15,
    bookable: true,
    quota: 300,
    requirements: [
      doc('KK lama', 'Asli atau cetak ber-TTE.'),
      doc(
        'Dokumen dasar perubahan',
        'Akta kelahiran, akta kematian, ijazah, SK kerja, atau akta perkawinan.',
      ),
      doc('KTP-el kepala keluarga', 'Asli.'),
      optDoc('Surat pernyataan bersedia menerima anggota keluarga', 'Bila menumpang di KK orang lain.'),
    ],
    procedure: [
      ['Pengajuan', 'Serahkan berkas di loket atau unggah melalui layanan daring.'],
      ['Verifikasi', 'Petugas mencocokkan dokumen dasar dengan data SIAK.'],
      ['Pemutakhiran data', 'Elemen data diubah dalam database kependudukan.'],
      ['Penerbitan', 'KK baru dicetak di kertas HVS dengan TTE dan kode QR.'],
    ],
    time: [1, 'working_days'],
    fee: free(FREE_ADMINDUK),
    product: 'Kartu Keluarga dengan data terbaru (ber-TTE)',
    legalBasis: [UU_ADMINDUK, PERPRES_96, PERMENDAGRI_108],
  },
  {
    code: 'DUKCAPIL-KK-HILANG-RUSAK',
    name: 'Kartu Keluarga (KK) Hilang atau Rusak',
    category: 'Kependudukan',
    description: 'Penerbitan ulang KK karena hilang atau rusak.',
    keywords: ['kk hilang', 'kk rusak', 'cetak ulang kk', 'kartu keluarga hilang'],
    minutes: 10,
    bookable: true,
    quota: 150,
    requirements: [
      doc('Surat keterangan kehilangan dari Kepolisian', 'Untuk KK yang hilang.', false),
      doc('KK yang rusak', 'Untuk KK yang rusak.', false),
      doc('KTP-el kepala keluarga', 'Asli.'),
    ],
    procedure: [
      ['Pengajuan', 'Serahkan surat kehilangan atau KK rusak.'],
      ['Verifikasi', 'Petugas memeriksa data di SIAK.'],
      ['Penerbitan', 'KK dicetak ulang dengan TTE.'],
    ],
    time: [60, 'minutes'],
    fee: free(FREE_ADMINDUK),
    product: 'Kartu Keluarga pengganti (ber-TTE)',
    legalBasis: [UU_ADMINDUK, PERPRES_96, PERMENDAGRI_108],
  },
  {
    code: 'DUKCAPIL-AKTA-KELAHIRAN',
    name: 'Akta Kelahiran',
    category: 'Kependudukan',
    description:
      'Pencatatan kelahiran WNI dan penerbitan kutipan akta kelahiran, termasuk pencatatan yang terlambat.',
    keywords: [
      'akta lahir',
      'akte kelahiran',
      'akte lahir',
      'akta kelahiran anak',
      'birth certificate',
      'akta anak',
    ],
    minutes: 15,
    bookable: true,
    quota: 200,
    requirements: [
      doc('Surat keterangan kelahiran', 'Dari rumah sakit, puskesmas, dokter/bidan, atau kelurahan.'),
      doc('Kutipan akta perkawinan atau buku nikah orang tua', 'Fotokopi dengan menunjukkan asli.'),
      doc('KK tempat anak akan didaftarkan', 'Asli atau cetak ber-TTE.'),
      doc('KTP-el orang tua', 'Ayah dan ibu.'),
      optDoc(
        'SPTJM kebenaran data kelahiran',
        'Bila tidak ada surat keterangan kelahiran; ditandatangani pelapor dan 2 orang saksi.',
      ),
      optDoc(
        'SPTJM kebenaran sebagai pasangan suami istri',
        'Bila perkawinan orang tua belum tercatat; akta memuat keterangan tersebut.',
      ),
    ],
    procedure: [
      ['Pelaporan', 'Orang tua atau kuasa melapor dengan formulir F-2.01.'],
      ['Verifikasi dan validasi', 'Petugas memeriksa dokumen dan data orang tua di SIAK.'],
      ['Pencatatan', 'Kelahiran dicatat dalam register akta kelahiran.'],
      ['Penerbitan', 'Kutipan akta kelahiran ditandatangani elektronik oleh Pejabat Pencatatan Sipil.'],
      ['Pemutakhiran KK', 'Anak ditambahkan ke KK; KK baru diterbitkan sekaligus.'],
    ],
    time: [1, 'working_days'],
    fee: free(FREE_ADMINDUK),
    product: 'Kutipan Akta Kelahiran ber-TTE beserta KK yang telah diperbarui',
    legalBasis: [UU_ADMINDUK, PP_ADMINDUK, PERPRES_96, PERMENDAGRI_108],
  },
  {
    code: 'DUKCAPIL-AKTA-KEMATIAN',
    name: 'Akta Kematian',
    category: 'Kependudukan',
    description: 'Pencatatan kematian penduduk dan penerbitan kutipan akta kematian; data KK diperbarui.',
    keywords: ['akte kematian', 'akta mati', 'surat kematian', 'lapor kematian', 'death certificate'],
    minutes: 15,
    bookable: true,
    quota: 100,
    requirements: [
      doc('Surat keterangan kematian', 'Dari rumah sakit, puskesmas, dokter, atau lurah.'),
      doc('KK almarhum/almarhumah', 'Asli.'),
      doc('KTP-el almarhum/almarhumah', 'Diserahkan kepada petugas bila ada.', false),
      doc('KTP-el pelapor', 'Ahli waris atau anggota keluarga.'),
      optDoc(
        'SPTJM kebenaran data kematian',
        'Bila surat keterangan kematian tidak ada; dengan 2 orang saksi.',
      ),
    ],
    procedure: [
      ['Pelaporan', 'Keluarga melapor dengan formulir F-2.01 paling lambat 30 hari sejak kematian.'],
      ['Verifikasi', 'Petugas memeriksa dokumen dan menonaktifkan NIK almarhum.'],
      ['Penerbitan', 'Kutipan akta kematian dan KK baru diterbitkan dengan TTE.'],
    ],
    time: [1, 'working_days'],
    fee: free(FREE_ADMINDUK),
    product: 'Kutipan Akta Kematian ber-TTE dan KK yang telah diperbarui',
    legalBasis: [UU_ADMINDUK, PERPRES_96, PERMENDAGRI_108],
  },
  {
    code: 'DUKCAPIL-AKTA-PERKAWINAN',
    name: 'Akta Perkawinan (Non-Muslim)',
    category: 'Kependudukan',
    description:
      'Pencatatan perkawinan bagi pemeluk agama selain Islam ' +
      'dan penghayat kepercayaan, paling lambat 60 hari setelah ' +
      'perkawinan menurut agama atau kepercayaan.',
    keywords: [
      'akta nikah',
      'akte perkawinan',
      'catat nikah',
      'akta kawin',
      'pernikahan kristen',
      'marriage certificate',
    ],
    minutes: 30,
    bookable: true,
    quota: 40,
    requirements: [
      doc('Surat keterangan perkawinan dari pemuka agama/penghayat', 'Asli, memuat tanggal perkawinan.'),
      doc('KTP-el dan KK kedua mempelai', 'Asli.'),
      doc('Kutipan akta kelahiran kedua mempelai', 'Fotokopi dengan menunjukkan asli.'),
      doc('Pasfoto berdampingan 4x6 cm', '2 lembar, berwarna.'),
      doc('KTP-el 2 orang saksi', 'Saksi berusia minimal 21 tahun.'),
      optDoc('Akta perceraian atau akta kematian pasangan terdahulu', 'Bagi yang pernah kawin.'),
      optDoc('Paspor dan surat izin dari perwakilan negaranya', 'Bagi mempelai WNA.'),
    ],
    procedure: [
      ['Pendaftaran', 'Mempelai mengisi formulir F-2.12 dan menyerahkan berkas.'],
      ['Penelitian berkas', 'Petugas memeriksa keabsahan dokumen dan status perkawinan di SIAK.'],
      ['Pencatatan', 'Pejabat Pencatatan Sipil mencatat perkawinan di register akta perkawinan.'],
      ['Penerbitan', 'Kutipan akta perkawinan diserahkan kepada suami dan istri; KK baru diterbitkan.'],
    ],
    time: [1, 'working_days'],
    fee: free(FREE_ADMINDUK),
    product: 'Kutipan Akta Perkawinan (2 lembar: suami dan istri) dan KK baru',
    legalBasis: [UU_PERKAWINAN, UU_ADMINDUK, PERPRES_96, PERMENDAGRI_108],
  },
  {
    code: 'DUKCAPIL-AKTA-PERCERAIAN',
    name: 'Akta Perceraian (Non-Muslim)',
    category: 'Kependudukan',
    description:
      'Pencatatan perceraian berdasarkan putusan Pengadilan Negeri ' +
      'yang berkekuatan hukum tetap, paling lambat 60 hari ' +
      'setelah putusan.',
    keywords: ['akte cerai', 'akta cerai', 'catat cerai', 'perceraian kristen', 'divorce certificate'],
    minutes: 20,
    bookable: true,
    quota: 30,
    requirements: [
      doc('Salinan putusan Pengadilan Negeri yang berkekuatan hukum tetap', 'Salinan resmi dari pengadilan.'),
      doc('Kutipan akta perkawinan asli', 'Ditarik oleh petugas.'),
      doc('KTP-el dan KK pemohon', 'Asli.'),
    ],
    procedure: [
      ['Pelaporan', 'Salah satu pihak melapor dengan formulir F-2.01.'],
      ['Verifikasi', 'Petugas memeriksa putusan dan data perkawinan di SIAK.'],
      ['Pencatatan', 'Perceraian dicatat; status perkawinan kedua pihak diubah menjadi cerai hidup.'],
      ['Penerbitan', 'Kutipan akta perceraian diterbitkan; KK dan KTP-el dapat diperbarui.'],
    ],
    time: [1, 'working_days'],
    fee: free(FREE_ADMINDUK),
    product: 'Kutipan Akta Perceraian',
    legalBasis: [UU_PERKAWINAN, UU_ADMINDUK, PERPRES_96],
  },
  {
    code: 'DUKCAPIL-PINDAH-KELUAR',
    name: 'Surat Keterangan Pindah (Pindah Keluar)',
    category: 'Kependudukan',
    description:
      'Penerbitan Surat Keterangan Pindah WNI (SKPWNI) bagi penduduk yang pindah ke luar kota/kabupaten.',
    keywords: [
      'surat pindah',
      'pindah domisili',
      'skpwni',
      'mutasi penduduk',
      'pindah keluar kota',
      'pindah alamat',
    ],
    minutes: 15,
    bookable: true,
    quota: 150,
    requirements: [
      doc('KK asli', 'Memuat anggota keluarga yang pindah.'),
      doc(
        'Formulir permohonan pindah (F-1.03)',
        'Mencantumkan alamat tujuan lengkap dan anggota yang ikut pindah.',
      ),
      optDoc('Surat pernyataan tanggung jawab mutlak', 'Bila yang pindah hanya sebagian anggota keluarga.'),
    ],
    procedure: [
      ['Pengajuan', 'Serahkan formulir F-1.03 dan KK.'],
      ['Verifikasi', 'Petugas memeriksa data dan alamat tujuan.'],
      ['Penerbitan SKPWNI', 'SKPWNI dicetak ber-TTE; data dikirim ke daerah tujuan melalui SIAK.'],
      ['Pembaruan KK asal', 'Bila ada anggota yang tetap tinggal, KK asal diperbarui.'],
    ],
    time: [1, 'working_days'],
    fee: free(FREE_ADMINDUK),
    product: 'Surat Keterangan Pindah WNI (SKPWNI) dan KK asal yang diperbarui',
    legalBasis: [UU_ADMINDUK, PERPRES_96, PERMENDAGRI_108],
  },
  {
    code: 'DUKCAPIL-PINDAH-DATANG',
    name: 'Pindah Datang',
    category: 'Kependudukan',
    description:
      'Pendaftaran penduduk yang datang dari luar kota, dengan penerbitan KK dan KTP-el alamat baru.',
    keywords: ['pindah datang', 'pindah masuk', 'skpwni', 'daftar penduduk baru', 'domisili baru'],
    minutes: 20,
    bookable: true,
    quota: 150,
    requirements: [
      doc('Surat Keterangan Pindah WNI (SKPWNI)', 'Dari Dinas Dukcapil daerah asal.'),
      doc('KTP-el', 'Untuk diperbarui alamatnya.'),
      optDoc(
        'KK di alamat tujuan dan surat pernyataan bersedia menerima',
        'Bila menumpang KK keluarga lain.',
      ),
    ],
    procedure: [
      ['Pengajuan', 'Serahkan SKPWNI di loket pindah datang.'],
      ['Verifikasi', 'Petugas menarik data kepindahan dari SIAK Terpusat.'],
      ['Penerbitan KK', 'KK alamat baru diterbitkan.'],
      ['Pencetakan KTP-el', 'KTP-el dengan alamat baru dicetak.'],
    ],
    time: [1, 'working_days'],
    fee: free(FREE_ADMINDUK),
    product: 'KK dan KTP-el dengan alamat baru',
    legalBasis: [UU_ADMINDUK, PERPRES_96, PERMENDAGRI_108],
  },
  {
    code: 'DUKCAPIL-KIA',
    name: 'Kartu Identitas Anak (KIA)',
    category: 'Kependudukan',
    description: 'Penerbitan kartu identitas bagi anak WNI berusia di bawah 17 tahun dan belum kawin.',
    keywords: ['kia', 'kartu anak', 'identitas anak', 'kartu identitas anak'],
    minutes: 10,
    bookable: true,
    quota: 150,
    requirements: [
      doc('Kutipan akta kelahiran anak', 'Asli untuk diperlihatkan.'),
      doc('KK orang tua/wali', 'Asli.'),
      doc('KTP-el orang tua/wali', 'Asli.'),
      optDoc('Pasfoto anak 2x3 cm berwarna', 'Untuk anak berusia 5 tahun ke atas; 2 lembar.'),
    ],
    procedure: [
      ['Pengajuan', 'Orang tua mengisi formulir permohonan KIA.'],
      ['Verifikasi', 'Petugas memeriksa data anak di SIAK.'],
      ['Pencetakan', 'KIA dicetak dan diserahkan kepada orang tua.'],
    ],
    time: [60, 'minutes'],
    fee: free(FREE_ADMINDUK),
    product: 'Kartu Identitas Anak (KIA)',
    legalBasis: [UU_ADMINDUK, PERMENDAGRI_KIA, PERMENDAGRI_108],
  },
  {
    code: 'DUKCAPIL-LEGALISASI',
    name: 'Legalisasi Dokumen Kependudukan',
    category: 'Kependudukan',
    description:
      'Legalisasi fotokopi dokumen kependudukan lama yang bertanda tangan basah. Dokumen ber-TTE dan kode QR tidak ' +
      'memerlukan legalisasi karena keabsahannya dapat diperiksa langsung.',
    keywords: ['legalisir', 'legalisir akta', 'legalisir kk', 'cap basah', 'pengesahan fotokopi'],
    minutes: 5,
    quota: 200,
    requirements: [
      doc('Dokumen kependudukan asli', 'Akta pencatatan sipil atau KK bertanda tangan basah.'),
      doc('Fotokopi dokumen yang akan dilegalisasi', 'Maksimal 5 lembar per dokumen.'),
      doc('KTP-el pemohon', 'Pemilik dokumen atau anggota keluarga dalam KK.'),
    ],
    procedure: [
      ['Penyerahan', 'Serahkan dokumen asli dan fotokopinya di loket.'],
      ['Pencocokan', 'Petugas mencocokkan fotokopi dengan asli dan data SIAK.'],
      ['Pengesahan', 'Fotokopi dicap dan ditandatangani pejabat berwenang.'],
    ],
    time: [30, 'minutes'],
    fee: free(FREE_ADMINDUK),
    product: 'Fotokopi dokumen kependudukan yang telah dilegalisasi',
    legalBasis: [UU_ADMINDUK, PERMENDAGRI_108],
  },
  {
    code: 'DUKCAPIL-PERUBAHAN-NAMA',
    name: 'Pencatatan Perubahan Nama',
    category: 'Kependudukan',
    description:
      'Pencatatan perubahan nama berdasarkan penetapan Pengadilan Negeri sebagai catatan pinggir pada akta ' +
      'pencatatan sipil, paling lambat 30 hari setelah penetapan.',
    keywords: ['ganti nama', 'ubah nama', 'penetapan pengadilan nama', 'catatan pinggir'],
    minutes: 20,
    requirements: [
      doc('Salinan penetapan Pengadilan Negeri tentang perubahan nama', 'Salinan resmi.'),
      doc('Kutipan akta pencatatan sipil asli', 'Akta kelahiran atau akta lain yang memuat nama lama.'),
      doc('KK dan KTP-el', 'Asli.'),
    ],
    procedure: [
      ['Pelaporan', 'Pemohon melapor dengan formulir F-2.01 dan penetapan pengadilan.'],
      ['Verifikasi', 'Petugas memeriksa penetapan dan register akta.'],
      ['Catatan pinggir', 'Pejabat Pencatatan Sipil membuat catatan pinggir pada register dan kutipan akta.'],
      ['Pembaruan dokumen', 'KK dan KTP-el dapat diperbarui dengan nama baru.'],
    ],
    time: [1, 'working_days'],
    fee: free(FREE_ADMINDUK),
    product: 'Kutipan akta dengan catatan pinggir perubahan nama',
    legalBasis: [UU_ADMINDUK, PERPRES_96, PERMENDAGRI_108],
  },
  {
    code: 'DUKCAPIL-PEMBETULAN-AKTA',
    name: 'Pembetulan Akta Pencatatan Sipil',
    category: 'Kependudukan',
    description:
      'Pembetulan kesalahan tulis redaksional pada akta pencatatan ' +
      'sipil (nama, tempat/tanggal lahir, nama orang tua) ' +
      'berdasarkan dokumen autentik.',
    keywords: ['salah ketik akta', 'salah nama akta', 'revisi akta', 'koreksi akta'],
    minutes: 20,
    requirements: [
      doc('Kutipan akta yang akan dibetulkan', 'Asli.'),
      doc(
        'Dokumen autentik pendukung',
        'Mis. ijazah, buku nikah orang tua, atau dokumen lain yang memuat data benar.',
      ),
      doc('KK dan KTP-el pemohon', 'Asli.'),
    ],
    procedure: [
      ['Pengajuan', 'Pemohon mengisi formulir pembetulan akta.'],
      ['Penelitian', 'Petugas membandingkan akta dengan register dan dokumen autentik.'],
      ['Pembetulan', 'Akta diterbitkan ulang dengan data yang benar; kutipan lama ditarik.'],
    ],
    time: [1, 'working_days'],
    fee: free(FREE_ADMINDUK),
    product: 'Kutipan akta pencatatan sipil hasil pembetulan',
    legalBasis: [UU_ADMINDUK, PERPRES_96, PERMENDAGRI_108],
  },
  {
    code: 'DUKCAPIL-PENGAKUAN-ANAK',
    name: 'Pencatatan Pengakuan Anak',
    category: 'Kependudukan',
    description:
      'Pencatatan pengakuan anak oleh ayah biologis dengan persetujuan ibu kandung, dicatat pada akta kelahiran.',
    keywords: ['pengakuan anak', 'akta pengakuan anak', 'catatan pinggir anak'],
    minutes: 20,
    requirements: [
      doc('Surat pengantar dari RT/RW dan kelurahan', 'Asli.'),
      doc('Surat pengakuan anak dari ayah biologis yang disetujui ibu kandung', 'Atau penetapan pengadilan.'),
      doc('Kutipan akta kelahiran anak', 'Asli.'),
      doc('KTP-el dan KK ayah dan ibu', 'Asli.'),
    ],
    procedure: [
      ['Pelaporan', 'Ayah dan ibu melapor bersama dengan formulir F-2.01.'],
      ['Verifikasi', 'Petugas memeriksa surat pengakuan dan data anak.'],
      ['Pencatatan', 'Pengakuan dicatat di register dan sebagai catatan pinggir akta kelahiran.'],
    ],
    time: [1, 'working_days'],
    fee: free(FREE_ADMINDUK),
    product: 'Kutipan akta pengakuan anak dan catatan pinggir pada akta kelahiran',
    legalBasis: [UU_ADMINDUK, PERPRES_96, PERMENDAGRI_108],
  },
  {
    code: 'DUKCAPIL-AKTIVASI-IKD',
    name: 'Aktivasi Identitas Kependudukan Digital (IKD)',
    category: 'Kependudukan',
    description: 'Aktivasi KTP digital pada aplikasi Identitas Kependudukan Digital di ponsel pemohon.',
    keywords: ['ikd', 'ktp digital', 'identitas digital', 'aktivasi ikd', 'aplikasi ikd'],
    minutes: 10,
    quota: 300,
    requirements: [
      doc('KTP-el', 'Pemohon sudah memiliki KTP-el.'),
      cond('Ponsel pintar dengan aplikasi IKD terpasang', 'Nomor ponsel dan surel aktif atas nama pemohon.'),
    ],
    procedure: [
      ['Pendaftaran di aplikasi', 'Pemohon mengisi NIK, surel dan nomor ponsel, lalu verifikasi wajah.'],
      ['Pemindaian kode QR', 'Petugas menampilkan kode QR aktivasi yang dipindai pemohon.'],
      ['Aktivasi', 'Pemohon memasukkan kode aktivasi dari surel; IKD aktif.'],
    ],
    time: [15, 'minutes'],
    fee: free(FREE_ADMINDUK),
    product: 'Identitas Kependudukan Digital aktif di ponsel pemohon',
    legalBasis: [UU_ADMINDUK, PERMENDAGRI_IKD, UU_PDP],
  },
  {
    code: 'DUKCAPIL-SKTT-WNA',
    name: 'Surat Keterangan Tempat Tinggal (SKTT) Orang Asing',
    category: 'Kependudukan',
    description:
      'Pendaftaran orang asing pemegang izin tinggal terbatas (KITAS) yang bertempat tinggal di kota ini.',
    keywords: ['sktt', 'wna', 'orang asing', 'kitas', 'foreigner registration'],
    minutes: 20,
    requirements: [
      doc('Paspor', 'Asli dan fotokopi halaman identitas.'),
      doc('Kartu Izin Tinggal Terbatas (KITAS)', 'Asli dan fotokopi.'),
      doc('Surat Tanda Melapor (STM) dari Kepolisian', 'Asli.'),
      doc('Surat keterangan domisili dari penjamin atau pemilik tempat tinggal', 'Asli.'),
    ],
    procedure: [
      ['Pengajuan', 'Pemohon atau penjamin mengisi formulir biodata orang asing.'],
      ['Verifikasi', 'Petugas memeriksa izin tinggal dan dokumen kepolisian.'],
      ['Penerbitan', 'SKTT diterbitkan dan data orang asing dicatat di SIAK.'],
    ],
    time: [1, 'working_days'],
    fee: free(FREE_ADMINDUK),
    product: 'Surat Keterangan Tempat Tinggal (SKTT)',
    legalBasis: [UU_ADMINDUK, PERPRES_96, PERMENDAGRI_108],
  },
]);
