import type { AppContext } from '../../app/context.ts';
import { composeAppointmentNotice } from '../../appointments/appointment-notices.ts';
import type { Mail } from '../mailer.ts';
import type { PushNotification } from '../push/send-push.ts';
import { composeAlert } from '../notify.service.ts';
import { composeVacancyReminder } from '../../childcare/vacancy-reminder-notice.ts';
import type { OutboxRow } from './outbox.repository.ts';

/** What one event says by mail and by push; the recipient's address is added at delivery. */
export interface Composed {
  mail: Omit<Mail, 'to'>;
  push: PushNotification | null;
}

/** The texts of an outbox row, written now from its event; null when the event is gone. */
export function composeNotification(ctx: AppContext, row: OutboxRow): Promise<Composed | null> {
  if (row.kind === 'vacancy_reminder') return composeVacancyReminder(ctx, row);
  return row.kind === 'high_risk' || row.kind === 'sla_breach'
    ? composeAlert(ctx, row)
    : composeAppointmentNotice(ctx, row);
}
