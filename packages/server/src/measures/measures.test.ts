import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, japanTimeOf, type ErrorCode, type TMeasureInput } from '@yorisoi/shared';
import { eq } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { createTenant, signInAs, type TenantFixture } from '../testing/fixtures.ts';
import { TestClient } from '../testing/test-client.ts';
import { snapshotDatabase } from '../testing/db-snapshot.ts';
import { auditLog, municipalities } from '../platform/db/schema/index.ts';

let t: TestApp;
let city: TenantFixture;
let other: TenantFixture;
let code: string;
let today: string;

beforeAll(async () => {
  t = await startTestApp();
  city = await createTenant(t.ctx, 'ms');
  other = await createTenant(t.ctx, 'ms-other');
  [{ code }] = (await t.ctx.db
    .select({ code: municipalities.code })
    .from(municipalities)
    .where(eq(municipalities.id, city.municipalityId))) as [{ code: string }];
  today = japanTimeOf(t.ctx.now()).date;
});
afterAll(() => t?.close());

const dialogue: TMeasureInput = {
  areaNo: 8,
  areaTitle: '財政・行政運営',
  title: '自治会単位での草の根対話会を全自治公民館で開催',
  text: '市長と住民が対話を行う草の根対話ミーティングをすべての自治会で実施',
  ownerSection: '地域づくり課（架空）',
  status: 'in_progress',
};

async function expectRefused(
  response: Promise<{ statusCode: number; json: () => unknown }>,
  status: number,
  errorCode: ErrorCode,
) {
  const r = await response;
  expect(r.statusCode).toBe(status);
  expect((r.json() as { error: { code: string } }).error.code).toBe(errorCode);
}

describe('measures tracker', () => {
  it('city staff keep a measure and its figures; residents read it without signing in', async () => {
    const staff = await signInAs(t, city.people.cityStaff);
    const { measure } = await staff.ok('createMeasure', { body: dialogue });
    await staff.ok('createMeasure', {
      body: { ...dialogue, areaNo: 3, areaTitle: '子育て支援', title: '保育士の再就職支援窓口' },
    });
    await staff.ok('addMeasureIndicator', {
      params: { id: measure.id },
      body: {
        label: '草の根対話を行った自治会',
        value: 104,
        unit: '自治会',
        asOf: '2024-03-31',
        source: '広報ひおき 令和6年2月号',
      },
    });
    const updated = await staff.ok('updateMeasure', {
      params: { id: measure.id },
      body: { status: 'achieved', title: dialogue.title },
    });
    expect(updated.measure.status).toBe('achieved');

    const board = await new TestClient(t.app).ok('getPublicMeasures', { params: { code } });
    expect(board.areas.map((a) => a.areaNo)).toEqual([3, 8]);
    const shown = board.areas[1]!.measures[0]!;
    expect(shown.status).toBe('achieved');
    expect(shown.indicators).toEqual([
      expect.objectContaining({ value: 104, unit: '自治会', asOf: '2024-03-31' }),
    ]);
    expect(board.counts).toMatchObject({ achieved: 1, in_progress: 1, not_started: 0 });

    // Another city's public page shows none of these.
    const otherCode = (
      await t.ctx.db
        .select({ code: municipalities.code })
        .from(municipalities)
        .where(eq(municipalities.id, other.municipalityId))
    )[0]!.code;
    const otherBoard = await new TestClient(t.app).ok('getPublicMeasures', {
      params: { code: otherCode },
    });
    expect(otherBoard.areas).toEqual([]);

    const history = await staff.ok('getMeasureHistory', { params: { id: measure.id } });
    expect(history.revisions.map((r) => r.kind)).toEqual(['updated', 'indicator_added', 'created']);
    // Only the field that really changed is recorded, with who changed it.
    expect(history.revisions[0]!.changes).toEqual([
      { field: 'status', before: 'in_progress', after: 'achieved' },
    ]);
    expect(history.revisions[0]!.changedBy).toBe(city.people.cityStaff.displayName);

    const actions = await t.ctx.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.targetId, measure.id));
    expect(actions.map((a) => a.action).sort()).toEqual([
      'measure.created',
      'measure.indicator_added',
      'measure.updated',
    ]);
  });

  it('refuses a figure without date or source, and anyone but the city’s staff; nothing changes', async () => {
    const staff = await signInAs(t, city.people.cityStaff);
    const { measure } = await staff.ok('createMeasure', { body: dialogue });
    const worker = await signInAs(t, city.people.worker);
    const coordinator = await signInAs(t, city.people.coordinator);
    const stranger = await signInAs(t, other.people.cityStaff);
    const figure = {
      label: '就職した人',
      value: 10,
      unit: '人',
      asOf: '2023-12-22' as string | null,
      source: '広報ひおき' as string | null,
    };
    const before = await snapshotDatabase(t.ctx.db);

    const indicator = (body: typeof figure) =>
      staff.call('addMeasureIndicator', { params: { id: measure.id }, body });
    await expectRefused(
      indicator({ ...figure, source: null }),
      400,
      'MEASURE_INDICATOR_NEEDS_SOURCE',
    );
    await expectRefused(
      indicator({ ...figure, source: '   ' }),
      400,
      'MEASURE_INDICATOR_NEEDS_SOURCE',
    );
    await expectRefused(indicator({ ...figure, asOf: null }), 400, 'MEASURE_INDICATOR_NEEDS_DATE');
    await expectRefused(
      indicator({ ...figure, asOf: '2023-02-30' }),
      400,
      'MEASURE_INDICATOR_NEEDS_DATE',
    );
    await expectRefused(
      indicator({ ...figure, asOf: addDays(today, 1) }),
      400,
      'MEASURE_INDICATOR_NEEDS_DATE',
    );
    await expectRefused(
      staff.call('updateMeasure', { params: { id: measure.id }, body: { status: 'in_progress' } }),
      400,
      'MEASURE_NOTHING_CHANGED',
    );
    const bad = await staff.call('updateMeasure', {
      params: { id: measure.id },
      body: { status: 'done' } as never,
    });
    expect(bad.statusCode).toBe(400);

    for (const client of [worker, coordinator]) {
      await expectRefused(
        client.call('updateMeasure', { params: { id: measure.id }, body: { status: 'achieved' } }),
        403,
        'FORBIDDEN',
      );
      await expectRefused(client.call('createMeasure', { body: dialogue }), 403, 'FORBIDDEN');
    }
    // Another city's staff cannot find it.
    await expectRefused(
      stranger.call('updateMeasure', { params: { id: measure.id }, body: { status: 'achieved' } }),
      404,
      'MEASURE_NOT_FOUND',
    );
    await expectRefused(
      stranger.call('addMeasureIndicator', { params: { id: measure.id }, body: figure }),
      404,
      'MEASURE_NOT_FOUND',
    );
    const visitor = new TestClient(t.app);
    expect((await visitor.call('createMeasure', { body: dialogue })).statusCode).toBe(401);

    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  });
});
