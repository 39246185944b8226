import ExcelJS from 'exceljs';
import { HEADER_FILL } from '../../shared/sheets.ts';
import type { Subject } from './complaint-subjects.ts';
import type { ComplaintChannel, ComplaintKind } from './complaints.tables.ts';
import { CHANNELS, KINDS } from './measures.rules.ts';
import type { MeasuresView } from './measures.service.ts';

/**
 * The measures of a unit and period as a workbook, for the handler's reports and the assessor: the summary, the
 * months, the rows per agency/booth/service (with the per-1,000-visitors rate) and the subjects. Figures only —
 * the same ones the page shows; no complaint's text and nobody's data. Headers Indonesian / English.
 */

const KIND_LABELS: Record<ComplaintKind, string> = {
  complaint: 'Pengaduan / Complaint',
  suggestion: 'Saran, aspirasi / Suggestion',
  information: 'Permintaan informasi / Information request',
  appreciation: 'Apresiasi / Appreciation',
};

const CHANNEL_LABELS: Record<ComplaintChannel, string> = {
  web: 'Situs web / Website',
  ticket: 'Halaman tiket / Ticket page',
  request: 'Halaman berkas / File page',
  kiosk: 'Kios / Kiosk',
  phone: 'Telepon / Phone',
  whatsapp: 'WhatsApp',
  letter: 'Surat / Letter',
  suggestion_box: 'Kotak saran / Suggestion box',
  lapor: 'SP4N-LAPOR!',
  walk_in: 'Datang langsung / Walk-in',
};

const SUBJECT_LABELS: Record<Subject, string> = {
  waiting: 'Antrean, waktu tunggu / Waiting',
  behaviour: 'Sikap petugas / Staff behaviour',
  requirements: 'Persyaratan / Requirements',
  fee: 'Biaya, pungutan / Fees',
  completion_time: 'Waktu penyelesaian / Completion time',
  information: 'Informasi / Information',
  facilities: 'Sarana prasarana / Facilities',
  online_system: 'Aplikasi, sistem / Online system',
  other: 'Lainnya / Other',
};

const percent = (share: number | null) => (share === null ? null : Math.round(share * 10_000) / 100);

function styleHeader(sheet: ExcelJS.Worksheet, row = 1) {
  sheet.getRow(row).eachCell((cell) => {
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = HEADER_FILL;
  });
}

function table(workbook: ExcelJS.Workbook, name: string, headers: string[], rows: unknown[][]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  styleHeader(sheet);
  sheet.columns.forEach((c, i) => {
    c.width = i === 0 ? 44 : 18;
  });
  return sheet;
}

export async function measuresWorkbook(m: MeasuresView): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Atap';
  const summary: [string, unknown][] = [
    ['MPP / Site', m.site.name],
    ['Unit', `${m.unit.name} (${m.unit.kind})`],
    ['Periode penerimaan / Period received', `${m.period.from} – ${m.period.to}`],
    ['Diambil pada / Taken at', m.at],
    ['Diterima / Received', m.received],
    ...KINDS.map((k): [string, unknown] => [KIND_LABELS[k], m.byKind[k]]),
    ...CHANNELS.map((c): [string, unknown] => [`Kanal: ${CHANNEL_LABELS[c]}`, m.byChannel[c]]),
    ['Dijawab / Answered', m.answered.count],
    ['Dijawab tepat waktu / Answered on time', m.answered.onTime],
    ['Tepat waktu (%) / On time (%)', percent(m.answered.onTimeShare)],
    ['Median waktu jawab (hari kerja) / Median time to answer (working days)', m.timeToAnswer.median],
    ['P90 waktu jawab (hari kerja) / P90 time to answer (working days)', m.timeToAnswer.p90],
    ['Terbuka saat ini / Open now', m.now.open],
    ['Terlambat saat ini / Late now', m.now.late],
    ['Berisiko saat ini / At risk now', m.now.atRisk],
    ['Jumlah penilaian / Ratings', m.rating.count],
    ['Rata-rata penilaian (1–4) / Mean rating (1–4)', m.rating.mean],
    ...m.rating.distribution.map((n, i): [string, unknown] => [`Penilaian ${i + 1} / Rated ${i + 1}`, n]),
    ['Pengaduan (tanpa yang diarsipkan) / Complaints (not archived)', m.complaints],
    ['Pengunjung dilayani / Visitors served', m.visitors],
    ['Pengaduan per 1.000 pengunjung / Complaints per 1,000 visitors', m.perThousand],
  ];
  table(workbook, 'Ringkasan', ['Ukuran / Measure', 'Nilai / Value'], summary);
  table(
    workbook,
    'Per bulan',
    [
      'Bulan / Month',
      'Diterima / Received',
      ...KINDS.map((k) => KIND_LABELS[k]),
      'Dijawab / Answered',
      'Tepat waktu / On time',
      'Tepat waktu (%) / On time (%)',
    ],
    m.months.map((x) => [
      x.month,
      x.received,
      ...KINDS.map((k) => x.byKind[k]),
      x.answered,
      x.onTime,
      percent(x.onTimeShare),
    ]),
  );
  table(
    workbook,
    'Per unit',
    [
      'Unit',
      'Diterima / Received',
      'Pengaduan / Complaints',
      'Dijawab / Answered',
      'Tepat waktu (%) / On time (%)',
      'Median (hari kerja / working days)',
      'P90 (hari kerja / working days)',
      'Terbuka / Open now',
      'Terlambat / Late now',
      'Rata-rata penilaian / Mean rating',
      'Pengunjung / Visitors',
      'Per 1.000 pengunjung / Per 1,000 visitors',
    ],
    m.parts.map((p) => [
      p.name,
      p.received,
      p.complaints,
      p.answered.count,
      percent(p.answered.onTimeShare),
      p.timeToAnswer.median,
      p.timeToAnswer.p90,
      p.now.open,
      p.now.late,
      p.rating.mean,
      p.visitors,
      p.perThousand,
    ]),
  );
  table(
    workbook,
    'Pokok aduan',
    ['Pokok / Subject', 'Jumlah / Count'],
    m.subjects.map((s) => [SUBJECT_LABELS[s.subject], s.count]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
