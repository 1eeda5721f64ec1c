-- Consultations (THE CARE) and their message log, which must never lose a message.
-- The database is the log: a send bumps consultations.last_seq and inserts the message
-- with that number in one transaction, and only then is it acknowledged, so sequence
-- numbers are gap-free per consultation and a reconnecting client replays from SQL.
-- UNIQUE(consultation_id, client_msg_id) makes a retried send (same client id) a no-op.
-- Message bodies are sealed (AES-256-GCM, keys outside the database); the table holds
-- no plaintext. socket_io_attachments is the Socket.IO PostgreSQL adapter's overflow
-- table; only identifiers are published between instances, so it stays empty.
-- Forward-only: a later change is a new migration, never an edit of this one.
CREATE TABLE "consultation_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"consultation_id" uuid NOT NULL,
	"seq" bigint NOT NULL,
	"client_msg_id" uuid NOT NULL,
	"sender_user_id" uuid NOT NULL,
	"sender_role" text NOT NULL,
	"body_sealed" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_receipts" (
	"consultation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"reader_role" text NOT NULL,
	"delivered_seq" bigint DEFAULT 0 NOT NULL,
	"read_seq" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultation_receipts_consultation_id_user_id_pk" PRIMARY KEY("consultation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "consultations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"person_user_id" uuid NOT NULL,
	"organization_id" uuid,
	"status" text DEFAULT 'queued' NOT NULL,
	"topics" text[] NOT NULL,
	"preference" text DEFAULT 'chat' NOT NULL,
	"urgency" integer DEFAULT 0 NOT NULL,
	"assigned_coordinator_id" uuid,
	"last_seq" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "socket_io_attachments" (
	"id" bigserial NOT NULL,
	"created_at" timestamp with time zone DEFAULT now(),
	"payload" "bytea",
	CONSTRAINT "socket_io_attachments_id_unique" UNIQUE("id")
);
--> statement-breakpoint
ALTER TABLE "consultation_messages" ADD CONSTRAINT "consultation_messages_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_messages" ADD CONSTRAINT "consultation_messages_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_receipts" ADD CONSTRAINT "consultation_receipts_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_receipts" ADD CONSTRAINT "consultation_receipts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_receipts" ADD CONSTRAINT "consultation_receipts_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_person_user_id_users_id_fk" FOREIGN KEY ("person_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_assigned_coordinator_id_users_id_fk" FOREIGN KEY ("assigned_coordinator_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "consultation_messages_seq_key" ON "consultation_messages" USING btree ("consultation_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "consultation_messages_client_msg_id_key" ON "consultation_messages" USING btree ("consultation_id","client_msg_id");--> statement-breakpoint
CREATE INDEX "consultations_person_idx" ON "consultations" USING btree ("municipality_id","person_user_id","created_at");--> statement-breakpoint
CREATE INDEX "consultations_queue_idx" ON "consultations" USING btree ("municipality_id","status","urgency","created_at");--> statement-breakpoint
CREATE INDEX "consultations_assignee_idx" ON "consultations" USING btree ("assigned_coordinator_id");--> statement-breakpoint
-- Closed vocabularies (see shared/src/domain/consultation.ts) and state invariants.
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_status_check" CHECK ("status" IN ('queued','active','closed'));--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_preference_check" CHECK ("preference" IN ('chat','video','booking'));--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_topics_check" CHECK (cardinality("topics") >= 1 AND "topics" <@ ARRAY['physical_mental_health','mental_health','career','childcare','elder_care','pregnancy_birth','fertility_treatment','menopause','harassment','work_style','other']::text[]);--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_urgency_check" CHECK ("urgency" BETWEEN 0 AND 3);--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_last_seq_check" CHECK ("last_seq" >= 0);--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_closed_check" CHECK (("status" = 'closed') = ("closed_at" IS NOT NULL));--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_active_assigned_check" CHECK ("status" <> 'active' OR "assigned_coordinator_id" IS NOT NULL);--> statement-breakpoint
ALTER TABLE "consultation_messages" ADD CONSTRAINT "consultation_messages_seq_check" CHECK ("seq" >= 1);--> statement-breakpoint
ALTER TABLE "consultation_messages" ADD CONSTRAINT "consultation_messages_sender_role_check" CHECK ("sender_role" IN ('worker','family','coordinator','supervisor'));--> statement-breakpoint
ALTER TABLE "consultation_receipts" ADD CONSTRAINT "consultation_receipts_reader_role_check" CHECK ("reader_role" IN ('worker','family','coordinator','supervisor'));--> statement-breakpoint
ALTER TABLE "consultation_receipts" ADD CONSTRAINT "consultation_receipts_seq_check" CHECK ("read_seq" >= 0 AND "delivered_seq" >= "read_seq");--> statement-breakpoint
-- What was said is never rewritten: messages can be removed only with their consultation
-- (account purge), never updated.
CREATE FUNCTION "consultation_messages_refuse_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'consultation_messages cannot be changed';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "consultation_messages_no_update" BEFORE UPDATE ON "consultation_messages"
  FOR EACH ROW EXECUTE FUNCTION "consultation_messages_refuse_update"();
