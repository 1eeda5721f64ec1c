-- Anonymous pulse surveys. One answer per person is enforced by survey_respondents, which
-- holds only an HMAC of (survey, user) — no time, no response id — while survey_responses
-- and survey_answers hold no user id and no timestamp, so the two cannot be joined.
-- Free text is de-identified before it is sealed into survey_answers.
-- survey_result_releases keeps what each audience was last shown (protected figures only).
-- The municipality's library of good practices (勤務間インターバル, イクボス宣言, 介護休業制度の周知 …)
-- matched to consultation topics, recommended in policy and workplace-improvement reports.
-- Public information, editable by city staff; removal keeps the row inactive.
CREATE TABLE "survey_answers" (
	"response_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"question_index" integer NOT NULL,
	"likert" integer,
	"text_sealed" text
);
--> statement-breakpoint
CREATE TABLE "survey_respondents" (
	"survey_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"tag" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"survey_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_result_releases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"audience_key" text NOT NULL,
	"questions" jsonb NOT NULL,
	"released_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"questions" jsonb NOT NULL,
	"target_organization_ids" jsonb NOT NULL,
	"opens_on" text NOT NULL,
	"closes_on" text NOT NULL,
	"minimum_group_size" integer NOT NULL,
	"created_by" uuid NOT NULL,
	"owner_organization_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"topic" text NOT NULL,
	"life_event" text,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"source_note" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_response_id_survey_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."survey_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_respondents" ADD CONSTRAINT "survey_respondents_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_respondents" ADD CONSTRAINT "survey_respondents_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_result_releases" ADD CONSTRAINT "survey_result_releases_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_result_releases" ADD CONSTRAINT "survey_result_releases_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_owner_organization_id_organizations_id_fk" FOREIGN KEY ("owner_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_answers_question_idx" ON "survey_answers" USING btree ("response_id","question_index");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_respondents_tag_idx" ON "survey_respondents" USING btree ("survey_id","tag");--> statement-breakpoint
CREATE INDEX "survey_responses_survey_idx" ON "survey_responses" USING btree ("survey_id","organization_id");--> statement-breakpoint
CREATE INDEX "survey_result_releases_idx" ON "survey_result_releases" USING btree ("survey_id","audience_key","released_at");--> statement-breakpoint
CREATE INDEX "surveys_municipality_idx" ON "surveys" USING btree ("municipality_id","created_at");--> statement-breakpoint
CREATE INDEX "practices_municipality_idx" ON "practices" USING btree ("municipality_id","topic");--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_likert_range" CHECK ("likert" IS NULL OR "likert" BETWEEN 1 AND 5);--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_one_value" CHECK (("likert" IS NULL) <> ("text_sealed" IS NULL));--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_minimum_group_size" CHECK ("minimum_group_size" >= 5);--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_dates" CHECK ("closes_on" >= "opens_on");--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_topic_check" CHECK ("topic" IN ('physical_mental_health','mental_health','career','childcare','elder_care','pregnancy_birth','fertility_treatment','menopause','harassment','work_style','other'));--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_life_event_check" CHECK ("life_event" IS NULL OR "life_event" IN ('pregnancy','birth','parental_leave_return','childcare_start','child_school_entry','care_start','care_intensified','own_illness','return_to_work','job_change_considered','leaving_considered','marriage','divorce_separation','bereavement','relocation','fertility_treatment_start','menopause_symptoms'));
