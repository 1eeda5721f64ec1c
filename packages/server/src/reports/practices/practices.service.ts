import type { ConsultationTopic, LifeEvent, TPractice, TPracticeInput } from '@yorisoi/shared';
import type { AppContext } from '../../app/context.ts';
import type { Db } from '../../platform/db/database.ts';
import type { Actor } from '../../policy/actor.ts';
import { authorize, tenantScope } from '../../policy/policy.ts';
import { AppError } from '../../platform/errors.ts';
import { practiceCatalogue } from './practice-catalogue.ts';
import {
  hasAnyPractice,
  insertPractices,
  listActivePractices,
  updateActivePractice,
  type PracticeRow,
} from './practices.repository.ts';

export function presentPractice(row: PracticeRow): TPractice {
  return {
    id: row.id,
    topic: row.topic as ConsultationTopic,
    lifeEvent: row.lifeEvent as LifeEvent | null,
    title: row.title,
    summary: row.summary,
    sourceNote: row.sourceNote,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A municipality without any practice yet (active or removed) starts from the catalogue. */
async function seedIfEmpty(db: Db, municipalityId: string, now: Date) {
  if (await hasAnyPractice(db, municipalityId)) return;
  await insertPractices(
    db,
    practiceCatalogue.map((p) => ({
      municipalityId,
      topic: p.topic,
      lifeEvent: p.lifeEvent ?? null,
      title: p.title,
      summary: p.summary,
      sourceNote: p.sourceNote,
      updatedAt: now,
    })),
  );
}

/** The active practices of a municipality (seeded on first use). */
export async function activePractices(ctx: AppContext, municipalityId: string) {
  await seedIfEmpty(ctx.db, municipalityId, ctx.now());
  return listActivePractices(ctx.db, municipalityId);
}

export async function listPractices(ctx: AppContext, { actor }: { actor: Actor }) {
  authorize(actor, 'practice.read', tenantScope(actor));
  return (await activePractices(ctx, actor.municipalityId as string)).map(presentPractice);
}

export async function createPractice(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: TPracticeInput },
) {
  authorize(actor, 'practice.manage', tenantScope(actor));
  const municipalityId = actor.municipalityId as string;
  await seedIfEmpty(ctx.db, municipalityId, ctx.now());
  const [row] = await insertPractices(ctx.db, [
    { municipalityId, ...input, lifeEvent: input.lifeEvent ?? null, updatedAt: ctx.now() },
  ]);
  if (!row) throw new Error('practice insert returned nothing');
  return presentPractice(row);
}

async function changePractice(
  ctx: AppContext,
  actor: Actor,
  id: string,
  values: Parameters<typeof updateActivePractice>[3],
) {
  authorize(actor, 'practice.manage', tenantScope(actor));
  const row = await updateActivePractice(
    ctx.db,
    actor.municipalityId as string,
    id,
    values,
    ctx.now(),
  );
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export async function updatePractice(
  ctx: AppContext,
  { actor, id, input }: { actor: Actor; id: string; input: TPracticeInput },
) {
  return presentPractice(
    await changePractice(ctx, actor, id, { ...input, lifeEvent: input.lifeEvent ?? null }),
  );
}

export async function deletePractice(ctx: AppContext, { actor, id }: { actor: Actor; id: string }) {
  await changePractice(ctx, actor, id, { active: false });
  return { ok: true as const };
}
