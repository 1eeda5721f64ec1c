import { z } from 'zod';
import { ZDisplayName, ZId, ZIsoDateTime } from './common.ts';

/** on_duty: answering the queue; on_call: reachable to take over an emergency. */
export const shiftKinds = ['on_duty', 'on_call'] as const;
export const ZShiftKind = z.enum(shiftKinds);

/** Shifts are planned in whole quarter hours and last at most 24 hours. */
export const maxShiftHours = 24;

export const ZShift = z.object({
  id: ZId,
  userId: ZId,
  displayName: z.string(),
  kind: ZShiftKind,
  startsAt: ZIsoDateTime,
  endsAt: ZIsoDateTime,
});
export type TShift = z.infer<typeof ZShift>;
export const ZShiftList = z.object({ items: z.array(ZShift) });

const quarterHour = (iso: string) => new Date(iso).getTime() % (15 * 60_000) === 0;

export const ZCreateShiftRequest = z
  .object({
    userId: ZId,
    kind: ZShiftKind,
    startsAt: ZIsoDateTime,
    endsAt: ZIsoDateTime,
  })
  .refine((s) => quarterHour(s.startsAt) && quarterHour(s.endsAt), {
    message: 'shifts start and end on a quarter hour',
    path: ['startsAt'],
  })
  .refine((s) => new Date(s.endsAt) > new Date(s.startsAt), {
    message: 'ends before it starts',
    path: ['endsAt'],
  })
  .refine(
    (s) =>
      new Date(s.endsAt).getTime() - new Date(s.startsAt).getTime() <= maxShiftHours * 3_600_000,
    {
      message: `at most ${maxShiftHours} hours`,
      path: ['endsAt'],
    },
  );
export type TCreateShiftRequest = z.infer<typeof ZCreateShiftRequest>;

export const ZShiftRangeQuery = z.object({
  from: ZIsoDateTime,
  days: z.coerce.number().int().min(1).max(31).default(14),
});

/**
 * One hour of the coverage view. The MHLW guideline for SNS consultation asks for two
 * people on duty or reachable at all times, so that an emergency can be handed over.
 */
export const ZCoverageHour = z.object({
  startsAt: ZIsoDateTime,
  onDuty: z.number().int().nonnegative(),
  onCall: z.number().int().nonnegative(),
  band: z.enum(['day', 'night', 'holiday']),
  gap: z.boolean(),
});
export const ZCoverage = z.object({
  from: ZIsoDateTime,
  hours: z.array(ZCoverageHour),
  minimumStaff: z.number().int().positive(),
  gapHours: z.number().int().nonnegative(),
});
export type TCoverage = z.infer<typeof ZCoverage>;

export const ZRosterMember = z.object({ id: ZId, displayName: ZDisplayName });
