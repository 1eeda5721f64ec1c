import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TPractice, TReportDraft, TUpdateReportDraft } from '@yorisoi/shared';
import { draftFromInput, practiceRef } from './report-draft.ts';

const practice = (id: string, title: string): TPractice => ({
  id,
  topic: 'work_style',
  lifeEvent: null,
  title,
  summary: `${title}の説明`,
  sourceNote: '厚生労働省',
  updatedAt: '2026-12-01T00:00:00.000Z',
});
const ids = ['a', 'b', 'c', 'd'].map((c) => `00000000-0000-4000-8000-00000000000${c}`);
const tableKeys = ['topics', 'survey-0-0', 'survey-0-1'];
const anyKeys = [...tableKeys, 'survey-1-0', 'survey-5-5'];

/**
 * Whatever an editor sends, a draft never cites a table the report does not hold nor a
 * practice that is neither linked already nor in the library; a practice already linked
 * keeps the words it was linked with, even if the library changed it since.
 */
describe('draftFromInput', () => {
  it('keeps only citations the report and library can answer for', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            text: fc.string({ minLength: 1 }),
            table: fc.option(fc.constantFrom(...anyKeys)),
          }),
          { maxLength: 5 },
        ),
        fc.array(fc.record({ text: fc.string(), practiceId: fc.option(fc.constantFrom(...ids)) }), {
          maxLength: 5,
        }),
        fc.subarray(ids),
        fc.subarray(ids),
        (findings, proposals, linkedIds, libraryIds) => {
          const current: TReportDraft = {
            summary: '',
            findings: [],
            proposals: linkedIds.map((id) => ({
              text: '',
              practice: practiceRef(practice(id, '当時の題名')),
            })),
            ownText: '',
            nationalFigures: [],
          };
          const library = new Map(libraryIds.map((id) => [id, practice(id, '今の題名')]));
          const input: TUpdateReportDraft = {
            revision: 1,
            title: '報告',
            summary: '',
            findings,
            proposals,
            ownText: '',
            nationalFigures: [],
          };
          const draft = draftFromInput(input, { tableKeys, current, library });
          const citable =
            findings.every((f) => f.table === null || tableKeys.includes(f.table)) &&
            proposals.every(
              (p) =>
                p.practiceId === null ||
                linkedIds.includes(p.practiceId) ||
                libraryIds.includes(p.practiceId),
            );
          expect(draft !== null).toBe(citable);
          if (!draft) return;
          expect(draft.findings).toEqual(findings);
          for (const [i, p] of draft.proposals.entries()) {
            expect(p.text).toBe(proposals[i]!.text);
            expect(p.practice?.id ?? null).toBe(proposals[i]!.practiceId);
            if (p.practice && linkedIds.includes(p.practice.id)) {
              expect(p.practice.title).toBe('当時の題名');
            }
          }
        },
      ),
    );
  });
});
