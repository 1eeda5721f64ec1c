import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, japanTimeOf, type ErrorCode } from '@yorisoi/shared';
import { eq } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { createTenant, signInAs, type TenantFixture } from '../testing/fixtures.ts';
import { TestClient } from '../testing/test-client.ts';
import { snapshotDatabase } from '../testing/db-snapshot.ts';
import {
  municipalities,
  organizations,
  reports,
  workOpenings,
  workProgrammes,
} from '../platform/db/schema/index.ts';

let t: TestApp;
let city: TenantFixture;
let other: TenantFixture;
let code: string;
let today: string;

beforeAll(async () => {
  t = await startTestApp();
  city = await createTenant(t.ctx, 'al');
  other = await createTenant(t.ctx, 'al-other');
  [{ code }] = (await t.ctx.db
    .select({ code: municipalities.code })
    .from(municipalities)
    .where(eq(municipalities.id, city.municipalityId))) as [{ code: string }];
  today = japanTimeOf(t.ctx.now()).date;
});
afterAll(() => t?.close());

const ikuboss = (name: string) => ({
  name,
  kind: 'ikuboss' as const,
  description: '部下のキャリアと生活を応援する上司を育てる同盟です。',
  foundedOn: '2017-06-01',
});

async function expectRefused(
  response: Promise<{ statusCode: number; json: () => unknown }>,
  code: ErrorCode,
) {
  const r = await response;
  expect((r.json() as { error: { code: string } }).error.code).toBe(code);
}

describe('employers’ alliance', () => {
  it('grows an alliance, takes a declaration and shows members to the public', async () => {
    const staff = await signInAs(t, city.people.cityStaff);
    const created = await staff.ok('createAlliance', {
      body: ikuboss('イクボス推進同盟（テスト）'),
    });
    const allianceId = created.alliance.id;
    const founders = ['2017-06-01', '2017-06-01', '2018-05-10'];
    const added = [];
    for (const [i, joinedOn] of founders.entries()) {
      added.push(
        await staff.ok('addAllianceMember', {
          params: { id: allianceId },
          body: {
            organizationId: i === 0 ? city.organizations[0]!.id : null,
            name: i === 0 ? city.organizations[0]!.name : `加盟企業${i}（架空）`,
            industry: 'manufacturing',
            sizeBand: '10-29',
            area: '中央地区',
            joinedOn,
          },
        }),
      );
    }
    await staff.ok('removeAllianceMember', {
      params: { id: allianceId, memberId: added[2]!.id },
      body: { leftOn: '2020-04-01' },
    });
    await staff.ok('recordAllianceAward', {
      params: { id: allianceId, memberId: added[0]!.id },
      body: { title: 'イクボス推進賞', awardedOn: '2019-02-19', note: '' },
    });

    const employer = await signInAs(t, city.people.employerAdmin);
    const own = await employer.ok('listOwnAllianceEntries');
    expect(own.items).toHaveLength(1);
    const entry = own.items[0]!.member;
    await employer.ok('updateAllianceEntry', {
      params: { id: allianceId, memberId: entry.id },
      body: { introduction: '子育て中の社員が多い会社です。', area: '伊集院地域' },
    });
    const signed = await employer.ok('signAllianceDeclaration', {
      params: { id: allianceId, memberId: entry.id },
      body: {
        text: '私は、部下の仕事と生活の両立を応援します。',
        signerName: '山田 太郎',
        signerTitle: '代表取締役',
        isPublic: true,
      },
    });
    expect(signed.declaration).toMatchObject({ signedOn: today, isPublic: true });
    const [org] = await t.ctx.db
      .select()
      .from(organizations)
      .where(eq(organizations.id, city.organizations[0]!.id));
    expect(org?.ikubossDeclared).toBe(true);

    const visitor = new TestClient(t.app);
    const list = await visitor.ok('listPublicAlliances', { params: { code } });
    expect(list.items).toEqual([expect.objectContaining({ id: allianceId, memberCount: 2 })]);
    const page = await visitor.ok('getPublicAlliance', { params: { code, id: allianceId } });
    expect(page.members.map((m) => [m.name, m.declared, m.awards])).toEqual([
      [city.organizations[0]!.name, true, 1],
      ['加盟企業1（架空）', false, 0],
    ]);
    const counts = page.growth.map((y) => [y.fiscalYear, y.members]);
    expect(counts.slice(0, 4)).toEqual([
      [2017, 2],
      [2018, 3],
      [2019, 3],
      [2020, 2],
    ]);
    const memberPage = await visitor.ok('getPublicAllianceMember', {
      params: { code, id: allianceId, memberId: entry.id },
    });
    expect(memberPage).toMatchObject({
      member: { area: '伊集院地域', introduction: '子育て中の社員が多い会社です。' },
      declaration: { signerName: '山田 太郎', signedOn: today },
      awards: [{ title: 'イクボス推進賞' }],
      openings: [],
      report: null,
    });
    // A member who left has no public page any more.
    expect(
      (
        await visitor.call('getPublicAllianceMember', {
          params: { code, id: allianceId, memberId: added[2]!.id },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('keeps a declaration that is not public off the public pages', async () => {
    const staff = await signInAs(t, city.people.cityStaff);
    const { alliance } = await staff.ok('createAlliance', {
      body: { ...ikuboss('共創コンソーシアム（テスト）'), kind: 'consortium' },
    });
    const member = await staff.ok('addAllianceMember', {
      params: { id: alliance.id },
      body: {
        organizationId: city.organizations[0]!.id,
        name: city.organizations[0]!.name,
        industry: 'manufacturing',
        sizeBand: '10-29',
        joinedOn: today,
      },
    });
    const employer = await signInAs(t, city.people.employerAdmin);
    await employer.ok('signAllianceDeclaration', {
      params: { id: alliance.id, memberId: member.id },
      body: { text: '非公開の宣言文', signerName: '山田 太郎', isPublic: false },
    });
    const visitor = new TestClient(t.app);
    const page = await visitor.call('getPublicAllianceMember', {
      params: { code, id: alliance.id, memberId: member.id },
    });
    expect(page.body).not.toContain('非公開の宣言文');
    const listed = await visitor.ok('getPublicAlliance', { params: { code, id: alliance.id } });
    expect(listed.members[0]?.declared).toBe(false);
  });

  it('refuses bad input, another company and another municipality, changing nothing', async () => {
    const staff = await signInAs(t, city.people.cityStaff);
    const { alliance } = await staff.ok('createAlliance', {
      body: ikuboss('拒否の確認（テスト）'),
    });
    const mine = await staff.ok('addAllianceMember', {
      params: { id: alliance.id },
      body: {
        organizationId: city.organizations[0]!.id,
        name: city.organizations[0]!.name,
        industry: 'manufacturing',
        sizeBand: '10-29',
        joinedOn: '2020-01-01',
      },
    });
    const theirs = await staff.ok('addAllianceMember', {
      params: { id: alliance.id },
      body: {
        organizationId: city.organizations[1]!.id,
        name: city.organizations[1]!.name,
        industry: 'construction',
        sizeBand: '30-99',
        joinedOn: '2020-01-01',
      },
    });
    const employer = await signInAs(t, city.people.employerAdmin);
    const stranger = await signInAs(t, other.people.cityStaff);
    const strangerEmployer = await signInAs(t, other.people.employerAdmin);
    const member = (memberId: string) => ({ id: alliance.id, memberId });
    const before = await snapshotDatabase(t.ctx.db);

    await expectRefused(
      employer.call('updateAllianceEntry', {
        params: member(theirs.id),
        body: { area: '乗っ取り' },
      }),
      'FORBIDDEN',
    );
    await expectRefused(
      employer.call('signAllianceDeclaration', {
        params: member(theirs.id),
        body: { text: '他社の宣言', signerName: '他人', isPublic: true },
      }),
      'FORBIDDEN',
    );
    await expectRefused(
      employer.call('signAllianceDeclaration', {
        params: member(mine.id),
        body: { text: '   ', signerName: '山田 太郎', isPublic: true },
      }),
      'DECLARATION_TEXT_REQUIRED',
    );
    await expectRefused(
      staff.call('addAllianceMember', {
        params: { id: alliance.id },
        body: {
          organizationId: null,
          name: '未来の会社（架空）',
          industry: 'construction',
          sizeBand: '1-9',
          joinedOn: addDays(today, 1),
        },
      }),
      'ALLIANCE_DATE_IN_FUTURE',
    );
    await expectRefused(
      staff.call('addAllianceMember', {
        params: { id: alliance.id },
        body: {
          organizationId: city.organizations[0]!.id,
          name: '二重加盟',
          industry: 'construction',
          sizeBand: '1-9',
          joinedOn: today,
        },
      }),
      'ALLIANCE_MEMBER_EXISTS',
    );
    await expectRefused(
      staff.call('addAllianceMember', {
        params: { id: alliance.id },
        body: {
          organizationId: other.organizations[0]!.id,
          name: 'よその会社',
          industry: 'construction',
          sizeBand: '1-9',
          joinedOn: today,
        },
      }),
      'ALLIANCE_ORGANIZATION_UNKNOWN',
    );
    await expectRefused(
      staff.call('removeAllianceMember', {
        params: member(mine.id),
        body: { leftOn: '2019-12-31' },
      }),
      'ALLIANCE_DATE_BEFORE_JOINING',
    );
    await expectRefused(
      staff.call('recordAllianceAward', {
        params: member(mine.id),
        body: { title: '未来の賞', awardedOn: addDays(today, 30) },
      }),
      'ALLIANCE_DATE_IN_FUTURE',
    );
    await expectRefused(
      staff.call('createAlliance', { body: ikuboss('拒否の確認（テスト）') }),
      'ALLIANCE_NAME_TAKEN',
    );
    await expectRefused(
      employer.call('addAllianceMember', {
        params: { id: alliance.id },
        body: {
          organizationId: null,
          name: '自称加盟',
          industry: 'construction',
          sizeBand: '1-9',
          joinedOn: today,
        },
      }),
      'FORBIDDEN',
    );
    await expectRefused(
      stranger.call('getAlliance', { params: { id: alliance.id } }),
      'ALLIANCE_NOT_FOUND',
    );
    await expectRefused(
      strangerEmployer.call('updateAllianceEntry', {
        params: member(mine.id),
        body: { area: '乗っ取り' },
      }),
      'ALLIANCE_NOT_FOUND',
    );
    await expectRefused(
      new TestClient(t.app).call('getPublicAlliance', {
        params: { code: '462187', id: alliance.id },
      }),
      'MUNICIPALITY_CODE_UNKNOWN',
    );
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  });

  it('shows a member’s open jobs and projects and its published workplace report', async () => {
    const staff = await signInAs(t, city.people.cityStaff);
    const { alliance } = await staff.ok('createAlliance', {
      body: ikuboss('募集の確認（テスト）'),
    });
    const organizationId = city.organizations[1]!.id;
    const member = await staff.ok('addAllianceMember', {
      params: { id: alliance.id },
      body: {
        organizationId,
        name: city.organizations[1]!.name,
        industry: 'construction',
        sizeBand: '30-99',
        joinedOn: '2021-04-01',
      },
    });
    // The back-to-work feature writes openings and the reports feature reports; here they
    // are rows as those features leave them.
    const [programme] = await t.ctx.db
      .insert(workProgrammes)
      .values({ municipalityId: city.municipalityId, name: 'わくキャリ（テスト）' })
      .returning();
    const opening = {
      municipalityId: city.municipalityId,
      programmeId: programme!.id,
      employerOrganizationId: organizationId,
      employerName: city.organizations[1]!.name,
      kind: 'project',
      hoursPerWeekMin: 5,
      hoursPerWeekMax: 10,
      schedule: '1'.repeat(336),
      workMode: 'remote',
      childcareProvided: true,
    };
    await t.ctx.db.insert(workOpenings).values([
      { ...opening, title: '15周年記念品の企画' },
      { ...opening, title: '終わった募集', status: 'closed' },
    ]);
    const publishedAt = new Date('2026-11-20T01:00:00Z');
    await t.ctx.db.insert(reports).values([
      {
        municipalityId: city.municipalityId,
        kind: 'workplace',
        organizationId,
        title: '職場改善レポート 2026年度上期',
        status: 'published',
        content: {},
        ledgerGroups: [],
        authorId: city.people.cityStaff.id,
        createdAt: publishedAt,
        publishedAt,
      },
      {
        municipalityId: city.municipalityId,
        kind: 'workplace',
        organizationId,
        title: '下書きのレポート',
        content: {},
        ledgerGroups: [],
        authorId: city.people.cityStaff.id,
        createdAt: publishedAt,
      },
    ]);
    const page = await new TestClient(t.app).ok('getPublicAllianceMember', {
      params: { code, id: alliance.id, memberId: member.id },
    });
    expect(page.openings).toEqual([
      expect.objectContaining({
        title: '15周年記念品の企画',
        kind: 'project',
        childcareProvided: true,
      }),
    ]);
    expect(page.report).toMatchObject({
      title: '職場改善レポート 2026年度上期',
      publishedAt: publishedAt.toISOString(),
    });
  });
});
