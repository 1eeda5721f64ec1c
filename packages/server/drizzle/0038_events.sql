-- Events with registration (issue 16): つどい, 講座, 座談会, 説明会, 相談会 of a city's childcare
-- section, and later return-to-work seminars and network study sessions, which is why an
-- event names its kind rather than belonging to a programme. Residents register without an
-- account, so a registration keeps its own contact details: sealed with the keyring like
-- message bodies (keys outside the database), and purged a configurable number of days
-- after the event ends, when the row keeps only the counts and status. The cancellation
-- link's token is stored as its SHA-256 for lookup and sealed for the mails written at
-- delivery (the outbox stores no text). Capacity counts registrations (組); the event row
-- is locked while a registration is decided, so concurrent registrations never exceed it.
-- host_facility_id names the facility holding the event; the childcare facilities table
-- arrives in a neighbouring migration, which adds the foreign key.
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place_name" text,
	"address" text,
	"online_url" text,
	"childcare" boolean DEFAULT false NOT NULL,
	"childcare_details" text,
	"capacity" integer NOT NULL,
	"registration_opens_at" timestamp with time zone,
	"registration_closes_at" timestamp with time zone,
	"target" text,
	"fee" text,
	"host_facility_id" uuid,
	"published" boolean DEFAULT false NOT NULL,
	"cancelled_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_time_check" CHECK ("ends_at" > "starts_at"),
	CONSTRAINT "events_capacity_check" CHECK ("capacity" > 0),
	CONSTRAINT "events_place_check" CHECK ("place_name" IS NOT NULL OR "online_url" IS NOT NULL)
);
--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- The public list reads one municipality's published events by month.
CREATE INDEX "events_municipality_starts_idx" ON "events" USING btree ("municipality_id","starts_at");--> statement-breakpoint
CREATE TABLE "event_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"status" text NOT NULL,
	"waiting_position" integer,
	"contact_name_sealed" text,
	"contact_email_sealed" text,
	"contact_phone_sealed" text,
	"adults" integer NOT NULL,
	"children" integer NOT NULL,
	"locale" text DEFAULT 'ja' NOT NULL,
	"cancel_token_hash" text,
	"cancel_token_sealed" text,
	"client_request_id" uuid NOT NULL,
	"contacts_purged_at" timestamp with time zone,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_registrations_status_check" CHECK ("status" in ('registered', 'waiting', 'cancelled', 'attended')),
	CONSTRAINT "event_registrations_waiting_check" CHECK (("status" = 'waiting') = ("waiting_position" IS NOT NULL)),
	CONSTRAINT "event_registrations_party_check" CHECK ("adults" >= 1 AND "children" >= 0)
);
--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_registrations_event_idx" ON "event_registrations" USING btree ("event_id","status","waiting_position");--> statement-breakpoint
-- A form sent twice (a retry on a bus) is one registration.
CREATE UNIQUE INDEX "event_registrations_client_key" ON "event_registrations" USING btree ("event_id","client_request_id");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_cancel_token_key" ON "event_registrations" USING btree ("cancel_token_hash");--> statement-breakpoint
-- The demo had 日置市 under 462209 (南さつま市's code); its 全国地方公共団体コード is 462187, and
-- the public event pages are addressed by it.
UPDATE "municipalities" SET "code" = '462187' WHERE "code" = '462209' AND "name" = '日置市';
