-- Issue 13, "Reports read like reports": city staff write around the protected figures (a
-- summary, findings that cite one of the report's released tables, proposals that use a
-- practice of the library, the municipality's own text, national figures chosen from a
-- sourced list). The figures themselves stay in "content", computed by the disclosure-
-- controlled query layer; the draft never holds a count typed by hand.
-- Every edit raises "revision", and approval records the revision the supervisor read, so
-- an approved draft that is edited again is a new revision that needs approval again and
-- publishing only ever sends out what was approved.
ALTER TABLE "reports" ADD COLUMN "draft" jsonb DEFAULT '{"summary":"","findings":[],"proposals":[],"ownText":"","nationalFigures":[]}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "approved_revision" integer;--> statement-breakpoint
-- A supervisor may return a submitted report with a comment instead of approving it.
ALTER TABLE "reports" DROP CONSTRAINT "reports_status_check";--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_status_check" CHECK ("status" IN ('draft','submitted','returned','approved','published'));--> statement-breakpoint
-- Reports approved before revisions existed were approved as they stand: revision 1.
UPDATE "reports" SET "approved_revision" = 1 WHERE "approved_at" IS NOT NULL;--> statement-breakpoint
-- The review history shown on a report: submitted, returned with a comment, approved,
-- reopened by an edit after approval, published; who and when, for which revision. The
-- title and draft as submitted or approved are kept with the step, so what an approver
-- approved can be read even after the draft moved on. The audit log records the same steps
-- without their text.
CREATE TABLE "report_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"step" text NOT NULL,
	"revision" integer NOT NULL,
	"comment" text,
	"snapshot" jsonb,
	"actor_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "report_reviews_step_check" CHECK ("step" IN ('submitted', 'returned', 'approved', 'reopened', 'published')),
	CONSTRAINT "report_reviews_returned_comment_check" CHECK ("step" <> 'returned' OR "comment" IS NOT NULL)
);
--> statement-breakpoint
ALTER TABLE "report_reviews" ADD CONSTRAINT "report_reviews_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_reviews" ADD CONSTRAINT "report_reviews_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_reviews_report_idx" ON "report_reviews" USING btree ("municipality_id","report_id","created_at");
