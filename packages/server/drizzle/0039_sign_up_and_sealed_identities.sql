-- Sign-up by e-mailed confirmation (issue 14, "no probing for who is enrolled"): sign-up
-- used to answer EMAIL_TAKEN for a registered address, so anyone holding a printed company
-- code could test whether a person is enrolled. Now every sign-up is stored here and answers
-- the same; the account is created only when the link mailed to the address is opened (the
-- owner of a registered address gets a notice instead). The request holds no address or
-- name in the clear: the form's content is one sealed field (AES-GCM, app keys), and the
-- token only as its SHA-256, like reset and activation links.
CREATE TABLE "sign_up_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"municipality_id" uuid NOT NULL,
	"invite_code_id" uuid NOT NULL,
	"form_sealed" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sign_up_requests" ADD CONSTRAINT "sign_up_requests_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "sign_up_requests" ADD CONSTRAINT "sign_up_requests_invite_code_id_invite_codes_id_fk" FOREIGN KEY ("invite_code_id") REFERENCES "public"."invite_codes"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE UNIQUE INDEX "sign_up_requests_token_hash_key" ON "sign_up_requests" USING btree ("token_hash");
--> statement-breakpoint
-- Identities sealed at rest (issue 14): a dump showed every enrolled person's name and
-- address. Address, display name, nickname and birth year move into one sealed field
-- (AES-GCM with the app's keys, like message bodies) and the address is found by a keyed
-- blind index (HMAC). SQL cannot encrypt with keys it never sees, so this migration only
-- makes room: the new columns start empty, and at start the app
-- (auth/seal-legacy-identities.ts, run right after migrating) seals every row that has
-- none yet and empties its plaintext columns in the same statement. The plaintext columns
-- stay, always empty, until a later migration drops them.
ALTER TABLE "users" ADD COLUMN "email_index" text;
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "identity_sealed" text;
--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "email" DROP NOT NULL;
--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "display_name" DROP NOT NULL;
--> statement-breakpoint
DROP INDEX "users_email_key";
--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_index_key" ON "users" USING btree ("email_index");
