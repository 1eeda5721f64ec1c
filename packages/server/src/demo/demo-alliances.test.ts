import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { TestClient } from '../testing/test-client.ts';
import { seedDemo } from './seed-demo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await seedDemo(t.ctx);
}, 120_000);
afterAll(() => t?.close());

describe('demo alliances', () => {
  it('shows 鹿児島市イクボス推進同盟 growing from 32 to 81 fictional members', async () => {
    const visitor = new TestClient(t.app);
    const list = await visitor.ok('listPublicAlliances', { params: { code: '462012' } });
    const [alliance] = list.items;
    expect(alliance).toMatchObject({ name: '鹿児島市イクボス推進同盟', memberCount: 81 });
    const page = await visitor.ok('getPublicAlliance', {
      params: { code: '462012', id: alliance!.id },
    });
    expect(page.growth.slice(0, 4).map((y) => [y.fiscalYear, y.members])).toEqual([
      [2017, 32],
      [2018, 50],
      [2019, 67],
      [2020, 81],
    ]);
    expect(page.growth.at(-1)?.members).toBe(81);
    expect(page.members.every((m) => m.name.endsWith('（架空）'))).toBe(true);
    expect(page.members.some((m) => m.declared)).toBe(true);
    expect(new Set(page.members.map((m) => m.name)).size).toBe(81);
  });

  it('lists ひおき共創コンソーシアム with the demo employers, whose admins keep their entry', async () => {
    const visitor = new TestClient(t.app);
    const list = await visitor.ok('listPublicAlliances', { params: { code: '462187' } });
    expect(list.items.map((a) => a.name)).toEqual(['ひおき共創コンソーシアム']);
    const page = await visitor.ok('getPublicAlliance', {
      params: { code: '462187', id: list.items[0]!.id },
    });
    expect(page.members.map((m) => m.name)).toEqual(
      expect.arrayContaining(['株式会社ゆのもと食品（架空）', 'ひおきケアネット株式会社（架空）']),
    );
    expect(page.members.every((m) => m.name.endsWith('（架空）'))).toBe(true);
  });
});
