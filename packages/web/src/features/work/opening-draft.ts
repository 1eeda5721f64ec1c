/**
 * A company's opening form as the screen holds it (strings for numbers and dates, cells
 * for the week, one choice for kind and employment type) and the request it becomes.
 * The server checks everything again; this only shapes what was typed.
 */
import type { QualificationKind, TWorkOpeningInput } from '@yorisoi/shared';
import { cellsOfRanges, rangesOfCells, type GridCell } from './availability-grid.ts';

/** What kind of opening, as one choice: a job's employment type, or a project. */
export const openingChoices = ['part_time', 'short_hours_regular', 'full_time', 'project'] as const;
export type OpeningChoice = (typeof openingChoices)[number];

export interface OpeningDraft {
  programmeId: string;
  choice: OpeningChoice;
  title: string;
  description: string;
  deliverable: string;
  teamSize: string;
  periodStart: string;
  periodEnd: string;
  hoursMin: string;
  hoursMax: string;
  cells: Set<GridCell>;
  workMode: TWorkOpeningInput['workMode'];
  placeLabel: string;
  childcareProvided: boolean;
  pay: string;
  startsOn: string;
  validThrough: string;
  requiredSkillIds: Set<string>;
  niceSkillIds: Set<string>;
  /** Free words as typed, separated by 、 or commas. */
  keywords: string;
  requiredQualifications: Set<QualificationKind>;
  niceQualifications: Set<QualificationKind>;
}

/**
 * The employer an opening is posted for: an admin's own company, or any company the
 * programme's staff name (one outside the municipality with its place).
 */
export interface Employer {
  organizationId: string | null;
  name: string;
  /** Where a company outside the municipality is; undefined keeps what was posted. */
  location?: string | null;
}

const text = (value: string | null) => value ?? '';
const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
const hours = (value: string) => Number(value.normalize('NFKC').trim() || Number.NaN);

export function openingDraftOf(input: TWorkOpeningInput | null, programmeId: string): OpeningDraft {
  return {
    programmeId: input?.programmeId ?? programmeId,
    choice: input ? (input.employmentType ?? 'project') : 'project',
    title: text(input?.title ?? null),
    description: text(input?.description ?? null),
    deliverable: text(input?.deliverable ?? null),
    teamSize: input?.teamSize ? String(input.teamSize) : '',
    periodStart: text(input?.periodStart ?? null),
    periodEnd: text(input?.periodEnd ?? null),
    hoursMin: input ? String(input.hoursPerWeekMin) : '',
    hoursMax: input ? String(input.hoursPerWeekMax) : '',
    cells: cellsOfRanges(input?.schedule ?? []),
    workMode: input?.workMode ?? 'onsite',
    placeLabel: text(input?.placeLabel ?? null),
    childcareProvided: input?.childcareProvided ?? false,
    pay: text(input?.pay ?? null),
    startsOn: text(input?.startsOn ?? null),
    validThrough: text(input?.validThrough ?? null),
    requiredSkillIds: new Set(input?.requiredSkillIds ?? []),
    niceSkillIds: new Set(input?.niceSkillIds ?? []),
    keywords: (input?.keywords ?? []).join('、'),
    requiredQualifications: new Set(input?.requiredQualifications ?? []),
    niceQualifications: new Set(input?.niceQualifications ?? []),
  };
}

/** 「保育、Excel，広報」: each word once, in the order typed. */
export function keywordsOf(typed: string): string[] {
  const words = typed
    .normalize('NFKC')
    .split(/[、,，\n]/)
    .map((word) => word.trim())
    .filter((word) => word !== '');
  return [...new Set(words)];
}

const sameCells = (a: ReadonlySet<GridCell>, b: ReadonlySet<GridCell>) =>
  a.size === b.size && [...a].every((cell) => b.has(cell));

/** The week as posted while the grid is untouched: times off the grid's blocks are kept. */
function scheduleOf(cells: ReadonlySet<GridCell>, previous: TWorkOpeningInput | null) {
  if (previous && sameCells(cells, cellsOfRanges(previous.schedule))) return previous.schedule;
  return rangesOfCells(cells);
}

/**
 * The request: the admin's own company as employer; a project keeps its deliverable,
 * team and period, a job drops them; a place typed for remote work is dropped.
 */
export function openingRequestOf(
  draft: OpeningDraft,
  employer: Employer,
  previous: TWorkOpeningInput | null,
): TWorkOpeningInput {
  const { choice } = draft;
  const project = choice === 'project';
  const teamSize = Number(draft.teamSize.normalize('NFKC'));
  return {
    programmeId: draft.programmeId,
    employerOrganizationId: employer.organizationId,
    employerName: employer.name,
    employerLocation:
      employer.location === undefined ? (previous?.employerLocation ?? null) : employer.location,
    kind: project ? 'project' : 'job',
    employmentType: choice === 'project' ? null : choice,
    title: draft.title.trim(),
    description: draft.description.trim(),
    deliverable: project ? orNull(draft.deliverable) : null,
    teamSize: project && Number.isInteger(teamSize) && teamSize > 0 ? teamSize : null,
    periodStart: project ? orNull(draft.periodStart) : null,
    periodEnd: project ? orNull(draft.periodEnd) : null,
    hoursPerWeekMin: hours(draft.hoursMin),
    hoursPerWeekMax: hours(draft.hoursMax),
    schedule: scheduleOf(draft.cells, previous),
    workMode: draft.workMode,
    placeLabel: draft.workMode === 'remote' ? null : orNull(draft.placeLabel),
    place: draft.workMode === 'remote' ? null : (previous?.place ?? null),
    startsOn: orNull(draft.startsOn),
    childcareProvided: draft.childcareProvided,
    pay: orNull(draft.pay),
    validThrough: orNull(draft.validThrough),
    requiredSkillIds: [...draft.requiredSkillIds],
    niceSkillIds: [...draft.niceSkillIds].filter((id) => !draft.requiredSkillIds.has(id)),
    keywords: keywordsOf(draft.keywords),
    requiredQualifications: [...draft.requiredQualifications],
    niceQualifications: [...draft.niceQualifications].filter(
      (kind) => !draft.requiredQualifications.has(kind),
    ),
  };
}
