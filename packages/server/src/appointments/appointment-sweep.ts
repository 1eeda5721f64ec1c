import type { AppContext } from '../app/context.ts';
import type { ConsultationEvents } from '../consultations/consultation-events.ts';
import { sendAppointmentReminders } from './appointment-notices.ts';
import { openDueAppointments } from './opening.service.ts';

/** Run with the routing sweep: opens consultations whose time has come, sends due reminders. */
export async function sweepAppointments(ctx: AppContext, events: ConsultationEvents) {
  const opened = await openDueAppointments(ctx, events);
  const reminded = await sendAppointmentReminders(ctx);
  return { opened, reminded };
}
