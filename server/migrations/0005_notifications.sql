CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"queue" text NOT NULL,
	"key" text,
	"subject" text,
	"data" jsonb NOT NULL,
	"run_at" timestamp with time zone NOT NULL,
	"state" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 8 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "jobs_state" CHECK ("jobs"."state" in ('queued','done','failed','cancelled')),
	CONSTRAINT "jobs_attempts" CHECK ("jobs"."attempts" >= 0 and "jobs"."max_attempts" >= 1)
);
--> statement-breakpoint
CREATE TABLE "notification_attachments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"notification_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "notification_attachments_type" CHECK ("notification_attachments"."media_type" in ('application/pdf','image/png','image/jpeg')),
	CONSTRAINT "notification_attachments_size" CHECK ("notification_attachments"."size" between 1 and 4194304)
);
--> statement-breakpoint
CREATE TABLE "notification_counters" (
	"party_code" char(2) NOT NULL,
	"year" smallint NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "notification_counters_party_code_year_pk" PRIMARY KEY("party_code","year")
);
--> statement-breakpoint
CREATE TABLE "notification_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"notification_id" uuid NOT NULL,
	"party" char(2) NOT NULL,
	"kind" text NOT NULL,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"note" text,
	"data" jsonb
);
--> statement-breakpoint
CREATE TABLE "notification_lines" (
	"notification_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"declared_name" text NOT NULL,
	"cas" text,
	"hs_code" text,
	"smiles" text,
	"quantity" numeric(24, 6) NOT NULL,
	"unit" text NOT NULL,
	"concentration" numeric(7, 4),
	"packaging" text,
	"packages" integer,
	"screening" jsonb,
	"verdict" text NOT NULL,
	"receiver_screening" jsonb,
	"receiver_verdict" text,
	CONSTRAINT "notification_lines_notification_id_position_pk" PRIMARY KEY("notification_id","position"),
	CONSTRAINT "notification_lines_quantity" CHECK ("notification_lines"."quantity" > 0),
	CONSTRAINT "notification_lines_concentration" CHECK ("notification_lines"."concentration" is null or ("notification_lines"."concentration" > 0 and "notification_lines"."concentration" <= 100)),
	CONSTRAINT "notification_lines_packages" CHECK ("notification_lines"."packages" is null or "notification_lines"."packages" >= 1)
);
--> statement-breakpoint
CREATE TABLE "notification_reply_periods" (
	"party_code" char(2) PRIMARY KEY NOT NULL,
	"days" smallint NOT NULL,
	"kind" text NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "notification_reply_periods_days" CHECK ("notification_reply_periods"."days" between 1 and 120),
	CONSTRAINT "notification_reply_periods_kind" CHECK ("notification_reply_periods"."kind" in ('calendar','working'))
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"exporting_party" char(2) NOT NULL,
	"importing_party" char(2) NOT NULL,
	"transit_parties" text[] DEFAULT '{}' NOT NULL,
	"scheme" text NOT NULL,
	"verdict" text NOT NULL,
	"state" text NOT NULL,
	"status" text NOT NULL,
	"version" integer NOT NULL,
	"agency_id" uuid,
	"agency" jsonb NOT NULL,
	"exporter" jsonb NOT NULL,
	"importer" jsonb NOT NULL,
	"consignee" jsonb,
	"intended_use" text NOT NULL,
	"shipment_date" date NOT NULL,
	"route" jsonb NOT NULL,
	"invoice_number" text,
	"permit_number" text,
	"language" text NOT NULL,
	"handling" text NOT NULL,
	"sent_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"withdrawal_note" text,
	"info_provided_at" timestamp with time zone,
	"decision" text,
	"decision_note" text,
	"decided_at" timestamp with time zone,
	"review_needed" boolean DEFAULT false NOT NULL,
	"reviewed_by" uuid,
	"reviewed_by_name" text,
	"reviewed_at" timestamp with time zone,
	"review_note" text,
	"response_id" uuid,
	"response_version" integer DEFAULT 0 NOT NULL,
	"received_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"due_date" date,
	"due_time_zone" text,
	"calendar_unknown" integer[] DEFAULT '{}' NOT NULL,
	"reply" text,
	"acknowledged_at" timestamp with time zone,
	"info_requested_at" timestamp with time zone,
	"replied_at" timestamp with time zone,
	"clearance_jws" text,
	"clearance_qr" text,
	"created_by" uuid,
	"edited_by" uuid,
	"created_by_name" text NOT NULL,
	"idempotency_key" text,
	"idempotency_hash" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "notifications_parties" CHECK ("notifications"."exporting_party" <> "notifications"."importing_party"),
	CONSTRAINT "notifications_scheme" CHECK ("notifications"."scheme" in ('pen','pen-light')),
	CONSTRAINT "notifications_state" CHECK ("notifications"."state" in ('draft','sent','withdrawn')),
	CONSTRAINT "notifications_status" CHECK ("notifications"."status" in ('draft','sent','delivered','acknowledged','info-requested','info-provided','cleared','objected','withdrawn')),
	CONSTRAINT "notifications_reply" CHECK ("notifications"."reply" is null or "notifications"."reply" in ('acknowledged','info-requested','cleared','objected')),
	CONSTRAINT "notifications_decision" CHECK ("notifications"."decision" is null or "notifications"."decision" in ('authorised','suspended','refused','shipped','seized')),
	CONSTRAINT "notifications_language" CHECK ("notifications"."language" in ('en','zh')),
	CONSTRAINT "notifications_version" CHECK ("notifications"."version" >= 1 and "notifications"."response_version" >= 0)
);
--> statement-breakpoint
ALTER TABLE "notification_attachments" ADD CONSTRAINT "notification_attachments_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_events" ADD CONSTRAINT "notification_events_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_lines" ADD CONSTRAINT "notification_lines_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_queue_key_idx" ON "jobs" USING btree ("queue","key");--> statement-breakpoint
CREATE INDEX "jobs_due_idx" ON "jobs" USING btree ("run_at") WHERE "jobs"."state" = 'queued';--> statement-breakpoint
CREATE INDEX "jobs_subject_idx" ON "jobs" USING btree ("queue","subject") WHERE "jobs"."state" = 'queued';--> statement-breakpoint
CREATE INDEX "jobs_finished_idx" ON "jobs" USING btree ("finished_at") WHERE "jobs"."state" <> 'queued';--> statement-breakpoint
CREATE INDEX "notification_attachments_notification_idx" ON "notification_attachments" USING btree ("notification_id");--> statement-breakpoint
CREATE INDEX "notification_events_notification_idx" ON "notification_events" USING btree ("notification_id","at");--> statement-breakpoint
CREATE INDEX "notification_lines_cas_idx" ON "notification_lines" USING btree ("cas");--> statement-breakpoint
CREATE INDEX "notification_lines_name_trgm_idx" ON "notification_lines" USING gin ("declared_name" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_reference_idx" ON "notifications" USING btree ("reference");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_idempotency_idx" ON "notifications" USING btree ("created_by","idempotency_key");--> statement-breakpoint
CREATE INDEX "notifications_inbox_idx" ON "notifications" USING btree ("importing_party","due_at","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "notifications_inbox_status_idx" ON "notifications" USING btree ("importing_party","status","due_at");--> statement-breakpoint
CREATE INDEX "notifications_outbox_idx" ON "notifications" USING btree ("exporting_party","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "notifications_due_idx" ON "notifications" USING btree ("due_at") WHERE "notifications"."status" in ('sent','delivered','acknowledged','info-provided');