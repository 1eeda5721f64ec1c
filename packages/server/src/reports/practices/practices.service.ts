import { and, asc, eq } from 'drizzle-orm';
import type { ConsultationTopic, LifeEvent, TPractice, TPracticeInput } from '@yorisoi/shared';
import type { AppContext } from '../../app/context.ts';
import type { Db } from '../../platform/db/database.ts';
import { practices } from '../../platform/db/schema/index.ts';
import type { Actor } from '../../policy/actor.ts';
import { authorize, tenantScope } from '../../policy/policy.ts';
import { AppError } from '../../platform/errors.ts';
import { practiceCatalogue } from './practice-catalogue.ts';

type PracticeRow = typeof practices.$inferSelect;

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
  const [any] = await db
    .select({ id: practices.id })
    .from(practices)
    .where(eq(practices.municipalityId, municipalityId))
    .limit(1);
  if (any) return;
  await db.insert(practices).values(
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
  return ctx.db
    .select()
    .from(practices)
    .where(and(eq(practices.municipalityId, municipalityId), eq(practices.active, true)))
    .orderBy(asc(practices.topic), asc(practices.title));
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
  const [row] = await ctx.db
    .insert(practices)
    .values({ municipalityId, ...input, lifeEvent: input.lifeEvent ?? null, updatedAt: ctx.now() })
    .returning();
  if (!row) throw new Error('practice insert returned nothing');
  return presentPractice(row);
}

async function changePractice(
  ctx: AppContext,
  actor: Actor,
  id: string,
  values: Partial<typeof practices.$inferInsert>,
) {
  authorize(actor, 'practice.manage', tenantScope(actor));
  const [row] = await ctx.db
    .update(practices)
    .set({ ...values, updatedAt: ctx.now() })
    .where(
      and(
        eq(practices.municipalityId, actor.municipalityId as string),
        eq(practices.id, id),
        eq(practices.active, true),
      ),
    )
    .returning();
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
