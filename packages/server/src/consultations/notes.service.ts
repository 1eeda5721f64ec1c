import crypto from 'node:crypto';
import type { TNote } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Db } from '../platform/db/database.ts';
import { openField, sealField } from '../platform/crypto/sealed-field.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import type { Actor } from '../policy/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { loadConsultationForCareTeam } from './consultation-access.ts';
import { insertNoteRow, listNotesOf, type NoteRow } from './notes.repository.ts';

const noteContext = (consultationId: string, noteId: string) =>
  `consultation_notes.body:${consultationId}:${noteId}`;

export function presentNote(keyring: Keyring, row: NoteRow, viewerId: string): TNote {
  return {
    id: row.id,
    kind: row.kind as TNote['kind'],
    authorRole: row.authorRole as TNote['authorRole'],
    mine: row.authorId === viewerId,
    body: openField(keyring, row.bodySealed, noteContext(row.consultationId, row.id)),
    createdAt: row.createdAt.toISOString(),
  };
}

/** Inserts a sealed note inside the caller's transaction. */
export async function insertNote(
  ctx: AppContext,
  tx: Db,
  values: {
    municipalityId: string;
    consultationId: string;
    kind: 'note' | 'handover';
    actor: Actor;
    body: string;
  },
): Promise<NoteRow> {
  const id = crypto.randomUUID();
  return insertNoteRow(tx, values.municipalityId, {
    id,
    consultationId: values.consultationId,
    kind: values.kind,
    authorId: values.actor.userId,
    authorRole: values.actor.role,
    bodySealed: sealField(ctx.keyring, values.body, noteContext(values.consultationId, id)),
    createdAt: ctx.now(),
  });
}

export async function addNote(
  ctx: AppContext,
  { actor, consultationId, body }: { actor: Actor; consultationId: string; body: string },
) {
  const consultation = await loadConsultationForCareTeam(ctx, actor, consultationId);
  return ctx.db.transaction(async (tx) => {
    const note = await insertNote(ctx, tx, {
      municipalityId: consultation.municipalityId,
      consultationId: consultation.id,
      kind: 'note',
      actor,
      body,
    });
    await recordAudit(tx, {
      action: 'consultation.note_added',
      municipalityId: consultation.municipalityId,
      actor,
      target: { type: 'consultation', id: consultation.id },
    });
    return note;
  });
}

/** Reading notes is a staff read of consultation content, so it is audited. */
export async function listNotes(
  ctx: AppContext,
  { actor, consultationId }: { actor: Actor; consultationId: string },
) {
  const consultation = await loadConsultationForCareTeam(ctx, actor, consultationId);
  const rows = await listNotesOf(ctx.db, consultation.municipalityId, consultation.id);
  await ctx.db.transaction((tx) =>
    recordAudit(tx, {
      action: 'consultation.read',
      municipalityId: consultation.municipalityId,
      actor,
      target: { type: 'consultation', id: consultation.id },
      detail: { what: 'notes', count: rows.length },
    }),
  );
  return rows;
}
