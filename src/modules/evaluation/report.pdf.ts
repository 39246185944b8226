import fs from 'node:fs/promises';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { dateId, decimalId as decimalOr } from '../../shared/pdf/indonesian-text.ts';
import {
  type Doc,
  ensure,
  heading as headingOf,
  INK,
  MARGIN,
  MUTED,
  pageFooters,
  para,
  table,
  width,
} from '../../shared/pdf/report-layout.ts';
import type { ReportAssessment, ReportFinding, ReportSite } from './report.repository.ts';

/**
 * The report of a monitoring team to the regional secretary (Sekda) as an A4 PDF, in Indonesian, in the shape of a
 * regional letter: the site's letterhead, number and date, the team, when and over which period, the units visited,
 * the scores per aspect and per unit with how each total was computed, the findings with their recommendations and
 * photos, and the team lead's signature block. A follow-up report lists each finding's status, actions and the
 * evaluators' verdicts. Styled as satisfaction/report.pdf.ts; PDF's built-in Helvetica (no font file to ship), so
 * the text keeps to its WinAnsi characters. The creation date is the issue's, so the bytes depend only on the data.
 */

export interface EvaluationReportData {
  kind: 'assessment' | 'follow_up';
  site: ReportSite;
  number: string;
  /** The day of issue at the site (yyyy-mm-dd) and the moment, for the document's metadata. */
  issuedOn: string;
  issuedAt: Date;
  assessments: ReportAssessment[];
  findings: ReportFinding[];
  /** Where the photos are (ATAP_EVALUATION_FILES_DIR), each file named by its id. */
  photosDir: string;
}

const PHOTO_BOX = { width: 220, height: 165 };

const SEVERITY_ID = { high: 'Tinggi', medium: 'Sedang', low: 'Rendah' } as const;
const STATUS_ID = {
  open: 'Terbuka',
  answered: 'Sudah ditindaklanjuti, menunggu verifikasi',
  returned: 'Dikembalikan untuk diperbaiki',
  closed: 'Selesai (terverifikasi)',
} as const;
const ACTION_ID = {
  action: 'Tindak lanjut',
  verified: 'Verifikasi: diterima',
  returned: 'Verifikasi: dikembalikan',
};
const ASSESSMENT_STATUS_ID: Record<string, string> = {
  draft: 'Draf',
  submitted: 'Diajukan',
  closed: 'Ditutup',
};

/** Writes the report; resolves with the PDF's bytes. */
export async function renderEvaluationReportPdf(data: EvaluationReportData): Promise<Buffer> {
  const photos = await loadPhotos(data);
  const title =
    data.kind === 'assessment'
      ? 'Laporan Hasil Monitoring dan Evaluasi Pelayanan Publik'
      : 'Laporan Tindak Lanjut Hasil Monitoring dan Evaluasi';
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: {
      Title: `${title} - ${data.site.name} - ${data.number}`,
      Author: data.site.name,
      Creator: 'Atap',
      CreationDate: data.issuedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  letterhead(doc, data, title);
  team(doc, data);
  schedule(doc, data);
  if (data.kind === 'assessment') {
    results(doc, data);
    findings(doc, data, photos);
  } else {
    followUp(doc, data, photos);
  }
  signature(doc, data);
  pageNumbers(doc, data);
  doc.end();
  return done;
}

/** The photos' bytes by id (JPEG and PNG only: what PDF embeds); a missing file is named in the report instead. */
async function loadPhotos(data: EvaluationReportData): Promise<Map<string, Buffer | null>> {
  const out = new Map<string, Buffer | null>();
  for (const f of data.findings)
    for (const p of f.photos) {
      if (out.has(p.id) || !['image/jpeg', 'image/png'].includes(p.contentType)) continue;
      out.set(p.id, await fs.readFile(path.join(data.photosDir, p.id)).catch(() => null));
    }
  return out;
}

const unitName = (a: ReportAssessment, site: ReportSite) =>
  a.unit.kind === 'site'
    ? site.name
    : a.unit.kind === 'booth'
      ? `${a.unit.agencyName ?? ''} (${a.unit.name})`
      : a.unit.name;

/** The team across the report's assessments: the lead of the first assessment that names one, then the others. */
function teamOf(data: EvaluationReportData): { lead: string | null; members: string[] } {
  const lead = data.assessments.flatMap((a) => a.members.filter((m) => m.lead))[0]?.name ?? null;
  const members = [...new Set(data.assessments.flatMap((a) => a.members.map((m) => m.name)))].filter(
    (n) => n !== lead,
  );
  return { lead, members };
}

function letterhead(doc: Doc, data: EvaluationReportData, title: string) {
  const w = width(doc);
  doc.font('Helvetica-Bold').fontSize(15).fillColor(INK).text(data.site.name.toUpperCase(), MARGIN, MARGIN, {
    width: w,
    align: 'center',
  });
  doc
    .font('Helvetica')
    .fontSize(10)
    .fillColor(MUTED)
    .text(`${data.site.city}, ${data.site.province}`, { width: w, align: 'center' });
  doc.moveDown(0.4);
  const y = doc.y;
  doc
    .moveTo(MARGIN, y)
    .lineTo(MARGIN + w, y)
    .lineWidth(2)
    .strokeColor(INK)
    .stroke();
  doc
    .moveTo(MARGIN, y + 3)
    .lineTo(MARGIN + w, y + 3)
    .lineWidth(0.5)
    .stroke();
  doc.y = y + 16;
  doc.font('Helvetica-Bold').fontSize(12).fillColor(INK).text(title.toUpperCase(), MARGIN, doc.y, {
    width: w,
    align: 'center',
  });
  doc
    .font('Helvetica')
    .fontSize(10)
    .text(`Nomor: ${data.number}`, { width: w, align: 'center' })
    .text(`Tanggal: ${dateId(data.issuedOn)}`, { width: w, align: 'center' });
  doc.moveDown(1);
  para(doc, `Kepada Yth.\nSekretaris Daerah ${data.site.city}\ndi tempat`);
  doc.moveDown(0.3);
  const units = [...new Set(data.assessments.map((a) => unitName(a, data.site)))];
  para(
    doc,
    data.kind === 'assessment'
      ? `Bersama ini kami sampaikan hasil monitoring dan evaluasi penyelenggaraan pelayanan publik di ${data.site.name} ` +
          `terhadap ${units.length} unit, beserta temuan dan rekomendasi untuk ditindaklanjuti.`
      : `Bersama ini kami sampaikan perkembangan tindak lanjut atas temuan hasil monitoring dan evaluasi di ${data.site.name}, ` +
          'beserta status verifikasi setiap temuan.',
  );
}

function team(doc: Doc, data: EvaluationReportData) {
  heading(doc, '1. Tim monitoring dan evaluasi');
  const { lead, members } = teamOf(data);
  const rows = [...(lead ? [[lead, 'Ketua Tim']] : []), ...members.map((m) => [m, 'Anggota'])];
  if (rows.length === 0) para(doc, 'Susunan tim tidak tercatat.');
  else
    table(
      doc,
      [
        { header: 'Nama', width: 280 },
        { header: 'Kedudukan dalam tim', width: 140 },
      ],
      rows,
    );
}

function schedule(doc: Doc, data: EvaluationReportData) {
  heading(doc, '2. Waktu, periode, dan unit yang dinilai');
  table(
    doc,
    [
      { header: 'No', width: 28, align: 'right' },
      { header: 'Unit yang dinilai', width: 150 },
      { header: 'Instrumen', width: 130 },
      { header: 'Periode penilaian', width: 110 },
      { header: 'Tanggal penilaian', width: 75 },
    ],
    data.assessments.map((a, i) => [
      String(i + 1),
      unitName(a, data.site),
      `${a.instrumentName} (versi ${a.instrumentVersion})`,
      `${dateId(a.periodFrom)} s.d. ${dateId(a.periodTo)}`,
      dateId(a.visitedOn),
    ]),
  );
}

const bandText = (a: ReportAssessment) => a.scores.band?.label ?? '-';

function results(doc: Doc, data: EvaluationReportData) {
  heading(doc, '3. Hasil penilaian per unit');
  table(
    doc,
    [
      { header: 'Unit', width: 170 },
      { header: 'Instrumen', width: 120 },
      { header: 'Nilai total', width: 60, align: 'right' },
      { header: 'Kategori / zona', width: 120 },
    ],
    data.assessments.map((a) => [
      unitName(a, data.site),
      a.instrumentCode,
      `${decimalId(a.scores.total)} (skala ${a.definition.total.min}-${a.definition.total.max})`,
      bandText(a),
    ]),
  );
  heading(doc, '4. Nilai per aspek');
  para(
    doc,
    'Nilai setiap indikator ditempatkan pada skalanya sendiri (0 sampai 1); nilai aspek adalah rata-rata tertimbang ' +
      'indikator yang dinilai, pada skala nilai total; nilai total adalah jumlah bobot aspek x nilai aspek, dihitung ' +
      'dengan pecahan eksak dan dibulatkan setengah ke atas, lalu kategori dibaca dari nilai yang sudah dibulatkan.',
    { color: MUTED, size: 9 },
  );
  for (const a of data.assessments) {
    // The unit's table, category and formula kept on one page (up to a page's worth).
    ensure(doc, Math.min((a.scores.aspects.length + 2) * 24 + 110, doc.page.height - MARGIN * 2));
    doc.moveDown(0.5);
    para(doc, `${unitName(a, data.site)} - ${a.instrumentName}`, { bold: true });
    table(
      doc,
      [
        { header: 'Aspek', width: 220 },
        { header: 'Bobot', width: 50, align: 'right' },
        { header: 'Indikator dinilai', width: 70, align: 'right' },
        { header: 'Nilai', width: 60, align: 'right' },
      ],
      [
        ...a.scores.aspects.map((s) => [
          s.name,
          decimalId(s.weight),
          `${s.answered} dari ${s.of}`,
          decimalId(s.score),
        ]),
        ['Nilai total', '', `${a.scores.answered} dari ${a.scores.of}`, decimalId(a.scores.total)],
      ],
      { boldLast: true },
    );
    para(doc, `Kategori: ${bandText(a)}`, { bold: true });
    para(
      doc,
      a.scores.formula
        ? `Perhitungan: ${a.scores.formula.replaceAll('.', ',')} = ${decimalId(a.scores.total)}`
        : 'Perhitungan: belum semua aspek dinilai, nilai total belum dapat dihitung.',
      { size: 9, color: MUTED },
    );
  }
}

function findingHeader(doc: Doc, f: ReportFinding, n: number) {
  ensure(doc, 110);
  para(doc, `Temuan ${n}. ${f.title}`, { bold: true });
  const lines = [
    `Unit: ${f.unitName}`,
    ...(f.indicatorName ? [`Indikator: ${f.indicatorName}`] : []),
    `Tingkat: ${SEVERITY_ID[f.severity]}`,
    `Penanggung jawab tindak lanjut: ${f.assignee === 'agency' ? 'Instansi' : 'Pengelola MPP'}`,
    `Batas waktu: ${dateId(f.dueAt.toISOString().slice(0, 10))}`,
  ];
  para(doc, lines.join('\n'), { size: 9 });
}

function photosOf(doc: Doc, f: ReportFinding, photos: Map<string, Buffer | null>) {
  const shown = f.photos.filter((p) => photos.has(p.id));
  if (shown.length === 0) return;
  para(doc, `Foto bukti (${shown.length}):`, { size: 9, color: MUTED });
  let x = MARGIN;
  let rowTop = doc.y;
  for (const p of shown) {
    if (x + PHOTO_BOX.width > MARGIN + width(doc)) {
      x = MARGIN;
      rowTop += PHOTO_BOX.height + 8;
    }
    if (rowTop + PHOTO_BOX.height > doc.page.height - MARGIN) {
      doc.addPage();
      rowTop = doc.y;
      x = MARGIN;
    }
    const bytes = photos.get(p.id);
    if (bytes) {
      try {
        doc.image(bytes, x, rowTop, { fit: [PHOTO_BOX.width, PHOTO_BOX.height] });
      } catch {
        doc.font('Helvetica').fontSize(8).fillColor(MUTED).text(`(foto ${p.id} tidak terbaca)`, x, rowTop);
      }
    } else {
      doc
        .font('Helvetica')
        .fontSize(8)
        .fillColor(MUTED)
        .text(`(berkas foto ${p.id} tidak ditemukan)`, x, rowTop);
    }
    x += PHOTO_BOX.width + 12;
  }
  doc.x = MARGIN;
  doc.y = rowTop + PHOTO_BOX.height + 8;
}

function findings(doc: Doc, data: EvaluationReportData, photos: Map<string, Buffer | null>) {
  heading(doc, '5. Temuan dan rekomendasi');
  if (data.findings.length === 0) {
    para(doc, 'Tidak ada temuan.');
    return;
  }
  para(
    doc,
    `${data.findings.length} temuan, dari indikator yang nilainya di bawah ambang batas dan pengamatan tim.`,
  );
  data.findings.forEach((f, i) => {
    findingHeader(doc, f, i + 1);
    if (f.evidence) para(doc, `Bukti: ${f.evidence}`, { size: 9 });
    para(doc, `Rekomendasi: ${f.recommendation}`, { size: 9, bold: true });
    photosOf(doc, f, photos);
    doc.moveDown(0.4);
  });
}

function followUp(doc: Doc, data: EvaluationReportData, photos: Map<string, Buffer | null>) {
  heading(doc, '3. Status tindak lanjut');
  const count = (s: ReportFinding['status']) => data.findings.filter((f) => f.status === s).length;
  const overdue = data.findings.filter((f) => f.status !== 'closed' && f.dueAt < data.issuedAt).length;
  table(
    doc,
    [
      { header: 'Status', width: 260 },
      { header: 'Jumlah temuan', width: 100, align: 'right' },
    ],
    [
      ...(['closed', 'answered', 'returned', 'open'] as const).map((s) => [STATUS_ID[s], String(count(s))]),
      ['Melewati batas waktu (belum selesai)', String(overdue)],
      ['Jumlah', String(data.findings.length)],
    ],
    { boldLast: true },
  );
  heading(doc, '4. Tindak lanjut per temuan');
  if (data.findings.length === 0) para(doc, 'Tidak ada temuan.');
  data.findings.forEach((f, i) => {
    findingHeader(doc, f, i + 1);
    para(doc, `Rekomendasi: ${f.recommendation}`, { size: 9 });
    const late = f.status !== 'closed' && f.dueAt < data.issuedAt;
    para(
      doc,
      `Status: ${STATUS_ID[f.status]}${f.closedAt ? ` pada ${dateId(f.closedAt.toISOString().slice(0, 10))}` : ''}${late ? ' - MELEWATI BATAS WAKTU' : ''}`,
      { size: 9, bold: true, color: late ? '#a33a00' : INK },
    );
    if (f.actions.length === 0) para(doc, 'Belum ada tindak lanjut.', { size: 9, color: MUTED });
    else
      table(
        doc,
        [
          { header: 'Tanggal', width: 75 },
          { header: 'Jenis', width: 95 },
          { header: 'Uraian', width: 200 },
          { header: 'Oleh', width: 90 },
        ],
        f.actions.map((a) => [
          dateId(a.doneOn ?? a.at.toISOString().slice(0, 10)),
          ACTION_ID[a.kind],
          a.evidence ? `${a.text} (bukti: ${a.evidence})` : a.text,
          a.actorName,
        ]),
      );
    photosOf(doc, f, photos);
  });
}

function signature(doc: Doc, data: EvaluationReportData) {
  const { lead } = teamOf(data);
  ensure(doc, 150);
  doc.moveDown(1.5);
  const x = MARGIN + width(doc) / 2;
  const w = width(doc) / 2;
  doc
    .font('Helvetica')
    .fontSize(10)
    .fillColor(INK)
    .text(`${data.site.city}, ${dateId(data.issuedOn)}`, x, doc.y, { width: w, align: 'center' })
    .text('Ketua Tim Monitoring dan Evaluasi', { width: w, align: 'center' });
  doc.moveDown(4);
  doc.font('Helvetica-Bold').text(lead ?? '(........................................)', x, doc.y, {
    width: w,
    align: 'center',
    underline: true,
  });
  doc.x = MARGIN;
  const statuses = [...new Set(data.assessments.map((a) => ASSESSMENT_STATUS_ID[a.status] ?? a.status))];
  doc.moveDown(2);
  para(doc, `Status penilaian saat laporan diterbitkan: ${statuses.join(', ')}. Disusun dengan Atap.`, {
    size: 8,
    color: MUTED,
  });
}

function pageNumbers(doc: Doc, data: EvaluationReportData) {
  pageFooters(doc, (page, count) => `${data.number} - halaman ${page} dari ${count}`);
}

/** This report's headings are a size smaller than the survey report's; a missing figure reads '-'. */
const heading = (doc: Doc, text: string) => headingOf(doc, text, 12);
const decimalId = (text: string | null) => decimalOr(text, '-');
