import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { advanceReceipt, type ReceiptRow } from './receipts.repository.ts';
import { loadConsultationFor } from './consultation-access.ts';

/**
 * Records how far a participant has received and read. Numbers beyond the last message
 * are capped to it, and receipts never move backwards.
 */
export async function markReceipt(
  ctx: AppContext,
  {
    actor,
    consultationId,
    deliveredSeq,
    readSeq,
  }: {
    actor: Actor;
    consultationId: string;
    deliveredSeq?: number | undefined;
    readSeq?: number | undefined;
  },
): Promise<ReceiptRow> {
  const consultation = await loadConsultationFor(ctx, actor, consultationId, 'consultation.read');
  const cap = (n: number | undefined) => Math.min(n ?? 0, consultation.lastSeq);
  return advanceReceipt(ctx.db, consultation.municipalityId, {
    consultationId: consultation.id,
    userId: actor.userId,
    readerRole: actor.role,
    deliveredSeq: cap(deliveredSeq),
    readSeq: cap(readSeq),
    now: ctx.now(),
  });
}
