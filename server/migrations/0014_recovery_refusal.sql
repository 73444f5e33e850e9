ALTER TABLE "exchange_outbox" ALTER COLUMN "jws" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "exchange_peers" ADD COLUMN "recovery_refusal" jsonb;