-- The 緊急 inbox (issue 13) separates two steps of the crisis protocol. Someone on the
-- care team first acknowledges an alert ("I have seen it and I am on it"), which stops
-- it counting as unseen on every staff screen; the risk assessment with the person
-- (acknowledged_at) comes after. Until now only the second existed, so a crisis could
-- sit unseen with nobody knowing whether anyone had noticed it.
ALTER TABLE "consultation_risk_flags" ADD COLUMN "seen_by" uuid;--> statement-breakpoint
ALTER TABLE "consultation_risk_flags" ADD COLUMN "seen_at" timestamp with time zone;
