import { call } from '../../api/client.ts';

/** Fetches the appointment's .ics and hands it to the browser as a file download. */
export async function downloadCalendar(appointmentId: string): Promise<void> {
  const { filename, ics } = await call('getAppointmentCalendar', { params: { id: appointmentId } });
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}
