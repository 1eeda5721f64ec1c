/**
 * People of a back-to-work programme for the service tests: a staff member bound to a
 * programme and signed in, a participant's plain profile (Tuesday mornings, remote), and
 * a plain remote project to post.
 */
import type { TMyWorkProfileInput, TWorkOpeningInput } from '@yorisoi/shared';
import { bindProgrammeStaff } from '../matching/programme-staff.repository.ts';
import { addPerson, signInAs } from './fixtures.ts';
import type { TestApp } from './test-app.ts';

export async function signInProgrammeStaff(
  t: TestApp,
  {
    municipalityId,
    programmeId,
    label,
  }: { municipalityId: string; programmeId: string; label: string },
) {
  const person = await addPerson(t.ctx, { municipalityId, role: 'programme_staff', label });
  await bindProgrammeStaff(t.ctx.db, { municipalityId, programmeId, userId: person.id });
  return signInAs(t, person);
}

export const plainProfile = (
  programmeId: string,
  over: Partial<TMyWorkProfileInput> = {},
): TMyWorkProfileInput => ({
  programmeId,
  skillIds: [],
  freeWords: [],
  experience: '',
  qualifications: [],
  hoursPerWeekMin: 5,
  hoursPerWeekMax: 10,
  availability: [{ weekday: 2, from: '09:00', to: '12:00' }],
  remoteOk: true,
  onsiteOk: false,
  home: null,
  maxTravelKm: null,
  availableFrom: null,
  childcareNeed: 'preferred',
  path: 'own_pace',
  shownToCompanies: ['skills'],
  ...over,
});

/** A remote project of a company outside any account, any time of the week. */
export const projectOpening = (
  programmeId: string,
  over: Partial<TWorkOpeningInput> = {},
): TWorkOpeningInput => ({
  programmeId,
  employerOrganizationId: null,
  employerName: '株式会社テスト（架空）',
  employerLocation: null,
  kind: 'project',
  employmentType: null,
  title: 'プロジェクト（架空）',
  description: '',
  deliverable: null,
  teamSize: 3,
  periodStart: null,
  periodEnd: null,
  hoursPerWeekMin: 5,
  hoursPerWeekMax: 10,
  schedule: [],
  workMode: 'remote',
  placeLabel: null,
  place: null,
  startsOn: null,
  childcareProvided: false,
  pay: null,
  validThrough: null,
  requiredSkillIds: [],
  niceSkillIds: [],
  keywords: [],
  requiredQualifications: [],
  niceQualifications: [],
  ...over,
});
