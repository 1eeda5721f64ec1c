/**
 * The shared night pool (issue 18): agreements the network secretariat records, pool duty
 * in each member's roster, the pool queue and the one consultation a pool coordinator
 * holds. Nothing here names the person, their employer or their municipality's other
 * consultations; the home municipality appears only with its public emergency numbers.
 */
import { z } from 'zod';
import { licenceTypes } from '../domain/roles.ts';
import {
  ZId,
  ZIsoDateTime,
  isMultiLineText,
  isSingleLineText,
  noControlCharacters,
} from './common.ts';
import { ZConsultationTopic, ZMessage } from './consultations.ts';

const ZJapanDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
/** Hours are checked by the use-case, so that a wrong one gets its own clear error. */
const ZClock = z.string().max(10);

export const ZPoolAgreementInput = z.object({
  name: z.string().trim().min(1).max(120).refine(isSingleLineText, noControlCharacters),
  memberIds: z.array(ZId).max(200),
  startsAt: ZClock,
  endsAt: ZClock,
  licences: z.array(z.enum(licenceTypes)).max(licenceTypes.length),
  startDate: ZJapanDate,
  endDate: ZJapanDate,
});
export type TPoolAgreementInput = z.infer<typeof ZPoolAgreementInput>;

export const ZPoolAgreement = z.object({
  id: ZId,
  name: z.string(),
  memberIds: z.array(ZId),
  startsAt: z.string(),
  endsAt: z.string(),
  licences: z.array(z.enum(licenceTypes)),
  startDate: z.string(),
  endDate: z.string(),
});
export type TPoolAgreement = z.infer<typeof ZPoolAgreement>;

export const ZLeavePool = z.object({ municipalityId: ZId });

export const ZPoolDutyInput = z.object({
  userId: ZId,
  startsAt: ZIsoDateTime,
  endsAt: ZIsoDateTime,
});
export const ZPoolDuty = z.object({
  id: ZId,
  userId: ZId,
  startsAt: ZIsoDateTime,
  endsAt: ZIsoDateTime,
});

export const ZPoolCoverageQuery = z.object({ date: ZJapanDate });
/** People on pool duty per hour of a Japanese day, across all members; no names. */
export const ZPoolCoverage = z.object({
  date: z.string(),
  minimum: z.number().int(),
  hours: z.array(
    z.object({ hour: z.number().int(), people: z.number().int(), belowMinimum: z.boolean() }),
  ),
});
export type TPoolCoverage = z.infer<typeof ZPoolCoverage>;

/** A consultation waiting in the pool, as a pool coordinator sees it before taking it. */
export const ZPoolQueueItem = z.object({
  id: ZId,
  topics: z.array(ZConsultationTopic),
  urgency: z.number().int(),
  waitingSince: ZIsoDateTime,
});
export const ZPoolQueue = z.object({
  items: z.array(ZPoolQueueItem),
  /** The cases the coordinator holds now. */
  mine: z.array(z.object({ id: ZId, topics: z.array(ZConsultationTopic), takenAt: ZIsoDateTime })),
});
export type TPoolQueue = z.infer<typeof ZPoolQueue>;

export const ZEmergencyContact = z.object({
  label: z.string(),
  phone: z.string(),
  hours: z.string().nullable(),
});

/** The one consultation a pool coordinator holds: its messages and where to turn in a crisis. */
export const ZPoolCase = z.object({
  id: ZId,
  topics: z.array(ZConsultationTopic),
  urgency: z.number().int(),
  takenAt: ZIsoDateTime,
  messages: z.array(ZMessage),
  /** The home municipality's public emergency numbers (its name is not needed to call). */
  emergencyContacts: z.array(ZEmergencyContact),
  /** Supervisors of the pool on duty now, who take a crisis escalation. */
  poolSupervisorsOnDuty: z.number().int(),
});
export type TPoolCase = z.infer<typeof ZPoolCase>;

export const ZPoolHandover = z.object({
  summary: z.string().trim().min(1).max(4000).refine(isMultiLineText, noControlCharacters),
});
