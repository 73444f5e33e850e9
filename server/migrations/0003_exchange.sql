CREATE TABLE "exchange_chain_heads" (
	"direction" text NOT NULL,
	"party_code" char(2) NOT NULL,
	"seq" bigint DEFAULT 0 NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "exchange_chain_heads_direction_party_code_pk" PRIMARY KEY("direction","party_code"),
	CONSTRAINT "exchange_chain_heads_direction" CHECK ("exchange_chain_heads"."direction" in ('in','out'))
);
--> statement-breakpoint
CREATE TABLE "exchange_inbox" (
	"id" uuid PRIMARY KEY NOT NULL,
	"from_party" char(2) NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL,
	"kind" text NOT NULL,
	"record_id" uuid NOT NULL,
	"record_version" integer NOT NULL,
	"op" text NOT NULL,
	"jws" text,
	"status" text NOT NULL,
	"detail" text,
	"received_at" timestamp with time zone NOT NULL,
	"receipt_jws" text NOT NULL,
	"purged_at" timestamp with time zone,
	CONSTRAINT "exchange_inbox_status" CHECK ("exchange_inbox"."status" in ('applied','superseded','purged','rejected'))
);
--> statement-breakpoint
CREATE TABLE "exchange_node_keys" (
	"kid" text PRIMARY KEY NOT NULL,
	"public_key" text NOT NULL,
	"private_key_sealed" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"retired_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "exchange_outbox" (
	"id" uuid PRIMARY KEY NOT NULL,
	"to_party" char(2) NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL,
	"kind" text NOT NULL,
	"record_id" uuid NOT NULL,
	"record_version" integer NOT NULL,
	"op" text NOT NULL,
	"jws" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"delivered_at" timestamp with time zone,
	"receipt_jws" text,
	"receipt_status" text
);
--> statement-breakpoint
CREATE TABLE "exchange_peer_keys" (
	"kid" text PRIMARY KEY NOT NULL,
	"party_code" char(2) NOT NULL,
	"public_key" text NOT NULL,
	"source" text NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	CONSTRAINT "exchange_peer_keys_source" CHECK ("exchange_peer_keys"."source" in ('admin','rotation'))
);
--> statement-breakpoint
CREATE TABLE "exchange_peers" (
	"party_code" char(2) PRIMARY KEY NOT NULL,
	"base_url" text NOT NULL,
	"is_enabled" boolean DEFAULT true NOT NULL,
	"last_contact_at" timestamp with time zone,
	"last_delivered_at" timestamp with time zone,
	"failures" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"last_error_at" timestamp with time zone,
	"next_attempt_at" timestamp with time zone,
	"lease_owner" text,
	"lease_until" timestamp with time zone,
	"last_sync_at" timestamp with time zone,
	"remote_heads" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "exchange_peers_url" CHECK ("exchange_peers"."base_url" ~ '^https?://')
);
--> statement-breakpoint
CREATE TABLE "exchange_tombstones" (
	"record_id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"origin_party" char(2) NOT NULL,
	"record_version" integer NOT NULL,
	"reason" text NOT NULL,
	"note" text,
	"withdrawn_by" text NOT NULL,
	"withdrawn_at" timestamp with time zone NOT NULL,
	"envelope_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "verified_by_name" text;--> statement-breakpoint
ALTER TABLE "exchange_peer_keys" ADD CONSTRAINT "exchange_peer_keys_party_code_exchange_peers_party_code_fk" FOREIGN KEY ("party_code") REFERENCES "public"."exchange_peers"("party_code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_inbox_pair_seq_idx" ON "exchange_inbox" USING btree ("from_party","seq");--> statement-breakpoint
CREATE INDEX "exchange_inbox_record_idx" ON "exchange_inbox" USING btree ("record_id");--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_node_keys_one_current_idx" ON "exchange_node_keys" USING btree (("retired_at" is null)) WHERE "exchange_node_keys"."retired_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_outbox_pair_seq_idx" ON "exchange_outbox" USING btree ("to_party","seq");--> statement-breakpoint
CREATE INDEX "exchange_outbox_pending_idx" ON "exchange_outbox" USING btree ("to_party","seq") WHERE "exchange_outbox"."delivered_at" is null;--> statement-breakpoint
CREATE INDEX "exchange_outbox_record_idx" ON "exchange_outbox" USING btree ("record_id");--> statement-breakpoint
CREATE INDEX "exchange_peer_keys_party_idx" ON "exchange_peer_keys" USING btree ("party_code");--> statement-breakpoint
-- Parties belong to the directory module, so these references are written here rather than in the exchange's schema.
ALTER TABLE "exchange_peers" ADD CONSTRAINT "exchange_peers_party_fk" FOREIGN KEY ("party_code") REFERENCES "public"."parties"("code");--> statement-breakpoint
ALTER TABLE "exchange_outbox" ADD CONSTRAINT "exchange_outbox_party_fk" FOREIGN KEY ("to_party") REFERENCES "public"."parties"("code");--> statement-breakpoint
ALTER TABLE "exchange_chain_heads" ADD CONSTRAINT "exchange_chain_heads_party_fk" FOREIGN KEY ("party_code") REFERENCES "public"."parties"("code");
