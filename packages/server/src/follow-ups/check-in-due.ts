import type { AppContext } from '../app/context.ts';
import { alertRecipients } from '../notifications/recipients.ts';
import { enqueueNotifications, type OutboxRow } from '../notifications/outbox/outbox.repository.ts';
import type { Composed } from '../notifications/outbox/compose.ts';
import {
  checkInDueKind,
  findCheckIn,
  findCheckInsDue,
  isActiveCareTeamMember,
} from './check-ins.repository.ts';

/**
 * The check-in sweep: a check-in whose time has come is announced, by mail and push, to
 * its coordinator, or to the care team on shift when it is the team's (or its coordinator
 * has left). Each notice is queued once across instances: the sweep finds only check-ins
 * without one (noticeNotQueued), and enqueueNotifications settles two sweeps that race.
 * Returns how many notices are queued.
 */
export async function sweepDueCheckIns(ctx: AppContext, limit = 200): Promise<number> {
  const now = ctx.now();
  const due = await findCheckInsDue(ctx.db, now, limit);
  let queued = 0;
  for (const checkIn of due) {
    queued += await ctx.db.transaction(async (tx) => {
      const { municipalityId } = checkIn;
      const own =
        checkIn.coordinatorId &&
        (await isActiveCareTeamMember(tx, { municipalityId, userId: checkIn.coordinatorId }))
          ? [{ userId: checkIn.coordinatorId }]
          : await alertRecipients(tx, {
              municipalityId,
              roles: ['coordinator', 'supervisor'],
              now,
            });
      const added = await enqueueNotifications(
        tx,
        own.flatMap(({ userId }) =>
          (['email', 'push'] as const).map((channel) => ({
            municipalityId,
            kind: checkInDueKind,
            refId: checkIn.id,
            userId,
            channel,
          })),
        ),
        now,
      );
      return added.length;
    });
  }
  if (queued > 0) ctx.outbox.wake();
  return queued;
}

/**
 * The due notice: that a planned contact is due and where to find it, never the note,
 * the person or the consultation. Skipped when the check-in was done or cancelled.
 */
export async function composeCheckInDue(ctx: AppContext, row: OutboxRow): Promise<Composed | null> {
  const checkIn = await findCheckIn(ctx.db, { municipalityId: row.municipalityId, id: row.refId });
  if (!checkIn || checkIn.status !== 'scheduled') return null;
  const url = '/care/check-ins';
  return {
    mail: {
      subject: '【寄り添い】予定の確認の時間です / A check-in is due',
      text: [
        '相談者へ連絡する予定の時間になりました。コンソールの「予定の確認」から連絡してください。',
        `${ctx.config.publicUrl}${url}`,
        '',
        'A planned check-in with a person is due. Please open 予定の確認 in the console.',
      ].join('\n'),
    },
    push: { kind: 'check_in_due', url },
  };
}
