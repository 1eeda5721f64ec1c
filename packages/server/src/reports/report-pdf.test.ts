import zlib from 'node:zlib';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TReport } from '@yorisoi/shared';
import { loadConfig } from '../config/config.ts';
import { renderReportPdf } from './report-pdf.ts';
import { japaneseDate } from './report-dates.ts';

/** Every stream of the PDF, inflated where it is compressed. */
function streamsOf(pdf: Buffer): string {
  const text = pdf.toString('latin1');
  const out: string[] = [];
  const re = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (text.slice(m.index - 3, m.index) === 'end') continue;
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    const raw = pdf.subarray(start, end);
    try {
      out.push(zlib.inflateSync(raw).toString('latin1'));
    } catch {
      out.push(raw.toString('latin1'));
    }
    re.lastIndex = end;
  }
  return out.join('\n');
}

const hex = (s: string) =>
  [...s].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0').toLowerCase());

export const sampleReport: TReport = {
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'policy',
  organizationId: null,
  organizationName: null,
  municipalityName: '日置市',
  title: '働く人の保健室 政策提言レポート',
  status: 'published',
  createdAt: '2026-11-20T00:00:00.000Z',
  approvedAt: '2026-11-21T00:00:00.000Z',
  publishedAt: '2026-11-22T00:00:00.000Z',
  revision: 2,
  approvedRevision: 2,
  reviews: [],
  draft: {
    summary: '両立支援の相談が多く寄せられました。',
    findings: [{ text: '育児の相談が目立ちます。', table: 'topics' }],
    proposals: [{ text: '説明会を開きます。', practice: null }],
    ownText: '市は事業所と取組を進めます。',
    nationalFigures: ['k6_10_2019'],
  },
  content: {
    minimumGroupSize: 10,
    period: { from: '2025-11', to: '2026-10' },
    topics: { label: '相談テーマ別', rows: ['育児', '介護'], counts: [12, null], total: null },
    surveys: [],
    recommendations: [
      {
        topic: 'work_style',
        title: '勤務間インターバル制度の導入',
        summary: '休息時間を確保します。',
        sourceNote: '厚生労働省',
      },
    ],
  },
};

describe('report PDF', () => {
  const fontPath = loadConfig({}).reportFontPath;
  it.skipIf(!fs.existsSync(fontPath))(
    'is a valid PDF with the Japanese font embedded and the title as text',
    async () => {
      const pdf = await renderReportPdf(sampleReport, { fontPath });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.subarray(-6).toString()).toContain('%%EOF');
      const raw = pdf.toString('latin1');
      expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansCJKjp-Regular/);
      expect(raw).toMatch(/\/FontFile[23]?/);
      // The ToUnicode map of the embedded subset maps glyphs back to every title character.
      const streams = streamsOf(pdf).toLowerCase();
      for (const code of hex(sampleReport.title.replace(/\s/g, ''))) {
        expect(streams, code).toContain(`<${code}>`);
      }
      // The mark for hidden counts with its footnote, page numbers ("1 / 1") under the page,
      // and the sections the city wrote, the national figure with its source among them.
      for (const code of hex('—非公表/')) expect(streams, code).toContain(`<${code}>`);
      for (const text of [
        '概要',
        '所見',
        '提案',
        '全国の参考値',
        '国民生活基礎調査',
        '日置市から',
      ]) {
        for (const code of hex(text)) expect(streams, `${text} ${code}`).toContain(`<${code}>`);
      }
    },
  );

  it('writes dates the Japanese way', () => {
    expect(japaneseDate('2026-11-22T00:00:00.000Z')).toBe('令和8年11月22日（2026年11月22日）');
  });
});
