import { unknownVariables, type TCannedReply } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, tenantScope } from '../policy/policy.ts';
import { AppError } from '../platform/errors.ts';
import {
  deleteCannedReplyRow,
  insertCannedReply,
  listCannedRepliesOf,
  type CannedReplyRow,
} from './canned-replies.repository.ts';

export function presentCannedReply(row: CannedReplyRow): TCannedReply {
  return { id: row.id, title: row.title, body: row.body, updatedAt: row.updatedAt.toISOString() };
}

export async function listCannedReplies(ctx: AppContext, { actor }: { actor: Actor }) {
  authorize(actor, 'cannedReply.read', tenantScope(actor));
  return listCannedRepliesOf(ctx.db, actor.municipalityId as string);
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
  return insertCannedReply(ctx.db, actor.municipalityId as string, {
    title,
    body,
    createdBy: actor.userId,
    updatedAt: ctx.now(),
  });
}

export async function deleteCannedReply(
  ctx: AppContext,
  { actor, id }: { actor: Actor; id: string },
) {
  authorize(actor, 'cannedReply.manage', tenantScope(actor));
  if (!(await deleteCannedReplyRow(ctx.db, actor.municipalityId as string, id))) {
    throw new AppError('NOT_FOUND');
  }
}
