-- Issue 19 (questionnaires), the stress check for small workplaces: the 2025 law change
-- (令和7年法律第33号) makes the ストレスチェック compulsory below 50 workers. An employer
-- admin opens a period for their organisation; workers answer the 57-item
-- 職業性ストレス簡易調査票 in the app. The departments are fixed when the period opens, so
-- the group analysis (集団分析) partitions the same people every time it is read, and it is
-- only read once the period is over (answers no longer change), so two views can never be
-- subtracted from each other to learn one person's answers.
CREATE TABLE "stress_check_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL REFERENCES "municipalities"("id"),
	"organization_id" uuid NOT NULL REFERENCES "organizations"("id"),
	"title" text NOT NULL,
	"opens_on" text NOT NULL,
	"closes_on" text NOT NULL,
	"departments" jsonb NOT NULL,
	-- The k promised when the period opened: never below 10 (the stress-check group rule),
	-- whatever lower k the city uses for other statistics.
	"minimum_group_size" integer NOT NULL,
	"created_by" uuid NOT NULL REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stress_check_periods_dates_check" CHECK ("opens_on" <= "closes_on"),
	CONSTRAINT "stress_check_periods_k_check" CHECK ("minimum_group_size" >= 10)
);--> statement-breakpoint
CREATE INDEX "stress_check_periods_org_idx" ON "stress_check_periods" ("municipality_id", "organization_id", "created_at");--> statement-breakpoint
-- One worker's answers in one period: saved as they go (so they can resume), scored once
-- complete. The answers are 要配慮個人情報 and sealed at rest; the part totals are kept in
-- the clear for the group analysis, which publishes only means of groups of at least k.
-- Only the worker reads their own row (policy rule stressCheck.ownResult); the employer
-- never does, by law (no one with personnel authority sees an individual result).
CREATE TABLE "stress_check_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL REFERENCES "municipalities"("id"),
	"period_id" uuid NOT NULL REFERENCES "stress_check_periods"("id") ON DELETE CASCADE,
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"department" text,
	"answers_sealed" text NOT NULL,
	"answered_items" integer NOT NULL,
	"score_a" integer,
	"score_b" integer,
	"score_c" integer,
	"high_stress" boolean,
	"completed_at" timestamp with time zone,
	"interview_requested_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stress_check_answers_person_idx" UNIQUE ("period_id", "user_id"),
	CONSTRAINT "stress_check_answers_items_check" CHECK ("answered_items" BETWEEN 0 AND 57),
	-- Scored exactly when complete: a partial set never carries a result.
	CONSTRAINT "stress_check_answers_scored_check" CHECK (
		("completed_at" IS NULL AND "score_a" IS NULL AND "score_b" IS NULL AND "score_c" IS NULL AND "high_stress" IS NULL)
		OR ("completed_at" IS NOT NULL AND "answered_items" = 57 AND "score_a" BETWEEN 17 AND 68 AND "score_b" BETWEEN 29 AND 116 AND "score_c" BETWEEN 9 AND 36 AND "high_stress" IS NOT NULL)
	)
);--> statement-breakpoint
CREATE INDEX "stress_check_answers_period_idx" ON "stress_check_answers" ("municipality_id", "period_id");
