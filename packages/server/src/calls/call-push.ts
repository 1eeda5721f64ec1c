import type { AppContext } from '../app/context.ts';
import { sendPushToAccounts } from '../notifications/push/send-push.ts';
import { userRoom } from '../realtime/rooms.ts';
import type { RealtimeServer } from '../realtime/socket-types.ts';
import type { CallRow } from './calls.repository.ts';

/**
 * A callee with no socket open on any instance (the app is closed) gets a web push with
 * the fixed text 「通話の着信があります」 and a link to the consultation, valid for as long as
 * the call rings. Those with the app open see it ring there instead.
 */
export async function pushIncomingCall(
  io: RealtimeServer,
  ctx: AppContext,
  call: CallRow,
  calleeIds: string[],
): Promise<void> {
  const offline: string[] = [];
  for (const userId of calleeIds) {
    if ((await io.in(userRoom(userId)).fetchSockets()).length === 0) offline.push(userId);
  }
  if (offline.length === 0) return;
  await sendPushToAccounts(ctx, {
    municipalityId: call.municipalityId,
    userIds: offline,
    notification: { kind: 'incoming_call', url: `/consultations/${call.consultationId}` },
  });
}
