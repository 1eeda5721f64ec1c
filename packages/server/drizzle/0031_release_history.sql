-- Disclosure control across an audience's whole history (issue 20). Comparing releases
-- two by two missed combinations of three or more (a survey page minus two employers'
-- reports left one late respondent). Each release to an audience now also leaves a row
-- here: whose persons it counted (the population, by the fingerprint of its group in
-- statistics_release_groups), what it told of their number and of their answers, and the
-- minimum group size it promised. The history auditor rebuilds the attacker's linear
-- program from these rows. Nothing here names a person: populations are pseudonyms kept
-- in the release ledger already, answers stay in the sealed survey tables.
CREATE TABLE "disclosure_releases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid,
	"audience_key" text NOT NULL,
	"kind" text NOT NULL,
	"k" integer NOT NULL,
	"population_fingerprint" text NOT NULL,
	"total" integer,
	"survey_id" uuid,
	"questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"texts_shown" boolean DEFAULT false NOT NULL,
	"released_at" timestamp with time zone NOT NULL,
	CONSTRAINT "disclosure_releases_kind_check" CHECK ("kind" in ('statistics', 'survey')),
	CONSTRAINT "disclosure_releases_k_check" CHECK ("k" >= 1),
	CONSTRAINT "disclosure_releases_total_check" CHECK ("total" is null or "total" >= 0)
);
--> statement-breakpoint
ALTER TABLE "disclosure_releases" ADD CONSTRAINT "disclosure_releases_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_releases" ADD CONSTRAINT "disclosure_releases_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "disclosure_releases_audience_idx" ON "disclosure_releases" USING btree ("audience_key","kind","survey_id");--> statement-breakpoint
-- A statistics population is one constraint however many tables counted it: one row each.
CREATE UNIQUE INDEX "disclosure_releases_statistics_population_idx" ON "disclosure_releases" USING btree ("audience_key","population_fingerprint") WHERE "kind" = 'statistics';--> statement-breakpoint
-- k is a promise: a group released under k is compared with later ones under at least that
-- k. Groups released before this migration get their municipality's k of today (default 10).
ALTER TABLE "statistics_release_groups" ADD COLUMN "k" integer;--> statement-breakpoint
UPDATE "statistics_release_groups" g SET "k" = coalesce((SELECT s."minimum_group_size" FROM "statistics_settings" s WHERE s."municipality_id" = g."municipality_id"), 10);--> statement-breakpoint
ALTER TABLE "statistics_release_groups" ALTER COLUMN "k" SET NOT NULL;
--> statement-breakpoint
-- Releases made before this migration join the history: survey views from the views kept
-- (their respondents are the ledger group recorded with the same release id; a view shown
-- again with the same respondents was stored once), statistics from the ledger's table
-- totals (labelled "…: *" or "…: * × *"). Survey views were released under the survey's k.
INSERT INTO "disclosure_releases" ("id", "municipality_id", "audience_key", "kind", "k", "population_fingerprint", "total", "survey_id", "questions", "texts_shown", "released_at")
SELECT r."id", r."municipality_id", r."audience_key", 'survey', s."minimum_group_size", g."fingerprint", cardinality(g."persons"), r."survey_id",
	coalesce((
		SELECT jsonb_agg(
			CASE WHEN q.value->>'kind' = 'likert'
				THEN jsonb_build_object('family', r."survey_id"::text || ':q' || (q.ordinality - 1), 'published', q.value->'counts', 'coverage', 'one')
				ELSE jsonb_build_object('family', r."survey_id"::text || ':t' || (q.ordinality - 1), 'published', jsonb_build_array(jsonb_array_length(q.value->'answers')), 'coverage', 'atMostOne')
			END ORDER BY q.ordinality)
		FROM jsonb_array_elements(r."questions") WITH ORDINALITY AS q(value, ordinality)
	), '[]'::jsonb),
	EXISTS (SELECT 1 FROM jsonb_array_elements(r."questions") AS q(value) WHERE q.value->>'kind' = 'text' AND jsonb_array_length(q.value->'answers') > 0),
	r."released_at"
FROM "survey_result_releases" r
JOIN "surveys" s ON s."id" = r."survey_id"
JOIN "statistics_release_groups" g ON g."release_id" = r."id" AND g."audience_key" = r."audience_key";
--> statement-breakpoint
INSERT INTO "disclosure_releases" ("id", "municipality_id", "audience_key", "kind", "k", "population_fingerprint", "total", "released_at")
SELECT gen_random_uuid(), g."municipality_id", g."audience_key", 'statistics', g."k", g."fingerprint", cardinality(g."persons"), g."released_at"
FROM "statistics_release_groups" g
WHERE g."label" LIKE '%: *' OR g."label" LIKE '%: * × *'
ON CONFLICT DO NOTHING;
