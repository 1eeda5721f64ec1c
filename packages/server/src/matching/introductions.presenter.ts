import type { IntroductionStatus, TWorkIntroduction } from '@yorisoi/shared';
import type { JoinedIntroduction } from './introductions.repository.ts';

const followUp = (at: Date | null, working: boolean | null) =>
  at && working !== null ? { at: at.toISOString(), working } : null;

/** An introduction as the programme's staff follow it. */
export function presentIntroduction({
  introduction,
  profile,
  opening,
}: JoinedIntroduction): TWorkIntroduction {
  return {
    id: introduction.id,
    profileId: profile.id,
    referenceLabel: profile.referenceLabel,
    openingId: opening.id,
    openingTitle: opening.title,
    employerName: opening.employerName,
    status: introduction.status as IntroductionStatus,
    answeredAt: introduction.answeredAt?.toISOString() ?? null,
    startedOn: introduction.startedOn,
    endedOn: introduction.endedOn,
    followUp1m: followUp(introduction.followUp1mAt, introduction.followUp1mWorking),
    followUp6m: followUp(introduction.followUp6mAt, introduction.followUp6mWorking),
    createdAt: introduction.createdAt.toISOString(),
  };
}
