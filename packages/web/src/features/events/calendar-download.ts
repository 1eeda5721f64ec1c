import { call } from '../../api/client.ts';
import { saveBlob } from '../../ui/save-blob.ts';

/** Fetches a published event's .ics and hands it to the browser as a file. */
export async function downloadEventCalendar(code: string, eventId: string): Promise<void> {
  const { filename, ics } = await call('getPublicEventCalendar', { params: { code, id: eventId } });
  saveBlob(new Blob([ics], { type: 'text/calendar;charset=utf-8' }), filename);
}
