/**
 * National holidays (hari libur nasional) and collective leave (cuti bersama) as set by the joint decree of the
 * Ministers of Religious Affairs, Manpower and PAN-RB (SKB 3 Menteri). Seeded once; national admins edit them
 * through /api/holidays when a decree changes (as on 7 August 2025, when 18 August 2025 was added).
 *
 * 2027: the decree was not available to us when this was written. Fixed-date holidays and those computed from
 * Easter are certain; the dates of the lunar holidays are the usual astronomical estimates and the collective
 * leave days are unknown. Those rows are marked provisional so the holiday page asks an admin to confirm them.
 */
export interface HolidaySeed {
  date: string;
  name: string;
  kind: 'national' | 'collective_leave';
  provisional?: boolean;
  source: string;
}

const SKB_2025 = 'SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024; perubahan No. 933/2025, 1/2025, 3/2025';
const SKB_2026 = 'SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025';
const ESTIMATE_2027 = 'Perkiraan; menunggu SKB 3 Menteri tahun 2027';

const national = (source: string, rows: [string, string][]): HolidaySeed[] =>
  rows.map(([date, name]) => ({ date, name, kind: 'national', source }));
const leave = (source: string, rows: [string, string][]): HolidaySeed[] =>
  rows.map(([date, name]) => ({ date, name, kind: 'collective_leave', source }));

export const holidaySeeds: HolidaySeed[] = [
  ...national(SKB_2025, [
    ['2025-01-01', 'Tahun Baru 2025 Masehi'],
    ['2025-01-27', 'Isra Mikraj Nabi Muhammad SAW'],
    ['2025-01-29', 'Tahun Baru Imlek 2576 Kongzili'],
    ['2025-03-29', 'Hari Suci Nyepi Tahun Baru Saka 1947'],
    ['2025-03-31', 'Idul Fitri 1446 H'],
    ['2025-04-01', 'Idul Fitri 1446 H'],
    ['2025-04-18', 'Wafat Yesus Kristus'],
    ['2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)'],
    ['2025-05-01', 'Hari Buruh Internasional'],
    ['2025-05-12', 'Hari Raya Waisak 2569 BE'],
    ['2025-05-29', 'Kenaikan Yesus Kristus'],
    ['2025-06-01', 'Hari Lahir Pancasila'],
    ['2025-06-06', 'Idul Adha 1446 H'],
    ['2025-06-27', 'Tahun Baru Islam 1447 H'],
    ['2025-08-17', 'Proklamasi Kemerdekaan'],
    ['2025-09-05', 'Maulid Nabi Muhammad SAW'],
    ['2025-12-25', 'Kelahiran Yesus Kristus'],
  ]),
  ...leave(SKB_2025, [
    ['2025-01-28', 'Cuti bersama Tahun Baru Imlek'],
    ['2025-03-28', 'Cuti bersama Hari Suci Nyepi'],
    ['2025-04-02', 'Cuti bersama Idul Fitri'],
    ['2025-04-03', 'Cuti bersama Idul Fitri'],
    ['2025-04-04', 'Cuti bersama Idul Fitri'],
    ['2025-04-07', 'Cuti bersama Idul Fitri'],
    ['2025-05-13', 'Cuti bersama Hari Raya Waisak'],
    ['2025-05-30', 'Cuti bersama Kenaikan Yesus Kristus'],
    ['2025-06-09', 'Cuti bersama Idul Adha'],
    ['2025-08-18', 'Cuti bersama HUT ke-80 Kemerdekaan RI'],
    ['2025-12-26', 'Cuti bersama Kelahiran Yesus Kristus'],
  ]),
  ...national(SKB_2026, [
    ['2026-01-01', 'Tahun Baru 2026 Masehi'],
    ['2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'],
    ['2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'],
    ['2026-03-19', 'Hari Suci Nyepi Tahun Baru Saka 1948'],
    ['2026-03-21', 'Idul Fitri 1447 H'],
    ['2026-03-22', 'Idul Fitri 1447 H'],
    ['2026-04-03', 'Wafat Yesus Kristus'],
    ['2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'],
    ['2026-05-01', 'Hari Buruh Internasional'],
    ['2026-05-14', 'Kenaikan Yesus Kristus'],
    ['2026-05-27', 'Idul Adha 1447 H'],
    ['2026-05-31', 'Hari Raya Waisak 2570 BE'],
    ['2026-06-01', 'Hari Lahir Pancasila'],
    ['2026-06-16', 'Tahun Baru Islam 1448 H'],
    ['2026-08-17', 'Proklamasi Kemerdekaan'],
    ['2026-08-25', 'Maulid Nabi Muhammad SAW'],
    ['2026-12-25', 'Kelahiran Yesus Kristus'],
  ]),
  ...leave(SKB_2026, [
    ['2026-02-16', 'Cuti bersama Tahun Baru Imlek'],
    ['2026-03-18', 'Cuti bersama Hari Suci Nyepi'],
    ['2026-03-20', 'Cuti bersama Idul Fitri'],
    ['2026-03-23', 'Cuti bersama Idul Fitri'],
    ['2026-03-24', 'Cuti bersama Idul Fitri'],
    ['2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus'],
    ['2026-05-28', 'Cuti bersama Idul Adha'],
    ['2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus'],
  ]),
  ...national('Tanggal tetap', [
    ['2027-01-01', 'Tahun Baru 2027 Masehi'],
    ['2027-05-01', 'Hari Buruh Internasional'],
    ['2027-06-01', 'Hari Lahir Pancasila'],
    ['2027-08-17', 'Proklamasi Kemerdekaan'],
    ['2027-12-25', 'Kelahiran Yesus Kristus'],
  ]),
  ...national('Dihitung dari tanggal Paskah', [
    ['2027-03-26', 'Wafat Yesus Kristus'],
    ['2027-03-28', 'Kebangkitan Yesus Kristus (Paskah)'],
    ['2027-05-06', 'Kenaikan Yesus Kristus'],
  ]),
  ...national(ESTIMATE_2027, [
    ['2027-01-05', 'Isra Mikraj Nabi Muhammad SAW'],
    ['2027-02-06', 'Tahun Baru Imlek 2578 Kongzili'],
    ['2027-03-09', 'Hari Suci Nyepi Tahun Baru Saka 1949'],
    ['2027-03-10', 'Idul Fitri 1448 H'],
    ['2027-03-11', 'Idul Fitri 1448 H'],
    ['2027-05-17', 'Idul Adha 1448 H'],
    ['2027-05-20', 'Hari Raya Waisak 2571 BE'],
    ['2027-06-06', 'Tahun Baru Islam 1449 H'],
    ['2027-08-15', 'Maulid Nabi Muhammad SAW'],
  ]).map((h) => ({ ...h, provisional: true })),
];
