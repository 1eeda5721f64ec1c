-- Missed response targets (first response, next response) are recorded once per wait,
-- so supervisors can review them and the service can report how often it kept its promise.
CREATE TABLE "sla_breaches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"consultation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"band" text NOT NULL,
	"waiting_since" timestamp with time zone NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"detected_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sla_breaches" ADD CONSTRAINT "sla_breaches_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_breaches" ADD CONSTRAINT "sla_breaches_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "sla_breaches_wait_key" ON "sla_breaches" USING btree ("consultation_id","kind","waiting_since");--> statement-breakpoint
CREATE INDEX "sla_breaches_municipality_idx" ON "sla_breaches" USING btree ("municipality_id","detected_at");--> statement-breakpoint
ALTER TABLE "sla_breaches" ADD CONSTRAINT "sla_breaches_kind_check" CHECK ("kind" IN ('firstResponse','nextResponse'));--> statement-breakpoint
ALTER TABLE "sla_breaches" ADD CONSTRAINT "sla_breaches_band_check" CHECK ("band" IN ('day','night','holiday'));
