import type { AppContext } from '../app/context.ts';
import { deleteUnsentAttachmentsBefore } from './attachments.repository.ts';

/**
 * A file is uploaded just before its message is sent. One whose message never came (the
 * app was closed, the send refused) is kept this long for a retry, then deleted: the
 * device still holds it until its message is acknowledged and uploads it again if needed.
 */
export const unsentAttachmentHours = 24;

/** Deletes uploads no message took within the grace period; returns how many. */
export async function purgeUnsentAttachments(ctx: AppContext): Promise<number> {
  const before = new Date(ctx.now().getTime() - unsentAttachmentHours * 3_600_000);
  return deleteUnsentAttachmentsBefore(ctx.db, before);
}
