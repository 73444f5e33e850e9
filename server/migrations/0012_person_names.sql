ALTER TABLE "contacts" ADD COLUMN "name_zh" text;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "verified_by_name_zh" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "display_name_zh" text;--> statement-breakpoint
CREATE INDEX "contacts_name_zh_trgm_idx" ON "contacts" USING gin ("name_zh" gin_trgm_ops);--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_name_zh_length" CHECK (char_length("contacts"."name_zh") between 1 and 200);--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_display_name_zh_length" CHECK (char_length("users"."display_name_zh") between 1 and 120);