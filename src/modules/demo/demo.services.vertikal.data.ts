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
  paid,
  UU_HKPD,
  UU_PELAYANAN_PUBLIK,
} from './demo.services.common.data.ts';
import type { DemoService } from './demo.types.ts';

/** Vertical agencies: police, immigration, tax, land, religious affairs, BPOM, Samsat, prosecutor, religious court. */

const UU_POLRI = 'Undang-Undang Nomor 2 Tahun 2002 tentang Kepolisian Negara Republik Indonesia';
const PERPOL_SKCK =
  'Peraturan Kepolisian Negara Republik Indonesia Nomor 6 Tahun ' +
  '2023 tentang Penerbitan Surat Keterangan Catatan Kepolisian';
const PP_PNBP_POLRI =
  'Peraturan Pemerintah Nomor 76 Tahun 2020 tentang Jenis dan Tarif atas Jenis Penerimaan Negara Bukan Pajak yang ' +
  'Berlaku pada Kepolisian Negara Republik Indonesia';
const UU_LLAJ = 'Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan';
const PERPOL_SIM =
  'Peraturan Kepolisian Negara Republik Indonesia Nomor 5 Tahun ' +
  '2021 tentang Penerbitan dan Penandaan Surat Izin Mengemudi';
const PERPOL_REGIDENT =
  'Peraturan Kepolisian Negara Republik Indonesia Nomor 7 Tahun ' +
  '2021 tentang Registrasi dan Identifikasi Kendaraan Bermotor';

const UU_KEIMIGRASIAN = 'Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian';
const PP_KEIMIGRASIAN =
  'Peraturan Pemerintah Nomor 31 Tahun 2013 tentang Peraturan ' +
  'Pelaksanaan Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian';
const PERMEN_PASPOR =
  'Peraturan Menteri Hukum dan HAM Nomor 8 Tahun 2014 tentang Paspor Biasa dan Surat Perjalanan Laksana Paspor ' +
  'beserta perubahannya';
const PP_PNBP_IMIGRASI =
  'Peraturan Pemerintah Nomor 45 Tahun 2024 tentang Jenis dan Tarif atas Jenis Penerimaan Negara Bukan Pajak yang ' +
  'Berlaku pada Kementerian Hukum dan Hak Asasi Manusia (menggantikan PP Nomor 28 Tahun 2019)';

const UU_KUP =
  'Undang-Undang Nomor 6 Tahun 1983 tentang Ketentuan Umum dan Tata Cara Perpajakan sebagaimana telah beberapa kali ' +
  'diubah terakhir dengan Undang-Undang Nomor 6 Tahun 2023';
const UU_HPP = 'Undang-Undang Nomor 7 Tahun 2021 tentang Harmonisasi Peraturan Perpajakan';
const PMK_CORETAX =
  'Peraturan Menteri Keuangan Nomor 81 Tahun 2024 tentang Ketentuan Perpajakan dalam rangka Pelaksanaan Sistem Inti ' +
  'Administrasi Perpajakan';
const PMK_NPWP =
  'Peraturan Menteri Keuangan Nomor 112/PMK.03/2022 tentang Nomor Pokok Wajib Pajak bagi Wajib Pajak Orang Pribadi, ' +
  'Wajib Pajak Badan, dan Wajib Pajak Instansi Pemerintah';
const FREE_TAX = 'Seluruh layanan perpajakan DJP tidak dipungut biaya';

const UUPA = 'Undang-Undang Nomor 5 Tahun 1960 tentang Peraturan Dasar Pokok-Pokok Agraria';
const PP_PENDAFTARAN_TANAH = 'Peraturan Pemerintah Nomor 24 Tahun 1997 tentang Pendaftaran Tanah';
const PP_18_2021 =
  'Peraturan Pemerintah Nomor 18 Tahun 2021 tentang Hak Pengelolaan, Hak Atas Tanah, Satuan Rumah Susun, dan ' +
  'Pendaftaran Tanah';
const PP_PNBP_ATR =
  'Peraturan Pemerintah Nomor 128 Tahun 2015 tentang Jenis dan Tarif atas Jenis Penerimaan Negara Bukan Pajak yang ' +
  'Berlaku pada Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional';
const PERKABAN_SPOPP =
  'Peraturan Kepala BPN Nomor 1 Tahun 2010 tentang Standar Pelayanan dan Pengaturan Pertanahan';

const UU_HAJI =
  'Undang-Undang Nomor 8 Tahun 2019 tentang Penyelenggaraan Ibadah Haji dan Umrah beserta perubahannya';
const PMA_NIKAH =
  'Peraturan Menteri Agama Nomor 20 Tahun 2019 tentang Pencatatan Pernikahan beserta perubahannya';
const PP_PNBP_KEMENAG =
  'Peraturan Pemerintah Nomor 19 Tahun 2015 tentang Jenis dan Tarif atas Jenis Penerimaan Negara Bukan Pajak yang ' +
  'Berlaku pada Kementerian Agama';
const UU_JPH =
  'Undang-Undang Nomor 33 Tahun 2014 tentang Jaminan Produk Halal ' +
  'sebagaimana telah diubah dengan Undang-Undang Nomor 6 Tahun 2023';

const UU_PANGAN = 'Undang-Undang Nomor 18 Tahun 2012 tentang Pangan';
const PP_KEAMANAN_PANGAN = 'Peraturan Pemerintah Nomor 86 Tahun 2019 tentang Keamanan Pangan';
const UU_KESEHATAN = 'Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan';

const PERPRES_SAMSAT =
  'Peraturan Presiden Nomor 5 Tahun 2015 tentang Penyelenggaraan Sistem Administrasi Manunggal Satu Atap Kendaraan ' +
  'Bermotor';
const PERDA_PDRD_JATIM =
  'Peraturan Daerah Provinsi Jawa Timur Nomor 8 Tahun 2023 tentang Pajak Daerah dan Retribusi Daerah';

const UU_KEJAKSAAN =
  'Undang-Undang Nomor 11 Tahun 2021 tentang Perubahan atas Undang-Undang Nomor 16 Tahun 2004 tentang Kejaksaan ' +
  'Republik Indonesia';
const UU_PERADILAN_AGAMA =
  'Undang-Undang Nomor 7 Tahun 1989 tentang Peradilan Agama sebagaimana telah diubah terakhir dengan Undang-Undang ' +
  'Nomor 50 Tahun 2009';

const standardSecurity =
  'Data pemohon hanya diakses petugas berwenang dan dilindungi sesuai UU 27/2022; berkas fisik disimpan di lemari ' +
  'terkunci; CCTV di area gerai.';
const standardEvaluation =
  'Survei Kepuasan Masyarakat setiap semester sesuai PermenPAN-RB 14/2017, dilengkapi evaluasi internal instansi ' +
  '(zona integritas WBK/WBBM) dan penilaian kinerja pegawai.';

const polri: AgencyProfile = {
  complaintChannels: [
    laporChannel,
    { kind: 'phone', value: 'Call Center Polri 110 (bebas pulsa)' },
    { kind: 'website', value: 'Dumas Presisi: dumaspresisi.polri.go.id' },
    mppDeskChannel,
    boxChannel,
  ],
  facilities: [
    ...mppFacilities,
    'Alat pengambil sidik jari elektronik (live scan) dan kamera foto',
    'Simulator dan komputer ujian teori SIM (AVIS)',
  ],
  implementerCompetence: [
    'Anggota Satintelkam dan Satlantas yang telah mengikuti pendidikan kejuruan pelayanan',
    'Petugas identifikasi sidik jari bersertifikat (Inafis)',
    'Penguji SIM bersertifikat kompetensi',
  ],
  internalSupervision:
    'Pengawasan oleh Kasat Intelkam dan Kasat Lantas; supervisi Seksi Propam dan Siwas Polrestabes; audit Itwasda.',
  implementerCount: 10,
  serviceGuarantee:
    'Maklumat Pelayanan Polrestabes: SKCK dan SIM diterbitkan sesuai waktu dan tarif PNBP; pembayaran nontunai ' +
    'langsung ke kas negara; tidak ada pungutan di luar PNBP.',
  securityGuarantee: standardSecurity,
  performanceEvaluation: standardEvaluation,
};

const imigrasi: AgencyProfile = {
  complaintChannels: [
    laporChannel,
    { kind: 'website', value: 'Pengaduan Imigrasi: www.imigrasi.go.id/hubungi' },
    { kind: 'social_media', value: 'Instagram @kanim_surabaya' },
    mppDeskChannel,
    boxChannel,
  ],
  facilities: [...mppFacilities, 'Ruang foto dan pengambilan biometrik paspor', 'Bilik wawancara tertutup'],
  implementerCompetence: [
    'Pejabat Imigrasi lulusan Politeknik Imigrasi atau pendidikan teknis keimigrasian',
    'Kemampuan wawancara dan pemeriksaan dokumen untuk mencegah TPPO dan pekerja migran nonprosedural',
    'Operator Sistem Informasi Manajemen Keimigrasian (SIMKIM)',
  ],
  internalSupervision:
    'Pengawasan melekat Kepala Seksi Lalu Lintas Keimigrasian; pemantauan kuota M-Paspor harian; audit Inspektorat ' +
    'Jenderal.',
  implementerCount: 10,
  serviceGuarantee:
    'Paspor selesai 4 hari kerja setelah pembayaran PNBP; pemohon prioritas (lansia, disabilitas, ibu hamil, anak ' +
    'balita) dilayani tanpa kuota M-Paspor.',
  securityGuarantee:
    'Data biometrik disimpan di SIMKIM dan dilindungi sesuai UU ' +
    '27/2022; blangko paspor dikendalikan dengan nomor seri; ' +
    'CCTV di seluruh area pelayanan.',
  performanceEvaluation: standardEvaluation,
};

const kpp: AgencyProfile = {
  complaintChannels: [
    laporChannel,
    { kind: 'phone', value: 'Kring Pajak 1500200' },
    { kind: 'email', value: 'pengaduan@pajak.go.id' },
    { kind: 'website', value: 'www.pajak.go.id/pengaduan' },
    mppDeskChannel,
  ],
  facilities: [...mppFacilities, 'Pojok pajak dengan komputer swalayan Coretax DJP'],
  implementerCompetence: [
    'Pegawai DJP (petugas TPT/account representative) dengan diklat teknis perpajakan',
    'Memahami proses bisnis Coretax DJP dan ketentuan KUP',
  ],
  internalSupervision:
    'Pengawasan Kepala Seksi Pelayanan; kepatuhan internal oleh Unit Kepatuhan Internal (UKI) KPP.',
  implementerCount: 6,
  serviceGuarantee:
    'Layanan perpajakan gratis; bukti penerimaan elektronik diberikan untuk setiap permohonan.',
  securityGuarantee:
    'Kerahasiaan data wajib pajak dijamin Pasal 34 UU KUP; akses sistem dengan autentikasi ganda.',
  performanceEvaluation: standardEvaluation,
};

const bpn: AgencyProfile = {
  complaintChannels: [
    laporChannel,
    { kind: 'whatsapp', value: 'Hotline Pengaduan Kementerian ATR/BPN' },
    { kind: 'website', value: 'Aplikasi Sentuh Tanahku / www.atrbpn.go.id' },
    mppDeskChannel,
    boxChannel,
  ],
  facilities: [...mppFacilities, 'Komputer akses Sentuh Tanahku dan validasi sertipikat elektronik'],
  implementerCompetence: [
    'Pegawai Kantor Pertanahan dengan diklat teknis pendaftaran tanah',
    'Memahami layanan elektronik (HT-el, roya elektronik, pengecekan elektronik)',
  ],
  internalSupervision: 'Pengawasan Kepala Seksi Penetapan Hak dan Pendaftaran; pemantauan SLA melalui KKP.',
  implementerCount: 4,
  serviceGuarantee:
    'Berkas diproses sesuai waktu standar pelayanan pertanahan; ' +
    'biaya hanya PNBP yang tercantum dalam Surat Perintah Setor.',
  securityGuarantee: standardSecurity,
  performanceEvaluation: standardEvaluation,
};

const kemenag: AgencyProfile = {
  complaintChannels: [
    laporChannel,
    { kind: 'website', value: 'Pengaduan Kemenag: pengaduan.kemenag.go.id' },
    mppDeskChannel,
    boxChannel,
  ],
  facilities: [...mppFacilities, 'Komputer SISKOHAT dan SIMKAH'],
  implementerCompetence: [
    'Pegawai Seksi Penyelenggaraan Haji dan Umrah dan Seksi Bimbingan Masyarakat Islam',
    'Operator SISKOHAT dan SIMKAH bersertifikat',
    'Pendamping Proses Produk Halal (PPH) terdaftar',
  ],
  internalSupervision:
    'Pengawasan Kepala Kantor Kementerian Agama dan Kepala Seksi terkait; audit Inspektorat Jenderal.',
  implementerCount: 4,
  serviceGuarantee:
    'Layanan tidak dipungut biaya kecuali PNBP nikah di luar kantor/jam kerja yang disetor ke kas negara.',
  securityGuarantee: standardSecurity,
  performanceEvaluation: standardEvaluation,
};

const bpom: AgencyProfile = {
  complaintChannels: [
    laporChannel,
    { kind: 'phone', value: 'HALO BPOM 1500533' },
    { kind: 'email', value: 'halobpom@pom.go.id' },
    mppDeskChannel,
  ],
  facilities: [...mppFacilities, 'Meja konsultasi dengan akses e-registration BPOM'],
  implementerCompetence: [
    'Apoteker atau sarjana teknologi pangan di unit ULPK',
    'Fasilitator UMKM pangan dan kosmetik',
  ],
  internalSupervision:
    'Pengawasan Kepala Bidang Informasi dan Komunikasi; evaluasi ULPK oleh Biro Hukum dan Humas BPOM.',
  implementerCount: 2,
  serviceGuarantee: 'Konsultasi gratis dan pengaduan ditanggapi paling lambat 5 hari kerja.',
  securityGuarantee: standardSecurity,
  performanceEvaluation: standardEvaluation,
};

const samsat: AgencyProfile = {
  complaintChannels: [
    laporChannel,
    { kind: 'website', value: 'Aplikasi Sambara / bapenda.jatimprov.go.id' },
    { kind: 'phone', value: 'Call Center Polri 110' },
    mppDeskChannel,
    boxChannel,
  ],
  facilities: [
    ...mppFacilities,
    'Area cek fisik kendaraan di halaman parkir gedung',
    'Mesin EDC dan QRIS pembayaran pajak',
  ],
  implementerCompetence: [
    'Petugas Regident Ranmor Polri, petugas Bapenda Provinsi dan petugas Jasa Raharja',
    'Petugas cek fisik yang memahami identifikasi nomor rangka dan mesin',
  ],
  internalSupervision:
    'Pengawasan bersama Kepala UPT PPD Bapenda Provinsi, Kasi STNK Ditlantas dan Kepala Perwakilan Jasa Raharja.',
  implementerCount: 12,
  serviceGuarantee:
    'Pembayaran nontunai dengan rincian PKB, opsen, PNBP dan SWDKLLJ tercetak pada notice pajak.',
  securityGuarantee: standardSecurity,
  performanceEvaluation: standardEvaluation,
};

const kejari: AgencyProfile = {
  complaintChannels: [
    laporChannel,
    { kind: 'website', value: 'www.kejaksaan.go.id (menu Pengaduan)' },
    mppDeskChannel,
  ],
  facilities: [...mppFacilities, 'Lemari penyimpanan barang bukti tilang (SIM/STNK)'],
  implementerCompetence: [
    'Jaksa dan staf Seksi Pidana Umum',
    'Jaksa Pengacara Negara untuk konsultasi perdata dan TUN',
  ],
  internalSupervision:
    'Pengawasan Kepala Seksi Pidana Umum dan Kepala Seksi Perdata dan TUN; pengawasan Asisten Pengawasan Kejati.',
  implementerCount: 2,
  serviceGuarantee: 'Barang bukti diserahkan hari yang sama setelah denda terbayar.',
  securityGuarantee: standardSecurity,
  performanceEvaluation: standardEvaluation,
};

const pa: AgencyProfile = {
  complaintChannels: [
    laporChannel,
    { kind: 'website', value: 'SIWAS Mahkamah Agung: siwas.mahkamahagung.go.id' },
    mppDeskChannel,
  ],
  facilities: [...mppFacilities, 'Komputer e-Court dan pendamping pendaftaran'],
  implementerCompetence: [
    'Panitera/staf kepaniteraan Pengadilan Agama',
    'Advokat Posbakum yang bekerja sama dengan pengadilan',
  ],
  internalSupervision:
    'Pengawasan Panitera dan Hakim Pengawas Bidang; pengawasan Badan Pengawasan Mahkamah Agung.',
  implementerCount: 2,
  serviceGuarantee:
    'Akta cerai dan salinan putusan diterbitkan pada hari permintaan bila perkara telah berkekuatan hukum tetap.',
  securityGuarantee: standardSecurity,
  performanceEvaluation: standardEvaluation,
};

const skckFee = paid(30_000, PP_PNBP_POLRI, 'Dibayar nontunai ke kas negara.');

export const vertikalServices: DemoService[] = [
  ...defineServices('POLRESTABES', polri, [
    {
      code: 'POLRI-SKCK-BARU',
      name: 'Surat Keterangan Catatan Kepolisian (SKCK) Baru',
      category: 'Kepolisian',
      description:
        'Penerbitan SKCK pertama kali untuk melamar kerja, mendaftar sekolah, CPNS atau keperluan lain di wilayah ' +
        'Polrestabes.',
      keywords: [
        'skck',
        'surat kelakuan baik',
        'kelakuan baik',
        'catatan kepolisian',
        'skck online',
        'skck baru',
      ],
      minutes: 15,
      bookable: true,
      quota: 150,
      requirements: [
        doc('KTP-el', 'Asli dan fotokopi; sesuai domisili wilayah Polrestabes.'),
        doc('Kartu Keluarga', 'Fotokopi.'),
        doc('Akta kelahiran atau ijazah terakhir', 'Fotokopi.'),
        doc('Pasfoto 4x6 cm latar belakang merah', '6 lembar, berpakaian sopan.'),
        doc('Bukti kepesertaan aktif BPJS Kesehatan', 'Kartu JKN atau tangkapan layar aplikasi Mobile JKN.'),
        cond('Telah diambil sidik jarinya', 'Rumus sidik jari diambil di loket bila belum pernah.'),
      ],
      procedure: [
        ['Pendaftaran', 'Daftar daring di skck.polri.go.id atau di loket; pilih keperluan SKCK.'],
        ['Pengambilan sidik jari', 'Petugas Inafis mengambil dan merumuskan sidik jari.'],
        ['Verifikasi', 'Pemeriksaan catatan kriminal dan data pemohon.'],
        ['Pembayaran PNBP', 'Rp30.000 dibayar nontunai.'],
        ['Penerbitan', 'SKCK dicetak dan ditandatangani; berlaku 6 bulan.'],
      ],
      time: [60, 'minutes'],
      fee: skckFee,
      product: 'Surat Keterangan Catatan Kepolisian (SKCK) berlaku 6 bulan',
      legalBasis: [UU_POLRI, PERPOL_SKCK, PP_PNBP_POLRI],
    },
    {
      code: 'POLRI-SKCK-PERPANJANGAN',
      name: 'Surat Keterangan Catatan Kepolisian (SKCK) Perpanjangan',
      category: 'Kepolisian',
      description:
        'Perpanjangan SKCK yang masa berlakunya habis paling lama 1 tahun, dengan keperluan yang sama.',
      keywords: ['perpanjang skck', 'skck perpanjangan', 'skck', 'surat kelakuan baik', 'catatan kepolisian'],
      minutes: 10,
      bookable: true,
      quota: 150,
      requirements: [
        doc('SKCK lama yang asli', 'Habis masa berlaku paling lama 1 tahun.'),
        doc('KTP-el', 'Asli dan fotokopi.'),
        doc('Pasfoto 4x6 cm latar belakang merah', '2 lembar.'),
        doc('Bukti kepesertaan aktif BPJS Kesehatan', 'Kartu JKN atau aplikasi Mobile JKN.'),
      ],
      procedure: [
        ['Pendaftaran', 'Daftar daring atau di loket dengan menyerahkan SKCK lama.'],
        ['Verifikasi', 'Pencocokan sidik jari dan catatan.'],
        ['Pembayaran PNBP', 'Rp30.000 nontunai.'],
        ['Penerbitan', 'SKCK baru dicetak.'],
      ],
      time: [30, 'minutes'],
      fee: skckFee,
      product: 'SKCK perpanjangan berlaku 6 bulan',
      legalBasis: [UU_POLRI, PERPOL_SKCK, PP_PNBP_POLRI],
    },
    {
      code: 'POLRI-SIM-A-BARU',
      name: 'SIM A Baru',
      category: 'Kepolisian',
      description:
        'Pendaftaran dan ujian teori SIM A (mobil penumpang dan barang s.d. 3.500 kg) di gerai; ujian praktik di ' +
        'Satpas Polrestabes.',
      keywords: ['sim a', 'sim mobil', 'bikin sim', 'sim baru', 'surat izin mengemudi'],
      minutes: 30,
      bookable: true,
      quota: 50,
      requirements: [
        cond('Berusia minimal 17 tahun', 'Dibuktikan dengan KTP-el.'),
        doc('KTP-el', 'Asli dan fotokopi.'),
        doc('Surat keterangan sehat jasmani', 'Dari dokter, berlaku hari yang sama.'),
        doc('Surat lulus tes psikologi', 'Dari lembaga psikologi terverifikasi Polri.'),
        optDoc('Sertifikat sekolah mengemudi', 'Dianjurkan; diwajibkan bertahap sesuai Perpol 5/2021.'),
      ],
      procedure: [
        ['Pendaftaran', 'Daftar di gerai atau aplikasi SINAR; isi formulir dan rekam biometrik.'],
        ['Pembayaran PNBP', 'Rp120.000 nontunai.'],
        ['Ujian teori', 'Ujian teori berbasis komputer (AVIS).'],
        ['Ujian praktik', 'Ujian keterampilan di lapangan Satpas.'],
        ['Penerbitan', 'SIM dicetak bila lulus; ujian ulang dapat dijadwalkan bila tidak lulus.'],
      ],
      time: [1, 'working_days'],
      fee: paid(
        120_000,
        PP_PNBP_POLRI,
        'Tes kesehatan dan psikologi dibayar terpisah kepada penyelenggaranya.',
      ),
      product: 'Surat Izin Mengemudi (SIM) A berlaku 5 tahun',
      legalBasis: [UU_LLAJ, PERPOL_SIM, PP_PNBP_POLRI],
    },
    {
      code: 'POLRI-SIM-A-PERPANJANGAN',
      name: 'SIM A Perpanjangan',
      category: 'Kepolisian',
      description: 'Perpanjangan SIM A sebelum masa berlakunya habis.',
      keywords: ['perpanjang sim a', 'sim a', 'sim mobil', 'perpanjangan sim', 'surat izin mengemudi'],
      minutes: 15,
      bookable: true,
      quota: 50,
      requirements: [
        doc('SIM A lama', 'Asli dan masih berlaku.'),
        doc('KTP-el', 'Asli dan fotokopi.'),
        doc('Surat keterangan sehat jasmani', 'Dari dokter.'),
        doc('Surat lulus tes psikologi', 'Dari lembaga psikologi terverifikasi Polri.'),
      ],
      procedure: [
        ['Pendaftaran', 'Daftar di gerai atau aplikasi SINAR.'],
        ['Verifikasi dan rekam biometrik', 'Foto, sidik jari dan tanda tangan diperbarui.'],
        ['Pembayaran PNBP', 'Rp80.000 nontunai.'],
        ['Penerbitan', 'SIM A baru dicetak.'],
      ],
      time: [60, 'minutes'],
      fee: paid(80_000, PP_PNBP_POLRI, 'Tes kesehatan dan psikologi dibayar terpisah.'),
      product: 'SIM A berlaku 5 tahun',
      legalBasis: [UU_LLAJ, PERPOL_SIM, PP_PNBP_POLRI],
    },
    {
      code: 'POLRI-SIM-C-BARU',
      name: 'SIM C Baru',
      category: 'Kepolisian',
      description:
        'Pendaftaran dan ujian teori SIM C (sepeda motor s.d. 250 cc) di gerai; ujian praktik di Satpas.',
      keywords: ['sim c', 'sim motor', 'bikin sim motor', 'sim baru', 'surat izin mengemudi'],
      minutes: 30,
      bookable: true,
      quota: 50,
      requirements: [
        cond('Berusia minimal 17 tahun', 'Dibuktikan dengan KTP-el.'),
        doc('KTP-el', 'Asli dan fotokopi.'),
        doc('Surat keterangan sehat jasmani', 'Dari dokter.'),
        doc('Surat lulus tes psikologi', 'Dari lembaga psikologi terverifikasi Polri.'),
      ],
      procedure: [
        ['Pendaftaran', 'Daftar di gerai atau aplikasi SINAR.'],
        ['Pembayaran PNBP', 'Rp100.000 nontunai.'],
        ['Ujian teori', 'Ujian teori berbasis komputer.'],
        ['Ujian praktik', 'Ujian keterampilan (zig-zag, angka 8, putar balik) di Satpas.'],
        ['Penerbitan', 'SIM C dicetak bila lulus.'],
      ],
      time: [1, 'working_days'],
      fee: paid(100_000, PP_PNBP_POLRI, 'Tes kesehatan dan psikologi dibayar terpisah.'),
      product: 'SIM C berlaku 5 tahun',
      legalBasis: [UU_LLAJ, PERPOL_SIM, PP_PNBP_POLRI],
    },
    {
      code: 'POLRI-SIM-C-PERPANJANGAN',
      name: 'SIM C Perpanjangan',
      category: 'Kepolisian',
      description: 'Perpanjangan SIM C sebelum masa berlakunya habis.',
      keywords: ['perpanjang sim c', 'sim c', 'sim motor', 'perpanjangan sim', 'surat izin mengemudi'],
      minutes: 15,
      bookable: true,
      quota: 50,
      requirements: [
        doc('SIM C lama', 'Asli dan masih berlaku.'),
        doc('KTP-el', 'Asli dan fotokopi.'),
        doc('Surat keterangan sehat jasmani', 'Dari dokter.'),
        doc('Surat lulus tes psikologi', 'Dari lembaga psikologi terverifikasi Polri.'),
      ],
      procedure: [
        ['Pendaftaran', 'Daftar di gerai atau aplikasi SINAR.'],
        ['Rekam biometrik', 'Foto, sidik jari dan tanda tangan.'],
        ['Pembayaran PNBP', 'Rp75.000 nontunai.'],
        ['Penerbitan', 'SIM C baru dicetak.'],
      ],
      time: [60, 'minutes'],
      fee: paid(75_000, PP_PNBP_POLRI, 'Tes kesehatan dan psikologi dibayar terpisah.'),
      product: 'SIM C berlaku 5 tahun',
      legalBasis: [UU_LLAJ, PERPOL_SIM, PP_PNBP_POLRI],
    },
    {
      code: 'POLRI-SIM-B1-PERPANJANGAN',
      name: 'SIM B I Perpanjangan',
      category: 'Kepolisian',
      description: 'Perpanjangan SIM B I untuk mobil penumpang dan barang dengan JBB lebih dari 3.500 kg.',
      keywords: ['sim b1', 'sim b 1', 'sim truk', 'perpanjang sim b', 'surat izin mengemudi'],
      minutes: 15,
      bookable: true,
      quota: 30,
      requirements: [
        doc('SIM B I lama', 'Asli dan masih berlaku.'),
        doc('KTP-el', 'Asli dan fotokopi.'),
        doc('Surat keterangan sehat jasmani', 'Dari dokter.'),
        doc('Surat lulus tes psikologi', 'Dari lembaga psikologi terverifikasi Polri.'),
      ],
      procedure: [
        ['Pendaftaran', 'Daftar di gerai.'],
        ['Rekam biometrik', 'Foto, sidik jari dan tanda tangan.'],
        ['Pembayaran PNBP', 'Rp80.000 nontunai.'],
        ['Penerbitan', 'SIM B I baru dicetak.'],
      ],
      time: [60, 'minutes'],
      fee: paid(80_000, PP_PNBP_POLRI),
      product: 'SIM B I berlaku 5 tahun',
      legalBasis: [UU_LLAJ, PERPOL_SIM, PP_PNBP_POLRI],
    },
    {
      code: 'POLRI-SIM-HILANG-RUSAK',
      name: 'Penggantian SIM Hilang atau Rusak',
      category: 'Kepolisian',
      description:
        'Penerbitan SIM pengganti karena hilang atau rusak dengan golongan dan masa berlaku yang sama.',
      keywords: ['sim hilang', 'sim rusak', 'ganti sim', 'sim patah', 'surat izin mengemudi'],
      minutes: 20,
      requirements: [
        doc('Surat keterangan kehilangan dari Kepolisian', 'Untuk SIM yang hilang.', false),
        doc('SIM yang rusak', 'Untuk SIM yang rusak.', false),
        doc('KTP-el', 'Asli dan fotokopi.'),
        doc('Surat keterangan sehat dan lulus tes psikologi', 'Sesuai ketentuan perpanjangan.'),
      ],
      procedure: [
        ['Pendaftaran', 'Serahkan surat kehilangan atau SIM rusak.'],
        ['Verifikasi data', 'Pencocokan data di sistem SIM nasional.'],
        ['Pembayaran PNBP', 'Sesuai tarif perpanjangan golongan SIM.'],
        ['Penerbitan', 'SIM pengganti dicetak.'],
      ],
      time: [60, 'minutes'],
      fee: paid(
        80_000,
        PP_PNBP_POLRI,
        'Tarif mengikuti perpanjangan golongan SIM; angka di atas untuk SIM A/B (SIM C Rp75.000).',
      ),
      product: 'SIM pengganti',
      legalBasis: [UU_LLAJ, PERPOL_SIM, PP_PNBP_POLRI],
    },
    {
      code: 'POLRI-LAPOR-KEHILANGAN',
      name: 'Surat Keterangan Tanda Lapor Kehilangan',
      category: 'Kepolisian',
      description:
        'Laporan kehilangan dokumen atau barang (KTP-el, STNK, ATM, buku tabungan, ijazah) untuk pengurusan ulang.',
      keywords: ['surat kehilangan', 'lapor hilang', 'laporan kehilangan', 'kehilangan dompet', 'sktlk'],
      minutes: 10,
      requirements: [
        doc('KTP-el atau identitas lain', 'Bila KTP-el yang hilang, bawa KK.'),
        doc('Uraian barang/dokumen yang hilang', 'Nomor dokumen bila diketahui.'),
        optDoc('Fotokopi dokumen yang hilang', 'Bila ada, untuk kelengkapan data.'),
      ],
      procedure: [
        ['Pelaporan', 'Sampaikan kronologi kehilangan kepada petugas SPKT.'],
        ['Pencatatan', 'Petugas mencatat laporan di sistem.'],
        ['Penerbitan', 'Surat keterangan ditandatangani dan diserahkan.'],
      ],
      time: [15, 'minutes'],
      fee: free('Laporan kehilangan tidak dipungut biaya'),
      product: 'Surat Keterangan Tanda Lapor Kehilangan',
      legalBasis: [
        UU_POLRI,
        'Peraturan Kepolisian Negara Republik Indonesia Nomor 14 ' +
          'Tahun 2018 tentang Sentra Pelayanan Kepolisian Terpadu',
      ],
    },
  ]),

  ...defineServices('IMIGRASI', imigrasi, [
    {
      code: 'IMIGRASI-PASPOR-BARU',
      name: 'Paspor Baru',
      category: 'Keimigrasian',
      description:
        'Permohonan paspor biasa pertama kali bagi WNI dewasa, dengan jadwal dari aplikasi M-Paspor.',
      keywords: ['paspor', 'passport', 'pasport', 'bikin paspor', 'm-paspor', 'paspor baru', 'paspor biasa'],
      minutes: 20,
      bookable: true,
      quota: 100,
      requirements: [
        doc('KTP-el', 'Asli.'),
        doc('Kartu Keluarga', 'Asli.'),
        doc(
          'Akta kelahiran, ijazah, buku nikah atau surat baptis',
          'Salah satu yang memuat nama, tempat dan tanggal lahir, nama orang tua.',
        ),
        cond('Jadwal kedatangan dari aplikasi M-Paspor', 'Kecuali pemohon prioritas.'),
        optDoc('Surat rekomendasi/keterangan tujuan', 'Untuk tujuan bekerja (rekomendasi BP2MI) atau studi.'),
      ],
      procedure: [
        ['Pendaftaran M-Paspor', 'Pilih jadwal di MPP dan unggah dokumen.'],
        ['Verifikasi dokumen', 'Petugas memeriksa dokumen asli.'],
        ['Foto dan wawancara', 'Pengambilan foto, sidik jari dan wawancara.'],
        ['Pembayaran PNBP', 'Melalui kode billing SIMPONI.'],
        ['Pengambilan', 'Paspor diambil setelah 4 hari kerja sejak pembayaran.'],
      ],
      time: [4, 'working_days'],
      fee: paid(
        350_000,
        PP_PNBP_IMIGRASI,
        'Paspor biasa nonelektronik masa berlaku 5 tahun. Masa berlaku 10 tahun Rp650.000.',
      ),
      product: 'Paspor biasa RI',
      legalBasis: [UU_KEIMIGRASIAN, PP_KEIMIGRASIAN, PERMEN_PASPOR, PP_PNBP_IMIGRASI],
    },
    {
      code: 'IMIGRASI-E-PASPOR',
      name: 'Paspor Elektronik (E-Paspor)',
      category: 'Keimigrasian',
      description:
        'Paspor dengan cip biometrik yang memudahkan pemeriksaan di autogate dan pengajuan bebas visa tertentu.',
      keywords: ['e-paspor', 'epaspor', 'paspor elektronik', 'e-passport', 'paspor chip', 'paspor'],
      minutes: 20,
      bookable: true,
      quota: 40,
      requirements: [
        doc('KTP-el', 'Asli.'),
        doc('Kartu Keluarga', 'Asli.'),
        doc('Akta kelahiran, ijazah, buku nikah atau surat baptis', 'Salah satu.'),
        optDoc('Paspor lama', 'Bila penggantian dari paspor biasa.'),
        cond('Jadwal kedatangan dari aplikasi M-Paspor', 'Pilih jenis paspor elektronik.'),
      ],
      procedure: [
        ['Pendaftaran M-Paspor', 'Pilih paspor elektronik dan jadwal.'],
        ['Verifikasi dan biometrik', 'Pemeriksaan dokumen, foto dan sidik jari.'],
        ['Wawancara', 'Wawancara singkat tujuan perjalanan.'],
        ['Pembayaran dan pengambilan', 'Bayar PNBP; paspor diambil setelah 4 hari kerja.'],
      ],
      time: [4, 'working_days'],
      fee: paid(650_000, PP_PNBP_IMIGRASI, 'Masa berlaku 5 tahun; masa berlaku 10 tahun Rp950.000.'),
      product: 'Paspor elektronik RI',
      legalBasis: [UU_KEIMIGRASIAN, PP_KEIMIGRASIAN, PERMEN_PASPOR, PP_PNBP_IMIGRASI],
    },
    {
      code: 'IMIGRASI-PASPOR-PENGGANTIAN',
      name: 'Paspor Penggantian (Habis Berlaku atau Halaman Penuh)',
      category: 'Keimigrasian',
      description: 'Penggantian paspor yang masa berlakunya habis atau hampir habis, atau halamannya penuh.',
      keywords: ['perpanjang paspor', 'ganti paspor', 'paspor habis', 'paspor penuh', 'paspor'],
      minutes: 15,
      bookable: true,
      quota: 100,
      requirements: [
        doc('Paspor lama', 'Asli.'),
        doc('KTP-el', 'Asli.'),
        optDoc('KK dan akta kelahiran', 'Bila data pada paspor lama berbeda dengan KTP-el.'),
      ],
      procedure: [
        ['Pendaftaran M-Paspor', 'Pilih penggantian paspor dan jadwal.'],
        ['Verifikasi', 'Pemeriksaan paspor lama dan KTP-el.'],
        ['Foto', 'Foto dan sidik jari diperbarui.'],
        ['Pembayaran dan pengambilan', 'Paspor lama dibatalkan dan dikembalikan bersama paspor baru.'],
      ],
      time: [4, 'working_days'],
      fee: paid(
        350_000,
        PP_PNBP_IMIGRASI,
        'Paspor biasa 5 tahun; 10 tahun Rp650.000; elektronik Rp650.000/Rp950.000.',
      ),
      product: 'Paspor biasa RI pengganti',
      legalBasis: [UU_KEIMIGRASIAN, PP_KEIMIGRASIAN, PERMEN_PASPOR, PP_PNBP_IMIGRASI],
    },
    {
      code: 'IMIGRASI-PASPOR-HILANG',
      name: 'Paspor Pengganti karena Hilang',
      category: 'Keimigrasian',
      description:
        'Penggantian paspor yang hilang di dalam negeri, didahului pemeriksaan (BAP) oleh pejabat imigrasi.',
      keywords: ['paspor hilang', 'kehilangan paspor', 'denda paspor hilang', 'paspor'],
      minutes: 45,
      requirements: [
        doc('Surat keterangan kehilangan dari Kepolisian', 'Asli.'),
        doc('KTP-el dan Kartu Keluarga', 'Asli.'),
        doc('Akta kelahiran, ijazah atau buku nikah', 'Salah satu.'),
        optDoc('Fotokopi paspor yang hilang', 'Bila ada.'),
      ],
      procedure: [
        ['Pendaftaran', 'Datang ke gerai; pemohon tidak memerlukan kuota M-Paspor.'],
        ['Pemeriksaan (BAP)', 'Pejabat imigrasi memeriksa penyebab kehilangan.'],
        ['Keputusan', 'Penerbitan dapat ditangguhkan bila ada unsur kelalaian berat.'],
        [
          'Pembayaran dan pengambilan',
          'Bayar PNBP paspor dan biaya beban; paspor diambil setelah 4 hari kerja.',
        ],
      ],
      time: [4, 'working_days'],
      fee: paid(
        1_350_000,
        PP_PNBP_IMIGRASI,
        'Rp350.000 paspor biasa + Rp1.000.000 biaya beban paspor ' +
          'hilang; tanpa biaya beban bila hilang karena bencana.',
      ),
      product: 'Paspor biasa RI pengganti',
      legalBasis: [UU_KEIMIGRASIAN, PP_KEIMIGRASIAN, PERMEN_PASPOR, PP_PNBP_IMIGRASI],
    },
    {
      code: 'IMIGRASI-PASPOR-RUSAK',
      name: 'Paspor Pengganti karena Rusak',
      category: 'Keimigrasian',
      description: 'Penggantian paspor yang rusak (basah, sobek, halaman data tidak terbaca).',
      keywords: ['paspor rusak', 'paspor sobek', 'paspor basah', 'denda paspor rusak', 'paspor'],
      minutes: 30,
      requirements: [
        doc('Paspor yang rusak', 'Asli.'),
        doc('KTP-el dan Kartu Keluarga', 'Asli.'),
        doc('Akta kelahiran, ijazah atau buku nikah', 'Salah satu.'),
      ],
      procedure: [
        ['Pendaftaran', 'Datang ke gerai dengan paspor rusak.'],
        ['Pemeriksaan (BAP)', 'Pemeriksaan penyebab kerusakan.'],
        ['Pembayaran dan pengambilan', 'Bayar PNBP dan biaya beban; paspor diambil setelah 4 hari kerja.'],
      ],
      time: [4, 'working_days'],
      fee: paid(850_000, PP_PNBP_IMIGRASI, 'Rp350.000 paspor biasa + Rp500.000 biaya beban paspor rusak.'),
      product: 'Paspor biasa RI pengganti',
      legalBasis: [UU_KEIMIGRASIAN, PP_KEIMIGRASIAN, PERMEN_PASPOR, PP_PNBP_IMIGRASI],
    },
    {
      code: 'IMIGRASI-PERCEPATAN',
      name: 'Layanan Percepatan Paspor (Selesai Hari yang Sama)',
      category: 'Keimigrasian',
      description: 'Paspor selesai pada hari yang sama untuk keperluan mendesak, di luar tarif paspor.',
      keywords: ['paspor kilat', 'paspor cepat', 'percepatan paspor', 'paspor sehari jadi', 'paspor'],
      minutes: 25,
      requirements: [
        doc('Dokumen persyaratan paspor sesuai jenis permohonan', 'Baru, penggantian, hilang atau rusak.'),
        cond('Permohonan diterima sebelum pukul 12.00', 'Agar dapat selesai pada hari yang sama.'),
      ],
      procedure: [
        ['Pendaftaran', 'Pilih layanan percepatan saat pendaftaran.'],
        ['Pemrosesan', 'Verifikasi, foto dan wawancara diprioritaskan.'],
        ['Pembayaran', 'PNBP paspor ditambah PNBP percepatan.'],
        ['Pengambilan', 'Paspor diambil sore hari yang sama.'],
      ],
      time: [6, 'hours'],
      fee: paid(1_000_000, PP_PNBP_IMIGRASI, 'Di luar tarif paspor.'),
      product: 'Paspor RI selesai hari yang sama',
      legalBasis: [UU_KEIMIGRASIAN, PERMEN_PASPOR, PP_PNBP_IMIGRASI],
    },
  ]),

  ...defineServices('KPP', kpp, [
    {
      code: 'KPP-NPWP-OP',
      name: 'Pendaftaran NPWP Orang Pribadi',
      category: 'Perpajakan',
      description:
        'Pendaftaran atau aktivasi NIK sebagai NPWP orang pribadi, termasuk NPWP untuk pengusaha, pekerja bebas dan ' +
        'wanita kawin yang memilih pisah harta.',
      keywords: ['npwp', 'nomor pokok wajib pajak', 'bikin npwp', 'nik npwp', 'daftar pajak', 'kartu npwp'],
      minutes: 15,
      bookable: true,
      quota: 80,
      requirements: [
        doc('KTP-el', 'Asli; NIK menjadi NPWP.'),
        cond('Surel dan nomor ponsel aktif', 'Untuk akun Coretax DJP.'),
        optDoc('NIB atau surat keterangan usaha', 'Bagi orang pribadi yang menjalankan usaha.'),
        optDoc(
          'Perjanjian pisah harta atau putusan hakim',
          'Bagi wanita kawin yang memilih menjalankan kewajiban sendiri.',
        ),
      ],
      procedure: [
        ['Pendaftaran', 'Pengisian formulir di Coretax DJP dengan bantuan petugas.'],
        ['Verifikasi identitas', 'Pencocokan NIK dengan data Dukcapil dan swafoto.'],
        ['Aktivasi akun', 'Pembuatan kata sandi dan aktivasi akun Coretax.'],
        ['Penerbitan', 'Kartu NPWP dan surat keterangan terdaftar elektronik dapat diunduh.'],
      ],
      time: [60, 'minutes'],
      fee: free(FREE_TAX),
      product: 'NPWP (NIK) aktif dan Surat Keterangan Terdaftar elektronik',
      legalBasis: [UU_KUP, UU_HPP, PMK_NPWP, PMK_CORETAX],
    },
    {
      code: 'KPP-NPWP-BADAN',
      name: 'Pendaftaran NPWP Badan',
      category: 'Perpajakan',
      description: 'Pendaftaran NPWP bagi PT, CV, firma, koperasi, yayasan dan badan lain.',
      keywords: ['npwp badan', 'npwp perusahaan', 'npwp pt', 'npwp cv', 'npwp yayasan'],
      minutes: 20,
      bookable: true,
      quota: 40,
      requirements: [
        doc('Akta pendirian dan perubahan terakhir', 'Fotokopi.'),
        doc('SK pengesahan atau bukti pendaftaran Kemenkumham', 'Untuk badan hukum.'),
        doc('NIK/NPWP pengurus dan penanggung jawab', 'KTP-el pengurus.'),
        doc('Dokumen alamat kedudukan', 'Perjanjian sewa atau bukti kepemilikan tempat usaha.'),
      ],
      procedure: [
        ['Pendaftaran', 'Pengisian formulir pendaftaran badan di Coretax DJP.'],
        ['Penelitian', 'Petugas meneliti dokumen pendirian.'],
        ['Penerbitan', 'NPWP badan dan SKT diterbitkan elektronik.'],
      ],
      time: [1, 'working_days'],
      fee: free(FREE_TAX),
      product: 'NPWP badan dan Surat Keterangan Terdaftar',
      legalBasis: [UU_KUP, PMK_NPWP, PMK_CORETAX],
    },
    {
      code: 'KPP-EFIN',
      name: 'Aktivasi dan Reset EFIN',
      category: 'Perpajakan',
      description:
        'Permintaan atau pengiriman ulang Electronic Filing Identification Number untuk akses layanan pajak daring.',
      keywords: ['efin', 'lupa efin', 'reset efin', 'aktivasi efin', 'efin hilang'],
      minutes: 10,
      bookable: true,
      quota: 100,
      requirements: [
        doc('KTP-el', 'Asli; wajib pajak datang sendiri.'),
        optDoc('NPWP', 'Bila bukan NIK.'),
        cond('Surel dan nomor ponsel aktif', 'EFIN dikirim ke surel terdaftar.'),
      ],
      procedure: [
        ['Verifikasi identitas', 'Pencocokan wajah dan KTP-el.'],
        ['Pemutakhiran kontak', 'Surel dan nomor ponsel diperbarui bila perlu.'],
        ['Penerbitan', 'EFIN dikirim ke surel wajib pajak.'],
      ],
      time: [15, 'minutes'],
      fee: free(FREE_TAX),
      product: 'EFIN aktif yang dikirim ke surel terdaftar',
      legalBasis: [UU_KUP, PMK_CORETAX],
    },
    {
      code: 'KPP-CORETAX',
      name: 'Aktivasi Akun Coretax dan Sertifikat Elektronik',
      category: 'Perpajakan',
      description:
        'Aktivasi akun Coretax DJP, pembuatan kode otorisasi/sertifikat elektronik untuk tanda tangan dokumen pajak.',
      keywords: [
        'coretax',
        'akun coretax',
        'kode otorisasi',
        'sertifikat elektronik pajak',
        'lupa password pajak',
      ],
      minutes: 15,
      quota: 100,
      requirements: [
        doc('KTP-el', 'Asli.'),
        cond('Surel dan nomor ponsel aktif', 'Terdaftar atas nama wajib pajak.'),
        optDoc('Surat penunjukan PIC', 'Untuk akun wajib pajak badan.'),
      ],
      procedure: [
        ['Aktivasi akun', 'Wajib pajak mengaktifkan akun di coretaxdjp.pajak.go.id dengan bantuan petugas.'],
        ['Verifikasi wajah', 'Swafoto dicocokkan dengan data kependudukan.'],
        ['Kode otorisasi', 'Pembuatan kode otorisasi/sertifikat elektronik DJP.'],
      ],
      time: [20, 'minutes'],
      fee: free(FREE_TAX),
      product: 'Akun Coretax aktif dan kode otorisasi DJP',
      legalBasis: [UU_KUP, PMK_CORETAX],
    },
    {
      code: 'KPP-SPT-TAHUNAN',
      name: 'Asistensi Pelaporan SPT Tahunan PPh Orang Pribadi',
      category: 'Perpajakan',
      description:
        'Pendampingan pengisian dan penyampaian SPT Tahunan secara elektronik, ramai pada Februari–Maret.',
      keywords: ['lapor spt', 'spt tahunan', 'e-filing', 'lapor pajak', 'spt 1770', 'bukti potong'],
      minutes: 20,
      bookable: true,
      quota: 120,
      requirements: [
        doc('KTP-el', 'Asli.'),
        doc('Bukti potong PPh 21 (1721-A1/A2)', 'Dari pemberi kerja.'),
        optDoc('Daftar harta dan utang', 'Rumah, kendaraan, tabungan, kredit.'),
        cond('Akun Coretax aktif', 'Atau diaktifkan di gerai.'),
      ],
      procedure: [
        ['Persiapan', 'Petugas memeriksa akun dan bukti potong.'],
        ['Pengisian SPT', 'Wajib pajak mengisi SPT sendiri dengan bimbingan petugas.'],
        ['Penyampaian', 'SPT ditandatangani elektronik dan dikirim.'],
        ['Bukti penerimaan', 'Bukti Penerimaan Elektronik (BPE) dikirim ke surel.'],
      ],
      time: [30, 'minutes'],
      fee: free(FREE_TAX),
      product: 'Bukti Penerimaan Elektronik SPT Tahunan',
      legalBasis: [UU_KUP, UU_HPP, PMK_CORETAX],
    },
    {
      code: 'KPP-PKP',
      name: 'Pengukuhan Pengusaha Kena Pajak (PKP)',
      category: 'Perpajakan',
      description:
        'Pengukuhan PKP bagi pengusaha dengan peredaran bruto di atas Rp4,8 miliar atau yang memilih dikukuhkan.',
      keywords: ['pkp', 'pengukuhan pkp', 'ppn', 'faktur pajak', 'pengusaha kena pajak'],
      minutes: 20,
      requirements: [
        doc('Formulir permohonan pengukuhan PKP', 'Diisi di Coretax.'),
        doc('Dokumen tempat kegiatan usaha', 'Bukti kepemilikan atau sewa.'),
        doc('NIB', 'Terbit di OSS.'),
        cond('Bersedia dilakukan verifikasi lapangan', 'Petugas meninjau tempat usaha.'),
      ],
      procedure: [
        ['Permohonan', 'Diajukan di Coretax atau gerai.'],
        ['Verifikasi', 'Penelitian dokumen dan verifikasi lapangan.'],
        ['Keputusan', 'Surat Pengukuhan PKP diterbitkan atau ditolak.'],
      ],
      time: [10, 'working_days'],
      fee: free(FREE_TAX),
      product: 'Surat Pengukuhan Pengusaha Kena Pajak',
      legalBasis: [
        UU_KUP,
        'Undang-Undang Nomor 8 Tahun 1983 tentang Pajak Pertambahan Nilai beserta perubahannya',
        PMK_CORETAX,
      ],
    },
    {
      code: 'KPP-NON-EFEKTIF',
      name: 'Penetapan Wajib Pajak Non-Efektif',
      category: 'Perpajakan',
      description:
        'Penetapan status non-efektif bagi wajib pajak yang tidak lagi memiliki penghasilan di atas PTKP.',
      keywords: [
        'npwp non efektif',
        'ne',
        'nonaktif npwp',
        'tidak punya penghasilan',
        'berhenti kerja pajak',
      ],
      minutes: 15,
      requirements: [
        doc('Formulir permohonan', 'Diisi di Coretax atau gerai.'),
        doc('KTP-el', 'Asli.'),
        doc('Surat pernyataan tidak melakukan kegiatan usaha/pekerjaan bebas', 'Ditandatangani wajib pajak.'),
      ],
      procedure: [
        ['Permohonan', 'Diajukan di Coretax atau gerai.'],
        ['Penelitian', 'Penelitian kewajiban perpajakan.'],
        ['Keputusan', 'Pemberitahuan penetapan non-efektif diterbitkan.'],
      ],
      time: [5, 'working_days'],
      fee: free(FREE_TAX),
      product: 'Pemberitahuan Penetapan Wajib Pajak Non-Efektif',
      legalBasis: [UU_KUP, PMK_CORETAX],
    },
    {
      code: 'KPP-SKF',
      name: 'Surat Keterangan Fiskal',
      category: 'Perpajakan',
      description: 'Surat keterangan kepatuhan pajak untuk lelang pengadaan, perizinan atau kredit bank.',
      keywords: ['skf', 'keterangan fiskal', 'surat fiskal', 'tax clearance'],
      minutes: 15,
      requirements: [
        doc('Permohonan SKF', 'Diajukan di Coretax.'),
        cond('SPT Tahunan 2 tahun terakhir telah disampaikan', 'Diperiksa otomatis.'),
        cond('Tidak mempunyai utang pajak', 'Atau telah disetujui mengangsur/menunda.'),
      ],
      procedure: [
        ['Permohonan', 'Diajukan di Coretax atau dengan bantuan petugas.'],
        ['Penelitian', 'Penelitian kepatuhan pelaporan dan pembayaran.'],
        ['Penerbitan', 'SKF diterbitkan elektronik.'],
      ],
      time: [3, 'working_days'],
      fee: free(FREE_TAX),
      product: 'Surat Keterangan Fiskal elektronik',
      legalBasis: [UU_KUP, PMK_CORETAX],
    },
  ]),

  ...defineServices('BPN', bpn, [
    {
      code: 'BPN-PENGECEKAN',
      name: 'Pengecekan Sertipikat',
      category: 'Pertanahan',
      description:
        'Pencocokan sertipikat dengan buku tanah untuk memastikan tidak ada blokir, sita atau sengketa.',
      keywords: [
        'cek sertifikat',
        'cek sertipikat',
        'pengecekan sertifikat',
        'cek tanah',
        'blokir sertifikat',
      ],
      minutes: 15,
      requirements: [
        doc('Sertipikat asli', 'Hak milik, HGB atau hak satuan rumah susun.'),
        doc('KTP-el pemilik atau kuasa', 'Asli.'),
        optDoc('Surat kuasa', 'Bila diajukan oleh PPAT atau pihak lain.'),
      ],
      procedure: [
        ['Pendaftaran', 'Berkas diterima dan Surat Perintah Setor diterbitkan.'],
        ['Pembayaran PNBP', 'Rp50.000 per sertipikat.'],
        ['Pencocokan', 'Sertipikat dicocokkan dengan buku tanah dan peta pendaftaran.'],
        ['Hasil', 'Catatan hasil pengecekan dibubuhkan.'],
      ],
      time: [1, 'working_days'],
      fee: paid(50_000, PP_PNBP_ATR, 'Per sertipikat.'),
      product: 'Sertipikat dengan catatan hasil pengecekan',
      legalBasis: [UUPA, PP_PENDAFTARAN_TANAH, PP_PNBP_ATR, PERKABAN_SPOPP],
    },
    {
      code: 'BPN-SKPT',
      name: 'Surat Keterangan Pendaftaran Tanah (SKPT)',
      category: 'Pertanahan',
      description:
        'Keterangan data fisik dan yuridis bidang tanah yang tercatat, untuk lelang atau keperluan lain.',
      keywords: ['skpt', 'keterangan pendaftaran tanah', 'data tanah', 'surat keterangan tanah'],
      minutes: 15,
      requirements: [
        doc('Formulir permohonan', 'Dengan uraian keperluan.'),
        doc('KTP-el pemohon', 'Asli.'),
        doc('Fotokopi sertipikat atau data letak bidang', 'Asli diperlihatkan bila ada.'),
      ],
      procedure: [
        ['Pendaftaran', 'Berkas diterima dan Surat Perintah Setor diterbitkan.'],
        ['Pembayaran PNBP', 'Rp50.000 per bidang.'],
        ['Penerbitan', 'SKPT diterbitkan elektronik.'],
      ],
      time: [1, 'working_days'],
      fee: paid(50_000, PP_PNBP_ATR, 'Per bidang.'),
      product: 'Surat Keterangan Pendaftaran Tanah elektronik',
      legalBasis: [UUPA, PP_PENDAFTARAN_TANAH, PP_PNBP_ATR],
    },
    {
      code: 'BPN-ROYA',
      name: 'Roya (Penghapusan Hak Tanggungan)',
      category: 'Pertanahan',
      description: 'Pencoretan hak tanggungan pada sertipikat setelah kredit lunas.',
      keywords: ['roya', 'hapus hak tanggungan', 'kpr lunas', 'angkat roya', 'sertifikat dari bank'],
      minutes: 15,
      requirements: [
        doc('Sertipikat hak atas tanah asli', 'Yang dibebani hak tanggungan.'),
        doc('Sertipikat Hak Tanggungan asli', 'Atau dokumen HT elektronik.'),
        doc('Surat roya/pernyataan lunas dari kreditur', 'Asli dari bank.'),
        doc('KTP-el pemilik', 'Asli.'),
      ],
      procedure: [
        ['Pendaftaran', 'Berkas diterima; dapat melalui layanan elektronik.'],
        ['Pembayaran PNBP', 'Rp50.000 per hak tanggungan.'],
        ['Pencatatan', 'Hak tanggungan dicoret pada buku tanah dan sertipikat.'],
      ],
      time: [5, 'working_days'],
      fee: paid(50_000, PP_PNBP_ATR, 'Per hak tanggungan.'),
      product: 'Sertipikat dengan catatan penghapusan hak tanggungan',
      legalBasis: [
        UUPA,
        'Undang-Undang Nomor 4 Tahun 1996 tentang Hak Tanggungan',
        PP_PNBP_ATR,
        PERKABAN_SPOPP,
      ],
    },
    {
      code: 'BPN-PERALIHAN-JUAL-BELI',
      name: 'Peralihan Hak karena Jual Beli',
      category: 'Pertanahan',
      description:
        'Pendaftaran peralihan hak atas tanah berdasarkan akta jual beli PPAT (balik nama sertipikat).',
      keywords: ['balik nama sertifikat', 'jual beli tanah', 'ajb', 'peralihan hak', 'balik nama tanah'],
      minutes: 20,
      requirements: [
        doc('Akta jual beli PPAT', 'Asli.'),
        doc('Sertipikat asli', 'Telah dicek.'),
        doc('KTP-el dan KK para pihak', 'Fotokopi.'),
        doc('Bukti pembayaran BPHTB tervalidasi dan PPh final penjual', 'Asli.'),
        doc('SPPT PBB-P2 tahun berjalan', 'Fotokopi.'),
      ],
      procedure: [
        ['Pendaftaran oleh PPAT', 'PPAT mengajukan berkas secara elektronik/di loket.'],
        ['Pembayaran PNBP', '(Nilai tanah/1.000) + Rp50.000.'],
        ['Pemeriksaan', 'Pemeriksaan data yuridis dan pajak.'],
        ['Pencatatan', 'Nama pemegang hak baru dicatat pada buku tanah dan sertipikat.'],
      ],
      time: [5, 'working_days'],
      fee: paid(
        1_050_000,
        PP_PNBP_ATR,
        'Rumus (nilai tanah/1.000) + Rp50.000; angka di atas contoh tanah bernilai Rp1 miliar.',
      ),
      product: 'Sertipikat atas nama pemegang hak baru',
      legalBasis: [UUPA, PP_PENDAFTARAN_TANAH, PP_18_2021, PP_PNBP_ATR],
    },
    {
      code: 'BPN-PERALIHAN-WARIS',
      name: 'Peralihan Hak karena Pewarisan',
      category: 'Pertanahan',
      description: 'Pendaftaran peralihan hak kepada ahli waris.',
      keywords: ['balik nama waris', 'sertifikat warisan', 'turun waris', 'tanah warisan', 'peralihan hak'],
      minutes: 20,
      requirements: [
        doc('Sertipikat asli', 'Atas nama pewaris.'),
        doc('Akta kematian pewaris', 'Fotokopi dilegalisasi atau ber-TTE.'),
        doc('Surat keterangan waris atau penetapan ahli waris', 'Sesuai golongan penduduk.'),
        doc('KTP-el dan KK para ahli waris', 'Fotokopi.'),
        doc('Bukti BPHTB waris tervalidasi', 'Asli.'),
      ],
      procedure: [
        ['Pendaftaran', 'Berkas diterima di loket.'],
        ['Pembayaran PNBP', '(Nilai tanah/1.000) + Rp50.000.'],
        ['Pemeriksaan', 'Pemeriksaan data yuridis ahli waris.'],
        ['Pencatatan', 'Ahli waris dicatat sebagai pemegang hak.'],
      ],
      time: [5, 'working_days'],
      fee: paid(
        550_000,
        PP_PNBP_ATR,
        'Rumus (nilai tanah/1.000) + Rp50.000; angka di atas contoh tanah bernilai Rp500 juta.',
      ),
      product: 'Sertipikat atas nama para ahli waris',
      legalBasis: [UUPA, PP_PENDAFTARAN_TANAH, PP_18_2021, PP_PNBP_ATR],
    },
    {
      code: 'BPN-HT-EL',
      name: 'Pendaftaran Hak Tanggungan Elektronik',
      category: 'Pertanahan',
      description:
        'Pendaftaran hak tanggungan atas kredit yang dijamin tanah, diajukan kreditur melalui sistem HT-el.',
      keywords: ['hak tanggungan', 'ht-el', 'apht', 'jaminan sertifikat', 'kpr'],
      minutes: 15,
      requirements: [
        doc('Akta Pemberian Hak Tanggungan (APHT)', 'Dibuat PPAT.'),
        doc('Sertipikat hak atas tanah', 'Telah dicek.'),
        doc('Identitas debitur dan kreditur', 'KTP-el dan dokumen bank.'),
      ],
      procedure: [
        ['Pengajuan oleh kreditur', 'Bank mengajukan melalui sistem HT-el.'],
        ['Pembayaran PNBP', 'Sesuai nilai hak tanggungan.'],
        ['Penerbitan', 'Sertipikat HT-el terbit pada hari ke-7 setelah berkas lengkap.'],
      ],
      time: [7, 'working_days'],
      fee: paid(
        200_000,
        PP_PNBP_ATR,
        'Nilai HT s.d. Rp250 juta Rp50.000; >Rp250 juta s.d. Rp1 miliar Rp200.000; di atasnya lebih tinggi.',
      ),
      product: 'Sertipikat Hak Tanggungan elektronik',
      legalBasis: [
        'Undang-Undang Nomor 4 Tahun 1996 tentang Hak Tanggungan',
        'Peraturan Menteri ATR/Kepala BPN Nomor 5 Tahun 2020 tentang ' +
          'Pelayanan Hak Tanggungan Terintegrasi secara Elektronik',
        PP_PNBP_ATR,
      ],
    },
    {
      code: 'BPN-SERTIPIKAT-HILANG',
      name: 'Penggantian Sertipikat Hilang',
      category: 'Pertanahan',
      description: 'Penerbitan sertipikat pengganti setelah sumpah pemilik dan pengumuman selama 30 hari.',
      keywords: ['sertifikat hilang', 'sertipikat hilang', 'ganti sertifikat', 'sertifikat rusak'],
      minutes: 20,
      requirements: [
        doc('Surat keterangan kehilangan dari Kepolisian', 'Asli.'),
        doc('KTP-el dan KK pemilik', 'Asli.'),
        doc('Fotokopi sertipikat', 'Bila ada.', false),
        doc('Surat pernyataan di bawah sumpah', 'Diucapkan di hadapan pejabat pertanahan.'),
      ],
      procedure: [
        ['Pendaftaran', 'Berkas diterima di loket.'],
        ['Sumpah', 'Pemilik mengucapkan sumpah kehilangan.'],
        ['Pengumuman', 'Pengumuman di media massa selama 30 hari.'],
        ['Penerbitan', 'Sertipikat pengganti diterbitkan bila tidak ada keberatan.'],
      ],
      time: [40, 'working_days'],
      fee: paid(
        250_000,
        PP_PNBP_ATR,
        'Rp50.000 penggantian blanko + Rp200.000 sumpah dan naskah pengumuman.',
      ),
      product: 'Sertipikat pengganti',
      legalBasis: [UUPA, PP_PENDAFTARAN_TANAH, PP_PNBP_ATR, PERKABAN_SPOPP],
    },
  ]),

  ...defineServices('KEMENAG', kemenag, [
    {
      code: 'KEMENAG-DAFTAR-HAJI',
      name: 'Pendaftaran Haji Reguler',
      category: 'Keagamaan',
      description:
        'Pendaftaran jemaah haji reguler dan penerbitan nomor porsi setelah setoran awal BPIH di bank syariah.',
      keywords: ['daftar haji', 'haji reguler', 'nomor porsi', 'porsi haji', 'setoran haji', 'siskohat'],
      minutes: 30,
      bookable: true,
      quota: 40,
      requirements: [
        cond('Beragama Islam dan berusia minimal 12 tahun', 'Sesuai ketentuan pendaftaran haji reguler.'),
        doc('KTP-el dan Kartu Keluarga', 'Asli dan fotokopi.'),
        doc('Akta kelahiran, ijazah atau buku nikah', 'Salah satu.'),
        doc('Bukti setoran awal BPIH Rp25.000.000', 'Dari Bank Penerima Setoran BPIH.'),
        doc('Pasfoto 3x4 cm latar putih', '10 lembar, wajah 80%.'),
      ],
      procedure: [
        ['Setoran awal', 'Buka tabungan haji dan setor awal di bank penerima setoran.'],
        ['Pendaftaran', 'Verifikasi dokumen dan pengisian SPPH di gerai.'],
        ['Rekam biometrik', 'Foto dan sidik jari di SISKOHAT.'],
        ['Nomor porsi', 'Bukti pendaftaran dengan nomor porsi diterbitkan.'],
      ],
      time: [1, 'working_days'],
      fee: free(
        'Pendaftaran tidak dipungut biaya',
        'Setoran awal BPIH disimpan di rekening jemaah, bukan biaya layanan.',
      ),
      product: 'Bukti Pendaftaran Haji dengan nomor porsi',
      legalBasis: [UU_HAJI, UU_PELAYANAN_PUBLIK],
    },
    {
      code: 'KEMENAG-REKOM-PASPOR-HAJI',
      name: 'Rekomendasi Paspor Jemaah Haji',
      category: 'Keagamaan',
      description:
        'Surat rekomendasi pembuatan paspor bagi jemaah haji yang masuk alokasi keberangkatan tahun berjalan.',
      keywords: ['rekomendasi paspor', 'paspor haji', 'surat rekomendasi haji', 'paspor umrah'],
      minutes: 15,
      requirements: [
        doc('Bukti pendaftaran haji/nomor porsi', 'Asli.'),
        doc('KTP-el dan Kartu Keluarga', 'Asli.'),
        cond('Masuk daftar alokasi keberangkatan tahun berjalan', 'Dicek di SISKOHAT.'),
      ],
      procedure: [
        ['Pengajuan', 'Jemaah menyerahkan dokumen.'],
        ['Verifikasi', 'Pengecekan status di SISKOHAT.'],
        ['Penerbitan', 'Surat rekomendasi diterbitkan untuk dibawa ke kantor imigrasi.'],
      ],
      time: [1, 'working_days'],
      fee: free('Tidak dipungut biaya'),
      product: 'Surat rekomendasi paspor jemaah haji',
      legalBasis: [UU_HAJI, UU_KEIMIGRASIAN],
    },
    {
      code: 'KEMENAG-NIKAH',
      name: 'Informasi dan Pendaftaran Nikah di KUA',
      category: 'Keagamaan',
      description:
        'Informasi persyaratan dan pendaftaran kehendak nikah secara daring (SIMKAH) untuk akad di KUA kecamatan, ' +
        'paling lambat 10 hari kerja sebelum akad.',
      keywords: ['daftar nikah', 'nikah kua', 'kua', 'syarat nikah', 'buku nikah', 'simkah', 'n1 n2 n4'],
      minutes: 20,
      requirements: [
        doc('Surat pengantar nikah dari kelurahan (N1)', 'Untuk masing-masing calon pengantin.'),
        doc(
          'Persetujuan calon pengantin (N4) dan izin orang tua (N5)',
          'N5 bagi yang berusia di bawah 21 tahun.',
        ),
        doc('KTP-el, KK dan akta kelahiran calon pengantin', 'Fotokopi.'),
        doc('Pasfoto 2x3 dan 4x6 cm latar biru', 'Masing-masing 2 lembar.'),
        optDoc('Akta cerai atau akta kematian pasangan', 'Bagi duda/janda.'),
        optDoc('Rekomendasi nikah dari KUA asal', 'Bila menikah di luar kecamatan domisili.'),
      ],
      procedure: [
        ['Pendaftaran', 'Pendaftaran kehendak nikah melalui SIMKAH dengan bantuan petugas.'],
        ['Pemeriksaan', 'Penghulu memeriksa dokumen dan calon pengantin di KUA.'],
        ['Pengumuman', 'Kehendak nikah diumumkan selama 10 hari kerja.'],
        ['Akad dan pencatatan', 'Akad nikah dan penyerahan buku/kartu nikah.'],
      ],
      time: [10, 'working_days'],
      fee: free(
        PP_PNBP_KEMENAG,
        'Nikah di KUA pada hari dan jam kerja Rp0; di luar KUA ' +
          'atau di luar jam kerja Rp600.000 disetor ke kas negara.',
      ),
      product: 'Buku nikah dan kartu nikah digital',
      legalBasis: [
        'Undang-Undang Nomor 16 Tahun 2019 tentang Perubahan atas Undang-Undang Nomor 1 Tahun 1974 tentang Perkawinan',
        PMA_NIKAH,
        PP_PNBP_KEMENAG,
      ],
    },
    {
      code: 'KEMENAG-LEGALISASI-BUKU-NIKAH',
      name: 'Legalisasi Buku Nikah',
      category: 'Keagamaan',
      description: 'Legalisasi fotokopi buku nikah untuk keperluan paspor, visa, pekerjaan atau pendidikan.',
      keywords: ['legalisir buku nikah', 'legalisasi nikah', 'fotokopi buku nikah'],
      minutes: 10,
      requirements: [
        doc('Buku nikah asli', 'Suami atau istri.'),
        doc('Fotokopi buku nikah', 'Paling banyak 5 lembar.'),
        doc('KTP-el', 'Pemilik buku nikah.'),
      ],
      procedure: [
        ['Penyerahan', 'Serahkan buku nikah asli dan fotokopi.'],
        ['Pencocokan', 'Pencocokan dengan data SIMKAH.'],
        ['Pengesahan', 'Fotokopi dicap dan ditandatangani.'],
      ],
      time: [1, 'working_days'],
      fee: free('Tidak dipungut biaya'),
      product: 'Fotokopi buku nikah yang dilegalisasi',
      legalBasis: [PMA_NIKAH, PP_PNBP_KEMENAG],
    },
    {
      code: 'KEMENAG-DUPLIKAT-BUKU-NIKAH',
      name: 'Duplikat Buku Nikah',
      category: 'Keagamaan',
      description:
        'Penerbitan duplikat buku nikah yang hilang atau rusak, diteruskan ke KUA tempat nikah dicatat.',
      keywords: ['buku nikah hilang', 'duplikat buku nikah', 'buku nikah rusak', 'ganti buku nikah'],
      minutes: 15,
      requirements: [
        doc('Surat keterangan kehilangan dari Kepolisian', 'Untuk buku nikah yang hilang.', false),
        doc('Buku nikah yang rusak', 'Untuk buku nikah yang rusak.', false),
        doc('KTP-el suami dan istri dan KK', 'Fotokopi.'),
        doc('Pasfoto 2x3 cm berdampingan atau masing-masing', '2 lembar.'),
      ],
      procedure: [
        ['Pengajuan', 'Serahkan berkas.'],
        ['Penelusuran', 'Pencarian akta nikah di KUA tempat pencatatan.'],
        ['Penerbitan', 'Duplikat buku nikah ditandatangani Kepala KUA.'],
      ],
      time: [5, 'working_days'],
      fee: free('Tidak dipungut biaya'),
      product: 'Duplikat buku nikah',
      legalBasis: [PMA_NIKAH, PP_PNBP_KEMENAG],
    },
    {
      code: 'KEMENAG-HALAL-SELF-DECLARE',
      name: 'Pendampingan Sertifikasi Halal Self Declare',
      category: 'Keagamaan',
      description:
        'Pendampingan usaha mikro dan kecil mengajukan sertifikat halal gratis dengan pernyataan pelaku usaha.',
      keywords: ['sertifikat halal', 'halal gratis', 'sehati', 'self declare', 'label halal', 'bpjph'],
      minutes: 30,
      requirements: [
        doc('NIB', 'Usaha mikro atau kecil.'),
        cond('Produk tidak berisiko dan bahan dipastikan halal', 'Proses produksi sederhana.'),
        doc('Daftar bahan dan foto proses produksi', 'Untuk diverifikasi pendamping.'),
        cond('Akun SIHALAL', 'Dibuat dengan bantuan pendamping.'),
      ],
      procedure: [
        ['Pendaftaran SIHALAL', 'Pembuatan akun dan pengisian data produk.'],
        ['Verifikasi pendamping', 'Pendamping PPH memverifikasi bahan dan proses.'],
        ['Sidang fatwa', 'Komite Fatwa menetapkan kehalalan.'],
        ['Penerbitan', 'Sertifikat halal diterbitkan BPJPH.'],
      ],
      time: [12, 'working_days'],
      fee: free('Program sertifikasi halal gratis (SEHATI) bagi UMK'),
      product: 'Sertifikat halal elektronik dari BPJPH',
      legalBasis: [
        UU_JPH,
        'Peraturan Pemerintah Nomor 39 Tahun 2021 tentang Penyelenggaraan Bidang Jaminan Produk Halal',
        'Peraturan Menteri Agama Nomor 20 Tahun 2021 tentang Sertifikasi Halal bagi Pelaku Usaha Mikro dan Kecil',
      ],
    },
  ]),

  ...defineServices('BPOM', bpom, [
    {
      code: 'BPOM-KONSULTASI-MD',
      name: 'Konsultasi Registrasi Izin Edar Pangan Olahan (BPOM MD)',
      category: 'Kesehatan',
      description:
        'Konsultasi persyaratan izin edar MD, penggolongan risiko pangan, label dan e-registration.',
      keywords: ['izin bpom', 'bpom md', 'izin edar', 'daftar bpom', 'registrasi pangan', 'label pangan'],
      minutes: 30,
      quota: 30,
      requirements: [
        doc('KTP-el', 'Pemilik atau penanggung jawab.'),
        optDoc('NIB dan rancangan label', 'Agar konsultasi lebih tepat.'),
        optDoc('Daftar komposisi dan proses produksi', 'Untuk penggolongan risiko.'),
      ],
      procedure: [
        ['Pendaftaran konsultasi', 'Ambil antrean dan isi buku tamu elektronik.'],
        ['Konsultasi', 'Petugas menjelaskan persyaratan, tarif PNBP dan alur e-registration.'],
        ['Tindak lanjut', 'Jadwal pendampingan atau rujukan fasilitasi UMKM.'],
      ],
      time: [30, 'minutes'],
      fee: free('Konsultasi tidak dipungut biaya; PNBP registrasi dibayar saat pengajuan di e-registration'),
      product: 'Penjelasan tertulis persyaratan dan langkah registrasi',
      legalBasis: [
        UU_PANGAN,
        PP_KEAMANAN_PANGAN,
        'Peraturan Badan POM Nomor 27 Tahun 2017 tentang Pendaftaran Pangan Olahan beserta perubahannya',
      ],
    },
    {
      code: 'BPOM-KONSULTASI-KOSMETIK',
      name: 'Konsultasi Notifikasi Kosmetika',
      category: 'Kesehatan',
      description:
        'Konsultasi persyaratan notifikasi kosmetika, dokumen informasi produk dan klaim pada label.',
      keywords: ['notifikasi kosmetik', 'izin kosmetik', 'bpom kosmetik', 'skincare', 'izin skincare'],
      minutes: 30,
      requirements: [
        doc('KTP-el', 'Pemilik atau penanggung jawab teknis.'),
        optDoc('NIB dan rancangan label', 'Untuk pemeriksaan klaim.'),
        optDoc('Formula produk', 'Untuk penilaian bahan dilarang/dibatasi.'),
      ],
      procedure: [
        ['Pendaftaran konsultasi', 'Ambil antrean.'],
        ['Konsultasi', 'Penjelasan persyaratan badan usaha, DIP, label dan klaim.'],
        ['Tindak lanjut', 'Rujukan ke aplikasi notifkos.pom.go.id.'],
      ],
      time: [30, 'minutes'],
      fee: free('Konsultasi tidak dipungut biaya'),
      product: 'Penjelasan tertulis persyaratan notifikasi',
      legalBasis: [
        UU_KESEHATAN,
        'Peraturan Badan POM Nomor 21 Tahun 2022 tentang Tata Cara Pengajuan Notifikasi Kosmetika',
      ],
    },
    {
      code: 'BPOM-ULPK',
      name: 'Pengaduan dan Informasi Obat dan Makanan (ULPK)',
      category: 'Kesehatan',
      description:
        'Pengaduan produk obat, makanan, kosmetik yang diduga ilegal, kedaluwarsa atau menimbulkan efek samping.',
      keywords: [
        'aduan bpom',
        'produk ilegal',
        'makanan kedaluwarsa',
        'kosmetik berbahaya',
        'ulpk',
        'cek bpom',
      ],
      minutes: 15,
      requirements: [
        doc('Identitas pengadu', 'KTP-el; dapat dirahasiakan.'),
        doc('Produk atau foto produk dan label', 'Termasuk nomor izin edar bila ada.'),
        optDoc('Bukti pembelian', 'Nota atau tangkapan layar toko daring.'),
      ],
      procedure: [
        ['Penerimaan', 'Pengaduan dicatat di sistem ULPK.'],
        ['Penelusuran', 'Pengecekan database izin edar dan pengujian bila perlu.'],
        ['Tanggapan', 'Jawaban disampaikan kepada pengadu.'],
      ],
      time: [5, 'working_days'],
      fee: free('Tidak dipungut biaya'),
      product: 'Tanggapan tertulis atas pengaduan',
      legalBasis: [UU_KESEHATAN, 'Undang-Undang Nomor 8 Tahun 1999 tentang Perlindungan Konsumen', UU_PANGAN],
    },
    {
      code: 'BPOM-CPPOB',
      name: 'Konsultasi Cara Produksi Pangan Olahan yang Baik (CPPOB)',
      category: 'Kesehatan',
      description:
        'Konsultasi pemenuhan CPPOB dan persiapan pemeriksaan sarana sebelum registrasi MD bagi UMK.',
      keywords: ['cppob', 'pemeriksaan sarana', 'psb bpom', 'produksi pangan', 'umkm pangan'],
      minutes: 30,
      requirements: [
        doc('KTP-el dan NIB', 'Pemilik usaha.'),
        doc('Denah dan foto sarana produksi', 'Ruang produksi, gudang, fasilitas sanitasi.'),
        optDoc('Dokumen prosedur sanitasi', 'Bila sudah ada.'),
      ],
      procedure: [
        ['Konsultasi', 'Penilaian awal sarana berdasarkan denah dan foto.'],
        ['Rekomendasi perbaikan', 'Daftar perbaikan yang perlu dilakukan.'],
        ['Penjadwalan', 'Jadwal pemeriksaan sarana bila siap.'],
      ],
      time: [45, 'minutes'],
      fee: free('Konsultasi tidak dipungut biaya'),
      product: 'Catatan rekomendasi pemenuhan CPPOB',
      legalBasis: [UU_PANGAN, PP_KEAMANAN_PANGAN],
    },
  ]),

  ...defineServices('SAMSAT', samsat, [
    {
      code: 'SAMSAT-PKB-TAHUNAN',
      name: 'Pembayaran Pajak Kendaraan Bermotor Tahunan',
      category: 'Kendaraan Bermotor',
      description: 'Pembayaran PKB, opsen PKB dan SWDKLLJ serta pengesahan STNK tahunan.',
      keywords: [
        'pajak motor',
        'pajak mobil',
        'pkb',
        'bayar pajak kendaraan',
        'pengesahan stnk',
        'stnk tahunan',
      ],
      minutes: 10,
      bookable: true,
      quota: 400,
      requirements: [
        doc('STNK asli', 'Kendaraan yang akan dibayar pajaknya.'),
        doc('KTP-el pemilik sesuai STNK', 'Asli; bila beda nama, KTP-el pembawa dan surat kuasa.'),
      ],
      procedure: [
        ['Pendaftaran', 'Serahkan STNK dan KTP-el di loket pendaftaran.'],
        ['Penetapan', 'Petugas menetapkan PKB, opsen, denda dan SWDKLLJ.'],
        ['Pembayaran', 'Bayar di kasir atau QRIS.'],
        ['Pengesahan', 'STNK disahkan dan notice pajak diserahkan.'],
      ],
      time: [30, 'minutes'],
      fee: paid(
        25_000,
        `${PP_PNBP_POLRI}; ${PERDA_PDRD_JATIM}`,
        'PNBP pengesahan STNK roda 2 Rp25.000 (roda 4 Rp50.000); ' +
          'ditambah PKB, opsen PKB dan SWDKLLJ sesuai kendaraan.',
      ),
      product: 'STNK yang disahkan dan notice pajak (SKPD)',
      legalBasis: [UU_HKPD, PERPRES_SAMSAT, PERDA_PDRD_JATIM, PP_PNBP_POLRI],
    },
    {
      code: 'SAMSAT-5-TAHUNAN',
      name: 'Penggantian STNK dan TNKB Lima Tahunan',
      category: 'Kendaraan Bermotor',
      description:
        'Perpanjangan STNK dan penggantian pelat nomor setiap 5 tahun, dengan cek fisik kendaraan.',
      keywords: [
        'stnk 5 tahun',
        'ganti plat',
        'pajak 5 tahunan',
        'ganti pelat nomor',
        'perpanjang stnk',
        'tnkb',
      ],
      minutes: 20,
      bookable: true,
      quota: 150,
      requirements: [
        doc('STNK asli', 'Yang akan habis masa berlakunya.'),
        doc('BPKB asli', 'Diperlihatkan.'),
        doc('KTP-el pemilik sesuai STNK', 'Asli.'),
        cond('Kendaraan dibawa untuk cek fisik', 'Gesekan nomor rangka dan mesin.'),
      ],
      procedure: [
        ['Cek fisik', 'Kendaraan diperiksa dan nomor rangka/mesin digesek.'],
        ['Pendaftaran dan penetapan', 'Penetapan PKB, opsen, PNBP STNK dan TNKB.'],
        ['Pembayaran', 'Bayar di kasir atau QRIS.'],
        ['Penerbitan', 'STNK baru diserahkan; TNKB diambil sesuai jadwal.'],
      ],
      time: [1, 'working_days'],
      fee: paid(
        160_000,
        PP_PNBP_POLRI,
        'Roda 2: STNK Rp100.000 + TNKB Rp60.000; roda 4: STNK Rp200.000 + TNKB Rp100.000; ditambah PKB tahunan.',
      ),
      product: 'STNK baru dan TNKB baru',
      legalBasis: [UU_LLAJ, PERPOL_REGIDENT, PP_PNBP_POLRI, PERDA_PDRD_JATIM],
    },
    {
      code: 'SAMSAT-BALIK-NAMA',
      name: 'Balik Nama Kendaraan Bermotor Bekas',
      category: 'Kendaraan Bermotor',
      description:
        'Pergantian pemilik kendaraan bekas; sejak UU 1/2022 tidak lagi dikenakan BBNKB atas penyerahan kedua.',
      keywords: ['balik nama', 'bbn', 'bbnkb', 'ganti nama stnk', 'balik nama motor', 'beli motor bekas'],
      minutes: 25,
      bookable: true,
      quota: 80,
      requirements: [
        doc('STNK dan BPKB asli', 'Atas nama pemilik lama.'),
        doc('KTP-el pemilik baru', 'Asli.'),
        doc('Kuitansi jual beli bermeterai', 'Ditandatangani penjual dan pembeli.'),
        cond('Kendaraan dibawa untuk cek fisik', 'Gesekan nomor rangka dan mesin.'),
      ],
      procedure: [
        ['Cek fisik', 'Pemeriksaan kendaraan.'],
        ['Pendaftaran', 'Berkas diperiksa; data pemilik baru dimasukkan.'],
        ['Pembayaran', 'PNBP STNK, TNKB, BPKB ganti kepemilikan dan PKB.'],
        ['Penerbitan STNK', 'STNK atas nama baru diterbitkan.'],
        ['Penerbitan BPKB', 'BPKB atas nama baru diambil di Satlantas sesuai jadwal.'],
      ],
      time: [14, 'working_days'],
      fee: paid(
        385_000,
        PP_PNBP_POLRI,
        'Roda 2: STNK Rp100.000 + TNKB Rp60.000 + BPKB Rp225.000; roda 4: Rp200.000 + Rp100.000 + Rp375.000.',
      ),
      product: 'STNK, TNKB dan BPKB atas nama pemilik baru',
      legalBasis: [UU_HKPD, UU_LLAJ, PERPOL_REGIDENT, PP_PNBP_POLRI],
    },
    {
      code: 'SAMSAT-MUTASI-KELUAR',
      name: 'Mutasi Kendaraan Keluar Daerah',
      category: 'Kendaraan Bermotor',
      description: 'Pencabutan berkas kendaraan untuk didaftarkan di provinsi/wilayah Polda lain.',
      keywords: ['mutasi kendaraan', 'cabut berkas', 'pindah plat', 'mutasi keluar', 'mutasi motor'],
      minutes: 25,
      requirements: [
        doc('STNK dan BPKB asli', 'Pajak sudah lunas.'),
        doc('KTP-el pemilik', 'Asli; bila sudah dijual, kuitansi dan KTP-el pemilik baru.'),
        cond('Kendaraan dibawa untuk cek fisik', 'Gesekan nomor rangka dan mesin.'),
      ],
      procedure: [
        ['Cek fisik', 'Pemeriksaan kendaraan.'],
        ['Pendaftaran', 'Permohonan mutasi keluar dan pelunasan pajak.'],
        ['Pembayaran PNBP', 'Surat mutasi.'],
        ['Penerbitan', 'Berkas mutasi disegel dan diserahkan kepada pemohon.'],
      ],
      time: [5, 'working_days'],
      fee: paid(150_000, PP_PNBP_POLRI, 'Surat mutasi roda 2 Rp150.000; roda 4 Rp250.000.'),
      product: 'Berkas mutasi kendaraan (surat mutasi dan fiskal antardaerah)',
      legalBasis: [UU_LLAJ, PERPOL_REGIDENT, PP_PNBP_POLRI],
    },
    {
      code: 'SAMSAT-MUTASI-MASUK',
      name: 'Mutasi Kendaraan Masuk dari Luar Daerah',
      category: 'Kendaraan Bermotor',
      description:
        'Pendaftaran kendaraan yang berasal dari daerah lain dengan penerbitan STNK dan TNKB setempat.',
      keywords: ['mutasi masuk', 'plat luar kota', 'daftar kendaraan luar daerah', 'mutasi kendaraan'],
      minutes: 25,
      requirements: [
        doc('Berkas mutasi bersegel dari daerah asal', 'Asli, belum dibuka.'),
        doc('BPKB asli', 'Asli.'),
        doc('KTP-el pemilik domisili setempat', 'Asli.'),
        cond('Kendaraan dibawa untuk cek fisik', 'Gesekan nomor rangka dan mesin.'),
      ],
      procedure: [
        ['Cek fisik', 'Pemeriksaan kendaraan.'],
        ['Penelitian berkas', 'Berkas mutasi dibuka dan diteliti.'],
        ['Pembayaran', 'PNBP STNK, TNKB, pengesahan BPKB dan PKB.'],
        ['Penerbitan', 'STNK dan TNKB baru diterbitkan.'],
      ],
      time: [7, 'working_days'],
      fee: paid(
        160_000,
        PP_PNBP_POLRI,
        'Roda 2: STNK Rp100.000 + TNKB Rp60.000; roda 4 Rp300.000; ditambah PKB.',
      ),
      product: 'STNK dan TNKB daerah tujuan',
      legalBasis: [UU_LLAJ, PERPOL_REGIDENT, PP_PNBP_POLRI, PERDA_PDRD_JATIM],
    },
    {
      code: 'SAMSAT-BLOKIR',
      name: 'Blokir Kepemilikan Kendaraan (Lapor Jual)',
      category: 'Kendaraan Bermotor',
      description:
        'Pemblokiran data kepemilikan setelah kendaraan dijual ' +
        'agar tidak terkena pajak progresif dan tilang elektronik.',
      keywords: ['blokir stnk', 'lapor jual', 'pajak progresif', 'blokir kendaraan', 'motor sudah dijual'],
      minutes: 10,
      requirements: [
        doc('KTP-el pemilik lama', 'Asli.'),
        doc('Fotokopi STNK', 'Atau nomor polisi kendaraan.'),
        doc('Surat pernyataan telah menjual kendaraan', 'Bermeterai.'),
      ],
      procedure: [
        ['Pengajuan', 'Isi formulir blokir.'],
        ['Verifikasi', 'Pencocokan data pemilik.'],
        ['Pemblokiran', 'Data kepemilikan diblokir di sistem.'],
      ],
      time: [30, 'minutes'],
      fee: free('Tidak dipungut biaya'),
      product: 'Bukti pemblokiran data kepemilikan kendaraan',
      legalBasis: [PERPOL_REGIDENT, UU_HKPD, PERDA_PDRD_JATIM],
    },
    {
      code: 'SAMSAT-STNK-HILANG',
      name: 'Penggantian STNK Hilang atau Rusak',
      category: 'Kendaraan Bermotor',
      description: 'Penerbitan STNK pengganti karena hilang atau rusak.',
      keywords: ['stnk hilang', 'stnk rusak', 'ganti stnk', 'kehilangan stnk'],
      minutes: 20,
      requirements: [
        doc('Surat keterangan kehilangan dari Kepolisian', 'Untuk STNK yang hilang.', false),
        doc('STNK yang rusak', 'Untuk STNK yang rusak.', false),
        doc('BPKB asli dan KTP-el pemilik', 'Asli.'),
        cond('Kendaraan dibawa untuk cek fisik', 'Gesekan nomor rangka dan mesin.'),
      ],
      procedure: [
        ['Cek fisik', 'Pemeriksaan kendaraan.'],
        ['Penelitian', 'Pemeriksaan status blokir dan pajak.'],
        ['Pembayaran', 'PNBP STNK dan PKB bila jatuh tempo.'],
        ['Penerbitan', 'STNK pengganti diterbitkan.'],
      ],
      time: [1, 'working_days'],
      fee: paid(100_000, PP_PNBP_POLRI, 'Roda 2 Rp100.000; roda 4 Rp200.000.'),
      product: 'STNK pengganti',
      legalBasis: [UU_LLAJ, PERPOL_REGIDENT, PP_PNBP_POLRI],
    },
  ]),

  ...defineServices('KEJARI', kejari, [
    {
      code: 'KEJARI-TILANG',
      name: 'Pembayaran Denda Tilang dan Pengambilan Barang Bukti',
      category: 'Hukum dan Peradilan',
      description: 'Pembayaran denda tilang sesuai putusan pengadilan dan pengambilan SIM/STNK yang disita.',
      keywords: [
        'tilang',
        'ambil sim tilang',
        'denda tilang',
        'e-tilang',
        'barang bukti tilang',
        'stnk ditilang',
      ],
      minutes: 10,
      quota: 200,
      requirements: [
        doc('Surat tilang atau nomor register perkara', 'Asli atau nomor dari e-tilang.'),
        doc('KTP-el pelanggar', 'Atau surat kuasa dan KTP-el penerima kuasa.'),
        doc('Bukti pembayaran denda', 'Melalui bank/virtual account.'),
      ],
      procedure: [
        ['Cek putusan', 'Petugas mencocokkan nomor register dengan putusan pengadilan.'],
        ['Pembayaran', 'Denda dibayar ke rekening/virtual account kas negara.'],
        ['Pengambilan barang bukti', 'SIM/STNK diserahkan setelah bukti bayar diverifikasi.'],
      ],
      time: [15, 'minutes'],
      fee: free(
        'Layanan tidak dipungut biaya',
        'Denda dan biaya perkara sesuai putusan hakim dibayar ke kas negara.',
      ),
      product: 'Barang bukti tilang (SIM/STNK) dan tanda terima',
      legalBasis: [
        UU_LLAJ,
        'Peraturan Mahkamah Agung Nomor 12 Tahun 2016 tentang Tata Cara Penyelesaian Perkara Pelanggaran Lalu Lintas',
        UU_KEJAKSAAN,
      ],
    },
    {
      code: 'KEJARI-PELAYANAN-HUKUM',
      name: 'Pelayanan Hukum Gratis oleh Jaksa Pengacara Negara',
      category: 'Hukum dan Peradilan',
      description:
        'Konsultasi hukum perdata dan tata usaha negara bagi masyarakat, tanpa pendampingan beracara.',
      keywords: ['konsultasi hukum', 'jaksa', 'halo jaksa', 'hukum gratis', 'sengketa perdata'],
      minutes: 30,
      requirements: [
        doc('KTP-el', 'Asli.'),
        optDoc('Dokumen terkait permasalahan', 'Perjanjian, surat, putusan.'),
      ],
      procedure: [
        ['Pendaftaran', 'Isi buku konsultasi.'],
        ['Konsultasi', 'Jaksa Pengacara Negara memberi pendapat hukum.'],
        ['Tindak lanjut', 'Rujukan ke lembaga bantuan hukum bila perlu pendampingan.'],
      ],
      time: [30, 'minutes'],
      fee: free('Tidak dipungut biaya'),
      product: 'Pendapat/saran hukum lisan atau tertulis',
      legalBasis: [UU_KEJAKSAAN, UU_PELAYANAN_PUBLIK],
    },
  ]),

  ...defineServices('PA', pa, [
    {
      code: 'PA-ECOURT',
      name: 'Informasi dan Pendampingan Pendaftaran Perkara e-Court',
      category: 'Hukum dan Peradilan',
      description:
        'Informasi dan bantuan pendaftaran perkara cerai, dispensasi kawin, itsbat nikah dan waris secara elektronik.',
      keywords: [
        'daftar cerai',
        'gugat cerai',
        'e-court',
        'itsbat nikah',
        'dispensasi kawin',
        'pengadilan agama',
      ],
      minutes: 30,
      requirements: [
        doc('KTP-el', 'Penggugat/pemohon.'),
        doc('Buku nikah/kutipan akta nikah', 'Untuk perkara perceraian.'),
        doc('Surat gugatan/permohonan', 'Dapat dibuat dengan bantuan Posbakum.'),
        cond('Surel aktif', 'Untuk akun e-Court dan panggilan elektronik.'),
      ],
      procedure: [
        ['Konsultasi', 'Petugas menjelaskan jenis perkara dan persyaratan.'],
        ['Pendaftaran e-Court', 'Pembuatan akun dan unggah gugatan.'],
        ['Pembayaran panjar', 'Panjar biaya perkara dibayar melalui virtual account.'],
        ['Nomor perkara', 'Perkara teregistrasi dan jadwal sidang diterbitkan.'],
      ],
      time: [60, 'minutes'],
      fee: free(
        'Informasi dan pendampingan tidak dipungut biaya',
        'Panjar biaya perkara ditaksir menurut radius panggilan; warga tidak mampu dapat mengajukan prodeo.',
      ),
      product: 'Nomor perkara terdaftar dan bukti pembayaran panjar',
      legalBasis: [
        UU_PERADILAN_AGAMA,
        'Peraturan Mahkamah Agung Nomor 7 Tahun 2022 tentang Perubahan atas Peraturan Mahkamah Agung Nomor 1 Tahun ' +
          '2019 tentang Administrasi Perkara dan Persidangan di Pengadilan secara Elektronik',
      ],
    },
    {
      code: 'PA-AKTA-CERAI',
      name: 'Pengambilan Akta Cerai dan Salinan Putusan',
      category: 'Hukum dan Peradilan',
      description: 'Penyerahan akta cerai dan salinan putusan yang telah berkekuatan hukum tetap.',
      keywords: ['akta cerai', 'ambil akta cerai', 'salinan putusan', 'putusan cerai'],
      minutes: 10,
      requirements: [
        doc('KTP-el pihak berperkara', 'Asli.'),
        doc('Nomor perkara', 'Atau relaas putusan.'),
        cond('Putusan telah berkekuatan hukum tetap', 'Dicek di SIPP.'),
      ],
      procedure: [
        ['Pengecekan', 'Petugas memeriksa status perkara di SIPP.'],
        ['Pembayaran PNBP', 'Sesuai tarif akta dan salinan.'],
        ['Penyerahan', 'Akta cerai dan salinan putusan diserahkan.'],
      ],
      time: [30, 'minutes'],
      fee: paid(
        10_000,
        'Peraturan Pemerintah Nomor 5 Tahun 2019 tentang Jenis dan Tarif atas Jenis PNBP yang Berlaku pada Mahkamah ' +
          'Agung dan Badan Peradilan yang Berada di Bawahnya',
        'PNBP akta cerai; salinan putusan dikenakan PNBP per lembar.',
      ),
      product: 'Akta cerai dan salinan putusan',
      legalBasis: [
        UU_PERADILAN_AGAMA,
        'Undang-Undang Nomor 16 Tahun 2019 tentang Perubahan atas Undang-Undang Nomor 1 Tahun 1974 tentang Perkawinan',
      ],
    },
    {
      code: 'PA-POSBAKUM',
      name: 'Pos Bantuan Hukum (Posbakum) Pengadilan',
      category: 'Hukum dan Peradilan',
      description: 'Bantuan pembuatan surat gugatan/permohonan dan nasihat hukum bagi warga tidak mampu.',
      keywords: ['posbakum', 'bantuan hukum', 'buat gugatan', 'hukum gratis', 'prodeo'],
      minutes: 30,
      requirements: [
        doc('KTP-el', 'Asli.'),
        doc('Surat keterangan tidak mampu atau kartu bansos', 'SKTM, KIS, KIP atau terdaftar DTSEN.'),
        optDoc('Dokumen perkara', 'Buku nikah, akta kelahiran anak, dokumen harta.'),
      ],
      procedure: [
        ['Pendaftaran', 'Isi buku layanan Posbakum.'],
        ['Konsultasi', 'Advokat memberi nasihat hukum.'],
        ['Penyusunan dokumen', 'Pembuatan surat gugatan/permohonan.'],
      ],
      time: [60, 'minutes'],
      fee: free('Layanan Posbakum tidak dipungut biaya'),
      product: 'Surat gugatan/permohonan dan nasihat hukum',
      legalBasis: [
        'Peraturan Mahkamah Agung Nomor 1 Tahun 2014 tentang Pedoman Pemberian Layanan Hukum bagi Masyarakat Tidak ' +
          'Mampu di Pengadilan',
        UU_PERADILAN_AGAMA,
      ],
    },
  ]),
];
