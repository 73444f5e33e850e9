ALTER TABLE "notifications" ADD COLUMN "importer_scheme" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_importer_scheme" CHECK ("notifications"."importer_scheme" is null or "notifications"."importer_scheme" in ('pen','pen-light'));--> statement-breakpoint
-- Notifications already screened by the importing party: its scheme from the verdicts it holds or sent.
UPDATE "notifications" SET "importer_scheme" = CASE WHEN EXISTS (SELECT 1 FROM "notification_lines" l WHERE l."notification_id" = "notifications"."id" AND l."receiver_verdict" IN ('controlled','controlled-by-rule')) THEN 'pen' ELSE 'pen-light' END
WHERE EXISTS (SELECT 1 FROM "notification_lines" l WHERE l."notification_id" = "notifications"."id" AND l."receiver_verdict" IS NOT NULL);
