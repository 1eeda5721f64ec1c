import type { CheckInState } from '@yorisoi/shared';

/** How a check-in's state reads at a glance: past its time is the one to act on. */
export function checkInTone(state: CheckInState): 'bad' | 'warning' | 'good' | 'neutral' {
  if (state === 'overdue') return 'bad';
  if (state === 'due') return 'warning';
  if (state === 'done') return 'good';
  return 'neutral';
}
