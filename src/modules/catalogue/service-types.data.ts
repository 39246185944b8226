/**
 * The national reference list of service types (jenis layanan nasional): what a site's local service IS, so the
 * hub compares like with like (passport waiting time in every MPP that offers passports) instead of matching
 * local names. Data shipped with the code: upserted into service_types at every start of a site
 * (seedServiceTypes), read by the hub from here. A code is never reused or deleted once shipped; a type that
 * should no longer be chosen is marked `active: false`.
 *
 * Names follow the wording of the issuing institutions (Dukcapil, Polri, Imigrasi, DJP, ATR/BPN, BPJS, OSS RBA…).
 */

export const serviceTypeGroups = {
  kependudukan: { id: 'Kependudukan dan pencatatan sipil', en: 'Population and civil registration' },
  perizinan_usaha: { id: 'Perizinan berusaha', en: 'Business licensing' },
  perizinan_non_usaha: { id: 'Perizinan non-berusaha dan bangunan', en: 'Building and non-business permits' },
  lingkungan: { id: 'Lingkungan hidup', en: 'Environment' },
  kesehatan: { id: 'Kesehatan', en: 'Health' },
  ketenagakerjaan: { id: 'Ketenagakerjaan', en: 'Employment' },
  sosial: { id: 'Sosial', en: 'Social affairs' },
  pendidikan: { id: 'Pendidikan', en: 'Education' },
  kepolisian: { id: 'Kepolisian', en: 'Police' },
  keimigrasian: { id: 'Keimigrasian', en: 'Immigration' },
  perpajakan: { id: 'Perpajakan', en: 'Taxation' },
  pertanahan: { id: 'Pertanahan', en: 'Land' },
  jaminan_sosial: { id: 'Jaminan sosial', en: 'Social security' },
  utilitas: { id: 'Utilitas', en: 'Utilities' },
  perbankan: { id: 'Perbankan dan keuangan', en: 'Banking and finance' },
  keagamaan: { id: 'Keagamaan', en: 'Religious affairs' },
  transportasi: { id: 'Transportasi dan kendaraan', en: 'Transport and vehicles' },
  hukum: { id: 'Hukum dan peradilan', en: 'Law and courts' },
  lainnya: { id: 'Lainnya', en: 'Other' },
} as const;

type ServiceTypeGroup = keyof typeof serviceTypeGroups;

export interface ServiceType {
  /** Stable code, A-Z 0-9 _ (e.g. KTP_EL). Never reused for something else. */
  code: string;
  nameId: string;
  nameEn: string;
  group: ServiceTypeGroup;
  active: boolean;
}

type Entry = [code: string, nameId: string, nameEn: string];

const entries: Record<ServiceTypeGroup, Entry[]> = {
  kependudukan: [
    ['KTP_EL', 'Penerbitan KTP-el baru', 'Issuance of a new electronic ID card (KTP-el)'],
    [
      'KTP_EL_PENGGANTIAN',
      'Penggantian KTP-el (hilang, rusak, perubahan data)',
      'Replacement of a KTP-el (lost, damaged, changed data)',
    ],
    ['KK', 'Penerbitan Kartu Keluarga (KK)', 'Issuance of a Family Card (KK)'],
    ['KIA', 'Penerbitan Kartu Identitas Anak (KIA)', 'Issuance of a Child Identity Card (KIA)'],
    ['AKTA_LAHIR', 'Penerbitan akta kelahiran', 'Birth certificate'],
    ['AKTA_KEMATIAN', 'Penerbitan akta kematian', 'Death certificate'],
    ['AKTA_PERKAWINAN', 'Pencatatan perkawinan dan akta perkawinan', 'Marriage registration and certificate'],
    ['AKTA_PERCERAIAN', 'Pencatatan perceraian dan akta perceraian', 'Divorce registration and certificate'],
    [
      'PENGAKUAN_PENGESAHAN_ANAK',
      'Pencatatan pengakuan dan pengesahan anak',
      'Registration of acknowledgement and legitimation of a child',
    ],
    [
      'PERUBAHAN_NAMA_PEMBETULAN_AKTA',
      'Pencatatan perubahan nama dan pembetulan akta',
      'Registration of a change of name and correction of a certificate',
    ],
    ['PINDAH_KELUAR', 'Surat keterangan pindah (pindah keluar)', 'Moving-out certificate (SKPWNI)'],
    ['PINDAH_DATANG', 'Pendaftaran pindah datang', 'Registration of a move into the region'],
    ['LEGALISASI_ADMINDUK', 'Legalisasi dokumen kependudukan', 'Legalisation of population documents'],
    [
      'IKD',
      'Aktivasi Identitas Kependudukan Digital (IKD)',
      'Activation of the Digital Population Identity (IKD)',
    ],
    [
      'SKTT_WNA',
      'Surat Keterangan Tempat Tinggal (SKTT) orang asing',
      'Residence certificate (SKTT) for foreigners',
    ],
  ],
  perizinan_usaha: [
    [
      'NIB',
      'Nomor Induk Berusaha (NIB) melalui OSS RBA',
      'Business identification number (NIB) through OSS RBA',
    ],
    [
      'SERTIFIKAT_STANDAR',
      'Sertifikat standar dan izin usaha berbasis risiko',
      'Standard certificate and risk-based business licence',
    ],
    [
      'OSS_PENDAMPINGAN',
      'Konsultasi dan pendampingan perizinan OSS',
      'OSS licensing help desk and assistance',
    ],
    ['PKKPR', 'Kesesuaian Kegiatan Pemanfaatan Ruang (PKKPR)', 'Spatial use conformity approval (PKKPR)'],
    ['TDUP', 'Tanda Daftar Usaha Pariwisata (TDUP)', 'Tourism business registration (TDUP)'],
    [
      'IZIN_PERDAGANGAN',
      'Perizinan usaha perdagangan (toko swalayan, minuman beralkohol)',
      'Trade business permits (supermarkets, alcoholic beverages)',
    ],
    [
      'TERA_ULANG',
      'Tera dan tera ulang alat ukur (UTTP)',
      'Verification and re-verification of measuring instruments',
    ],
    [
      'UMKM_PENDAMPINGAN',
      'Pendataan dan pendampingan UMKM',
      'Registration and assistance of micro, small and medium enterprises',
    ],
    ['KOPERASI', 'Pendirian dan perizinan koperasi', 'Establishment and licensing of cooperatives'],
    ['PENGADUAN_KONSUMEN', 'Pengaduan konsumen', 'Consumer complaints'],
  ],
  perizinan_non_usaha: [
    ['PBG', 'Persetujuan Bangunan Gedung (PBG)', 'Building approval (PBG)'],
    ['SLF', 'Sertifikat Laik Fungsi (SLF)', 'Certificate of building fitness (SLF)'],
    ['IZIN_REKLAME', 'Izin penyelenggaraan reklame', 'Billboard and advertising permit'],
    ['IZIN_PARKIR', 'Izin penyelenggaraan tempat parkir', 'Parking facility permit'],
  ],
  lingkungan: [
    [
      'PERSETUJUAN_LINGKUNGAN',
      'Persetujuan lingkungan (SPPL, UKL-UPL)',
      'Environmental approval (SPPL, UKL-UPL)',
    ],
    [
      'PERTEK_LINGKUNGAN',
      'Persetujuan dan rincian teknis lingkungan (air limbah, limbah B3)',
      'Environmental technical approvals (wastewater, hazardous waste)',
    ],
    ['PENGADUAN_LINGKUNGAN', 'Pengaduan pencemaran lingkungan', 'Environmental pollution complaints'],
  ],
  kesehatan: [
    [
      'SIP_NAKES',
      'Surat izin praktik dan surat terdaftar tenaga kesehatan',
      'Practice licence or registration of health workers',
    ],
    ['IZIN_APOTEK', 'Izin apotek', 'Pharmacy licence'],
    ['IZIN_KLINIK', 'Izin klinik dan fasilitas pelayanan kesehatan', 'Clinic and health facility licence'],
    [
      'SPP_IRT',
      'Sertifikat Produksi Pangan Industri Rumah Tangga (SPP-IRT) dan penyuluhan keamanan pangan',
      'Home-industry food production certificate (SPP-IRT) and food safety training',
    ],
    ['SLHS', 'Sertifikat Laik Higiene Sanitasi (SLHS)', 'Hygiene and sanitation certificate (SLHS)'],
    [
      'BPOM_KONSULTASI',
      'Konsultasi registrasi dan produksi obat dan makanan (BPOM)',
      'Food and drug registration and production consultation (BPOM)',
    ],
  ],
  ketenagakerjaan: [
    ['KARTU_AK1', 'Kartu Tanda Pencari Kerja (kartu kuning AK/I)', 'Job seeker card (yellow card AK/I)'],
    [
      'PP_PKB',
      'Pengesahan peraturan perusahaan dan pendaftaran perjanjian kerja bersama',
      'Approval of company regulations and registration of collective agreements',
    ],
    [
      'LKS_BIPARTIT',
      'Pencatatan Lembaga Kerja Sama (LKS) Bipartit',
      'Registration of a bipartite cooperation body (LKS Bipartit)',
    ],
    ['PHI_MEDIASI', 'Mediasi perselisihan hubungan industrial', 'Mediation of industrial relations disputes'],
    [
      'WLKP',
      'Wajib Lapor Ketenagakerjaan di Perusahaan (WLKP)',
      "Company's mandatory employment report (WLKP)",
    ],
  ],
  sosial: [
    [
      'DTSEN',
      'Pendaftaran dan pemutakhiran Data Tunggal Sosial Ekonomi Nasional (DTSEN)',
      'Registration in and update of the national socio-economic data (DTSEN)',
    ],
    ['SKTM', 'Surat Keterangan Tidak Mampu (SKTM)', 'Certificate of low income (SKTM)'],
    [
      'PBI_JK',
      'Pengusulan peserta Penerima Bantuan Iuran Jaminan Kesehatan (PBI-JK)',
      'Nomination for state-paid health insurance (PBI-JK)',
    ],
    ['KARTU_DISABILITAS', 'Kartu Penyandang Disabilitas', 'Disability card'],
    ['PENGADUAN_BANSOS', 'Pengaduan bantuan sosial', 'Social assistance complaints'],
    [
      'PENYALURAN_BANSOS',
      'Penyaluran bantuan sosial dan KKS',
      'Disbursement of social assistance and KKS cards',
    ],
  ],
  pendidikan: [
    ['PENGGANTI_IJAZAH', 'Surat keterangan pengganti ijazah', 'Certificate replacing a lost diploma'],
    ['LEGALISASI_IJAZAH', 'Legalisasi ijazah', 'Legalisation of diplomas'],
    [
      'IZIN_SATUAN_PENDIDIKAN',
      'Izin pendirian satuan pendidikan (PAUD)',
      'Permit to open a school (early childhood)',
    ],
    ['MUTASI_SISWA', 'Rekomendasi mutasi siswa', 'Student transfer recommendation'],
  ],
  kepolisian: [
    ['SKCK', 'Surat Keterangan Catatan Kepolisian (SKCK)', 'Police clearance certificate (SKCK)'],
    ['SIM_BARU', 'Penerbitan SIM baru', 'New driving licence (SIM)'],
    ['SIM_PERPANJANGAN', 'Perpanjangan SIM', 'Driving licence renewal'],
    [
      'SIM_PENGGANTIAN',
      'Penggantian SIM hilang atau rusak',
      'Replacement of a lost or damaged driving licence',
    ],
    [
      'LAPORAN_KEHILANGAN',
      'Surat keterangan tanda lapor kehilangan',
      'Police report of lost documents or goods',
    ],
  ],
  keimigrasian: [
    ['PASPOR', 'Penerbitan paspor baru (termasuk paspor elektronik)', 'New passport (including e-passport)'],
    [
      'PASPOR_PENGGANTIAN',
      'Penggantian paspor (habis berlaku atau halaman penuh)',
      'Passport replacement (expired or full)',
    ],
    [
      'PASPOR_HILANG_RUSAK',
      'Penggantian paspor hilang atau rusak',
      'Replacement of a lost or damaged passport',
    ],
  ],
  perpajakan: [
    ['NPWP', 'Pendaftaran NPWP orang pribadi', 'Taxpayer identification number (NPWP) for individuals'],
    ['NPWP_BADAN', 'Pendaftaran NPWP badan', 'Taxpayer identification number (NPWP) for entities'],
    ['AKUN_PAJAK', 'Aktivasi EFIN dan akun Coretax DJP', 'EFIN and Coretax account activation'],
    ['SPT_TAHUNAN', 'Asistensi SPT Tahunan', 'Annual tax return assistance'],
    ['PKP', 'Pengukuhan Pengusaha Kena Pajak (PKP)', 'VAT-registered entrepreneur (PKP) confirmation'],
    [
      'STATUS_WAJIB_PAJAK',
      'Perubahan status wajib pajak (non-efektif, penghapusan NPWP)',
      'Change of taxpayer status (non-effective, NPWP deletion)',
    ],
    ['SKF', 'Surat Keterangan Fiskal (SKF)', 'Tax clearance certificate (SKF)'],
    [
      'PBB',
      'Pelayanan PBB-P2 (objek baru, mutasi, salinan SPPT)',
      'Land and building tax (PBB-P2): new object, transfer, copy of assessment',
    ],
    [
      'PBB_KEBERATAN',
      'Keberatan dan pengurangan PBB-P2',
      'Objection to and reduction of land and building tax',
    ],
    [
      'BPHTB',
      'Bea Perolehan Hak atas Tanah dan Bangunan (BPHTB)',
      'Land and building acquisition duty (BPHTB)',
    ],
    ['NPWPD', 'Pendaftaran Nomor Pokok Wajib Pajak Daerah (NPWPD)', 'Regional taxpayer number (NPWPD)'],
    ['PAJAK_DAERAH_BAYAR', 'Pembayaran pajak daerah', 'Payment of regional taxes'],
  ],
  pertanahan: [
    [
      'SERTIPIKAT_TANAH',
      'Pendaftaran tanah pertama kali (sertipikat baru)',
      'First land registration (new land certificate)',
    ],
    ['PENGECEKAN_SERTIPIKAT', 'Pengecekan sertipikat tanah', 'Land certificate check'],
    ['SKPT', 'Surat Keterangan Pendaftaran Tanah (SKPT)', 'Land registration statement (SKPT)'],
    [
      'PERALIHAN_HAK_TANAH',
      'Peralihan hak atas tanah (jual beli, hibah, waris)',
      'Transfer of land rights (sale, gift, inheritance)',
    ],
    ['HAK_TANGGUNGAN', 'Hak Tanggungan elektronik (HT-el)', 'Electronic mortgage registration (HT-el)'],
    ['ROYA', 'Roya (penghapusan hak tanggungan)', 'Mortgage release (roya)'],
    [
      'SERTIPIKAT_PENGGANTI',
      'Penggantian sertipikat tanah hilang atau rusak',
      'Replacement of a lost or damaged land certificate',
    ],
  ],
  jaminan_sosial: [
    [
      'BPJS_KES_DAFTAR',
      'Pendaftaran peserta BPJS Kesehatan',
      'BPJS Kesehatan (national health insurance) registration',
    ],
    [
      'BPJS_KES_PERUBAHAN_DATA',
      'Perubahan data dan segmen kepesertaan BPJS Kesehatan',
      'Change of BPJS Kesehatan membership data or segment',
    ],
    [
      'BPJS_KES_PINDAH_FASKES',
      'Pindah fasilitas kesehatan tingkat pertama',
      'Change of primary health facility',
    ],
    [
      'BPJS_KES_TUNGGAKAN',
      'Rencana pembayaran bertahap tunggakan iuran BPJS Kesehatan (REHAB)',
      'Instalment plan for BPJS Kesehatan arrears (REHAB)',
    ],
    [
      'BPJS_TK_DAFTAR',
      'Pendaftaran peserta BPJS Ketenagakerjaan',
      'BPJS Ketenagakerjaan (employment insurance) registration',
    ],
    ['BPJS_TK_KLAIM_JHT', 'Klaim Jaminan Hari Tua (JHT)', 'Old-age savings (JHT) claim'],
    [
      'BPJS_TK_KLAIM_LAIN',
      'Klaim JKK, JKM dan JKP BPJS Ketenagakerjaan',
      'Work accident, death and job loss benefit claims',
    ],
    [
      'TASPEN_KLAIM',
      'Klaim pensiun dan tabungan hari tua ASN (Taspen)',
      'Civil servant pension and savings claims (Taspen)',
    ],
    ['TASPEN_OTENTIKASI', 'Otentikasi peserta pensiun Taspen', 'Taspen pensioner authentication'],
  ],
  utilitas: [
    ['PLN_PASANG_BARU', 'Pasang baru listrik PLN', 'New electricity connection (PLN)'],
    ['PLN_PERUBAHAN_DAYA', 'Tambah atau turun daya listrik', 'Change of electricity capacity'],
    [
      'PLN_LAYANAN_PELANGGAN',
      'Balik nama dan migrasi prabayar pelanggan listrik',
      'Change of name and migration to prepaid electricity',
    ],
    ['PLN_PENGADUAN', 'Pengaduan gangguan dan tagihan listrik', 'Electricity outage and billing complaints'],
    ['PDAM_SAMBUNGAN_BARU', 'Sambungan baru air minum (PDAM)', 'New water connection (PDAM)'],
    [
      'PDAM_LAYANAN_PELANGGAN',
      'Balik nama, tutup-buka dan pindah meter air',
      'Change of name, disconnection/reconnection and meter relocation',
    ],
    ['PDAM_PENGADUAN', 'Pengaduan air minum', 'Water supply complaints'],
    ['POS_PENGIRIMAN', 'Pengiriman surat, paket dan wesel pos', 'Letters, parcels and postal money orders'],
    ['PEMBAYARAN_TAGIHAN', 'Pembayaran tagihan dan setoran', 'Bill payments and deposits'],
    [
      'TELEKOMUNIKASI',
      'Layanan pelanggan telekomunikasi (registrasi kartu, pengaduan)',
      'Telecom customer service (SIM registration, complaints)',
    ],
  ],
  perbankan: [
    ['REKENING_BARU', 'Pembukaan rekening tabungan', 'Opening a savings account'],
    ['KARTU_DEBIT', 'Penerbitan dan penggantian kartu debit', 'Issuance and replacement of debit cards'],
    [
      'KREDIT_USAHA',
      'Kredit Usaha Rakyat (KUR) dan pembiayaan usaha mikro',
      'People’s business credit (KUR) and micro-business financing',
    ],
    [
      'PENERIMAAN_NEGARA',
      'Pembayaran pajak dan PNBP (MPN)',
      'Payment of taxes and non-tax state revenue (MPN)',
    ],
    ['GADAI', 'Gadai emas dan barang', 'Pawning of gold and goods'],
    ['TABUNGAN_EMAS', 'Tabungan emas', 'Gold savings'],
  ],
  keagamaan: [
    [
      'NIKAH_KUA',
      'Pendaftaran nikah di KUA',
      'Marriage registration at the Office of Religious Affairs (KUA)',
    ],
    ['BUKU_NIKAH', 'Legalisasi dan duplikat buku nikah', 'Legalisation and duplicate of a marriage book'],
    ['HAJI_PENDAFTARAN', 'Pendaftaran haji reguler', 'Regular hajj registration'],
    ['HAJI_REKOM_PASPOR', 'Rekomendasi paspor haji dan umrah', 'Hajj and umrah passport recommendation'],
    [
      'SERTIFIKAT_HALAL',
      'Sertifikasi halal (termasuk self declare)',
      'Halal certification (including self-declare)',
    ],
  ],
  transportasi: [
    [
      'PKB_TAHUNAN',
      'Pembayaran PKB dan pengesahan STNK tahunan',
      'Annual vehicle tax (PKB) payment and registration endorsement',
    ],
    [
      'STNK_5_TAHUNAN',
      'Penggantian STNK dan TNKB lima tahunan',
      'Five-yearly vehicle registration and plates',
    ],
    ['BBN_KB', 'Balik nama kendaraan bermotor (BBN-KB)', 'Vehicle ownership transfer (BBN-KB)'],
    [
      'MUTASI_KENDARAAN',
      'Mutasi kendaraan bermotor (keluar atau masuk daerah)',
      'Vehicle registration transfer between regions',
    ],
    [
      'STNK_PENGGANTIAN',
      'Penggantian STNK hilang atau rusak',
      'Replacement of a lost or damaged vehicle registration',
    ],
    [
      'BLOKIR_KENDARAAN',
      'Blokir data kepemilikan kendaraan (lapor jual)',
      'Vehicle ownership block (sale report)',
    ],
    ['UJI_KIR', 'Pengujian berkala kendaraan bermotor (uji KIR)', 'Periodic roadworthiness test (KIR)'],
    ['IZIN_ANGKUTAN', 'Izin penyelenggaraan angkutan', 'Public transport operating permit'],
    [
      'ANDALALIN',
      'Persetujuan analisis dampak lalu lintas (Andalalin)',
      'Traffic impact assessment approval (Andalalin)',
    ],
  ],
  hukum: [
    [
      'TILANG',
      'Pembayaran denda tilang dan pengambilan barang bukti',
      'Traffic fine payment and return of impounded items',
    ],
    ['BANTUAN_HUKUM', 'Konsultasi dan bantuan hukum', 'Legal consultation and aid'],
    ['KENOTARIATAN', 'Konsultasi kenotariatan dan PPAT', 'Notarial and land deed consultation'],
    ['PERKARA_PENGADILAN', 'Pendaftaran perkara pengadilan (e-Court)', 'Court case filing (e-Court)'],
    [
      'AKTA_CERAI_PA',
      'Akta cerai dan salinan putusan Pengadilan Agama',
      'Religious court divorce certificate and copy of judgment',
    ],
  ],
  lainnya: [['LAINNYA', 'Layanan lainnya', 'Other services']],
};

/** The whole list, in group order then as written. */
export const serviceTypes: readonly ServiceType[] = (
  Object.entries(entries) as [ServiceTypeGroup, Entry[]][]
).flatMap(([group, list]) =>
  list.map(([code, nameId, nameEn]) => ({ code, nameId, nameEn, group, active: true })),
);

const byCode = new Map(serviceTypes.map((t) => [t.code, t]));

/** The type with this code, or undefined. */
export function serviceTypeOf(code: string): ServiceType | undefined {
  return byCode.get(code);
}

/** Whether a code is on the list and may be chosen for a service. */
export function isChoosableServiceType(code: string): boolean {
  return byCode.get(code)?.active === true;
}
