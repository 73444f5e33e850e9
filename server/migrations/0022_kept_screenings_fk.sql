-- An item's screening hash names a kept result (substances' screening_results): written by hand, as the two tables
-- belong to different modules and drizzle-kit does not see this constraint. A kept result no item points at any
-- more is forgotten when the item goes (a purge, a new version); a delete that races an insert of the same result
-- fails here instead of leaving an item pointing at nothing.
UPDATE "incident_items" i SET "screening_hash" = NULL WHERE i."screening_hash" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "screening_results" r WHERE r."hash" = i."screening_hash");
--> statement-breakpoint
ALTER TABLE "incident_items" ADD CONSTRAINT "incident_items_screening_hash_fk" FOREIGN KEY ("screening_hash") REFERENCES "screening_results"("hash");
