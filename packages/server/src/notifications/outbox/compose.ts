import type { AppContext } from '../../app/context.ts';
import { composeAppointmentNotice } from '../../appointments/appointment-notices.ts';
import type { Mail } from '../mailer.ts';
import type { PushNotification } from '../push/send-push.ts';
import { composeAlert } from '../notify.service.ts';
import { composeEventNotice } from '../../events/event-notices.ts';
import { isEventNoticeKind } from '../../events/event-texts.ts';
import { composeVacancyReminder } from '../../childcare/vacancy-reminder-notice.ts';
import type { OutboxRow } from './outbox.repository.ts';
import { composeStaffPush, isStaffPushKind } from '../staff-push.ts';
import { composeCheckInDue } from '../../follow-ups/check-in-due.ts';
import { checkInDueKind } from '../../follow-ups/check-ins.repository.ts';
import { composePersonMessage, personMessageKind } from '../../line/line-bell.ts';

/** What one event says by mail and by push; the recipient's address is added at delivery. */
export interface Composed {
  /** Null for a notice sent by push only. */
  mail: Omit<Mail, 'to'> | null;
  /** The address of a recipient without an account (an event registration's sealed one). */
  recipient?: string;
  push: PushNotification | null;
}

/** The texts of an outbox row, written now from its event; null when the event is gone. */
export function composeNotification(ctx: AppContext, row: OutboxRow): Promise<Composed | null> {
  if (row.kind === 'high_risk' || row.kind === 'sla_breach') return composeAlert(ctx, row);
  if (row.kind === 'vacancy_reminder') return composeVacancyReminder(ctx, row);
  if (isStaffPushKind(row.kind)) return composeStaffPush(ctx, row);
  if (row.kind === checkInDueKind) return composeCheckInDue(ctx, row);
  if (row.kind === personMessageKind) return composePersonMessage(ctx, row);
  if (isEventNoticeKind(row.kind)) return composeEventNotice(ctx, row);
  return composeAppointmentNotice(ctx, row);
}
