import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { disclosureReleases } from '../platform/db/schema/index.ts';
import { ofMunicipality } from '../platform/db/tenant-scope.ts';
import type { AuditedQuestion, AuditedRelease } from './disclosure/history-audit.ts';
import type { DatabaseReleaseLedger } from './release-ledger.repository.ts';

/** Which of an audience's releases a new one is judged with (others share no person). */
export type HistoryScope = { kind: 'statistics' } | { kind: 'survey'; surveyId: string };

export interface HistoryRelease {
  release: AuditedRelease;
  populationFingerprint: string;
  textsShown: boolean;
}

/**
 * The audience's earlier releases of that scope as the history auditor reads them, their
 * populations from the release ledger (in memory where remembered). Read inside the
 * release transaction after the audience's lock.
 */
export async function loadReleaseHistory(
  db: Db,
  ledger: DatabaseReleaseLedger,
  {
    municipalityId,
    audienceKey,
    scope,
  }: { municipalityId: string | null; audienceKey: string; scope: HistoryScope },
): Promise<HistoryRelease[]> {
  const rows = await db
    .select()
    .from(disclosureReleases)
    .where(
      and(
        municipalityId === null
          ? isNull(disclosureReleases.municipalityId)
          : ofMunicipality(disclosureReleases, municipalityId),
        eq(disclosureReleases.audienceKey, audienceKey),
        eq(disclosureReleases.kind, scope.kind),
        scope.kind === 'survey' ? eq(disclosureReleases.surveyId, scope.surveyId) : undefined,
      ),
    )
    .orderBy(disclosureReleases.releasedAt);
  const populations = await ledger.groupsOf(
    audienceKey,
    rows.map((row) => row.populationFingerprint),
  );
  return rows.flatMap((row) => {
    const population = populations.get(row.populationFingerprint);
    // Every population is recorded in the ledger with its release; one missing would be a
    // bug, and judging without it could let a combination through.
    if (!population) throw new Error('release history: a population is not in the ledger');
    return [
      {
        release: {
          id: row.id,
          k: row.k,
          population,
          total: row.total,
          questions: row.questions as AuditedQuestion[],
        },
        populationFingerprint: row.populationFingerprint,
        textsShown: row.textsShown,
      },
    ];
  });
}

/**
 * Keeps a release for the audience's history; its population must be recorded in the
 * ledger in the same transaction. A statistics population counted again (by another
 * table) is the same constraint: it keeps one row, with the largest k promised.
 */
export async function recordReleaseHistory(
  db: Db,
  entry: {
    municipalityId: string | null;
    audienceKey: string;
    scope: HistoryScope;
    release: AuditedRelease;
    populationFingerprint: string;
    textsShown?: boolean;
    now: Date;
  },
): Promise<void> {
  const { release, scope } = entry;
  const row = {
    id: release.id,
    municipalityId: entry.municipalityId,
    audienceKey: entry.audienceKey,
    kind: scope.kind,
    k: release.k,
    populationFingerprint: entry.populationFingerprint,
    total: release.total,
    surveyId: scope.kind === 'survey' ? scope.surveyId : null,
    questions: release.questions,
    textsShown: entry.textsShown ?? false,
    releasedAt: entry.now,
  };
  if (scope.kind === 'survey') {
    await db.insert(disclosureReleases).values(row);
    return;
  }
  await db
    .insert(disclosureReleases)
    .values(row)
    .onConflictDoUpdate({
      target: [disclosureReleases.audienceKey, disclosureReleases.populationFingerprint],
      targetWhere: sql`${disclosureReleases.kind} = 'statistics'`,
      set: { k: sql`greatest(${disclosureReleases.k}, excluded.k)` },
    });
}
