-- Closing a consultation requires its structured case coding (topics, life events,
-- severity, outcome, referral types): codes only, never free text, because anonymous
-- statistics are built from them. Risk flags record where the crisis screening found a
-- risk expression, so the care team can assess and acknowledge it.
CREATE TABLE "consultation_codings" (
	"consultation_id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"topics" text[] NOT NULL,
	"life_events" text[] NOT NULL,
	"severity" text NOT NULL,
	"outcome" text NOT NULL,
	"referral_types" text[] NOT NULL,
	"coded_by" uuid NOT NULL,
	"coded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_risk_flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"consultation_id" uuid NOT NULL,
	"message_seq" bigint NOT NULL,
	"level" text NOT NULL,
	"categories" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledged_by" uuid,
	"acknowledged_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "consultation_codings" ADD CONSTRAINT "consultation_codings_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_codings" ADD CONSTRAINT "consultation_codings_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_risk_flags" ADD CONSTRAINT "consultation_risk_flags_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_risk_flags" ADD CONSTRAINT "consultation_risk_flags_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultation_risk_flags_consultation_idx" ON "consultation_risk_flags" USING btree ("consultation_id","created_at");--> statement-breakpoint
-- The vocabularies are those of packages/shared/src/domain/case-coding.ts.
ALTER TABLE "consultation_codings" ADD CONSTRAINT "consultation_codings_severity_check" CHECK ("severity" IN ('low','moderate','high','crisis'));--> statement-breakpoint
ALTER TABLE "consultation_codings" ADD CONSTRAINT "consultation_codings_outcome_check" CHECK ("outcome" IN ('information_given','advice_given','referred','follow_up_planned','emergency_response','ended_by_person'));--> statement-breakpoint
ALTER TABLE "consultation_codings" ADD CONSTRAINT "consultation_codings_topics_check" CHECK (cardinality("topics") >= 1);--> statement-breakpoint
ALTER TABLE "consultation_risk_flags" ADD CONSTRAINT "consultation_risk_flags_level_check" CHECK ("level" IN ('concern','high'));--> statement-breakpoint
ALTER TABLE "consultation_risk_flags" ADD CONSTRAINT "consultation_risk_flags_ack_check" CHECK (("acknowledged_by" IS NULL) = ("acknowledged_at" IS NULL));
