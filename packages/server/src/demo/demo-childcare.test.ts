import { beforeAll, describe, expect, it } from 'vitest';
import { japanFiscalYearOf } from '@yorisoi/shared';
import { TestClient } from '../testing/test-client.ts';
import { seedDemo } from './seed-demo.ts';
import { useTestApp } from '../testing/use-test-app.ts';

const t = useTestApp();
beforeAll(async () => {
  await seedDemo(t.ctx);
}, 120_000);

describe('demo childcare data', () => {
  it('lets a resident of 日置市 find the nurseries that would take a one-year-old next April, with room', async () => {
    const nextFiscalYear = japanFiscalYearOf(t.ctx.now()) + 1;
    const nextApril = `${nextFiscalYear}-04-01`;
    const birthDate = `${nextFiscalYear - 2}-08-20`;
    const resident = new TestClient(t.app);
    const result = await resident.ok('searchChildcareFacilities', {
      params: { code: '462187' },
      query: { birthDate, on: nextApril, kind: 'licensed_nursery' },
    });
    expect(result.facilities).toHaveLength(22);
    expect(result.facilities.every((f) => f.name.endsWith('（架空）'))).toBe(true);
    expect(result.facilities[0]!.matched[0]!.text).toMatch(
      /^1歳児クラス（令和\d+年度）を受け入れ$/,
    );
    const withRoom = result.facilities.filter((f) => (f.vacancy?.classes[0]?.count ?? 0) > 0);
    expect(withRoom.length).toBeGreaterThan(0);
    const areas = new Set(result.facilities.map((f) => f.area));
    expect([...areas].sort()).toEqual(['伊集院', '吹上', '日吉', '東市来'].sort());
  });

  it('publishes twelve months of the 受け入れ状況表 with the nurseries that have not updated marked', async () => {
    const table = await new TestClient(t.app).ok('getPublicVacancyTable', {
      params: { code: '462187' },
    });
    expect(table.months).toHaveLength(12);
    expect(table.rows).toHaveLength(22);
    expect(table.rows.filter((r) => r.notUpdatedThisMonth)).toHaveLength(3);
  });

  it('gives 鹿児島市 the kinds of its seed', async () => {
    const search = (kind: 'parent_child_plaza' | 'support_center' | 'children_center') =>
      new TestClient(t.app).ok('searchChildcareFacilities', {
        params: { code: '462012' },
        query: { kind },
      });
    expect((await search('parent_child_plaza')).facilities).toHaveLength(4);
    expect((await search('support_center')).facilities).toHaveLength(9);
    expect((await search('children_center')).facilities).toHaveLength(3);
    const temporary = await new TestClient(t.app).ok('searchChildcareFacilities', {
      params: { code: '462012' },
      query: { service: 'temporaryCare' },
    });
    expect(temporary.facilities.map((f) => f.name)).toContain(
      'すこやか子育て交流館 りぼんかん（架空）',
    );
  });
});
