CREATE TABLE "commitments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"origin_party" char(2) NOT NULL,
	"version" integer NOT NULL,
	"meeting_id" uuid,
	"meeting_reference" text,
	"topic" text NOT NULL,
	"text" text NOT NULL,
	"language" text NOT NULL,
	"agency_id" uuid,
	"agency" jsonb NOT NULL,
	"due_on" date NOT NULL,
	"status" text NOT NULL,
	"settled_on" date,
	"evidence" jsonb NOT NULL,
	"updates" jsonb NOT NULL,
	"handling" text NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "commitments_handling_check" CHECK ("commitments"."handling" in ('TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED')),
	CONSTRAINT "commitments_status_check" CHECK ("commitments"."status" in ('open', 'in-progress', 'done', 'dropped', 'withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "meeting_parts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"party" char(2) NOT NULL,
	"version" integer NOT NULL,
	"language" text NOT NULL,
	"attendance" jsonb NOT NULL,
	"notes" jsonb NOT NULL,
	"decisions" jsonb NOT NULL,
	"updated_by_name" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_serials" (
	"kind" text NOT NULL,
	"party" char(2) NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "meeting_serials_kind_party_year_pk" PRIMARY KEY("kind","party","year")
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"origin_party" char(2) NOT NULL,
	"version" integer NOT NULL,
	"level" text NOT NULL,
	"mode" text NOT NULL,
	"title" text NOT NULL,
	"language" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"place" text NOT NULL,
	"parties" text[] DEFAULT '{}' NOT NULL,
	"agenda" jsonb NOT NULL,
	"links" jsonb NOT NULL,
	"handling" text NOT NULL,
	"status" text NOT NULL,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "meetings_handling_check" CHECK ("meetings"."handling" in ('TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED')),
	CONSTRAINT "meetings_status_check" CHECK ("meetings"."status" in ('scheduled', 'held', 'cancelled', 'withdrawn')),
	CONSTRAINT "meetings_level_check" CHECK ("meetings"."level" in ('leaders', 'ministerial', 'plenary', 'senior-officials', 'working-level', 'technical')),
	CONSTRAINT "meetings_mode_check" CHECK ("meetings"."mode" in ('virtual', 'in-person', 'hybrid'))
);
--> statement-breakpoint
CREATE TABLE "readout_clearances" (
	"id" uuid PRIMARY KEY NOT NULL,
	"readout_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"party" char(2) NOT NULL,
	"cleared_by" uuid,
	"cleared_by_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "readout_releases" (
	"readout_id" uuid PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"version" integer NOT NULL,
	"meeting_title" text NOT NULL,
	"meeting_starts_at" timestamp with time zone NOT NULL,
	"meeting_time_zone" text NOT NULL,
	"place" text NOT NULL,
	"party" char(2) NOT NULL,
	"kind" text NOT NULL,
	"texts" jsonb NOT NULL,
	"released_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "readout_versions" (
	"readout_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"language" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"translation" jsonb,
	"by_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "readout_versions_readout_id_version_pk" PRIMARY KEY("readout_id","version")
);
--> statement-breakpoint
CREATE TABLE "readouts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"origin_party" char(2) NOT NULL,
	"version" integer NOT NULL,
	"meeting_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"joint_id" uuid,
	"language" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"translation" jsonb,
	"links" jsonb NOT NULL,
	"status" text NOT NULL,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"editors" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "readouts_kind_check" CHECK ("readouts"."kind" in ('own', 'joint')),
	CONSTRAINT "readouts_status_check" CHECK ("readouts"."status" in ('draft', 'cleared', 'released', 'withdrawn'))
);
--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_parts" ADD CONSTRAINT "meeting_parts_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readout_clearances" ADD CONSTRAINT "readout_clearances_readout_id_readouts_id_fk" FOREIGN KEY ("readout_id") REFERENCES "public"."readouts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readout_releases" ADD CONSTRAINT "readout_releases_readout_id_readouts_id_fk" FOREIGN KEY ("readout_id") REFERENCES "public"."readouts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readout_versions" ADD CONSTRAINT "readout_versions_readout_id_readouts_id_fk" FOREIGN KEY ("readout_id") REFERENCES "public"."readouts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readouts" ADD CONSTRAINT "readouts_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "commitments_reference_idx" ON "commitments" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "commitments_board_idx" ON "commitments" USING btree ("status","due_on","id");--> statement-breakpoint
CREATE INDEX "commitments_due_idx" ON "commitments" USING btree ("due_on","id");--> statement-breakpoint
CREATE INDEX "commitments_text_trgm_idx" ON "commitments" USING gin ("text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "commitments_meeting_idx" ON "commitments" USING btree ("meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_parts_meeting_party_idx" ON "meeting_parts" USING btree ("meeting_id","party");--> statement-breakpoint
CREATE UNIQUE INDEX "meetings_reference_idx" ON "meetings" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "meetings_starts_idx" ON "meetings" USING btree ("starts_at","id");--> statement-breakpoint
CREATE INDEX "meetings_title_trgm_idx" ON "meetings" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "readout_clearances_version_idx" ON "readout_clearances" USING btree ("readout_id","version","party");--> statement-breakpoint
CREATE UNIQUE INDEX "readout_releases_slug_idx" ON "readout_releases" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "readout_releases_at_idx" ON "readout_releases" USING btree ("released_at","readout_id");--> statement-breakpoint
CREATE UNIQUE INDEX "readouts_reference_idx" ON "readouts" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "readouts_meeting_idx" ON "readouts" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "readouts_joint_idx" ON "readouts" USING btree ("joint_id");--> statement-breakpoint
CREATE UNIQUE INDEX "readouts_joint_party_idx" ON "readouts" USING btree ("joint_id","origin_party") WHERE "readouts"."joint_id" is not null and "readouts"."status" <> 'withdrawn';