import { and, asc, eq } from 'drizzle-orm';
import { unknownVariables, type TCannedReply } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { cannedReplies } from '../platform/db/schema/index.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, tenantScope } from '../policy/policy.ts';
import { AppError } from '../platform/errors.ts';

export function presentCannedReply(row: typeof cannedReplies.$inferSelect): TCannedReply {
  return { id: row.id, title: row.title, body: row.body, updatedAt: row.updatedAt.toISOString() };
}

export async function listCannedReplies(ctx: AppContext, { actor }: { actor: Actor }) {
  authorize(actor, 'cannedReply.read', tenantScope(actor));
  return ctx.db
    .select()
    .from(cannedReplies)
    .where(eq(cannedReplies.municipalityId, actor.municipalityId as string))
    .orderBy(asc(cannedReplies.title));
}

/** A template whose variables the platform cannot fill is refused when it is written. */
export async function createCannedReply(
  ctx: AppContext,
  { actor, title, body }: { actor: Actor; title: string; body: string },
) {
  authorize(actor, 'cannedReply.manage', tenantScope(actor));
  const unknown = unknownVariables(body);
  if (unknown.length > 0) {
    throw new AppError('VALIDATION_FAILED', {
      issues: [{ path: 'body', message: `unknown variables: ${unknown.join(', ')}` }],
    });
  }
  const [row] = await ctx.db
    .insert(cannedReplies)
    .values({
      municipalityId: actor.municipalityId as string,
      title,
      body,
      createdBy: actor.userId,
      updatedAt: ctx.now(),
    })
    .returning();
  if (!row) throw new Error('canned reply insert returned nothing');
  return row;
}

export async function deleteCannedReply(
  ctx: AppContext,
  { actor, id }: { actor: Actor; id: string },
) {
  authorize(actor, 'cannedReply.manage', tenantScope(actor));
  const removed = await ctx.db
    .delete(cannedReplies)
    .where(
      and(
        eq(cannedReplies.municipalityId, actor.municipalityId as string),
        eq(cannedReplies.id, id),
      ),
    )
    .returning({ id: cannedReplies.id });
  if (removed.length === 0) throw new AppError('NOT_FOUND');
}
