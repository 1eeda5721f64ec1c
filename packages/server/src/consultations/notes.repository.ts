import { asc, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { consultationNotes } from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';

export type NoteRow = typeof consultationNotes.$inferSelect;

export async function insertNoteRow(
  db: Db,
  municipalityId: string,
  values: Omit<typeof consultationNotes.$inferInsert, 'municipalityId'>,
): Promise<NoteRow> {
  const [row] = await db
    .insert(consultationNotes)
    .values({ ...values, municipalityId })
    .returning();
  if (!row) throw new Error('note insert returned nothing');
  return row;
}

/** A consultation's notes, oldest first. */
export async function listNotesOf(
  db: Db,
  municipalityId: string,
  consultationId: string,
): Promise<NoteRow[]> {
  return db
    .select()
    .from(consultationNotes)
    .where(
      ofMunicipality(
        consultationNotes,
        municipalityId,
        eq(consultationNotes.consultationId, consultationId),
      ),
    )
    .orderBy(asc(consultationNotes.createdAt));
}
