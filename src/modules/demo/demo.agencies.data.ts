import type { DemoAgency } from './demo.types.ts';

/**
 * Agencies of the demo catalogue, laid out as in a large city MPP (modelled on MPP Surabaya, Gedung Siola).
 * Regional agencies (OPD) carry their generic nomenclature because the same agency runs a booth at every
 * site of its region; vertical agencies, BUMD and local offices carry the Surabaya unit that staffs the booth.
 * Zone, floor, counters and queue prefix describe the booth at the large site.
 */
export const demoAgencies: DemoAgency[] = [
  // Regional agencies (perangkat daerah).
  {
    code: 'DISPENDUKCAPIL',
    name: 'Dinas Kependudukan dan Pencatatan Sipil',
    shortName: 'Dispendukcapil',
    type: 'opd',
    description:
      'Pendaftaran penduduk (KTP-el, KK, KIA, pindah datang) dan pencatatan sipil (akta kelahiran, kematian, ' +
      'perkawinan, perceraian). Melayani seluruh dokumen kependudukan tanpa biaya.',
    queuePrefix: 'A',
    zone: 'Zona A',
    floor: 1,
    counters: 14,
  },
  {
    code: 'DPMPTSP',
    name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    shortName: 'DPMPTSP',
    type: 'opd',
    description:
      'Pengelola MPP. Pendampingan perizinan berusaha melalui OSS RBA (NIB, sertifikat standar) dan penerbitan ' +
      'perizinan non-berusaha: PBG, SLF, izin reklame, surat izin praktik tenaga kesehatan, izin fasilitas kesehatan.',
    queuePrefix: 'B',
    zone: 'Zona A',
    floor: 1,
    counters: 8,
  },
  {
    code: 'BAPENDA',
    name: 'Badan Pendapatan Daerah',
    shortName: 'Bapenda',
    type: 'opd',
    description:
      'Pelayanan pajak daerah: PBB-P2 (mutasi, salinan SPPT, keberatan, pengurangan), BPHTB, NPWPD.',
    queuePrefix: 'C',
    zone: 'Zona A',
    floor: 1,
    counters: 6,
  },
  {
    code: 'DISHUB',
    name: 'Dinas Perhubungan',
    shortName: 'Dishub',
    type: 'opd',
    description:
      'Pengujian berkala kendaraan bermotor (uji KIR), perizinan angkutan, andalalin dan perparkiran.',
    queuePrefix: 'D',
    zone: 'Zona B',
    floor: 2,
    counters: 3,
  },
  {
    code: 'DINKES',
    name: 'Dinas Kesehatan',
    shortName: 'Dinkes',
    type: 'opd',
    description:
      'Sertifikat Produksi Pangan Industri Rumah Tangga (SPP-IRT), Sertifikat Laik Higiene Sanitasi dan ' +
      'rekomendasi teknis perizinan fasilitas pelayanan kesehatan.',
    queuePrefix: 'E',
    zone: 'Zona B',
    floor: 2,
    counters: 3,
  },
  {
    code: 'DINSOS',
    name: 'Dinas Sosial',
    shortName: 'Dinsos',
    type: 'opd',
    description:
      'Pengusulan dan pemutakhiran Data Tunggal Sosial Ekonomi Nasional (DTSEN, dahulu DTKS), surat keterangan ' +
      'dan rekomendasi bagi warga tidak mampu, kartu penyandang disabilitas, pengaduan bantuan sosial.',
    queuePrefix: 'F',
    zone: 'Zona B',
    floor: 2,
    counters: 3,
  },
  {
    code: 'DISNAKER',
    name: 'Dinas Tenaga Kerja',
    shortName: 'Disnaker',
    type: 'opd',
    description:
      'Kartu tanda bukti pendaftaran pencari kerja (AK/1), pengesahan peraturan perusahaan, pendaftaran PKB, ' +
      'pencatatan LKS Bipartit dan perselisihan hubungan industrial.',
    queuePrefix: 'G',
    zone: 'Zona B',
    floor: 2,
    counters: 3,
  },
  {
    code: 'DINKOPUMKM',
    name: 'Dinas Koperasi dan Usaha Mikro',
    shortName: 'Dinkopum',
    type: 'opd',
    description:
      'Konsultasi dan pendampingan usaha mikro, pendataan UMKM binaan, layanan kelembagaan koperasi.',
    queuePrefix: 'H',
    zone: 'Zona B',
    floor: 2,
    counters: 2,
  },
  {
    code: 'DISDAG',
    name: 'Dinas Perdagangan',
    shortName: 'Disdag',
    type: 'opd',
    description:
      'Tera dan tera ulang alat ukur, takar, timbang dan perlengkapannya (UTTP); layanan pedagang pasar.',
    queuePrefix: 'J',
    zone: 'Zona B',
    floor: 2,
    counters: 2,
  },
  {
    code: 'DLH',
    name: 'Dinas Lingkungan Hidup',
    shortName: 'DLH',
    type: 'opd',
    description:
      'Persetujuan lingkungan (SPPL, UKL-UPL), persetujuan teknis air limbah, rincian teknis penyimpanan limbah B3 ' +
      'dan pengaduan pencemaran lingkungan.',
    queuePrefix: 'K',
    zone: 'Zona B',
    floor: 2,
    counters: 2,
  },
  {
    code: 'DISPENDIK',
    name: 'Dinas Pendidikan',
    shortName: 'Dispendik',
    type: 'opd',
    description:
      'Legalisasi ijazah sekolah yang telah ditutup, surat keterangan pengganti ijazah, izin satuan pendidikan ' +
      'nonformal dan PAUD, rekomendasi mutasi peserta didik.',
    queuePrefix: 'L',
    zone: 'Zona B',
    floor: 2,
    counters: 2,
  },

  // Vertical agencies (instansi vertikal).
  {
    code: 'POLRESTABES',
    name: 'Kepolisian Resor Kota Besar Surabaya',
    shortName: 'Polrestabes Surabaya',
    type: 'vertical',
    description:
      'Gerai Satintelkam (SKCK, izin keramaian) dan Satlantas (SIM baru, perpanjangan dan penggantian) di MPP.',
    website: 'https://www.polri.go.id',
    phone: '110',
    queuePrefix: 'M',
    zone: 'Zona C',
    floor: 1,
    counters: 8,
  },
  {
    code: 'IMIGRASI',
    name: 'Kantor Imigrasi Kelas I Khusus TPI Surabaya',
    shortName: 'Imigrasi Surabaya',
    type: 'vertical',
    description:
      'Unit Layanan Paspor di MPP: paspor baru, penggantian, paspor hilang atau rusak, melalui aplikasi M-Paspor.',
    website: 'https://www.imigrasi.go.id',
    queuePrefix: 'N',
    zone: 'Zona C',
    floor: 1,
    counters: 8,
  },
  {
    code: 'KPP',
    name: 'Kantor Pelayanan Pajak Pratama Surabaya Genteng',
    shortName: 'KPP Pratama Genteng',
    type: 'vertical',
    description:
      'Tempat Pelayanan Terpadu DJP di MPP: pendaftaran NPWP, aktivasi akun Coretax, EFIN, asistensi SPT Tahunan.',
    website: 'https://www.pajak.go.id',
    phone: '1500200',
    queuePrefix: 'P',
    zone: 'Zona C',
    floor: 1,
    counters: 6,
  },
  {
    code: 'BPN',
    name: 'Kantor Pertanahan Kota Surabaya I',
    shortName: 'Kantah Surabaya I',
    type: 'vertical',
    description:
      'Loket Kementerian ATR/BPN: pengecekan sertipikat, SKPT, roya, peralihan hak, hak tanggungan elektronik.',
    website: 'https://www.atrbpn.go.id',
    queuePrefix: 'Q',
    zone: 'Zona C',
    floor: 1,
    counters: 4,
  },
  {
    code: 'KEMENAG',
    name: 'Kantor Kementerian Agama Kota Surabaya',
    shortName: 'Kemenag Surabaya',
    type: 'vertical',
    description:
      'Pendaftaran haji reguler, rekomendasi paspor haji, informasi pencatatan nikah di KUA, legalisasi buku ' +
      'nikah dan pendampingan sertifikasi halal.',
    website: 'https://kemenag.go.id',
    queuePrefix: 'R',
    zone: 'Zona C',
    floor: 2,
    counters: 3,
  },
  {
    code: 'BPOM',
    name: 'Balai Besar Pengawas Obat dan Makanan di Surabaya',
    shortName: 'BBPOM Surabaya',
    type: 'vertical',
    description:
      'Konsultasi registrasi izin edar pangan olahan, kosmetik dan obat tradisional; pengaduan konsumen.',
    website: 'https://www.pom.go.id',
    phone: '1500533',
    queuePrefix: 'S',
    zone: 'Zona C',
    floor: 2,
    counters: 2,
  },
  {
    code: 'SAMSAT',
    name: 'Kantor Bersama Samsat Surabaya',
    shortName: 'Samsat',
    type: 'vertical',
    description:
      'Sistem Administrasi Manunggal Satu Atap: Polri (registrasi kendaraan), Bapenda Provinsi Jawa Timur (PKB, ' +
      'BBNKB) dan Jasa Raharja (SWDKLLJ). Pengesahan STNK tahunan, ganti STNK 5 tahunan, balik nama, mutasi.',
    queuePrefix: 'T',
    zone: 'Zona D',
    floor: 1,
    counters: 10,
  },
  {
    code: 'KEJARI',
    name: 'Kejaksaan Negeri Surabaya',
    shortName: 'Kejari Surabaya',
    type: 'vertical',
    description:
      'Pembayaran denda tilang dan pengambilan barang bukti; pelayanan hukum gratis oleh Jaksa Pengacara Negara.',
    website: 'https://www.kejaksaan.go.id',
    queuePrefix: 'U',
    zone: 'Zona D',
    floor: 1,
    counters: 2,
  },
  {
    code: 'PA',
    name: 'Pengadilan Agama Surabaya',
    shortName: 'PA Surabaya',
    type: 'vertical',
    description:
      'Informasi pendaftaran perkara melalui e-Court, pengambilan akta cerai dan salinan putusan, Pos Bantuan Hukum.',
    website: 'https://www.badilag.mahkamahagung.go.id',
    queuePrefix: 'V',
    zone: 'Zona D',
    floor: 2,
    counters: 2,
  },

  // State-owned enterprises (BUMN).
  {
    code: 'BPJSKES',
    name: 'BPJS Kesehatan',
    shortName: 'BPJS Kesehatan',
    type: 'bumn',
    description:
      'Badan hukum publik penyelenggara Jaminan Kesehatan Nasional (dipersamakan dengan BUMN di MPP): pendaftaran ' +
      'peserta, perubahan data, pindah faskes, rencana pembayaran bertahap tunggakan.',
    website: 'https://www.bpjs-kesehatan.go.id',
    phone: '165',
    queuePrefix: 'W',
    zone: 'Zona E',
    floor: 1,
    counters: 6,
  },
  {
    code: 'BPJSTK',
    name: 'BPJS Ketenagakerjaan',
    shortName: 'BPJamsostek',
    type: 'bumn',
    description: 'Pendaftaran peserta penerima upah dan bukan penerima upah, klaim JHT, JKK, JKM dan JKP.',
    website: 'https://www.bpjsketenagakerjaan.go.id',
    phone: '175',
    queuePrefix: 'X',
    zone: 'Zona E',
    floor: 1,
    counters: 6,
  },
  {
    code: 'PLN',
    name: 'PT PLN (Persero) UP3 Surabaya Selatan',
    shortName: 'PLN',
    type: 'bumn',
    description:
      'Pasang baru, tambah daya, balik nama pelanggan, migrasi prabayar dan pengaduan tagihan listrik.',
    website: 'https://www.pln.co.id',
    phone: '123',
    queuePrefix: 'Y',
    zone: 'Zona E',
    floor: 1,
    counters: 3,
  },
  {
    code: 'POS',
    name: 'PT Pos Indonesia (Persero)',
    shortName: 'Pos Indonesia',
    type: 'bumn',
    description: 'Pengiriman surat dan paket, wesel pos, pembayaran tagihan dan penyaluran bantuan sosial.',
    website: 'https://www.posindonesia.co.id',
    phone: '1500161',
    queuePrefix: 'Z',
    zone: 'Zona E',
    floor: 1,
    counters: 2,
  },
  {
    code: 'BRI',
    name: 'PT Bank Rakyat Indonesia (Persero) Tbk',
    shortName: 'BRI',
    type: 'bumn',
    description:
      'Pembukaan rekening, Kredit Usaha Rakyat, pembayaran pajak dan PNBP (MPN), penerimaan setoran.',
    website: 'https://bri.co.id',
    phone: '1500017',
    queuePrefix: 'BA',
    zone: 'Zona F',
    floor: 1,
    counters: 3,
  },
  {
    code: 'MANDIRI',
    name: 'PT Bank Mandiri (Persero) Tbk',
    shortName: 'Bank Mandiri',
    type: 'bumn',
    description: 'Pembukaan rekening, kredit usaha mikro (KUR) dan pembayaran penerimaan negara.',
    website: 'https://www.bankmandiri.co.id',
    phone: '14000',
    queuePrefix: 'BB',
    zone: 'Zona F',
    floor: 1,
    counters: 2,
  },
  {
    code: 'BNI',
    name: 'PT Bank Negara Indonesia (Persero) Tbk',
    shortName: 'BNI',
    type: 'bumn',
    description: 'Pembukaan rekening, Simpanan Pelajar (SimPel) dan Kredit Usaha Rakyat.',
    website: 'https://www.bni.co.id',
    phone: '1500046',
    queuePrefix: 'BC',
    zone: 'Zona F',
    floor: 1,
    counters: 2,
  },
  {
    code: 'TASPEN',
    name: 'PT Taspen (Persero)',
    shortName: 'Taspen',
    type: 'bumn',
    description:
      'Klaim Tabungan Hari Tua dan pensiun pertama ASN, klaim JKM, otentikasi peserta dan mutasi data.',
    website: 'https://www.taspen.co.id',
    phone: '1500919',
    queuePrefix: 'BD',
    zone: 'Zona F',
    floor: 2,
    counters: 2,
  },
  {
    code: 'PEGADAIAN',
    name: 'PT Pegadaian',
    shortName: 'Pegadaian',
    type: 'bumn',
    description: 'Gadai emas dan barang, Tabungan Emas, pembiayaan usaha mikro.',
    website: 'https://www.pegadaian.co.id',
    phone: '1500569',
    queuePrefix: 'BE',
    zone: 'Zona F',
    floor: 2,
    counters: 2,
  },

  // Regional enterprises (BUMD).
  {
    code: 'PDAM',
    name: 'Perumda Air Minum Surya Sembada Kota Surabaya',
    shortName: 'PDAM Surya Sembada',
    type: 'bumd',
    description:
      'Sambungan baru air minum, balik nama pelanggan, pengaduan tagihan, penutupan dan pembukaan kembali.',
    website: 'https://www.pdam-sby.go.id',
    queuePrefix: 'BF',
    zone: 'Zona E',
    floor: 1,
    counters: 3,
  },
  {
    code: 'BANKJATIM',
    name: 'PT Bank Pembangunan Daerah Jawa Timur Tbk',
    shortName: 'Bank Jatim',
    type: 'bumd',
    description: 'Pembukaan rekening, kredit UMKM, pembayaran PBB-P2, BPHTB, pajak daerah dan retribusi.',
    website: 'https://www.bankjatim.co.id',
    phone: '14044',
    queuePrefix: 'BG',
    zone: 'Zona F',
    floor: 1,
    counters: 2,
  },

  // Private participants.
  {
    code: 'INI',
    name: 'Ikatan Notaris Indonesia Pengurus Daerah Kota Surabaya',
    shortName: 'Gerai Notaris',
    type: 'private',
    description:
      'Konsultasi gratis pendirian badan usaha (PT, PT Perorangan, CV, koperasi) dan peralihan hak atas tanah oleh ' +
      'notaris/PPAT piket bergiliran.',
    queuePrefix: 'BH',
    zone: 'Zona G',
    floor: 3,
    counters: 1,
  },
  {
    code: 'PERADI',
    name: 'Pos Bantuan Hukum DPC PERADI Surabaya',
    shortName: 'Posbakum PERADI',
    type: 'private',
    description: 'Konsultasi hukum gratis oleh advokat piket dan pendampingan bagi warga tidak mampu.',
    queuePrefix: 'BJ',
    zone: 'Zona G',
    floor: 3,
    counters: 1,
  },
  {
    code: 'INDOSAT',
    name: 'PT Indosat Tbk (Indosat Ooredoo Hutchison)',
    shortName: 'Indosat',
    type: 'private',
    description: 'Registrasi dan penggantian kartu SIM, pindah ke pascabayar, pengaduan layanan seluler.',
    website: 'https://ioh.co.id',
    queuePrefix: 'BK',
    zone: 'Zona G',
    floor: 3,
    counters: 1,
  },
];

/**
 * The smaller demo site's own agencies. Tebing Tinggi's civil registry is not Surabaya's: a different body of a
 * different city that happens to use the same code (codes are unique per owning site, migration 0027). Local
 * offices of vertical agencies and state enterprises are the units serving Tebing Tinggi. What is not named here
 * (type, description, contacts) is the same as the large site's agency with that code.
 */
const tebingTinggiNames: Record<string, { name: string; shortName: string }> = {
  DISPENDUKCAPIL: {
    name: 'Dinas Kependudukan dan Pencatatan Sipil Kota Tebing Tinggi',
    shortName: 'Disdukcapil',
  },
  DPMPTSP: {
    name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Tebing Tinggi',
    shortName: 'DPMPTSP',
  },
  BAPENDA: { name: 'Badan Pendapatan Daerah Kota Tebing Tinggi', shortName: 'Bapenda' },
  DINSOS: { name: 'Dinas Sosial Kota Tebing Tinggi', shortName: 'Dinsos' },
  DISNAKER: { name: 'Dinas Tenaga Kerja Kota Tebing Tinggi', shortName: 'Disnaker' },
  BPJSKES: { name: 'BPJS Kesehatan Kantor Cabang Tebing Tinggi', shortName: 'BPJS Kesehatan' },
  BPJSTK: { name: 'BPJS Ketenagakerjaan Kantor Cabang Tebing Tinggi', shortName: 'BPJamsostek' },
  PLN: { name: 'PT PLN (Persero) ULP Tebing Tinggi', shortName: 'PLN' },
  POS: { name: 'PT Pos Indonesia (Persero) Kantor Pos Tebing Tinggi', shortName: 'Pos Indonesia' },
  BRI: { name: 'PT Bank Rakyat Indonesia (Persero) Tbk Kantor Cabang Tebing Tinggi', shortName: 'BRI' },
  TASPEN: { name: 'PT Taspen (Persero) Kantor Cabang Pematangsiantar', shortName: 'Taspen' },
};

export const tebingTinggiAgencies: DemoAgency[] = Object.entries(tebingTinggiNames).map(([code, names]) => {
  const same = demoAgencies.find((a) => a.code === code);
  if (!same) throw new Error(`demo: Tebing Tinggi agency ${code} has no model`);
  return { ...same, ...names };
});
