ALTER TABLE "incident_follow_ups" ADD COLUMN "status" text DEFAULT 'active' NOT NULL;--> statement-breakpoint
ALTER TABLE "incident_follow_ups" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "incident_follow_ups" ADD COLUMN "withdrawal_note" text;--> statement-breakpoint
ALTER TABLE "incident_follow_ups" ADD CONSTRAINT "incident_follow_ups_status_check" CHECK ("incident_follow_ups"."status" in ('active', 'withdrawn'));