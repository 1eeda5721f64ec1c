import { and, desc, eq } from 'drizzle-orm';
import { addMonths, type TCreateReport, type TReport, type TReportContent } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Db } from '../platform/db/database.ts';
import { municipalities, organizations, reports } from '../platform/db/schema/index.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, authorizeOrNotFound, tenantScope } from '../policy/policy.ts';
import { AppError } from '../platform/errors.ts';
import { recordAudit, type AuditAction } from '../audit/audit.service.ts';
import type { Audience } from '../insights/disclosure/audience.ts';
import { minimumGroupSizeOf } from '../insights/statistics-audience.ts';
import { lastClosedMonth, queryProtectedTable } from '../insights/statistics.service.ts';
import {
  releaseReportSurveys,
  releaseSurveysForReport,
  type ReportSurveySection,
} from '../surveys/survey-results.service.ts';
import { activePractices, presentPractice } from './practices/practices.service.ts';
import { defaultTopicOrder, rankTopics, recommend, topicTableOf } from './report-content.ts';
import { renderReportPdf } from './report-pdf.ts';

type ReportRow = typeof reports.$inferSelect;

function present(row: ReportRow, organizationName: string | null): TReport {
  return {
    id: row.id,
    kind: row.kind as TReport['kind'],
    organizationId: row.organizationId,
    organizationName,
    title: row.title,
    status: row.status as TReport['status'],
    content: row.content as TReportContent,
    createdAt: row.createdAt.toISOString(),
    approvedAt: row.approvedAt?.toISOString() ?? null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}

async function organizationName(db: Db, municipalityId: string, id: string | null) {
  if (id === null) return null;
  const [org] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(and(eq(organizations.municipalityId, municipalityId), eq(organizations.id, id)));
  return org?.name ?? null;
}

/** Twelve whole months ending with the last one that is over (YYYY-MM). */
function lastTwelveMonths(now: Date) {
  const to = lastClosedMonth(now);
  return { from: addMonths(to, -11), to };
}

/** The city's topic table, released to the author through the statistics query layer. */
async function cityTopics(ctx: AppContext, actor: Actor, period: { from: string; to: string }) {
  try {
    return await queryProtectedTable(ctx, {
      actor,
      audience: 'city',
      dimensions: ['topic'],
      period,
    });
  } catch (error) {
    // A refused or impossible release leaves the section out; it is never worked around.
    if (error instanceof AppError) return null;
    throw error;
  }
}

/**
 * The survey sections a report keeps for its publication (the ledger_groups column): whom
 * each counted and what it publishes. Drafts from before release histories were kept
 * hold only labels and members; they carry no survey, so they cannot be judged against an
 * audience's history and are not published (drafting again makes current ones).
 */
const storedSections = (row: ReportRow): ReportSurveySection[] | null => {
  const stored = row.ledgerGroups as (ReportSurveySection | { label: string })[];
  return stored.every((g): g is ReportSurveySection => 'surveyId' in g) ? stored : null;
};

/**
 * Drafts a report from protected sources only: the released topic table (policy reports),
 * survey results under disclosure control, and the practice library. Drafts are read by
 * city staff, so their groups are released to the city audience now.
 */
export async function createReport(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: TCreateReport },
) {
  authorize(actor, 'report.create', tenantScope(actor));
  const municipalityId = actor.municipalityId as string;
  const organizationId = input.kind === 'workplace' ? (input.organizationId ?? null) : null;
  const orgName = await organizationName(ctx.db, municipalityId, organizationId);
  if (organizationId !== null && orgName === null) throw new AppError('NOT_FOUND');
  const k = await minimumGroupSizeOf(ctx.db, municipalityId);
  const period = lastTwelveMonths(ctx.now());
  const topicTable = input.kind === 'policy' ? await cityTopics(ctx, actor, period) : null;
  const practices = (await activePractices(ctx, municipalityId)).map(presentPractice);
  const now = ctx.now();
  const row = await ctx.db.transaction(async (tx) => {
    // Drafts are read by city staff: each survey section is released to the city now.
    const sections = await releaseSurveysForReport(tx, ctx.keyring, {
      municipalityId,
      organizationId,
      now,
    });
    const content: TReportContent = {
      minimumGroupSize: k,
      period,
      topics: topicTable ? topicTableOf(topicTable) : null,
      surveys: sections.map((s) => ({ title: s.title, questions: s.questions })),
      recommendations: recommend(
        practices,
        topicTable ? rankTopics(topicTable) : [...defaultTopicOrder],
      ),
    };
    const [created] = await tx
      .insert(reports)
      .values({
        municipalityId,
        kind: input.kind,
        organizationId,
        title: input.title,
        content,
        ledgerGroups: sections,
        authorId: actor.userId,
        createdAt: now,
      })
      .returning();
    if (!created) throw new Error('report insert returned nothing');
    await recordAudit(
      tx,
      {
        action: 'report.created',
        municipalityId,
        actor,
        target: { type: 'report', id: created.id },
        detail: { kind: input.kind },
      },
      now,
    );
    return created;
  });
  return present(row, orgName);
}

async function loadReportFor(ctx: AppContext, actor: Actor, id: string) {
  if (!actor.municipalityId) throw new AppError('NOT_FOUND');
  const [row] = await ctx.db
    .select()
    .from(reports)
    .where(and(eq(reports.municipalityId, actor.municipalityId), eq(reports.id, id)))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND');
  authorizeOrNotFound(actor, 'report.read', {
    municipalityId: row.municipalityId,
    organizationId: row.organizationId,
  });
  // Employers see their workplace report once it is published, and nothing before.
  if (actor.role === 'employer_admin' && row.status !== 'published') {
    throw new AppError('NOT_FOUND');
  }
  return row;
}

export async function listReports(ctx: AppContext, { actor }: { actor: Actor }) {
  if (!actor.municipalityId) return [];
  const rows = await ctx.db
    .select({ report: reports, orgName: organizations.name })
    .from(reports)
    .leftJoin(organizations, eq(organizations.id, reports.organizationId))
    .where(eq(reports.municipalityId, actor.municipalityId))
    .orderBy(desc(reports.createdAt));
  const visible = rows.filter(({ report }) =>
    actor.role === 'employer_admin'
      ? report.status === 'published' && report.organizationId === actor.organizationId
      : actor.role === 'city_staff' || actor.role === 'supervisor',
  );
  return visible.map(({ report, orgName }) => present(report, orgName));
}

export async function getReport(ctx: AppContext, { actor, id }: { actor: Actor; id: string }) {
  const row = await loadReportFor(ctx, actor, id);
  return present(row, await organizationName(ctx.db, row.municipalityId, row.organizationId));
}

/** One step of the lifecycle: from the expected state, with its audit entry. */
async function advance(
  ctx: AppContext,
  actor: Actor,
  row: ReportRow,
  step: { from: TReport['status']; to: TReport['status']; action: AuditAction },
  extra: Partial<typeof reports.$inferInsert> = {},
  inTransaction: (tx: Db) => Promise<void> = async () => {},
) {
  if (row.status !== step.from) throw new AppError('REPORT_WRONG_STATE');
  const now = ctx.now();
  const updated = await ctx.db.transaction(async (tx) => {
    await inTransaction(tx);
    const [changed] = await tx
      .update(reports)
      .set({ status: step.to, ...extra })
      .where(and(eq(reports.id, row.id), eq(reports.status, step.from)))
      .returning();
    if (!changed) throw new AppError('REPORT_WRONG_STATE');
    await recordAudit(
      tx,
      {
        action: step.action,
        municipalityId: row.municipalityId,
        actor,
        target: { type: 'report', id: row.id },
      },
      now,
    );
    return changed;
  });
  return present(updated, await organizationName(ctx.db, row.municipalityId, row.organizationId));
}

export async function submitReport(ctx: AppContext, { actor, id }: { actor: Actor; id: string }) {
  const row = await loadReportFor(ctx, actor, id);
  authorize(actor, 'report.create', tenantScope(actor));
  if (row.authorId !== actor.userId) throw new AppError('FORBIDDEN');
  return advance(ctx, actor, row, { from: 'draft', to: 'submitted', action: 'report.submitted' });
}

export async function approveReport(ctx: AppContext, { actor, id }: { actor: Actor; id: string }) {
  const row = await loadReportFor(ctx, actor, id);
  authorize(actor, 'report.approve', tenantScope(actor));
  if (row.authorId === actor.userId) throw new AppError('REPORT_SELF_APPROVAL');
  return advance(
    ctx,
    actor,
    row,
    { from: 'submitted', to: 'approved', action: 'report.approved' },
    { approverId: actor.userId, approvedAt: ctx.now() },
  );
}

/**
 * Publishes to the report's audience (the city, or the employer of a workplace report);
 * the release ledger of that audience judges and records the groups it discloses.
 */
export async function publishReport(ctx: AppContext, { actor, id }: { actor: Actor; id: string }) {
  const row = await loadReportFor(ctx, actor, id);
  authorize(actor, 'report.create', tenantScope(actor));
  const audience: Audience =
    row.organizationId === null
      ? { kind: 'city', municipalityId: row.municipalityId }
      : {
          kind: 'employer',
          municipalityId: row.municipalityId,
          organizationId: row.organizationId,
        };
  const sections = storedSections(row);
  const now = ctx.now();
  return advance(
    ctx,
    actor,
    row,
    { from: 'approved', to: 'published', action: 'report.published' },
    { publishedAt: now },
    async (tx) => {
      const released =
        sections !== null &&
        (await releaseReportSurveys(tx, ctx.keyring, {
          municipalityId: row.municipalityId,
          audience,
          sections,
          now,
        }));
      if (!released) throw new AppError('REPORT_RELEASE_REFUSED');
    },
  );
}

export async function getReportPdf(ctx: AppContext, { actor, id }: { actor: Actor; id: string }) {
  const report = await getReport(ctx, { actor, id });
  const [municipality] = await ctx.db
    .select({ name: municipalities.name })
    .from(municipalities)
    .where(eq(municipalities.id, actor.municipalityId as string));
  const pdf = await renderReportPdf(report, {
    fontPath: ctx.config.reportFontPath,
    municipalityName: municipality?.name ?? '',
  });
  return { fileName: `report-${report.id}.pdf`, contentBase64: pdf.toString('base64') };
}
