CREATE TABLE "entity_mentions" (
	"record_kind" text NOT NULL,
	"record_id" uuid NOT NULL,
	"parent_id" uuid,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"value" text NOT NULL,
	"role" text NOT NULL,
	"common" boolean DEFAULT false NOT NULL,
	"details" jsonb,
	"reference" text NOT NULL,
	"origin_party" char(2) NOT NULL,
	"handling" text NOT NULL,
	"record_date" date,
	CONSTRAINT "entity_mentions_record_id_position_pk" PRIMARY KEY("record_id","position"),
	CONSTRAINT "entity_mentions_handling_check" CHECK ("entity_mentions"."handling" in ('TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'))
);
--> statement-breakpoint
CREATE TABLE "incident_follow_ups" (
	"id" uuid PRIMARY KEY NOT NULL,
	"incident_id" uuid NOT NULL,
	"origin_party" char(2) NOT NULL,
	"version" integer NOT NULL,
	"agency_id" uuid,
	"agency" jsonb,
	"author_name" text NOT NULL,
	"note" text NOT NULL,
	"language" text NOT NULL,
	"handling" text NOT NULL,
	"entities" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "incident_follow_ups_handling_check" CHECK ("incident_follow_ups"."handling" in ('TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'))
);
--> statement-breakpoint
CREATE TABLE "incident_items" (
	"incident_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"type" text NOT NULL,
	"details" jsonb NOT NULL,
	"verdict" text,
	"screening" jsonb,
	"substance_ids" text[] DEFAULT '{}' NOT NULL,
	"taxon" text,
	"quantity" numeric,
	"unit" text,
	CONSTRAINT "incident_items_incident_id_position_pk" PRIMARY KEY("incident_id","position")
);
--> statement-breakpoint
CREATE TABLE "incident_serials" (
	"party" char(2) NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "incident_serials_party_year_pk" PRIMARY KEY("party","year")
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"origin_party" char(2) NOT NULL,
	"kind" text NOT NULL,
	"version" integer NOT NULL,
	"agency_id" uuid,
	"agency" jsonb NOT NULL,
	"occurred_on" date NOT NULL,
	"country" char(2) NOT NULL,
	"locality" text,
	"port" text,
	"latitude" double precision,
	"longitude" double precision,
	"title" text NOT NULL,
	"narrative" text NOT NULL,
	"language" text NOT NULL,
	"route" jsonb NOT NULL,
	"outcome" jsonb NOT NULL,
	"notification_id" uuid,
	"notification_reference" text,
	"handling" text NOT NULL,
	"use_restrictions" text[] DEFAULT '{}' NOT NULL,
	"reliability" char(1) NOT NULL,
	"credibility" char(1) NOT NULL,
	"releasable_to" text[] DEFAULT '{}' NOT NULL,
	"entities" jsonb NOT NULL,
	"status" text NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawal_note" text,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"idempotency_key" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "incidents_handling_check" CHECK ("incidents"."handling" in ('TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED')),
	CONSTRAINT "incidents_status_check" CHECK ("incidents"."status" in ('active', 'withdrawn'))
);
--> statement-breakpoint
ALTER TABLE "incident_items" ADD CONSTRAINT "incident_items_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "entity_mentions_key_idx" ON "entity_mentions" USING btree ("kind","key","record_date");--> statement-breakpoint
CREATE INDEX "entity_mentions_parent_idx" ON "entity_mentions" USING btree ("parent_id") WHERE "entity_mentions"."parent_id" is not null;--> statement-breakpoint
CREATE INDEX "incident_follow_ups_incident_idx" ON "incident_follow_ups" USING btree ("incident_id","created_at");--> statement-breakpoint
CREATE INDEX "incident_items_substances_idx" ON "incident_items" USING gin ("substance_ids");--> statement-breakpoint
CREATE INDEX "incident_items_taxon_idx" ON "incident_items" USING btree ("taxon");--> statement-breakpoint
CREATE UNIQUE INDEX "incidents_reference_idx" ON "incidents" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "incidents_list_idx" ON "incidents" USING btree ("status","occurred_on","id");--> statement-breakpoint
CREATE INDEX "incidents_party_idx" ON "incidents" USING btree ("origin_party","occurred_on");--> statement-breakpoint
CREATE UNIQUE INDEX "incidents_idempotency_idx" ON "incidents" USING btree ("created_by","idempotency_key") WHERE "incidents"."idempotency_key" is not null;