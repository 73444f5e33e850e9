ALTER TABLE "requests" ADD COLUMN "remaining_days" smallint;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_remaining_days_check" CHECK ("requests"."remaining_days" >= 0);