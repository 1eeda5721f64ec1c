-- Issue 19: the bell. A LINE push with no content is a third outbox channel, retried with
-- backoff like the others and, when LINE keeps refusing or the month's budget is spent,
-- followed by a web push or an e-mail row of the same event.
ALTER TABLE "notification_outbox" DROP CONSTRAINT "notification_outbox_channel_check";--> statement-breakpoint
ALTER TABLE "notification_outbox" ADD CONSTRAINT "notification_outbox_channel_check" CHECK ("channel" IN ('email', 'push', 'line'));
