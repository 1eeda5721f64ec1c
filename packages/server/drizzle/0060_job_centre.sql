-- Issue 17 (Back to work), the childcare-worker job centre: 日置市's 保育のおしごと支援センター
-- is a free job placement (無料職業紹介) for 保育士 and 保育補助者, run on the same engine as
-- わくキャリ. A programme says which of the two it is, so that the centre's screens, its
-- nursery openings and its short-of-staff flag belong to the centre only.
ALTER TABLE "work_programmes" ADD COLUMN "kind" text DEFAULT 'return_to_work' NOT NULL;--> statement-breakpoint
ALTER TABLE "work_programmes" ADD CONSTRAINT "work_programmes_kind_check" CHECK ("kind" IN ('return_to_work', 'childcare_job_centre'));--> statement-breakpoint
-- A nursery opening is a childcare facility's: its facility staff post it for their own
-- facility, and the centre's lists and suggestions read the facility's short-of-staff flag.
ALTER TABLE "work_openings" ADD COLUMN "facility_id" uuid REFERENCES "childcare_facilities"("id");--> statement-breakpoint
CREATE INDEX "work_openings_facility_idx" ON "work_openings" ("municipality_id", "facility_id") WHERE "facility_id" IS NOT NULL;--> statement-breakpoint
-- A nursery whose vacancies are limited by staff (it could take more children with more
-- staff), per month as the vacancy table is (the 1st of the month), with how many staff it
-- lacks. The facility or the centre records it; a month without a row is not flagged.
CREATE TABLE "childcare_staff_shortages" (
	"facility_id" uuid NOT NULL REFERENCES "childcare_facilities"("id") ON DELETE CASCADE,
	"municipality_id" uuid NOT NULL REFERENCES "municipalities"("id"),
	"month" date NOT NULL,
	"staff_short" integer NOT NULL,
	"recorded_by" uuid REFERENCES "users"("id") ON DELETE SET NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "childcare_staff_shortages_pk" PRIMARY KEY ("facility_id", "month"),
	CONSTRAINT "childcare_staff_shortages_staff_check" CHECK ("staff_short" BETWEEN 1 AND 50),
	CONSTRAINT "childcare_staff_shortages_month_check" CHECK (extract(day from "month") = 1)
);--> statement-breakpoint
CREATE INDEX "childcare_staff_shortages_month_idx" ON "childcare_staff_shortages" ("municipality_id", "month");--> statement-breakpoint
-- A coordinator may refer a person to わくキャリ or the job centre. The programme is a fourth
-- kind of target, still exactly one per referral; such a referral waits for the person's
-- own agreement (person_agreed_at) before the programme learns anything, and then only
-- that someone came from the health room, never what was said.
ALTER TABLE "consultation_referrals" ADD COLUMN "programme_id" uuid REFERENCES "work_programmes"("id");--> statement-breakpoint
ALTER TABLE "consultation_referrals" ADD COLUMN "person_agreed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "consultation_referrals" DROP CONSTRAINT "consultation_referrals_one_target_check";--> statement-breakpoint
ALTER TABLE "consultation_referrals" ADD CONSTRAINT "consultation_referrals_one_target_check" CHECK (num_nonnulls("resource_id", "facility_id", "event_id", "programme_id") = 1);--> statement-breakpoint
CREATE INDEX "consultation_referrals_programme_idx" ON "consultation_referrals" ("municipality_id", "programme_id") WHERE "programme_id" IS NOT NULL;
