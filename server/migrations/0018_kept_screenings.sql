CREATE TABLE "screening_results" (
	"hash" text PRIMARY KEY NOT NULL,
	"result" jsonb NOT NULL,
	"kept_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "incident_items" ADD COLUMN "screening_hash" text;--> statement-breakpoint
-- Results already stored on items are kept once each, by the hash of their stored text (an id: new results are
-- named by the hash of their canonical JSON, so an old and a new copy of the same result may both be kept).
INSERT INTO "screening_results" ("hash", "result")
  SELECT DISTINCT ON (h) h, "screening" FROM (SELECT encode(sha256(convert_to("screening"::text, 'UTF8')), 'hex') AS h, "screening" FROM "incident_items" WHERE "screening" IS NOT NULL) s
  ON CONFLICT ("hash") DO NOTHING;
--> statement-breakpoint
UPDATE "incident_items" SET "screening_hash" = encode(sha256(convert_to("screening"::text, 'UTF8')), 'hex') WHERE "screening" IS NOT NULL;
