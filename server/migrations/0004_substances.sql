CREATE TABLE "screening_job_chunks" (
	"job_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"lines" integer NOT NULL,
	"body" "bytea" NOT NULL,
	CONSTRAINT "screening_job_chunks_job_id_seq_pk" PRIMARY KEY("job_id","seq")
);
--> statement-breakpoint
CREATE TABLE "screening_jobs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_by" uuid,
	"filename" text NOT NULL,
	"format" text NOT NULL,
	"as_of" date NOT NULL,
	"status" text NOT NULL,
	"input" "bytea",
	"input_bytes" integer NOT NULL,
	"total_lines" integer,
	"done_lines" integer DEFAULT 0 NOT NULL,
	"counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"encoding" text,
	"registry_version" text,
	"error" text,
	"error_type" text,
	"lease_until" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	CONSTRAINT "screening_jobs_status" CHECK ("screening_jobs"."status" in ('queued','running','done','failed')),
	CONSTRAINT "screening_jobs_format" CHECK ("screening_jobs"."format" in ('csv','xlsx','jsonl'))
);
--> statement-breakpoint
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
ALTER TABLE "screening_job_chunks" ADD CONSTRAINT "screening_job_chunks_job_id_screening_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."screening_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "screening_jobs_created_by_idx" ON "screening_jobs" USING btree ("created_by","created_at");--> statement-breakpoint
CREATE INDEX "screening_jobs_status_idx" ON "screening_jobs" USING btree ("status");--> statement-breakpoint
CREATE INDEX "substance_controls_entry_idx" ON "substance_controls" USING btree ("entry_id");--> statement-breakpoint
CREATE UNIQUE INDEX "substance_controls_replaces_idx" ON "substance_controls" USING btree ("replaces");--> statement-breakpoint
CREATE UNIQUE INDEX "substance_entries_cas_idx" ON "substance_entries" USING btree ("cas");--> statement-breakpoint
INSERT INTO "substance_registry_state" ("id", "version") VALUES (1, 0);
