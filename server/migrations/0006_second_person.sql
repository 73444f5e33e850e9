CREATE TABLE "notification_signing_rules" (
	"party_code" char(2) PRIMARY KEY NOT NULL,
	"second_person" boolean NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "prepared_reply" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "prepared_note" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "prepared_by" uuid;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "prepared_by_name" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "prepared_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_prepared_reply" CHECK ("notifications"."prepared_reply" is null or "notifications"."prepared_reply" in ('cleared','objected'));