-- Issue 17 (Back to work): what companies and facilities offer through a programme —
-- jobs (part-time, full-time, 短時間正社員) and projects (a deliverable, a team, a period).
-- The opening is the municipality's row (its programme matches it), but the employer
-- need not be one of its organizations: わくキャリ takes companies from anywhere, so the
-- employer is a name and a place in words, linked to an organization only when it is one.
-- The schedule is the week the work happens in (336 half-hour bits, every bit set for
-- work done any time); requirements are arrays the candidate filter compares directly.
CREATE TABLE "work_openings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL REFERENCES "municipalities"("id"),
	"programme_id" uuid NOT NULL REFERENCES "work_programmes"("id"),
	"employer_organization_id" uuid REFERENCES "organizations"("id") ON DELETE SET NULL,
	"employer_name" text NOT NULL,
	"employer_location" text,
	"kind" text NOT NULL,
	"employment_type" text,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"deliverable" text,
	"team_size" integer,
	"period_start" date,
	"period_end" date,
	"hours_per_week_min" double precision NOT NULL,
	"hours_per_week_max" double precision NOT NULL,
	"schedule" bit(336) NOT NULL,
	"work_mode" text NOT NULL,
	"place_label" text,
	"place_lat" double precision,
	"place_lng" double precision,
	"starts_on" date,
	"childcare_provided" boolean DEFAULT false NOT NULL,
	"pay" text,
	"required_skill_ids" uuid[] DEFAULT '{}' NOT NULL,
	"nice_skill_ids" uuid[] DEFAULT '{}' NOT NULL,
	"keywords" text[] DEFAULT '{}' NOT NULL,
	"required_qualifications" text[] DEFAULT '{}' NOT NULL,
	"nice_qualifications" text[] DEFAULT '{}' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_openings_kind_check" CHECK (
		("kind" = 'job' AND "employment_type" IN ('part_time', 'full_time', 'short_hours_regular'))
		OR ("kind" = 'project' AND "employment_type" IS NULL)),
	CONSTRAINT "work_openings_title_check" CHECK (length(btrim("title")) > 0),
	CONSTRAINT "work_openings_hours_check" CHECK (0 <= "hours_per_week_min" AND "hours_per_week_min" <= "hours_per_week_max" AND "hours_per_week_max" <= 168),
	CONSTRAINT "work_openings_team_size_check" CHECK ("team_size" IS NULL OR "team_size" BETWEEN 1 AND 50),
	CONSTRAINT "work_openings_period_check" CHECK ("period_end" IS NULL OR "period_start" IS NULL OR "period_end" >= "period_start"),
	CONSTRAINT "work_openings_work_mode_check" CHECK ("work_mode" IN ('remote', 'onsite', 'hybrid')),
	CONSTRAINT "work_openings_place_check" CHECK (("place_lat" IS NULL) = ("place_lng" IS NULL)),
	CONSTRAINT "work_openings_status_check" CHECK ("status" IN ('open', 'closed'))
);
--> statement-breakpoint
CREATE INDEX "work_openings_programme_idx" ON "work_openings" ("municipality_id", "programme_id") WHERE "status" = 'open';
