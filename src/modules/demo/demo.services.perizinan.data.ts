import {
  cond,
  defineServices,
  doc,
  free,
  opdProfile,
  optDoc,
  PERDA_PDRD_SBY,
  PP_KUPDRD,
  PP_PBBR,
  paid,
  UU_CIPTA_KERJA,
  UU_HKPD,
} from './demo.services.common.data.ts';
import type { DemoService } from './demo.types.ts';

/** Licensing through OSS RBA and the city (DPMPTSP), and the technical OPDs whose permits the MPP issues. */

const PERBKPM_4_2021 =
  'Peraturan Badan Koordinasi Penanaman Modal Nomor 4 Tahun 2021 tentang Pedoman dan Tata Cara Pelayanan Perizinan ' +
  'Berusaha Berbasis Risiko dan Fasilitas Penanaman Modal';
const UU_BANGUNAN_GEDUNG = 'Undang-Undang Nomor 28 Tahun 2002 tentang Bangunan Gedung';
const PP_BANGUNAN_GEDUNG =
  'Peraturan Pemerintah Nomor 16 Tahun 2021 tentang Peraturan Pelaksanaan Undang-Undang Nomor 28 Tahun 2002 tentang ' +
  'Bangunan Gedung';
const UU_KESEHATAN = 'Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan';
const PP_KESEHATAN =
  'Peraturan Pemerintah Nomor 28 Tahun 2024 tentang Peraturan Pelaksanaan Undang-Undang Nomor 17 Tahun 2023 tentang ' +
  'Kesehatan';
const PERMENKES_14_2021 =
  'Peraturan Menteri Kesehatan Nomor 14 Tahun 2021 tentang Standar Kegiatan Usaha dan Produk pada Penyelenggaraan ' +
  'Perizinan Berusaha Berbasis Risiko Sektor Kesehatan';
const PP_TATA_RUANG = 'Peraturan Pemerintah Nomor 21 Tahun 2021 tentang Penyelenggaraan Penataan Ruang';
const UU_PPLH =
  'Undang-Undang Nomor 32 Tahun 2009 tentang Perlindungan dan Pengelolaan Lingkungan Hidup sebagaimana telah diubah ' +
  'dengan Undang-Undang Nomor 6 Tahun 2023';
const PP_22_2021 =
  'Peraturan Pemerintah Nomor 22 Tahun 2021 tentang Penyelenggaraan Perlindungan dan Pengelolaan Lingkungan Hidup';
const PERMENLHK_4_2021 =
  'Peraturan Menteri LHK Nomor 4 Tahun 2021 tentang Daftar Usaha dan/atau Kegiatan yang Wajib Memiliki AMDAL, ' +
  'UKL-UPL atau SPPL';
const PERMENLHK_5_2021 =
  'Peraturan Menteri LHK Nomor 5 Tahun 2021 tentang Tata Cara Penerbitan Persetujuan Teknis dan Surat Kelayakan ' +
  'Operasional Bidang Pengendalian Pencemaran Lingkungan';
const PERMENLHK_6_2021 =
  'Peraturan Menteri LHK Nomor 6 Tahun 2021 tentang Tata Cara dan Persyaratan Pengelolaan Limbah Bahan Berbahaya ' +
  'dan Beracun';
const UU_LLAJ = 'Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan';
const PP_LLAJ =
  'Peraturan Pemerintah Nomor 30 Tahun 2021 tentang Penyelenggaraan Bidang Lalu Lintas dan Angkutan Jalan';
const UU_METROLOGI = 'Undang-Undang Nomor 2 Tahun 1981 tentang Metrologi Legal';
const UU_KONSUMEN = 'Undang-Undang Nomor 8 Tahun 1999 tentang Perlindungan Konsumen';
const UU_SISDIKNAS = 'Undang-Undang Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional';
const UU_KOPERASI = 'Undang-Undang Nomor 25 Tahun 1992 tentang Perkoperasian';
const PP_7_2021 =
  'Peraturan Pemerintah Nomor 7 Tahun 2021 tentang Kemudahan, ' +
  'Pelindungan, dan Pemberdayaan Koperasi dan Usaha Mikro, ' +
  'Kecil, dan Menengah';

const NO_RETRIBUTION =
  'UU 1/2022 tentang HKPD: perizinan ini tidak termasuk objek retribusi daerah sehingga tidak dipungut biaya';

const simbgStep: [string, string] = [
  'Pengajuan di SIMBG',
  'Pemohon atau kuasanya mengunggah dokumen di simbg.pu.go.id; petugas gerai membantu pengisian.',
];

const dpmptsp = opdProfile({
  agency: 'DPMPTSP',
  supervisor: 'Kepala Bidang Pelayanan Perizinan',
  implementerCount: 10,
  facilities: [
    'Komputer swalayan OSS RBA dan SIMBG dengan pendamping',
    'Ruang konsultasi perizinan (klinik investasi)',
  ],
  competence: [
    'Pendidikan minimal S1 (hukum, teknik sipil/arsitektur, kesehatan, ekonomi)',
    'Bersertifikat pelatihan OSS RBA dari Kementerian Investasi/BKPM',
    'Memahami KBLI 2020 dan norma, standar, prosedur dan kriteria perizinan sektor',
    'Tim Profesi Ahli/Tim Penilai Teknis untuk PBG dan SLF',
  ],
  promise:
    'izin yang memenuhi syarat diterbitkan paling lambat pada ' +
    'batas waktu, bila lewat berlaku ketentuan fiktif positif',
});

const dlh = opdProfile({
  agency: 'Dinas Lingkungan Hidup',
  supervisor: 'Kepala Bidang Tata Lingkungan',
  implementerCount: 4,
  facilities: ['Layar peta tata ruang dan data lingkungan untuk konsultasi'],
  competence: [
    'Pendidikan minimal S1 teknik lingkungan, kimia, biologi atau yang relevan',
    'Bersertifikat penyusun/penilai dokumen lingkungan',
    'Pejabat Pengawas Lingkungan Hidup untuk verifikasi lapangan',
  ],
  promise: 'pemohon diberi tahu kekurangan dokumen paling lambat 2 hari kerja sejak berkas diterima',
});

const dishub = opdProfile({
  agency: 'Dinas Perhubungan',
  supervisor: 'Kepala Bidang Angkutan dan Kepala UPT Pengujian Kendaraan Bermotor',
  implementerCount: 5,
  facilities: ['Unit pengujian kendaraan bermotor terakreditasi (lokasi uji terpisah dari MPP)'],
  competence: [
    'Penguji Kendaraan Bermotor bersertifikat kompetensi Kementerian Perhubungan',
    'Pendidikan minimal D3 teknik otomotif/transportasi untuk petugas administrasi',
    'Memahami ketentuan angkutan jalan dan manajemen rekayasa lalu lintas',
  ],
  promise:
    'kendaraan yang tidak lulus uji diberi daftar perbaikan tertulis dan dapat uji ulang tanpa antre dari awal',
});

const dinkes = opdProfile({
  agency: 'Dinas Kesehatan',
  supervisor: 'Kepala Bidang Sumber Daya Kesehatan',
  implementerCount: 4,
  facilities: ['Ruang penyuluhan keamanan pangan berkapasitas 40 orang'],
  competence: [
    'Tenaga kesehatan (sanitarian, ahli gizi, apoteker) dengan STR aktif',
    'Tenaga Pengawas Pangan Kabupaten/Kota (District Food Inspector) bersertifikat',
    'Penyuluh Keamanan Pangan bersertifikat BPOM',
  ],
  promise: 'jadwal pemeriksaan sarana diberitahukan paling lambat 3 hari kerja setelah berkas lengkap',
});

const disdag = opdProfile({
  agency: 'Dinas Perdagangan',
  supervisor: 'Kepala UPT Metrologi Legal',
  implementerCount: 3,
  facilities: ['Anak timbangan standar dan peralatan tera di UPT Metrologi Legal'],
  competence: [
    'Penera bersertifikat kompetensi dari Direktorat Metrologi Kementerian Perdagangan',
    'Petugas pengaduan konsumen yang memahami UU Perlindungan Konsumen',
  ],
  promise: 'UTTP yang lulus tera ulang dibubuhi tanda tera sah pada hari pemeriksaan',
});

const dispendik = opdProfile({
  agency: 'Dinas Pendidikan',
  supervisor: 'Kepala Bidang Pembinaan Sekolah Dasar dan Kepala Bidang PAUD dan Pendidikan Nonformal',
  implementerCount: 3,
  facilities: ['Arsip data sekolah dan Dapodik yang dapat ditelusuri petugas'],
  competence: [
    'Pendidikan minimal S1 kependidikan atau administrasi',
    'Memahami Dapodik, ketentuan ijazah dan pendirian satuan pendidikan',
  ],
  promise:
    'surat keterangan ditandatangani elektronik sehingga tidak perlu datang kembali untuk tanda tangan',
});

const dinkop = opdProfile({
  agency: 'Dinas Koperasi dan Usaha Mikro',
  supervisor: 'Kepala Bidang Usaha Mikro',
  implementerCount: 3,
  facilities: ['Etalase produk UMKM binaan dan ruang klinik konsultasi bisnis'],
  competence: [
    'Pendamping UMKM/Konsultan PLUT bersertifikat',
    'Penyuluh perkoperasian yang memahami ketentuan badan hukum koperasi',
  ],
  promise: 'setiap pelaku usaha mendapat pendamping yang menindaklanjuti konsultasi sampai tuntas',
});

export const perizinanServices: DemoService[] = [
  ...defineServices('DPMPTSP', dpmptsp, [
    {
      code: 'DPMPTSP-NIB',
      name: 'Nomor Induk Berusaha (NIB)',
      category: 'Perizinan Berusaha',
      description:
        'Pendaftaran pelaku usaha di OSS RBA dengan pendampingan petugas. NIB berlaku sebagai identitas berusaha, ' +
        'angka pengenal impor dan hak akses kepabeanan; untuk ' +
        'usaha mikro dan kecil risiko rendah sekaligus izin usaha.',
      keywords: [
        'nib',
        'oss',
        'izin usaha',
        'siup',
        'tdp',
        'nomor induk berusaha',
        'izin umkm',
        'daftar usaha',
      ],
      minutes: 30,
      bookable: true,
      quota: 60,
      requirements: [
        doc('KTP-el pemilik/penanggung jawab', 'NIK berfungsi sebagai NPWP orang pribadi.'),
        cond('Surel dan nomor ponsel aktif', 'Untuk hak akses OSS dan verifikasi.'),
        doc('Akta pendirian dan SK pengesahan Kemenkumham', 'Bagi PT, CV, koperasi, yayasan.', false),
        cond('Kode KBLI 2020 dan lokasi usaha yang jelas', 'Petugas membantu memilih KBLI yang sesuai.'),
        optDoc('NPWP badan', 'Bagi pelaku usaha berbadan hukum.'),
      ],
      procedure: [
        ['Pembuatan hak akses OSS', 'Pendaftaran akun di oss.go.id dengan NIK atau nomor pengesahan badan.'],
        ['Pengisian data usaha', 'Data pelaku usaha, KBLI, lokasi, modal, jumlah tenaga kerja.'],
        ['Pernyataan mandiri', 'Pelaku usaha menyetujui pernyataan pemenuhan kewajiban.'],
        ['Penerbitan NIB', 'NIB terbit otomatis dan dapat diunduh; petugas menjelaskan kewajiban lanjutan.'],
      ],
      time: [60, 'minutes'],
      fee: free('PP 28/2025: penerbitan NIB melalui OSS tidak dipungut biaya'),
      product: 'Nomor Induk Berusaha (NIB) elektronik dari sistem OSS RBA',
      legalBasis: [UU_CIPTA_KERJA, PP_PBBR, PERBKPM_4_2021],
    },
    {
      code: 'DPMPTSP-SERTIFIKAT-STANDAR',
      name: 'Sertifikat Standar Usaha (Risiko Menengah)',
      category: 'Perizinan Berusaha',
      description:
        'Verifikasi pemenuhan standar bagi kegiatan usaha risiko ' +
        'menengah tinggi, misalnya perdagangan eceran modern, ' +
        'jasa boga, bengkel, atau pergudangan, setelah NIB terbit.',
      keywords: ['sertifikat standar', 'verifikasi oss', 'izin usaha menengah', 'siup', 'perizinan berusaha'],
      minutes: 30,
      requirements: [
        doc('NIB', 'Telah terbit di OSS dengan KBLI risiko menengah.'),
        doc('Dokumen pemenuhan standar usaha sesuai KBLI', 'Diunggah di OSS sesuai lampiran standar sektor.'),
        doc('Persetujuan lingkungan (SPPL atau UKL-UPL)', 'Sesuai jenis usaha.'),
        doc('KKPR atau konfirmasi KKPR', 'Untuk lokasi usaha.'),
        optDoc('PBG dan SLF', 'Bila kegiatan usaha menggunakan bangunan gedung.'),
      ],
      procedure: [
        ['Unggah dokumen', 'Pelaku usaha mengunggah pemenuhan standar di OSS.'],
        ['Verifikasi dokumen', 'Dinas teknis memeriksa pemenuhan standar.'],
        ['Verifikasi lapangan', 'Bila diperlukan, petugas meninjau lokasi usaha.'],
        ['Persetujuan', 'Sertifikat standar berstatus terverifikasi di OSS.'],
      ],
      time: [5, 'working_days'],
      fee: free(NO_RETRIBUTION),
      product: 'Sertifikat Standar terverifikasi pada sistem OSS RBA',
      legalBasis: [UU_CIPTA_KERJA, PP_PBBR, PERBKPM_4_2021],
    },
    {
      code: 'DPMPTSP-HELPDESK-OSS',
      name: 'Konsultasi Perizinan Berusaha (Help Desk OSS)',
      category: 'Perizinan Berusaha',
      description:
        'Konsultasi tatap muka tentang KBLI, tingkat risiko, ' +
        'persyaratan dasar dan kendala teknis akun OSS, termasuk ' +
        'pemulihan akun dan perbaikan data NIB.',
      keywords: [
        'konsultasi oss',
        'akun oss',
        'lupa password oss',
        'kbli',
        'help desk perizinan',
        'klinik investasi',
      ],
      minutes: 20,
      requirements: [
        doc('KTP-el', 'Pemilik atau penanggung jawab usaha.'),
        optDoc('Surat kuasa', 'Bila diwakilkan, disertai KTP-el penerima kuasa.'),
        optDoc('NIB atau bukti kendala', 'Tangkapan layar pesan galat atau nomor permohonan.'),
      ],
      procedure: [
        ['Ambil antrean konsultasi', 'Sampaikan pokok pertanyaan kepada petugas informasi.'],
        ['Konsultasi', 'Petugas menelusuri data di OSS dan menjelaskan langkah.'],
        [
          'Tindak lanjut',
          'Kendala sistem diteruskan ke helpdesk Kementerian Investasi dan dipantau sampai selesai.',
        ],
      ],
      time: [30, 'minutes'],
      fee: free('Layanan informasi dan konsultasi tidak dipungut biaya'),
      product: 'Penjelasan tertulis/lisan dan tiket tindak lanjut bila ada kendala sistem',
      legalBasis: [PP_PBBR, PERBKPM_4_2021],
    },
    {
      code: 'DPMPTSP-PBG',
      name: 'Persetujuan Bangunan Gedung (PBG)',
      category: 'Perizinan Non-Berusaha',
      description:
        'Persetujuan untuk membangun baru, mengubah, memperluas, mengurangi atau merawat bangunan gedung sesuai ' +
        'standar teknis, pengganti IMB.',
      keywords: ['pbg', 'imb', 'izin mendirikan bangunan', 'izin bangunan', 'simbg', 'izin renovasi'],
      minutes: 30,
      requirements: [
        doc('Data pemohon dan pemilik bangunan', 'KTP-el; akta dan NIB bagi badan usaha.'),
        doc(
          'Bukti kepemilikan/hak atas tanah',
          'Sertipikat atau perjanjian pemanfaatan tanah dengan pemilik.',
        ),
        doc('KKPR atau informasi tata ruang', 'Sesuai lokasi.'),
        doc(
          'Dokumen rencana teknis',
          'Gambar arsitektur, struktur dan utilitas; ditandatangani ahli bersertifikat.',
        ),
        optDoc('Persetujuan lingkungan dan andalalin', 'Sesuai fungsi dan luas bangunan.'),
      ],
      procedure: [
        simbgStep,
        ['Konsultasi perencanaan', 'Pemeriksaan dokumen oleh Tim Profesi Ahli atau Tim Penilai Teknis.'],
        ['Pernyataan pemenuhan standar teknis', 'Diterbitkan bila rencana memenuhi standar.'],
        ['Penetapan retribusi', 'SKRD retribusi PBG terbit di SIMBG.'],
        ['Pembayaran dan penerbitan', 'Setelah retribusi dibayar, PBG diterbitkan dengan TTE.'],
      ],
      time: [28, 'working_days'],
      fee: paid(
        2_150_000,
        `${UU_HKPD}; ${PERDA_PDRD_SBY}`,
        'Besaran bervariasi: luas bangunan × indeks lokalitas × SHST × indeks terintegrasi. Angka di atas contoh ' +
          'rumah tinggal 2 lantai ±120 m².',
      ),
      product: 'Persetujuan Bangunan Gedung (PBG) beserta lampiran dokumen teknis',
      legalBasis: [UU_BANGUNAN_GEDUNG, UU_CIPTA_KERJA, PP_BANGUNAN_GEDUNG, PERDA_PDRD_SBY],
    },
    {
      code: 'DPMPTSP-SLF',
      name: 'Sertifikat Laik Fungsi (SLF)',
      category: 'Perizinan Non-Berusaha',
      description:
        'Sertifikat kelaikan fungsi bangunan gedung setelah selesai dibangun atau untuk bangunan eksisting.',
      keywords: ['slf', 'laik fungsi', 'sertifikat bangunan', 'kelaikan gedung'],
      minutes: 30,
      requirements: [
        doc('PBG atau IMB', 'Untuk bangunan yang telah memiliki persetujuan.'),
        doc(
          'Surat pernyataan kelaikan fungsi',
          'Dari pengkaji teknis atau penyedia jasa pengawas bersertifikat.',
        ),
        doc('Laporan pemeriksaan kelaikan fungsi', 'Termasuk as built drawing.'),
        optDoc('Dokumen pemenuhan proteksi kebakaran', 'Untuk bangunan umum dan bertingkat.'),
      ],
      procedure: [
        simbgStep,
        ['Pemeriksaan dokumen', 'Dinas teknis memeriksa kelengkapan hasil pemeriksaan kelaikan.'],
        ['Inspeksi', 'Pemeriksaan lapangan bila diperlukan.'],
        ['Penerbitan', 'SLF dan label SLF diterbitkan melalui SIMBG.'],
      ],
      time: [3, 'working_days'],
      fee: free(NO_RETRIBUTION),
      product: 'Sertifikat Laik Fungsi (SLF) dan label SLF',
      legalBasis: [UU_BANGUNAN_GEDUNG, PP_BANGUNAN_GEDUNG, UU_HKPD],
    },
    {
      code: 'DPMPTSP-REKLAME',
      name: 'Izin Penyelenggaraan Reklame',
      category: 'Perizinan Non-Berusaha',
      description: 'Izin memasang reklame papan, billboard, neon box, videotron atau kain di wilayah kota.',
      keywords: ['reklame', 'izin reklame', 'baliho', 'billboard', 'papan nama', 'videotron', 'spanduk'],
      minutes: 20,
      requirements: [
        doc('KTP-el pemohon dan NIB', 'NIB bagi biro reklame atau badan usaha.'),
        doc('Desain dan ukuran reklame', 'Gambar naskah reklame dan ukuran (m²).'),
        doc('Foto lokasi dan titik koordinat', 'Foto tempat pemasangan.'),
        doc('Persetujuan pemilik lahan/bangunan', 'Bila dipasang di tanah/bangunan milik pihak lain.'),
        optDoc('PBG konstruksi reklame', 'Untuk reklame berkonstruksi besar.'),
      ],
      procedure: [
        ['Pengajuan', 'Unggah berkas di aplikasi perizinan kota atau di loket.'],
        ['Kajian teknis', 'Tim reklame menilai kesesuaian titik, ukuran dan estetika kota.'],
        ['Penetapan pajak reklame', 'Bapenda menerbitkan ketetapan Pajak Reklame.'],
        ['Penerbitan izin', 'Izin terbit setelah pajak dibayar.'],
      ],
      time: [7, 'working_days'],
      fee: free(NO_RETRIBUTION, `Pajak Reklame terutang terpisah sesuai ${PERDA_PDRD_SBY}.`),
      product: 'Izin Penyelenggaraan Reklame dengan stiker penanda izin',
      legalBasis: [UU_HKPD, PERDA_PDRD_SBY, PP_KUPDRD],
    },
    {
      code: 'DPMPTSP-SIP-DOKTER',
      name: 'Surat Izin Praktik (SIP) Dokter dan Dokter Gigi',
      category: 'Perizinan Non-Berusaha',
      description:
        'Izin praktik dokter, dokter spesialis, dokter gigi dan ' +
        'dokter gigi spesialis di fasilitas pelayanan kesehatan.',
      keywords: ['sip dokter', 'izin praktik dokter', 'izin praktek', 'sip drg', 'sip dokter gigi'],
      minutes: 15,
      requirements: [
        doc('Surat Tanda Registrasi (STR) aktif', 'STR berlaku seumur hidup sesuai UU 17/2023.'),
        doc(
          'Surat keterangan tempat praktik',
          'Dari pimpinan fasilitas pelayanan kesehatan atau bukti praktik mandiri.',
        ),
        doc('KTP-el', 'Asli.'),
        doc('Pasfoto 4x6 cm berwarna', 'Latar belakang merah, 2 lembar.'),
        cond('Paling banyak 3 tempat praktik', 'Diisi dalam formulir permohonan.'),
      ],
      procedure: [
        ['Pengajuan', 'Melalui aplikasi perizinan kota dengan verifikasi petugas gerai.'],
        ['Verifikasi', 'Dinas Kesehatan memverifikasi STR di SATUSEHAT SDMK dan tempat praktik.'],
        ['Penerbitan', 'SIP ditandatangani elektronik.'],
      ],
      time: [5, 'working_days'],
      fee: free(NO_RETRIBUTION),
      product: 'Surat Izin Praktik (SIP) dokter/dokter gigi berlaku 5 tahun',
      legalBasis: [UU_KESEHATAN, PP_KESEHATAN, UU_HKPD],
    },
    {
      code: 'DPMPTSP-SIP-BIDAN',
      name: 'Surat Izin Praktik Bidan (SIPB)',
      category: 'Perizinan Non-Berusaha',
      description: 'Izin praktik bidan di fasilitas pelayanan kesehatan atau tempat praktik mandiri bidan.',
      keywords: ['sipb', 'izin praktik bidan', 'izin bidan', 'praktik mandiri bidan', 'pmb'],
      minutes: 15,
      requirements: [
        doc('STR bidan aktif', 'Asli dan fotokopi.'),
        doc('Surat keterangan dari pimpinan fasyankes', 'Atau pernyataan memiliki tempat praktik mandiri.'),
        doc('KTP-el', 'Asli.'),
        doc('Pasfoto 4x6 cm berwarna', '2 lembar.'),
        optDoc('Denah dan daftar peralatan tempat praktik mandiri', 'Untuk praktik mandiri bidan.'),
      ],
      procedure: [
        ['Pengajuan', 'Unggah berkas di aplikasi perizinan.'],
        ['Verifikasi dan kunjungan', 'Dinkes memverifikasi STR dan meninjau tempat praktik mandiri.'],
        ['Penerbitan', 'SIPB ditandatangani elektronik.'],
      ],
      time: [5, 'working_days'],
      fee: free(NO_RETRIBUTION),
      product: 'Surat Izin Praktik Bidan (SIPB)',
      legalBasis: [UU_KESEHATAN, PP_KESEHATAN, UU_HKPD],
    },
    {
      code: 'DPMPTSP-SIP-PERAWAT',
      name: 'Surat Izin Praktik Perawat (SIPP)',
      category: 'Perizinan Non-Berusaha',
      description: 'Izin praktik perawat di fasilitas pelayanan kesehatan atau praktik mandiri perawat.',
      keywords: ['sipp', 'izin praktik perawat', 'izin perawat', 'sik perawat'],
      minutes: 15,
      requirements: [
        doc('STR perawat aktif', 'Asli dan fotokopi.'),
        doc('Surat keterangan dari pimpinan fasyankes tempat bekerja', 'Asli.'),
        doc('KTP-el', 'Asli.'),
        doc('Pasfoto 4x6 cm berwarna', '2 lembar.'),
      ],
      procedure: [
        ['Pengajuan', 'Unggah berkas di aplikasi perizinan.'],
        ['Verifikasi', 'Dinkes memverifikasi STR dan tempat praktik.'],
        ['Penerbitan', 'SIPP ditandatangani elektronik.'],
      ],
      time: [5, 'working_days'],
      fee: free(NO_RETRIBUTION),
      product: 'Surat Izin Praktik Perawat (SIPP)',
      legalBasis: [UU_KESEHATAN, PP_KESEHATAN, UU_HKPD],
    },
    {
      code: 'DPMPTSP-SIPA',
      name: 'Surat Izin Praktik Apoteker (SIPA)',
      category: 'Perizinan Non-Berusaha',
      description: 'Izin praktik apoteker di apotek, instalasi farmasi rumah sakit, puskesmas atau klinik.',
      keywords: ['sipa', 'izin apoteker', 'izin praktik apoteker', 'apoteker'],
      minutes: 15,
      requirements: [
        doc('STR apoteker aktif', 'Asli dan fotokopi.'),
        doc('Surat keterangan tempat praktik kefarmasian', 'Dari pimpinan sarana atau pemilik apotek.'),
        doc('KTP-el', 'Asli.'),
        doc('Pasfoto 4x6 cm berwarna', '2 lembar.'),
      ],
      procedure: [
        ['Pengajuan', 'Unggah berkas di aplikasi perizinan.'],
        ['Verifikasi', 'Dinkes memverifikasi STR dan sarana kefarmasian.'],
        ['Penerbitan', 'SIPA ditandatangani elektronik.'],
      ],
      time: [5, 'working_days'],
      fee: free(NO_RETRIBUTION),
      product: 'Surat Izin Praktik Apoteker (SIPA)',
      legalBasis: [UU_KESEHATAN, PP_KESEHATAN, UU_HKPD],
    },
    {
      code: 'DPMPTSP-IZIN-APOTEK',
      name: 'Perizinan Berusaha Apotek',
      category: 'Perizinan Berusaha',
      description:
        'Sertifikat standar apotek melalui OSS RBA, diverifikasi Dinas Kesehatan dengan kunjungan lapangan.',
      keywords: ['izin apotek', 'buka apotek', 'apotek', 'sertifikat standar apotek'],
      minutes: 30,
      requirements: [
        doc('NIB dengan KBLI 47722 (perdagangan eceran farmasi di apotek)', 'Terbit di OSS.'),
        doc('SIPA apoteker penanggung jawab', 'Asli.'),
        doc('Denah bangunan dan daftar sarana, prasarana, peralatan', 'Sesuai standar Permenkes 14/2021.'),
        doc('PBG/SLF atau bukti penguasaan bangunan', 'Sertipikat, sewa, atau pinjam pakai.'),
        doc('Daftar tenaga kefarmasian', 'Dengan STR dan SIP masing-masing.'),
      ],
      procedure: [
        ['Pengajuan di OSS', 'Pilih perizinan berusaha apotek dan unggah dokumen standar.'],
        ['Verifikasi dokumen', 'Dinkes memeriksa kelengkapan.'],
        ['Visitasi', 'Tim Dinkes meninjau sarana apotek.'],
        ['Penerbitan', 'Sertifikat standar apotek terverifikasi di OSS.'],
      ],
      time: [14, 'working_days'],
      fee: free(NO_RETRIBUTION),
      product: 'Sertifikat Standar Apotek (terverifikasi di OSS RBA)',
      legalBasis: [UU_KESEHATAN, PP_PBBR, PERMENKES_14_2021],
    },
    {
      code: 'DPMPTSP-IZIN-KLINIK',
      name: 'Izin Operasional Klinik Pratama',
      category: 'Perizinan Berusaha',
      description: 'Perizinan berusaha klinik pratama rawat jalan atau rawat inap melalui OSS RBA.',
      keywords: ['izin klinik', 'klinik pratama', 'buka klinik', 'izin operasional klinik'],
      minutes: 30,
      requirements: [
        doc('NIB dengan KBLI 86105 (aktivitas klinik swasta)', 'Terbit di OSS.'),
        doc('Profil klinik', 'Struktur organisasi, jenis layanan dan jam buka.'),
        doc('SIP dokter penanggung jawab dan tenaga kesehatan', 'Sesuai jenis layanan.'),
        doc('PBG dan SLF bangunan klinik', 'Asli.'),
        doc('Persetujuan lingkungan', 'SPPL atau UKL-UPL sesuai skala.'),
        doc('Perjanjian kerja sama pengolahan limbah medis', 'Dengan pengolah limbah B3 berizin.'),
      ],
      procedure: [
        ['Pengajuan di OSS', 'Pilih perizinan berusaha klinik dan unggah dokumen.'],
        ['Verifikasi dokumen', 'Dinkes memeriksa kelengkapan.'],
        ['Visitasi', 'Penilaian sarana, prasarana, peralatan dan SDM.'],
        ['Penerbitan', 'Izin operasional klinik terbit di OSS; klinik diregistrasi di SATUSEHAT.'],
      ],
      time: [14, 'working_days'],
      fee: free(NO_RETRIBUTION),
      product: 'Izin Operasional Klinik Pratama berlaku 5 tahun',
      legalBasis: [UU_KESEHATAN, PP_KESEHATAN, PP_PBBR, PERMENKES_14_2021],
    },
    {
      code: 'DPMPTSP-TDUP',
      name: 'Tanda Daftar Usaha Pariwisata (TDUP)',
      category: 'Perizinan Berusaha',
      description:
        'Perizinan usaha pariwisata (kafe, restoran, hotel, karaoke, ' +
        'biro perjalanan) melalui OSS RBA: NIB untuk risiko ' +
        'rendah atau sertifikat standar untuk risiko menengah.',
      keywords: ['tdup', 'izin pariwisata', 'izin restoran', 'izin kafe', 'izin hotel', 'usaha wisata'],
      minutes: 30,
      requirements: [
        doc('NIB dengan KBLI usaha pariwisata', 'Terbit di OSS.'),
        doc('KKPR atau konfirmasi KKPR', 'Sesuai lokasi usaha.'),
        doc('Persetujuan lingkungan', 'SPPL atau UKL-UPL.'),
        optDoc(
          'Sertifikat standar usaha pariwisata',
          'Untuk usaha risiko menengah tinggi, dari lembaga sertifikasi.',
        ),
      ],
      procedure: [
        ['Pengajuan di OSS', 'Pelaku usaha memilih KBLI dan mengisi data usaha.'],
        ['Verifikasi', 'Dinas pariwisata memverifikasi standar usaha.'],
        ['Penerbitan', 'NIB/sertifikat standar terbit di OSS.'],
      ],
      time: [5, 'working_days'],
      fee: free(NO_RETRIBUTION),
      product: 'NIB dan/atau Sertifikat Standar Usaha Pariwisata',
      legalBasis: [UU_CIPTA_KERJA, PP_PBBR, 'Undang-Undang Nomor 10 Tahun 2009 tentang Kepariwisataan'],
    },
    {
      code: 'DPMPTSP-PKKPR',
      name: 'Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang (PKKPR)',
      category: 'Perizinan Berusaha',
      description:
        'Persetujuan kesesuaian rencana lokasi kegiatan berusaha dengan rencana tata ruang, pengganti izin lokasi, ' +
        'bila lokasi belum diatur dalam RDTR digital.',
      keywords: ['pkkpr', 'kkpr', 'izin lokasi', 'tata ruang', 'kesesuaian ruang', 'zonasi'],
      minutes: 30,
      requirements: [
        doc('NIB', 'Terbit di OSS.'),
        doc('Koordinat lokasi dan peta rencana', 'Dalam format shapefile atau hasil digitasi.'),
        doc('Bukti penguasaan tanah', 'Sertipikat atau pernyataan penguasaan.'),
        doc('Rencana teknis bangunan dan luas lahan', 'Termasuk KDB, KLB dan jumlah lantai.'),
        doc('Rencana pemanfaatan tanah', 'Uraian kegiatan dan kebutuhan luas.'),
      ],
      procedure: [
        ['Pengajuan di OSS', 'Pilih permohonan PKKPR dan unggah dokumen.'],
        ['Pertimbangan teknis pertanahan', 'Kantor Pertanahan memberi pertimbangan teknis.'],
        ['Kajian Forum Penataan Ruang', 'Forum membahas kesesuaian dengan RTRW.'],
        ['Penerbitan', 'PKKPR terbit di OSS.'],
      ],
      time: [20, 'working_days'],
      fee: free(NO_RETRIBUTION),
      product: 'Persetujuan KKPR untuk kegiatan berusaha',
      legalBasis: [UU_CIPTA_KERJA, PP_TATA_RUANG, PP_PBBR],
    },
    {
      code: 'DPMPTSP-TOKO-SWALAYAN',
      name: 'Perizinan Berusaha Toko Swalayan',
      category: 'Perizinan Berusaha',
      description:
        'Izin usaha minimarket/toko swalayan dengan kajian jarak terhadap pasar rakyat dan kemitraan UMKM.',
      keywords: ['izin minimarket', 'toko swalayan', 'izin toko modern', 'iuts', 'alfamart', 'indomaret'],
      minutes: 30,
      requirements: [
        doc('NIB dengan KBLI 47111/47112', 'Terbit di OSS.'),
        doc('PKKPR atau konfirmasi KKPR', 'Sesuai lokasi.'),
        doc('Analisis sosial ekonomi dan jarak dengan pasar rakyat', 'Sesuai ketentuan daerah.'),
        doc('Rencana kemitraan dengan UMKM', 'Ruang usaha/pemasaran produk lokal.'),
        doc('PBG dan SLF', 'Bangunan toko.'),
      ],
      procedure: [
        ['Pengajuan di OSS', 'Pelaku usaha mengajukan perizinan toko swalayan.'],
        ['Kajian', 'Dinas Perdagangan menilai lokasi dan kemitraan.'],
        ['Penerbitan', 'Perizinan berusaha terbit di OSS.'],
      ],
      time: [10, 'working_days'],
      fee: free(NO_RETRIBUTION),
      product: 'Perizinan berusaha toko swalayan (sertifikat standar terverifikasi)',
      legalBasis: [
        UU_CIPTA_KERJA,
        PP_PBBR,
        'Peraturan Menteri Perdagangan Nomor 23 Tahun 2021 tentang Pedoman Pengembangan, Penataan, dan Pembinaan ' +
          'Pusat Perbelanjaan dan Toko Swalayan',
      ],
    },
  ]),

  ...defineServices('DLH', dlh, [
    {
      code: 'DLH-SPPL',
      name: 'Surat Pernyataan Kesanggupan Pengelolaan dan Pemantauan Lingkungan Hidup (SPPL)',
      category: 'Lingkungan Hidup',
      description:
        'Pernyataan kesanggupan bagi usaha yang tidak wajib AMDAL atau UKL-UPL; diterbitkan melalui OSS.',
      keywords: ['sppl', 'izin lingkungan', 'dokumen lingkungan', 'persetujuan lingkungan'],
      minutes: 20,
      requirements: [
        doc('NIB', 'Terbit di OSS.'),
        doc('Uraian kegiatan usaha', 'Jenis, skala dan lokasi.'),
        cond('Kegiatan tidak wajib AMDAL atau UKL-UPL', 'Sesuai PermenLHK 4/2021.'),
      ],
      procedure: [
        ['Pengisian di OSS', 'Pelaku usaha mengisi formulir SPPL.'],
        ['Verifikasi', 'Petugas DLH memastikan jenis usaha cukup SPPL.'],
        ['Penerbitan', 'SPPL terbit di OSS.'],
      ],
      time: [1, 'working_days'],
      fee: free('Tidak dipungut biaya'),
      product: 'SPPL terverifikasi',
      legalBasis: [UU_PPLH, PP_22_2021, PERMENLHK_4_2021],
    },
    {
      code: 'DLH-UKL-UPL',
      name: 'Persetujuan Lingkungan UKL-UPL (PKPLH)',
      category: 'Lingkungan Hidup',
      description:
        'Pemeriksaan formulir UKL-UPL dan penerbitan Persetujuan Kesesuaian Pengelolaan Lingkungan Hidup.',
      keywords: ['ukl upl', 'ukl-upl', 'pkplh', 'dokumen lingkungan', 'persetujuan lingkungan'],
      minutes: 30,
      requirements: [
        doc('NIB dan PKKPR/konfirmasi KKPR', 'Terbit di OSS.'),
        doc('Formulir UKL-UPL standar', 'Disusun sesuai PermenLHK 4/2021.'),
        doc('Peta lokasi dan tata letak kegiatan', 'Dengan titik koordinat.'),
        optDoc('Persetujuan teknis', 'Bila membuang air limbah atau emisi.'),
      ],
      procedure: [
        ['Pengajuan', 'Unggah formulir UKL-UPL melalui AMDALNET/OSS.'],
        ['Pemeriksaan administrasi', 'Kelengkapan diperiksa DLH.'],
        ['Pemeriksaan substansi', 'Rapat pemeriksaan dengan pemrakarsa; perbaikan bila perlu.'],
        ['Penerbitan', 'PKPLH diterbitkan.'],
      ],
      time: [14, 'working_days'],
      fee: free('Tidak dipungut biaya'),
      product: 'Persetujuan Kesesuaian Pengelolaan Lingkungan Hidup (PKPLH)',
      legalBasis: [UU_PPLH, PP_22_2021, PERMENLHK_4_2021],
    },
    {
      code: 'DLH-PERTEK-AIR-LIMBAH',
      name: 'Persetujuan Teknis Pemenuhan Baku Mutu Air Limbah',
      category: 'Lingkungan Hidup',
      description:
        'Persetujuan teknis bagi usaha yang membuang air limbah ke badan air atau memanfaatkannya.',
      keywords: ['pertek air limbah', 'izin pembuangan limbah cair', 'ipal', 'baku mutu air limbah'],
      minutes: 30,
      requirements: [
        doc('Kajian teknis pembuangan air limbah', 'Disusun tenaga ahli.'),
        doc('Desain IPAL dan diagram alir proses', 'Termasuk debit dan karakteristik limbah.'),
        doc('Hasil uji laboratorium terakreditasi', 'Untuk kegiatan eksisting.', false),
        doc('NIB dan persetujuan lingkungan', 'Atau dalam proses.'),
      ],
      procedure: [
        ['Pengajuan', 'Unggah dokumen di sistem persetujuan teknis.'],
        ['Penilaian', 'Penilaian kajian teknis oleh tim DLH.'],
        ['Penerbitan', 'Persetujuan teknis diterbitkan untuk diintegrasikan dalam persetujuan lingkungan.'],
      ],
      time: [15, 'working_days'],
      fee: free('Tidak dipungut biaya'),
      product: 'Persetujuan Teknis Pemenuhan Baku Mutu Air Limbah',
      legalBasis: [UU_PPLH, PP_22_2021, PERMENLHK_5_2021],
    },
    {
      code: 'DLH-RINTEK-B3',
      name: 'Rincian Teknis Penyimpanan Limbah B3',
      category: 'Lingkungan Hidup',
      description:
        'Rincian teknis tempat penyimpanan sementara limbah bahan berbahaya dan beracun (TPS LB3).',
      keywords: ['limbah b3', 'tps b3', 'rintek', 'izin tps limbah', 'limbah berbahaya'],
      minutes: 20,
      requirements: [
        doc('Identitas pemohon dan NIB', 'KTP-el penanggung jawab.'),
        doc('Jenis dan jumlah limbah B3', 'Per bulan, dengan kode limbah.'),
        doc('Desain dan foto TPS limbah B3', 'Termasuk simbol, label dan fasilitas tanggap darurat.'),
        doc('Perjanjian dengan pengangkut/pengolah berizin', 'Asli.'),
      ],
      procedure: [
        ['Pengajuan', 'Unggah dokumen di sistem persetujuan teknis.'],
        ['Verifikasi', 'DLH memeriksa dokumen dan meninjau TPS.'],
        ['Penerbitan', 'Rincian teknis diterbitkan.'],
      ],
      time: [10, 'working_days'],
      fee: free('Tidak dipungut biaya'),
      product: 'Rincian Teknis Penyimpanan Limbah B3',
      legalBasis: [UU_PPLH, PP_22_2021, PERMENLHK_6_2021],
    },
    {
      code: 'DLH-PENGADUAN',
      name: 'Pengaduan Pencemaran dan Perusakan Lingkungan',
      category: 'Lingkungan Hidup',
      description:
        'Penerimaan dan penanganan pengaduan dugaan pencemaran air, udara, kebisingan atau limbah.',
      keywords: ['lapor pencemaran', 'limbah pabrik', 'bau', 'bising', 'aduan lingkungan', 'polusi'],
      minutes: 15,
      requirements: [
        doc('Identitas pengadu', 'KTP-el; identitas dapat dirahasiakan atas permintaan.'),
        doc('Uraian dan lokasi kejadian', 'Waktu, lokasi dan dampak yang dirasakan.'),
        optDoc('Foto atau video', 'Bukti pendukung.'),
      ],
      procedure: [
        ['Penerimaan', 'Pengaduan dicatat dan diberi nomor register.'],
        ['Verifikasi', 'Petugas menelaah kewenangan dan kelengkapan.'],
        ['Verifikasi lapangan', 'Pejabat Pengawas LH meninjau lokasi dan mengambil sampel bila perlu.'],
        ['Tindak lanjut', 'Hasil dan langkah penanganan disampaikan kepada pengadu.'],
      ],
      time: [10, 'working_days'],
      fee: free('Tidak dipungut biaya'),
      product: 'Surat tanggapan hasil verifikasi dan tindak lanjut pengaduan',
      legalBasis: [
        UU_PPLH,
        'Peraturan Menteri LHK Nomor P.22/MENLHK/SETJEN/SET.1/3/2017 tentang Tata Cara Pengelolaan Pengaduan Dugaan ' +
          'Pencemaran dan/atau Perusakan Lingkungan Hidup dan/atau Perusakan Hutan',
      ],
    },
  ]),

  ...defineServices('DISHUB', dishub, [
    {
      code: 'DISHUB-UJI-KIR',
      name: 'Pengujian Berkala Kendaraan Bermotor (Uji KIR)',
      category: 'Perhubungan',
      description:
        'Uji berkala setiap 6 bulan untuk mobil barang, mobil penumpang umum, bus dan kereta gandengan.',
      keywords: ['kir', 'uji kir', 'uji berkala', 'blue', 'blu-e', 'buku kir', 'kir mobil barang'],
      minutes: 15,
      bookable: true,
      quota: 80,
      requirements: [
        doc('STNK asli dan fotokopi', 'Masih berlaku.'),
        doc('Kartu BLU-e lama', 'Untuk uji berkala ulang.'),
        doc('KTP-el pemilik atau surat kuasa', 'Bila diwakilkan.'),
        optDoc('Surat keterangan rancang bangun dan SRUT', 'Untuk uji pertama kendaraan baru.'),
      ],
      procedure: [
        ['Pendaftaran dan pembayaran', 'Di gerai MPP atau daring; retribusi dibayar nontunai.'],
        ['Penjadwalan', 'Pemohon mendapat jadwal uji di UPT Pengujian Kendaraan Bermotor.'],
        ['Pemeriksaan teknis', 'Uji emisi, rem, lampu, kincup roda, dimensi.'],
        ['Penerbitan', 'Kartu BLU-e dan stiker hologram diterbitkan bila lulus.'],
      ],
      time: [1, 'working_days'],
      fee: paid(
        85_000,
        PERDA_PDRD_SBY,
        'Retribusi pengujian kendaraan bermotor per golongan JBB; ' +
          'angka di atas contoh mobil barang JBB s.d. 3.500 kg.',
      ),
      product: 'Kartu Bukti Lulus Uji Elektronik (BLU-e) dan tanda lulus uji',
      legalBasis: [
        UU_LLAJ,
        PP_LLAJ,
        'Peraturan Menteri Perhubungan Nomor 19 Tahun 2021 tentang Pengujian Berkala Kendaraan Bermotor',
      ],
    },
    {
      code: 'DISHUB-MUTASI-UJI',
      name: 'Numpang Uji dan Mutasi Uji Kendaraan Bermotor',
      category: 'Perhubungan',
      description:
        'Pengujian di luar daerah asal (numpang uji) atau pemindahan data uji karena mutasi kendaraan.',
      keywords: ['numpang uji', 'mutasi kir', 'pindah kir', 'mutasi uji'],
      minutes: 15,
      requirements: [
        doc('Surat rekomendasi numpang uji/mutasi dari daerah asal', 'Asli.'),
        doc('Kartu BLU-e dan STNK', 'Asli dan fotokopi.'),
        doc('KTP-el pemilik', 'Asli.'),
      ],
      procedure: [
        ['Pengajuan', 'Serahkan berkas di gerai.'],
        ['Verifikasi data', 'Pencocokan data uji dari daerah asal.'],
        ['Pengujian', 'Kendaraan diuji di UPT.'],
        ['Penerbitan', 'Data uji dicatat dan BLU-e diterbitkan.'],
      ],
      time: [2, 'working_days'],
      fee: paid(85_000, PERDA_PDRD_SBY, 'Sama dengan retribusi uji berkala per golongan kendaraan.'),
      product: 'Data uji berkala di daerah tujuan dan kartu BLU-e',
      legalBasis: [
        UU_LLAJ,
        PP_LLAJ,
        'Peraturan Menteri Perhubungan Nomor 19 Tahun 2021 tentang Pengujian Berkala Kendaraan Bermotor',
      ],
    },
    {
      code: 'DISHUB-IZIN-ANGKUTAN',
      name: 'Izin Penyelenggaraan Angkutan Orang dalam Trayek Perkotaan',
      category: 'Perhubungan',
      description:
        'Perizinan berusaha angkutan kota (mikrolet/angkot) dan penerbitan kartu pengawasan per kendaraan.',
      keywords: ['izin trayek', 'izin angkot', 'kartu pengawasan', 'angkutan kota', 'mikrolet'],
      minutes: 20,
      requirements: [
        doc('NIB badan hukum angkutan', 'Perseroan atau koperasi.'),
        doc('STNK atas nama badan hukum', 'Untuk setiap kendaraan.'),
        doc('Kartu BLU-e yang masih berlaku', 'Untuk setiap kendaraan.'),
        doc('Bukti fasilitas penyimpanan/pool kendaraan', 'Surat kepemilikan atau sewa.'),
      ],
      procedure: [
        ['Pengajuan', 'Melalui OSS dan aplikasi perizinan kota.'],
        ['Evaluasi trayek', 'Ketersediaan kuota trayek dan kelengkapan armada.'],
        ['Penerbitan', 'Izin dan kartu pengawasan per kendaraan diterbitkan.'],
      ],
      time: [10, 'working_days'],
      fee: free(NO_RETRIBUTION),
      product: 'Izin penyelenggaraan angkutan dan kartu pengawasan',
      legalBasis: [
        UU_LLAJ,
        PP_LLAJ,
        'Peraturan Menteri Perhubungan Nomor PM 15 Tahun 2019 ' +
          'tentang Penyelenggaraan Angkutan Orang dengan Kendaraan ' +
          'Bermotor Umum dalam Trayek',
      ],
    },
    {
      code: 'DISHUB-ANDALALIN',
      name: 'Persetujuan Analisis Dampak Lalu Lintas (Andalalin)',
      category: 'Perhubungan',
      description:
        'Penilaian hasil andalalin untuk pembangunan pusat kegiatan, permukiman dan infrastruktur.',
      keywords: ['andalalin', 'analisis dampak lalu lintas', 'rekomendasi lalu lintas', 'dampak lalin'],
      minutes: 30,
      requirements: [
        doc('Dokumen hasil analisis dampak lalu lintas', 'Disusun tenaga ahli bersertifikat.'),
        doc('Site plan dan rencana akses', 'Termasuk sirkulasi dan parkir.'),
        doc('Surat pernyataan kesanggupan melaksanakan rekomendasi', 'Ditandatangani pengembang.'),
      ],
      procedure: [
        ['Pengajuan', 'Serahkan dokumen andalalin.'],
        ['Penilaian tim evaluasi', 'Rapat tim evaluasi dan paparan pengembang.'],
        ['Perbaikan', 'Pengembang memperbaiki dokumen sesuai masukan.'],
        ['Penerbitan', 'Persetujuan andalalin diterbitkan.'],
      ],
      time: [20, 'working_days'],
      fee: free('Tidak dipungut biaya'),
      product: 'Surat persetujuan hasil analisis dampak lalu lintas',
      legalBasis: [
        UU_LLAJ,
        PP_LLAJ,
        'Peraturan Menteri Perhubungan Nomor 17 Tahun 2021 tentang Penyelenggaraan Analisis Dampak Lalu Lintas',
      ],
    },
    {
      code: 'DISHUB-IZIN-PARKIR',
      name: 'Izin Penyelenggaraan Tempat Khusus Parkir',
      category: 'Perhubungan',
      description:
        'Izin bagi pengelola gedung atau lahan yang menyelenggarakan parkir berbayar di luar ruang milik jalan.',
      keywords: ['izin parkir', 'tempat khusus parkir', 'parkir gedung', 'pengelola parkir'],
      minutes: 20,
      requirements: [
        doc('NIB pengelola parkir', 'Terbit di OSS.'),
        doc('Denah dan kapasitas satuan ruang parkir', 'Termasuk akses masuk dan keluar.'),
        doc('Bukti penguasaan lahan/gedung', 'Sertipikat atau perjanjian sewa.'),
        doc('Persetujuan andalalin', 'Untuk kapasitas besar.', false),
      ],
      procedure: [
        ['Pengajuan', 'Unggah berkas di aplikasi perizinan kota.'],
        ['Survei lokasi', 'Tim Dishub memeriksa tata letak dan rambu.'],
        ['Penerbitan', 'Izin tempat khusus parkir diterbitkan.'],
      ],
      time: [10, 'working_days'],
      fee: free(NO_RETRIBUTION, `Pajak Parkir terutang terpisah sesuai ${PERDA_PDRD_SBY}.`),
      product: 'Izin Penyelenggaraan Tempat Khusus Parkir',
      legalBasis: [UU_LLAJ, PP_LLAJ, PERDA_PDRD_SBY],
    },
  ]),

  ...defineServices('DINKES', dinkes, [
    {
      code: 'DINKES-SPP-IRT',
      name: 'Sertifikat Produksi Pangan Industri Rumah Tangga (SPP-IRT)',
      category: 'Kesehatan',
      description:
        'Izin edar pangan olahan produksi rumah tangga (keripik, sambal, kue kering) melalui OSS RBA.',
      keywords: ['pirt', 'p-irt', 'spp-irt', 'izin pirt', 'izin makanan rumahan', 'izin produk makanan'],
      minutes: 20,
      requirements: [
        doc('NIB dengan KBLI industri pangan skala mikro/kecil', 'Terbit di OSS.'),
        doc('Sertifikat Penyuluhan Keamanan Pangan (PKP)', 'Atas nama pemilik atau penanggung jawab.'),
        doc(
          'Rancangan label produk',
          'Memuat nama produk, komposisi, berat bersih, nama dan alamat produsen.',
        ),
        cond('Sarana produksi memenuhi cara produksi pangan yang baik', 'Diperiksa petugas Dinkes.'),
      ],
      procedure: [
        ['Pengajuan di OSS', 'Pilih SPP-IRT dan unggah label serta sertifikat PKP.'],
        ['Pemeriksaan sarana', 'District Food Inspector memeriksa tempat produksi.'],
        ['Penerbitan', 'SPP-IRT dan nomor P-IRT 15 digit diterbitkan.'],
      ],
      time: [14, 'working_days'],
      fee: free(NO_RETRIBUTION),
      product: 'SPP-IRT dengan nomor P-IRT berlaku 5 tahun',
      legalBasis: [
        'Peraturan Pemerintah Nomor 86 Tahun 2019 tentang Keamanan Pangan',
        'Peraturan Badan POM Nomor 22 Tahun 2018 tentang Pedoman ' +
          'Pemberian Sertifikat Produksi Pangan Industri Rumah Tangga',
        PP_PBBR,
      ],
    },
    {
      code: 'DINKES-PKP',
      name: 'Penyuluhan Keamanan Pangan (Sertifikat PKP)',
      category: 'Kesehatan',
      description:
        'Pendaftaran penyuluhan keamanan pangan untuk pemilik/penanggung jawab IRTP sebagai syarat SPP-IRT.',
      keywords: ['pkp', 'penyuluhan keamanan pangan', 'sertifikat pkp', 'pelatihan pirt'],
      minutes: 10,
      quota: 40,
      requirements: [
        doc('KTP-el', 'Pemilik atau penanggung jawab produksi.'),
        doc('NIB', 'Atau bukti pendaftaran OSS.'),
        cond('Hadir penuh pada jadwal penyuluhan', 'Penyuluhan satu hari diakhiri evaluasi.'),
      ],
      procedure: [
        ['Pendaftaran', 'Pemohon mendaftar dan memilih jadwal penyuluhan.'],
        ['Penyuluhan', 'Materi keamanan pangan, higiene, label dan bahan tambahan pangan.'],
        ['Evaluasi dan sertifikat', 'Peserta yang lulus evaluasi menerima sertifikat PKP.'],
      ],
      time: [5, 'working_days'],
      fee: free('Diselenggarakan dengan APBD, tidak dipungut biaya'),
      product: 'Sertifikat Penyuluhan Keamanan Pangan',
      legalBasis: [
        'Peraturan Pemerintah Nomor 86 Tahun 2019 tentang Keamanan Pangan',
        'Peraturan Badan POM Nomor 22 Tahun 2018 tentang Pedoman ' +
          'Pemberian Sertifikat Produksi Pangan Industri Rumah Tangga',
      ],
    },
    {
      code: 'DINKES-SLHS',
      name: 'Sertifikat Laik Higiene Sanitasi (SLHS)',
      category: 'Kesehatan',
      description:
        'Sertifikat bagi depot air minum, jasa boga, rumah makan dan restoran yang memenuhi standar higiene sanitasi.',
      keywords: [
        'slhs',
        'laik higiene',
        'depot air minum',
        'izin katering',
        'jasa boga',
        'sertifikat higiene',
      ],
      minutes: 20,
      requirements: [
        doc('NIB', 'Terbit di OSS.'),
        doc(
          'Hasil uji laboratorium sampel air/makanan',
          'Dari laboratorium terakreditasi, paling lama 1 bulan.',
        ),
        doc('Sertifikat pelatihan higiene sanitasi penjamah pangan', 'Untuk penanggung jawab dan penjamah.'),
        doc('Denah dan foto tempat pengolahan', 'Asli.'),
      ],
      procedure: [
        ['Pengajuan', 'Unggah berkas di OSS/aplikasi perizinan.'],
        ['Inspeksi kesehatan lingkungan', 'Sanitarian puskesmas memeriksa sarana.'],
        ['Penerbitan', 'SLHS diterbitkan bila memenuhi syarat.'],
      ],
      time: [14, 'working_days'],
      fee: free(NO_RETRIBUTION, 'Biaya uji laboratorium dibayar pemohon langsung kepada laboratorium.'),
      product: 'Sertifikat Laik Higiene Sanitasi berlaku 3 tahun',
      legalBasis: [
        UU_KESEHATAN,
        'Peraturan Menteri Kesehatan Nomor 2 Tahun 2023 tentang Peraturan Pelaksanaan Peraturan Pemerintah Nomor 66 ' +
          'Tahun 2014 tentang Kesehatan Lingkungan',
        PERMENKES_14_2021,
      ],
    },
    {
      code: 'DINKES-STPT',
      name: 'Surat Terdaftar Penyehat Tradisional (STPT)',
      category: 'Kesehatan',
      description:
        'Pendaftaran penyehat tradisional empiris (pijat, ramuan, akupresur) yang berpraktik di kota ini.',
      keywords: ['stpt', 'pengobatan tradisional', 'penyehat tradisional', 'izin pijat', 'battra'],
      minutes: 15,
      requirements: [
        doc('KTP-el', 'Asli.'),
        doc('Surat keterangan lokasi praktik dari kelurahan', 'Asli.'),
        doc('Rekomendasi asosiasi/organisasi penyehat tradisional', 'Asli.'),
        doc('Pasfoto 4x6 cm', '2 lembar.'),
      ],
      procedure: [
        ['Pengajuan', 'Serahkan berkas di gerai Dinkes.'],
        ['Verifikasi', 'Pemeriksaan berkas dan peninjauan tempat praktik.'],
        ['Penerbitan', 'STPT diterbitkan.'],
      ],
      time: [7, 'working_days'],
      fee: free(NO_RETRIBUTION),
      product: 'Surat Terdaftar Penyehat Tradisional (STPT) berlaku 2 tahun',
      legalBasis: [
        UU_KESEHATAN,
        'Peraturan Menteri Kesehatan Nomor 61 Tahun 2016 tentang Pelayanan Kesehatan Tradisional Empiris',
      ],
    },
  ]),

  ...defineServices('DISDAG', disdag, [
    {
      code: 'DISDAG-TERA-ULANG',
      name: 'Tera Ulang Alat Ukur, Takar, Timbang dan Perlengkapannya (UTTP)',
      category: 'Perdagangan',
      description:
        'Pemeriksaan dan pembubuhan tanda tera ulang tahunan untuk timbangan, takaran, meter air dan pompa BBM.',
      keywords: ['tera', 'tera ulang', 'timbangan', 'uttp', 'kalibrasi timbangan', 'metrologi'],
      minutes: 15,
      quota: 60,
      requirements: [
        doc(
          'UTTP yang akan ditera ulang',
          'Dibawa ke UPT Metrologi atau diperiksa di tempat untuk UTTP terpasang.',
        ),
        doc('KTP-el pemilik', 'Atau surat kuasa.'),
        doc('Formulir permohonan tera ulang', 'Memuat jenis, merek dan kapasitas UTTP.'),
      ],
      procedure: [
        ['Pendaftaran', 'Pemohon mendaftar di gerai dan membayar retribusi nontunai.'],
        ['Pemeriksaan dan pengujian', 'Penera menguji kebenaran UTTP dengan standar.'],
        ['Pembubuhan tanda tera', 'UTTP yang sah diberi cap tanda tera tahun berjalan.'],
      ],
      time: [1, 'working_days'],
      fee: paid(
        15_000,
        PERDA_PDRD_SBY,
        'Retribusi pelayanan tera/tera ulang per jenis dan kapasitas UTTP; angka di atas contoh timbangan meja pasar.',
      ),
      product: 'Surat keterangan hasil pengujian dan tanda tera sah',
      legalBasis: [
        UU_METROLOGI,
        'Peraturan Menteri Perdagangan Nomor 68 Tahun 2018 tentang ' +
          'Tera dan Tera Ulang Alat-Alat Ukur, Takar, Timbang, ' +
          'dan Perlengkapannya',
        PERDA_PDRD_SBY,
      ],
    },
    {
      code: 'DISDAG-PENGADUAN-KONSUMEN',
      name: 'Pengaduan Konsumen',
      category: 'Perdagangan',
      description:
        'Penerimaan pengaduan konsumen atas barang/jasa yang merugikan, dengan fasilitasi penyelesaian.',
      keywords: ['aduan konsumen', 'komplain barang', 'penipuan toko', 'perlindungan konsumen', 'ganti rugi'],
      minutes: 20,
      requirements: [
        doc('KTP-el pengadu', 'Asli.'),
        doc('Bukti transaksi', 'Nota, kuitansi, tangkapan layar pembelian daring.'),
        doc('Kronologi tertulis', 'Uraian kejadian dan tuntutan.'),
      ],
      procedure: [
        ['Penerimaan', 'Pengaduan dicatat dan diberi nomor.'],
        ['Klarifikasi', 'Dinas menghubungi pelaku usaha.'],
        ['Fasilitasi', 'Pertemuan para pihak; bila gagal diarahkan ke BPSK.'],
      ],
      time: [14, 'working_days'],
      fee: free('Tidak dipungut biaya'),
      product: 'Berita acara fasilitasi penyelesaian sengketa konsumen',
      legalBasis: [
        UU_KONSUMEN,
        'Peraturan Pemerintah Nomor 58 Tahun 2001 tentang Pembinaan ' +
          'dan Pengawasan Penyelenggaraan Perlindungan Konsumen',
      ],
    },
    {
      code: 'DISDAG-SKPL-A',
      name: 'Surat Keterangan Penjual Langsung Minuman Beralkohol Golongan A (SKPL-A)',
      category: 'Perdagangan',
      description:
        'Izin penjualan langsung minuman beralkohol golongan A untuk diminum di tempat (hotel, restoran, bar).',
      keywords: ['skpl', 'skpl-a', 'izin minuman beralkohol', 'izin bir', 'minol'],
      minutes: 20,
      requirements: [
        doc('NIB dengan KBLI restoran/bar/hotel', 'Terbit di OSS.'),
        doc('Surat penunjukan dari distributor/sub distributor', 'Asli.'),
        doc('PKKPR/konfirmasi KKPR', 'Lokasi tidak berdekatan dengan tempat ibadah, sekolah, rumah sakit.'),
        doc('Denah ruang penjualan', 'Asli.'),
      ],
      procedure: [
        ['Pengajuan di OSS', 'Pilih PB UMKU SKPL-A.'],
        ['Verifikasi lokasi', 'Tim memeriksa jarak dan kesesuaian tempat.'],
        ['Penerbitan', 'SKPL-A terbit di OSS.'],
      ],
      time: [10, 'working_days'],
      fee: free(NO_RETRIBUTION),
      product: 'SKPL-A berlaku 3 tahun',
      legalBasis: [
        'Peraturan Presiden Nomor 74 Tahun 2013 tentang Pengendalian dan Pengawasan Minuman Beralkohol',
        'Peraturan Menteri Perdagangan Nomor 20/M-DAG/PER/4/2014 tentang Pengendalian dan Pengawasan terhadap ' +
          'Pengadaan, Peredaran, dan Penjualan Minuman Beralkohol beserta perubahannya',
        PP_PBBR,
      ],
    },
  ]),

  ...defineServices('DISPENDIK', dispendik, [
    {
      code: 'DISPENDIK-SK-PENGGANTI-IJAZAH',
      name: 'Surat Keterangan Pengganti Ijazah yang Hilang atau Rusak',
      category: 'Pendidikan',
      description: 'Surat keterangan yang berpenghargaan sama dengan ijazah SD/SMP yang hilang atau rusak.',
      keywords: ['ijazah hilang', 'pengganti ijazah', 'ijazah rusak', 'surat keterangan ijazah', 'skpi'],
      minutes: 20,
      requirements: [
        doc('Surat keterangan kehilangan dari Kepolisian', 'Untuk ijazah yang hilang.', false),
        doc('Ijazah yang rusak', 'Untuk ijazah yang rusak.', false),
        doc('Surat keterangan dari sekolah asal', 'Menerangkan pemohon lulusan sekolah tersebut.'),
        doc('Fotokopi ijazah yang dilegalisasi', 'Bila masih ada.', false),
        doc('KTP-el dan pasfoto 3x4 cm', '2 lembar pasfoto.'),
        optDoc('Pernyataan 2 orang saksi teman seangkatan', 'Bila data di sekolah tidak lengkap.'),
      ],
      procedure: [
        ['Pengajuan', 'Serahkan berkas di gerai Dispendik.'],
        ['Verifikasi', 'Petugas mencocokkan dengan buku induk dan daftar kelulusan.'],
        ['Penerbitan', 'Surat keterangan ditandatangani Kepala Dinas.'],
      ],
      time: [10, 'working_days'],
      fee: free('Tidak dipungut biaya'),
      product: 'Surat Keterangan Pengganti Ijazah berpenghargaan sama',
      legalBasis: [
        UU_SISDIKNAS,
        'Peraturan Menteri Pendidikan dan Kebudayaan Nomor 29 Tahun 2014 tentang Pengesahan Fotokopi Ijazah/Diploma/' +
          'Sertifikat/STTB dan Penerbitan Surat Keterangan Pengganti yang Berpenghargaan Sama',
      ],
    },
    {
      code: 'DISPENDIK-LEGALISASI-IJAZAH',
      name: 'Legalisasi Fotokopi Ijazah Sekolah yang Sudah Tutup',
      category: 'Pendidikan',
      description: 'Pengesahan fotokopi ijazah dari sekolah yang sudah tidak beroperasi atau bergabung.',
      keywords: ['legalisir ijazah', 'legalisasi ijazah', 'sekolah tutup', 'cap ijazah'],
      minutes: 10,
      requirements: [
        doc('Ijazah asli', 'Untuk dicocokkan.'),
        doc('Fotokopi ijazah', 'Paling banyak 10 lembar.'),
        doc('KTP-el', 'Pemilik ijazah atau kuasa.'),
      ],
      procedure: [
        ['Penyerahan', 'Serahkan ijazah asli dan fotokopi.'],
        ['Pencocokan', 'Petugas mencocokkan dengan arsip sekolah.'],
        ['Pengesahan', 'Fotokopi dicap dan ditandatangani pejabat.'],
      ],
      time: [1, 'working_days'],
      fee: free('Tidak dipungut biaya'),
      product: 'Fotokopi ijazah yang telah dilegalisasi',
      legalBasis: [
        UU_SISDIKNAS,
        'Peraturan Menteri Pendidikan dan Kebudayaan Nomor 29 Tahun 2014 tentang Pengesahan Fotokopi Ijazah/Diploma/' +
          'Sertifikat/STTB dan Penerbitan Surat Keterangan Pengganti yang Berpenghargaan Sama',
      ],
    },
    {
      code: 'DISPENDIK-IZIN-PAUD',
      name: 'Izin Pendirian Satuan Pendidikan Anak Usia Dini',
      category: 'Pendidikan',
      description: 'Izin pendirian TK, Kelompok Bermain, Taman Penitipan Anak dan Satuan PAUD Sejenis.',
      keywords: ['izin paud', 'izin tk', 'kelompok bermain', 'penitipan anak', 'daycare', 'izin sekolah'],
      minutes: 30,
      requirements: [
        doc('Akta pendirian yayasan/perkumpulan', 'Dengan SK Kemenkumham.'),
        doc('Rencana induk pengembangan satuan pendidikan', 'Asli.'),
        doc('Kurikulum dan data pendidik', 'Termasuk ijazah pendidik.'),
        doc('Bukti kepemilikan/sewa gedung minimal 5 tahun', 'Asli.'),
        doc('Data calon peserta didik', 'Minimal sesuai ketentuan.'),
      ],
      procedure: [
        ['Pengajuan', 'Serahkan berkas di gerai.'],
        ['Verifikasi lapangan', 'Tim menilai sarana dan kelayakan.'],
        ['Penerbitan', 'Izin pendirian diterbitkan dan satuan didaftarkan di Dapodik (NPSN).'],
      ],
      time: [20, 'working_days'],
      fee: free('Tidak dipungut biaya'),
      product: 'Izin Pendirian Satuan PAUD dan NPSN',
      legalBasis: [
        UU_SISDIKNAS,
        'Peraturan Menteri Pendidikan dan Kebudayaan Nomor 84 Tahun ' +
          '2014 tentang Pendirian Satuan Pendidikan Anak Usia Dini',
      ],
    },
    {
      code: 'DISPENDIK-MUTASI-SISWA',
      name: 'Rekomendasi Mutasi Peserta Didik',
      category: 'Pendidikan',
      description: 'Surat rekomendasi pindah sekolah SD/SMP antarkota atau masuk dari luar kota.',
      keywords: ['pindah sekolah', 'mutasi siswa', 'surat pindah sekolah', 'mutasi murid'],
      minutes: 15,
      requirements: [
        doc('Surat keterangan pindah dari sekolah asal', 'Asli.'),
        doc('Rapor asli', 'Untuk diperlihatkan.'),
        doc('KK dan akta kelahiran siswa', 'Fotokopi.'),
        doc('Surat keterangan diterima dari sekolah tujuan', 'Asli.'),
      ],
      procedure: [
        ['Pengajuan', 'Orang tua menyerahkan berkas.'],
        ['Verifikasi', 'Data siswa dicek di Dapodik.'],
        ['Penerbitan', 'Rekomendasi mutasi diterbitkan.'],
      ],
      time: [1, 'working_days'],
      fee: free('Tidak dipungut biaya'),
      product: 'Surat Rekomendasi Mutasi Peserta Didik',
      legalBasis: [
        UU_SISDIKNAS,
        'Peraturan Menteri Pendidikan Dasar dan Menengah Nomor 3 Tahun 2025 tentang Sistem Penerimaan Murid Baru',
      ],
    },
  ]),

  ...defineServices('DINKOPUMKM', dinkop, [
    {
      code: 'DINKOP-KONSULTASI-UMKM',
      name: 'Konsultasi dan Pendampingan Usaha Mikro',
      category: 'Koperasi dan UMKM',
      description: 'Konsultasi legalitas, pemasaran digital, pembiayaan, kemasan dan label bagi usaha mikro.',
      keywords: ['umkm', 'konsultasi usaha', 'pendampingan umkm', 'usaha mikro', 'kemasan', 'halal umkm'],
      minutes: 30,
      requirements: [
        doc('KTP-el', 'Pemilik usaha.'),
        optDoc('NIB', 'Bila sudah memiliki.'),
        optDoc('Contoh produk atau foto usaha', 'Untuk konsultasi kemasan dan pemasaran.'),
      ],
      procedure: [
        ['Pendaftaran', 'Isi formulir profil usaha.'],
        ['Konsultasi', 'Pendamping memetakan kebutuhan (legalitas, pemasaran, pembiayaan).'],
        ['Rencana tindak lanjut', 'Jadwal pendampingan dan rujukan ke layanan lain di MPP.'],
      ],
      time: [45, 'minutes'],
      fee: free('Tidak dipungut biaya'),
      product: 'Catatan konsultasi dan rencana pendampingan',
      legalBasis: [PP_7_2021, 'Undang-Undang Nomor 20 Tahun 2008 tentang Usaha Mikro, Kecil, dan Menengah'],
    },
    {
      code: 'DINKOP-PENDATAAN-UMKM',
      name: 'Pendaftaran UMKM Binaan',
      category: 'Koperasi dan UMKM',
      description:
        'Pendataan usaha mikro sebagai binaan pemerintah kota untuk pelatihan, pameran dan akses pasar.',
      keywords: ['daftar umkm', 'umkm binaan', 'data umkm', 'pendataan usaha'],
      minutes: 15,
      requirements: [
        doc('KTP-el dan KK', 'Berdomisili di kota ini.'),
        doc('NIB', 'Atau didaftarkan sekaligus saat layanan.'),
        doc('Foto produk dan tempat usaha', 'Minimal 2 foto.'),
      ],
      procedure: [
        ['Pengisian data', 'Petugas mengisi profil usaha di basis data UMKM.'],
        ['Verifikasi', 'Validasi NIK dan NIB.'],
        ['Penetapan', 'Usaha tercatat sebagai binaan dan menerima kartu binaan.'],
      ],
      time: [1, 'working_days'],
      fee: free('Tidak dipungut biaya'),
      product: 'Tanda terdaftar UMKM binaan',
      legalBasis: [PP_7_2021, 'Undang-Undang Nomor 20 Tahun 2008 tentang Usaha Mikro, Kecil, dan Menengah'],
    },
    {
      code: 'DINKOP-KOPERASI',
      name: 'Konsultasi Pendirian dan Perubahan Anggaran Dasar Koperasi',
      category: 'Koperasi dan UMKM',
      description:
        'Pendampingan rapat pendirian, penyusunan anggaran dasar dan pengesahan badan hukum koperasi.',
      keywords: ['koperasi', 'pendirian koperasi', 'badan hukum koperasi', 'anggaran dasar koperasi', 'rat'],
      minutes: 30,
      requirements: [
        doc('Daftar calon anggota', 'Minimal 9 orang untuk koperasi primer.'),
        doc('KTP-el para pendiri', 'Fotokopi.'),
        doc('Rancangan anggaran dasar', 'Atau draf dari notaris pembuat akta koperasi.'),
      ],
      procedure: [
        ['Konsultasi', 'Penyuluh menjelaskan jenis koperasi dan modal.'],
        ['Pendampingan rapat pendirian', 'Penyuluh hadir dalam rapat pendirian.'],
        ['Rujukan', 'Akta dibuat notaris dan disahkan melalui sistem AHU.'],
      ],
      time: [60, 'minutes'],
      fee: free('Tidak dipungut biaya'),
      product: 'Berita acara pendampingan dan rekomendasi kelengkapan pendirian koperasi',
      legalBasis: [UU_KOPERASI, PP_7_2021],
    },
  ]),
];
