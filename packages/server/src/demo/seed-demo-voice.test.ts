import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { reports, surveyResponses } from '../platform/db/schema/index.ts';
import type { TReportContent } from '@yorisoi/shared';
import { seedDemo } from './seed-demo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

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
