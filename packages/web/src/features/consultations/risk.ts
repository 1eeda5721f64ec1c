import { screenForRisk } from '@yorisoi/shared';

/** Whether to show emergency numbers above the send button: guidance only, never a block. */
export function needsEmergencyGuidance(text: string): boolean {
  return text.trim() !== '' && screenForRisk(text).level === 'high';
}
