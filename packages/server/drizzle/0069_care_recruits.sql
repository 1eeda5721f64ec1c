-- Issue 22 (growing the care team): licensed residents (看護師, 保健師, 助産師, and 准看護師
-- where the municipality allows it) register interest on the municipality's public page,
-- and programme staff or supervisors move them along a path (interest → interview →
-- training → certified → on the roster). Name and contact details are personal data given
-- for one purpose, so they are sealed at rest like event contacts (context bound to the
-- row). When they could work is the matching engine's week (bit(336), as work_profiles),
-- so the fit against the service's uncovered hours is the one rule of issue 17.
CREATE TABLE "care_recruit_settings" (
	"municipality_id" uuid PRIMARY KEY NOT NULL REFERENCES "municipalities"("id"),
	-- Licence types beyond the three national ones a coordinator holds that this
	-- municipality accepts interest from (e.g. 'assistant_nurse' for 准看護師).
	"extra_licence_types" text[] DEFAULT '{}' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "care_recruits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL REFERENCES "municipalities"("id"),
	"name_sealed" text NOT NULL,
	"email_sealed" text NOT NULL,
	"phone_sealed" text,
	"licence_type" text NOT NULL,
	-- Optional at interest: many have their 免許証 in a drawer; digits only when given.
	"licence_number" text,
	-- Checked against the register (看護師籍 etc.) by a supervisor: certification needs it.
	"licence_verified_at" timestamp with time zone,
	"licence_verified_by" uuid,
	"years_since_practice" integer NOT NULL CHECK ("years_since_practice" BETWEEN 0 AND 60),
	"availability" bit(336) NOT NULL,
	"hours_per_week_min" integer NOT NULL,
	"hours_per_week_max" integer NOT NULL,
	"remote_ok" boolean NOT NULL,
	"onsite_ok" boolean NOT NULL,
	"childcare_need" text NOT NULL,
	-- Consent to be contacted is required: no row exists without it.
	"contact_consented_at" timestamp with time zone NOT NULL,
	"stage" text DEFAULT 'interest' NOT NULL,
	"stage_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	-- The staff account the person became (linked when the path reaches the roster).
	"user_id" uuid REFERENCES "users"("id"),
	"client_request_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "care_recruits_hours_check" CHECK ("hours_per_week_min" <= "hours_per_week_max"),
	CONSTRAINT "care_recruits_client_unique" UNIQUE ("municipality_id", "client_request_id")
);
--> statement-breakpoint
CREATE INDEX "care_recruits_stage_idx" ON "care_recruits" ("municipality_id", "stage", "created_at");
--> statement-breakpoint
-- Every step along the path, with who recorded it: the figures for funders count these.
CREATE TABLE "care_recruit_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL REFERENCES "municipalities"("id"),
	"recruit_id" uuid NOT NULL REFERENCES "care_recruits"("id") ON DELETE CASCADE,
	"stage" text NOT NULL,
	-- No foreign key: the record outlives the staff account that wrote it; null for the
	-- resident's own registration.
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "care_recruit_steps_recruit_idx" ON "care_recruit_steps" ("municipality_id", "recruit_id", "recorded_at");
