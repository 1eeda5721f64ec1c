-- Issue 18, the shared night pool: municipalities of the network agree that, during set
-- hours (e.g. 22:00–08:00 Japan time), a consultation none of their own coordinators takes
-- in time goes to a queue that verified coordinators of every member on pool duty may take.
-- The network secretariat records the agreement; it belongs to no municipality, so it has
-- no municipality_id. Hours are minutes after midnight in Japan; an end smaller than the
-- start crosses midnight. Dates are the first and last night (the day the pool opens).
CREATE TABLE "pool_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"starts_minute" integer NOT NULL,
	"ends_minute" integer NOT NULL,
	"licences" text[] NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"created_by" uuid NOT NULL REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pool_agreements_hours_check" CHECK ("starts_minute" BETWEEN 0 AND 1439 AND "ends_minute" BETWEEN 0 AND 1439 AND "starts_minute" <> "ends_minute"),
	CONSTRAINT "pool_agreements_dates_check" CHECK ("end_date" >= "start_date"),
	CONSTRAINT "pool_agreements_licences_check" CHECK (cardinality("licences") > 0)
);--> statement-breakpoint
-- The members. A municipality that leaves (left_at) stops receiving and sending at once:
-- every pool query reads this row, none keeps a copy.
CREATE TABLE "pool_agreement_members" (
	"agreement_id" uuid NOT NULL REFERENCES "pool_agreements"("id") ON DELETE CASCADE,
	"municipality_id" uuid NOT NULL REFERENCES "municipalities"("id"),
	"left_at" timestamp with time zone,
	CONSTRAINT "pool_agreement_members_pk" PRIMARY KEY ("agreement_id", "municipality_id")
);--> statement-breakpoint
CREATE INDEX "pool_agreement_members_municipality_idx" ON "pool_agreement_members" ("municipality_id");--> statement-breakpoint
-- Pool duty is the roster's, kept by the coordinator's own municipality: who answers the
-- pool when. A supervisor on pool duty is the pool's supervisor for crisis escalation.
CREATE TABLE "pool_duties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL REFERENCES "municipalities"("id"),
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pool_duties_window_check" CHECK ("ends_at" > "starts_at")
);--> statement-breakpoint
CREATE INDEX "pool_duties_window_idx" ON "pool_duties" ("starts_at", "ends_at");--> statement-breakpoint
-- A consultation passed to the pool. It lives in the person's municipality (municipality_id
-- is the home's; the consultation never moves); taken_by is a coordinator of another
-- member, who reaches it only through this row, while it is open and until handover_until.
CREATE TABLE "pool_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL REFERENCES "municipalities"("id"),
	"consultation_id" uuid NOT NULL REFERENCES "consultations"("id") ON DELETE CASCADE,
	"agreement_id" uuid NOT NULL REFERENCES "pool_agreements"("id"),
	"queued_at" timestamp with time zone NOT NULL,
	"taken_by" uuid REFERENCES "users"("id") ON DELETE SET NULL,
	"taken_licence" text,
	"taken_at" timestamp with time zone,
	"handed_over_at" timestamp with time zone,
	"handover_until" timestamp with time zone
);--> statement-breakpoint
CREATE UNIQUE INDEX "pool_cases_open_idx" ON "pool_cases" ("consultation_id") WHERE "handed_over_at" IS NULL;--> statement-breakpoint
CREATE INDEX "pool_cases_queue_idx" ON "pool_cases" ("agreement_id", "queued_at") WHERE "taken_by" IS NULL AND "handed_over_at" IS NULL;--> statement-breakpoint
CREATE INDEX "pool_cases_taker_idx" ON "pool_cases" ("taken_by") WHERE "taken_by" IS NOT NULL;
