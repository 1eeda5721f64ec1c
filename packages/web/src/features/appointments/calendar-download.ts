import { call } from '../../api/client.ts';
import { saveBlob } from '../../ui/save-blob.ts';

/** Fetches the appointment's .ics and hands it to the browser as a file download. */
export async function downloadCalendar(appointmentId: string): Promise<void> {
  const { filename, ics } = await call('getAppointmentCalendar', { params: { id: appointmentId } });
  saveBlob(new Blob([ics], { type: 'text/calendar;charset=utf-8' }), filename);
}
