CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"origin_party" char(2) NOT NULL,
	"version" integer NOT NULL,
	"agency_id" uuid,
	"agency" jsonb NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"language" text NOT NULL,
	"topic" text NOT NULL,
	"parties" text[] DEFAULT '{}' NOT NULL,
	"handling" text NOT NULL,
	"use_restrictions" text[] DEFAULT '{}' NOT NULL,
	"links" jsonb NOT NULL,
	"entities" jsonb NOT NULL,
	"status" text NOT NULL,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"idempotency_key" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "cases_handling_check" CHECK ("cases"."handling" in ('TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED')),
	CONSTRAINT "cases_status_check" CHECK ("cases"."status" in ('open', 'closed', 'withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "request_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"step_id" uuid,
	"party" char(2) NOT NULL,
	"filename" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" char(64) NOT NULL,
	"content" "bytea" NOT NULL,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "request_periods" (
	"party" char(2) NOT NULL,
	"type" text NOT NULL,
	"priority" text NOT NULL,
	"amount" smallint NOT NULL,
	"unit" text NOT NULL,
	CONSTRAINT "request_periods_party_type_priority_pk" PRIMARY KEY("party","type","priority"),
	CONSTRAINT "request_periods_unit_check" CHECK ("request_periods"."unit" in ('hours', 'calendar-days', 'working-days'))
);
--> statement-breakpoint
CREATE TABLE "request_serials" (
	"kind" text NOT NULL,
	"party" char(2) NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "request_serials_kind_party_year_pk" PRIMARY KEY("kind","party","year")
);
--> statement-breakpoint
CREATE TABLE "request_settings" (
	"party" char(2) PRIMARY KEY NOT NULL,
	"four_eyes" text NOT NULL,
	CONSTRAINT "request_settings_four_eyes_check" CHECK ("request_settings"."four_eyes" in ('sensitive', 'all'))
);
--> statement-breakpoint
CREATE TABLE "request_steps" (
	"id" uuid PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"party" char(2) NOT NULL,
	"kind" text NOT NULL,
	"state" text NOT NULL,
	"agency" jsonb,
	"author_id" uuid,
	"author_name" text NOT NULL,
	"approved_by" uuid,
	"approved_by_name" text,
	"at" timestamp with time zone NOT NULL,
	"reason" text,
	"note" text,
	"language" text,
	"expected_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"handling" text,
	"use_restrictions" text[] DEFAULT '{}' NOT NULL,
	"entities" jsonb DEFAULT '[]' NOT NULL,
	"links" jsonb,
	"data" jsonb,
	"idempotency_key" text,
	CONSTRAINT "request_steps_state_check" CHECK ("request_steps"."state" in ('pending-approval', 'sent', 'received', 'local'))
);
--> statement-breakpoint
CREATE TABLE "requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"origin_party" char(2) NOT NULL,
	"to_party" char(2) NOT NULL,
	"version" integer NOT NULL,
	"case_id" uuid,
	"case_reference" text,
	"agency_id" uuid,
	"agency" jsonb NOT NULL,
	"to_contact" jsonb,
	"type" text NOT NULL,
	"legal_basis" text NOT NULL,
	"legal_basis_other" text,
	"priority" text NOT NULL,
	"items" jsonb NOT NULL,
	"subject" text NOT NULL,
	"details" text NOT NULL,
	"language" text NOT NULL,
	"entities" jsonb NOT NULL,
	"links" jsonb NOT NULL,
	"handling" text NOT NULL,
	"use_restrictions" text[] DEFAULT '{}' NOT NULL,
	"reliability" char(1),
	"credibility" char(1),
	"status" text NOT NULL,
	"period_amount" smallint,
	"period_unit" text,
	"received_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"paused_at" timestamp with time zone,
	"remaining_ms" bigint,
	"expected_at" timestamp with time zone,
	"delay_count" integer DEFAULT 0 NOT NULL,
	"first_answer_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"created_by" uuid,
	"editors" uuid[] DEFAULT '{}' NOT NULL,
	"approved_by" uuid,
	"approved_by_name" text,
	"return_note" text,
	"created_by_name" text NOT NULL,
	"idempotency_key" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "requests_handling_check" CHECK ("requests"."handling" in ('TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED')),
	CONSTRAINT "requests_status_check" CHECK ("requests"."status" in ('draft', 'awaiting-approval', 'sent', 'received', 'clarification', 'partially-answered', 'answered', 'refused', 'closed', 'withdrawn'))
);
--> statement-breakpoint
ALTER TABLE "request_documents" ADD CONSTRAINT "request_documents_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_steps" ADD CONSTRAINT "request_steps_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cases_reference_idx" ON "cases" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "cases_list_idx" ON "cases" USING btree ("status","updated_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_idempotency_idx" ON "cases" USING btree ("created_by","idempotency_key") WHERE "cases"."idempotency_key" is not null;--> statement-breakpoint
CREATE INDEX "request_documents_request_idx" ON "request_documents" USING btree ("request_id","created_at");--> statement-breakpoint
CREATE INDEX "request_steps_request_idx" ON "request_steps" USING btree ("request_id","at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "request_steps_idempotency_idx" ON "request_steps" USING btree ("author_id","idempotency_key") WHERE "request_steps"."idempotency_key" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "requests_reference_idx" ON "requests" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "requests_inbox_idx" ON "requests" USING btree ("to_party","status","due_at","id");--> statement-breakpoint
CREATE INDEX "requests_outbox_idx" ON "requests" USING btree ("origin_party","status","updated_at","id");--> statement-breakpoint
CREATE INDEX "requests_due_idx" ON "requests" USING btree ("due_at","id");--> statement-breakpoint
CREATE INDEX "requests_case_idx" ON "requests" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "requests_inbox_due_idx" ON "requests" USING btree ("to_party","due_at","id");--> statement-breakpoint
CREATE INDEX "requests_outbox_recent_idx" ON "requests" USING btree ("origin_party","updated_at","id");--> statement-breakpoint
CREATE INDEX "requests_recent_idx" ON "requests" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "requests_subject_trgm_idx" ON "requests" USING gin ("subject" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "requests_open_idx" ON "requests" USING btree ("status","to_party","origin_party","due_at","handling") WHERE "requests"."status" not in ('answered', 'refused', 'closed', 'withdrawn');--> statement-breakpoint
CREATE UNIQUE INDEX "requests_idempotency_idx" ON "requests" USING btree ("created_by","idempotency_key") WHERE "requests"."idempotency_key" is not null;