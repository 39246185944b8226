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
  PERMENKO_KUR,
  POJK_APU_PPT,
  POJK_PELINDUNGAN_KONSUMEN,
  paid,
  UU_CIPTA_KERJA,
  UU_P2SK,
  UU_PDP,
} from './demo.services.common.data.ts';
import type { DemoService } from './demo.types.ts';

/** State-owned (BUMN) and regional (BUMD) enterprises, and private participants. */

type Channel = AgencyProfile['complaintChannels'][number];

interface CompanyProfileInput {
  company: string;
  channels: Channel[];
  facilities: string[];
  competence: string[];
  supervision: string;
  implementerCount: number;
  guarantee: string;
}

/**
 * Enterprises answer to their own regulators (OJK, DJSN, the ministry) besides the MPP; LAPOR! and the MPP desk are
 * offered too because citizens do not know which channel is whose.
 */
function companyProfile(input: CompanyProfileInput): AgencyProfile {
  return {
    complaintChannels: [...input.channels, laporChannel, mppDeskChannel],
    facilities: [...mppFacilities, ...input.facilities],
    implementerCompetence: input.competence,
    internalSupervision: input.supervision,
    implementerCount: input.implementerCount,
    serviceGuarantee: input.guarantee,
    securityGuarantee:
      `${input.company} menjaga kerahasiaan data nasabah/peserta sesuai UU 27/2022 dan ketentuan sektoral; ` +
      'transaksi ' +
      'tercatat di sistem inti dengan bukti resmi; area layanan diawasi CCTV.',
    performanceEvaluation:
      'Survei kepuasan pelanggan internal setiap bulan dan Survei Kepuasan Masyarakat MPP setiap semester; ' +
      'pemantauan service level agreement per transaksi.',
  };
}

const UU_SJSN = 'Undang-Undang Nomor 40 Tahun 2004 tentang Sistem Jaminan Sosial Nasional';
const UU_BPJS = 'Undang-Undang Nomor 24 Tahun 2011 tentang Badan Penyelenggara Jaminan Sosial';
const PERPRES_JKN =
  'Peraturan Presiden Nomor 82 Tahun 2018 tentang Jaminan Kesehatan sebagaimana telah beberapa kali diubah ' +
  'terakhir dengan Peraturan Presiden Nomor 59 Tahun 2024';
const PERPRES_64_2020 =
  'Peraturan Presiden Nomor 64 Tahun 2020 tentang Perubahan Kedua atas Peraturan Presiden Nomor 82 Tahun 2018 ' +
  'tentang Jaminan Kesehatan';
const PP_JKK_JKM =
  'Peraturan Pemerintah Nomor 44 Tahun 2015 tentang Penyelenggaraan Program Jaminan Kecelakaan Kerja dan Jaminan ' +
  'Kematian sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 82 Tahun 2019';
const PP_JHT =
  'Peraturan Pemerintah Nomor 46 Tahun 2015 tentang Penyelenggaraan Program Jaminan Hari Tua sebagaimana telah ' +
  'diubah dengan Peraturan Pemerintah Nomor 60 Tahun 2015';
const PERMENAKER_JHT =
  'Peraturan Menteri Ketenagakerjaan Nomor 4 Tahun 2022 tentang Tata Cara dan Persyaratan Pembayaran Manfaat ' +
  'Jaminan Hari Tua';
const PP_JKP =
  'Peraturan Pemerintah Nomor 37 Tahun 2021 tentang Penyelenggaraan Program Jaminan Kehilangan Pekerjaan ' +
  'sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 6 Tahun 2025';
const PERMENAKER_5_2021 =
  'Peraturan Menteri Ketenagakerjaan Nomor 5 Tahun 2021 tentang Tata Cara Penyelenggaraan Program Jaminan ' +
  'Kecelakaan Kerja, Jaminan Kematian, dan Jaminan Hari Tua';
const FREE_BPJS = 'Layanan administrasi kepesertaan dan klaim BPJS tidak dipungut biaya';

const UU_KETENAGALISTRIKAN =
  'Undang-Undang Nomor 30 Tahun 2009 tentang Ketenagalistrikan sebagaimana telah diubah dengan Undang-Undang ' +
  'Nomor 6 Tahun 2023';
const PERMEN_ESDM_MUTU =
  'Peraturan Menteri ESDM Nomor 27 Tahun 2017 tentang Tingkat Mutu Pelayanan dan Biaya yang Terkait dengan ' +
  'Penyaluran Tenaga Listrik oleh PT PLN (Persero) beserta perubahannya';
const PERMEN_ESDM_TARIF =
  'Peraturan Menteri ESDM Nomor 28 Tahun 2016 tentang Tarif Tenaga Listrik yang Disediakan oleh PT PLN (Persero) ' +
  'beserta perubahannya';
const UU_KONSUMEN = 'Undang-Undang Nomor 8 Tahun 1999 tentang Perlindungan Konsumen';

const UU_POS = 'Undang-Undang Nomor 38 Tahun 2009 tentang Pos';
const PP_POSTEL = 'Peraturan Pemerintah Nomor 46 Tahun 2021 tentang Pos, Telekomunikasi, dan Penyiaran';

const UU_PERBANKAN =
  'Undang-Undang Nomor 10 Tahun 1998 tentang Perubahan atas Undang-Undang Nomor 7 Tahun 1992 tentang Perbankan ' +
  'sebagaimana telah diubah dengan Undang-Undang Nomor 4 Tahun 2023';
const PMK_MPN =
  'Peraturan Menteri Keuangan Nomor 225/PMK.05/2020 tentang Sistem Penerimaan Negara secara Elektronik';

const UU_PENSIUN = 'Undang-Undang Nomor 11 Tahun 1969 tentang Pensiun Pegawai dan Pensiun Janda/Duda Pegawai';
const PP_ASURANSI_PNS =
  'Peraturan Pemerintah Nomor 25 Tahun 1981 tentang Asuransi Sosial Pegawai Negeri Sipil';
const PP_JKK_ASN =
  'Peraturan Pemerintah Nomor 70 Tahun 2015 tentang Jaminan Kecelakaan Kerja dan Jaminan Kematian bagi Pegawai ' +
  'Aparatur Sipil Negara sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 66 Tahun 2017';
const UU_ASN = 'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara';
const FREE_TASPEN = 'Layanan klaim dan administrasi peserta Taspen tidak dipungut biaya';

const POJK_GADAI = 'Peraturan OJK Nomor 31/POJK.05/2016 tentang Usaha Pergadaian';

const PP_SPAM = 'Peraturan Pemerintah Nomor 122 Tahun 2015 tentang Sistem Penyediaan Air Minum';
const PERMENDAGRI_TARIF_AIR =
  'Peraturan Menteri Dalam Negeri Nomor 21 Tahun 2020 tentang Perhitungan dan Penetapan Tarif Air Minum';
const UU_SDA = 'Undang-Undang Nomor 17 Tahun 2019 tentang Sumber Daya Air';
const PDAM_TARIFF =
  'Keputusan Direksi Perumda Air Minum Surya Sembada tentang biaya sambungan dan layanan pelanggan';

const UU_JABATAN_NOTARIS =
  'Undang-Undang Nomor 2 Tahun 2014 tentang Perubahan atas Undang-Undang Nomor 30 Tahun 2004 tentang Jabatan Notaris';
const UU_TELEKOMUNIKASI =
  'Undang-Undang Nomor 36 Tahun 1999 tentang Telekomunikasi sebagaimana telah diubah dengan Undang-Undang Nomor 6 ' +
  'Tahun 2023';
const PERMENKOMINFO_5_2021 =
  'Peraturan Menteri Komunikasi dan Informatika Nomor 5 Tahun 2021 tentang Penyelenggaraan Telekomunikasi';

const bankProfile = (company: string, callCenter: string, email: string): AgencyProfile =>
  companyProfile({
    company,
    channels: [
      { kind: 'phone', value: `Call center ${callCenter}` },
      { kind: 'email', value: email },
      {
        kind: 'website',
        value: 'Kontak OJK 157 / kontak157.ojk.go.id (bila pengaduan tidak selesai di bank)',
      },
    ],
    facilities: ['Mesin setor-tarik tunai dan EDC di gerai', 'Tablet pembukaan rekening digital'],
    competence: [
      'Customer service dan petugas kredit bersertifikat kompetensi perbankan (LSPP)',
      'Memahami prinsip mengenal nasabah (APU-PPT) dan pelindungan konsumen',
    ],
    supervision: `Pengawasan oleh kepala kantor cabang ${company} dan unit kepatuhan; diawasi OJK.`,
    implementerCount: 2,
    guarantee: 'Pengaduan nasabah ditanggapi paling lambat 10 hari kerja sesuai POJK 22/2023.',
  });

const bpjsKes = companyProfile({
  company: 'BPJS Kesehatan',
  channels: [
    { kind: 'phone', value: 'Care Center BPJS Kesehatan 165' },
    { kind: 'whatsapp', value: 'PANDAWA (Pelayanan Administrasi melalui WhatsApp) 0811-8165-165' },
    { kind: 'website', value: 'Aplikasi Mobile JKN' },
    boxChannel,
  ],
  facilities: ['Komputer swalayan Mobile JKN dan antrean daring'],
  competence: [
    'Petugas Pelayanan Peserta (frontliner) terlatih administrasi kepesertaan JKN',
    'Memahami ketentuan iuran, denda pelayanan dan hak kelas rawat',
  ],
  supervision:
    'Pengawasan Kepala Bagian Kepesertaan dan Pelayanan Peserta Kantor Cabang; pengawasan DJSN dan OJK.',
  implementerCount: 6,
  guarantee: 'Perubahan data aktif seketika di sistem; kartu JKN digital tersedia di Mobile JKN',
});

const bpjsTk = companyProfile({
  company: 'BPJS Ketenagakerjaan',
  channels: [
    { kind: 'phone', value: 'Call center 175' },
    { kind: 'email', value: 'care@bpjsketenagakerjaan.go.id' },
    { kind: 'website', value: 'Aplikasi JMO (Jamsostek Mobile)' },
    boxChannel,
  ],
  facilities: ['Komputer swalayan JMO dan Lapak Asik (layanan tanpa kontak fisik)'],
  competence: [
    'Customer service officer terlatih klaim JHT, JKK, JKM, JP dan JKP',
    'Memahami verifikasi biometrik dan ketentuan perpajakan manfaat JHT',
  ],
  supervision: 'Pengawasan Kepala Bidang Pelayanan Kantor Cabang; pengawasan DJSN dan OJK.',
  implementerCount: 6,
  guarantee: 'Klaim JHT yang lengkap dibayarkan paling lama 5 hari kerja ke rekening peserta',
});

const pln = companyProfile({
  company: 'PT PLN (Persero)',
  channels: [
    { kind: 'phone', value: 'Contact Center PLN 123' },
    { kind: 'website', value: 'Aplikasi PLN Mobile' },
    { kind: 'email', value: 'pln123@pln.co.id' },
  ],
  facilities: ['Komputer swalayan PLN Mobile untuk pengajuan dan pembayaran'],
  competence: [
    'Petugas pelayanan pelanggan terlatih tata usaha langganan',
    'Pemahaman tarif dan biaya penyambungan',
  ],
  supervision: 'Pengawasan Manajer UP3 dan Manajer Bagian Pemasaran dan Pelayanan Pelanggan.',
  implementerCount: 3,
  guarantee:
    'Tingkat Mutu Pelayanan sesuai Permen ESDM 27/2017; kompensasi kepada pelanggan bila TMP tidak terpenuhi',
});

const pos = companyProfile({
  company: 'PT Pos Indonesia (Persero)',
  channels: [
    { kind: 'phone', value: 'Halo Pos 1500161' },
    { kind: 'website', value: 'Aplikasi PosAja! / www.posindonesia.co.id' },
  ],
  facilities: ['Timbangan paket dan loket pembayaran'],
  competence: ['Petugas loket terlatih layanan pos, keuangan dan penyaluran bantuan'],
  supervision: 'Pengawasan Kepala Kantor Pos Surabaya; audit internal PT Pos Indonesia.',
  implementerCount: 2,
  guarantee: 'Setiap kiriman dapat dilacak; ganti rugi sesuai ketentuan untuk kiriman hilang atau rusak',
});

const taspen = companyProfile({
  company: 'PT Taspen (Persero)',
  channels: [
    { kind: 'phone', value: 'Contact center 1500919' },
    { kind: 'website', value: 'Aplikasi TASPEN Mobile' },
  ],
  facilities: ['Perangkat otentikasi wajah peserta pensiun'],
  competence: ['Petugas layanan klaim terlatih program THT, pensiun, JKK dan JKM ASN'],
  supervision: 'Pengawasan Kepala Kantor Cabang Taspen; pengawasan OJK dan Kementerian BUMN.',
  implementerCount: 2,
  guarantee: 'Klaim lengkap dibayarkan ke rekening peserta pada hari yang sama atau hari kerja berikutnya',
});

const pegadaian = companyProfile({
  company: 'PT Pegadaian',
  channels: [
    { kind: 'phone', value: 'Pegadaian Call Center 1500569' },
    { kind: 'website', value: 'Aplikasi Pegadaian Digital' },
  ],
  facilities: ['Alat uji kadar dan timbangan emas tera'],
  competence: ['Penaksir bersertifikat', 'Customer service terlatih produk gadai dan investasi emas'],
  supervision: 'Pengawasan pemimpin cabang Pegadaian; diawasi OJK.',
  implementerCount: 2,
  guarantee: 'Taksiran dan rincian biaya diberikan tertulis sebelum akad',
});

const pdam = companyProfile({
  company: 'Perumda Air Minum Surya Sembada',
  channels: [
    { kind: 'phone', value: 'Call center PDAM Surya Sembada' },
    { kind: 'website', value: 'Aplikasi layanan pelanggan PDAM Surya Sembada (www.pdam-sby.go.id)' },
  ],
  facilities: ['Komputer cek tagihan dan riwayat pemakaian air'],
  competence: ['Petugas hubungan langganan terlatih', 'Teknisi sambungan rumah bersertifikat'],
  supervision: 'Pengawasan Manajer Pelayanan Pelanggan; pengawasan Dewan Pengawas dan Pemerintah Kota.',
  implementerCount: 3,
  guarantee: 'Sambungan baru terpasang paling lama 7 hari kerja setelah biaya dibayar bila jaringan tersedia',
});

const notaris = companyProfile({
  company: 'Ikatan Notaris Indonesia Pengda Kota Surabaya',
  channels: [{ kind: 'email', value: 'Sekretariat Pengda INI Kota Surabaya' }, boxChannel],
  facilities: ['Meja konsultasi tertutup'],
  competence: [
    'Notaris/PPAT aktif yang diangkat Menteri Hukum dan Kepala BPN',
    'Anggota INI/IPPAT yang bertugas piket',
  ],
  supervision: 'Pengawasan Majelis Pengawas Daerah Notaris dan Dewan Kehormatan Daerah INI.',
  implementerCount: 1,
  guarantee: 'Konsultasi di gerai gratis; pemohon bebas memilih notaris untuk pembuatan akta',
});

const peradi = companyProfile({
  company: 'DPC PERADI Surabaya',
  channels: [{ kind: 'email', value: 'Sekretariat DPC PERADI Surabaya' }, boxChannel],
  facilities: ['Ruang konsultasi tertutup'],
  competence: ['Advokat aktif berkartu tanda pengenal advokat PERADI'],
  supervision: 'Pengawasan Dewan Kehormatan Cabang PERADI.',
  implementerCount: 1,
  guarantee: 'Konsultasi gratis dan rahasia; tidak ada kewajiban menggunakan jasa advokat piket',
});

const indosat = companyProfile({
  company: 'PT Indosat Tbk',
  channels: [
    { kind: 'website', value: 'Aplikasi myIM3' },
    { kind: 'social_media', value: 'X/Twitter @IndosatCare' },
  ],
  facilities: ['Mesin pembaca KTP-el dan pencetak kartu SIM'],
  competence: ['Customer service gerai terlatih registrasi pelanggan dan pelindungan data'],
  supervision: 'Pengawasan area manager gerai; diawasi Komdigi.',
  implementerCount: 1,
  guarantee: 'Nomor pelanggan dipulihkan tanpa kehilangan pulsa dan paket aktif',
});

export const usahaServices: DemoService[] = [
  ...defineServices('BPJSKES', bpjsKes, [
    {
      code: 'BPJSKES-DAFTAR-MANDIRI',
      name: 'Pendaftaran Peserta JKN Mandiri (PBPU)',
      category: 'Jaminan Sosial',
      description:
        'Pendaftaran peserta Jaminan Kesehatan Nasional pekerja ' +
        'bukan penerima upah beserta seluruh anggota keluarga ' +
        'dalam KK.',
      keywords: ['bpjs', 'bpjs kesehatan', 'daftar bpjs', 'jkn', 'kis', 'bpjs mandiri', 'kartu bpjs'],
      minutes: 15,
      bookable: true,
      quota: 100,
      requirements: [
        doc('KTP-el dan Kartu Keluarga', 'Seluruh anggota keluarga dalam KK wajib didaftarkan.'),
        cond('Nomor ponsel dan surel aktif', 'Untuk Mobile JKN dan pemberitahuan.'),
        optDoc('Buku tabungan untuk autodebet', 'Dianjurkan agar iuran tidak menunggak.'),
        cond('Memilih kelas rawat', 'Kelas I, II atau III; sama untuk seluruh anggota keluarga.'),
      ],
      procedure: [
        ['Pengisian formulir', 'Formulir daftar isian peserta atau melalui Mobile JKN.'],
        ['Verifikasi NIK', 'NIK dipadankan dengan data Dukcapil.'],
        ['Virtual account', 'Peserta menerima nomor virtual account untuk membayar iuran pertama.'],
        [
          'Aktivasi',
          'Kartu aktif setelah pembayaran iuran pertama (paling cepat 14 hari setelah pendaftaran).',
        ],
      ],
      time: [30, 'minutes'],
      fee: free(
        FREE_BPJS,
        'Iuran per orang per bulan: kelas I Rp150.000, kelas II Rp100.000, kelas III Rp42.000 (peserta membayar ' +
          'Rp35.000).',
      ),
      product: 'Kartu JKN-KIS digital aktif setelah iuran pertama dibayar',
      legalBasis: [UU_SJSN, UU_BPJS, PERPRES_JKN, PERPRES_64_2020],
    },
    {
      code: 'BPJSKES-PERUBAHAN-DATA',
      name: 'Perubahan Data Peserta JKN',
      category: 'Jaminan Sosial',
      description:
        'Perubahan identitas, alamat, nomor ponsel, kelas rawat atau penambahan/pengurangan anggota keluarga.',
      keywords: ['ubah data bpjs', 'ganti kelas bpjs', 'tambah anggota bpjs', 'update bpjs', 'bpjs'],
      minutes: 10,
      bookable: true,
      quota: 100,
      requirements: [
        doc('KTP-el dan Kartu Keluarga terbaru', 'Asli.'),
        doc('Kartu JKN atau nomor peserta', 'Atau tunjukkan Mobile JKN.'),
        optDoc('Dokumen pendukung perubahan', 'Mis. akta kelahiran, akta kematian, buku nikah.'),
        cond('Perubahan kelas rawat minimal 1 tahun sejak perubahan terakhir', 'Untuk peserta mandiri.'),
      ],
      procedure: [
        ['Pengajuan', 'Petugas mencatat jenis perubahan.'],
        ['Verifikasi', 'Pencocokan data dengan Dukcapil.'],
        ['Pemutakhiran', 'Data diperbarui di sistem kepesertaan.'],
      ],
      time: [15, 'minutes'],
      fee: free(FREE_BPJS),
      product: 'Data peserta yang telah diperbarui',
      legalBasis: [UU_SJSN, UU_BPJS, PERPRES_JKN],
    },
    {
      code: 'BPJSKES-PINDAH-FASKES',
      name: 'Pindah Fasilitas Kesehatan Tingkat Pertama (FKTP)',
      category: 'Jaminan Sosial',
      description:
        'Penggantian puskesmas/klinik/dokter keluarga tempat peserta terdaftar; berlaku bulan berikutnya.',
      keywords: ['pindah faskes', 'ganti puskesmas', 'ganti faskes', 'faskes 1', 'bpjs'],
      minutes: 10,
      bookable: true,
      quota: 80,
      requirements: [
        doc('KTP-el atau Kartu JKN', 'Asli.'),
        cond('Terdaftar minimal 3 bulan di FKTP lama', 'Kecuali pindah domisili atau tugas.'),
        optDoc('Surat keterangan pindah domisili atau tugas', 'Bila belum 3 bulan.'),
      ],
      procedure: [
        ['Pengajuan', 'Pilih FKTP baru yang kuotanya tersedia.'],
        ['Pemutakhiran', 'Data FKTP diperbarui.'],
        ['Berlaku', 'FKTP baru berlaku mulai tanggal 1 bulan berikutnya.'],
      ],
      time: [15, 'minutes'],
      fee: free(FREE_BPJS),
      product: 'Data FKTP peserta yang baru',
      legalBasis: [UU_SJSN, UU_BPJS, PERPRES_JKN],
    },
    {
      code: 'BPJSKES-REHAB',
      name: 'Program Rencana Pembayaran Bertahap (REHAB) Tunggakan Iuran',
      category: 'Jaminan Sosial',
      description:
        'Cicilan tunggakan iuran peserta mandiri yang menunggak lebih dari 3 bulan agar kartu aktif kembali.',
      keywords: ['tunggakan bpjs', 'cicil bpjs', 'rehab', 'bpjs nunggak', 'denda bpjs', 'aktifkan bpjs'],
      minutes: 15,
      requirements: [
        doc('KTP-el dan Kartu JKN', 'Asli.'),
        cond('Tunggakan iuran lebih dari 3 bulan', 'Maksimal 24 bulan yang diperhitungkan.'),
        cond('Pendaftaran cicilan lewat Mobile JKN atau gerai', 'Peserta menyepakati jadwal cicilan.'),
      ],
      procedure: [
        ['Pengecekan', 'Petugas menghitung tunggakan dan opsi cicilan.'],
        ['Pendaftaran REHAB', 'Peserta memilih jumlah tahapan cicilan.'],
        ['Pembayaran', 'Cicilan dibayar sesuai jadwal.'],
        ['Aktivasi', 'Kartu aktif kembali setelah tunggakan lunas.'],
      ],
      time: [15, 'minutes'],
      fee: free(
        FREE_BPJS,
        'Denda pelayanan rawat inap dalam 45 hari setelah aktif kembali dihitung sesuai Perpres 64/2020.',
      ),
      product: 'Jadwal pembayaran bertahap dan status kepesertaan',
      legalBasis: [UU_BPJS, PERPRES_JKN, PERPRES_64_2020],
    },
    {
      code: 'BPJSKES-BAYI-BARU-LAHIR',
      name: 'Pendaftaran Bayi Baru Lahir',
      category: 'Jaminan Sosial',
      description:
        'Pendaftaran bayi dari ibu peserta JKN paling lambat 28 hari setelah lahir agar langsung terjamin.',
      keywords: ['bpjs bayi', 'daftar bayi', 'bayi baru lahir', 'jkn bayi', 'bpjs anak'],
      minutes: 10,
      requirements: [
        doc('Surat keterangan lahir atau akta kelahiran', 'Asli.'),
        doc('Kartu Keluarga', 'Bila bayi belum masuk KK, gunakan surat keterangan lahir.'),
        doc('Kartu JKN ibu', 'Atau nomor peserta.'),
      ],
      procedure: [
        ['Pengajuan', 'Orang tua menyerahkan dokumen.'],
        ['Pendaftaran', 'Bayi didaftarkan pada kelas yang sama dengan keluarga.'],
        ['Pembayaran', 'Iuran pertama bayi dibayar (peserta mandiri).'],
      ],
      time: [15, 'minutes'],
      fee: free(FREE_BPJS),
      product: 'Nomor peserta JKN bayi',
      legalBasis: [UU_SJSN, UU_BPJS, PERPRES_JKN],
    },
    {
      code: 'BPJSKES-PENGALIHAN-PHK',
      name: 'Pengalihan Kepesertaan Setelah PHK',
      category: 'Jaminan Sosial',
      description:
        'Pengalihan peserta pekerja penerima upah yang terkena PHK menjadi peserta mandiri atau PBI setelah masa ' +
        'manfaat 6 bulan.',
      keywords: ['bpjs setelah phk', 'pindah segmen bpjs', 'bpjs kantor ke mandiri', 'resign bpjs'],
      minutes: 15,
      requirements: [
        doc('KTP-el dan Kartu Keluarga', 'Asli.'),
        doc('Surat keterangan PHK atau paklaring', 'Dari perusahaan.'),
        optDoc('Bukti terdaftar DTSEN', 'Bila mengajukan menjadi peserta PBI.'),
      ],
      procedure: [
        ['Pengecekan status', 'Petugas memeriksa masa manfaat setelah PHK.'],
        ['Pemilihan segmen', 'Peserta memilih segmen mandiri atau diusulkan PBI.'],
        ['Pemutakhiran', 'Segmen kepesertaan diperbarui.'],
      ],
      time: [30, 'minutes'],
      fee: free(FREE_BPJS),
      product: 'Status kepesertaan dengan segmen baru',
      legalBasis: [UU_SJSN, UU_BPJS, PERPRES_JKN],
    },
  ]),

  ...defineServices('BPJSTK', bpjsTk, [
    {
      code: 'BPJSTK-DAFTAR-BPU',
      name: 'Pendaftaran Peserta Bukan Penerima Upah (BPU)',
      category: 'Jaminan Sosial',
      description:
        'Pendaftaran pekerja mandiri (pedagang, ojek daring, petani, nelayan) pada program JKK, JKM dan JHT.',
      keywords: ['bpjs ketenagakerjaan', 'bpjamsostek', 'jamsostek', 'bpu', 'bpjs tk', 'daftar bpjs kerja'],
      minutes: 10,
      bookable: true,
      quota: 80,
      requirements: [
        doc('KTP-el', 'Asli.'),
        cond('Nomor ponsel aktif', 'Untuk aplikasi JMO.'),
        cond('Memilih program dan besar penghasilan', 'Iuran dihitung dari penghasilan yang dilaporkan.'),
      ],
      procedure: [
        ['Pendaftaran', 'Isi formulir atau daftar lewat JMO.'],
        ['Pembayaran iuran', 'Iuran pertama dibayar melalui kanal pembayaran.'],
        ['Kartu peserta', 'Kartu digital terbit di JMO.'],
      ],
      time: [15, 'minutes'],
      fee: free(FREE_BPJS, 'Iuran terendah Rp16.800 per bulan (JKK Rp10.000 dan JKM Rp6.800).'),
      product: 'Kartu peserta BPJS Ketenagakerjaan digital',
      legalBasis: [UU_SJSN, UU_BPJS, PP_JKK_JKM, PERMENAKER_5_2021],
    },
    {
      code: 'BPJSTK-DAFTAR-PERUSAHAAN',
      name: 'Pendaftaran Perusahaan dan Pekerja Penerima Upah',
      category: 'Jaminan Sosial',
      description: 'Pendaftaran badan usaha dan pekerjanya pada program JKK, JKM, JHT, JP dan JKP.',
      keywords: ['daftar perusahaan bpjs', 'bpjs karyawan', 'ppu', 'nomor pendaftaran perusahaan', 'bpjs tk'],
      minutes: 20,
      requirements: [
        doc('NIB', 'Terbit di OSS.'),
        doc('Data pekerja', 'NIK, nama, upah, tanggal mulai bekerja.'),
        doc('KTP-el penanggung jawab/PIC', 'Asli.'),
        optDoc('NPWP badan', 'Untuk badan usaha.'),
      ],
      procedure: [
        ['Pendaftaran badan usaha', 'Pengisian formulir pendaftaran perusahaan.'],
        ['Pendaftaran pekerja', 'Unggah data pekerja.'],
        ['Iuran pertama', 'Iuran dibayar melalui virtual account.'],
        ['Sertifikat', 'Sertifikat kepesertaan dan akun SIPP diterbitkan.'],
      ],
      time: [1, 'working_days'],
      fee: free(FREE_BPJS),
      product: 'Sertifikat kepesertaan perusahaan dan nomor peserta pekerja',
      legalBasis: [UU_SJSN, UU_BPJS, PP_JKK_JKM, PP_JHT],
    },
    {
      code: 'BPJSTK-KLAIM-JHT',
      name: 'Klaim Jaminan Hari Tua (JHT)',
      category: 'Jaminan Sosial',
      description:
        'Pencairan saldo JHT karena berhenti bekerja, PHK, pensiun, cacat total tetap atau meninggal dunia.',
      keywords: ['klaim jht', 'cairkan jht', 'pencairan bpjs', 'jht', 'bpjs tk cair', 'ambil saldo bpjs'],
      minutes: 20,
      bookable: true,
      quota: 100,
      requirements: [
        doc('Kartu peserta atau nomor KPJ', 'Atau tunjukkan JMO.'),
        doc('KTP-el', 'Asli.'),
        doc('Buku tabungan atas nama peserta', 'Asli.'),
        doc('Paklaring/surat keterangan berhenti bekerja atau PHK', 'Dari perusahaan.'),
        cond('Masa tunggu 1 bulan sejak berhenti bekerja', 'Untuk klaim karena mengundurkan diri atau PHK.'),
        optDoc('NPWP', 'Untuk saldo di atas Rp50.000.000.'),
      ],
      procedure: [
        ['Antrean', 'Ambil antrean di gerai atau Antrean Online.'],
        ['Verifikasi', 'Pemeriksaan dokumen dan verifikasi wajah.'],
        ['Wawancara', 'Konfirmasi data dan rekening.'],
        ['Pembayaran', 'Saldo JHT ditransfer ke rekening peserta.'],
      ],
      time: [5, 'working_days'],
      fee: free(FREE_BPJS, 'Manfaat JHT dipotong PPh final sesuai ketentuan perpajakan.'),
      product: 'Pembayaran saldo JHT ke rekening peserta dan bukti pembayaran',
      legalBasis: [UU_SJSN, PP_JHT, PERMENAKER_JHT],
    },
    {
      code: 'BPJSTK-KLAIM-JKK',
      name: 'Klaim Jaminan Kecelakaan Kerja (JKK)',
      category: 'Jaminan Sosial',
      description:
        'Penggantian biaya perawatan, santunan tidak mampu bekerja dan cacat akibat kecelakaan kerja.',
      keywords: ['klaim jkk', 'kecelakaan kerja', 'santunan kecelakaan', 'jkk'],
      minutes: 20,
      requirements: [
        doc('Laporan kecelakaan kerja tahap I dan II', 'Dari perusahaan.'),
        doc('Kartu peserta dan KTP-el', 'Asli.'),
        doc('Surat keterangan dokter', 'Memuat diagnosis dan lama tidak mampu bekerja.'),
        doc('Kronologi kejadian dan keterangan saksi', 'Ditandatangani perusahaan.'),
        optDoc('Kuitansi biaya pengobatan', 'Bila dirawat di fasilitas yang belum bekerja sama.'),
      ],
      procedure: [
        ['Pelaporan', 'Perusahaan melapor paling lambat 2 x 24 jam (tahap I).'],
        ['Perawatan', 'Pekerja dirawat di Pusat Layanan Kecelakaan Kerja.'],
        ['Pengajuan klaim', 'Laporan tahap II disertai dokumen.'],
        ['Penetapan dan pembayaran', 'Manfaat dibayarkan ke rekening.'],
      ],
      time: [7, 'working_days'],
      fee: free(FREE_BPJS),
      product: 'Penetapan dan pembayaran manfaat JKK',
      legalBasis: [UU_SJSN, PP_JKK_JKM, PERMENAKER_5_2021],
    },
    {
      code: 'BPJSTK-KLAIM-JKM',
      name: 'Klaim Jaminan Kematian (JKM)',
      category: 'Jaminan Sosial',
      description:
        'Santunan kematian, biaya pemakaman, santunan berkala dan beasiswa anak bagi ahli waris peserta.',
      keywords: ['klaim jkm', 'santunan kematian', 'ahli waris bpjs', 'jkm', 'beasiswa bpjs'],
      minutes: 20,
      requirements: [
        doc('Akta kematian peserta', 'Ber-TTE atau dilegalisasi.'),
        doc('Kartu peserta dan KTP-el almarhum', 'Asli.'),
        doc('KTP-el dan KK ahli waris', 'Asli.'),
        doc('Surat keterangan ahli waris', 'Dari kelurahan/kecamatan.'),
        doc('Buku tabungan ahli waris', 'Asli.'),
      ],
      procedure: [
        ['Pengajuan', 'Ahli waris menyerahkan dokumen.'],
        ['Verifikasi', 'Pemeriksaan kepesertaan dan ahli waris.'],
        ['Pembayaran', 'Santunan dibayarkan ke rekening ahli waris.'],
      ],
      time: [3, 'working_days'],
      fee: free(FREE_BPJS),
      product: 'Pembayaran manfaat JKM kepada ahli waris',
      legalBasis: [UU_SJSN, PP_JKK_JKM, PERMENAKER_5_2021],
    },
    {
      code: 'BPJSTK-KLAIM-JKP',
      name: 'Klaim Jaminan Kehilangan Pekerjaan (JKP)',
      category: 'Jaminan Sosial',
      description:
        'Manfaat uang tunai, akses informasi pasar kerja dan pelatihan bagi peserta yang terkena PHK.',
      keywords: ['jkp', 'klaim jkp', 'tunjangan phk', 'kehilangan pekerjaan', 'siapkerja'],
      minutes: 20,
      requirements: [
        doc('Bukti PHK', 'Perjanjian bersama, tanda terima PHK atau putusan PHI.'),
        doc('KTP-el dan kartu peserta', 'Asli.'),
        cond('Akun SIAPkerja aktif', 'Pengajuan dilakukan melalui SIAPkerja.'),
        cond('Bersedia bekerja kembali', 'Sesuai pernyataan dalam SIAPkerja.'),
      ],
      procedure: [
        ['Pengajuan di SIAPkerja', 'Peserta mengajukan manfaat dengan bantuan petugas.'],
        ['Verifikasi', 'BPJS Ketenagakerjaan memverifikasi kepesertaan dan PHK.'],
        ['Asesmen', 'Asesmen diri dan konseling pasar kerja.'],
        ['Pembayaran', 'Uang tunai dibayarkan bulanan ke rekening.'],
      ],
      time: [5, 'working_days'],
      fee: free(FREE_BPJS),
      product: 'Penetapan manfaat JKP dan pembayaran bulan pertama',
      legalBasis: [UU_CIPTA_KERJA, PP_JKP, UU_BPJS],
    },
  ]),

  ...defineServices('PLN', pln, [
    {
      code: 'PLN-PASANG-BARU',
      name: 'Pasang Baru Listrik',
      category: 'Utilitas',
      description:
        'Penyambungan baru listrik prabayar atau pascabayar untuk rumah, usaha atau bangunan sosial.',
      keywords: [
        'pasang listrik',
        'pasang baru pln',
        'listrik baru',
        'sambung listrik',
        'pln',
        'meteran baru',
      ],
      minutes: 20,
      requirements: [
        doc('KTP-el pemohon', 'Asli.'),
        doc('Sertifikat Laik Operasi (SLO) instalasi', 'Dari Lembaga Inspeksi Teknik terakreditasi.'),
        doc('Alamat dan titik koordinat lokasi', 'Serta foto bangunan.'),
        optDoc('NIB', 'Untuk pelanggan bisnis/industri.'),
      ],
      procedure: [
        ['Permohonan', 'Diajukan di gerai atau PLN Mobile.'],
        ['Survei', 'Petugas memeriksa lokasi dan jaringan.'],
        ['Pembayaran', 'Biaya penyambungan dan uang jaminan langganan (pascabayar).'],
        ['Penyambungan', 'Pemasangan kWh meter dan penyalaan.'],
      ],
      time: [5, 'working_days'],
      fee: paid(
        1_218_000,
        PERMEN_ESDM_MUTU,
        'Biaya penyambungan daya 1.300 VA; 900 VA Rp843.000, 2.200 VA Rp2.062.000, di atas 2.200 VA Rp969/VA.',
      ),
      product: 'Sambungan listrik menyala dan ID pelanggan',
      legalBasis: [UU_KETENAGALISTRIKAN, PERMEN_ESDM_MUTU, PERMEN_ESDM_TARIF],
    },
    {
      code: 'PLN-TAMBAH-DAYA',
      name: 'Tambah Daya Listrik',
      category: 'Utilitas',
      description: 'Perubahan daya tersambung, misalnya dari 1.300 VA menjadi 2.200 VA.',
      keywords: ['tambah daya', 'naik daya', 'ubah daya pln', 'listrik sering turun', 'pln'],
      minutes: 15,
      requirements: [
        doc('ID pelanggan atau nomor meter', 'Tertera di rekening/token.'),
        doc('KTP-el pemilik', 'Asli.'),
        optDoc('SLO instalasi baru', 'Bila instalasi diubah.'),
      ],
      procedure: [
        ['Permohonan', 'Diajukan di gerai atau PLN Mobile.'],
        ['Pembayaran', 'Biaya penyambungan untuk selisih daya.'],
        ['Pelaksanaan', 'Penggantian MCB/meter oleh petugas.'],
      ],
      time: [5, 'working_days'],
      fee: paid(
        843_300,
        PERMEN_ESDM_MUTU,
        'Dihitung dari selisih daya; angka di atas contoh 1.300 VA ke 2.200 VA (900 VA × Rp937).',
      ),
      product: 'Daya tersambung baru',
      legalBasis: [UU_KETENAGALISTRIKAN, PERMEN_ESDM_MUTU, PERMEN_ESDM_TARIF],
    },
    {
      code: 'PLN-BALIK-NAMA',
      name: 'Balik Nama Pelanggan Listrik',
      category: 'Utilitas',
      description: 'Perubahan nama pelanggan karena jual beli, waris atau sewa jangka panjang.',
      keywords: ['balik nama pln', 'ganti nama pln', 'ubah nama meteran', 'pln'],
      minutes: 15,
      requirements: [
        doc('ID pelanggan', 'Tertera di rekening/token.'),
        doc('KTP-el pemilik baru', 'Asli.'),
        doc('Bukti kepemilikan/penguasaan bangunan', 'Sertipikat, AJB, atau perjanjian sewa.'),
        cond('Tidak ada tunggakan rekening', 'Untuk pelanggan pascabayar.'),
      ],
      procedure: [
        ['Permohonan', 'Diajukan di gerai atau PLN Mobile.'],
        ['Verifikasi', 'Pemeriksaan dokumen dan tunggakan.'],
        ['Pemutakhiran', 'Nama pelanggan diperbarui.'],
      ],
      time: [3, 'working_days'],
      fee: free('Tidak dipungut biaya', 'Uang jaminan langganan pascabayar dapat disesuaikan.'),
      product: 'Data pelanggan atas nama baru',
      legalBasis: [UU_KETENAGALISTRIKAN, PERMEN_ESDM_MUTU],
    },
    {
      code: 'PLN-MIGRASI-PRABAYAR',
      name: 'Migrasi Pascabayar ke Prabayar',
      category: 'Utilitas',
      description: 'Penggantian meter pascabayar dengan meter prabayar (token).',
      keywords: ['migrasi token', 'ganti meteran token', 'prabayar', 'listrik pintar', 'pln'],
      minutes: 10,
      requirements: [
        doc('ID pelanggan', 'Asli.'),
        doc('KTP-el pemilik', 'Asli.'),
        cond('Rekening bulan berjalan lunas', 'Tunggakan dilunasi lebih dahulu.'),
      ],
      procedure: [
        ['Permohonan', 'Diajukan di gerai atau PLN Mobile.'],
        ['Penjadwalan', 'Petugas menjadwalkan penggantian meter.'],
        ['Penggantian meter', 'Meter prabayar dipasang dan token perdana dimasukkan.'],
      ],
      time: [5, 'working_days'],
      fee: free('Tidak dipungut biaya'),
      product: 'Meter prabayar terpasang',
      legalBasis: [UU_KETENAGALISTRIKAN, PERMEN_ESDM_MUTU],
    },
    {
      code: 'PLN-PENGADUAN',
      name: 'Pengaduan Tagihan dan Gangguan Listrik',
      category: 'Utilitas',
      description: 'Pengaduan tagihan melonjak, token tidak masuk, meter rusak atau gangguan berulang.',
      keywords: ['tagihan listrik naik', 'token gagal', 'meter rusak', 'aduan pln', 'listrik padam', 'pln'],
      minutes: 15,
      requirements: [
        doc('ID pelanggan', 'Tertera di rekening/token.'),
        doc('KTP-el', 'Asli.'),
        optDoc('Foto meter dan struk token', 'Untuk pengaduan token/meter.'),
      ],
      procedure: [
        ['Pencatatan', 'Pengaduan dicatat dengan nomor tiket.'],
        ['Pemeriksaan', 'Pemeriksaan data pemakaian atau kunjungan petugas.'],
        ['Penyelesaian', 'Koreksi tagihan, penggantian meter atau penjelasan tertulis.'],
      ],
      time: [3, 'working_days'],
      fee: free('Tidak dipungut biaya'),
      product: 'Penyelesaian pengaduan dengan nomor tiket',
      legalBasis: [UU_KETENAGALISTRIKAN, PERMEN_ESDM_MUTU, UU_KONSUMEN],
    },
  ]),

  ...defineServices('POS', pos, [
    {
      code: 'POS-WESEL',
      name: 'Wesel Pos (Pengiriman Uang)',
      category: 'Pos dan Telekomunikasi',
      description:
        'Pengiriman uang ke seluruh Indonesia yang dapat diambil tunai di kantor pos atau diantar.',
      keywords: ['wesel', 'kirim uang', 'wesel pos', 'transfer kantor pos', 'weselpos instan'],
      minutes: 10,
      requirements: [doc('KTP-el pengirim', 'Asli.'), doc('Data penerima', 'Nama, alamat, nomor ponsel.')],
      procedure: [
        ['Pengisian data', 'Petugas mengisi data pengirim dan penerima.'],
        ['Pembayaran', 'Nominal kiriman ditambah bea kirim.'],
        ['Resi', 'Nomor kiriman diberikan untuk penerima.'],
      ],
      time: [15, 'minutes'],
      fee: paid(
        15_000,
        'Tarif layanan PT Pos Indonesia',
        'Bea kirim bertingkat menurut nominal; angka di atas contoh.',
      ),
      product: 'Resi wesel pos',
      legalBasis: [UU_POS, PP_POSTEL],
    },
    {
      code: 'POS-PAKET',
      name: 'Pengiriman Surat dan Paket',
      category: 'Pos dan Telekomunikasi',
      description: 'Pengiriman surat tercatat, paket kilat khusus dan Pos Express dalam dan luar negeri.',
      keywords: ['kirim paket', 'pos kilat', 'kirim surat', 'surat tercatat', 'ekspedisi', 'pos express'],
      minutes: 10,
      requirements: [
        doc('Barang/surat yang akan dikirim', 'Dikemas dengan baik; barang terlarang tidak diterima.'),
        doc('Data pengirim dan penerima', 'Alamat lengkap dan nomor ponsel.'),
        optDoc('Dokumen kepabeanan (CN22/CN23)', 'Untuk kiriman luar negeri.'),
      ],
      procedure: [
        ['Penimbangan', 'Kiriman ditimbang dan diperiksa.'],
        ['Pembayaran', 'Tarif sesuai berat, tujuan dan layanan.'],
        ['Resi', 'Nomor resi diberikan untuk pelacakan.'],
      ],
      time: [15, 'minutes'],
      fee: paid(
        12_000,
        'Tarif layanan PT Pos Indonesia',
        'Menurut berat dan tujuan; angka di atas contoh paket 1 kg dalam kota.',
      ),
      product: 'Resi pengiriman yang dapat dilacak',
      legalBasis: [UU_POS, PP_POSTEL],
    },
    {
      code: 'POS-PEMBAYARAN',
      name: 'Pembayaran Tagihan, Pajak dan PNBP',
      category: 'Pos dan Telekomunikasi',
      description: 'Pembayaran PBB-P2, BPJS, listrik, air, PNBP paspor dan tagihan lain di loket pos.',
      keywords: ['bayar tagihan', 'bayar pbb', 'bayar paspor', 'bayar bpjs', 'loket pembayaran'],
      minutes: 5,
      requirements: [
        doc('Kode bayar/kode billing atau nomor pelanggan', 'Sesuai tagihan.'),
        optDoc('Identitas', 'Untuk transaksi tertentu.'),
      ],
      procedure: [
        ['Pengecekan tagihan', 'Petugas memasukkan kode bayar.'],
        ['Pembayaran', 'Tunai atau nontunai.'],
        ['Bukti', 'Bukti pembayaran dengan NTPN/nomor referensi.'],
      ],
      time: [10, 'minutes'],
      fee: paid(
        3_000,
        'Tarif layanan PT Pos Indonesia',
        'Biaya administrasi per transaksi; bervariasi per jenis tagihan.',
      ),
      product: 'Bukti pembayaran resmi',
      legalBasis: [UU_POS, PMK_MPN],
    },
    {
      code: 'POS-BANSOS',
      name: 'Penyaluran Bantuan Sosial melalui Kantor Pos',
      category: 'Sosial',
      description:
        'Pengambilan bantuan sosial tunai (mis. program sembako) yang disalurkan melalui PT Pos Indonesia.',
      keywords: ['ambil bansos', 'bansos kantor pos', 'bantuan tunai', 'undangan bansos', 'blt'],
      minutes: 10,
      requirements: [
        doc('Surat undangan/barcode penerima', 'Dari PT Pos atau pendamping.'),
        doc('KTP-el dan Kartu Keluarga penerima', 'Asli.'),
        optDoc('Surat kuasa', 'Bila penerima sakit/lansia, diwakilkan anggota keluarga dalam KK.'),
      ],
      procedure: [
        ['Verifikasi', 'Pemindaian barcode dan pencocokan identitas.'],
        ['Dokumentasi', 'Foto penerima dan bukti serah terima elektronik.'],
        ['Penyerahan', 'Bantuan diserahkan tunai.'],
      ],
      time: [15, 'minutes'],
      fee: free('Tidak dipungut biaya'),
      product: 'Bantuan sosial tunai dan bukti serah terima',
      legalBasis: [
        UU_POS,
        'Peraturan Presiden Nomor 63 Tahun 2017 tentang Penyaluran Bantuan Sosial secara Nontunai',
      ],
    },
  ]),

  ...defineServices('BRI', bankProfile('BRI', '1500017', 'callbri@bri.co.id'), [
    {
      code: 'BRI-BUKA-REKENING',
      name: 'Pembukaan Rekening Tabungan BRI',
      category: 'Perbankan dan Keuangan',
      description:
        'Pembukaan rekening tabungan perorangan (BritAma, Simpedes, TabunganKu) dengan kartu debit dan BRImo.',
      keywords: ['buka rekening', 'tabungan bri', 'rekening bri', 'britama', 'simpedes', 'atm bri'],
      minutes: 20,
      requirements: [
        doc('KTP-el', 'Asli.'),
        optDoc('NPWP', 'Untuk saldo/transaksi tertentu.'),
        cond('Nomor ponsel dan surel aktif', 'Untuk BRImo dan notifikasi.'),
        cond('Setoran awal sesuai produk', 'Mis. TabunganKu mulai Rp20.000.'),
      ],
      procedure: [
        ['Pengisian data', 'Formulir digital di tablet customer service.'],
        ['Verifikasi', 'Verifikasi NIK dan wajah (e-KYC).'],
        ['Setoran awal', 'Setoran tunai atau transfer.'],
        ['Aktivasi', 'Kartu debit dan BRImo diaktifkan.'],
      ],
      time: [30, 'minutes'],
      fee: free(POJK_PELINDUNGAN_KONSUMEN, 'Biaya administrasi bulanan sesuai produk tabungan.'),
      product: 'Buku tabungan/rekening aktif, kartu debit dan akses BRImo',
      legalBasis: [UU_PERBANKAN, POJK_APU_PPT, POJK_PELINDUNGAN_KONSUMEN],
    },
    {
      code: 'BRI-KUR',
      name: 'Kredit Usaha Rakyat (KUR) Mikro BRI',
      category: 'Perbankan dan Keuangan',
      description: 'Kredit modal kerja/investasi hingga Rp100 juta tanpa agunan tambahan untuk usaha mikro.',
      keywords: ['kur', 'kur bri', 'pinjaman usaha', 'modal usaha', 'kredit umkm', 'pinjam bank'],
      minutes: 30,
      requirements: [
        doc('KTP-el dan Kartu Keluarga', 'Pemohon dan pasangan.'),
        doc('NIB atau surat keterangan usaha', 'Usaha aktif minimal 6 bulan.'),
        cond(
          'Tidak sedang menerima kredit produktif lain',
          'Kecuali KPR, kendaraan, kartu kredit dan kredit konsumtif tertentu.',
        ),
        optDoc('NPWP', 'Untuk plafon di atas Rp50 juta.'),
      ],
      procedure: [
        ['Pengajuan', 'Di gerai atau aplikasi.'],
        ['Survei usaha', 'Mantri/petugas kredit meninjau usaha.'],
        ['Analisis', 'Pengecekan SLIK OJK dan kelayakan.'],
        ['Akad', 'Penandatanganan perjanjian dan pencairan.'],
      ],
      time: [7, 'working_days'],
      fee: free(
        PERMENKO_KUR,
        'Tanpa biaya provisi dan administrasi; suku bunga KUR mikro 6% efektif per tahun.',
      ),
      product: 'Perjanjian kredit dan pencairan KUR ke rekening',
      legalBasis: [PERMENKO_KUR, UU_P2SK, POJK_PELINDUNGAN_KONSUMEN],
    },
    {
      code: 'BRI-MPN',
      name: 'Pembayaran Pajak dan PNBP melalui MPN',
      category: 'Perbankan dan Keuangan',
      description: 'Pembayaran pajak pusat, PNBP (paspor, SKCK, SIM) dan bea cukai dengan kode billing.',
      keywords: ['bayar pajak', 'kode billing', 'mpn', 'ntpn', 'bayar pnbp', 'setor pajak'],
      minutes: 5,
      requirements: [
        doc('Kode billing', 'Dari DJP Online/Coretax, SIMPONI atau aplikasi instansi.'),
        optDoc('Identitas penyetor', 'Bila diminta.'),
      ],
      procedure: [
        ['Input kode billing', 'Teller memasukkan kode billing.'],
        ['Pembayaran', 'Tunai atau debit rekening.'],
        ['Bukti', 'Bukti Penerimaan Negara dengan NTPN dicetak.'],
      ],
      time: [10, 'minutes'],
      fee: free(PMK_MPN, 'Tidak ada biaya untuk setoran penerimaan negara.'),
      product: 'Bukti Penerimaan Negara (BPN) dengan NTPN',
      legalBasis: [PMK_MPN, UU_PERBANKAN],
    },
    {
      code: 'BRI-KKS',
      name: 'Aktivasi dan Penggantian Kartu Keluarga Sejahtera (KKS)',
      category: 'Perbankan dan Keuangan',
      description: 'Aktivasi, reset PIN dan penggantian KKS hilang/rusak bagi penerima bansos nontunai.',
      keywords: ['kks', 'kartu bansos', 'pin kks', 'kks hilang', 'kartu sembako'],
      minutes: 15,
      requirements: [
        doc('KTP-el dan Kartu Keluarga penerima', 'Asli.'),
        doc('KKS lama atau surat kehilangan', 'Sesuai keperluan.'),
        cond('Terdaftar sebagai penerima bansos', 'Dicek dalam data penyaluran.'),
      ],
      procedure: [
        ['Verifikasi', 'Pencocokan data penerima.'],
        ['Pemrosesan', 'Aktivasi/reset PIN atau pencetakan kartu pengganti.'],
        ['Penyerahan', 'KKS diserahkan dan diuji di EDC.'],
      ],
      time: [30, 'minutes'],
      fee: free('Tidak dipungut biaya'),
      product: 'KKS aktif',
      legalBasis: [
        'Peraturan Presiden Nomor 63 Tahun 2017 tentang Penyaluran Bantuan Sosial secara Nontunai',
        UU_PERBANKAN,
      ],
    },
  ]),

  ...defineServices('MANDIRI', bankProfile('Bank Mandiri', '14000', 'mandiricare@bankmandiri.co.id'), [
    {
      code: 'MANDIRI-TABUNGANKU',
      name: 'Pembukaan Rekening TabunganKu',
      category: 'Perbankan dan Keuangan',
      description: 'Tabungan tanpa biaya administrasi bulanan dengan setoran awal ringan untuk perorangan.',
      keywords: ['tabunganku', 'buka rekening mandiri', 'tabungan mandiri', 'rekening murah', 'atm mandiri'],
      minutes: 20,
      requirements: [
        doc('KTP-el', 'Atau KIA/akta kelahiran untuk anak dengan orang tua.'),
        cond('Setoran awal minimal Rp20.000', 'Ketentuan produk TabunganKu.'),
        cond('Nomor ponsel aktif', 'Untuk Livin’ by Mandiri.'),
      ],
      procedure: [
        ['Pengisian data', 'Formulir digital.'],
        ['Verifikasi', 'e-KYC dan tanda tangan.'],
        ['Setoran awal', 'Tunai.'],
        ['Aktivasi', 'Kartu debit dan Livin’ diaktifkan.'],
      ],
      time: [30, 'minutes'],
      fee: free(POJK_PELINDUNGAN_KONSUMEN, 'TabunganKu tanpa biaya administrasi bulanan.'),
      product: 'Rekening TabunganKu dan kartu debit',
      legalBasis: [UU_PERBANKAN, POJK_APU_PPT, POJK_PELINDUNGAN_KONSUMEN],
    },
    {
      code: 'MANDIRI-KUR',
      name: 'Kredit Usaha Rakyat (KUR) Kecil Bank Mandiri',
      category: 'Perbankan dan Keuangan',
      description: 'KUR untuk usaha kecil dengan plafon di atas Rp100 juta hingga Rp500 juta.',
      keywords: ['kur mandiri', 'kur kecil', 'pinjaman usaha', 'kredit usaha', 'modal usaha'],
      minutes: 30,
      requirements: [
        doc('KTP-el, KK dan NPWP', 'Pemohon.'),
        doc('NIB', 'Terbit di OSS.'),
        doc('Laporan keuangan sederhana/catatan usaha', '6 bulan terakhir.'),
        doc('Agunan', 'Sesuai ketentuan KUR kecil.'),
      ],
      procedure: [
        ['Pengajuan', 'Di gerai atau aplikasi.'],
        ['Survei dan penilaian agunan', 'Petugas meninjau usaha.'],
        ['Analisis', 'Pengecekan SLIK OJK.'],
        ['Akad dan pencairan', 'Penandatanganan perjanjian.'],
      ],
      time: [10, 'working_days'],
      fee: free(
        PERMENKO_KUR,
        'Tanpa biaya provisi dan administrasi; biaya notaris/asuransi sesuai ketentuan.',
      ),
      product: 'Perjanjian kredit KUR kecil dan pencairan',
      legalBasis: [PERMENKO_KUR, UU_P2SK, POJK_PELINDUNGAN_KONSUMEN],
    },
    {
      code: 'MANDIRI-KARTU-DEBIT',
      name: 'Penggantian Kartu Debit Hilang atau Rusak',
      category: 'Perbankan dan Keuangan',
      description: 'Pemblokiran dan penggantian kartu debit yang hilang, rusak atau tertelan mesin ATM.',
      keywords: ['atm hilang', 'kartu atm rusak', 'ganti kartu debit', 'atm tertelan', 'blokir atm'],
      minutes: 15,
      requirements: [
        doc('KTP-el', 'Asli.'),
        doc('Buku tabungan', 'Bila ada.', false),
        optDoc('Surat keterangan kehilangan', 'Untuk kartu hilang.'),
      ],
      procedure: [
        ['Pemblokiran', 'Kartu lama diblokir.'],
        ['Verifikasi', 'Pencocokan identitas dan tanda tangan.'],
        ['Penerbitan', 'Kartu baru dicetak instan dan PIN dibuat.'],
      ],
      time: [20, 'minutes'],
      fee: paid(15_000, 'Ketentuan biaya produk Bank Mandiri', 'Biaya penggantian kartu sesuai jenis kartu.'),
      product: 'Kartu debit baru',
      legalBasis: [UU_PERBANKAN, POJK_PELINDUNGAN_KONSUMEN],
    },
  ]),

  ...defineServices('BNI', bankProfile('BNI', '1500046', 'bnicall@bni.co.id'), [
    {
      code: 'BNI-TAPLUS',
      name: 'Pembukaan Rekening BNI Taplus',
      category: 'Perbankan dan Keuangan',
      description: 'Pembukaan rekening tabungan perorangan dengan kartu debit dan akses wondr by BNI.',
      keywords: ['taplus', 'buka rekening bni', 'tabungan bni', 'rekening bni', 'atm bni'],
      minutes: 20,
      requirements: [
        doc('KTP-el', 'Asli.'),
        optDoc('NPWP', 'Untuk transaksi tertentu.'),
        cond('Setoran awal sesuai produk', 'Ketentuan produk Taplus.'),
      ],
      procedure: [
        ['Pengisian data', 'Formulir digital.'],
        ['Verifikasi', 'e-KYC.'],
        ['Setoran awal', 'Tunai atau transfer.'],
        ['Aktivasi', 'Kartu debit dan aplikasi diaktifkan.'],
      ],
      time: [30, 'minutes'],
      fee: free(POJK_PELINDUNGAN_KONSUMEN, 'Biaya administrasi bulanan sesuai produk.'),
      product: 'Rekening Taplus aktif dan kartu debit',
      legalBasis: [UU_PERBANKAN, POJK_APU_PPT, POJK_PELINDUNGAN_KONSUMEN],
    },
    {
      code: 'BNI-SIMPEL',
      name: 'Simpanan Pelajar (SimPel)',
      category: 'Perbankan dan Keuangan',
      description: 'Tabungan pelajar PAUD hingga SMA tanpa biaya administrasi, dibuka oleh orang tua/wali.',
      keywords: ['simpel', 'tabungan pelajar', 'tabungan anak', 'rekening siswa', 'tabungan sekolah'],
      minutes: 15,
      requirements: [
        doc('Akta kelahiran atau KIA anak', 'Asli.'),
        doc('KTP-el orang tua/wali dan KK', 'Asli.'),
        doc('Surat keterangan dari sekolah', 'Atau kartu pelajar.'),
        cond('Setoran awal minimal Rp5.000', 'Ketentuan program SimPel.'),
      ],
      procedure: [
        ['Pengisian data', 'Orang tua mengisi formulir.'],
        ['Verifikasi', 'Pemeriksaan dokumen anak dan wali.'],
        ['Setoran awal', 'Tunai.'],
      ],
      time: [20, 'minutes'],
      fee: free(POJK_PELINDUNGAN_KONSUMEN, 'Tanpa biaya administrasi bulanan.'),
      product: 'Buku tabungan SimPel',
      legalBasis: [UU_PERBANKAN, POJK_PELINDUNGAN_KONSUMEN],
    },
    {
      code: 'BNI-KUR',
      name: 'Kredit Usaha Rakyat (KUR) BNI',
      category: 'Perbankan dan Keuangan',
      description: 'KUR mikro dan kecil untuk modal kerja dan investasi usaha produktif.',
      keywords: ['kur bni', 'pinjaman usaha', 'modal usaha', 'kredit umkm', 'kur'],
      minutes: 30,
      requirements: [
        doc('KTP-el dan Kartu Keluarga', 'Pemohon dan pasangan.'),
        doc('NIB atau surat keterangan usaha', 'Usaha aktif minimal 6 bulan.'),
        optDoc('NPWP', 'Untuk plafon di atas Rp50 juta.'),
        optDoc('Agunan', 'Untuk KUR kecil di atas Rp100 juta.'),
      ],
      procedure: [
        ['Pengajuan', 'Di gerai atau aplikasi.'],
        ['Survei', 'Petugas meninjau usaha.'],
        ['Analisis', 'Pengecekan SLIK OJK.'],
        ['Akad dan pencairan', 'Penandatanganan perjanjian.'],
      ],
      time: [7, 'working_days'],
      fee: free(PERMENKO_KUR, 'Tanpa biaya provisi dan administrasi.'),
      product: 'Perjanjian kredit dan pencairan KUR',
      legalBasis: [PERMENKO_KUR, UU_P2SK, POJK_PELINDUNGAN_KONSUMEN],
    },
  ]),

  ...defineServices('TASPEN', taspen, [
    {
      code: 'TASPEN-KLAIM-PENSIUN',
      name: 'Klaim Tabungan Hari Tua dan Pensiun Pertama ASN',
      category: 'Jaminan Sosial',
      description: 'Pembayaran THT dan pensiun pertama bagi ASN yang memasuki usia pensiun.',
      keywords: ['klaim taspen', 'pensiun pns', 'tht taspen', 'pensiun asn', 'taspen'],
      minutes: 20,
      bookable: true,
      quota: 40,
      requirements: [
        doc('SK pensiun', 'Asli dan fotokopi.'),
        doc('KTP-el dan Kartu Keluarga', 'Asli.'),
        doc('Buku tabungan atas nama peserta', 'Bank mitra bayar Taspen.'),
        doc('Pasfoto 3x4 cm', '2 lembar.'),
        doc('Surat Keterangan Penghentian Pembayaran (SKPP)', 'Dari instansi.'),
      ],
      procedure: [
        ['Pengajuan', 'Serahkan berkas di gerai atau Taspen Mobile.'],
        ['Otentikasi', 'Verifikasi wajah peserta.'],
        ['Verifikasi berkas', 'Pemeriksaan SK dan data gaji.'],
        ['Pembayaran', 'THT dan pensiun pertama ditransfer ke rekening.'],
      ],
      time: [1, 'working_days'],
      fee: free(FREE_TASPEN),
      product: 'Pembayaran THT, pensiun pertama dan kartu peserta pensiun (Karip)',
      legalBasis: [UU_PENSIUN, PP_ASURANSI_PNS, UU_ASN],
    },
    {
      code: 'TASPEN-KLAIM-JKM',
      name: 'Klaim Jaminan Kematian ASN',
      category: 'Jaminan Sosial',
      description: 'Santunan kematian, uang duka, biaya pemakaman dan beasiswa bagi ahli waris ASN aktif.',
      keywords: ['jkm asn', 'santunan kematian pns', 'klaim taspen meninggal', 'uang duka'],
      minutes: 20,
      requirements: [
        doc('Akta kematian', 'Ber-TTE atau dilegalisasi.'),
        doc('SK terakhir dan daftar gaji', 'Dari instansi.'),
        doc('KTP-el dan KK ahli waris', 'Asli.'),
        doc('Buku tabungan ahli waris', 'Asli.'),
      ],
      procedure: [
        ['Pengajuan', 'Ahli waris menyerahkan berkas.'],
        ['Verifikasi', 'Pemeriksaan berkas dan ahli waris.'],
        ['Pembayaran', 'Manfaat ditransfer ke rekening ahli waris.'],
      ],
      time: [1, 'working_days'],
      fee: free(FREE_TASPEN),
      product: 'Pembayaran manfaat JKM ASN',
      legalBasis: [PP_JKK_ASN, UU_ASN],
    },
    {
      code: 'TASPEN-PENSIUN-JANDA-DUDA',
      name: 'Pensiun Janda/Duda dan Anak',
      category: 'Jaminan Sosial',
      description: 'Pengalihan hak pensiun kepada janda/duda atau anak setelah pensiunan meninggal dunia.',
      keywords: ['pensiun janda', 'pensiun duda', 'pengalihan pensiun', 'taspen meninggal'],
      minutes: 20,
      requirements: [
        doc('Akta kematian pensiunan', 'Asli atau ber-TTE.'),
        doc('Buku nikah/akta perkawinan', 'Fotokopi dilegalisasi.'),
        doc('KTP-el dan KK janda/duda', 'Asli.'),
        doc('Kartu peserta pensiun (Karip)', 'Asli.'),
      ],
      procedure: [
        ['Pengajuan', 'Serahkan berkas.'],
        ['Verifikasi', 'Pemeriksaan hak ahli waris.'],
        ['Penetapan', 'SK pensiun janda/duda diterbitkan dan pembayaran dialihkan.'],
      ],
      time: [1, 'working_days'],
      fee: free(FREE_TASPEN),
      product: 'Penetapan pensiun janda/duda dan pembayaran bulanan',
      legalBasis: [UU_PENSIUN, PP_ASURANSI_PNS],
    },
    {
      code: 'TASPEN-OTENTIKASI',
      name: 'Otentikasi dan Perubahan Data Peserta Pensiun',
      category: 'Jaminan Sosial',
      description: 'Otentikasi berkala peserta pensiun dan perubahan alamat, rekening atau kantor bayar.',
      keywords: ['otentikasi taspen', 'ganti rekening pensiun', 'pindah kantor bayar', 'taspen'],
      minutes: 10,
      requirements: [
        doc('Kartu peserta pensiun (Karip)', 'Asli.'),
        doc('KTP-el', 'Asli.'),
        optDoc('Buku tabungan baru', 'Untuk perubahan rekening.'),
      ],
      procedure: [
        ['Pengecekan data', 'Petugas memeriksa status peserta dan jadwal otentikasi.'],
        ['Verifikasi wajah', 'Otentikasi melalui perangkat pengenal wajah.'],
        ['Perubahan data', 'Alamat, rekening atau kantor bayar diperbarui bila diminta.'],
      ],
      time: [15, 'minutes'],
      fee: free(FREE_TASPEN),
      product: 'Status otentikasi dan data peserta terbaru',
      legalBasis: [UU_PENSIUN, UU_PDP],
    },
  ]),

  ...defineServices('PEGADAIAN', pegadaian, [
    {
      code: 'PEGADAIAN-GADAI-EMAS',
      name: 'Gadai Emas dan Barang',
      category: 'Perbankan dan Keuangan',
      description: 'Pinjaman dengan jaminan emas, kendaraan atau elektronik, cair pada hari yang sama.',
      keywords: ['gadai', 'gadai emas', 'pegadaian', 'pinjam uang cepat', 'gadai bpkb'],
      minutes: 20,
      requirements: [
        doc('KTP-el', 'Asli.'),
        doc('Barang jaminan', 'Emas perhiasan/batangan, kendaraan atau elektronik.'),
        optDoc('Surat/nota pembelian barang', 'Bila ada.'),
      ],
      procedure: [
        ['Penaksiran', 'Penaksir menguji dan menaksir barang.'],
        ['Penawaran', 'Nilai pinjaman dan sewa modal disampaikan.'],
        ['Akad dan pencairan', 'Surat bukti gadai ditandatangani; uang dicairkan.'],
      ],
      time: [30, 'minutes'],
      fee: paid(
        10_000,
        POJK_GADAI,
        'Biaya administrasi bertingkat menurut uang pinjaman; sewa modal dihitung per 15 hari.',
      ),
      product: 'Surat Bukti Gadai dan pencairan pinjaman',
      legalBasis: [POJK_GADAI, UU_P2SK, POJK_PELINDUNGAN_KONSUMEN],
    },
    {
      code: 'PEGADAIAN-TABUNGAN-EMAS',
      name: 'Pembukaan Tabungan Emas',
      category: 'Perbankan dan Keuangan',
      description: 'Investasi emas mulai 0,01 gram yang dapat dicetak menjadi emas batangan.',
      keywords: ['tabungan emas', 'investasi emas', 'nabung emas', 'pegadaian'],
      minutes: 15,
      requirements: [
        doc('KTP-el', 'Asli.'),
        cond('Setoran awal minimal 0,01 gram', 'Sesuai harga emas hari itu.'),
      ],
      procedure: [
        ['Pembukaan rekening', 'Isi formulir dan verifikasi identitas.'],
        ['Setoran', 'Pembelian emas awal.'],
        ['Buku tabungan', 'Buku tabungan emas dan akses aplikasi diterbitkan.'],
      ],
      time: [20, 'minutes'],
      fee: paid(
        10_000,
        'Ketentuan produk PT Pegadaian',
        'Biaya administrasi pembukaan rekening; biaya titip tahunan berlaku.',
      ),
      product: 'Rekening Tabungan Emas',
      legalBasis: [UU_P2SK, POJK_PELINDUNGAN_KONSUMEN],
    },
    {
      code: 'PEGADAIAN-PEMBIAYAAN-MIKRO',
      name: 'Pembiayaan Usaha Mikro Pegadaian',
      category: 'Perbankan dan Keuangan',
      description: 'Pembiayaan modal usaha mikro dengan jaminan BPKB kendaraan atau emas.',
      keywords: ['kur pegadaian', 'pinjaman usaha pegadaian', 'kredit bpkb', 'modal usaha'],
      minutes: 30,
      requirements: [
        doc('KTP-el dan Kartu Keluarga', 'Asli.'),
        doc('Surat keterangan usaha atau NIB', 'Usaha aktif minimal 1 tahun.'),
        doc('Jaminan', 'BPKB kendaraan beserta STNK, atau emas.'),
      ],
      procedure: [
        ['Pengajuan', 'Di gerai.'],
        ['Survei', 'Peninjauan usaha dan jaminan.'],
        ['Akad dan pencairan', 'Penandatanganan perjanjian pembiayaan.'],
      ],
      time: [3, 'working_days'],
      fee: paid(50_000, POJK_GADAI, 'Biaya administrasi sesuai plafon; angsuran bulanan tetap.'),
      product: 'Perjanjian pembiayaan dan pencairan dana',
      legalBasis: [POJK_GADAI, UU_P2SK, PERMENKO_KUR],
    },
  ]),

  ...defineServices('PDAM', pdam, [
    {
      code: 'PDAM-SAMBUNGAN-BARU',
      name: 'Pemasangan Sambungan Baru Air Minum',
      category: 'Utilitas',
      description:
        'Pemasangan sambungan rumah dan meter air untuk pelanggan rumah tangga, niaga atau sosial.',
      keywords: ['pasang pdam', 'sambungan baru pdam', 'pasang air', 'pdam', 'meter air baru'],
      minutes: 20,
      requirements: [
        doc('KTP-el dan Kartu Keluarga', 'Asli.'),
        doc('Bukti kepemilikan/penguasaan bangunan', 'Sertipikat, AJB, PBG atau surat sewa.'),
        doc('Denah lokasi persil', 'Dengan patokan dan titik koordinat.'),
        optDoc('NIB', 'Untuk pelanggan niaga.'),
      ],
      procedure: [
        ['Permohonan', 'Diajukan di gerai atau aplikasi.'],
        ['Survei', 'Petugas memeriksa jaringan dan tekanan air.'],
        ['Pembayaran', 'Biaya sambungan baru dibayar.'],
        ['Pemasangan', 'Pemasangan pipa dinas dan meter air.'],
      ],
      time: [7, 'working_days'],
      fee: paid(
        1_250_000,
        PDAM_TARIFF,
        'Contoh sambungan rumah tangga pipa ½ inci; bervariasi menurut jarak dan golongan.',
      ),
      product: 'Sambungan air minum dan nomor pelanggan',
      legalBasis: [UU_SDA, PP_SPAM, PERMENDAGRI_TARIF_AIR],
    },
    {
      code: 'PDAM-BALIK-NAMA',
      name: 'Balik Nama Pelanggan Air Minum',
      category: 'Utilitas',
      description: 'Perubahan nama pelanggan karena jual beli atau waris.',
      keywords: ['balik nama pdam', 'ganti nama pdam', 'pdam'],
      minutes: 10,
      requirements: [
        doc('KTP-el pemilik baru', 'Asli.'),
        doc('Bukti kepemilikan bangunan', 'Sertipikat/AJB/surat waris.'),
        doc('Rekening air terakhir', 'Tidak ada tunggakan.'),
      ],
      procedure: [
        ['Permohonan', 'Isi formulir balik nama.'],
        ['Verifikasi', 'Pemeriksaan dokumen dan tunggakan.'],
        ['Pemutakhiran', 'Nama pelanggan diperbarui pada rekening berikutnya.'],
      ],
      time: [3, 'working_days'],
      fee: paid(50_000, PDAM_TARIFF, 'Biaya administrasi balik nama.'),
      product: 'Data pelanggan atas nama baru',
      legalBasis: [PP_SPAM, PERMENDAGRI_TARIF_AIR],
    },
    {
      code: 'PDAM-PENGADUAN',
      name: 'Pengaduan Tagihan dan Kualitas Air',
      category: 'Utilitas',
      description: 'Pengaduan tagihan melonjak, meter macet, air keruh, tekanan kecil atau kebocoran pipa.',
      keywords: ['tagihan pdam naik', 'air keruh', 'air mati', 'pipa bocor', 'meter air macet', 'pdam'],
      minutes: 15,
      requirements: [
        doc('Nomor pelanggan', 'Tertera di rekening.'),
        doc('KTP-el', 'Asli.'),
        optDoc('Foto meter/kebocoran', 'Untuk mempercepat penanganan.'),
      ],
      procedure: [
        ['Pencatatan', 'Pengaduan dicatat dengan nomor tiket.'],
        ['Pemeriksaan', 'Petugas memeriksa meter atau jaringan.'],
        ['Penyelesaian', 'Koreksi tagihan atau perbaikan; hasil disampaikan kepada pelanggan.'],
      ],
      time: [3, 'working_days'],
      fee: free('Tidak dipungut biaya'),
      product: 'Penyelesaian pengaduan dengan nomor tiket',
      legalBasis: [PP_SPAM, UU_KONSUMEN],
    },
    {
      code: 'PDAM-TUTUP-BUKA',
      name: 'Penutupan Sementara dan Pembukaan Kembali Sambungan',
      category: 'Utilitas',
      description:
        'Penutupan sementara atas permintaan pelanggan (rumah kosong) atau pembukaan kembali setelah disegel.',
      keywords: ['segel pdam', 'buka segel', 'tutup sementara pdam', 'air disegel', 'pdam'],
      minutes: 10,
      requirements: [
        doc('Nomor pelanggan dan KTP-el', 'Asli.'),
        cond('Tunggakan telah dilunasi', 'Untuk pembukaan kembali.'),
      ],
      procedure: [
        ['Permohonan', 'Isi formulir.'],
        ['Pembayaran', 'Biaya penyambungan kembali bila ada.'],
        ['Pelaksanaan', 'Petugas menutup/membuka segel.'],
      ],
      time: [2, 'working_days'],
      fee: paid(
        75_000,
        PDAM_TARIFF,
        'Biaya pembukaan kembali; penutupan sementara atas permintaan tanpa biaya.',
      ),
      product: 'Sambungan ditutup sementara atau aktif kembali',
      legalBasis: [PP_SPAM, PERMENDAGRI_TARIF_AIR],
    },
    {
      code: 'PDAM-PINDAH-METER',
      name: 'Pindah Letak Meter Air',
      category: 'Utilitas',
      description: 'Pemindahan posisi meter air karena renovasi bangunan.',
      keywords: ['pindah meter air', 'geser meter pdam', 'renovasi pdam', 'pdam'],
      minutes: 10,
      requirements: [
        doc('Nomor pelanggan dan KTP-el', 'Asli.'),
        doc('Sketsa posisi meter baru', 'Di dalam persil, mudah dibaca petugas.'),
      ],
      procedure: [
        ['Permohonan', 'Isi formulir.'],
        ['Survei', 'Petugas meninjau lokasi.'],
        ['Pembayaran dan pelaksanaan', 'Meter dipindah oleh teknisi.'],
      ],
      time: [5, 'working_days'],
      fee: paid(150_000, PDAM_TARIFF, 'Contoh pemindahan hingga 3 meter; bervariasi menurut bahan.'),
      product: 'Meter air pada posisi baru',
      legalBasis: [PP_SPAM, PERMENDAGRI_TARIF_AIR],
    },
  ]),

  ...defineServices('BANKJATIM', bankProfile('Bank Jatim', '14044', 'callcenter@bankjatim.co.id'), [
    {
      code: 'BANKJATIM-SIMPEDA',
      name: 'Pembukaan Rekening Tabungan SIMPEDA',
      category: 'Perbankan dan Keuangan',
      description:
        'Tabungan Simpanan Pembangunan Daerah dengan undian berhadiah, kartu debit dan JConnect Mobile.',
      keywords: ['simpeda', 'tabungan bank jatim', 'rekening bank jatim', 'buka rekening'],
      minutes: 20,
      requirements: [
        doc('KTP-el', 'Asli.'),
        cond('Setoran awal sesuai produk', 'Ketentuan produk SIMPEDA.'),
        cond('Nomor ponsel aktif', 'Untuk mobile banking.'),
      ],
      procedure: [
        ['Pengisian data', 'Formulir pembukaan rekening.'],
        ['Verifikasi', 'e-KYC.'],
        ['Setoran awal', 'Tunai.'],
        ['Aktivasi', 'Kartu debit dan mobile banking.'],
      ],
      time: [30, 'minutes'],
      fee: free(POJK_PELINDUNGAN_KONSUMEN, 'Biaya administrasi bulanan sesuai produk.'),
      product: 'Rekening SIMPEDA aktif',
      legalBasis: [UU_PERBANKAN, POJK_APU_PPT, POJK_PELINDUNGAN_KONSUMEN],
    },
    {
      code: 'BANKJATIM-KREDIT-UMKM',
      name: 'Kredit Usaha Mikro dan Kecil Bank Jatim',
      category: 'Perbankan dan Keuangan',
      description: 'KUR dan kredit program daerah untuk usaha mikro dan kecil binaan pemerintah daerah.',
      keywords: ['kredit umkm', 'kur bank jatim', 'pinjaman usaha', 'modal usaha'],
      minutes: 30,
      requirements: [
        doc('KTP-el dan Kartu Keluarga', 'Pemohon dan pasangan.'),
        doc('NIB atau surat keterangan usaha', 'Usaha aktif minimal 6 bulan.'),
        optDoc('Rekomendasi dinas pembina', 'Untuk kredit program daerah.'),
      ],
      procedure: [
        ['Pengajuan', 'Di gerai.'],
        ['Survei', 'Peninjauan usaha.'],
        ['Analisis dan akad', 'Pengecekan SLIK OJK, akad dan pencairan.'],
      ],
      time: [7, 'working_days'],
      fee: free(PERMENKO_KUR, 'Tanpa biaya provisi dan administrasi untuk KUR.'),
      product: 'Perjanjian kredit dan pencairan',
      legalBasis: [PERMENKO_KUR, UU_P2SK, POJK_PELINDUNGAN_KONSUMEN],
    },
    {
      code: 'BANKJATIM-PAJAK-DAERAH',
      name: 'Pembayaran PBB-P2, BPHTB dan Pajak Daerah',
      category: 'Perbankan dan Keuangan',
      description: 'Pembayaran pajak dan retribusi daerah sebagai bank persepsi kas daerah.',
      keywords: ['bayar pbb', 'bayar bphtb', 'pajak daerah', 'bayar retribusi', 'pbb'],
      minutes: 5,
      requirements: [
        doc('SPPT/SKPD/kode bayar', 'Sesuai jenis pajak daerah.'),
        optDoc('SSPD BPHTB', 'Untuk pembayaran BPHTB, diisi PPAT atau wajib pajak.'),
      ],
      procedure: [
        ['Input kode bayar', 'Teller memasukkan NOP atau kode bayar.'],
        ['Pembayaran', 'Tunai atau debit rekening.'],
        ['Bukti', 'Bukti pembayaran tervalidasi dicetak.'],
      ],
      time: [10, 'minutes'],
      fee: free('Tidak ada biaya untuk setoran pajak daerah'),
      product: 'Bukti pembayaran pajak daerah tervalidasi',
      legalBasis: [
        UU_PERBANKAN,
        'Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah',
      ],
    },
  ]),

  ...defineServices('INI', notaris, [
    {
      code: 'INI-KONSULTASI-BADAN-USAHA',
      name: 'Konsultasi Pendirian PT, PT Perorangan dan CV',
      category: 'Hukum dan Peradilan',
      description:
        'Konsultasi gratis bentuk badan usaha, modal, struktur pengurus dan langkah pendaftaran di AHU dan OSS.',
      keywords: ['bikin pt', 'pendirian pt', 'pt perorangan', 'pendirian cv', 'notaris', 'akta pendirian'],
      minutes: 30,
      requirements: [
        doc('KTP-el calon pendiri', 'Asli.'),
        optDoc('Rencana nama dan bidang usaha', 'Untuk pengecekan nama di AHU.'),
      ],
      procedure: [
        ['Konsultasi', 'Notaris piket menjelaskan pilihan badan usaha dan biaya.'],
        ['Pengecekan nama', 'Pengecekan ketersediaan nama di AHU Online.'],
        ['Tindak lanjut', 'Pemohon bebas memilih notaris untuk pembuatan akta.'],
      ],
      time: [30, 'minutes'],
      fee: free(
        'Konsultasi di gerai MPP tidak dipungut biaya',
        'Honorarium pembuatan akta disepakati dengan notaris sesuai Pasal 36 UU Jabatan Notaris.',
      ),
      product: 'Penjelasan lisan dan daftar persyaratan pendirian',
      legalBasis: [
        UU_JABATAN_NOTARIS,
        'Undang-Undang Nomor 40 Tahun 2007 tentang Perseroan Terbatas sebagaimana telah diubah dengan Undang-Undang ' +
          'Nomor 6 Tahun 2023',
      ],
    },
    {
      code: 'INI-KONSULTASI-PPAT',
      name: 'Konsultasi Jual Beli dan Peralihan Hak atas Tanah',
      category: 'Pertanahan',
      description:
        'Konsultasi gratis dengan PPAT tentang jual beli, hibah, waris dan pajak terkait (BPHTB, PPh).',
      keywords: ['ppat', 'jual beli tanah', 'ajb', 'hibah tanah', 'notaris tanah', 'biaya balik nama'],
      minutes: 30,
      requirements: [
        doc('KTP-el', 'Asli.'),
        optDoc('Fotokopi sertipikat dan SPPT PBB', 'Agar perkiraan pajak lebih tepat.'),
      ],
      procedure: [
        ['Konsultasi', 'PPAT piket menjelaskan tahapan dan kewajiban pajak.'],
        ['Simulasi biaya', 'Perkiraan BPHTB, PPh dan PNBP pertanahan.'],
        ['Tindak lanjut', 'Pemohon bebas memilih PPAT.'],
      ],
      time: [30, 'minutes'],
      fee: free('Konsultasi di gerai MPP tidak dipungut biaya'),
      product: 'Penjelasan tahapan dan simulasi biaya',
      legalBasis: [
        'Peraturan Pemerintah Nomor 24 Tahun 2016 tentang Perubahan atas Peraturan Pemerintah Nomor 37 Tahun 1998 ' +
          'tentang Peraturan Jabatan Pejabat Pembuat Akta Tanah',
        'Peraturan Pemerintah Nomor 24 Tahun 1997 tentang Pendaftaran Tanah',
      ],
    },
    {
      code: 'INI-LEGALISASI',
      name: 'Legalisasi dan Waarmerking Surat di Bawah Tangan',
      category: 'Hukum dan Peradilan',
      description:
        'Legalisasi tanda tangan atau pendaftaran (waarmerking) surat di bawah tangan oleh notaris.',
      keywords: ['legalisasi notaris', 'waarmerking', 'tanda tangan notaris', 'surat perjanjian'],
      minutes: 20,
      requirements: [
        doc('Surat/perjanjian yang akan dilegalisasi', 'Belum ditandatangani untuk legalisasi.'),
        doc('KTP-el para pihak', 'Para pihak hadir untuk legalisasi.'),
      ],
      procedure: [
        ['Pemeriksaan', 'Notaris membaca dan menjelaskan isi surat.'],
        ['Penandatanganan', 'Para pihak menandatangani di hadapan notaris.'],
        ['Pencatatan', 'Dicatat dalam buku legalisasi/waarmerking.'],
      ],
      time: [30, 'minutes'],
      fee: paid(
        150_000,
        UU_JABATAN_NOTARIS,
        'Honorarium notaris per dokumen; contoh, disepakati para pihak.',
      ),
      product: 'Surat yang dilegalisasi/didaftarkan notaris',
      legalBasis: [
        UU_JABATAN_NOTARIS,
        'Kitab Undang-Undang Hukum Perdata Pasal 1874 tentang tulisan di bawah tangan',
      ],
    },
  ]),

  ...defineServices('PERADI', peradi, [
    {
      code: 'PERADI-KONSULTASI',
      name: 'Konsultasi Hukum Gratis oleh Advokat',
      category: 'Hukum dan Peradilan',
      description: 'Konsultasi hukum pidana, perdata, keluarga dan ketenagakerjaan oleh advokat piket.',
      keywords: ['konsultasi hukum', 'pengacara gratis', 'advokat', 'bantuan hukum', 'lbh'],
      minutes: 30,
      requirements: [
        doc('KTP-el', 'Asli.'),
        optDoc('Dokumen terkait perkara', 'Surat, perjanjian, panggilan.'),
        optDoc('SKTM atau kartu bansos', 'Untuk rujukan bantuan hukum cuma-cuma.'),
      ],
      procedure: [
        ['Pendaftaran', 'Isi formulir konsultasi.'],
        ['Konsultasi', 'Advokat memberi pendapat hukum.'],
        ['Rujukan', 'Rujukan ke organisasi bantuan hukum terakreditasi bila perlu pendampingan.'],
      ],
      time: [45, 'minutes'],
      fee: free('Konsultasi tidak dipungut biaya'),
      product: 'Pendapat hukum dan rujukan',
      legalBasis: [
        'Undang-Undang Nomor 18 Tahun 2003 tentang Advokat',
        'Undang-Undang Nomor 16 Tahun 2011 tentang Bantuan Hukum',
        'Peraturan Pemerintah Nomor 83 Tahun 2008 tentang Persyaratan dan Tata Cara Pemberian Bantuan Hukum Secara ' +
          'Cuma-Cuma',
      ],
    },
  ]),

  ...defineServices('INDOSAT', indosat, [
    {
      code: 'INDOSAT-REGISTRASI',
      name: 'Registrasi dan Penggantian Kartu SIM',
      category: 'Pos dan Telekomunikasi',
      description:
        'Registrasi kartu prabayar dengan NIK dan KK, dan penggantian kartu SIM hilang/rusak dengan nomor yang sama.',
      keywords: [
        'registrasi kartu',
        'ganti kartu sim',
        'sim hilang',
        'im3',
        'kartu perdana',
        'nik kk registrasi',
      ],
      minutes: 15,
      requirements: [
        doc('KTP-el', 'Asli; dibaca dengan card reader.'),
        doc('Kartu Keluarga', 'Nomor KK untuk registrasi.'),
        optDoc('Surat keterangan kehilangan', 'Untuk penggantian kartu hilang bila diminta.'),
        cond('Nomor terdaftar atas NIK pemohon', 'Untuk penggantian kartu.'),
      ],
      procedure: [
        ['Verifikasi identitas', 'Pembacaan KTP-el dan pencocokan dengan data Dukcapil.'],
        ['Verifikasi kepemilikan', 'Pertanyaan riwayat pemakaian untuk penggantian kartu.'],
        ['Penerbitan', 'Kartu SIM baru diaktifkan.'],
      ],
      time: [20, 'minutes'],
      fee: free(
        'Registrasi tidak dipungut biaya',
        'Penggantian kartu dapat dikenai biaya kartu sesuai ketentuan operator.',
      ),
      product: 'Kartu SIM aktif terdaftar',
      legalBasis: [UU_TELEKOMUNIKASI, PP_POSTEL, PERMENKOMINFO_5_2021],
    },
    {
      code: 'INDOSAT-PENGADUAN',
      name: 'Pengaduan Layanan Seluler',
      category: 'Pos dan Telekomunikasi',
      description: 'Pengaduan sinyal, pulsa terpotong, tagihan pascabayar dan penyalahgunaan nomor.',
      keywords: ['pulsa hilang', 'sinyal jelek', 'tagihan pascabayar', 'aduan operator', 'indosat'],
      minutes: 15,
      requirements: [
        doc('KTP-el pemilik nomor', 'Asli.'),
        doc('Nomor ponsel dan uraian masalah', 'Termasuk waktu kejadian.'),
      ],
      procedure: [
        ['Pencatatan', 'Pengaduan dicatat dengan nomor tiket.'],
        ['Penelusuran', 'Pemeriksaan riwayat transaksi/jaringan.'],
        ['Penyelesaian', 'Pengembalian pulsa atau penjelasan tertulis.'],
      ],
      time: [3, 'working_days'],
      fee: free('Tidak dipungut biaya'),
      product: 'Penyelesaian pengaduan dengan nomor tiket',
      legalBasis: [UU_TELEKOMUNIKASI, UU_KONSUMEN],
    },
  ]),
];
