-- The directory of local resources (地域包括支援センター, こども家庭センター, ハローワーク …)
-- per municipality, and referrals made in consultations with their follow-up status.
CREATE TABLE "consultation_referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"consultation_id" uuid NOT NULL,
	"resource_id" uuid NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referral_resources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"phone" text,
	"url" text,
	"note" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consultation_referrals" ADD CONSTRAINT "consultation_referrals_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_referrals" ADD CONSTRAINT "consultation_referrals_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_referrals" ADD CONSTRAINT "consultation_referrals_resource_id_referral_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."referral_resources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_resources" ADD CONSTRAINT "referral_resources_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultation_referrals_consultation_idx" ON "consultation_referrals" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "referral_resources_municipality_idx" ON "referral_resources" USING btree ("municipality_id","type");--> statement-breakpoint
ALTER TABLE "referral_resources" ADD CONSTRAINT "referral_resources_type_check" CHECK ("type" IN ('community_comprehensive_support_center','children_family_center','regional_occupational_health_center','hello_work','medical_institution','city_childcare_support','mental_health_welfare_center','child_guidance_center','spousal_violence_support_center','labour_standards_office','other'));--> statement-breakpoint
ALTER TABLE "consultation_referrals" ADD CONSTRAINT "consultation_referrals_status_check" CHECK ("status" IN ('proposed','contacted','connected','closed'));
