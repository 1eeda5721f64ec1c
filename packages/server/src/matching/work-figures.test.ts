/**
 * A programme's figures through the real server: counted from what staff and people did,
 * read by the programme's staff and the city's staff (counts, no person), refused to
 * anyone else; another municipality does not find the programme.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  japanFiscalYearOf,
  japanMonthOf,
  japanTimeOf,
  pathTotal,
  type TMyWorkProfileInput,
  type TWorkOpeningInput,
} from '@yorisoi/shared';
import { addPerson, signInAs } from '../testing/fixtures.ts';
import type { TestClient } from '../testing/test-client.ts';
import { useTenant, useTestApp } from '../testing/use-test-app.ts';
import { plainProfile, signInProgrammeStaff, projectOpening } from '../testing/work-test-people.ts';

const t = useTestApp();
const town = useTenant(t, 'figures');
const elsewhere = useTenant(t, 'figures-else');

let programmeId: string;
let staff: TestClient;
let city: TestClient;

const project = (): TWorkOpeningInput =>
  projectOpening(programmeId, {
    title: 'パンフレット制作（架空）',
    deliverable: 'パンフレット',
    teamSize: 2,
    hoursPerWeekMin: 2,
    hoursPerWeekMax: 8,
  });

async function participant(label: string, path: TMyWorkProfileInput['path']) {
  const person = await addPerson(t.ctx, {
    municipalityId: town.municipalityId,
    role: 'participant',
    label,
  });
  const client = await signInAs(t, person);
  const saved = await client.ok('saveMyWorkProfile', {
    body: plainProfile(programmeId, { path, childcareNeed: 'none', shownToCompanies: [] }),
  });
  return { client, profileId: saved.profile!.id };
}

beforeAll(async () => {
  city = await signInAs(t, town.people.cityStaff);
  programmeId = (
    await city.ok('createWorkProgramme', { body: { name: '長泉わくキャリ', skillLabels: [] } })
  ).id;
  staff = await signInProgrammeStaff(t, {
    municipalityId: town.municipalityId,
    programmeId,
    label: 'figures-staff',
  });
});

describe('programme figures', () => {
  it('count registrations, introductions, placements and completed projects by path', async () => {
    const mama = await participant('figures-mama', 'own_pace');
    const papa = await participant('figures-papa', 'start_business');
    const openingId = (await staff.ok('postWorkOpening', { body: project() })).opening.id;
    const today = japanTimeOf(t.clock.now()).date;
    for (const [who, accept] of [
      [mama, true],
      [papa, false],
    ] as const) {
      const intro = await staff.ok('proposeWorkIntroduction', {
        body: { profileId: who.profileId, openingId },
      });
      await who.client.ok('answerWorkIntroduction', { params: { id: intro.id }, body: { accept } });
      if (!accept) continue;
      await staff.ok('recordWorkIntroductionStep', {
        params: { id: intro.id },
        body: { step: 'started', startedOn: today },
      });
      await staff.ok('recordWorkIntroductionStep', {
        params: { id: intro.id },
        body: { step: 'completed', endedOn: today },
      });
      await staff.ok('recordWorkFollowUp', {
        params: { id: intro.id },
        body: { months: 6, working: true },
      });
    }
    const figures = await staff.ok('getWorkProgrammeFigures', {
      params: { id: programmeId },
      query: {},
    });
    expect(figures.fiscalYear).toBe(japanFiscalYearOf(t.clock.now()));
    expect(figures.year.registered).toEqual({ own_pace: 1, full_return: 0, start_business: 1 });
    expect(figures.year.introduced).toEqual({ own_pace: 1, full_return: 0, start_business: 0 });
    expect(pathTotal(figures.year.placed)).toBe(1);
    expect(pathTotal(figures.year.retained)).toBe(1);
    expect(pathTotal(figures.year.projectsCompleted)).toBe(1);
    const thisMonth = figures.months.find((m) => m.month === japanMonthOf(t.clock.now()));
    expect(pathTotal(thisMonth!.counts.registered)).toBe(2);
    const lastYear = await staff.ok('getWorkProgrammeFigures', {
      params: { id: programmeId },
      query: { fiscalYear: figures.fiscalYear - 1 },
    });
    expect(pathTotal(lastYear.year.registered)).toBe(0);
    const byCity = await city.ok('getWorkProgrammeFigures', {
      params: { id: programmeId },
      query: {},
    });
    expect(byCity).toEqual(figures);
    expect(JSON.stringify(byCity)).not.toContain(mama.profileId);
  });

  it('are refused to others, not found elsewhere, and a year that cannot be is bad input', async () => {
    for (const person of [town.people.employerAdmin, town.people.worker, town.people.coordinator]) {
      const client = await signInAs(t, person);
      const refused = await client.call('getWorkProgrammeFigures', {
        params: { id: programmeId },
        query: {},
      });
      expect(refused.statusCode).toBe(403);
    }
    const stranger = await signInAs(t, elsewhere.people.cityStaff);
    const away = await stranger.call('getWorkProgrammeFigures', {
      params: { id: programmeId },
      query: {},
    });
    expect((away.json() as { error: { code: string } }).error.code).toBe(
      'WORK_PROGRAMME_NOT_FOUND',
    );
    const bad = await staff.call('getWorkProgrammeFigures', {
      params: { id: programmeId },
      query: { fiscalYear: 'soon' } as never,
    });
    expect(bad.statusCode).toBe(400);
  });
});
