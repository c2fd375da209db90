ALTER TABLE "groups" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (public.search_group_document(name, abbreviation, aliases, ideology, summary, media_wings)) STORED;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (public.search_incident_document(title, place, description)) STORED;--> statement-breakpoint
ALTER TABLE "recommendations" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (public.search_recommendation_document(title, text, target_actors)) STORED;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (public.search_source_document(title, short_title, publisher, authors, notes, text)) STORED;--> statement-breakpoint
CREATE INDEX "groups_search_idx" ON "groups" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "incidents_search_idx" ON "incidents" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "recommendations_search_idx" ON "recommendations" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "sources_search_idx" ON "sources" USING gin ("search_vector");