import { z } from 'zod';
import { auditActionGroups, auditActions } from '../domain/audit-actions.ts';
import { ZCalendarDate } from './childcare.ts';
import { ZId, ZIsoDateTime } from './common.ts';

export const ZAuditEntry = z.object({
  seq: z.number().int(),
  at: ZIsoDateTime,
  action: z.enum(auditActions),
  actorRole: z.string().nullable(),
  actorId: ZId.nullable(),
  /** Staff by name; a person who consults is never named here (whether they consulted is confidential). */
  actorName: z.string().nullable(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
});
export type TAuditEntry = z.infer<typeof ZAuditEntry>;

/** A member of staff who may appear in the log, for the "who" filter. */
export const ZAuditActor = z.object({ id: ZId, name: z.string(), role: z.string() });

export const ZAuditList = z.object({
  items: z.array(ZAuditEntry),
  actors: z.array(ZAuditActor),
});

/**
 * What an investigation narrows the log to: who, what (an action or its group), when (days
 * in Japan time, both included) and which target (a consultation's id, say).
 */
const ZAuditFilterFields = z.object({
  actorId: ZId.optional(),
  action: z.enum(auditActions).optional(),
  group: z.enum(auditActionGroups as [string, ...string[]]).optional(),
  from: ZCalendarDate.optional(),
  to: ZCalendarDate.optional(),
  targetId: z.string().trim().min(1).max(64).optional(),
});
const fromNotAfterTo = (f: { from?: string | undefined; to?: string | undefined }) =>
  !f.from || !f.to || f.from <= f.to;
const fromAfterTo = { message: 'from must not be after to', path: ['to'] };

export const ZAuditFilter = ZAuditFilterFields.refine(fromNotAfterTo, fromAfterTo);
export type TAuditFilter = z.infer<typeof ZAuditFilter>;

export const ZAuditQuery = ZAuditFilterFields.extend({
  before: z.coerce.number().int().positive().optional(),
}).refine(fromNotAfterTo, fromAfterTo);

/** The filtered log as CSV (UTF-8 with BOM, CRLF) for the data-protection officer. */
export const ZAuditCsvFile = z.custom<Uint8Array<ArrayBufferLike>>(
  (value) => value instanceof Uint8Array,
);
