import PDFDocument from 'pdfkit';
import { countId, dateId, decimalId } from '../../shared/pdf/indonesian-text.ts';
import {
  type Doc,
  ensure,
  heading,
  INK,
  MARGIN,
  MUTED,
  pageFooters,
  para,
  table,
  width,
} from '../../shared/pdf/report-layout.ts';
import { type ElementId, elementById } from './elements.ts';
import type { IndexResult, SampleCheck } from './ikm.rules.ts';
import type { FollowUpRow, PeriodRow, ProfileField, SiteRow } from './periods.repository.ts';
import { ageBands, educationLevels, occupations, type ProfileOption, sexes } from './questionnaire.ts';

/**
 * The report of a survey period as an A4 PDF, in Indonesian, as an MPP hands it to its regional secretary: cover,
 * method, respondents' profile, the per-element table, index and grade, the sample check, the weakest elements,
 * the suggestions, this period's follow-up plan and the status of the previous period's. The figures are the
 * index's own display texts (exact, rounded half-up once: ikm.rules.ts), only their decimal point made a comma.
 * Uses PDF's built-in Helvetica (no font file to ship), so the text keeps to its Latin-1 characters.
 */

/** What the report of a period is made of (report.service.ts gathers it). */
export interface ReportData {
  site: SiteRow;
  period: PeriodRow;
  index: IndexResult;
  sample: SampleCheck;
  profile: { field: ProfileField; value: string | null; n: number }[];
  weakest: ElementId[];
  suggestions: { total: number; items: { servedOn: string; text: string }[] };
  followUps: FollowUpRow[];
  previous: { period: PeriodRow; followUps: FollowUpRow[] } | null;
  generatedOn: Date;
}

const STATUS_ID: Record<FollowUpRow['status'], string> = {
  planned: 'Direncanakan',
  in_progress: 'Sedang berjalan',
  done: 'Selesai',
  dropped: 'Dibatalkan',
};

const PROFILE: Record<ProfileField, { title: string; options: readonly ProfileOption<string>[] }> = {
  sex: { title: 'Jenis kelamin', options: sexes },
  ageBand: { title: 'Usia', options: ageBands },
  education: { title: 'Pendidikan terakhir', options: educationLevels },
  occupation: { title: 'Pekerjaan utama', options: occupations },
};

/** Writes the report; resolves with the PDF's bytes. */
export function renderReportPdf(data: ReportData): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: {
      Title: `Laporan Survei Kepuasan Masyarakat - ${data.site.name} - ${data.period.label}`,
      Author: data.site.name,
      Creator: 'Atap',
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  cover(doc, data);
  doc.addPage();
  method(doc, data);
  profile(doc, data);
  results(doc, data);
  sample(doc, data);
  weakest(doc, data);
  suggestions(doc, data);
  followUps(doc, data);
  pageNumbers(doc, data);
  doc.end();
  return done;
}

function gradeText(data: ReportData): string {
  const { index } = data;
  return index.grade ? `${index.grade} (${index.label?.id})` : '—';
}

function cover(doc: Doc, data: ReportData) {
  const w = width(doc);
  doc.rect(0, 0, doc.page.width, 12).fill('#1f5f8b');
  doc.y = 150;
  doc
    .font('Helvetica')
    .fontSize(12)
    .fillColor(MUTED)
    .text('LAPORAN', MARGIN, doc.y, { width: w, align: 'center' });
  doc.moveDown(0.4);
  doc
    .font('Helvetica-Bold')
    .fontSize(22)
    .fillColor(INK)
    .text('Survei Kepuasan Masyarakat', { width: w, align: 'center' });
  doc.font('Helvetica').fontSize(12).fillColor(MUTED).text('(SKM) menurut PermenPAN-RB Nomor 14 Tahun 2017', {
    width: w,
    align: 'center',
  });
  doc.moveDown(2.5);
  doc.font('Helvetica-Bold').fontSize(18).fillColor(INK).text(data.site.name, { width: w, align: 'center' });
  doc
    .font('Helvetica')
    .fontSize(11)
    .fillColor(MUTED)
    .text(`${data.site.city}, ${data.site.province}`, { width: w, align: 'center' });
  doc.moveDown(2);
  doc.font('Helvetica-Bold').fontSize(14).fillColor(INK).text(`Periode: ${data.period.label}`, {
    width: w,
    align: 'center',
  });
  doc
    .font('Helvetica')
    .fontSize(11)
    .text(`${dateId(data.period.startsOn)} s.d. ${dateId(data.period.endsOn)}`, {
      width: w,
      align: 'center',
    });
  doc.moveDown(3);
  const boxY = doc.y;
  doc
    .rect(MARGIN + w / 4, boxY, w / 2, 92)
    .lineWidth(1)
    .strokeColor('#1f5f8b')
    .stroke();
  doc.y = boxY + 12;
  doc
    .font('Helvetica')
    .fontSize(10)
    .fillColor(MUTED)
    .text('Indeks Kepuasan Masyarakat (konversi)', MARGIN, doc.y, { width: w, align: 'center' });
  doc
    .font('Helvetica-Bold')
    .fontSize(28)
    .fillColor(INK)
    .text(decimalId(data.index.convertedText), { width: w, align: 'center' });
  doc
    .font('Helvetica-Bold')
    .fontSize(12)
    .text(`Mutu pelayanan: ${gradeText(data)}`, { width: w, align: 'center' });
  doc
    .font('Helvetica')
    .fontSize(10)
    .fillColor(MUTED)
    .text(`${countId(data.index.respondents)} responden`, MARGIN, boxY + 70, { width: w, align: 'center' });
  doc
    .fontSize(9)
    .text(`Disusun dengan Atap pada ${dateId(data.generatedOn.toISOString().slice(0, 10))}`, MARGIN, 740, {
      width: w,
      align: 'center',
    });
}

function method(doc: Doc, data: ReportData) {
  const m = data.period.method;
  heading(doc, '1. Metode');
  para(
    doc,
    `Survei mengukur sembilan unsur pelayanan sesuai ${m.regulation}. Setiap jawaban bernilai 1 sampai 4. ` +
      `Metode yang dipakai disimpan bersama periode ini (versi ${m.version}), sehingga perhitungan ulang di kemudian hari memberi angka yang sama.`,
  );
  table(
    doc,
    [
      { header: 'Kolom', width: 45 },
      { header: 'Unsur', width: 260 },
      { header: 'Bobot', width: 60, align: 'right' },
    ],
    m.elements.map((id, i) => [
      `U${i + 1}`,
      `${elementById[id].letter}. ${elementById[id].name.id}`,
      m.weights[id].replace('.', ','),
    ]),
  );
  if (data.index.warnings.some((w) => w.code === 'custom_weights')) {
    para(
      doc,
      'Peringatan: bobot unsur pada periode ini bukan 1/9 untuk setiap unsur. Indeks ini tidak memakai bobot baku PermenPAN-RB 14/2017.',
      { color: '#a33a00', bold: true },
    );
  }
  para(doc, 'Rumus:', { bold: true });
  para(
    doc,
    'NRR per unsur = jumlah nilai unsur / jumlah responden yang menjawab unsur itu\n' +
      'NRR tertimbang = NRR x bobot unsur\n' +
      'IKM = jumlah NRR tertimbang kesembilan unsur\n' +
      `IKM konversi = IKM x ${m.conversionFactor}`,
  );
  para(
    doc,
    'Pembulatan: semua angka dihitung dengan pecahan eksak; NRR dan IKM konversi ditampilkan dengan 2 desimal, ' +
      'IKM dan NRR tertimbang dengan 4 desimal, dibulatkan setengah ke atas. Mutu dibaca dari IKM konversi 2 desimal.',
  );
  table(
    doc,
    [
      { header: 'Nilai persepsi', width: 70, align: 'center' },
      { header: 'Nilai interval (NI)', width: 100, align: 'center' },
      { header: 'Nilai interval konversi (NIK)', width: 130, align: 'center' },
      { header: 'Mutu', width: 45, align: 'center' },
      { header: 'Kinerja unit pelayanan', width: 110 },
    ],
    m.grades.map((g) => [
      String(g.perception),
      `${g.indexInterval[0]} - ${g.indexInterval[1]}`.replaceAll('.', ','),
      `${g.convertedInterval[0]} - ${g.convertedInterval[1]}`.replaceAll('.', ','),
      g.grade,
      g.label.id,
    ]),
  );
}

function profile(doc: Doc, data: ReportData) {
  heading(doc, '2. Profil responden');
  para(
    doc,
    `Jumlah responden: ${countId(data.index.respondents)}. Profil diisi sukarela; yang tidak mengisi dihitung "Tidak diisi".`,
  );
  const rows: string[][] = [];
  for (const field of Object.keys(PROFILE) as ProfileField[]) {
    const { title, options } = PROFILE[field];
    const counts = data.profile.filter((p) => p.field === field);
    const count = (value: string | null) => counts.find((c) => c.value === value)?.n ?? 0;
    const share = (n: number) =>
      data.index.respondents === 0
        ? '—'
        : `${((n * 100) / data.index.respondents).toFixed(1).replace('.', ',')}%`;
    options.forEach((o, i) => {
      const n = count(o.id);
      rows.push([i === 0 ? title : '', o.label.id, String(n), share(n)]);
    });
    const none = count(null);
    rows.push(['', 'Tidak diisi', String(none), share(none)]);
  }
  table(
    doc,
    [
      { header: 'Karakteristik', width: 120 },
      { header: 'Kelompok', width: 170 },
      { header: 'Jumlah', width: 60, align: 'right' },
      { header: 'Persentase', width: 70, align: 'right' },
    ],
    rows,
  );
}

function results(doc: Doc, data: ReportData) {
  const { index } = data;
  heading(doc, '3. Nilai per unsur dan indeks');
  const rows = index.elements.map((e, i) => [
    `U${i + 1}`,
    elementById[e.id].name.id,
    countId(e.sum),
    countId(e.answered),
    decimalId(e.nrrText),
    decimalId(e.weightedNrrText),
  ]);
  table(
    doc,
    [
      { header: 'Kolom', width: 40 },
      { header: 'Unsur', width: 170 },
      { header: 'Jumlah nilai', width: 65, align: 'right' },
      { header: 'Responden menjawab', width: 75, align: 'right' },
      { header: 'NRR', width: 50, align: 'right' },
      { header: 'NRR tertimbang', width: 70, align: 'right' },
    ],
    rows,
  );
  table(
    doc,
    [
      { header: 'Hasil', width: 250 },
      { header: 'Nilai', width: 150, align: 'right' },
    ],
    [
      ['IKM (skala 1-4)', decimalId(index.ikmText)],
      ['IKM konversi (IKM x 25)', decimalId(index.convertedText)],
      ['Mutu pelayanan', gradeText(data)],
    ],
    { boldLast: true },
  );
  for (const w of index.warnings) {
    if (w.code === 'unanswered_elements') {
      para(
        doc,
        `Tidak ada responden yang menjawab: ${w.elements.map((id) => elementById[id].name.id).join(', ')}. IKM tidak dapat dihitung tanpa kesembilan unsur.`,
        { color: '#a33a00' },
      );
    } else if (w.code === 'no_respondents') {
      para(doc, 'Belum ada responden pada periode ini.', { color: '#a33a00' });
    }
  }
}

function sample(doc: Doc, data: ReportData) {
  const s = data.sample;
  heading(doc, '4. Pemeriksaan sampel');
  para(
    doc,
    `Populasi: ${countId(s.population)} pengunjung yang selesai dilayani di ${data.site.name} selama periode ini. ` +
      `Sampel minimal menurut tabel Krejcie dan Morgan: ${countId(s.required)} responden. Responden: ${countId(s.responses)}.`,
  );
  para(
    doc,
    s.sufficient
      ? 'Sampel mencukupi.'
      : `Sampel belum mencukupi: masih diperlukan ${s.missing} responden lagi.`,
    { bold: true, color: s.sufficient ? INK : '#a33a00' },
  );
}

function weakest(doc: Doc, data: ReportData) {
  heading(doc, '5. Unsur dengan nilai terendah');
  if (data.weakest.length === 0) {
    para(doc, 'Belum ada unsur yang dinilai.');
    return;
  }
  data.weakest.forEach((id, i) => {
    const e = data.index.elements.find((x) => x.id === id);
    para(doc, `${i + 1}. ${elementById[id].name.id}: NRR ${decimalId(e?.nrrText ?? null)}`);
  });
}

function suggestions(doc: Doc, data: ReportData) {
  const { total, items } = data.suggestions;
  heading(doc, '6. Saran dan masukan');
  if (total === 0) {
    para(doc, 'Tidak ada saran pada periode ini.');
    return;
  }
  para(
    doc,
    items.length < total
      ? `${countId(items.length)} saran terbaru dari ${countId(total)} saran.`
      : `${countId(total)} saran.`,
    {
      color: MUTED,
    },
  );
  for (const item of items) {
    ensure(doc, 30);
    para(doc, `${dateId(item.servedOn)} - ${item.text}`, { size: 9 });
  }
}

function followUpTable(doc: Doc, rows: FollowUpRow[], withNote: boolean) {
  table(
    doc,
    [
      { header: 'Unsur', width: 95 },
      { header: 'Tindakan', width: withNote ? 130 : 180 },
      { header: 'Penanggung jawab', width: 85 },
      { header: 'Tenggat', width: 70 },
      { header: 'Status', width: 65 },
      ...(withNote ? [{ header: 'Catatan', width: 90 }] : []),
    ],
    rows.map((r) => [
      elementById[r.element].name.id,
      r.action,
      r.owner,
      dateId(r.dueOn),
      STATUS_ID[r.status],
      ...(withNote ? [r.statusNote ?? ''] : []),
    ]),
  );
}

function followUps(doc: Doc, data: ReportData) {
  heading(doc, '7. Rencana tindak lanjut');
  if (data.followUps.length === 0) para(doc, 'Belum ada rencana tindak lanjut untuk periode ini.');
  else followUpTable(doc, data.followUps, false);
  heading(doc, '8. Tindak lanjut periode sebelumnya');
  if (!data.previous) {
    para(doc, 'Tidak ada periode sebelumnya.');
  } else if (data.previous.followUps.length === 0) {
    para(doc, `Periode ${data.previous.period.label} tidak memiliki rencana tindak lanjut.`);
  } else {
    para(doc, `Periode ${data.previous.period.label}:`);
    followUpTable(doc, data.previous.followUps, true);
  }
}

function pageNumbers(doc: Doc, data: ReportData) {
  // The cover goes without.
  pageFooters(
    doc,
    (page, count) => `SKM ${data.site.name} - ${data.period.label} - halaman ${page} dari ${count}`,
    1,
  );
}
