-- Automatic routing: each assignment of a consultation (by routing, a claim or a
-- supervisor's reassignment) is kept with its reasons, so the decision can be explained
-- to the care team and reviewed later.
CREATE TABLE "consultation_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"consultation_id" uuid NOT NULL,
	"coordinator_id" uuid NOT NULL,
	"method" text NOT NULL,
	"reasons" jsonb NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consultation_assignments" ADD CONSTRAINT "consultation_assignments_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_assignments" ADD CONSTRAINT "consultation_assignments_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultation_assignments_consultation_idx" ON "consultation_assignments" USING btree ("consultation_id","decided_at");--> statement-breakpoint
ALTER TABLE "consultation_assignments" ADD CONSTRAINT "consultation_assignments_method_check" CHECK ("method" IN ('routing','claim','reassign'));
