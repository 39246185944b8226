import {
  cond,
  defineServices,
  doc,
  free,
  opdProfile,
  optDoc,
  PERDA_PDRD_SBY,
  PP_KUPDRD,
  UU_CIPTA_KERJA,
  UU_HKPD,
} from './demo.services.common.data.ts';
import type { DemoService } from './demo.types.ts';

/** Regional taxes (Bapenda), social affairs (Dinsos) and manpower (Disnaker). */

const PERWALI_NJOP =
  'Peraturan Wali Kota Surabaya Nomor 1 Tahun 2024 tentang Dasar Pengenaan Pajak Bumi dan Bangunan Perdesaan dan ' +
  'Perkotaan di Kota Surabaya';
const FREE_TAX_SERVICE = 'Layanan administrasi pajak daerah tidak dipungut biaya';

const UU_FAKIR_MISKIN = 'Undang-Undang Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin';
const INPRES_DTSEN = 'Instruksi Presiden Nomor 4 Tahun 2025 tentang Data Tunggal Sosial dan Ekonomi Nasional';
const PERMENSOS_DTKS =
  'Peraturan Menteri Sosial Nomor 3 Tahun 2021 tentang Pengelolaan Data Terpadu Kesejahteraan Sosial';
const PERMENSOS_PBI =
  'Peraturan Menteri Sosial Nomor 21 Tahun 2019 tentang Persyaratan dan Tata Cara Perubahan Data Penerima Bantuan ' +
  'Iuran Jaminan Kesehatan';

const UU_KETENAGAKERJAAN =
  'Undang-Undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan sebagaimana telah diubah dengan Undang-Undang Nomor 6 ' +
  'Tahun 2023';
const PP_35_2021 =
  'Peraturan Pemerintah Nomor 35 Tahun 2021 tentang Perjanjian Kerja Waktu Tertentu, Alih Daya, Waktu Kerja dan ' +
  'Waktu Istirahat, dan Pemutusan Hubungan Kerja';
const PERMENAKER_PP_PKB =
  'Peraturan Menteri Ketenagakerjaan Nomor 28 Tahun 2014 tentang Tata Cara Pembuatan dan Pengesahan Peraturan ' +
  'Perusahaan serta Pembuatan dan Pendaftaran Perjanjian Kerja Bersama';
const UU_PPHI = 'Undang-Undang Nomor 2 Tahun 2004 tentang Penyelesaian Perselisihan Hubungan Industrial';
const FREE_MANPOWER = 'Layanan ketenagakerjaan tidak dipungut biaya';

const bapenda = opdProfile({
  agency: 'Badan Pendapatan Daerah',
  supervisor: 'Kepala Bidang Pajak Bumi dan Bangunan dan BPHTB',
  implementerCount: 6,
  facilities: ['Layar informasi tagihan PBB-P2 dan kanal pembayaran QRIS/virtual account'],
  competence: [
    'Pendidikan minimal D3/S1 perpajakan, akuntansi, hukum atau teknik sipil (penilai)',
    'Penilai PBB bersertifikat untuk penelitian lapangan',
    'Memahami UU 1/2022 dan Perda Pajak Daerah dan Retribusi Daerah',
  ],
  promise: 'status berkas dapat dipantau dengan nomor pelayanan dan SPPT/keputusan dikirim elektronik',
});

const dinsos = opdProfile({
  agency: 'Dinas Sosial',
  supervisor: 'Kepala Bidang Perlindungan dan Jaminan Sosial',
  implementerCount: 4,
  facilities: ['Ruang konsultasi tertutup untuk menjaga privasi warga rentan'],
  competence: [
    'Pekerja sosial atau pendamping sosial (PKH, TKSK) bersertifikat',
    'Operator SIKS-NG yang memahami pemutakhiran data sosial ekonomi',
    'Kemampuan melayani penyandang disabilitas, lansia dan korban bencana',
  ],
  promise: 'setiap usulan data diberi nomor registrasi dan hasil verifikasi diberitahukan kepada warga',
});

const disnaker = opdProfile({
  agency: 'Dinas Tenaga Kerja',
  supervisor: 'Kepala Bidang Hubungan Industrial dan Kepala Bidang Penempatan Tenaga Kerja',
  implementerCount: 4,
  facilities: ['Papan informasi lowongan kerja dan komputer akses SIAPkerja'],
  competence: [
    'Mediator Hubungan Industrial bersertifikat Kementerian Ketenagakerjaan',
    'Pengantar kerja/petugas antarkerja yang memahami layanan SIAPkerja',
    'Pendidikan minimal S1 hukum atau manajemen SDM',
  ],
  promise:
    'pengesahan dan pencatatan diterbitkan paling lambat pada batas waktu dan dapat diunduh secara elektronik',
});

export const daerahServices: DemoService[] = [
  ...defineServices('BAPENDA', bapenda, [
    {
      code: 'BAPENDA-PBB-MUTASI',
      name: 'Mutasi (Balik Nama) Objek Pajak PBB-P2',
      category: 'Pajak Daerah',
      description:
        'Perubahan nama wajib pajak pada SPPT PBB-P2 karena jual beli, hibah atau waris, termasuk pemecahan dan ' +
        'penggabungan objek pajak.',
      keywords: [
        'balik nama pbb',
        'mutasi pbb',
        'ganti nama sppt',
        'pecah pbb',
        'pbb',
        'pajak bumi dan bangunan',
      ],
      minutes: 20,
      bookable: true,
      quota: 80,
      requirements: [
        doc('Formulir SPOP dan LSPOP', 'Diisi dan ditandatangani wajib pajak.'),
        doc('KTP-el wajib pajak baru', 'Asli.'),
        doc('Bukti perolehan hak', 'Sertipikat, akta jual beli, akta hibah atau surat keterangan waris.'),
        doc('SPPT PBB-P2 tahun terakhir', 'Asli atau nomor objek pajak (NOP).'),
        cond('PBB-P2 tahun berjalan dan tahun sebelumnya telah lunas', 'Dicek petugas di sistem.'),
      ],
      procedure: [
        ['Pengajuan', 'Serahkan berkas di gerai atau melalui aplikasi pajak daerah.'],
        ['Penelitian administrasi', 'Petugas memeriksa data objek dan tunggakan.'],
        ['Penelitian lapangan', 'Untuk pemecahan/penggabungan objek pajak.'],
        ['Penerbitan', 'SPPT atas nama wajib pajak baru diterbitkan.'],
      ],
      time: [5, 'working_days'],
      fee: free(FREE_TAX_SERVICE),
      product: 'SPPT PBB-P2 atas nama wajib pajak baru',
      legalBasis: [UU_HKPD, PP_KUPDRD, PERDA_PDRD_SBY, PERWALI_NJOP],
    },
    {
      code: 'BAPENDA-SALINAN-SPPT',
      name: 'Salinan SPPT PBB-P2',
      category: 'Pajak Daerah',
      description:
        'Pencetakan salinan Surat Pemberitahuan Pajak Terutang PBB-P2 yang hilang atau tidak diterima.',
      keywords: ['sppt hilang', 'cetak sppt', 'salinan pbb', 'tagihan pbb', 'pbb'],
      minutes: 10,
      requirements: [
        doc('KTP-el', 'Wajib pajak atau kuasa.'),
        doc('Nomor Objek Pajak (NOP) atau SPPT tahun sebelumnya', 'Untuk pencarian data.'),
        optDoc('Surat kuasa', 'Bila diwakilkan.'),
      ],
      procedure: [
        ['Pengajuan', 'Sampaikan NOP di gerai.'],
        ['Pencarian data', 'Petugas mencari objek pajak di sistem PBB.'],
        ['Pencetakan', 'Salinan SPPT dicetak dan diserahkan.'],
      ],
      time: [30, 'minutes'],
      fee: free(FREE_TAX_SERVICE),
      product: 'Salinan SPPT PBB-P2',
      legalBasis: [UU_HKPD, PP_KUPDRD, PERDA_PDRD_SBY],
    },
    {
      code: 'BAPENDA-PBB-KEBERATAN',
      name: 'Keberatan PBB-P2',
      category: 'Pajak Daerah',
      description:
        'Keberatan atas besarnya PBB-P2 dalam SPPT, diajukan paling lambat 3 bulan sejak SPPT diterima. Batas waktu ' +
        'keputusan menurut peraturan 12 bulan; target layanan 30 hari kerja.',
      keywords: ['keberatan pbb', 'pbb naik', 'njop terlalu tinggi', 'banding pbb', 'protes pbb'],
      minutes: 20,
      requirements: [
        doc('Surat keberatan', 'Menyebut jumlah pajak menurut wajib pajak dan alasannya.'),
        doc('SPPT PBB-P2 yang diajukan keberatan', 'Asli.'),
        doc('KTP-el wajib pajak', 'Asli.'),
        doc('Data pendukung', 'Mis. sertipikat, foto bangunan, pembanding harga.'),
        cond(
          'Diajukan paling lambat 3 bulan sejak SPPT diterima',
          'Kecuali keadaan di luar kekuasaan wajib pajak.',
        ),
      ],
      procedure: [
        ['Pengajuan', 'Serahkan surat keberatan dan lampiran.'],
        ['Penelitian', 'Penelitian administrasi dan lapangan oleh penilai.'],
        ['Keputusan', 'Keputusan menerima, menolak atau mengubah besarnya pajak.'],
      ],
      time: [30, 'working_days'],
      fee: free(FREE_TAX_SERVICE),
      product: 'Surat Keputusan Keberatan PBB-P2',
      legalBasis: [UU_HKPD, PP_KUPDRD, PERDA_PDRD_SBY],
    },
    {
      code: 'BAPENDA-PBB-PENGURANGAN',
      name: 'Pengurangan PBB-P2',
      category: 'Pajak Daerah',
      description:
        'Pengurangan PBB-P2 bagi wajib pajak berpenghasilan rendah, pensiunan, veteran atau objek terdampak bencana.',
      keywords: ['keringanan pbb', 'diskon pbb', 'pengurangan pbb', 'pbb pensiunan', 'pbb veteran'],
      minutes: 20,
      requirements: [
        doc('Surat permohonan pengurangan', 'Dengan alasan.'),
        doc('SPPT tahun berjalan', 'Asli.'),
        doc('KTP-el dan KK', 'Asli.'),
        optDoc('SK pensiun/veteran atau surat keterangan penghasilan', 'Sesuai alasan pengurangan.'),
      ],
      procedure: [
        ['Pengajuan', 'Serahkan berkas di gerai.'],
        ['Penelitian', 'Penelitian administrasi dan kondisi wajib pajak.'],
        ['Keputusan', 'Keputusan besaran pengurangan diterbitkan.'],
      ],
      time: [20, 'working_days'],
      fee: free(FREE_TAX_SERVICE),
      product: 'Surat Keputusan Pengurangan PBB-P2',
      legalBasis: [UU_HKPD, PP_KUPDRD, PERDA_PDRD_SBY],
    },
    {
      code: 'BAPENDA-PBB-OBJEK-BARU',
      name: 'Pendaftaran Objek Pajak Baru PBB-P2',
      category: 'Pajak Daerah',
      description:
        'Pendaftaran tanah dan/atau bangunan yang belum memiliki NOP, misalnya rumah baru di perumahan.',
      keywords: ['nop baru', 'daftar pbb', 'objek pajak baru', 'sppt baru', 'pbb rumah baru'],
      minutes: 20,
      requirements: [
        doc('Formulir SPOP dan LSPOP', 'Diisi lengkap.'),
        doc('KTP-el', 'Asli.'),
        doc('Bukti kepemilikan tanah', 'Sertipikat atau akta.'),
        doc('PBG/IMB', 'Untuk bangunan.', false),
        doc('Denah/foto objek pajak', 'Asli.'),
      ],
      procedure: [
        ['Pengajuan', 'Serahkan berkas.'],
        ['Penelitian lapangan', 'Penilai mengukur dan menilai objek.'],
        ['Penetapan', 'NOP dan SPPT diterbitkan.'],
      ],
      time: [10, 'working_days'],
      fee: free(FREE_TAX_SERVICE),
      product: 'NOP dan SPPT PBB-P2',
      legalBasis: [UU_HKPD, PP_KUPDRD, PERDA_PDRD_SBY, PERWALI_NJOP],
    },
    {
      code: 'BAPENDA-BPHTB',
      name: 'Validasi Bea Perolehan Hak atas Tanah dan Bangunan (BPHTB)',
      category: 'Pajak Daerah',
      description:
        'Penelitian dan validasi SSPD BPHTB sebelum akta PPAT ditandatangani atau hak didaftarkan.',
      keywords: ['bphtb', 'validasi bphtb', 'pajak jual beli rumah', 'sspd', 'pajak pembeli'],
      minutes: 20,
      requirements: [
        doc('SSPD BPHTB yang telah dibayar', 'Diisi PPAT/wajib pajak.'),
        doc('Draf akta PPAT atau dokumen perolehan', 'Akta jual beli, hibah, waris, risalah lelang.'),
        doc('Fotokopi sertipikat', 'Asli diperlihatkan.'),
        doc('SPPT PBB-P2 tahun berjalan dan bukti lunas', 'Asli.'),
        doc('KTP-el para pihak', 'Penjual dan pembeli.'),
      ],
      procedure: [
        ['Pengajuan', 'PPAT atau wajib pajak mengajukan validasi secara daring atau di gerai.'],
        ['Penelitian', 'Pencocokan NPOP dengan nilai pasar wajar dan NJOP.'],
        ['Validasi', 'SSPD divalidasi; bila kurang bayar diterbitkan tagihan.'],
      ],
      time: [2, 'working_days'],
      fee: free(
        FREE_TAX_SERVICE,
        `BPHTB terutang 5% × (NPOP − NPOPTKP) dibayar sebelum validasi sesuai ${PERDA_PDRD_SBY}.`,
      ),
      product: 'SSPD BPHTB tervalidasi',
      legalBasis: [UU_HKPD, PP_KUPDRD, PERDA_PDRD_SBY],
    },
    {
      code: 'BAPENDA-NPWPD',
      name: 'Pendaftaran Nomor Pokok Wajib Pajak Daerah (NPWPD)',
      category: 'Pajak Daerah',
      description:
        'Pendaftaran wajib pajak PBJT (makan minum, perhotelan, parkir, hiburan), reklame dan air tanah.',
      keywords: ['npwpd', 'pajak restoran', 'pajak hotel', 'pbjt', 'pajak daerah', 'daftar wajib pajak'],
      minutes: 20,
      requirements: [
        doc('Formulir pendaftaran wajib pajak daerah', 'Diisi dan ditandatangani.'),
        doc('KTP-el pemilik/penanggung jawab', 'Asli.'),
        doc('NIB', 'Terbit di OSS.'),
        optDoc('Akta pendirian', 'Bagi badan usaha.'),
      ],
      procedure: [
        ['Pengajuan', 'Serahkan berkas atau daftar daring.'],
        ['Verifikasi lapangan', 'Pemeriksaan lokasi usaha.'],
        ['Penerbitan', 'NPWPD dan kartu diterbitkan; alat perekam transaksi dapat dipasang.'],
      ],
      time: [3, 'working_days'],
      fee: free(FREE_TAX_SERVICE),
      product: 'Kartu NPWPD dan surat pengukuhan',
      legalBasis: [UU_HKPD, PP_KUPDRD, PERDA_PDRD_SBY],
    },
  ]),

  ...defineServices('DINSOS', dinsos, [
    {
      code: 'DINSOS-DTSEN',
      name: 'Pengusulan dan Pemutakhiran Data Tunggal Sosial Ekonomi Nasional (DTSEN)',
      category: 'Sosial',
      description:
        'Usulan masuk, keluar atau perubahan data keluarga dalam DTSEN (dahulu DTKS) sebagai dasar penerima bansos ' +
        'dan PBI Jaminan Kesehatan.',
      keywords: ['dtks', 'dtsen', 'data miskin', 'daftar bansos', 'pkh', 'bpnt', 'daftar bantuan sosial'],
      minutes: 20,
      bookable: true,
      quota: 100,
      requirements: [
        doc('KTP-el dan KK', 'Data NIK harus padan dengan Dukcapil.'),
        doc('Surat pengantar RT/RW dan kelurahan', 'Asli.'),
        optDoc('Foto rumah tampak depan dan dalam', 'Untuk usulan baru.'),
      ],
      procedure: [
        ['Pengajuan', 'Warga atau pendamping mengajukan usulan di gerai.'],
        ['Input data', 'Operator menginput usulan di aplikasi SIKS-NG.'],
        ['Verifikasi lapangan', 'Pendamping sosial mengunjungi rumah warga.'],
        ['Musyawarah kelurahan', 'Hasil verifikasi dibahas dan disahkan.'],
        [
          'Penetapan',
          'Data diproses Kemensos bersama BPS dan hasilnya dapat dicek di cekbansos.kemensos.go.id.',
        ],
      ],
      time: [30, 'working_days'],
      fee: free('Tidak dipungut biaya'),
      product: 'Status keluarga dalam DTSEN dan tanda terima usulan',
      legalBasis: [UU_FAKIR_MISKIN, INPRES_DTSEN, PERMENSOS_DTKS],
    },
    {
      code: 'DINSOS-SKTM',
      name: 'Surat Keterangan Tidak Mampu (SKTM)',
      category: 'Sosial',
      description:
        'Surat keterangan/rekomendasi bagi warga tidak mampu untuk keringanan biaya pendidikan atau kesehatan.',
      keywords: ['sktm', 'surat miskin', 'keterangan tidak mampu', 'keringanan biaya', 'rekomendasi miskin'],
      minutes: 15,
      requirements: [
        doc('KTP-el dan KK', 'Asli.'),
        doc('Surat pengantar RT/RW dan kelurahan', 'Asli.'),
        doc('Surat keperluan', 'Mis. tagihan rumah sakit atau surat sekolah.'),
        cond('Terdaftar atau diusulkan dalam DTSEN', 'Dicek petugas.'),
      ],
      procedure: [
        ['Pengajuan', 'Serahkan berkas di gerai.'],
        ['Pengecekan data', 'Petugas mengecek status DTSEN.'],
        ['Penerbitan', 'SKTM/rekomendasi ditandatangani elektronik.'],
      ],
      time: [1, 'working_days'],
      fee: free('Tidak dipungut biaya'),
      product: 'Surat Keterangan Tidak Mampu/Rekomendasi Dinas Sosial',
      legalBasis: [UU_FAKIR_MISKIN, INPRES_DTSEN],
    },
    {
      code: 'DINSOS-PBI-JK',
      name: 'Rekomendasi Kepesertaan PBI Jaminan Kesehatan',
      category: 'Sosial',
      description:
        'Usulan pendaftaran atau reaktivasi peserta Penerima Bantuan Iuran JKN bagi warga miskin yang sakit.',
      keywords: ['pbi', 'bpjs gratis', 'reaktivasi pbi', 'kis', 'bpjs pemerintah', 'bpjs nonaktif'],
      minutes: 15,
      requirements: [
        doc('KTP-el dan KK', 'Asli.'),
        doc(
          'Surat keterangan rawat/rujukan dari fasilitas kesehatan',
          'Untuk reaktivasi karena sakit.',
          false,
        ),
        cond('Terdaftar dalam DTSEN', 'Atau diusulkan sekaligus.'),
      ],
      procedure: [
        ['Pengajuan', 'Serahkan berkas di gerai.'],
        ['Verifikasi', 'Pengecekan status DTSEN dan kepesertaan JKN.'],
        ['Pengusulan', 'Usulan dikirim ke Kemensos/BPJS Kesehatan melalui SIKS-NG.'],
      ],
      time: [3, 'working_days'],
      fee: free('Tidak dipungut biaya'),
      product: 'Surat rekomendasi dan bukti usulan PBI JK',
      legalBasis: [
        UU_FAKIR_MISKIN,
        PERMENSOS_PBI,
        'Peraturan Presiden Nomor 82 Tahun 2018 tentang Jaminan Kesehatan',
      ],
    },
    {
      code: 'DINSOS-KARTU-DISABILITAS',
      name: 'Kartu Penyandang Disabilitas',
      category: 'Sosial',
      description:
        'Pendataan dan penerbitan kartu bagi penyandang disabilitas untuk akses layanan dan program perlindungan.',
      keywords: ['kartu disabilitas', 'kpd', 'difabel', 'penyandang disabilitas'],
      minutes: 20,
      requirements: [
        doc('KTP-el atau KIA dan KK', 'Asli.'),
        doc('Surat keterangan disabilitas dari dokter/puskesmas', 'Menyebut ragam disabilitas.'),
        doc('Pasfoto 3x4 cm', '2 lembar.'),
      ],
      procedure: [
        ['Pendataan', 'Petugas mengisi data di Sistem Informasi Penyandang Disabilitas.'],
        ['Asesmen', 'Pekerja sosial melakukan asesmen singkat.'],
        ['Penerbitan', 'Kartu diterbitkan dan dapat diambil atau diantar.'],
      ],
      time: [5, 'working_days'],
      fee: free('Tidak dipungut biaya'),
      product: 'Kartu Penyandang Disabilitas',
      legalBasis: [
        'Undang-Undang Nomor 8 Tahun 2016 tentang Penyandang Disabilitas',
        'Peraturan Pemerintah Nomor 70 Tahun 2019 tentang Perencanaan, Penyelenggaraan, dan Evaluasi terhadap ' +
          'Penghormatan, Pelindungan, dan Pemenuhan Hak Penyandang Disabilitas',
      ],
    },
    {
      code: 'DINSOS-PENGADUAN-BANSOS',
      name: 'Pengaduan Program Bantuan Sosial',
      category: 'Sosial',
      description:
        'Pengaduan bansos PKH, Sembako/BPNT dan bantuan daerah: belum menerima, salah sasaran, kartu bermasalah.',
      keywords: ['bansos tidak cair', 'aduan pkh', 'kks', 'bpnt', 'salah sasaran', 'pengaduan bansos'],
      minutes: 15,
      requirements: [
        doc('KTP-el dan KK', 'Asli.'),
        optDoc('Kartu Keluarga Sejahtera (KKS) atau bukti kepesertaan', 'Bila ada.'),
        doc('Uraian pengaduan', 'Program, periode dan permasalahan.'),
      ],
      procedure: [
        ['Penerimaan', 'Pengaduan dicatat dan diberi nomor.'],
        ['Penelusuran', 'Pengecekan data penyaluran dengan bank penyalur/PT Pos.'],
        ['Tindak lanjut', 'Penyelesaian atau penerusan ke Kemensos; hasil disampaikan kepada pengadu.'],
      ],
      time: [5, 'working_days'],
      fee: free('Tidak dipungut biaya'),
      product: 'Jawaban tertulis atas pengaduan',
      legalBasis: [
        UU_FAKIR_MISKIN,
        'Peraturan Presiden Nomor 63 Tahun 2017 tentang Penyaluran Bantuan Sosial secara Nontunai',
      ],
    },
  ]),

  ...defineServices('DISNAKER', disnaker, [
    {
      code: 'DISNAKER-AK1',
      name: 'Kartu Tanda Bukti Pendaftaran Pencari Kerja (Kartu AK/1)',
      category: 'Ketenagakerjaan',
      description:
        'Kartu pencari kerja ("kartu kuning") untuk melamar pekerjaan, berlaku 2 tahun dengan lapor tiap 6 bulan.',
      keywords: ['kartu kuning', 'ak1', 'ak/1', 'kartu pencari kerja', 'kartu ak 1', 'cari kerja'],
      minutes: 10,
      bookable: true,
      quota: 150,
      requirements: [
        doc('KTP-el', 'Berdomisili di kota ini.'),
        doc('Ijazah terakhir', 'Asli dan fotokopi.'),
        doc('Pasfoto 3x4 cm berwarna', '2 lembar.'),
        optDoc('Sertifikat pelatihan/keahlian', 'Bila ada.'),
        cond('Berusia minimal 18 tahun', 'Atau 15 tahun untuk pencari kerja tertentu sesuai ketentuan.'),
      ],
      procedure: [
        ['Registrasi SIAPkerja', 'Pencari kerja membuat akun di siapkerja.kemnaker.go.id; petugas membantu.'],
        ['Verifikasi', 'Petugas memeriksa ijazah dan data.'],
        ['Penerbitan', 'Kartu AK/1 dicetak dan ditandatangani pengantar kerja.'],
      ],
      time: [30, 'minutes'],
      fee: free(FREE_MANPOWER),
      product: 'Kartu AK/1 berlaku 2 tahun',
      legalBasis: [
        UU_KETENAGAKERJAAN,
        'Peraturan Menteri Ketenagakerjaan Nomor 39 Tahun 2016 tentang Penempatan Tenaga Kerja',
      ],
    },
    {
      code: 'DISNAKER-PP',
      name: 'Pengesahan Peraturan Perusahaan',
      category: 'Ketenagakerjaan',
      description:
        'Pengesahan peraturan perusahaan bagi pengusaha yang mempekerjakan paling sedikit 10 pekerja.',
      keywords: ['peraturan perusahaan', 'pengesahan pp', 'pp perusahaan', 'aturan kerja'],
      minutes: 20,
      requirements: [
        doc('Surat permohonan pengesahan', 'Ditandatangani pimpinan perusahaan.'),
        doc('Naskah peraturan perusahaan', '3 rangkap, ditandatangani pengusaha.'),
        doc('Bukti telah dimintakan saran dan pertimbangan wakil pekerja', 'Berita acara atau daftar hadir.'),
        doc('Bukti WLKP dan kepesertaan BPJS', 'Asli.'),
      ],
      procedure: [
        ['Pengajuan', 'Melalui aplikasi Kemnaker atau gerai.'],
        ['Penelitian', 'Kesesuaian isi dengan peraturan perundang-undangan.'],
        ['Pengesahan', 'Surat keputusan pengesahan diterbitkan atau dikembalikan untuk perbaikan.'],
      ],
      time: [7, 'working_days'],
      fee: free(FREE_MANPOWER),
      product: 'Keputusan pengesahan peraturan perusahaan berlaku 2 tahun',
      legalBasis: [UU_KETENAGAKERJAAN, PP_35_2021, PERMENAKER_PP_PKB],
    },
    {
      code: 'DISNAKER-PKB',
      name: 'Pendaftaran Perjanjian Kerja Bersama (PKB)',
      category: 'Ketenagakerjaan',
      description: 'Pendaftaran PKB yang dirundingkan serikat pekerja dan pengusaha.',
      keywords: ['pkb', 'perjanjian kerja bersama', 'serikat pekerja', 'daftar pkb'],
      minutes: 20,
      requirements: [
        doc('Naskah PKB', 'Ditandatangani pengusaha dan serikat pekerja.'),
        doc('Bukti pencatatan serikat pekerja', 'Asli.'),
        doc('Surat permohonan pendaftaran', 'Asli.'),
      ],
      procedure: [
        ['Pengajuan', 'Serahkan naskah PKB.'],
        ['Penelitian', 'Kesesuaian isi dengan peraturan.'],
        ['Pendaftaran', 'Surat keputusan pendaftaran PKB diterbitkan.'],
      ],
      time: [6, 'working_days'],
      fee: free(FREE_MANPOWER),
      product: 'Keputusan pendaftaran Perjanjian Kerja Bersama',
      legalBasis: [UU_KETENAGAKERJAAN, PERMENAKER_PP_PKB],
    },
    {
      code: 'DISNAKER-LKS-BIPARTIT',
      name: 'Pencatatan Lembaga Kerja Sama (LKS) Bipartit',
      category: 'Ketenagakerjaan',
      description:
        'Pencatatan LKS Bipartit sebagai forum komunikasi pengusaha ' +
        'dan pekerja di perusahaan dengan 50 pekerja atau lebih.',
      keywords: ['lks bipartit', 'bipartit', 'lembaga kerja sama', 'forum pekerja'],
      minutes: 15,
      requirements: [
        doc('Surat permohonan pencatatan', 'Ditandatangani pimpinan perusahaan.'),
        doc('Berita acara pembentukan dan susunan pengurus', 'Asli.'),
        doc('Daftar anggota wakil pengusaha dan pekerja', 'Dengan tanda tangan.'),
      ],
      procedure: [
        ['Pengajuan', 'Serahkan berkas.'],
        ['Verifikasi', 'Pemeriksaan komposisi dan keterwakilan.'],
        ['Pencatatan', 'Bukti pencatatan diterbitkan.'],
      ],
      time: [7, 'working_days'],
      fee: free(FREE_MANPOWER),
      product: 'Bukti pencatatan LKS Bipartit',
      legalBasis: [
        UU_KETENAGAKERJAAN,
        'Peraturan Menteri Tenaga Kerja dan Transmigrasi Nomor ' +
          'PER.32/MEN/XII/2008 tentang Tata Cara Pembentukan dan ' +
          'Susunan Keanggotaan Lembaga Kerja Sama Bipartit',
      ],
    },
    {
      code: 'DISNAKER-PHI',
      name: 'Pencatatan Perselisihan Hubungan Industrial (Mediasi)',
      category: 'Ketenagakerjaan',
      description:
        'Pencatatan perselisihan (hak, kepentingan, PHK, antar serikat) setelah bipartit gagal, lalu mediasi.',
      keywords: ['phk', 'mediasi', 'sengketa kerja', 'pesangon', 'perselisihan kerja', 'tripartit'],
      minutes: 30,
      requirements: [
        doc('Surat permohonan pencatatan perselisihan', 'Dari pekerja/serikat atau pengusaha.'),
        doc('Risalah perundingan bipartit', 'Bukti bipartit telah dilakukan dan gagal.'),
        doc('KTP-el pemohon', 'Asli.'),
        optDoc('Bukti hubungan kerja', 'Perjanjian kerja, slip gaji, surat PHK.'),
      ],
      procedure: [
        ['Pencatatan', 'Perselisihan dicatat dan para pihak ditawarkan penyelesaian.'],
        ['Penunjukan mediator', 'Mediator ditunjuk paling lambat 7 hari kerja.'],
        ['Mediasi', 'Sidang mediasi dengan para pihak.'],
        ['Hasil', 'Perjanjian bersama atau anjuran tertulis mediator.'],
      ],
      time: [30, 'working_days'],
      fee: free(FREE_MANPOWER),
      product: 'Perjanjian bersama atau anjuran tertulis mediator',
      legalBasis: [UU_PPHI, UU_KETENAGAKERJAAN, PP_35_2021],
    },
    {
      code: 'DISNAKER-WLKP',
      name: 'Wajib Lapor Ketenagakerjaan di Perusahaan (WLKP)',
      category: 'Ketenagakerjaan',
      description: 'Pendampingan pelaporan ketenagakerjaan perusahaan secara daring setiap tahun.',
      keywords: ['wlkp', 'wajib lapor ketenagakerjaan', 'lapor tenaga kerja', 'laporan perusahaan'],
      minutes: 20,
      requirements: [
        doc('NIB perusahaan', 'Terbit di OSS.'),
        doc('Data tenaga kerja', 'Jumlah, jabatan, upah, jenis kelamin.'),
        cond('Akun SIAPkerja perusahaan', 'Petugas membantu pembuatan akun.'),
      ],
      procedure: [
        ['Pendampingan pengisian', 'Petugas membantu pengisian WLKP daring.'],
        ['Verifikasi', 'Disnaker memverifikasi laporan.'],
        ['Bukti lapor', 'Bukti WLKP dapat diunduh.'],
      ],
      time: [1, 'working_days'],
      fee: free(FREE_MANPOWER),
      product: 'Bukti Wajib Lapor Ketenagakerjaan',
      legalBasis: [
        'Undang-Undang Nomor 7 Tahun 1981 tentang Wajib Lapor Ketenagakerjaan di Perusahaan',
        'Peraturan Menteri Ketenagakerjaan Nomor 18 Tahun 2017 tentang Wajib Lapor Ketenagakerjaan di Perusahaan ' +
          'dalam Jaringan',
        UU_CIPTA_KERJA,
      ],
    },
  ]),
];
