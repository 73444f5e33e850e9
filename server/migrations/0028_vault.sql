CREATE TABLE "vault_keys" (
	"id" uuid PRIMARY KEY NOT NULL,
	"purpose" text NOT NULL,
	"sealed" text,
	"state" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"retired_at" timestamp with time zone,
	CONSTRAINT "vault_keys_purpose" CHECK ("vault_keys"."purpose" in ('data','mac')),
	CONSTRAINT "vault_keys_state" CHECK ("vault_keys"."state" in ('active','retiring','retired')),
	CONSTRAINT "vault_keys_material" CHECK ("vault_keys"."sealed" is not null or "vault_keys"."state" = 'retired'),
	CONSTRAINT "vault_keys_retired_at" CHECK (("vault_keys"."state" = 'retired') = ("vault_keys"."retired_at" is not null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "vault_keys_one_active_idx" ON "vault_keys" USING btree ("purpose") WHERE "vault_keys"."state" = 'active';