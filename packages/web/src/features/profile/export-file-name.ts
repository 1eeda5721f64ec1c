import { compactDate } from '../../i18n/format.ts';

export function exportFileName(now: Date): string {
  return `yorisoi-my-data-${compactDate(now)}.json`;
}
