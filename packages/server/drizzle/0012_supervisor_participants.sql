-- A supervisor joins a consultation as an announced second person (crisis protocol): who
-- joined and left, and system lines in the message log that tell the person so.
CREATE TABLE "consultation_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"consultation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"licence_type" text,
	"joined_at" timestamp with time zone NOT NULL,
	"left_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "consultation_participants" ADD CONSTRAINT "consultation_participants_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_participants" ADD CONSTRAINT "consultation_participants_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_participants" ADD CONSTRAINT "consultation_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "consultation_participants_open_key" ON "consultation_participants" USING btree ("consultation_id","user_id") WHERE "consultation_participants"."left_at" is null;--> statement-breakpoint
CREATE INDEX "consultation_participants_consultation_idx" ON "consultation_participants" USING btree ("municipality_id","consultation_id");--> statement-breakpoint
ALTER TABLE "consultation_participants" ADD CONSTRAINT "consultation_participants_role_check" CHECK ("role" IN ('supervisor'));--> statement-breakpoint
ALTER TABLE "consultation_participants" ADD CONSTRAINT "consultation_participants_licence_check" CHECK ("licence_type" IS NULL OR "licence_type" IN ('nurse','public_health_nurse','midwife'));--> statement-breakpoint
ALTER TABLE "consultation_messages" DROP CONSTRAINT "consultation_messages_sender_role_check";--> statement-breakpoint
ALTER TABLE "consultation_messages" ADD CONSTRAINT "consultation_messages_sender_role_check" CHECK ("sender_role" IN ('worker','family','coordinator','supervisor','system'));