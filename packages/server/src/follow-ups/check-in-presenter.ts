import type { TCheckIn } from '@yorisoi/shared';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { openField, sealField } from '../platform/crypto/sealed-field.ts';
import type { CheckInRow } from './check-ins.repository.ts';

const noteContext = (consultationId: string) => `consultation_check_ins.note:${consultationId}`;

export const sealCheckInNote = (keyring: Keyring, consultationId: string, note: string) =>
  sealField(keyring, note, noteContext(consultationId));

/** The care team's view of a check-in; `overdue` is decided against `now`. */
export function presentCheckIn(
  keyring: Keyring,
  row: CheckInRow,
  names: Map<string, string>,
  now: Date,
): TCheckIn {
  const state = row.status === 'scheduled' ? (row.dueAt <= now ? 'overdue' : 'due') : row.status;
  return {
    id: row.id,
    consultationId: row.consultationId,
    dueAt: row.dueAt.toISOString(),
    state: state as TCheckIn['state'],
    coordinatorId: row.coordinatorId,
    coordinatorName: row.coordinatorId ? (names.get(row.coordinatorId) ?? null) : null,
    note: row.noteSealed
      ? openField(keyring, row.noteSealed, noteContext(row.consultationId))
      : null,
    doneAt: row.doneAt?.toISOString() ?? null,
    followUpConsultationId: row.followUpConsultationId,
  };
}
