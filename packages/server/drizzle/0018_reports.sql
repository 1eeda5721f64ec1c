-- Policy-proposal (city) and workplace-improvement (employer) reports. Content holds only
-- released figures (hidden cells null) and practices; ledger_groups keeps the anonymous
-- response ids the content discloses so publication can be judged by the audience's ledger.
-- Lifecycle draft → submitted → approved (supervisor, not the author) → published.
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"organization_id" uuid,
	"title" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"content" jsonb NOT NULL,
	"ledger_groups" jsonb NOT NULL,
	"author_id" uuid NOT NULL,
	"approver_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"approved_at" timestamp with time zone,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reports_municipality_idx" ON "reports" USING btree ("municipality_id","created_at");--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_kind_check" CHECK ("kind" IN ('policy','workplace'));--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_status_check" CHECK ("status" IN ('draft','submitted','approved','published'));--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_workplace_has_organization" CHECK (("kind" = 'workplace') = ("organization_id" IS NOT NULL));
