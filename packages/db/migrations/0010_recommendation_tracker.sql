CREATE TABLE "recommendation_duplicate_dismissals" (
	"a" uuid NOT NULL,
	"b" uuid NOT NULL,
	"dismissed_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recommendation_duplicate_dismissals_a_b_pk" PRIMARY KEY("a","b")
);
--> statement-breakpoint
CREATE TABLE "recommendation_families" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recommendation_families_key_unique" UNIQUE("key")
);
--> statement-breakpoint
ALTER TABLE "recommendation_updates" ADD COLUMN "assessor" text DEFAULT 'analyst' NOT NULL;--> statement-breakpoint
ALTER TABLE "recommendation_updates" ADD COLUMN "assessor_name" text;--> statement-breakpoint
ALTER TABLE "recommendation_updates" ADD COLUMN "province" text;--> statement-breakpoint
ALTER TABLE "recommendations" ADD COLUMN "provinces" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "recommendations" ADD COLUMN "indicator" jsonb;--> statement-breakpoint
ALTER TABLE "recommendations" ADD COLUMN "family_id" uuid;--> statement-breakpoint
ALTER TABLE "recommendation_duplicate_dismissals" ADD CONSTRAINT "recommendation_duplicate_dismissals_a_recommendations_id_fk" FOREIGN KEY ("a") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_duplicate_dismissals" ADD CONSTRAINT "recommendation_duplicate_dismissals_b_recommendations_id_fk" FOREIGN KEY ("b") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_family_id_recommendation_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."recommendation_families"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "recommendations_family_idx" ON "recommendations" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "recommendations_review_idx" ON "recommendations" USING btree ("next_review_on");