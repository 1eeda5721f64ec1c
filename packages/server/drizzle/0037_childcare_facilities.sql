-- Childcare facilities and their monthly vacancies (issue 16). A coordinator who hears
-- 「4月から復職したいけど預け先が見つからない」 must be able to point to what the city offers,
-- and a parent must find it without signing in: facilities come from the city's open data
-- (子育て施設一覧, kept with every column as imported), their 受入年齢 is read into bounds a
-- search can compare (one column per unit, so a bound keeps what it was written in), and
-- each facility's vacancies per age class are kept per month with a version, so two
-- people editing the same month never silently overwrite each other.
-- Two staff roles join: the city's childcare section and staff bound to one facility.
ALTER TABLE "users" DROP CONSTRAINT "users_role_check";--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_role_check" CHECK ("role" IN ('worker','family','coordinator','supervisor','employer_admin','city_staff','network_admin','childcare_staff','facility_staff'));--> statement-breakpoint
CREATE TABLE "childcare_facilities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"source_id" text NOT NULL,
	"name" text NOT NULL,
	"name_kana" text,
	"name_en" text,
	"kind" text NOT NULL,
	"kind_written" text,
	"area" text,
	"postal_code" text,
	"address" text,
	"address_extra" text,
	"latitude" double precision,
	"longitude" double precision,
	"phone" text,
	"url" text,
	"capacity" integer,
	"acceptance_age_text" text,
	"age_readable" boolean NOT NULL DEFAULT false,
	"min_age_days" integer DEFAULT -1 NOT NULL,
	"min_age_months" integer DEFAULT -1 NOT NULL,
	"min_age_years" integer DEFAULT -1 NOT NULL,
	"min_class_age" integer DEFAULT -1 NOT NULL,
	"max_age_months" integer DEFAULT 32767 NOT NULL,
	"max_age_years" integer DEFAULT 32767 NOT NULL,
	"max_class_age" integer DEFAULT 32767 NOT NULL,
	"opens_minutes" smallint[] NOT NULL,
	"closes_minutes" smallint[] NOT NULL,
	"hours_note" text,
	"temporary_care" boolean,
	"sick_child_care" boolean,
	"nursing_room" boolean,
	"diaper_changing" boolean,
	"parking" boolean,
	"original" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
ALTER TABLE "childcare_facilities" ADD CONSTRAINT "childcare_facilities_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- The open data's ID/NO is never reused (推奨データセット rule), so it is the stable key of an import.
CREATE UNIQUE INDEX "childcare_facilities_source_key" ON "childcare_facilities" USING btree ("municipality_id","source_id");--> statement-breakpoint
-- An absent bound is stored open (-1 below, 32767 above), as is every bound of an age that
-- could not be read, so the search's age test is plain comparisons an index can use.
CREATE INDEX "childcare_facilities_class_age_idx" ON "childcare_facilities" USING btree ("municipality_id","kind","max_class_age","min_class_age");--> statement-breakpoint
-- The search walks these in its result order and stops at its limit, filtering as it goes,
-- instead of sorting every facility of a kind (50,000 in the benchmark).
CREATE INDEX "childcare_facilities_kind_order_idx" ON "childcare_facilities" USING btree ("municipality_id","kind","age_readable" DESC,"name_kana" NULLS LAST,"source_id");--> statement-breakpoint
CREATE INDEX "childcare_facilities_order_idx" ON "childcare_facilities" USING btree ("municipality_id","age_readable" DESC,"name_kana" NULLS LAST,"source_id");--> statement-breakpoint
ALTER TABLE "childcare_facilities" ADD CONSTRAINT "childcare_facilities_kind_check" CHECK ("kind" IN ('licensed_nursery','certified_kodomoen','small_nursery','kindergarten','support_center','parent_child_plaza','children_center','temporary_care','sick_child_care','unlicensed_nursery','other'));--> statement-breakpoint
-- Seven days, Sunday first; a null element is a closed day.
ALTER TABLE "childcare_facilities" ADD CONSTRAINT "childcare_facilities_hours_check" CHECK (array_length("opens_minutes", 1) = 7 AND array_length("closes_minutes", 1) = 7);--> statement-breakpoint
CREATE TABLE "childcare_vacancies" (
	"facility_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"month" date NOT NULL,
	"age0" integer,
	"age1" integer,
	"age2" integer,
	"age3" integer,
	"age4" integer,
	"age5" integer,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "childcare_vacancies_pk" PRIMARY KEY ("facility_id","month")
);--> statement-breakpoint
ALTER TABLE "childcare_vacancies" ADD CONSTRAINT "childcare_vacancies_facility_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."childcare_facilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childcare_vacancies" ADD CONSTRAINT "childcare_vacancies_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childcare_vacancies" ADD CONSTRAINT "childcare_vacancies_updated_by_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "childcare_vacancies_month_idx" ON "childcare_vacancies" USING btree ("municipality_id","month");--> statement-breakpoint
-- A blank is "not stated", never zero; a count is never negative; the month is its 1st.
ALTER TABLE "childcare_vacancies" ADD CONSTRAINT "childcare_vacancies_counts_check" CHECK (coalesce("age0",0) >= 0 AND coalesce("age1",0) >= 0 AND coalesce("age2",0) >= 0 AND coalesce("age3",0) >= 0 AND coalesce("age4",0) >= 0 AND coalesce("age5",0) >= 0);--> statement-breakpoint
ALTER TABLE "childcare_vacancies" ADD CONSTRAINT "childcare_vacancies_month_check" CHECK (extract(day from "month") = 1);--> statement-breakpoint
-- Facility staff are bound to exactly one facility: the user is the key.
CREATE TABLE "childcare_facility_staff" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"facility_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
ALTER TABLE "childcare_facility_staff" ADD CONSTRAINT "childcare_facility_staff_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childcare_facility_staff" ADD CONSTRAINT "childcare_facility_staff_facility_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."childcare_facilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childcare_facility_staff" ADD CONSTRAINT "childcare_facility_staff_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "childcare_facility_staff_facility_idx" ON "childcare_facility_staff" USING btree ("facility_id");--> statement-breakpoint
-- The city decides how its table shows vacancies: counts, or the ◎○△× scale many cities use.
CREATE TABLE "childcare_settings" (
	"municipality_id" uuid PRIMARY KEY NOT NULL,
	"vacancy_display" text DEFAULT 'counts' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
ALTER TABLE "childcare_settings" ADD CONSTRAINT "childcare_settings_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childcare_settings" ADD CONSTRAINT "childcare_settings_display_check" CHECK ("vacancy_display" IN ('counts','symbols'));--> statement-breakpoint
-- The table as of the 1st is published by the city; until then the public sees the last published month.
CREATE TABLE "childcare_vacancy_publications" (
	"municipality_id" uuid NOT NULL,
	"month" date NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "childcare_vacancy_publications_pk" PRIMARY KEY ("municipality_id","month")
);--> statement-breakpoint
ALTER TABLE "childcare_vacancy_publications" ADD CONSTRAINT "childcare_vacancy_publications_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childcare_vacancy_publications" ADD CONSTRAINT "childcare_vacancy_publications_published_by_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- A reminder the city sent to a facility that has not updated a month; the outbox refers to it.
CREATE TABLE "childcare_vacancy_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"facility_id" uuid NOT NULL,
	"month" date NOT NULL,
	"sent_by" uuid,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
ALTER TABLE "childcare_vacancy_reminders" ADD CONSTRAINT "childcare_vacancy_reminders_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childcare_vacancy_reminders" ADD CONSTRAINT "childcare_vacancy_reminders_facility_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."childcare_facilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "childcare_vacancy_reminders" ADD CONSTRAINT "childcare_vacancy_reminders_sent_by_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "childcare_vacancy_reminders_month_idx" ON "childcare_vacancy_reminders" USING btree ("municipality_id","month");
