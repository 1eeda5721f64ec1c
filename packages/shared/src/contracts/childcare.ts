import { z } from 'zod';
import { ZDisplayName, ZEmail, ZId, ZIsoDateTime } from './common.ts';
import { ZPublicEvent } from './events.ts';
import { childcareKinds, childcareServices } from '../domain/childcare/kinds.ts';

/** A calendar day in Japan, YYYY-MM-DD. */
export const ZCalendarDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
/** A month, YYYY-MM; its vacancy table is as of the 1st. */
export const ZMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
/** A 全国地方公共団体コード as written in an address: 6 digits (5 are repaired when provable). */
export const ZMunicipalityCodeParams = z.object({ code: z.string().regex(/^\d{5,6}$/) });
export const ZMunicipalityFacilityParams = z.object({
  code: z.string().regex(/^\d{5,6}$/),
  id: ZId,
});

export const ZChildcareKind = z.enum(childcareKinds);
export const ZChildcareService = z.enum(childcareServices);
export const weekdayKeys = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export const ZWeekday = z.enum(weekdayKeys);
/** "mon 10:00" (a `+` in a query string arrives as a space). */
export const ZOpenAt = z
  .string()
  .regex(/^(sun|mon|tue|wed|thu|fri|sat)[ +]([01]\d|2[0-3]):[0-5]\d$/);

export const ZChildcareSearchQuery = z.object({
  birthDate: ZCalendarDate.optional(),
  on: ZCalendarDate.optional(),
  kind: ZChildcareKind.optional(),
  area: z.string().trim().min(1).max(60).optional(),
  openAt: ZOpenAt.optional(),
  service: ZChildcareService.optional(),
});
export type TChildcareSearchQuery = z.infer<typeof ZChildcareSearchQuery>;

export const ZAcceptanceAge = z.object({
  /** 受入年齢 exactly as the facility wrote it. */
  text: z.string().nullable(),
  readable: z.boolean(),
  /** The range in words, in the reader's language; the text as written when unreadable. */
  description: z.string().nullable(),
});

export const ZOpeningHours = z.array(
  z.object({
    weekday: ZWeekday,
    /** HH:MM, or null on a closed day. */
    opens: z.string().nullable(),
    closes: z.string().nullable(),
  }),
);

export const vacancySymbols = ['◎', '○', '△', '×'] as const;
export const ZVacancySymbol = z.enum(vacancySymbols);
export const ZVacancyDisplay = z.enum(['counts', 'symbols']);
export type TVacancyDisplay = z.infer<typeof ZVacancyDisplay>;

/** One age class of a month: a count where the city shows counts, a symbol always. */
export const ZVacancyCell = z.object({
  classAge: z.number().int().min(0).max(5),
  count: z.number().int().min(0).nullable(),
  symbol: ZVacancySymbol.nullable(),
});

export const ZFacilityVacancy = z.object({
  month: ZMonth,
  display: ZVacancyDisplay,
  classes: z.array(ZVacancyCell),
  /** False when the facility has not updated this month: the figures are an earlier month's. */
  updatedThisMonth: z.boolean(),
  updatedAt: ZIsoDateTime.nullable(),
});

export const matchReasons = [
  'classAge',
  'age',
  'ageUnreadable',
  'kind',
  'area',
  'openAt',
  'service',
] as const;
export const ZMatchReason = z.object({
  reason: z.enum(matchReasons),
  /** Why, in the reader's language: 「1歳児クラス（令和8年度）を受け入れ」. */
  text: z.string(),
});

export const ZChildcareFacilitySummary = z.object({
  id: ZId,
  /** 名称 exactly as imported. */
  name: z.string(),
  nameKana: z.string().nullable(),
  kind: ZChildcareKind,
  area: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  acceptanceAge: ZAcceptanceAge,
  services: z.array(ZChildcareService),
  openingHours: ZOpeningHours,
  matched: z.array(ZMatchReason),
  /** The child's class in the latest published month, or all classes without a birth date. */
  vacancy: ZFacilityVacancy.nullable(),
});
export type TChildcareFacilitySummary = z.infer<typeof ZChildcareFacilitySummary>;

export const ZChildcareSearchResult = z.object({
  municipality: z.object({ code: z.string(), name: z.string() }),
  on: ZCalendarDate,
  /** The child's age on `on` and class in its fiscal year, when a birth date was given. */
  child: z
    .object({
      months: z.number().int(),
      classAge: z.number().int(),
      fiscalYear: z.number().int(),
    })
    .nullable(),
  facilities: z.array(ZChildcareFacilitySummary),
});
export type TChildcareSearchResult = z.infer<typeof ZChildcareSearchResult>;

/** Map tiles as the server is configured (MAP_TILE_URL): an XYZ template and its credit. */
export const ZMapTiles = z.object({
  urlTemplate: z.string(),
  attribution: z.string(),
  attributionUrl: z.string(),
});
export type TMapTiles = z.infer<typeof ZMapTiles>;

export const ZChildcareFacilityDetail = ZChildcareFacilitySummary.extend({
  sourceId: z.string(),
  nameEn: z.string().nullable(),
  kindWritten: z.string().nullable(),
  postalCode: z.string().nullable(),
  addressExtra: z.string().nullable(),
  url: z.string().nullable(),
  capacity: z.number().int().nullable(),
  hoursNote: z.string().nullable(),
  /** Every column of the open-data record as published, unknown ones included. */
  record: z.record(z.string(), z.string()),
  /** The tiles the page's map draws with. */
  mapTiles: ZMapTiles,
  /** Coming published events the facility holds, soonest first. */
  events: z.array(ZPublicEvent),
});
export type TChildcareFacilityDetail = z.infer<typeof ZChildcareFacilityDetail>;

export const ZVacancyTableQuery = z.object({ month: ZMonth.optional() });
export const ZVacancyTableRow = z.object({
  facilityId: ZId,
  name: z.string(),
  sourceId: z.string(),
  area: z.string().nullable(),
  classes: z.array(ZVacancyCell),
  total: z.number().int().nullable(),
  updatedAt: ZIsoDateTime.nullable(),
  notUpdatedThisMonth: z.boolean(),
});
export const ZVacancyTable = z.object({
  municipality: z.object({ code: z.string(), name: z.string() }),
  month: ZMonth,
  /** The table is as of the 1st of its month. */
  asOf: ZCalendarDate,
  display: ZVacancyDisplay,
  publishedAt: ZIsoDateTime.nullable(),
  /** Every published month, newest first: the history. */
  months: z.array(ZMonth),
  rows: z.array(ZVacancyTableRow),
});
export type TVacancyTable = z.infer<typeof ZVacancyTable>;

/** Staff: a facility's vacancies for a month, pre-filled from the last month it stated. */
export const ZFacilityVacancyQuery = z.object({ month: ZMonth.optional() });
export const ZFacilityVacancyForm = z.object({
  facilityId: ZId,
  facilityName: z.string(),
  month: ZMonth,
  /** Age classes 0–5; null is "not stated" (the class does not exist or is not offered). */
  counts: z.array(z.number().int().min(0).nullable()).length(6),
  /** The version to send back; null when this month has no row yet. */
  version: z.number().int().nullable(),
  /** The month the counts were taken from when this month has none yet. */
  prefilledFrom: ZMonth.nullable(),
  updatedAt: ZIsoDateTime.nullable(),
});
export type TFacilityVacancyForm = z.infer<typeof ZFacilityVacancyForm>;

export const ZUpdateFacilityVacancies = z.object({
  month: ZMonth,
  counts: z.array(z.number().int().min(0).max(999).nullable()).length(6),
  /** The version read; null to create the month. A stale one is refused (VACANCY_CONFLICT). */
  version: z.number().int().nullable(),
});
export type TUpdateFacilityVacancies = z.infer<typeof ZUpdateFacilityVacancies>;

export const ZStaffChildcareFacility = z.object({
  id: ZId,
  sourceId: z.string(),
  name: z.string(),
  kind: ZChildcareKind,
  area: z.string().nullable(),
});
export const ZStaffChildcareFacilityList = z.object({ items: z.array(ZStaffChildcareFacility) });

export const ZVacancyMonthQuery = z.object({ month: ZMonth.optional() });
export const ZVacancyUpdateStatus = z.object({
  month: ZMonth,
  publishedAt: ZIsoDateTime.nullable(),
  facilities: z.array(
    z.object({
      facilityId: ZId,
      name: z.string(),
      updatedAt: ZIsoDateTime.nullable(),
      updated: z.boolean(),
      lastRemindedAt: ZIsoDateTime.nullable(),
      staffCount: z.number().int(),
    }),
  ),
});
export type TVacancyUpdateStatus = z.infer<typeof ZVacancyUpdateStatus>;

export const ZSendVacancyReminders = z.object({
  month: ZMonth,
  /** Facilities to remind; all that have not updated the month when left out. */
  facilityIds: z.array(ZId).max(1000).optional(),
});
export const ZVacancyRemindersSent = z.object({
  facilities: z.number().int(),
  recipients: z.number().int(),
});

export const ZPublishVacancyTable = z.object({ month: ZMonth });
export const ZVacancyPublication = z.object({ month: ZMonth, publishedAt: ZIsoDateTime });

export const ZChildcareSettings = z.object({ vacancyDisplay: ZVacancyDisplay });
export type TChildcareSettings = z.infer<typeof ZChildcareSettings>;

export const ZInviteChildcareStaff = z.object({ email: ZEmail, displayName: ZDisplayName });

/** The largest 子育て施設一覧 accepted through the API (50,000 rows are about 10 MB). */
export const maxOpenDataFileBytes = 32 * 1024 * 1024;
/** A 子育て施設一覧 file as uploaded: its bytes, base64, in whatever encoding it was written. */
export const ZImportChildcareFacilities = z.object({
  data: z
    .base64()
    .min(1)
    .max(Math.ceil(maxOpenDataFileBytes / 3) * 4),
});

/** The result of importing 子育て施設一覧 (CLI and API alike). */
export const ZOpenDataImportReport = z.object({
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.array(z.object({ line: z.number().int(), reason: z.string() })),
});
export type TOpenDataImportReport = z.infer<typeof ZOpenDataImportReport>;

/** A vacancy table download: a month (the latest published by default) as CSV or JSON. */
export const ZVacancyExportQuery = z.object({
  month: ZMonth.optional(),
  format: z.enum(['csv', 'json']).default('csv'),
});
/** An open-data file for download (UTF-8 with BOM and CRLF when CSV, so Excel opens it). */
export const ZOpenDataFile = z.custom<Uint8Array<ArrayBufferLike>>(
  (value) => value instanceof Uint8Array,
);
