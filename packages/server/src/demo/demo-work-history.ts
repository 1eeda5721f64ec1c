/**
 * The past of 長泉わくキャリ in the demo, so that its figures and follow-ups read like a
 * programme's year: participants who registered over the last eighteen months, hearings,
 * and introductions to jobs at every step (placements this year and last, one a month
 * ago whose 1-month call is due, one half a year ago whose 6-month call is due). All
 * fictional （架空）.
 */
import { addDays, type IntroductionStatus } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { insertHearing } from '../matching/hearings.repository.ts';
import { sealedHearing } from '../matching/hearings.service.ts';
import { insertIntroduction } from '../matching/introductions.repository.ts';
import type { Db } from '../platform/db/database.ts';

/** When the n-th participant registered: spread over the last eighteen months. */
export function demoRegisteredAt(n: number, today: string): Date {
  return new Date(`${addDays(today, -((n * 17) % 540))}T10:00:00+09:00`);
}

const at = (day: string) => new Date(`${day}T10:00:00+09:00`);

interface Step {
  status: IntroductionStatus;
  /** Days before today the person answered; work started some days later. */
  answeredDaysAgo: number;
  startedDaysAgo: number | null;
  followUps: { one: boolean; six: boolean };
}

const none = { one: false, six: false };
const steps: Step[] = [
  // A start half a year ago: the 1-month call made, the 6-month one due.
  {
    status: 'started',
    answeredDaysAgo: 215,
    startedDaysAgo: 200,
    followUps: { one: true, six: false },
  },
  {
    status: 'started',
    answeredDaysAgo: 160,
    startedDaysAgo: 150,
    followUps: { one: true, six: false },
  },
  {
    status: 'started',
    answeredDaysAgo: 110,
    startedDaysAgo: 100,
    followUps: { one: true, six: false },
  },
  // A start six weeks ago whose 1-month call is due.
  { status: 'started', answeredDaysAgo: 50, startedDaysAgo: 40, followUps: none },
  { status: 'started', answeredDaysAgo: 30, startedDaysAgo: 20, followUps: none },
  { status: 'not_completed', answeredDaysAgo: 90, startedDaysAgo: null, followUps: none },
  { status: 'interview', answeredDaysAgo: 12, startedDaysAgo: null, followUps: none },
  { status: 'offer', answeredDaysAgo: 25, startedDaysAgo: null, followUps: none },
  { status: 'accepted', answeredDaysAgo: 5, startedDaysAgo: null, followUps: none },
  { status: 'declined', answeredDaysAgo: 8, startedDaysAgo: null, followUps: none },
  // Last year's placement, still working at six months: retention.
  {
    status: 'started',
    answeredDaysAgo: 420,
    startedDaysAgo: 400,
    followUps: { one: true, six: true },
  },
];

export async function seedDemoWorkHistory(
  ctx: AppContext,
  tx: Db,
  {
    municipalityId,
    programmeId,
    profileIds,
    heardProfileIds,
    jobIds,
    staffId,
    today,
  }: {
    municipalityId: string;
    programmeId: string;
    profileIds: readonly string[];
    /** Whom the staff heard: the demo participant first, so her phone shows the day. */
    heardProfileIds: readonly string[];
    jobIds: readonly string[];
    staffId: string | null;
    today: string;
  },
) {
  for (const [k, step] of steps.entries()) {
    const started = step.startedDaysAgo === null ? null : addDays(today, -step.startedDaysAgo);
    await insertIntroduction(tx, {
      municipalityId,
      programmeId,
      profileId: profileIds[5 + k]!,
      openingId: jobIds[k % jobIds.length]!,
      status: step.status,
      proposedBy: staffId,
      answeredAt: at(addDays(today, -step.answeredDaysAgo)),
      startedOn: started,
      followUp1mAt: started && step.followUps.one ? at(addDays(started, 31)) : null,
      followUp1mWorking: started && step.followUps.one ? true : null,
      followUp6mAt: started && step.followUps.six ? at(addDays(started, 183)) : null,
      followUp6mWorking: started && step.followUps.six ? true : null,
    });
  }
  if (!staffId) return;
  const hearings = [
    {
      wishes: '火・木の午前に、在宅でデザインの仕事を少しずつ再開したい。',
      constraints: '保育園のお迎えが15時。下の子が熱を出しやすい。',
      nextStep: '12月の座談会に参加。SNS発信のプロジェクトを紹介予定。',
    },
    {
      wishes: '経理の経験を生かして、短時間の正社員をめざしたい。',
      constraints: '親の通院の付き添いが月2回ある。',
      nextStep: '短時間正社員の求人を2件紹介。',
    },
  ];
  for (const [k, body] of hearings.entries())
    await insertHearing(
      tx,
      sealedHearing(ctx.keyring, {
        municipalityId,
        programmeId,
        profileId: heardProfileIds[k]!,
        heldOn: addDays(today, -7 - 30 * k),
        body,
        recordedBy: staffId,
        createdAt: at(addDays(today, -7 - 30 * k)),
      }),
    );
}
