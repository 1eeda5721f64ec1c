/**
 * The participant's form as the screen holds it (strings for numbers, cells for the
 * week) and the request it becomes. The server checks everything again; this only
 * shapes what was typed.
 */
import type {
  TMyWorkProfileInput,
  TWorkProfile,
  QualificationKind,
  shareableProfileFields,
} from '@yorisoi/shared';
import { cellsOfRanges, rangesOfCells, type GridCell } from './availability-grid.ts';

type Shareable = (typeof shareableProfileFields)[number];

export interface ProfileDraft {
  programmeId: string;
  skillIds: Set<string>;
  freeWords: string;
  experience: string;
  qualifications: Set<QualificationKind>;
  nurseryNumber: string;
  hoursMin: string;
  hoursMax: string;
  cells: Set<GridCell>;
  remoteOk: boolean;
  onsiteOk: boolean;
  maxTravelKm: string;
  availableFrom: string;
  childcareNeed: TMyWorkProfileInput['childcareNeed'];
  path: TMyWorkProfileInput['path'];
  shown: Set<Shareable>;
}

export function draftOf(profile: TWorkProfile | null, programmeId: string): ProfileDraft {
  const nursery = profile?.qualifications.find((q) => q.kind === 'nursery_teacher');
  return {
    programmeId: profile?.programmeId ?? programmeId,
    skillIds: new Set(profile?.skillIds ?? []),
    freeWords: (profile?.freeWords ?? []).join('、'),
    experience: profile?.experience ?? '',
    qualifications: new Set(profile?.qualifications.map((q) => q.kind) ?? []),
    nurseryNumber: nursery?.registrationNumber ?? '',
    hoursMin: String(profile?.hoursPerWeekMin ?? 5),
    hoursMax: String(profile?.hoursPerWeekMax ?? 10),
    cells: cellsOfRanges(profile?.availability ?? []),
    remoteOk: profile?.remoteOk ?? true,
    onsiteOk: profile?.onsiteOk ?? true,
    maxTravelKm: profile?.maxTravelKm === null || !profile ? '' : String(profile.maxTravelKm),
    availableFrom: profile?.availableFrom ?? '',
    childcareNeed: profile?.childcareNeed ?? 'preferred',
    path: profile?.path ?? 'own_pace',
    shown: new Set(profile?.shownToCompanies ?? ['skills', 'qualifications', 'hours']),
  };
}

const numberOf = (text: string) =>
  text.trim() === '' ? Number.NaN : Number(text.normalize('NFKC'));

export function requestOf(draft: ProfileDraft): TMyWorkProfileInput {
  const travel = draft.maxTravelKm.trim();
  return {
    programmeId: draft.programmeId,
    skillIds: [...draft.skillIds],
    freeWords: draft.freeWords
      .split(/[、,，\n]/)
      .map((word) => word.trim())
      .filter((word) => word !== ''),
    experience: draft.experience,
    qualifications: [...draft.qualifications].map((kind) => ({
      kind,
      registrationNumber:
        kind === 'nursery_teacher' && draft.nurseryNumber.trim() !== ''
          ? draft.nurseryNumber.trim()
          : null,
    })),
    hoursPerWeekMin: numberOf(draft.hoursMin),
    hoursPerWeekMax: numberOf(draft.hoursMax),
    availability: rangesOfCells(draft.cells),
    remoteOk: draft.remoteOk,
    onsiteOk: draft.onsiteOk,
    home: null,
    maxTravelKm: travel === '' ? null : Math.max(0, Math.round(numberOf(travel)) || 0),
    availableFrom: draft.availableFrom === '' ? null : draft.availableFrom,
    childcareNeed: draft.childcareNeed,
    path: draft.path,
    shownToCompanies: [...draft.shown],
  };
}
