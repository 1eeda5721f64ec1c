-- The person's satisfaction rating after closing (one per consultation, comment sealed),
-- and their choice whether to return to the coordinator they saw before. Existing
-- consultations keep the default (true), which is how routing already behaved.
CREATE TABLE "consultation_ratings" (
	"consultation_id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"score" integer NOT NULL,
	"comment_sealed" text,
	"rated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "prefers_same_coordinator" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "consultation_ratings" ADD CONSTRAINT "consultation_ratings_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_ratings" ADD CONSTRAINT "consultation_ratings_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_ratings" ADD CONSTRAINT "consultation_ratings_score_check" CHECK ("score" BETWEEN 1 AND 5);
