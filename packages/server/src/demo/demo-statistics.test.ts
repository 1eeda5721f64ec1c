import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { municipalities, organizations } from '../platform/db/schema/index.ts';
import { actorOf } from '../testing/statistics-fixtures.ts';
import { lastClosedMonth, queryProtectedTable } from '../insights/statistics.service.ts';
import { seedDemo } from './seed-demo.ts';
import { useTestApp } from '../testing/use-test-app.ts';

const t = useTestApp();
beforeAll(async () => {
  await seedDemo(t.ctx);
}, 120_000);

describe('demo statistics of 日置市', () => {
  it('fill the dashboards with published counts and some hidden small cells', async () => {
    const [hioki] = await t.ctx.db
      .select({ id: municipalities.id })
      .from(municipalities)
      .where(eq(municipalities.code, '462187'));
    const to = lastClosedMonth(t.ctx.now());
    const [year, month] = to.split('-').map(Number) as [number, number];
    const from = month === 12 ? `${year}-01` : `${year - 1}-${String(month + 1).padStart(2, '0')}`;
    const city = await queryProtectedTable(t.ctx, {
      actor: actorOf('city_staff', hioki!.id),
      audience: 'city',
      dimensions: ['topic'],
      period: { from, to },
    });
    const cells = city.cells.flat();
    expect(cells.every((c) => c !== null && c >= 10)).toBe(true);

    // A year by month at k = 10 shows trends: most cells of the common topics are
    // published, mental health in every month, and it rises in spring.
    const trend = await queryProtectedTable(t.ctx, {
      actor: actorOf('city_staff', hioki!.id),
      audience: 'city',
      dimensions: ['topic', 'month'],
      period: { from, to },
    });
    const published = trend.cells.flat().filter((c) => c !== null).length;
    expect(published / trend.cells.flat().length).toBeGreaterThan(0.5);
    const mental = trend.cells[trend.rows.indexOf('mental_health')]!;
    expect(mental.every((c) => c !== null && c >= 10)).toBe(true);
    const may = mental[trend.columns!.findIndex((m) => m.endsWith('-05'))]!;
    const october = mental[trend.columns!.findIndex((m) => m.endsWith('-10'))]!;
    expect(may).toBeGreaterThan(october!);
    // The rare topics stay hidden month by month.
    const fertility = trend.rows.indexOf('fertility_treatment');
    expect(trend.cells[fertility]!.some((c) => c === null)).toBe(true);

    // Coarser views of the same records, released to the same audience after the months
    // (so judged against them by the ledger and the history audit), show what months hide.
    const byQuarter = await queryProtectedTable(t.ctx, {
      actor: actorOf('city_staff', hioki!.id),
      audience: 'city',
      dimensions: ['topic', 'quarter'],
      period: { from, to },
    });
    expect(byQuarter.columns).toHaveLength(4);
    const hiddenShare = (table: typeof trend) =>
      table.cells.flat().filter((c) => c === null).length / table.cells.flat().length;
    expect(hiddenShare(byQuarter)).toBeLessThan(hiddenShare(trend));
    const byArea = await queryProtectedTable(t.ctx, {
      actor: actorOf('city_staff', hioki!.id),
      audience: 'city',
      dimensions: ['topicGroup', 'month'],
      period: { from, to },
    });
    expect(byArea.rows).toEqual(['health', 'lifeStage', 'care', 'work', 'other']);
    expect(hiddenShare(byArea)).toBeLessThan(hiddenShare(trend));

    const [employer] = await t.ctx.db
      .select({ id: organizations.id })
      .from(organizations)
      .where(
        and(
          eq(organizations.municipalityId, hioki!.id),
          eq(organizations.name, '株式会社ゆのもと食品（架空）'),
        ),
      );
    const own = await queryProtectedTable(t.ctx, {
      actor: actorOf('employer_admin', hioki!.id, employer!.id),
      audience: 'employer',
      dimensions: ['severity'],
      period: { from, to },
    });
    expect(own.scope.kind).toBe('organization');
    expect(own.total).toBeGreaterThanOrEqual(10);
  });
});
