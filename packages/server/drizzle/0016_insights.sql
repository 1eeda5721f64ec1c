-- Anonymous statistics (insights). case_records: the de-identified record written when a
-- consultation closes; no user id, no consultation id, only codes and bands and keyed HMAC
-- pseudonyms whose key is outside the database. statistics_settings: a municipality's
-- minimum group size k (never below 5; the default 10 applies without a row).
-- statistics_release_groups: the persistent release ledger, per audience, for refusing
-- releases that differ from an earlier one by fewer than k persons (differencing).
CREATE TABLE "case_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"person_key" text NOT NULL,
	"case_key" text NOT NULL,
	"organization_id" uuid,
	"industry" text,
	"size_band" text,
	"age_band" text,
	"month" text NOT NULL,
	"contact_weekday" smallint NOT NULL,
	"contact_hour" smallint NOT NULL,
	"time_band" text NOT NULL,
	"channel" text NOT NULL,
	"topics" text[] NOT NULL,
	"life_events" text[] NOT NULL,
	"severity" text NOT NULL,
	"outcome" text NOT NULL,
	"referral_types" text[] NOT NULL,
	"satisfaction" smallint,
	"summary" text
);
--> statement-breakpoint
CREATE TABLE "statistics_release_groups" (
	"audience_key" text NOT NULL,
	"fingerprint" text NOT NULL,
	"municipality_id" uuid,
	"release_id" uuid NOT NULL,
	"label" text NOT NULL,
	"persons" text[] NOT NULL,
	"released_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "statistics_release_groups_audience_key_fingerprint_pk" PRIMARY KEY("audience_key","fingerprint")
);
--> statement-breakpoint
CREATE TABLE "statistics_settings" (
	"municipality_id" uuid PRIMARY KEY NOT NULL,
	"minimum_group_size" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_records" ADD CONSTRAINT "case_records_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_release_groups" ADD CONSTRAINT "statistics_release_groups_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_settings" ADD CONSTRAINT "statistics_settings_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_records_month_idx" ON "case_records" USING btree ("municipality_id","month");--> statement-breakpoint
CREATE INDEX "case_records_organization_idx" ON "case_records" USING btree ("municipality_id","organization_id","month");--> statement-breakpoint
CREATE INDEX "case_records_case_key_idx" ON "case_records" USING btree ("case_key");--> statement-breakpoint
ALTER TABLE "statistics_settings" ADD CONSTRAINT "statistics_settings_minimum_group_size_check" CHECK ("minimum_group_size" >= 5);--> statement-breakpoint
ALTER TABLE "case_records" ADD CONSTRAINT "case_records_month_check" CHECK ("month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])-01$');--> statement-breakpoint
ALTER TABLE "case_records" ADD CONSTRAINT "case_records_contact_check" CHECK ("contact_weekday" BETWEEN 0 AND 6 AND "contact_hour" BETWEEN 0 AND 23);--> statement-breakpoint
ALTER TABLE "case_records" ADD CONSTRAINT "case_records_time_band_check" CHECK ("time_band" IN ('day','night','holiday'));--> statement-breakpoint
ALTER TABLE "case_records" ADD CONSTRAINT "case_records_severity_check" CHECK ("severity" IN ('low','moderate','high','crisis'));--> statement-breakpoint
ALTER TABLE "case_records" ADD CONSTRAINT "case_records_outcome_check" CHECK ("outcome" IN ('information_given','advice_given','referred','follow_up_planned','emergency_response','ended_by_person'));--> statement-breakpoint
ALTER TABLE "case_records" ADD CONSTRAINT "case_records_satisfaction_check" CHECK ("satisfaction" BETWEEN 1 AND 5);
