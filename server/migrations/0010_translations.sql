CREATE TABLE "text_translations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"record_kind" text NOT NULL,
	"record_id" uuid NOT NULL,
	"field" text NOT NULL,
	"source_lang" text NOT NULL,
	"source_hash" char(64) NOT NULL,
	"target_lang" text NOT NULL,
	"text" text NOT NULL,
	"by_kind" text NOT NULL,
	"by_user_id" uuid,
	"by_name" text,
	"service" text,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "text_translations_langs" CHECK ("text_translations"."source_lang" in ('en','zh') and "text_translations"."target_lang" in ('en','zh') and "text_translations"."source_lang" <> "text_translations"."target_lang"),
	CONSTRAINT "text_translations_by" CHECK (("text_translations"."by_kind" = 'person' and "text_translations"."by_name" is not null and "text_translations"."service" is null) or ("text_translations"."by_kind" = 'machine' and "text_translations"."service" is not null and "text_translations"."by_user_id" is null)),
	CONSTRAINT "text_translations_field" CHECK (char_length("text_translations"."field") between 1 and 200),
	CONSTRAINT "text_translations_text" CHECK (char_length("text_translations"."text") between 1 and 20000),
	CONSTRAINT "text_translations_hash" CHECK ("text_translations"."source_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "translation_cache" (
	"text_hash" char(64) NOT NULL,
	"source_lang" text NOT NULL,
	"target_lang" text NOT NULL,
	"service" text NOT NULL,
	"translated" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "translation_cache_text_hash_source_lang_target_lang_service_pk" PRIMARY KEY("text_hash","source_lang","target_lang","service"),
	CONSTRAINT "translation_cache_text" CHECK (char_length("translation_cache"."translated") between 1 and 20000)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "text_translations_current_idx" ON "text_translations" USING btree ("record_kind","record_id","field","target_lang","by_kind");