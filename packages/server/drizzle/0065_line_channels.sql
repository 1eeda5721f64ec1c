-- Issue 19, LINE as the door and the bell, never the room. The national rule (2021) keeps
-- consultation content and residents' personal data off LINE's servers: these tables hold
-- only what the door and the bell need, in Yorisoi's own database.
--
-- A municipality's official account. The channel secret (it signs webhooks) and the access
-- token (it sends pushes) are sealed like every other secret (platform/crypto, the row's
-- municipality bound as context); city staff can replace them but never read them back.
-- Pushes are priced per message, so the city sets a monthly budget; `demo` marks a channel
-- configured against nothing real.
CREATE TABLE "line_channels" (
	"municipality_id" uuid PRIMARY KEY NOT NULL REFERENCES "municipalities"("id"),
	"channel_id" text NOT NULL,
	"channel_secret_sealed" text NOT NULL,
	"access_token_sealed" text NOT NULL,
	"monthly_push_budget" integer NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"updated_by" uuid REFERENCES "users"("id") ON DELETE SET NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "line_channels_budget_check" CHECK ("monthly_push_budget" BETWEEN 0 AND 10000000)
);--> statement-breakpoint
-- Pushes accepted by LINE per calendar month (Japan time), counted before sending so two
-- workers never overspend the budget; a push LINE refused is given back.
CREATE TABLE "line_push_counts" (
	"municipality_id" uuid NOT NULL REFERENCES "municipalities"("id"),
	"month" text NOT NULL,
	"pushed" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "line_push_counts_pk" PRIMARY KEY ("municipality_id", "month"),
	CONSTRAINT "line_push_counts_month_check" CHECK ("month" ~ '^[0-9]{4}-[0-9]{2}$'),
	CONSTRAINT "line_push_counts_pushed_check" CHECK ("pushed" >= 0)
);--> statement-breakpoint
-- A Yorisoi account linked to a LINE user by LINE's account-link flow. The LINE user id is
-- an identifier of a person: sealed, and found by a keyed blind index (an unfollow names
-- the LINE user only). `blocked_at`: the person blocked or unfollowed the account, so
-- nothing is pushed until they follow again.
CREATE TABLE "line_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL REFERENCES "municipalities"("id"),
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"line_user_index" text NOT NULL,
	"line_user_sealed" text NOT NULL,
	"linked_at" timestamp with time zone NOT NULL,
	"blocked_at" timestamp with time zone
);--> statement-breakpoint
CREATE UNIQUE INDEX "line_accounts_user_key" ON "line_accounts" ("municipality_id", "user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "line_accounts_line_user_key" ON "line_accounts" ("municipality_id", "line_user_index");--> statement-breakpoint
-- The nonce of one account-link attempt: made for a signed-in person from a link token,
-- valid ten minutes and once. Only hashes are kept (the nonce and the link token travel
-- through LINE); a link token gives one nonce, as LINE's token is single-use too.
CREATE TABLE "line_link_nonces" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL REFERENCES "municipalities"("id"),
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"nonce_hash" text NOT NULL,
	"link_token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE UNIQUE INDEX "line_link_nonces_nonce_key" ON "line_link_nonces" ("municipality_id", "nonce_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "line_link_nonces_link_token_key" ON "line_link_nonces" ("municipality_id", "link_token_hash");--> statement-breakpoint
-- LINE redelivers webhook events; each webhookEventId is processed once, recorded in the
-- transaction that processes it. Nothing of the event is kept but its id and kind.
CREATE TABLE "line_webhook_events" (
	"municipality_id" uuid NOT NULL REFERENCES "municipalities"("id"),
	"webhook_event_id" text NOT NULL,
	"kind" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "line_webhook_events_pk" PRIMARY KEY ("municipality_id", "webhook_event_id")
);
