-- Issue 17 (Back to work): people returning to work after childcare or care, as the
-- programmes 長泉わくキャリ (長泉町) and 保育のおしごと支援センター (日置市) know them after a
-- hearing. A programme belongs to a municipality and edits its own skills list; a profile
-- says what the matching engine compares (skills, qualifications, hours, the week as
-- 336 half-hour bits in Japan time, place, start, 託児, the path wanted) and what the
-- person allows to be shown to a company once they agree to an introduction.
-- No names here: a profile is the account's (user_id) or, for someone met at a hearing
-- who has no account yet, known by the staff's own reference (受付番号).
CREATE TABLE "work_programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL REFERENCES "municipalities"("id"),
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_programmes_name_key" UNIQUE ("municipality_id", "name")
);
--> statement-breakpoint
-- The programme's skills taxonomy. A skill is retired, never deleted, because profiles
-- and openings keep its id.
CREATE TABLE "work_skills" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL REFERENCES "municipalities"("id"),
	"programme_id" uuid NOT NULL REFERENCES "work_programmes"("id"),
	"label" text NOT NULL,
	"retired_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_skills_label_key" UNIQUE ("programme_id", "label")
);
--> statement-breakpoint
-- skill_ids are ids of work_skills (an array, so the matching filter is one containment
-- test, `skill_ids @> required`); qualifications are [{kind, registrationNumber}] (the
-- 保育士 登録番号 normalised), filtered by jsonb containment. Hours are whole or half hours.
-- home_lat/home_lng are rounded to about 1 km by the application: enough for distance.
CREATE TABLE "work_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL REFERENCES "municipalities"("id"),
	"programme_id" uuid NOT NULL REFERENCES "work_programmes"("id"),
	"user_id" uuid REFERENCES "users"("id") ON DELETE CASCADE,
	"reference_label" text NOT NULL,
	"skill_ids" uuid[] DEFAULT '{}' NOT NULL,
	"free_words" text[] DEFAULT '{}' NOT NULL,
	"experience" text DEFAULT '' NOT NULL,
	"qualifications" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"hours_per_week_min" double precision NOT NULL,
	"hours_per_week_max" double precision NOT NULL,
	"availability" bit(336) NOT NULL,
	"remote_ok" boolean NOT NULL,
	"onsite_ok" boolean NOT NULL,
	"home_lat" double precision,
	"home_lng" double precision,
	"max_travel_km" integer,
	"available_from" date,
	"childcare_need" text NOT NULL,
	"path" text NOT NULL,
	"shown_to_companies" text[] DEFAULT '{}' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_profiles_user_key" UNIQUE ("user_id"),
	CONSTRAINT "work_profiles_hours_check" CHECK (0 <= "hours_per_week_min" AND "hours_per_week_min" <= "hours_per_week_max" AND "hours_per_week_max" <= 168),
	CONSTRAINT "work_profiles_childcare_need_check" CHECK ("childcare_need" IN ('none', 'preferred', 'required')),
	CONSTRAINT "work_profiles_path_check" CHECK ("path" IN ('own_pace', 'full_return', 'start_business')),
	CONSTRAINT "work_profiles_home_check" CHECK (("home_lat" IS NULL) = ("home_lng" IS NULL))
);
--> statement-breakpoint
CREATE INDEX "work_profiles_programme_idx" ON "work_profiles" ("municipality_id", "programme_id") WHERE "active";
