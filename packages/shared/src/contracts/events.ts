import { z } from 'zod';
import {
  eventKinds,
  eventRegistrationStates,
  eventRegistrationStatuses,
  maxEventCapacity,
} from '../domain/events.ts';
import {
  isMultiLineText,
  isSingleLineText,
  noControlCharacters,
  ZId,
  ZIsoDateTime,
} from './common.ts';

export const ZEventKind = z.enum(eventKinds);
export const ZEventRegistrationStatus = z.enum(eventRegistrationStatuses);
export const ZEventRegistrationState = z.enum(eventRegistrationStates);

const line = (max: number) =>
  z.string().trim().min(1).max(max).refine(isSingleLineText, noControlCharacters);
const optionalLine = (max: number) => line(max).nullable();

/** The municipality in a public address: its 全国地方公共団体コード, checked against the tenants. */
export const ZPublicMunicipalityParams = z.object({ code: z.string().min(1).max(12) });
export const ZPublicEventParams = ZPublicMunicipalityParams.extend({ id: ZId });

/** A month in Japan time, YYYY-MM. */
export const ZEventMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
export const ZEventMonthQuery = z.object({ month: ZEventMonth.optional() });

/** What city staff write about an event; the server refuses a time order that cannot be. */
export const ZEventInput = z
  .object({
    kind: ZEventKind,
    title: line(120),
    description: z.string().trim().max(4000).refine(isMultiLineText, noControlCharacters),
    startsAt: ZIsoDateTime,
    endsAt: ZIsoDateTime,
    placeName: optionalLine(120),
    address: optionalLine(200),
    onlineUrl: z
      .url({ protocol: /^https$/ })
      .max(500)
      .nullable(),
    childcare: z.boolean(),
    childcareDetails: optionalLine(300),
    capacity: z.number().int().min(1).max(maxEventCapacity),
    registrationOpensAt: ZIsoDateTime.nullable(),
    registrationClosesAt: ZIsoDateTime.nullable(),
    target: optionalLine(120),
    fee: optionalLine(120),
    hostFacilityId: ZId.nullable(),
    published: z.boolean(),
  })
  .refine((e) => Date.parse(e.endsAt) > Date.parse(e.startsAt), {
    message: 'ends after it starts',
    path: ['endsAt'],
  })
  .refine((e) => e.placeName !== null || e.onlineUrl !== null, {
    message: 'a place or an online address',
    path: ['placeName'],
  })
  .refine(
    (e) =>
      e.registrationClosesAt === null ||
      Date.parse(e.registrationClosesAt) <= Date.parse(e.startsAt),
    {
      message: 'registration closes at the latest when the event starts',
      path: ['registrationClosesAt'],
    },
  )
  .refine(
    (e) =>
      e.registrationOpensAt === null ||
      Date.parse(e.registrationOpensAt) < Date.parse(e.registrationClosesAt ?? e.startsAt),
    { message: 'registration opens before it closes', path: ['registrationOpensAt'] },
  );
export type TEventInput = z.infer<typeof ZEventInput>;

/** An event as anyone may see it: no registrant, only how many seats are left. */
export const ZPublicEvent = z.object({
  id: ZId,
  municipalityCode: z.string(),
  municipalityName: z.string(),
  kind: ZEventKind,
  title: z.string(),
  description: z.string(),
  startsAt: ZIsoDateTime,
  endsAt: ZIsoDateTime,
  placeName: z.string().nullable(),
  address: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  childcare: z.boolean(),
  childcareDetails: z.string().nullable(),
  capacity: z.number().int(),
  seatsLeft: z.number().int(),
  waitingCount: z.number().int(),
  registration: ZEventRegistrationState,
  registrationOpensAt: ZIsoDateTime.nullable(),
  registrationClosesAt: ZIsoDateTime.nullable(),
  target: z.string().nullable(),
  fee: z.string().nullable(),
  hostFacilityId: ZId.nullable(),
});
export type TPublicEvent = z.infer<typeof ZPublicEvent>;

export const ZPublicEventList = z.object({
  municipalityName: z.string(),
  month: ZEventMonth,
  items: z.array(ZPublicEvent),
});
export type TPublicEventList = z.infer<typeof ZPublicEventList>;

/** The form a resident sends; the contact check is `checkEventContact`, the same on both sides. */
export const ZEventRegistrationRequest = z.object({
  name: z.string().max(200),
  email: z.string().max(300),
  phone: z.string().max(40),
  adults: z.number().int(),
  children: z.number().int(),
  /** Made once per form by the page: sending the same form twice registers once. */
  clientRequestId: ZId,
  locale: z.enum(['ja', 'en']).default('ja'),
});
export type TEventRegistrationRequest = z.input<typeof ZEventRegistrationRequest>;

export const ZEventRegistrationResult = z.object({
  registrationId: ZId,
  status: z.enum(['registered', 'waiting']),
  /** 1 for the first in line; null when registered. */
  waitingPosition: z.number().int().positive().nullable(),
  event: ZPublicEvent,
});
export type TEventRegistrationResult = z.infer<typeof ZEventRegistrationResult>;

/** The token from the emailed link, sent in the body so that it stays out of address logs. */
export const ZEventCancelRequest = z.object({ token: z.string().min(20).max(100) });

export const ZEventRegistrationView = z.object({
  status: ZEventRegistrationStatus,
  waitingPosition: z.number().int().positive().nullable(),
  event: ZPublicEvent,
});
export type TEventRegistrationView = z.infer<typeof ZEventRegistrationView>;

export const ZEventCalendar = z.object({ filename: z.string(), ics: z.string() });

/** An event as its city staff manage it. */
export const ZStaffEvent = ZPublicEvent.extend({
  published: z.boolean(),
  cancelled: z.boolean(),
  registeredCount: z.number().int(),
  attendedCount: z.number().int(),
  createdAt: ZIsoDateTime,
});
export type TStaffEvent = z.infer<typeof ZStaffEvent>;
export const ZStaffEventList = z.object({
  municipalityCode: z.string(),
  month: ZEventMonth,
  items: z.array(ZStaffEvent),
});

/** A registration as staff see it; contact details are null once purged after the event. */
export const ZEventRegistration = z.object({
  id: ZId,
  status: ZEventRegistrationStatus,
  waitingPosition: z.number().int().positive().nullable(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  adults: z.number().int(),
  children: z.number().int(),
  createdAt: ZIsoDateTime,
  contactPurged: z.boolean(),
});
export type TEventRegistration = z.infer<typeof ZEventRegistration>;
export const ZEventRegistrationList = z.object({
  event: ZStaffEvent,
  items: z.array(ZEventRegistration),
});
export type TEventRegistrationList = z.infer<typeof ZEventRegistrationList>;

export const ZAttendanceRequest = z.object({ attended: z.boolean() });
export const ZEventRegistrationParams = z.object({ id: ZId, registrationId: ZId });

/** イベント一覧 in the current generation of the national open-data format (CSV bytes). */
export const ZEventsCsvFile = z.custom<Uint8Array<ArrayBufferLike>>(
  (value) => value instanceof Uint8Array,
);
