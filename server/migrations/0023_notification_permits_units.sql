ALTER TABLE "notification_lines" ADD COLUMN "original_quantity" numeric(24, 6);--> statement-breakpoint
ALTER TABLE "notification_lines" ADD COLUMN "original_unit" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "import_permit_number" text;--> statement-breakpoint
ALTER TABLE "notification_lines" ADD CONSTRAINT "notification_lines_original" CHECK (("notification_lines"."original_quantity" is null and "notification_lines"."original_unit" is null) or ("notification_lines"."original_quantity" > 0 and "notification_lines"."original_unit" in ('lb','oz','gal')));