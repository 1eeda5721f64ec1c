import { paths } from '../../app/guards.ts';

/** Public addresses of a municipality's events, by its 全国地方公共団体コード. */
export const publicEventsPath = (code: string) => `/m/${encodeURIComponent(code)}/events`;
export const publicEventPath = (code: string, eventId: string) =>
  `${publicEventsPath(code)}/${encodeURIComponent(eventId)}`;
export const staffEventsPath = paths.events;
export const staffEventPath = (eventId: string) =>
  `${staffEventsPath}/${encodeURIComponent(eventId)}`;
