import crypto from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import {
  ageBoundsOf,
  boundsAdmit,
  checkDigitOf,
  childAgeOn,
  isClassBasedKind,
  parseAcceptanceAge,
  type ChildcareKind,
  addMonths,
  japanFiscalYearOf,
  japanMonthOf,
  japanTimeOf,
  reiwaFiscalYearLabel,
  type TChildcareSearchResult,
  type TEventInput,
} from '@yorisoi/shared';
import { startTestApp } from '../testing/test-app.ts';
import {
  addPerson,
  createNetworkAdmin,
  signInAs,
  type FixturePerson,
} from '../testing/fixtures.ts';
import { TestClient } from '../testing/test-client.ts';
import {
  auditLog,
  childcareFacilities,
  childcareFacilityStaff,
  childcareVacancies,
  municipalities,
  notificationOutbox,
} from '../platform/db/schema/index.ts';
import { runOpenDataCommand } from '../cli/opendata-command.ts';
import { composeNotification } from '../notifications/outbox/compose.ts';
import { importChildcareFacilities } from './opendata/facility-import.service.ts';
import { listFacilities, searchFacilities } from './childcare-facilities.repository.ts';
import { encodeShiftJis } from '../testing/shift-jis.ts';
import { snapshotDatabase } from '../testing/db-snapshot.ts';
import { eventInputAt } from '../testing/event-input.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'childcare');
const other = useTenant(t, 'childcare-other');
let code: string;
let childcare: FixturePerson;
let facilityStaff: FixturePerson;
let otherChildcare: FixturePerson;

/** A code with a valid check digit that no other test municipality has. */
function newMunicipalityCode() {
  const five = `${String(crypto.randomInt(1, 48)).padStart(2, '0')}${String(crypto.randomInt(0, 1000)).padStart(3, '0')}`;
  return `${five}${checkDigitOf(five)}`;
}

const header =
  '全国地方公共団体コード,ID,地方公共団体名,名称,名称_カナ,種別,所在地_連結表記,緯度,経度,電話番号,受入年齢,利用可能曜日,開始時間,終了時間,一時預かりの有無,病児保育の有無,授乳室,独自メモ';
const rowsFor = (c: string) => [
  `${c},H-001,テスト市,ひまわり保育園（架空）,ヒマワリ,認可私立保育所,テスト市伊集院町郡1,31.6,130.4,099-000-0001,６か月～５歳,月～土,7:00,19:00,有,無,有,園庭あり`,
  `${c},H-002,テスト市,つくし小規模保育（架空）,ツクシ,小規模保育事業,テスト市日吉町1,,,099-000-0002,0歳～2歳,月～金,7:30,18:00,無,無,無,`,
  `${c},H-003,テスト市,みなみ児童館（架空）,ミナミ,児童館,テスト市吹上町1,,,099-000-0003,18歳未満,火～日,9:00,17:00,無,無,有,`,
  `${c},H-004,テスト市,そら保育園（架空）,ソラ,認可私立保育所,テスト市伊集院町2,,,099-000-0004,応相談,月～金,8:00,18:00,,,,`,
  `462012,H-005,鹿児島市,よその保育園（架空）,ヨソ,認可私立保育所,鹿児島市1,,,,,,,,,,,`,
];
const csv = (c: string) => [header, ...rowsFor(c)].join('\r\n');

async function runCli(args: string[], input: Uint8Array = new Uint8Array()) {
  let out = '';
  let err = '';
  const exit = await runOpenDataCommand(t.ctx, args, {
    readInput: async () => input,
    write: (text) => (out += text),
    writeError: (text) => (err += text),
  });
  return { exit, out, err };
}

const anonymous = () => new TestClient(t.app);
const facilityId = async (sourceId: string) => {
  const [row] = await t.ctx.db
    .select({ id: childcareFacilities.id })
    .from(childcareFacilities)
    .where(
      and(
        eq(childcareFacilities.municipalityId, tenant.municipalityId),
        eq(childcareFacilities.sourceId, sourceId),
      ),
    );
  return row!.id;
};

beforeAll(async () => {
  code = newMunicipalityCode();
  await t.ctx.db
    .update(municipalities)
    .set({ code })
    .where(eq(municipalities.id, tenant.municipalityId));
  childcare = await addPerson(t.ctx, {
    municipalityId: tenant.municipalityId,
    role: 'childcare_staff',
    label: 'hoikuka',
  });
  facilityStaff = await addPerson(t.ctx, {
    municipalityId: tenant.municipalityId,
    role: 'facility_staff',
    label: 'en',
  });
  otherChildcare = await addPerson(t.ctx, {
    municipalityId: other.municipalityId,
    role: 'childcare_staff',
    label: 'other',
  });
});

describe('childcare open data', () => {
  it('imports 子育て施設一覧 once, reports rejected rows, and changes nothing the second time', async () => {
    const first = await runCli(
      ['import', '--municipality', code, '--dataset', 'childcare-facilities'],
      encodeShiftJis(csv(code)),
    );
    expect(first.exit).toBe(0);
    const report = JSON.parse(first.out);
    expect(report).toMatchObject({ inserted: 4, updated: 0, unchanged: 0 });
    expect(report.rejected).toEqual([{ line: 6, reason: expect.stringContaining('462012') }]);

    const again = await runCli(
      ['import', '--municipality', code.slice(0, 5), '--dataset', 'childcare-facilities'],
      new TextEncoder().encode(`\uFEFF${csv(code)}`),
    );
    expect(JSON.parse(again.out)).toMatchObject({ inserted: 0, updated: 0, unchanged: 4 });

    const changed = csv(code).replace('099-000-0004', '099-999-9999');
    const third = await runCli(
      ['import', '--municipality', code, '--dataset', 'childcare-facilities'],
      new TextEncoder().encode(changed),
    );
    expect(JSON.parse(third.out)).toMatchObject({ inserted: 0, updated: 1, unchanged: 3 });
  });

  it('changes nothing and exits non-zero for a file it cannot read', async () => {
    const before = await t.ctx.db
      .select()
      .from(childcareFacilities)
      .where(eq(childcareFacilities.municipalityId, tenant.municipalityId));
    const broken = new Uint8Array([
      ...new TextEncoder().encode(`${header}\r\n`),
      0x82,
      0xa0,
      0xff,
      0xfe,
      0x41,
    ]);
    const result = await runCli(
      ['import', '--municipality', code, '--dataset', 'childcare-facilities'],
      broken,
    );
    expect(result.exit).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toContain('何も変更していません');
    const after = await t.ctx.db
      .select()
      .from(childcareFacilities)
      .where(eq(childcareFacilities.municipalityId, tenant.municipalityId));
    expect(after).toEqual(before);
    expect(
      (await runCli(['import', '--municipality', '999999', '--dataset', 'childcare-facilities']))
        .exit,
    ).toBe(2);
  });

  it('exports the current generation for Excel, which imports back unchanged', async () => {
    const exported = await runCli([
      'export',
      '--municipality',
      code,
      '--dataset',
      'childcare-facilities',
    ]);
    expect(exported.out.startsWith('\uFEFF全国地方公共団体コード,ID,地方公共団体名,名称')).toBe(
      true,
    );
    expect(exported.out).toContain('\r\n');
    expect(exported.out).toContain('独自メモ');
    const back = await runCli(
      ['import', '--municipality', code, '--dataset', 'childcare-facilities'],
      new TextEncoder().encode(exported.out),
    );
    expect(JSON.parse(back.out)).toEqual({ inserted: 0, updated: 0, unchanged: 4, rejected: [] });
  });
});

describe('open data through the API', () => {
  it('lets the childcare section import its own file, and nobody else', async () => {
    const data = Buffer.from(encodeShiftJis(csv(code))).toString('base64');
    const section = await signInAs(t, childcare);
    const report = await section.ok('importChildcareFacilities', { body: { data } });
    expect(report).toMatchObject({ inserted: 0, unchanged: 3, updated: 1 });
    const unreadable = await section.call('importChildcareFacilities', {
      body: { data: Buffer.from([0xff, 0xfe, 0x00, 0xd8]).toString('base64') },
    });
    expect(unreadable.json().error.code).toBe('OPENDATA_UNREADABLE');
    const city = await signInAs(t, tenant.people.cityStaff);
    expect(
      (await city.call('importChildcareFacilities', { body: { data } })).json().error.code,
    ).toBe('FORBIDDEN');
    const foreign = await signInAs(t, otherChildcare);
    const elsewhere = await foreign.ok('importChildcareFacilities', { body: { data } });
    expect(elsewhere.inserted).toBe(0);
    expect(elsewhere.rejected).toHaveLength(5);
  });
});

describe('public facility search', () => {
  const today = () => japanTimeOf(t.ctx.now()).date;

  it('finds by birth date and kind, says why, and keeps unreadable ages', async () => {
    const fiscalYearStart = `${japanFiscalYearOf(t.ctx.now()) + 1}-04-01`;
    const birthDate = `${Number(fiscalYearStart.slice(0, 4)) - 2}-06-15`;
    const result: TChildcareSearchResult = await anonymous().ok('searchChildcareFacilities', {
      params: { code },
      query: { birthDate, on: fiscalYearStart, kind: 'licensed_nursery' },
    });
    const child = childAgeOn(birthDate, fiscalYearStart)!;
    expect(result.child).toEqual({
      months: child.months,
      classAge: 1,
      fiscalYear: child.fiscalYear,
    });
    expect(result.facilities.map((f) => f.name)).toEqual([
      'ひまわり保育園（架空）',
      'そら保育園（架空）',
    ]);
    const [himawari, sora] = result.facilities;
    expect(himawari!.matched[0]!.text).toBe(
      `1歳児クラス（${reiwaFiscalYearLabel(child.fiscalYear).ja}）を受け入れ`,
    );
    expect(sora!.matched[0]!.reason).toBe('ageUnreadable');
    expect(sora!.acceptanceAge.text).toBe('応相談');
  });

  it('filters by age bounds, hours and services in SQL', async () => {
    const search = (query: Record<string, string>) =>
      anonymous()
        .ok('searchChildcareFacilities', { params: { code }, query })
        .then((r) => r.facilities.map((f) => f.name).sort());
    const on = today();
    const threeMonthsOld = japanTimeOf(new Date(t.ctx.now().getTime() - 95 * 864e5)).date;
    expect(await search({ birthDate: threeMonthsOld, on })).toEqual(
      ['そら保育園（架空）', 'つくし小規模保育（架空）', 'みなみ児童館（架空）'].sort(),
    );
    expect(await search({ openAt: 'sun 10:00' })).toEqual(['みなみ児童館（架空）']);
    expect(await search({ openAt: 'mon 18:30' })).toEqual(['ひまわり保育園（架空）']);
    expect(await search({ service: 'nursingRoom' })).toEqual(
      ['ひまわり保育園（架空）', 'みなみ児童館（架空）'].sort(),
    );
    expect(await search({ area: '日吉' })).toEqual(['つくし小規模保育（架空）']);
  });

  it('refuses a future or too-early birth date and an unknown municipality with catalog errors', async () => {
    const future = `${Number(today().slice(0, 4)) + 1}-01-01`;
    for (const birthDate of [future, '1899-12-31']) {
      const response = await anonymous().call('searchChildcareFacilities', {
        params: { code },
        query: { birthDate },
      });
      expect(response.json().error.code).toBe('CHILD_BIRTH_DATE_INVALID');
    }
    const response = await anonymous().call('searchChildcareFacilities', {
      params: { code: '462180' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('MUNICIPALITY_CODE_UNKNOWN');
    const invalidDay = await anonymous().call('searchChildcareFacilities', {
      params: { code },
      query: { on: '2026-02-30' },
    });
    expect(invalidDay.json().error.code).toBe('DATE_INVALID');
  });

  it('shows one facility with its whole record, not another municipality’s', async () => {
    const id = await facilityId('H-001');
    const detail = await anonymous().ok('getPublicChildcareFacility', { params: { code, id } });
    expect(detail.name).toBe('ひまわり保育園（架空）');
    expect(detail.record['独自メモ']).toBe('園庭あり');
    expect(detail.services).toEqual(['temporaryCare', 'nursingRoom']);
    const foreign = await anonymous().call('getPublicChildcareFacility', {
      params: { code: '462012', id },
    });
    expect(foreign.statusCode).toBe(404);
  });
});

describe('the search in SQL', () => {
  it('admits exactly the children the pure age rule admits, for any birth date and day', async () => {
    const texts = [
      '６か月～５歳',
      '産休明け～５歳',
      '生後57日～就学前',
      '未就学児',
      '18歳未満',
      '0歳～2歳',
      '1歳6ヶ月～',
      '3歳以上',
      '小学生',
      '応相談',
      '',
      '1歳～5歳',
      '～2歳',
      '0～5歳児',
      '生後43日～3歳未満',
    ];
    const kindsWritten = ['認可私立保育所', '児童館', '小規模保育事業', '地域子育て支援センター'];
    const rows = texts.flatMap((age, i) =>
      kindsWritten.map((kind, k) => `${i}-${k},施設${i}-${k}（架空）,${kind},${age}`),
    );
    const municipality = { code: newMunicipalityCode(), name: '性質市' };
    const [m] = await t.ctx.db
      .insert(municipalities)
      .values({ ...municipality, prefecture: 'テスト県' })
      .returning();
    const file = new TextEncoder().encode(['ID,名称,種別,受入年齢', ...rows].join('\n'));
    await importChildcareFacilities(t.ctx, {
      municipality: { ...municipality, id: m!.id },
      bytes: file,
      actor: null,
    });
    const all = await listFacilities(t.ctx.db, { municipalityId: m!.id });
    const day = fc
      .integer({ min: Date.UTC(2015, 0, 1) / 864e5, max: Date.UTC(2035, 11, 31) / 864e5 })
      .map((n) => new Date(n * 864e5).toISOString().slice(0, 10));
    await fc.assert(
      fc.asyncProperty(day, day, async (a, b) => {
        const [birthDate, on] = a <= b ? [a, b] : [b, a];
        const child = childAgeOn(birthDate, on)!;
        const found = await searchFacilities(t.ctx.db, {
          municipalityId: m!.id,
          filters: {
            child,
            kind: undefined,
            area: undefined,
            openAt: undefined,
            service: undefined,
          },
          limit: 1000,
        });
        const expected = all.filter((f) =>
          boundsAdmit(
            ageBoundsOf(
              parseAcceptanceAge(f.acceptanceAgeText ?? ''),
              isClassBasedKind(f.kind as ChildcareKind),
            ),
            child,
          ),
        );
        expect(found.map((f) => f.id).sort()).toEqual(expected.map((f) => f.id).sort());
      }),
      { numRuns: 40 },
    );
  });
});

describe('the public API', () => {
  it('is in the OpenAPI document', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const paths = Object.keys(response.json().paths);
    expect(paths).toContain('/api/public/municipalities/{code}/childcare-facilities');
    expect(paths).toContain('/api/public/municipalities/{code}/childcare-vacancies');
    expect(paths).toContain('/api/public/municipalities/{code}/childcare-vacancies/export');
    expect(paths).toContain('/api/childcare/opendata/vacancies');
  });

  it('is rate-limited per address', async () => {
    const limited = await startTestApp({ PUBLIC_API_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const client = new TestClient(limited.app);
      const codesOf = async (call: () => Promise<{ statusCode: number }>) => {
        const codes = [];
        for (let i = 0; i < 4; i++) codes.push((await call()).statusCode);
        return codes;
      };
      const from = { params: { code: '462187' }, remoteAddress: '192.0.2.7' };
      expect(await codesOf(() => client.call('searchChildcareFacilities', from))).toEqual([
        404, 404, 404, 429,
      ]);
      expect(
        await codesOf(() => client.call('exportPublicVacancyTable', { ...from, query: {} })),
      ).toEqual([404, 404, 404, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('vacancies', () => {
  const month = () => japanMonthOf(t.ctx.now());
  const previousMonth = () => addMonths(month(), -1);

  it('lets facility staff update their own facility with the version read, pre-filled from last month', async () => {
    const id = await facilityId('H-001');
    await t.ctx.db
      .insert(childcareFacilityStaff)
      .values({ userId: facilityStaff.id, facilityId: id, municipalityId: tenant.municipalityId });
    const staff = await signInAs(t, facilityStaff);
    expect((await staff.ok('listStaffChildcareFacilities')).items.map((f) => f.id)).toEqual([id]);

    const last = await staff.ok('getFacilityVacancies', {
      params: { id },
      query: { month: previousMonth() },
    });
    expect(last).toMatchObject({
      version: null,
      prefilledFrom: null,
      counts: [null, null, null, null, null, null],
    });
    await staff.ok('updateFacilityVacancies', {
      params: { id },
      body: { month: previousMonth(), counts: [0, 2, 3, 0, 1, 6], version: null },
    });

    const form = await staff.ok('getFacilityVacancies', { params: { id } });
    expect(form).toMatchObject({
      month: month(),
      counts: [0, 2, 3, 0, 1, 6],
      version: null,
      prefilledFrom: previousMonth(),
    });
    const saved = await staff.ok('updateFacilityVacancies', {
      params: { id },
      body: { month: month(), counts: [0, 1, 3, 0, 1, 6], version: null },
    });
    expect(saved.version).toBe(1);

    // A second person who read the same month before that save is told, and nothing is overwritten.
    const stale = await staff.call('updateFacilityVacancies', {
      params: { id },
      body: { month: month(), counts: [9, 9, 9, 9, 9, 9], version: null },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VACANCY_CONFLICT');
    const again = await staff.call('updateFacilityVacancies', {
      params: { id },
      body: { month: month(), counts: [9, 9, 9, 9, 9, 9], version: 7 },
    });
    expect(again.json().error.code).toBe('VACANCY_CONFLICT');
    const negative = await staff.call('updateFacilityVacancies', {
      params: { id },
      body: { month: month(), counts: [-1, 0, 0, 0, 0, 0], version: 1 },
    });
    expect(negative.json().error.code).toBe('VALIDATION_FAILED');
    const [row] = await t.ctx.db
      .select()
      .from(childcareVacancies)
      .where(
        and(eq(childcareVacancies.facilityId, id), eq(childcareVacancies.month, `${month()}-01`)),
      );
    expect([row!.age0, row!.age1, row!.version]).toEqual([0, 1, 1]);
    const newer = await staff.ok('updateFacilityVacancies', {
      params: { id },
      body: { month: month(), counts: [0, 1, 2, 0, 1, 6], version: 1 },
    });
    expect(newer.version).toBe(2);
  });

  it('refuses another facility, another tenant and other roles', async () => {
    const otherFacility = await facilityId('H-002');
    const staff = await signInAs(t, facilityStaff);
    const refused = await staff.call('getFacilityVacancies', { params: { id: otherFacility } });
    expect(refused.statusCode).toBe(404);
    const write = await staff.call('updateFacilityVacancies', {
      params: { id: otherFacility },
      body: { month: month(), counts: [1, 1, 1, 1, 1, 1], version: null },
    });
    expect(write.statusCode).toBe(404);
    expect((await staff.call('getVacancyUpdateStatus')).json().error.code).toBe('FORBIDDEN');
    const foreign = await signInAs(t, otherChildcare);
    expect(
      (await foreign.call('getFacilityVacancies', { params: { id: otherFacility } })).statusCode,
    ).toBe(404);
    const city = await signInAs(t, tenant.people.cityStaff);
    expect(
      (await city.call('publishVacancyTable', { body: { month: month() } })).json().error.code,
    ).toBe('FORBIDDEN');
    const network = await signInAs(t, await createNetworkAdmin(t.ctx));
    expect(
      (await network.call('getFacilityVacancies', { params: { id: otherFacility } })).statusCode,
    ).toBe(404);
    expect((await network.call('getVacancyUpdateStatus')).json().error.code).toBe('FORBIDDEN');
    const worker = await signInAs(t, tenant.people.worker);
    expect(
      (await worker.call('getFacilityVacancies', { params: { id: otherFacility } })).statusCode,
    ).toBe(404);
    const rows = await t.ctx.db
      .select()
      .from(childcareVacancies)
      .where(eq(childcareVacancies.facilityId, otherFacility));
    expect(rows).toEqual([]);
  });

  it('lets the childcare section see who has not updated, remind them, publish and choose symbols', async () => {
    const section = await signInAs(t, childcare);
    const himawari = await facilityId('H-001');
    const tsukushi = await facilityId('H-002');
    const status = await section.ok('getVacancyUpdateStatus');
    const byId = new Map(status.facilities.map((f) => [f.facilityId, f]));
    expect(byId.get(himawari)!.updated).toBe(true);
    expect(byId.get(tsukushi)!.updated).toBe(false);
    expect(byId.has(await facilityId('H-003'))).toBe(false);

    const tsukushiStaff = await addPerson(t.ctx, {
      municipalityId: tenant.municipalityId,
      role: 'facility_staff',
      label: 'tsukushi',
    });
    await t.ctx.db.insert(childcareFacilityStaff).values({
      userId: tsukushiStaff.id,
      facilityId: tsukushi,
      municipalityId: tenant.municipalityId,
    });
    const sent = await section.ok('sendVacancyReminders', { body: { month: month() } });
    expect(sent.recipients).toBe(1);
    const queued = await t.ctx.db
      .select()
      .from(notificationOutbox)
      .where(eq(notificationOutbox.userId, tsukushiStaff.id));
    expect(queued.map((q) => q.kind)).toEqual(['vacancy_reminder']);
    const mail = await composeNotification(t.ctx, queued[0]!);
    expect(mail?.mail?.subject).toContain('空き状況の更新をお願いします');
    expect(mail?.mail?.text).toContain('つくし小規模保育（架空）');
    expect(mail?.mail?.text).toContain(`/childcare/facilities/${tsukushi}/vacancies`);
    const again = await section.ok('sendVacancyReminders', {
      body: { month: month(), facilityIds: [himawari] },
    });
    expect(again).toEqual({ facilities: 0, recipients: 0 });

    const unpublished = await anonymous().call('getPublicVacancyTable', {
      params: { code },
      query: { month: month() },
    });
    expect(unpublished.json().error.code).toBe('VACANCY_MONTH_NOT_PUBLISHED');
    await section.ok('publishVacancyTable', { body: { month: previousMonth() } });
    await section.ok('publishVacancyTable', { body: { month: month() } });
    const table = await anonymous().ok('getPublicVacancyTable', { params: { code } });
    expect(table.months).toEqual([month(), previousMonth()]);
    const himawariRow = table.rows.find((r) => r.facilityId === himawari)!;
    expect(himawariRow.classes.map((c) => c.count)).toEqual([0, 1, 2, 0, 1, 6]);
    expect(himawariRow.total).toBe(10);
    expect(himawariRow.notUpdatedThisMonth).toBe(false);
    expect(table.rows.find((r) => r.facilityId === tsukushi)!.notUpdatedThisMonth).toBe(true);

    await section.ok('updateChildcareSettings', { body: { vacancyDisplay: 'symbols' } });
    const symbols = await anonymous().ok('getPublicVacancyTable', { params: { code } });
    const cells = symbols.rows.find((r) => r.facilityId === himawari)!.classes;
    expect(cells.map((c) => c.symbol)).toEqual(['×', '△', '△', '×', '△', '◎']);
    expect(cells.every((c) => c.count === null)).toBe(true);

    const birthDate = `${Number(month().slice(0, 4)) - 2}-01-10`;
    const found = await anonymous().ok('searchChildcareFacilities', {
      params: { code },
      query: { birthDate, kind: 'licensed_nursery' },
    });
    const vacancy = found.facilities.find((f) => f.id === himawari)!.vacancy!;
    expect(vacancy.classes).toHaveLength(1);
    expect(vacancy.month).toBe(month());

    const csvOut = await runCli([
      'export',
      '--municipality',
      code,
      '--dataset',
      'vacancies',
      '--month',
      month(),
    ]);
    expect(csvOut.out.split('\r\n')[0]).toBe(
      '\uFEFF施設・事業名,施設番号,０歳児,１歳児,２歳児,３歳児,４歳児,５歳児,合計,更新日',
    );
    const audit = await t.ctx.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'childcare.vacancies_published'));
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it('invites childcare and facility staff through their section only', async () => {
    const city = await signInAs(t, tenant.people.cityStaff);
    const invited = await city.ok('inviteChildcareStaff', {
      body: { email: `hoiku-${crypto.randomUUID()}@example.jp`, displayName: '保育課 一郎' },
    });
    expect(invited.role).toBe('childcare_staff');
    const section = await signInAs(t, childcare);
    const id = await facilityId('H-003');
    const staff = await section.ok('inviteFacilityStaff', {
      params: { id },
      body: { email: `en-${crypto.randomUUID()}@example.jp`, displayName: '児童館 花子' },
    });
    const [binding] = await t.ctx.db
      .select()
      .from(childcareFacilityStaff)
      .where(eq(childcareFacilityStaff.userId, staff.userId));
    expect(binding!.facilityId).toBe(id);
    const refused = await city.call('inviteFacilityStaff', {
      params: { id },
      body: { email: 'x@example.jp', displayName: 'x' },
    });
    expect(refused.json().error.code).toBe('FORBIDDEN');
  });
});

describe('events held by a facility', () => {
  const hour = 3_600_000;
  const eventInput = (overrides: Partial<TEventInput> = {}) =>
    eventInputAt(t.ctx.now(), 72 * hour, {
      title: '園庭開放（架空）',
      placeName: 'ひまわり保育園（架空）',
      capacity: 10,
      ...overrides,
    });
  /** Facility staff bound to H-001, whatever ran before. */
  async function boundStaff() {
    const himawari = await facilityId('H-001');
    await t.ctx.db
      .insert(childcareFacilityStaff)
      .values({
        userId: facilityStaff.id,
        facilityId: himawari,
        municipalityId: tenant.municipalityId,
      })
      .onConflictDoNothing();
    return { himawari, staff: await signInAs(t, facilityStaff) };
  }

  it('shows the facility’s coming published events and the configured map tiles on its page', async () => {
    const section = await signInAs(t, childcare);
    const himawari = await facilityId('H-001');
    const tsukushi = await facilityId('H-002');
    const shown = await section.ok('createEvent', {
      body: eventInput({ title: '園庭開放（架空）', hostFacilityId: himawari }),
    });
    await section.ok('createEvent', {
      body: eventInput({ title: '下書き（架空）', hostFacilityId: himawari, published: false }),
    });
    await section.ok('createEvent', {
      body: eventInput({ title: 'よその施設（架空）', hostFacilityId: tsukushi }),
    });
    const called = await section.ok('createEvent', {
      body: eventInput({ title: '中止（架空）', hostFacilityId: himawari }),
    });
    await section.ok('cancelEvent', { params: { id: called.id } });

    const detail = await anonymous().ok('getPublicChildcareFacility', {
      params: { code, id: himawari },
    });
    expect(detail.events.map((e) => e.title)).toEqual(['園庭開放（架空）']);
    expect(detail.events[0]!.id).toBe(shown.id);
    expect(detail.mapTiles).toEqual({
      urlTemplate: 'https://cyberjapandata.gsi.go.jp/xyz/std/{z}/{x}/{y}.png',
      attribution: '地理院タイル',
      attributionUrl: 'https://maps.gsi.go.jp/development/ichiran.html',
    });
    const page = await anonymous().call('getPublicChildcareFacility', {
      params: { code, id: himawari },
    });
    expect(page.headers['content-security-policy']).toContain(
      "img-src 'self' data: blob: https://cyberjapandata.gsi.go.jp",
    );
  });

  it('refuses a host facility of another municipality or none at all, changing nothing', async () => {
    const section = await signInAs(t, childcare);
    const otherSection = await signInAs(t, otherChildcare);
    const himawari = await facilityId('H-001');
    const before = await snapshotDatabase(t.ctx.db);
    for (const [client, hostFacilityId] of [
      [otherSection, himawari],
      [section, crypto.randomUUID()],
    ] as const) {
      const answer = await client.call('createEvent', { body: eventInput({ hostFacilityId }) });
      expect(answer.statusCode).toBe(400);
      expect(answer.json().error.code).toBe('EVENT_HOST_FACILITY_UNKNOWN');
    }
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  });

  it('lets facility staff create, change and call off their own facility’s events, and nothing else', async () => {
    const { himawari, staff } = await boundStaff();
    const tsukushi = await facilityId('H-002');
    const section = await signInAs(t, childcare);
    const theirs = await staff.ok('createEvent', {
      body: eventInput({ title: 'ひまわり 園庭開放（架空）', hostFacilityId: himawari }),
    });
    const changed = await staff.ok('updateEvent', {
      params: { id: theirs.id },
      body: eventInput({ title: 'ひまわり 親子ヨガ（架空）', hostFacilityId: himawari }),
    });
    expect(changed.title).toBe('ひまわり 親子ヨガ（架空）');
    const neighbours = await section.ok('createEvent', {
      body: eventInput({ title: 'つくし 説明会（架空）', hostFacilityId: tsukushi }),
    });
    const citys = await section.ok('createEvent', {
      body: eventInput({ title: '市の講座（架空）' }),
    });
    const listed = await staff.ok('listEvents', { query: { month: theirs.startsAt.slice(0, 7) } });
    expect(listed.items.map((e) => e.hostFacilityId)).toEqual(listed.items.map(() => himawari));
    expect(listed.items.map((e) => e.id)).toContain(theirs.id);

    await t.ctx.outbox.idle();
    const before = await snapshotDatabase(t.ctx.db);
    for (const id of [neighbours.id, citys.id]) {
      for (const attempt of [
        staff.call('updateEvent', { params: { id }, body: eventInput({ title: '乗っ取り' }) }),
        staff.call('cancelEvent', { params: { id } }),
        staff.call('listEventRegistrations', { params: { id } }),
      ]) {
        const answer = await attempt;
        expect(answer.statusCode).toBe(404);
        expect(answer.json().error.code).toBe('EVENT_NOT_FOUND');
      }
    }
    for (const attempt of [
      staff.call('createEvent', { body: eventInput({ hostFacilityId: tsukushi }) }),
      staff.call('createEvent', { body: eventInput({ hostFacilityId: null }) }),
      // Moving their own event to another facility would hand it away.
      staff.call('updateEvent', {
        params: { id: theirs.id },
        body: eventInput({ hostFacilityId: tsukushi }),
      }),
      staff.call('exportEvents'),
    ]) {
      const answer = await attempt;
      expect(answer.statusCode).toBe(403);
      expect(answer.json().error.code).toBe('FORBIDDEN');
    }
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);

    const cancelled = await staff.ok('cancelEvent', { params: { id: theirs.id } });
    expect(cancelled.cancelled).toBe(true);
  });
});

describe('open data downloads', () => {
  const month = () => japanMonthOf(t.ctx.now());
  const fileNameIn = (disposition: string) =>
    decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition)![1]!);

  it('gives the childcare section and city staff the CLI’s files, with Japanese names', async () => {
    for (const person of [childcare, tenant.people.cityStaff]) {
      const staff = await signInAs(t, person);
      const facilities = await staff.call('exportChildcareFacilities');
      expect(facilities.statusCode).toBe(200);
      expect(facilities.headers['content-type']).toContain('text/csv');
      const disposition = String(facilities.headers['content-disposition']);
      expect(disposition).toContain(`filename="${code}_childcare_facilities.csv"`);
      expect(fileNameIn(disposition)).toBe(`${code}_子育て施設一覧.csv`);
      const body = facilities.rawPayload.toString('utf8');
      const fromCli = await runCli([
        'export',
        '--municipality',
        code,
        '--dataset',
        'childcare-facilities',
      ]);
      expect(body).toBe(fromCli.out);
      expect(body.startsWith('\uFEFF全国地方公共団体コード,ID,地方公共団体名')).toBe(true);
      expect(body.replace(/\r\n/g, '')).not.toContain('\n');

      const csv = await staff.call('exportVacancyTable', { query: { month: month() } });
      expect(fileNameIn(String(csv.headers['content-disposition']))).toBe(
        `${code}_受け入れ状況表_${month()}.csv`,
      );
      expect(csv.rawPayload.toString('utf8').split('\r\n')[0]).toBe(
        '\uFEFF施設・事業名,施設番号,０歳児,１歳児,２歳児,３歳児,４歳児,５歳児,合計,更新日',
      );
      const json = await staff.call('exportVacancyTable', {
        query: { month: month(), format: 'json' },
      });
      expect(json.headers['content-type']).toContain('application/json');
      const table = JSON.parse(json.rawPayload.toString('utf8')) as { month: string };
      expect(table.month).toBe(month());
    }
    const audits = await t.ctx.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'childcare.opendata_exported'));
    expect(audits.length).toBeGreaterThanOrEqual(4);
  });

  it('refuses facility staff and residents the staff downloads', async () => {
    const bound = await signInAs(t, facilityStaff);
    const worker = await signInAs(t, tenant.people.worker);
    for (const client of [bound, worker]) {
      for (const answer of [
        await client.call('exportChildcareFacilities'),
        await client.call('exportVacancyTable', { query: { format: 'json' } }),
      ]) {
        expect(answer.statusCode).toBe(403);
        expect(answer.json().error.code).toBe('FORBIDDEN');
      }
    }
    const stranger = await anonymous().call('exportChildcareFacilities');
    expect(stranger.statusCode).toBe(401);
  });

  it('lets anyone download a published table, not an unpublished month or unknown city', async () => {
    const section = await signInAs(t, childcare);
    await section.ok('publishVacancyTable', { body: { month: month() } });
    const csv = await anonymous().call('exportPublicVacancyTable', { params: { code }, query: {} });
    expect(csv.statusCode).toBe(200);
    expect(fileNameIn(String(csv.headers['content-disposition']))).toBe(
      `${code}_受け入れ状況表_${month()}.csv`,
    );
    expect(csv.rawPayload.toString('utf8')).toContain('ひまわり保育園（架空）');
    const unpublished = await anonymous().call('exportPublicVacancyTable', {
      params: { code },
      query: { month: '2001-04' },
    });
    expect(unpublished.json().error.code).toBe('VACANCY_MONTH_NOT_PUBLISHED');
    const unknown = await anonymous().call('exportPublicVacancyTable', {
      params: { code: '999999' },
      query: {},
    });
    expect(unknown.json().error.code).toBe('MUNICIPALITY_CODE_UNKNOWN');
  });
});
