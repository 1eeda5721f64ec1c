import type { TWeeklyWindow } from '@yorisoi/shared';

const at = (local: string) => `${local}@demo.yorisoi.example`;
const both = ['chat', 'video'] as const;

const weekdays = (from: number, to: number, startHour: number, endHour: number) =>
  [1, 2, 3, 4, 5]
    .filter((d) => d >= from && d <= to)
    .map((weekday) => ({
      weekday,
      startMinute: startHour * 60,
      endMinute: endHour * 60,
      slotMinutes: 30 as const,
      channels: [...both],
    }));

/**
 * Booking hours of the demo coordinators (Japan time): the nurse on weekday mornings and
 * afternoons, the public-health nurse on weekday evenings and Saturday morning, after work.
 */
export const demoAvailability: { email: string; windows: TWeeklyWindow[] }[] = [
  {
    email: at('nurse'),
    windows: [...weekdays(1, 5, 10, 12), ...weekdays(1, 5, 14, 17)],
  },
  {
    email: at('phn'),
    windows: [
      ...weekdays(1, 5, 18, 21),
      { weekday: 6, startMinute: 600, endMinute: 720, slotMinutes: 60, channels: [...both] },
    ],
  },
];
