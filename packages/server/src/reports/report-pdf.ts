import PDFDocument from 'pdfkit';
import type { TReport } from '@yorisoi/shared';
import { japaneseDate } from './report-dates.ts';

const fontName = 'NotoSansCJKjp-Regular';
const hiddenMark = '非公表';

const monthJa = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

/** "n / total" centred under every page, as a city's publications are numbered. */
function numberPages(doc: PDFKit.PDFDocument) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin must not start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .fontSize(9)
      .fillColor('#555555')
      .text(`${i - start + 1} / ${count}`, 0, doc.page.height - 32, {
        width: doc.page.width,
        align: 'center',
      });
    doc.page.margins.bottom = bottom;
  }
}

/**
 * The report as an A4 PDF. The Japanese font is embedded as a subset of the glyphs used;
 * bars are drawn for every published count, hidden cells are labelled, never estimated.
 */
export function renderReportPdf(
  report: TReport,
  options: { fontPath: string; municipalityName: string },
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    // Kept in memory until the end, so that every page can be numbered "n / total".
    bufferPages: true,
    info: { Title: report.title, Author: options.municipalityName },
  });
  doc.registerFont(fontName, options.fontPath, fontName);
  doc.font(fontName);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const content = report.content;
  const k = content.minimumGroupSize;
  doc.fontSize(18).text(report.title);
  doc.moveDown(0.3).fontSize(10);
  doc.text(
    `${options.municipalityName}${report.organizationName ? `\u3000${report.organizationName}` : ''}`,
  );
  if (report.publishedAt) doc.text(`公開日：${japaneseDate(report.publishedAt)}`);
  doc.text(
    `集計のルール：${k}人未満の区分と、そこから人数が逆算できる区分は「${hiddenMark}」とし、数を示していません。`,
  );

  const bars = (label: string, rows: readonly string[], counts: readonly (number | null)[]) => {
    doc.moveDown(0.8).fontSize(13).text(label).fontSize(10);
    const max = Math.max(1, ...counts.map((c) => c ?? 0));
    for (const [i, row] of rows.entries()) {
      const count = counts[i] ?? null;
      const y = doc.y;
      doc.text(row, 50, y, { width: 170 });
      if (count !== null && count > 0) {
        doc
          .rect(225, y + 2, (220 * count) / max, 9)
          .fill('#4a7ab5')
          .fillColor('black');
      }
      doc.text(count === null ? hiddenMark : `${count}人`, 450, y, { width: 95 });
      doc.x = 50;
    }
  };

  if (content.topics) {
    doc
      .moveDown(0.5)
      .fontSize(10)
      .text(`対象期間：${monthJa(content.period.from)}〜${monthJa(content.period.to)}`);
    bars(content.topics.label, content.topics.rows, content.topics.counts);
  }
  for (const survey of content.surveys) {
    doc.moveDown(1).fontSize(14).text(`アンケート：${survey.title}`);
    for (const q of survey.questions) {
      if (q.kind !== 'likert') continue;
      bars(
        q.prompt,
        q.labels.map((l, i) => `${i + 1}. ${l}`),
        q.counts,
      );
    }
  }
  doc.moveDown(1).fontSize(14).text('おすすめの取組');
  for (const r of content.recommendations) {
    doc.moveDown(0.5).fontSize(11).text(`■ ${r.title}`);
    doc.fontSize(9.5).text(r.summary);
    doc.fillColor('#555555').text(`出典：${r.sourceNote}`).fillColor('black');
  }
  numberPages(doc);
  doc.end();
  return done;
}
