CREATE TABLE "substance_controls" (
	"id" uuid PRIMARY KEY NOT NULL,
	"entry_id" text NOT NULL,
	"jurisdiction" text NOT NULL,
	"list" text NOT NULL,
	"since" date NOT NULL,
	"until" date,
	"covers" text[] DEFAULT '{}' NOT NULL,
	"basis" text NOT NULL,
	"sources" text[] DEFAULT '{}' NOT NULL,
	"replaces" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "substance_controls_dates" CHECK ("substance_controls"."until" is null or "substance_controls"."until" > "substance_controls"."since"),
	CONSTRAINT "substance_controls_jurisdiction" CHECK ("substance_controls"."jurisdiction" ~ '^([A-Z]{2}|UN)$')
);
--> statement-breakpoint
CREATE TABLE "substance_entries" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name_en" text NOT NULL,
	"name_zh" text NOT NULL,
	"synonyms_en" text[] DEFAULT '{}' NOT NULL,
	"synonyms_zh" text[] DEFAULT '{}' NOT NULL,
	"cas" text,
	"hs" text,
	"smiles" text,
	"inchi_key" text,
	"sources" text[] DEFAULT '{}' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "substance_entries_kind" CHECK ("substance_entries"."kind" in ('precursor','drug')),
	CONSTRAINT "substance_entries_id_format" CHECK ("substance_entries"."id" ~ '^[a-z0-9][a-z0-9-]*$')
);
--> statement-breakpoint
CREATE TABLE "substance_registry_state" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "substance_registry_state_one_row" CHECK ("substance_registry_state"."id" = 1)
);
--> statement-breakpoint
CREATE INDEX "substance_controls_entry_idx" ON "substance_controls" USING btree ("entry_id");--> statement-breakpoint
CREATE UNIQUE INDEX "substance_controls_replaces_idx" ON "substance_controls" USING btree ("replaces");--> statement-breakpoint
CREATE UNIQUE INDEX "substance_entries_cas_idx" ON "substance_entries" USING btree ("cas");--> statement-breakpoint
INSERT INTO "substance_registry_state" ("id", "version") VALUES (1, 0);
