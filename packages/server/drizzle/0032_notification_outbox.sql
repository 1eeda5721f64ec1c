-- Alerts and notices leave through an outbox (issue 14). A high-risk message used to reach
-- the coordinator only after the alert mails to every supervisor on shift had been sent one
-- after another, and a booking waited for its notices the same way: an SMTP server that
-- hangs held up a crisis message. Now each alert or notice is a row written in the same
-- transaction as its event, and a background worker delivers it after commit, with retries
-- and backoff. One row per event, recipient and channel (the unique key), so a second
-- instance or a retried sweep never sends twice; it replaces the two claim tables
-- (notifications, appointment_notices), whose history is copied here. Rows name the event
-- and the recipient, never the text: the text is written at delivery, and a failure keeps
-- an error code, never a server's message (which may quote an address).
CREATE TABLE "notification_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"ref_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "notification_outbox_channel_check" CHECK ("channel" in ('email', 'push')),
	CONSTRAINT "notification_outbox_status_check" CHECK ("status" in ('pending', 'sent', 'skipped', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "notification_outbox" ADD CONSTRAINT "notification_outbox_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "notification_outbox_event_key" ON "notification_outbox" USING btree ("kind","ref_id","user_id","channel");--> statement-breakpoint
-- The worker's claim reads only what is still to be delivered, soonest first.
CREATE INDEX "notification_outbox_due_idx" ON "notification_outbox" USING btree ("channel","next_attempt_at") WHERE "status" = 'pending';--> statement-breakpoint
CREATE INDEX "notification_outbox_user_idx" ON "notification_outbox" USING btree ("user_id","created_at");--> statement-breakpoint
-- History. A row still 'pending' was being sent when its process stopped: it is not sent
-- again months later, it is kept as failed. Old error texts are not copied.
INSERT INTO "notification_outbox" ("municipality_id", "kind", "ref_id", "user_id", "channel", "status", "attempts", "next_attempt_at", "last_error", "created_at", "sent_at")
SELECT "municipality_id", "kind", "ref_id", "user_id", "channel",
	CASE WHEN "status" = 'pending' THEN 'failed' ELSE "status" END,
	1, "created_at",
	CASE WHEN "status" = 'pending' THEN 'interrupted' WHEN "status" = 'failed' THEN 'legacy' END,
	"created_at", "sent_at"
FROM "notifications";--> statement-breakpoint
INSERT INTO "notification_outbox" ("municipality_id", "kind", "ref_id", "user_id", "channel", "status", "attempts", "next_attempt_at", "last_error", "created_at", "sent_at")
SELECT "municipality_id", "kind", "appointment_id", "user_id", "channel",
	CASE WHEN "status" = 'pending' THEN 'failed' ELSE "status" END,
	1, "created_at",
	CASE WHEN "status" = 'pending' THEN 'interrupted' WHEN "status" = 'failed' THEN 'legacy' END,
	"created_at", "sent_at"
FROM "appointment_notices"
ON CONFLICT DO NOTHING;--> statement-breakpoint
DROP TABLE "notifications";--> statement-breakpoint
DROP TABLE "appointment_notices";
