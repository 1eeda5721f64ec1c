-- Break-glass: a supervisor's written request to reveal a person's identity in an
-- emergency, approved or rejected by a second supervisor (never the requester).
CREATE TABLE "identity_disclosures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"consultation_id" uuid NOT NULL,
	"requested_by" uuid NOT NULL,
	"reason_sealed" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "identity_disclosures" ADD CONSTRAINT "identity_disclosures_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_disclosures" ADD CONSTRAINT "identity_disclosures_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "identity_disclosures_municipality_idx" ON "identity_disclosures" USING btree ("municipality_id","created_at");--> statement-breakpoint
ALTER TABLE "identity_disclosures" ADD CONSTRAINT "identity_disclosures_status_check" CHECK ("status" IN ('pending','approved','rejected'));--> statement-breakpoint
ALTER TABLE "identity_disclosures" ADD CONSTRAINT "identity_disclosures_second_person_check" CHECK ("decided_by" IS NULL OR "decided_by" <> "requested_by");--> statement-breakpoint
ALTER TABLE "identity_disclosures" ADD CONSTRAINT "identity_disclosures_decision_check" CHECK (("status" = 'pending') = ("decided_by" IS NULL));
