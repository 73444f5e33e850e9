CREATE TABLE "translation_cache_uses" (
	"record_kind" text NOT NULL,
	"record_id" uuid NOT NULL,
	"text_hash" char(64) NOT NULL,
	"source_lang" text NOT NULL,
	"target_lang" text NOT NULL,
	"service" text NOT NULL,
	CONSTRAINT "translation_cache_uses_record_kind_record_id_text_hash_source_lang_target_lang_service_pk" PRIMARY KEY("record_kind","record_id","text_hash","source_lang","target_lang","service")
);
