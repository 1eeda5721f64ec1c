-- Booked consultations (相談予約): coordinators' weekly windows in Japan time and one-off
-- blocks/openings, the bookings themselves, and their confirmations and reminders.
-- Double booking is impossible in the database: partial unique indexes on
-- (coordinator, start) and (person, start) over active ('booked') rows.
CREATE TABLE "appointment_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"appointment_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"channel" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"coordinator_id" uuid NOT NULL,
	"person_user_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"channel" text NOT NULL,
	"topics" text[] NOT NULL,
	"status" text DEFAULT 'booked' NOT NULL,
	"first_message_sealed" text,
	"consultation_id" uuid,
	"calendar_uid" uuid NOT NULL,
	"calendar_sequence" integer DEFAULT 0 NOT NULL,
	"rescheduled_to_id" uuid,
	"change_reason" text,
	"changed_by" uuid,
	"changed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "availability_exceptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"coordinator_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"slot_minutes" integer,
	"channels" text[] NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "availability_windows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"coordinator_id" uuid NOT NULL,
	"weekday" integer NOT NULL,
	"start_minute" integer NOT NULL,
	"end_minute" integer NOT NULL,
	"slot_minutes" integer NOT NULL,
	"channels" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "appointment_notices" ADD CONSTRAINT "appointment_notices_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_notices" ADD CONSTRAINT "appointment_notices_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_coordinator_id_users_id_fk" FOREIGN KEY ("coordinator_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_person_user_id_users_id_fk" FOREIGN KEY ("person_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "availability_exceptions" ADD CONSTRAINT "availability_exceptions_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "availability_exceptions" ADD CONSTRAINT "availability_exceptions_coordinator_id_users_id_fk" FOREIGN KEY ("coordinator_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "availability_windows" ADD CONSTRAINT "availability_windows_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "availability_windows" ADD CONSTRAINT "availability_windows_coordinator_id_users_id_fk" FOREIGN KEY ("coordinator_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "appointment_notices_event_key" ON "appointment_notices" USING btree ("appointment_id","user_id","kind","channel");--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_coordinator_slot_key" ON "appointments" USING btree ("coordinator_id","starts_at") WHERE status = 'booked';--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_person_slot_key" ON "appointments" USING btree ("person_user_id","starts_at") WHERE status = 'booked';--> statement-breakpoint
CREATE INDEX "appointments_person_idx" ON "appointments" USING btree ("municipality_id","person_user_id","starts_at");--> statement-breakpoint
CREATE INDEX "appointments_coordinator_idx" ON "appointments" USING btree ("municipality_id","coordinator_id","starts_at");--> statement-breakpoint
CREATE INDEX "appointments_due_idx" ON "appointments" USING btree ("status","starts_at");--> statement-breakpoint
CREATE INDEX "availability_exceptions_window_idx" ON "availability_exceptions" USING btree ("coordinator_id","starts_at","ends_at");--> statement-breakpoint
CREATE INDEX "availability_windows_coordinator_idx" ON "availability_windows" USING btree ("municipality_id","coordinator_id");--> statement-breakpoint
ALTER TABLE "availability_windows" ADD CONSTRAINT "availability_windows_span_check" CHECK ("weekday" BETWEEN 0 AND 6 AND "start_minute" >= 0 AND "end_minute" <= 1440 AND "end_minute" - "start_minute" >= "slot_minutes");--> statement-breakpoint
ALTER TABLE "availability_windows" ADD CONSTRAINT "availability_windows_slot_check" CHECK ("slot_minutes" IN (15,20,30,45,60));--> statement-breakpoint
ALTER TABLE "availability_exceptions" ADD CONSTRAINT "availability_exceptions_kind_check" CHECK ("kind" IN ('block','open'));--> statement-breakpoint
ALTER TABLE "availability_exceptions" ADD CONSTRAINT "availability_exceptions_span_check" CHECK ("ends_at" > "starts_at");--> statement-breakpoint
ALTER TABLE "availability_exceptions" ADD CONSTRAINT "availability_exceptions_open_check" CHECK ("kind" = 'block' OR "slot_minutes" IN (15,20,30,45,60));--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_status_check" CHECK ("status" IN ('booked','cancelled','rescheduled'));--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_channel_check" CHECK ("channel" IN ('chat','video'));--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_span_check" CHECK ("ends_at" > "starts_at");--> statement-breakpoint
ALTER TABLE "appointment_notices" ADD CONSTRAINT "appointment_notices_kind_check" CHECK ("kind" IN ('confirmation','booked_for_staff','reminder_24h','reminder_10m','cancelled','rescheduled'));--> statement-breakpoint
ALTER TABLE "appointment_notices" ADD CONSTRAINT "appointment_notices_channel_check" CHECK ("channel" IN ('email','push'));--> statement-breakpoint
ALTER TABLE "appointment_notices" ADD CONSTRAINT "appointment_notices_status_check" CHECK ("status" IN ('pending','sent','failed','skipped'));
