import type PDFDocument from 'pdfkit';

/**
 * The page furniture of Atap's A4 reports (the satisfaction survey's, the evaluation's to the regional
 * secretary): margins and colours, headings, paragraphs, page breaks, tables whose header repeats on a new page,
 * and a footer on each page. PDF's built-in Helvetica (no font file to ship).
 */

export type Doc = InstanceType<typeof PDFDocument>;

export const MARGIN = 56;
export const INK = '#1a1a1a';
export const MUTED = '#555555';
const RULE = '#9a9a9a';
const SHADE = '#e8eef3';

export interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right' | 'center';
}

export const width = (doc: Doc) => doc.page.width - MARGIN * 2;

export function heading(doc: Doc, text: string, size = 13) {
  ensure(doc, 60);
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(size).fillColor(INK).text(text, MARGIN);
  doc.moveDown(0.3);
}

export function para(
  doc: Doc,
  text: string,
  options: { color?: string; size?: number; bold?: boolean } = {},
) {
  doc
    .font(options.bold ? 'Helvetica-Bold' : 'Helvetica')
    .fontSize(options.size ?? 10)
    .fillColor(options.color ?? INK)
    .text(text, MARGIN, doc.y, { width: width(doc) });
  doc.moveDown(0.3);
}

/** Starts a new page when less than `space` points are left on this one. */
export function ensure(doc: Doc, space: number) {
  if (doc.y + space > doc.page.height - MARGIN) doc.addPage();
}

export function table(doc: Doc, columns: Column[], rows: string[][], options: { boldLast?: boolean } = {}) {
  const total = columns.reduce((n, c) => n + c.width, 0);
  const scale = width(doc) / total;
  const widths = columns.map((c) => c.width * scale);
  const pad = 4;
  const rowHeight = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    return (
      Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: (widths[i] ?? 0) - pad * 2 }))) +
      pad * 2
    );
  };
  const drawRow = (cells: string[], bold: boolean, shade: boolean) => {
    const h = rowHeight(cells, bold);
    if (doc.y + h > doc.page.height - MARGIN) {
      doc.addPage();
      if (!shade)
        drawRow(
          columns.map((c) => c.header),
          true,
          true,
        );
    }
    const y = doc.y;
    let x = MARGIN;
    if (shade) doc.rect(MARGIN, y, width(doc), h).fill(SHADE);
    cells.forEach((cell, i) => {
      const w = widths[i] ?? 0;
      doc
        .font(bold ? 'Helvetica-Bold' : 'Helvetica')
        .fontSize(9)
        .fillColor(INK)
        .text(cell, x + pad, y + pad, { width: w - pad * 2, align: columns[i]?.align ?? 'left' });
      x += w;
    });
    doc
      .moveTo(MARGIN, y + h)
      .lineTo(MARGIN + width(doc), y + h)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc.x = MARGIN;
    doc.y = y + h;
  };
  ensure(doc, 40);
  drawRow(
    columns.map((c) => c.header),
    true,
    true,
  );
  rows.forEach((row, i) => {
    drawRow(row, options.boldLast === true && i === rows.length - 1, false);
  });
  doc.moveDown(0.6);
}

/** A footer line on each buffered page from `first` on (a cover page may go without): its text from its number. */
export function pageFooters(doc: Doc, textOf: (page: number, count: number) => string, first = 0) {
  const range = doc.bufferedPageRange();
  for (let i = range.start + first; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(MUTED)
      .text(textOf(i + 1, range.count), MARGIN, doc.page.height - 36, {
        width: width(doc),
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}
