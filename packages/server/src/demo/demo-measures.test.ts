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

describe('demo measures', () => {
  it('shows 日置市’s mayor’s measures in 8 areas with the article’s dated figures', async () => {
    const board = await new TestClient(t.app).ok('getPublicMeasures', {
      params: { code: '462187' },
    });
    expect(board.areas.map((a) => a.areaNo)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const measures = board.areas.flatMap((a) => a.measures);
    expect(measures.every((m) => m.ownerSection.endsWith('（架空）'))).toBe(true);
    const dialogue = board.areas[7]!.measures.find((m) => m.title.includes('草の根対話'))!;
    expect(dialogue.indicators.map((i) => [i.value, i.asOf])).toEqual([
      [104, '2024-02-26'],
      [176, '2024-02-26'],
      [72, '2023-03-31'],
    ]);
    const centre = board.areas[2]!.measures.find((m) => m.title.includes('再就職支援'))!;
    expect(centre.indicators.map((i) => `${i.value}${i.unit}@${i.asOf}`)).toEqual([
      '24人@2023-12-22',
      '10人@2023-12-22',
    ]);
    expect(measures.every((m) => m.indicators.every((i) => i.source.length > 0))).toBe(true);
  });
});
