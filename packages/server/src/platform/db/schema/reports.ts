import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { organizations } from './tenancy.ts';
import { tenantRow } from './columns.ts';

/** Policy-proposal and workplace-improvement reports, built only from protected figures. */
export const reports = pgTable(
  'reports',
  {
    ...tenantRow(),
    kind: text('kind').notNull(),
    organizationId: uuid('organization_id').references(() => organizations.id),
    title: text('title').notNull(),
    status: text('status').notNull().default('draft'),
    /** TReportContent: released counts (hidden cells null), survey results, practices. */
    content: jsonb('content').notNull(),
    /**
     * Server only: the groups (anonymous survey response ids) the content discloses, so that
     * publishing can be judged by the release ledger of the audience that receives it.
     */
    ledgerGroups: jsonb('ledger_groups').notNull(),
    /** TReportDraft: what the city writes around the figures (it cites tables, never counts). */
    draft: jsonb('draft')
      .notNull()
      .default({ summary: '', findings: [], proposals: [], ownText: '', nationalFigures: [] }),
    /** Raised by every edit; approval records the revision approved. */
    revision: integer('revision').notNull().default(1),
    approvedRevision: integer('approved_revision'),
    authorId: uuid('author_id').notNull(),
    approverId: uuid('approver_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [index('reports_municipality_idx').on(t.municipalityId, t.createdAt)],
);

/** The review history of a report: each step with who, when, the revision and its comment. */
export const reportReviews = pgTable(
  'report_reviews',
  {
    ...tenantRow(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id),
    step: text('step').notNull(),
    revision: integer('revision').notNull(),
    comment: text('comment'),
    /** The title and draft as submitted or approved, so an approval can be read later. */
    snapshot: jsonb('snapshot'),
    actorId: uuid('actor_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('report_reviews_report_idx').on(t.municipalityId, t.reportId, t.createdAt),
    check(
      'report_reviews_step_check',
      sql`${t.step} IN ('submitted', 'returned', 'approved', 'reopened', 'published')`,
    ),
    check(
      'report_reviews_returned_comment_check',
      sql`${t.step} <> 'returned' OR ${t.comment} IS NOT NULL`,
    ),
  ],
);
