import {
  addMonths,
  nationalFigureIds,
  type TCreateReport,
  type TReport,
  type TReportContent,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Db } from '../platform/db/database.ts';
import type { Actor } from '../policy/actor.ts';
import {
  authorize,
  authorizeOrNotFound,
  can,
  tenantScope,
  type ResourceScope,
} from '../policy/policy.ts';
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
import {
  defaultTopicOrder,
  rankTopics,
  recommendationsOf,
  recommendedPractices,
  topicTableOf,
} from './report-content.ts';
import { initialDraft } from './report-draft.ts';
import { renderReportPdf } from './report-pdf.ts';
import { presentReport, presentReviews, type ReportRow } from './report-presenter.ts';
import { insertReportReview, listReportReviews } from './report-reviews.repository.ts';
import {
  findReport,
  insertReport,
  listReportRows,
  municipalityNameOf,
  organizationNameOf,
  updateReportIf,
} from './reports.repository.ts';

/** A report as the policy sees it (policy/policy.ts, the `report.*` rules). */
export const reportScope = (row: ReportRow): ResourceScope => ({
  municipalityId: row.municipalityId,
  organizationId: row.organizationId,
  authorId: row.authorId,
  published: row.status === 'published',
});

/** The report as its reader may see it: with its review history only for those who may read it. */
export async function presentFor(ctx: AppContext, actor: Actor, row: ReportRow): Promise<TReport> {
  const names = {
    organizationName: await organizationNameOf(ctx.db, row),
    municipalityName: await municipalityNameOf(ctx.db, row.municipalityId),
  };
  const reviews = !can(actor, 'report.readReviews', reportScope(row))
    ? []
    : await presentReviews(
        ctx,
        await listReportReviews(ctx.db, {
          municipalityId: row.municipalityId,
          reportId: row.id,
        }),
      );
  return presentReport(row, names, reviews);
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
  const orgName = await organizationNameOf(ctx.db, { municipalityId, organizationId });
  if (organizationId !== null && orgName === null) throw new AppError('NOT_FOUND');
  const k = await minimumGroupSizeOf(ctx.db, municipalityId);
  const period = lastTwelveMonths(ctx.now());
  const topicTable = input.kind === 'policy' ? await cityTopics(ctx, actor, period) : null;
  const practices = (await activePractices(ctx, municipalityId)).map(presentPractice);
  const recommended = recommendedPractices(
    practices,
    topicTable ? rankTopics(topicTable) : [...defaultTopicOrder],
  );
  const now = ctx.now();
  const row = await ctx.db.transaction(async (tx) => {
    // Drafts are read by city staff: each survey section is released to the city now.
    const sections = await releaseSurveysForReport(tx, ctx.keyring, {
      municipalityId,
      organizationId,
      now,
      memberships: ctx.ledgerMemberships,
    });
    const content: TReportContent = {
      minimumGroupSize: k,
      period,
      topics: topicTable ? topicTableOf(topicTable) : null,
      surveys: sections.map((s) => ({ title: s.title, questions: s.questions })),
      recommendations: recommendationsOf(recommended),
    };
    const created = await insertReport(tx, {
      municipalityId,
      kind: input.kind,
      organizationId,
      title: input.title,
      content,
      ledgerGroups: sections,
      // A policy report sets the city beside the nation; a workplace report may choose to.
      draft: initialDraft(
        recommended.slice(0, 3),
        input.kind === 'policy' ? [...nationalFigureIds] : [],
      ),
      authorId: actor.userId,
      createdAt: now,
    });
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
  return presentFor(ctx, actor, row);
}

/** The report of the actor's municipality they may read (anything else is not found). */
export async function loadReportFor(ctx: AppContext, actor: Actor, id: string) {
  if (!actor.municipalityId) throw new AppError('NOT_FOUND');
  const row = await findReport(ctx.db, { municipalityId: actor.municipalityId, reportId: id });
  if (!row) throw new AppError('NOT_FOUND');
  // Employers see their workplace report once it is published, and nothing before.
  authorizeOrNotFound(actor, 'report.read', reportScope(row));
  return row;
}

export async function listReports(ctx: AppContext, { actor }: { actor: Actor }) {
  if (!actor.municipalityId) return [];
  const rows = await listReportRows(ctx.db, { municipalityId: actor.municipalityId });
  const visible = rows.filter(({ report }) => can(actor, 'report.read', reportScope(report)));
  const municipalityName = await municipalityNameOf(ctx.db, actor.municipalityId);
  // The list carries no review history; the report's own page reads it.
  return visible.map(({ report, orgName }) =>
    presentReport(report, { organizationName: orgName, municipalityName }, []),
  );
}

export async function getReport(ctx: AppContext, { actor, id }: { actor: Actor; id: string }) {
  return presentFor(ctx, actor, await loadReportFor(ctx, actor, id));
}

/** A step of the review, as the history shows it and the audit log records it. */
export interface ReviewStep {
  from: readonly TReport['status'][];
  to: TReport['status'];
  action: AuditAction;
  review: TReport['reviews'][number]['step'];
  /** The revision the actor read; a report changed since is a conflict. */
  revision: number;
  comment?: string | null;
  /** Keep the title and draft with the step (what was submitted or approved). */
  snapshot?: boolean;
}

/** One step of the lifecycle: from an expected state and revision, with its history and audit. */
export async function advance(
  ctx: AppContext,
  actor: Actor,
  row: ReportRow,
  step: ReviewStep,
  extra: Parameters<typeof updateReportIf>[2] = {},
  inTransaction: (tx: Db) => Promise<void> = async () => {},
) {
  if (!step.from.includes(row.status as TReport['status'])) {
    throw new AppError('REPORT_WRONG_STATE');
  }
  if (row.revision !== step.revision) throw new AppError('REPORT_REVISION_CONFLICT');
  const now = ctx.now();
  const updated = await ctx.db.transaction(async (tx) => {
    await inTransaction(tx);
    const changed = await updateReportIf(
      tx,
      {
        municipalityId: row.municipalityId,
        reportId: row.id,
        statuses: step.from,
        revision: step.revision,
      },
      { status: step.to, ...extra },
    );
    if (!changed) throw new AppError('REPORT_REVISION_CONFLICT');
    await insertReportReview(tx, {
      municipalityId: row.municipalityId,
      reportId: row.id,
      step: step.review,
      revision: changed.revision,
      comment: step.comment ?? null,
      snapshot: step.snapshot ? { title: changed.title, draft: changed.draft } : null,
      actorId: actor.userId,
      createdAt: now,
    });
    await recordAudit(
      tx,
      {
        action: step.action,
        municipalityId: row.municipalityId,
        actor,
        target: { type: 'report', id: row.id },
        detail: { revision: changed.revision },
      },
      now,
    );
    return changed;
  });
  return presentFor(ctx, actor, updated);
}

/**
 * Publishes to the report's audience (the city, or the employer of a workplace report);
 * the release ledger of that audience judges and records the groups it discloses.
 */
export async function publishReport(ctx: AppContext, { actor, id }: { actor: Actor; id: string }) {
  const row = await loadReportFor(ctx, actor, id);
  authorize(actor, 'report.publish', reportScope(row));
  const audience: Audience =
    row.organizationId === null
      ? { kind: 'city', municipalityId: row.municipalityId }
      : {
          kind: 'employer',
          municipalityId: row.municipalityId,
          organizationId: row.organizationId,
        };
  const sections = storedSections(row);
  // Only the revision a supervisor approved goes out.
  if (row.approvedRevision !== row.revision) throw new AppError('REPORT_WRONG_STATE');
  const now = ctx.now();
  return advance(
    ctx,
    actor,
    row,
    {
      from: ['approved'],
      to: 'published',
      action: 'report.published',
      review: 'published',
      revision: row.revision,
    },
    { publishedAt: now },
    async (tx) => {
      const released =
        sections !== null &&
        (await releaseReportSurveys(tx, ctx.keyring, {
          municipalityId: row.municipalityId,
          audience,
          sections,
          now,
          memberships: ctx.ledgerMemberships,
        }));
      if (!released) throw new AppError('REPORT_RELEASE_REFUSED');
    },
  );
}

export async function getReportPdf(ctx: AppContext, { actor, id }: { actor: Actor; id: string }) {
  const report = await getReport(ctx, { actor, id });
  const pdf = await renderReportPdf(report, { fontPath: ctx.config.reportFontPath });
  return { fileName: `report-${report.id}.pdf`, contentBase64: pdf.toString('base64') };
}
