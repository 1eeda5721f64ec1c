/**
 * Hearings (ヒアリング) through the real server: the programme's own staff record and read
 * them (sealed at rest, every read and write audited); the person sees only the day; staff
 * of another programme, the city, a company and another municipality are refused; bad input
 * changes nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { addDays, japanTimeOf } from '@yorisoi/shared';
import { queryRows } from '../platform/db/database.ts';
import { snapshotDatabase } from '../testing/db-snapshot.ts';
import { addPerson, signInAs } from '../testing/fixtures.ts';
import type { TestClient } from '../testing/test-client.ts';
import { useTenant, useTestApp } from '../testing/use-test-app.ts';
import { plainProfile, signInProgrammeStaff } from '../testing/work-test-people.ts';

const t = useTestApp();
const town = useTenant(t, 'hearing');
const elsewhere = useTenant(t, 'hearing-else');

let staff: TestClient;
let otherStaff: TestClient;
let mama: TestClient;
let profileId: string;

beforeAll(async () => {
  const city = await signInAs(t, town.people.cityStaff);
  const programme = await city.ok('createWorkProgramme', {
    body: { name: '長泉わくキャリ', skillLabels: ['企画'] },
  });
  const other = await city.ok('createWorkProgramme', { body: { name: '別事業', skillLabels: [] } });
  const municipalityId = town.municipalityId;
  staff = await signInProgrammeStaff(t, {
    municipalityId,
    programmeId: programme.id,
    label: 'hearing-staff',
  });
  otherStaff = await signInProgrammeStaff(t, {
    municipalityId,
    programmeId: other.id,
    label: 'hearing-other',
  });
  const participant = await addPerson(t.ctx, {
    municipalityId: town.municipalityId,
    role: 'participant',
    label: 'hearing-mama',
  });
  mama = await signInAs(t, participant);
  profileId = (await mama.ok('saveMyWorkProfile', { body: plainProfile(programme.id) })).profile!
    .id;
});

const today = () => japanTimeOf(t.clock.now()).date;
const hearing = (over: Record<string, string> = {}) => ({
  heldOn: today(),
  wishes: 'HEARING-WISH 火木の午前に在宅で企画の仕事',
  constraints: '保育園のお迎えが15時',
  nextStep: '座談会に参加',
  ...over,
});

describe('hearings', () => {
  it('are recorded by the programme’s staff, sealed at rest, and read back on the participant’s page', async () => {
    const recorded = await staff.ok('recordWorkHearing', {
      params: { id: profileId },
      body: hearing(),
    });
    expect(recorded).toMatchObject({
      heldOn: today(),
      constraints: '保育園のお迎えが15時',
      mine: true,
    });
    const [raw] = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`select count(*)::int as n from work_hearings where body_sealed like '%HEARING-WISH%'`,
    );
    expect(raw?.n).toBe(0);
    const page = await staff.ok('getWorkParticipant', { params: { id: profileId } });
    expect(page.profile.id).toBe(profileId);
    expect(page.hearings.map((h) => h.wishes)).toEqual([hearing().wishes]);
    const audited = await queryRows<{ action: string }>(
      t.ctx.db,
      sql`select action from audit_log where action in ('work.hearing_recorded', 'work.hearing_read')`,
    );
    expect(audited.map((a) => a.action).sort()).toEqual([
      'work.hearing_read',
      'work.hearing_recorded',
    ]);
  });

  it('show the person only the day, never what the staff wrote', async () => {
    const mine = await mama.ok('listMyWorkHearings');
    expect(mine.items.map((h) => h.heldOn)).toEqual([today()]);
    expect(JSON.stringify(mine)).not.toContain('HEARING-WISH');
    expect((await mama.call('getWorkParticipant', { params: { id: profileId } })).statusCode).toBe(
      403,
    );
  });

  it('are refused to anyone but the programme’s own staff, and changed by nothing refused', async () => {
    const city = await signInAs(t, town.people.cityStaff);
    const company = await signInAs(t, town.people.employerAdmin);
    const stranger = await signInAs(t, elsewhere.people.cityStaff);
    const before = await snapshotDatabase(t.ctx.db);
    for (const client of [otherStaff, city, company, mama]) {
      const write = await client.call('recordWorkHearing', {
        params: { id: profileId },
        body: hearing(),
      });
      expect(write.statusCode).toBe(403);
      const read = await client.call('getWorkParticipant', { params: { id: profileId } });
      expect(read.statusCode).toBe(403);
    }
    const away = await stranger.call('getWorkParticipant', { params: { id: profileId } });
    expect((away.json() as { error: { code: string } }).error.code).toBe('WORK_PROFILE_NOT_FOUND');
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  });

  it('refuse a day still to come and empty wishes, changing nothing', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const future = await staff.call('recordWorkHearing', {
      params: { id: profileId },
      body: hearing({ heldOn: addDays(today(), 1) }),
    });
    expect((future.json() as { error: { code: string } }).error.code).toBe(
      'WORK_HEARING_DATE_INVALID',
    );
    for (const body of [hearing({ wishes: '   ' }), hearing({ heldOn: '2026-02-30' })]) {
      const bad = await staff.call('recordWorkHearing', { params: { id: profileId }, body });
      expect(bad.statusCode).toBe(400);
    }
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  });
});
