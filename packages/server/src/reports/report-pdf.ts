import PDFDocument from 'pdfkit';
import { nationalFiguresOf, reportTables, type TReport } from '@yorisoi/shared';
import { japaneseDate } from './report-dates.ts';
import {
  barTable,
  contentWidth,
  heading,
  hiddenMark,
  keepRoom,
  monthJa,
  paragraph,
  pdfStyle,
} from './report-pdf-layout.ts';

/** The municipality and title at the top of every page after the first, "n / total" below. */
function framePages(doc: PDFKit.PDFDocument, report: TReport) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Writing inside the margins must not start a new page.
    const { top, bottom } = doc.page.margins;
    doc.page.margins.top = 0;
    doc.page.margins.bottom = 0;
    doc.fontSize(8.5).fillColor(pdfStyle.muted);
    if (i > start) {
      doc.text(`${report.municipalityName}\u3000${report.title}`, pdfStyle.margin, 28, {
        width: doc.page.width - 2 * pdfStyle.margin,
        lineBreak: false,
        ellipsis: true,
      });
    }
    doc.text(`${i - start + 1} / ${count}`, 0, doc.page.height - 34, {
      width: doc.page.width,
      align: 'center',
    });
    doc.page.margins.top = top;
    doc.page.margins.bottom = bottom;
  }
}

const kindLine = (report: TReport) =>
  report.kind === 'policy'
    ? '政策提言レポート'
    : `職場改善レポート${report.organizationName ? `：${report.organizationName}` : ''}`;

function titleBlock(doc: PDFKit.PDFDocument, report: TReport) {
  const { content } = report;
  paragraph(doc, `${report.municipalityName}\u3000${kindLine(report)}`, 10, pdfStyle.muted);
  doc.moveDown(0.3).fillColor(pdfStyle.accent).fontSize(20);
  doc.text(report.title, { width: contentWidth(doc) });
  doc.fillColor('black').moveDown(0.4);
  paragraph(doc, `対象期間：${monthJa(content.period.from)}〜${monthJa(content.period.to)}`, 10);
  paragraph(
    doc,
    report.publishedAt
      ? `公開日：${japaneseDate(report.publishedAt)}`
      : `第${report.revision}版（${report.status === 'approved' ? '承認済み・未公開' : '案'}）`,
    10,
  );
  paragraph(
    doc,
    `公表のルール：${content.minimumGroupSize}人未満の区分と、そこから人数が計算できる区分は「${hiddenMark}」とし、数を示していません。`,
    9.5,
    pdfStyle.muted,
  );
  doc.moveDown(0.5);
  const y = doc.y;
  doc
    .moveTo(pdfStyle.margin, y)
    .lineTo(doc.page.width - pdfStyle.margin, y)
    .lineWidth(1)
    .stroke(pdfStyle.rule);
  doc.moveDown(0.3);
}

function findingsAndTables(doc: PDFKit.PDFDocument, report: TReport) {
  const k = report.content.minimumGroupSize;
  const tables = reportTables(report.content);
  const cited = new Set(report.draft.findings.flatMap((f) => (f.table ? [f.table] : [])));
  if (report.draft.findings.length > 0) {
    heading(doc, '所見');
    for (const [i, finding] of report.draft.findings.entries()) {
      keepRoom(doc, 40);
      paragraph(doc, `${i + 1}. ${finding.text}`);
      doc.moveDown(0.3);
      const table = tables.find((t) => t.key === finding.table);
      if (table) barTable(doc, table, k);
    }
  }
  const rest = tables.filter((t) => !cited.has(t.key));
  if (rest.length > 0) {
    heading(doc, '集計');
    for (const table of rest) barTable(doc, table, k);
  }
}

function nationalSection(doc: PDFKit.PDFDocument, report: TReport) {
  const figures = nationalFiguresOf(report.draft.nationalFigures);
  if (figures.length === 0) return;
  heading(doc, '全国の参考値');
  paragraph(
    doc,
    '全国の調査の値です。この報告書の集計とは対象と方法が異なるため、目安としてご覧ください。',
    9.5,
    pdfStyle.muted,
  );
  for (const f of figures) {
    keepRoom(doc, 50);
    doc.moveDown(0.3);
    paragraph(doc, `${f.label.ja}：${f.value}${f.unit}（${f.year}年）`, 10.5);
    paragraph(doc, `出典：${f.source.ja}\u3000${f.url}`, 8.5, pdfStyle.muted);
  }
}

function proposalsSection(doc: PDFKit.PDFDocument, report: TReport) {
  const { proposals } = report.draft;
  if (proposals.length === 0 && report.content.recommendations.length === 0) return;
  heading(doc, '提案');
  const items =
    proposals.length > 0
      ? proposals
      : report.content.recommendations.map((r) => ({ text: '', practice: r }));
  for (const [i, proposal] of items.entries()) {
    keepRoom(doc, 60);
    doc.moveDown(0.3);
    const title = proposal.practice?.title;
    paragraph(doc, `${i + 1}. ${title ?? proposal.text}`, 11);
    if (title && proposal.text) paragraph(doc, proposal.text);
    if (proposal.practice) {
      paragraph(doc, `取組事例：${proposal.practice.summary}`, 9.5);
      paragraph(doc, `出典：${proposal.practice.sourceNote}`, 8.5, pdfStyle.muted);
    }
  }
}

/**
 * The report as an A4 publication: the municipality and title, the period and the
 * disclosure rule, the summary, findings with the tables they cite, the other tables,
 * national reference figures with their sources, proposals with their practices and the
 * municipality's own words; every page numbered "n / total". The Japanese font is embedded
 * as a subset of the glyphs used; hidden cells are marked, never estimated.
 */
export function renderReportPdf(report: TReport, options: { fontPath: string }): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: pdfStyle.margin,
    // Kept in memory until the end, so that every page can be numbered "n / total".
    bufferPages: true,
    info: { Title: report.title, Author: report.municipalityName },
  });
  doc.registerFont(pdfStyle.font, options.fontPath, pdfStyle.font);
  doc.font(pdfStyle.font);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  titleBlock(doc, report);
  if (report.draft.summary) {
    heading(doc, '概要');
    paragraph(doc, report.draft.summary);
  }
  findingsAndTables(doc, report);
  nationalSection(doc, report);
  proposalsSection(doc, report);
  if (report.draft.ownText) {
    heading(doc, `${report.municipalityName}から`);
    paragraph(doc, report.draft.ownText);
  }
  framePages(doc, report);
  doc.end();
  return done;
}
