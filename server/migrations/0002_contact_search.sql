-- pg_trgm is a trusted extension (PostgreSQL 13+) and ships with PGlite; it backs substring search in any script.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX "contacts_name_id_idx" ON "contacts" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "contacts_name_trgm_idx" ON "contacts" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "contacts_title_trgm_idx" ON "contacts" USING gin ("title" gin_trgm_ops);