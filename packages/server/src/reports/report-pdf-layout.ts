/** The look of a report PDF, as a city's publications look: one accent, grey notes, A4. */
export const pdfStyle = {
  margin: 56,
  accent: '#1f5c99',
  bar: '#4a7ab5',
  muted: '#555555',
  rule: '#c8d3df',
  font: 'NotoSansCJKjp-Regular',
} as const;

/** A hidden count: the short mark, explained once under its table. */
export const hiddenMark = '—';

export const monthJa = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

/** Starts a new page when less than `height` points are left above the bottom margin. */
export function keepRoom(doc: PDFKit.PDFDocument, height: number) {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** A section heading: an accent bar at the left, the text beside it. */
export function heading(doc: PDFKit.PDFDocument, text: string) {
  doc.moveDown(0.8);
  keepRoom(doc, 60);
  const x = doc.page.margins.left;
  const y = doc.y;
  doc.rect(x, y + 2, 4, 15).fill(pdfStyle.accent);
  doc
    .fillColor('black')
    .fontSize(14)
    .text(text, x + 12, y);
  doc.x = x;
  doc.moveDown(0.4);
}

/** Body text at the left margin, full width. */
export function paragraph(doc: PDFKit.PDFDocument, text: string, size = 10.5, color = 'black') {
  doc
    .fillColor(color)
    .fontSize(size)
    .text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc), lineGap: 3 });
  doc.fillColor('black');
}

export const contentWidth = (doc: PDFKit.PDFDocument) =>
  doc.page.width - doc.page.margins.left - doc.page.margins.right;

/**
 * A released count table as labelled bars: a bar for every published count, 「—」 for a
 * hidden one (never estimated), and one footnote under a table that has hidden counts.
 */
export function barTable(
  doc: PDFKit.PDFDocument,
  table: { label: string; rows: readonly string[]; counts: readonly (number | null)[] },
  k: number,
) {
  keepRoom(doc, 40);
  paragraph(doc, table.label, 10, pdfStyle.muted);
  doc.moveDown(0.2);
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const labelWidth = width * 0.38;
  const barWidth = width * 0.44;
  const max = Math.max(1, ...table.counts.map((c) => c ?? 0));
  doc.fontSize(9.5);
  for (const [i, row] of table.rows.entries()) {
    keepRoom(doc, 16);
    const count = table.counts[i] ?? null;
    const y = doc.y;
    doc
      .fillColor('black')
      .text(row, left, y, { width: labelWidth - 6, lineBreak: false, ellipsis: true });
    if (count !== null && count > 0) {
      doc.rect(left + labelWidth, y + 2, (barWidth * count) / max, 9).fill(pdfStyle.bar);
    }
    doc
      .fillColor('black')
      .text(count === null ? hiddenMark : `${count}人`, left + labelWidth + barWidth + 6, y, {
        width: width - labelWidth - barWidth - 6,
        align: 'right',
        lineBreak: false,
      });
    doc.x = left;
    doc.y = y + 15;
  }
  if (table.counts.some((c) => c === null)) {
    paragraph(
      doc,
      `「${hiddenMark}」は非公表：${k}人未満の区分と、そこから人数が計算できる区分です。`,
      8.5,
      pdfStyle.muted,
    );
  }
  doc.moveDown(0.5);
}
