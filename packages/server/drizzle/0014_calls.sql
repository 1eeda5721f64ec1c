-- Video and audio calls in a consultation (WebRTC, peer to peer). The server relays
-- signalling and records only that a call happened: kind, which party started it, when
-- it was answered and ended, and why it ended. Never media, SDP or network addresses.
-- A call leaves a durable entry in the consultation's message log (kind = 'call') with
-- its own sequence number, so the timeline shows it like any message and replays it.
-- The partial unique index keeps at most one call per consultation ringing or running.
CREATE TABLE "calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"consultation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"started_by_user_id" uuid NOT NULL,
	"started_by_role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"end_reason" text
);
--> statement-breakpoint
ALTER TABLE "consultation_messages" ADD COLUMN "kind" text DEFAULT 'text' NOT NULL;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "calls_one_open_per_consultation" ON "calls" USING btree ("consultation_id") WHERE "calls"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "calls_consultation_idx" ON "calls" USING btree ("municipality_id","consultation_id","created_at");--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_kind_check" CHECK ("kind" IN ('video', 'audio'));--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_started_by_role_check" CHECK ("started_by_role" IN ('worker', 'family', 'coordinator', 'supervisor'));--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_end_reason_check" CHECK ("end_reason" IN ('completed', 'declined', 'cancelled', 'missed'));--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_ended_has_reason_check" CHECK (("ended_at" IS NULL) = ("end_reason" IS NULL));--> statement-breakpoint
ALTER TABLE "consultation_messages" ADD CONSTRAINT "consultation_messages_kind_check" CHECK ("kind" IN ('text', 'call'));
