import { z } from 'zod';
import {
  appointmentChannels,
  appointmentStatuses,
  maxBookingDays,
  minutesPerDay,
  slotLengths,
} from '../domain/appointments.ts';
import { consultationTopics } from '../domain/consultation.ts';
import { licenceTypes } from '../domain/roles.ts';
import { isSingleLineText, noControlCharacters, ZId, ZIsoDateTime } from './common.ts';
import { ZConsultationTopic, ZMessageBody } from './consultations.ts';

export const ZAppointmentChannel = z.enum(appointmentChannels);
export const ZAppointmentStatus = z.enum(appointmentStatuses);
const ZSlotMinutes = z.union(slotLengths.map((n) => z.literal(n)));
const ZChannels = z
  .array(ZAppointmentChannel)
  .min(1)
  .max(appointmentChannels.length)
  .refine((c) => new Set(c).size === c.length, { message: 'duplicate channels' });

/** A weekly window in Japan time: weekday 0 = Sunday, minutes after midnight. */
export const ZWeeklyWindow = z
  .object({
    weekday: z.number().int().min(0).max(6),
    startMinute: z.number().int().min(0).max(minutesPerDay),
    endMinute: z.number().int().min(0).max(minutesPerDay),
    slotMinutes: ZSlotMinutes,
    channels: ZChannels,
  })
  .refine((w) => w.startMinute % 5 === 0 && w.endMinute % 5 === 0, {
    message: 'windows start and end on a multiple of five minutes',
    path: ['startMinute'],
  })
  .refine((w) => w.endMinute - w.startMinute >= w.slotMinutes, {
    message: 'a window holds at least one slot',
    path: ['endMinute'],
  });
export type TWeeklyWindow = z.infer<typeof ZWeeklyWindow>;

/**
 * A one-off change: `block` closes a period (leave, training); `open` offers a period
 * outside the weekly windows, which is also how a public holiday is opened.
 */
export const ZAvailabilityException = z.object({
  id: ZId,
  kind: z.enum(['block', 'open']),
  startsAt: ZIsoDateTime,
  endsAt: ZIsoDateTime,
  slotMinutes: ZSlotMinutes.nullable(),
  channels: z.array(ZAppointmentChannel),
});
export type TAvailabilityException = z.infer<typeof ZAvailabilityException>;

export const ZAvailability = z.object({
  coordinatorId: ZId,
  displayName: z.string(),
  weekly: z.array(ZWeeklyWindow),
  exceptions: z.array(ZAvailabilityException),
});
export type TAvailability = z.infer<typeof ZAvailability>;
export const ZAvailabilityList = z.object({ items: z.array(ZAvailability) });

export const ZAvailabilityQuery = z.object({ coordinatorId: ZId.optional() });

export const ZSetWeeklyAvailabilityRequest = z.object({
  coordinatorId: ZId,
  windows: z.array(ZWeeklyWindow).max(50),
});
export type TSetWeeklyAvailabilityRequest = z.infer<typeof ZSetWeeklyAvailabilityRequest>;

const maxExceptionMs = 14 * 86_400_000;
export const ZAddAvailabilityExceptionRequest = z
  .object({
    coordinatorId: ZId,
    kind: z.enum(['block', 'open']),
    startsAt: ZIsoDateTime,
    endsAt: ZIsoDateTime,
    slotMinutes: ZSlotMinutes.optional(),
    channels: ZChannels.optional(),
  })
  .refine((e) => new Date(e.endsAt) > new Date(e.startsAt), {
    message: 'ends before it starts',
    path: ['endsAt'],
  })
  .refine((e) => new Date(e.endsAt).getTime() - new Date(e.startsAt).getTime() <= maxExceptionMs, {
    message: 'at most 14 days',
    path: ['endsAt'],
  })
  .refine((e) => e.kind === 'block' || (e.slotMinutes !== undefined && e.channels !== undefined), {
    message: 'an opened period needs a slot length and channels',
    path: ['slotMinutes'],
  });
export type TAddAvailabilityExceptionRequest = z.infer<typeof ZAddAvailabilityExceptionRequest>;

export const ZFreeSlotsQuery = z.object({
  topic: ZConsultationTopic,
  channel: ZAppointmentChannel,
  days: z.coerce.number().int().min(1).max(maxBookingDays).default(14),
});

/** A free slot as people see it: who holds it by licence, never who else booked. */
export const ZFreeSlot = z.object({
  coordinatorId: ZId,
  licence: z.enum(licenceTypes),
  startsAt: ZIsoDateTime,
  endsAt: ZIsoDateTime,
});
export type TFreeSlot = z.infer<typeof ZFreeSlot>;
export const ZFreeSlotList = z.object({ items: z.array(ZFreeSlot) });

export const ZBookAppointmentRequest = z.object({
  coordinatorId: ZId,
  startsAt: ZIsoDateTime,
  channel: ZAppointmentChannel,
  topics: z
    .array(ZConsultationTopic)
    .min(1)
    .max(consultationTopics.length)
    .refine((t) => new Set(t).size === t.length, { message: 'duplicate topics' }),
  /** Shown to the coordinator when the consultation opens at the booked time. */
  firstMessage: ZMessageBody.optional(),
});
export type TBookAppointmentRequest = z.infer<typeof ZBookAppointmentRequest>;

/** Staff give a reason when they cancel or move someone's appointment. */
export const ZChangeReason = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine(isSingleLineText, noControlCharacters);

export const ZCancelAppointmentRequest = z.object({ reason: ZChangeReason.optional() });
export const ZRescheduleAppointmentRequest = z.object({
  coordinatorId: ZId.optional(),
  startsAt: ZIsoDateTime,
  reason: ZChangeReason.optional(),
});
export type TRescheduleAppointmentRequest = z.infer<typeof ZRescheduleAppointmentRequest>;

export const ZAppointment = z.object({
  id: ZId,
  status: ZAppointmentStatus,
  startsAt: ZIsoDateTime,
  endsAt: ZIsoDateTime,
  channel: ZAppointmentChannel,
  topics: z.array(ZConsultationTopic),
  coordinatorId: ZId,
  coordinatorName: z.string(),
  licence: z.enum(licenceTypes).nullable(),
  viewerIs: z.enum(['person', 'coordinator', 'supervisor']),
  /** The consultation opened at the booked time, once it is open. */
  consultationId: ZId.nullable(),
  /** Why staff cancelled or moved it, shown to the person. */
  changeReason: z.string().nullable(),
  rescheduledToId: ZId.nullable(),
  createdAt: ZIsoDateTime,
  /**
   * Only in the answer to a booking: whether a confirmation went out by mail (none when
   * this installation sends no mail), so that the page never claims a mail that was not sent.
   */
  confirmation: z.enum(['mail', 'none']).optional(),
});
export type TAppointment = z.infer<typeof ZAppointment>;
export const ZAppointmentList = z.object({ items: z.array(ZAppointment) });
export const ZAppointmentListQuery = z.object({ coordinatorId: ZId.optional() });

/** An iCalendar file (RFC 5545) for the person's or coordinator's calendar. */
export const ZAppointmentCalendar = z.object({ filename: z.string(), ics: z.string() });
