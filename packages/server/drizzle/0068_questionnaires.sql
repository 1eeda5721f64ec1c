-- Issue 19 (questionnaires): a person answers a validated questionnaire (K6, PHQ-9, GAD-7)
-- in a consultation, on their own or because the care team sent one. The care team sees
-- the score, its band and the items that drove it; a high score raises a risk flag on the
-- consultation exactly as a risk phrase does (the crisis protocol). A sent questionnaire
-- is a row without answers until the person answers it.
CREATE TABLE "questionnaire_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL REFERENCES "municipalities"("id"),
	"consultation_id" uuid NOT NULL REFERENCES "consultations"("id") ON DELETE CASCADE,
	"kind" text NOT NULL,
	-- The language the questionnaire was shown in (a licence may allow only some).
	"language" text,
	"requested_by" uuid REFERENCES "users"("id") ON DELETE SET NULL,
	"requested_at" timestamp with time zone,
	-- The answers are 要配慮個人情報: sealed at rest like consultation content.
	"answers_sealed" text,
	"total" integer,
	"band" text,
	"level" text,
	"drivers" text[],
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "questionnaire_responses_kind_check" CHECK ("kind" IN ('k6', 'phq9', 'gad7')),
	CONSTRAINT "questionnaire_responses_level_check" CHECK ("level" IS NULL OR "level" IN ('none', 'concern', 'high')),
	-- Answered exactly when scored.
	CONSTRAINT "questionnaire_responses_answered_check" CHECK (
		("answered_at" IS NULL AND "answers_sealed" IS NULL AND "total" IS NULL AND "band" IS NULL AND "level" IS NULL)
		OR ("answered_at" IS NOT NULL AND "answers_sealed" IS NOT NULL AND "total" IS NOT NULL AND "band" IS NOT NULL AND "level" IS NOT NULL AND "language" IS NOT NULL)
	)
);--> statement-breakpoint
CREATE INDEX "questionnaire_responses_consultation_idx" ON "questionnaire_responses" ("municipality_id", "consultation_id", "created_at");--> statement-breakpoint
-- The Japanese PHQ-9 and GAD-7 need the translator's written permission (村松公美子;
-- next-wave.md §3). City staff record it per municipality: who granted it, on what day,
-- and the reference of the letter or agreement. Until then those two are offered in
-- English only. Recording it is audited.
CREATE TABLE "questionnaire_translation_permissions" (
	"municipality_id" uuid NOT NULL REFERENCES "municipalities"("id"),
	"kind" text NOT NULL,
	"language" text NOT NULL,
	"granted_by" text NOT NULL,
	"granted_on" text NOT NULL,
	"reference" text NOT NULL,
	"recorded_by" uuid NOT NULL REFERENCES "users"("id"),
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "questionnaire_translation_permissions_pk" PRIMARY KEY ("municipality_id", "kind", "language"),
	CONSTRAINT "questionnaire_translation_permissions_kind_check" CHECK ("kind" IN ('phq9', 'gad7'))
);
