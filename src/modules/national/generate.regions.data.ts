/**
 * Real kota and kabupaten of Indonesia, by province, for the national demo's generated sites. `size` is the
 * demo's guess at the MPP's daily crowd class (large: a metropolitan city; medium: a city or a big regency; small:
 * a regency), which drives its generated volume; nothing else reads it.
 */
interface DemoRegion {
  province: string;
  city: string;
  size: 'large' | 'medium' | 'small';
}

type Tz = 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';

interface ProvinceList {
  province: string;
  timezone: Tz;
  /** 'L' large, 'M' medium, 'S' small, then the name. */
  regions: string[];
}

const WIB: Tz = 'Asia/Jakarta';
const WITA: Tz = 'Asia/Makassar';
const WIT: Tz = 'Asia/Jayapura';

const provinces: ProvinceList[] = [
  {
    province: 'Aceh',
    timezone: WIB,
    regions: [
      'M Kota Banda Aceh',
      'S Kota Lhokseumawe',
      'S Kota Langsa',
      'S Kabupaten Aceh Besar',
      'S Kabupaten Aceh Utara',
      'S Kabupaten Bireuen',
      'S Kabupaten Pidie',
    ],
  },
  {
    province: 'Sumatera Utara',
    timezone: WIB,
    regions: [
      'L Kota Medan',
      'M Kota Binjai',
      'M Kota Pematangsiantar',
      'S Kota Sibolga',
      'S Kota Padangsidimpuan',
      'M Kabupaten Deli Serdang',
      'S Kabupaten Langkat',
      'S Kabupaten Karo',
      'S Kabupaten Asahan',
      'S Kabupaten Simalungun',
      'S Kabupaten Labuhanbatu',
    ],
  },
  {
    province: 'Sumatera Barat',
    timezone: WIB,
    regions: [
      'M Kota Padang',
      'S Kota Bukittinggi',
      'S Kota Payakumbuh',
      'S Kota Solok',
      'S Kabupaten Agam',
      'S Kabupaten Pesisir Selatan',
      'S Kabupaten Tanah Datar',
    ],
  },
  {
    province: 'Riau',
    timezone: WIB,
    regions: [
      'L Kota Pekanbaru',
      'M Kota Dumai',
      'S Kabupaten Kampar',
      'S Kabupaten Bengkalis',
      'S Kabupaten Siak',
      'S Kabupaten Indragiri Hilir',
    ],
  },
  {
    province: 'Kepulauan Riau',
    timezone: WIB,
    regions: ['L Kota Batam', 'S Kota Tanjungpinang', 'S Kabupaten Bintan', 'S Kabupaten Karimun'],
  },
  {
    province: 'Jambi',
    timezone: WIB,
    regions: [
      'M Kota Jambi',
      'S Kota Sungai Penuh',
      'S Kabupaten Muaro Jambi',
      'S Kabupaten Merangin',
      'S Kabupaten Bungo',
    ],
  },
  {
    province: 'Sumatera Selatan',
    timezone: WIB,
    regions: [
      'L Kota Palembang',
      'S Kota Lubuklinggau',
      'S Kota Prabumulih',
      'S Kabupaten Ogan Komering Ilir',
      'S Kabupaten Muara Enim',
      'S Kabupaten Banyuasin',
      'S Kabupaten Musi Banyuasin',
    ],
  },
  {
    province: 'Kepulauan Bangka Belitung',
    timezone: WIB,
    regions: ['S Kota Pangkalpinang', 'S Kabupaten Bangka', 'S Kabupaten Belitung'],
  },
  {
    province: 'Bengkulu',
    timezone: WIB,
    regions: ['M Kota Bengkulu', 'S Kabupaten Rejang Lebong', 'S Kabupaten Bengkulu Utara'],
  },
  {
    province: 'Lampung',
    timezone: WIB,
    regions: [
      'L Kota Bandar Lampung',
      'S Kota Metro',
      'M Kabupaten Lampung Selatan',
      'S Kabupaten Lampung Tengah',
      'S Kabupaten Pringsewu',
      'S Kabupaten Tanggamus',
    ],
  },
  {
    province: 'DKI Jakarta',
    timezone: WIB,
    regions: [
      'L Kota Administrasi Jakarta Pusat',
      'L Kota Administrasi Jakarta Selatan',
      'L Kota Administrasi Jakarta Timur',
      'L Kota Administrasi Jakarta Barat',
      'L Kota Administrasi Jakarta Utara',
    ],
  },
  {
    province: 'Banten',
    timezone: WIB,
    regions: [
      'L Kota Tangerang',
      'L Kota Tangerang Selatan',
      'M Kota Serang',
      'M Kota Cilegon',
      'M Kabupaten Tangerang',
      'S Kabupaten Serang',
      'S Kabupaten Pandeglang',
      'S Kabupaten Lebak',
    ],
  },
  {
    province: 'Jawa Barat',
    timezone: WIB,
    regions: [
      'L Kota Bandung',
      'L Kota Bekasi',
      'L Kota Depok',
      'M Kota Bogor',
      'M Kota Cimahi',
      'M Kota Cirebon',
      'M Kota Sukabumi',
      'M Kota Tasikmalaya',
      'S Kota Banjar',
      'M Kabupaten Bogor',
      'M Kabupaten Bekasi',
      'M Kabupaten Bandung',
      'S Kabupaten Karawang',
      'S Kabupaten Purwakarta',
      'S Kabupaten Subang',
      'S Kabupaten Sumedang',
      'S Kabupaten Garut',
      'S Kabupaten Kuningan',
      'S Kabupaten Majalengka',
      'S Kabupaten Indramayu',
    ],
  },
  {
    province: 'Jawa Tengah',
    timezone: WIB,
    regions: [
      'L Kota Semarang',
      'M Kota Surakarta',
      'M Kota Tegal',
      'M Kota Pekalongan',
      'S Kota Magelang',
      'S Kota Salatiga',
      'M Kabupaten Banyumas',
      'S Kabupaten Cilacap',
      'S Kabupaten Kudus',
      'S Kabupaten Jepara',
      'S Kabupaten Klaten',
      'S Kabupaten Boyolali',
      'S Kabupaten Sragen',
      'S Kabupaten Kendal',
      'S Kabupaten Demak',
      'S Kabupaten Pati',
      'S Kabupaten Purbalingga',
      'S Kabupaten Wonosobo',
    ],
  },
  {
    province: 'DI Yogyakarta',
    timezone: WIB,
    regions: [
      'M Kota Yogyakarta',
      'M Kabupaten Sleman',
      'S Kabupaten Bantul',
      'S Kabupaten Kulon Progo',
      'S Kabupaten Gunungkidul',
    ],
  },
  {
    province: 'Jawa Timur',
    timezone: WIB,
    regions: [
      'M Kota Malang',
      'M Kota Kediri',
      'S Kota Blitar',
      'S Kota Madiun',
      'S Kota Pasuruan',
      'S Kota Probolinggo',
      'S Kota Mojokerto',
      'S Kota Batu',
      'M Kabupaten Sidoarjo',
      'M Kabupaten Gresik',
      'S Kabupaten Banyuwangi',
      'S Kabupaten Jember',
      'S Kabupaten Lamongan',
      'S Kabupaten Tuban',
      'S Kabupaten Bojonegoro',
      'S Kabupaten Ngawi',
      'S Kabupaten Ponorogo',
      'S Kabupaten Lumajang',
      'S Kabupaten Situbondo',
      'S Kabupaten Bangkalan',
    ],
  },
  {
    province: 'Bali',
    timezone: WITA,
    regions: [
      'M Kota Denpasar',
      'M Kabupaten Badung',
      'S Kabupaten Gianyar',
      'S Kabupaten Tabanan',
      'S Kabupaten Buleleng',
      'S Kabupaten Klungkung',
    ],
  },
  {
    province: 'Nusa Tenggara Barat',
    timezone: WITA,
    regions: [
      'M Kota Mataram',
      'S Kota Bima',
      'S Kabupaten Lombok Barat',
      'S Kabupaten Lombok Timur',
      'S Kabupaten Sumbawa',
    ],
  },
  {
    province: 'Nusa Tenggara Timur',
    timezone: WITA,
    regions: [
      'M Kota Kupang',
      'S Kabupaten Sikka',
      'S Kabupaten Manggarai Barat',
      'S Kabupaten Ende',
      'S Kabupaten Belu',
    ],
  },
  {
    province: 'Kalimantan Barat',
    timezone: WIB,
    regions: [
      'M Kota Pontianak',
      'S Kota Singkawang',
      'S Kabupaten Kubu Raya',
      'S Kabupaten Sambas',
      'S Kabupaten Ketapang',
    ],
  },
  {
    province: 'Kalimantan Tengah',
    timezone: WIB,
    regions: [
      'M Kota Palangka Raya',
      'S Kabupaten Kotawaringin Barat',
      'S Kabupaten Kotawaringin Timur',
      'S Kabupaten Kapuas',
    ],
  },
  {
    province: 'Kalimantan Selatan',
    timezone: WITA,
    regions: [
      'M Kota Banjarmasin',
      'S Kota Banjarbaru',
      'S Kabupaten Banjar',
      'S Kabupaten Tanah Laut',
      'S Kabupaten Tabalong',
    ],
  },
  {
    province: 'Kalimantan Timur',
    timezone: WITA,
    regions: [
      'L Kota Samarinda',
      'L Kota Balikpapan',
      'S Kota Bontang',
      'S Kabupaten Kutai Kartanegara',
      'S Kabupaten Berau',
      'S Kabupaten Penajam Paser Utara',
    ],
  },
  {
    province: 'Kalimantan Utara',
    timezone: WITA,
    regions: ['S Kota Tarakan', 'S Kabupaten Bulungan', 'S Kabupaten Nunukan'],
  },
  {
    province: 'Sulawesi Utara',
    timezone: WITA,
    regions: [
      'M Kota Manado',
      'S Kota Bitung',
      'S Kota Tomohon',
      'S Kabupaten Minahasa',
      'S Kabupaten Minahasa Utara',
    ],
  },
  {
    province: 'Gorontalo',
    timezone: WITA,
    regions: ['S Kota Gorontalo', 'S Kabupaten Gorontalo', 'S Kabupaten Bone Bolango'],
  },
  {
    province: 'Sulawesi Tengah',
    timezone: WITA,
    regions: ['M Kota Palu', 'S Kabupaten Banggai', 'S Kabupaten Poso', 'S Kabupaten Morowali'],
  },
  {
    province: 'Sulawesi Barat',
    timezone: WITA,
    regions: ['S Kabupaten Mamuju', 'S Kabupaten Polewali Mandar', 'S Kabupaten Majene'],
  },
  {
    province: 'Sulawesi Selatan',
    timezone: WITA,
    regions: [
      'L Kota Makassar',
      'S Kota Parepare',
      'S Kota Palopo',
      'S Kabupaten Gowa',
      'S Kabupaten Maros',
      'S Kabupaten Bone',
      'S Kabupaten Bulukumba',
      'S Kabupaten Pinrang',
      'S Kabupaten Sidenreng Rappang',
    ],
  },
  {
    province: 'Sulawesi Tenggara',
    timezone: WITA,
    regions: ['M Kota Kendari', 'S Kota Baubau', 'S Kabupaten Kolaka', 'S Kabupaten Konawe'],
  },
  {
    province: 'Maluku',
    timezone: WIT,
    regions: ['M Kota Ambon', 'S Kota Tual', 'S Kabupaten Maluku Tengah'],
  },
  {
    province: 'Maluku Utara',
    timezone: WIT,
    regions: ['S Kota Ternate', 'S Kota Tidore Kepulauan', 'S Kabupaten Halmahera Utara'],
  },
  {
    province: 'Papua',
    timezone: WIT,
    regions: ['M Kota Jayapura', 'S Kabupaten Jayapura', 'S Kabupaten Biak Numfor'],
  },
  {
    province: 'Papua Barat',
    timezone: WIT,
    regions: ['S Kabupaten Manokwari', 'S Kabupaten Fakfak', 'S Kabupaten Kaimana'],
  },
  {
    province: 'Papua Barat Daya',
    timezone: WIT,
    regions: ['M Kota Sorong', 'S Kabupaten Sorong', 'S Kabupaten Raja Ampat'],
  },
  { province: 'Papua Tengah', timezone: WIT, regions: ['S Kabupaten Nabire', 'S Kabupaten Mimika'] },
  { province: 'Papua Selatan', timezone: WIT, regions: ['S Kabupaten Merauke', 'S Kabupaten Boven Digoel'] },
  {
    province: 'Papua Pegunungan',
    timezone: WIT,
    regions: ['S Kabupaten Jayawijaya', 'S Kabupaten Yahukimo'],
  },
];

interface DemoRegionWithZone extends DemoRegion {
  timezone: Tz;
}

/** Every region of the list, provinces in order. */
export function allRegions(): DemoRegionWithZone[] {
  return provinces.flatMap((p) =>
    p.regions.map((entry) => ({
      province: p.province,
      timezone: p.timezone,
      size: ({ L: 'large', M: 'medium', S: 'small' } as const)[entry[0] as 'L' | 'M' | 'S'],
      city: entry.slice(2),
    })),
  );
}
