import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { municipalities, organizations } from './tenancy.ts';

/** Policy-proposal and workplace-improvement reports, built only from protected figures. */
export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
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
    authorId: uuid('author_id').notNull(),
    approverId: uuid('approver_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [index('reports_municipality_idx').on(t.municipalityId, t.createdAt)],
);
