CREATE TABLE "timeline_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"date" date NOT NULL,
	"date_precision" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"kind" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "timeline_events_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "group_claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"group_id" uuid NOT NULL,
	"topic" text NOT NULL,
	"text" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "group_claims_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "group_leaders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"group_id" uuid NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"start_on" date,
	"start_precision" text,
	"end_on" date,
	"end_precision" text,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "group_leaders_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "group_relationships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"from_group_id" uuid NOT NULL,
	"to_group_id" uuid NOT NULL,
	"type" text NOT NULL,
	"start_on" date,
	"start_precision" text,
	"end_on" date,
	"end_precision" text,
	"description" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_relationships_key_unique" UNIQUE("key"),
	CONSTRAINT "group_relationships_not_self" CHECK ("group_relationships"."from_group_id" <> "group_relationships"."to_group_id")
);
--> statement-breakpoint
CREATE TABLE "group_strength" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"group_id" uuid NOT NULL,
	"low" integer NOT NULL,
	"high" integer NOT NULL,
	"qualifier" text NOT NULL,
	"as_of" date NOT NULL,
	"as_of_precision" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "group_strength_key_unique" UNIQUE("key"),
	CONSTRAINT "group_strength_range" CHECK ("group_strength"."low" <= "group_strength"."high")
);
--> statement-breakpoint
CREATE TABLE "groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"abbreviation" text,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"kind" text NOT NULL,
	"ideology" text,
	"founded_on" date,
	"founded_precision" text,
	"founded_place" text,
	"dissolved_on" date,
	"dissolved_precision" text,
	"areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"media_wings" text[] DEFAULT '{}'::text[] NOT NULL,
	"summary" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "groups_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "incident_perpetrators" (
	"incident_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"attribution" text NOT NULL,
	CONSTRAINT "incident_perpetrators_incident_id_group_id_pk" PRIMARY KEY("incident_id","group_id")
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"date" date NOT NULL,
	"date_precision" text NOT NULL,
	"country" text NOT NULL,
	"province" text,
	"district" text,
	"place" text,
	"type" text NOT NULL,
	"target" text NOT NULL,
	"killed" integer,
	"killed_qualifier" text DEFAULT 'exact' NOT NULL,
	"injured" integer,
	"injured_qualifier" text DEFAULT 'exact' NOT NULL,
	"description" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incidents_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "recommendation_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recommendation_id" uuid NOT NULL,
	"date" date NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"note" text NOT NULL,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"author" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recommendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"source_id" uuid NOT NULL,
	"number" text,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"theme" text NOT NULL,
	"target_actors" text[] DEFAULT '{}'::text[] NOT NULL,
	"priority" text DEFAULT 'unspecified' NOT NULL,
	"status" text DEFAULT 'not_assessed' NOT NULL,
	"owner_id" text,
	"next_review_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recommendations_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "citations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid NOT NULL,
	"locator" text NOT NULL,
	"quote" text NOT NULL,
	"original_producer" text,
	"position" integer DEFAULT 0 NOT NULL,
	"statistic_id" uuid,
	"incident_id" uuid,
	"event_id" uuid,
	"recommendation_id" uuid,
	"relationship_id" uuid,
	"claim_id" uuid,
	"leader_id" uuid,
	"strength_id" uuid,
	CONSTRAINT "citations_one_owner" CHECK (num_nonnulls("citations"."statistic_id", "citations"."incident_id", "citations"."event_id", "citations"."recommendation_id", "citations"."relationship_id", "citations"."claim_id", "citations"."leader_id", "citations"."strength_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"short_title" text NOT NULL,
	"publisher" text,
	"authors" text[] DEFAULT '{}'::text[] NOT NULL,
	"year" integer,
	"published_on" date,
	"kind" text NOT NULL,
	"url" text,
	"file" text,
	"inferred" text[] DEFAULT '{}'::text[] NOT NULL,
	"notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sources_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "statistics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"metric" text NOT NULL,
	"label" text,
	"value" double precision NOT NULL,
	"unit" text NOT NULL,
	"qualifier" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"period_precision" text NOT NULL,
	"country" text,
	"province" text,
	"district" text,
	"group_id" uuid,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "statistics_key_unique" UNIQUE("key"),
	CONSTRAINT "statistics_period_order" CHECK ("statistics"."period_start" <= "statistics"."period_end")
);
--> statement-breakpoint
ALTER TABLE "group_claims" ADD CONSTRAINT "group_claims_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_leaders" ADD CONSTRAINT "group_leaders_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_relationships" ADD CONSTRAINT "group_relationships_from_group_id_groups_id_fk" FOREIGN KEY ("from_group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_relationships" ADD CONSTRAINT "group_relationships_to_group_id_groups_id_fk" FOREIGN KEY ("to_group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_strength" ADD CONSTRAINT "group_strength_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_perpetrators" ADD CONSTRAINT "incident_perpetrators_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_perpetrators" ADD CONSTRAINT "incident_perpetrators_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_updates" ADD CONSTRAINT "recommendation_updates_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_statistic_id_statistics_id_fk" FOREIGN KEY ("statistic_id") REFERENCES "public"."statistics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_event_id_timeline_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."timeline_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_relationship_id_group_relationships_id_fk" FOREIGN KEY ("relationship_id") REFERENCES "public"."group_relationships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_claim_id_group_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."group_claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_leader_id_group_leaders_id_fk" FOREIGN KEY ("leader_id") REFERENCES "public"."group_leaders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_strength_id_group_strength_id_fk" FOREIGN KEY ("strength_id") REFERENCES "public"."group_strength"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics" ADD CONSTRAINT "statistics_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "timeline_events_date_idx" ON "timeline_events" USING btree ("date");--> statement-breakpoint
CREATE INDEX "group_claims_group_idx" ON "group_claims" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "group_leaders_group_idx" ON "group_leaders" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "group_relationships_from_idx" ON "group_relationships" USING btree ("from_group_id");--> statement-breakpoint
CREATE INDEX "group_relationships_to_idx" ON "group_relationships" USING btree ("to_group_id");--> statement-breakpoint
CREATE INDEX "group_strength_group_idx" ON "group_strength" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "incident_perpetrators_group_idx" ON "incident_perpetrators" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "incidents_date_idx" ON "incidents" USING btree ("date");--> statement-breakpoint
CREATE INDEX "incidents_province_date_idx" ON "incidents" USING btree ("province","date");--> statement-breakpoint
CREATE INDEX "incidents_district_date_idx" ON "incidents" USING btree ("district","date");--> statement-breakpoint
CREATE INDEX "incidents_type_idx" ON "incidents" USING btree ("type");--> statement-breakpoint
CREATE INDEX "recommendation_updates_rec_idx" ON "recommendation_updates" USING btree ("recommendation_id","date");--> statement-breakpoint
CREATE INDEX "recommendations_source_idx" ON "recommendations" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "recommendations_status_idx" ON "recommendations" USING btree ("status");--> statement-breakpoint
CREATE INDEX "recommendations_theme_idx" ON "recommendations" USING btree ("theme");--> statement-breakpoint
CREATE INDEX "citations_source_idx" ON "citations" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "citations_statistic_idx" ON "citations" USING btree ("statistic_id");--> statement-breakpoint
CREATE INDEX "citations_incident_idx" ON "citations" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "citations_event_idx" ON "citations" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "citations_recommendation_idx" ON "citations" USING btree ("recommendation_id");--> statement-breakpoint
CREATE INDEX "citations_relationship_idx" ON "citations" USING btree ("relationship_id");--> statement-breakpoint
CREATE INDEX "citations_claim_idx" ON "citations" USING btree ("claim_id");--> statement-breakpoint
CREATE INDEX "citations_leader_idx" ON "citations" USING btree ("leader_id");--> statement-breakpoint
CREATE INDEX "citations_strength_idx" ON "citations" USING btree ("strength_id");--> statement-breakpoint
CREATE INDEX "statistics_metric_period_idx" ON "statistics" USING btree ("metric","period_end");--> statement-breakpoint
CREATE INDEX "statistics_province_idx" ON "statistics" USING btree ("province","metric");--> statement-breakpoint
CREATE INDEX "statistics_district_idx" ON "statistics" USING btree ("district","metric");--> statement-breakpoint
CREATE INDEX "statistics_group_idx" ON "statistics" USING btree ("group_id");