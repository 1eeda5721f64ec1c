import { and, isNull, lt } from 'drizzle-orm';
import type { AppContext } from '../app/context.ts';
import { consultationAttachments } from '../platform/db/schema/index.ts';

/**
 * A file is uploaded just before its message is sent. One whose message never came (the
 * app was closed, the send refused) is kept this long for a retry, then deleted: the
 * device still holds it until its message is acknowledged and uploads it again if needed.
 */
export const unsentAttachmentHours = 24;

/** Deletes uploads no message took within the grace period; returns how many. */
export async function purgeUnsentAttachments(ctx: AppContext): Promise<number> {
  const before = new Date(ctx.now().getTime() - unsentAttachmentHours * 3_600_000);
  const deleted = await ctx.db
    .delete(consultationAttachments)
    .where(
      and(isNull(consultationAttachments.messageId), lt(consultationAttachments.createdAt, before)),
    )
    .returning({ id: consultationAttachments.id });
  return deleted.length;
}
