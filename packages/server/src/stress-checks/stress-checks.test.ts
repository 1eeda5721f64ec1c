/**
 * The stress check for a small workplace through the real server: the employer opens a
 * period, workers answer (saving as they go, then submitting), each sees their own result
 * and may ask for the 医師による面接指導; no one else reads an individual result; the
 * employer sees only the group analysis, and only groups of at least 10 once it closes.
 */
import { japanTimeOf, questionnaireItems, type TOpenStressCheck } from '@yorisoi/shared';
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { addPerson, signInAs } from '../testing/fixtures.ts';
import { queryRows } from '../platform/db/database.ts';
import { snapshotDatabase } from '../testing/db-snapshot.ts';
import type { TestClient } from '../testing/test-client.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'stress-check');
const other = useTenant(t, 'stress-check-other');

const day = (offsetDays: number) =>
  japanTimeOf(new Date(t.ctx.now().getTime() + offsetDays * 864e5)).date;
const period = (): TOpenStressCheck => ({
  title: '令和8年度 ストレスチェック',
  opensOn: day(0),
  closesOn: day(14),
  departments: ['製造部', '事務'],
});
const allAnswered = (value: number) =>
  Object.fromEntries(questionnaireItems.stress_check.map((i) => [i.id, value]));
const errorCode = (response: { json(): unknown }) =>
  (response.json() as { error: { code: string } }).error.code;

async function workers(n: number, label: string) {
  const clients: TestClient[] = [];
  for (let i = 0; i < n; i++) {
    const person = await addPerson(t.ctx, {
      municipalityId: tenant.municipalityId,
      organizationId: tenant.organizations[0]!.id,
      role: 'worker',
      label: `${label}${i}`,
    });
    clients.push(await signInAs(t, person));
  }
  return clients;
}

describe('stress check for small workplaces', () => {
  it('lets a worker save, resume and submit, then see only their own result', async () => {
    const employer = await signInAs(t, tenant.people.employerAdmin);
    const opened = await employer.ok('openStressCheck', { body: period() });
    expect(opened).toMatchObject({ status: 'open', minimumGroupSize: 10 });

    const worker = await signInAs(t, tenant.people.worker);
    const listed = await worker.ok('listStressChecks');
    expect(listed.items.find((p) => p.id === opened.id)?.mine).toEqual({
      answeredItems: 0,
      completed: false,
    });

    // Part A only, then resume.
    const partA = Object.fromEntries(
      questionnaireItems.stress_check.filter((i) => i.group === 'A').map((i) => [i.id, 1]),
    );
    await worker.ok('saveMyStressCheck', {
      params: { id: opened.id },
      body: { department: '製造部', answers: partA, complete: false },
    });
    const resumed = await worker.ok('getMyStressCheck', { params: { id: opened.id } });
    expect(resumed).toMatchObject({ department: '製造部', answers: partA, result: null });
    expect(resumed.period.mine).toEqual({ answeredItems: 17, completed: false });

    // B all 4 ("ほとんどいつもあった"): B = 3×1 + 26×4 = 107 ≥ 77 → high stress.
    const answers = {
      ...allAnswered(1),
      ...Object.fromEntries(
        questionnaireItems.stress_check.filter((i) => i.group === 'B').map((i) => [i.id, 4]),
      ),
    };
    const submitted = await worker.ok('saveMyStressCheck', {
      params: { id: opened.id },
      body: { department: '製造部', answers, complete: true },
    });
    expect(submitted.result).toMatchObject({
      parts: { A: 50, B: 107, C: 9 },
      highStress: true,
      interviewRequestedAt: null,
    });
    expect(submitted.result!.drivers).toContain('B4');
    expect(submitted.result!.drivers).not.toContain('B1');

    const again = await worker.call('saveMyStressCheck', {
      params: { id: opened.id },
      body: { department: null, answers: allAnswered(2), complete: true },
    });
    expect(errorCode(again)).toBe('STRESS_CHECK_ALREADY_SUBMITTED');

    const asked = await worker.ok('requestStressCheckInterview', { params: { id: opened.id } });
    expect(asked.result!.interviewRequestedAt).not.toBeNull();

    // Nobody else reads it: not the employer, not the city, not the care team, not a colleague.
    const colleague = (await workers(1, 'colleague'))[0]!;
    for (const reader of [
      employer,
      await signInAs(t, tenant.people.cityStaff),
      await signInAs(t, tenant.people.supervisor),
      await signInAs(t, tenant.people.coordinator),
      await signInAs(t, tenant.people.family),
      await signInAs(t, other.people.worker),
    ]) {
      const response = await reader.call('getMyStressCheck', { params: { id: opened.id } });
      expect(response.statusCode).toBe(404);
    }
    const theirs = await colleague.ok('getMyStressCheck', { params: { id: opened.id } });
    expect(theirs).toMatchObject({ answers: {}, result: null });

    // The answers are sealed at rest: no answer value in the clear.
    const [stored] = await queryRows<{ answers_sealed: string }>(
      t.ctx.db,
      sql`select answers_sealed from stress_check_answers where period_id = ${opened.id} and user_id = ${tenant.people.worker.id}`,
    );
    expect(stored!.answers_sealed).not.toContain('"B4"');
  });

  it('refuses missing, out-of-range and unknown answers, naming them, and changes nothing', async () => {
    const employer = await signInAs(t, tenant.people.employerAdmin);
    const opened = await employer.ok('openStressCheck', { body: period() });
    const [worker] = await workers(1, 'bad');
    const before = await snapshotDatabase(t.ctx.db);
    const { A1: _, ...missingOne } = allAnswered(2);
    for (const [answers, path] of [
      [missingOne, 'answers.A1'],
      [{ ...allAnswered(2), C3: 5 }, 'answers.C3'],
      [{ ...allAnswered(2), B2: 0 }, 'answers.B2'],
      [{ ...allAnswered(2), D2: 2.5 }, 'answers.D2'],
      [{ ...allAnswered(2), E1: 1 }, 'answers.E1'],
    ] as const) {
      const response = await worker!.call('saveMyStressCheck', {
        params: { id: opened.id },
        body: { department: null, answers, complete: true },
      });
      expect(response.statusCode).toBe(422);
      expect(errorCode(response)).toBe('QUESTIONNAIRE_ANSWERS_INVALID');
      expect(
        (response.json() as { error: { issues: { path: string }[] } }).error.issues.map(
          (i) => i.path,
        ),
      ).toEqual([path]);
    }
    const partialBad = await worker!.call('saveMyStressCheck', {
      params: { id: opened.id },
      body: { department: null, answers: { A1: 7 }, complete: false },
    });
    expect(errorCode(partialBad)).toBe('QUESTIONNAIRE_ANSWERS_INVALID');
    const badDepartment = await worker!.call('saveMyStressCheck', {
      params: { id: opened.id },
      body: { department: '経理', answers: allAnswered(2), complete: true },
    });
    expect(errorCode(badDepartment)).toBe('VALIDATION_FAILED');
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);

    // Only the organisation's employer admin opens a period.
    const worker2 = await signInAs(t, tenant.people.worker);
    expect((await worker2.call('openStressCheck', { body: period() })).statusCode).toBe(403);
    const city = await signInAs(t, tenant.people.cityStaff);
    expect((await city.call('openStressCheck', { body: period() })).statusCode).toBe(403);
  });

  it('shows the employer only the group analysis after the period, and nothing of a group below 10', async () => {
    const employer = await signInAs(t, tenant.people.employerAdmin);
    const opened = await employer.ok('openStressCheck', { body: period() });
    const factory = await workers(12, 'factory');
    const office = await workers(3, 'office');
    for (const [i, w] of factory.entries()) {
      await w.ok('saveMyStressCheck', {
        params: { id: opened.id },
        body: { department: '製造部', answers: allAnswered(i % 2 === 0 ? 2 : 3), complete: true },
      });
    }
    for (const w of office) {
      await w.ok('saveMyStressCheck', {
        params: { id: opened.id },
        body: { department: '事務', answers: allAnswered(4), complete: true },
      });
    }
    // Ten more chose no department: they count in the whole only.
    for (const w of await workers(10, 'undeclared')) {
      await w.ok('saveMyStressCheck', {
        params: { id: opened.id },
        body: { department: null, answers: allAnswered(1), complete: true },
      });
    }
    const early = await employer.ok('getStressCheckGroupAnalysis', { params: { id: opened.id } });
    expect(early).toMatchObject({ state: 'beforeClose', groups: [] });

    t.clock.advance(15 * 864e5);
    // Two weeks on, the sessions have expired: everyone signs in again.
    const employerLater = await signInAs(t, tenant.people.employerAdmin);
    const analysis = await employerLater.ok('getStressCheckGroupAnalysis', {
      params: { id: opened.id },
    });
    expect(analysis.state).toBe('released');
    expect(analysis.groups[0]).toMatchObject({ withheld: false, label: null, respondents: 25 });
    // 製造部 (12) is shown; 事務 (3) shows nothing, not even its size; the rest (3 + 10) is
    // at least 10, so subtracting 製造部 from the whole tells no small group.
    expect(analysis.groups[1]).toMatchObject({ withheld: false, label: '製造部', respondents: 12 });
    expect(analysis.groups[2]).toEqual({ withheld: true, label: '事務' });
    expect(JSON.stringify(analysis)).not.toMatch(/"respondents":3\b/);

    // City staff may read it too; another employer, a worker, the care team may not.
    const city = await signInAs(t, tenant.people.cityStaff);
    expect(
      (await city.ok('getStressCheckGroupAnalysis', { params: { id: opened.id } })).state,
    ).toBe('released');
    const otherAdmin = await addPerson(t.ctx, {
      municipalityId: tenant.municipalityId,
      organizationId: tenant.organizations[1]!.id,
      role: 'employer_admin',
      label: 'other-admin',
    });
    for (const reader of [
      await signInAs(t, otherAdmin),
      await signInAs(t, tenant.people.worker),
      await signInAs(t, tenant.people.supervisor),
      await signInAs(t, other.people.employerAdmin),
    ]) {
      const response = await reader.call('getStressCheckGroupAnalysis', {
        params: { id: opened.id },
      });
      expect(response.statusCode).toBe(404);
    }
  });

  it('publishes nothing when the whole organisation is below 10', async () => {
    const employer = await signInAs(t, tenant.people.employerAdmin);
    const opened = await employer.ok('openStressCheck', {
      body: { ...period(), opensOn: day(0), closesOn: day(1), departments: [] },
    });
    for (const w of await workers(9, 'few')) {
      await w.ok('saveMyStressCheck', {
        params: { id: opened.id },
        body: { department: null, answers: allAnswered(2), complete: true },
      });
    }
    t.clock.advance(2 * 864e5);
    const employerLater = await signInAs(t, tenant.people.employerAdmin);
    const analysis = await employerLater.ok('getStressCheckGroupAnalysis', {
      params: { id: opened.id },
    });
    expect(analysis).toEqual({
      periodId: opened.id,
      minimumGroupSize: 10,
      state: 'tooFew',
      groups: [],
    });
    // A closed period takes no more answers.
    const [late] = await workers(1, 'late');
    const response = await late!.call('saveMyStressCheck', {
      params: { id: opened.id },
      body: { department: null, answers: allAnswered(2), complete: true },
    });
    expect(errorCode(response)).toBe('STRESS_CHECK_NOT_OPEN');
  });
});
