CREATE TABLE "exchange_refusals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"subject" text NOT NULL,
	"reason" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer NOT NULL,
	"sample" jsonb NOT NULL,
	"first_at" timestamp with time zone NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	CONSTRAINT "exchange_refusals_count" CHECK ("exchange_refusals"."count" >= 1)
);
--> statement-breakpoint
CREATE TABLE "exchange_request_nonces" (
	"party_code" char(2) NOT NULL,
	"nonce" text NOT NULL,
	"seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "exchange_request_nonces_party_code_nonce_pk" PRIMARY KEY("party_code","nonce")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_refusals_key_idx" ON "exchange_refusals" USING btree ("source","subject","reason","window_start");--> statement-breakpoint
CREATE INDEX "exchange_refusals_window_idx" ON "exchange_refusals" USING btree ("window_start");--> statement-breakpoint
CREATE INDEX "exchange_request_nonces_expires_idx" ON "exchange_request_nonces" USING btree ("expires_at");