import type { AppContext } from '../app/context.ts';
import { sendAppointmentReminders } from './appointment-notices.ts';
import { openDueAppointments } from './opening.service.ts';

/** Run with the routing sweep: opens consultations whose time has come, sends due reminders. */
export async function sweepAppointments(ctx: AppContext) {
  const opened = await openDueAppointments(ctx);
  const reminded = await sendAppointmentReminders(ctx);
  return { opened, reminded };
}
