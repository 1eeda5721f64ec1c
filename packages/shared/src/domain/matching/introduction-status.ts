/**
 * An introduction's steps. Staff propose; only the person moves it from `proposed` (they
 * accept or decline on their phone); then the staff record interview → offer → started →
 * completed, or that it did not work out. A company reads an introduction only once the
 * person accepted it.
 */
export const introductionStatuses = [
  'proposed',
  'declined',
  'accepted',
  'interview',
  'offer',
  'started',
  'completed',
  'not_completed',
] as const;
export type IntroductionStatus = (typeof introductionStatuses)[number];

/** The steps the programme's staff record; `accepted` and `declined` are the person's. */
export const staffIntroductionSteps = [
  'interview',
  'offer',
  'started',
  'completed',
  'not_completed',
] as const;
export type StaffIntroductionStep = (typeof staffIntroductionSteps)[number];

const staffNext: Record<IntroductionStatus, readonly StaffIntroductionStep[]> = {
  proposed: [],
  declined: [],
  accepted: ['interview', 'offer', 'started', 'not_completed'],
  interview: ['offer', 'not_completed'],
  offer: ['started', 'not_completed'],
  started: ['completed', 'not_completed'],
  completed: [],
  not_completed: [],
};

/** Whether staff may record `to` on an introduction now at `from`. */
export function canStaffMove(from: IntroductionStatus, to: StaffIntroductionStep): boolean {
  return staffNext[from].includes(to);
}

/** Whether the person may still answer (only a proposal waits for them). */
export const awaitsPerson = (status: IntroductionStatus) => status === 'proposed';

/** Whether a company may read the introduction: only after the person agreed to it. */
export const companyMayRead = (status: IntroductionStatus) =>
  status !== 'proposed' && status !== 'declined';

/** Whether the work began (started, or completed; a start that ended early keeps its date). */
export const hasStarted = (status: IntroductionStatus, startedOn: string | null) =>
  status === 'started' || status === 'completed' || startedOn !== null;
