import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { reports, surveyResponses } from '../platform/db/schema/index.ts';
import { japanTimeOf, type TReportContent } from '@yorisoi/shared';
import { seedDemo } from './seed-demo.ts';
import { TestClient } from '../testing/test-client.ts';
import { useTestApp } from '../testing/use-test-app.ts';

const t = useTestApp();

describe('demo employee voice', () => {
  it('seeds a survey with enough anonymous answers and two published reports for 日置市', async () => {
    expect(await seedDemo(t.ctx)).toBe(true);
    expect((await t.ctx.db.select().from(surveyResponses)).length).toBe(24);
    const published = await t.ctx.db.select().from(reports).where(eq(reports.status, 'published'));
    expect(published.map((r) => r.kind).sort()).toEqual(['policy', 'workplace']);
    const workplace = published.find((r) => r.kind === 'workplace')!;
    const content = workplace.content as TReportContent;
    expect(content.surveys).toHaveLength(1);
    for (const q of content.surveys[0]!.questions) {
      if (q.kind !== 'likert') continue;
      for (const c of [...q.counts, q.total]) if (c !== null) expect(c === 0 || c >= 10).toBe(true);
    }
  });
});

describe('demo events', () => {
  it('has events of several kinds for 日置市 and 鹿児島市 by their codes, one full with a waiting list', async () => {
    const resident = new TestClient(t.app);
    const now = japanTimeOf(t.ctx.now());
    const months = [0, 1].map((ahead) => {
      const month = ((now.month - 1 + ahead) % 12) + 1;
      const year = now.year + (now.month - 1 + ahead >= 12 ? 1 : 0);
      return `${year}-${String(month).padStart(2, '0')}`;
    });
    for (const code of ['462187', '462012']) {
      const items = (
        await Promise.all(
          months.map((month) =>
            resident.ok('listPublicEvents', { params: { code }, query: { month } }),
          ),
        )
      ).flatMap((list) => list.items);
      expect(new Set(items.map((e) => e.kind)).size).toBeGreaterThanOrEqual(5);
      for (const event of items) {
        if (event.placeName) expect(event.placeName).toContain('（架空）');
      }
      if (code === '462187') {
        expect(items.some((e) => e.seatsLeft === 0 && e.waitingCount > 0)).toBe(true);
      }
    }
  });
});
