import { eq } from 'drizzle-orm';
import type { AppContext } from '../app/context.ts';
import type { Db } from '../platform/db/database.ts';
import { consultationAssignments, consultationMessages } from '../platform/db/schema/index.ts';
import { enqueueNotifications, type OutboxRow } from './outbox/outbox.repository.ts';
import type { Composed } from './outbox/compose.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

/**
 * Web push to the care team when no console is open (issue 13): a consultation assigned
 * to them, or a new message from the person in one they hold. Push only (the console's
 * toast, title count and chime cover an open tab), with the fixed texts of push-texts.ts:
 * never what anyone wrote, who the person is or the topic. The link is the
 * consultation's page, which asks for the session and second factor before anything.
 */
export const staffPushKinds = ['consultation_assigned', 'consultation_message'] as const;
export type StaffPushKind = (typeof staffPushKinds)[number];

export const isStaffPushKind = (kind: string): kind is StaffPushKind =>
  (staffPushKinds as readonly string[]).includes(kind);

/**
 * Queues one push in the caller's transaction; `refId` is the assignment or the message.
 * Returns whether it is new (the caller wakes the outbox after commit).
 */
export async function enqueueStaffPush(
  tx: Db,
  entry: { municipalityId: string; kind: StaffPushKind; refId: string; userId: string },
  now: Date,
): Promise<boolean> {
  const added = await enqueueNotifications(tx, [{ ...entry, channel: 'push' }], now);
  return added.length > 0;
}

async function consultationOf(ctx: AppContext, row: OutboxRow): Promise<string | null> {
  const table =
    row.kind === 'consultation_assigned' ? consultationAssignments : consultationMessages;
  const [found] = await ctx.db
    .select({ consultationId: table.consultationId })
    .from(table)
    .where(ofMunicipality(table, row.municipalityId, eq(table.id, row.refId)));
  return found?.consultationId ?? null;
}

/** The push of a staff notice, written at delivery; null when its event is gone. */
export async function composeStaffPush(ctx: AppContext, row: OutboxRow): Promise<Composed | null> {
  if (!isStaffPushKind(row.kind)) return null;
  const consultationId = await consultationOf(ctx, row);
  if (!consultationId) return null;
  return {
    mail: null,
    push: { kind: row.kind, url: `/consultations/${consultationId}` },
  };
}
