import { z } from 'zod';
import { appointmentChannels } from '../domain/appointments.ts';
import { lifeEvents, outcomes, referralTypes, severities } from '../domain/case-coding.ts';
import { industries } from '../domain/organization.ts';
import { riskCategories } from '../domain/risk-screening.ts';
import { ZId, ZIsoDateTime } from './common.ts';
import { ZConsultationTopic } from './consultations.ts';
import { ZReferral } from './referrals.ts';

/**
 * The person beside the conversation in the care team's console: what they chose to
 * share, their earlier consultations with this service as coded at closing, referrals
 * still open, appointments to come and every risk flag so far. Never an earlier
 * consultation's messages, never a real name or employer.
 */
export const ZPersonContext = z.object({
  person: z.object({
    /** The name they asked to be called by, if they set one. */
    nickname: z.string().nullable(),
    role: z.enum(['worker', 'family']),
    /** The employer's industry (not its name), for a worker. */
    industry: z.enum(industries).nullable(),
  }),
  previous: z.array(
    z.object({
      id: ZId,
      createdAt: ZIsoDateTime,
      closedAt: ZIsoDateTime.nullable(),
      status: z.enum(['queued', 'active', 'closed']),
      topics: z.array(ZConsultationTopic),
      withMe: z.boolean(),
      coding: z
        .object({
          severity: z.enum(severities),
          outcome: z.enum(outcomes),
          lifeEvents: z.array(z.enum(lifeEvents)),
          referrals: z.array(z.enum(referralTypes)),
        })
        .nullable(),
    }),
  ),
  openReferrals: z.array(ZReferral),
  appointments: z.array(
    z.object({
      id: ZId,
      startsAt: ZIsoDateTime,
      channel: z.enum(appointmentChannels),
      withMe: z.boolean(),
    }),
  ),
  riskHistory: z.array(
    z.object({
      level: z.enum(['concern', 'high']),
      categories: z.array(z.enum(riskCategories)),
      createdAt: ZIsoDateTime,
      assessed: z.boolean(),
      /** In the consultation open now, rather than an earlier one. */
      current: z.boolean(),
    }),
  ),
});
export type TPersonContext = z.infer<typeof ZPersonContext>;
