CREATE TABLE "group_roles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"group_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"start_on" date,
	"start_precision" text,
	"end_on" date,
	"end_precision" text,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "group_roles_key_unique" UNIQUE("key")
);
--> statement-breakpoint
ALTER TABLE "citations" DROP CONSTRAINT "citations_one_owner";--> statement-breakpoint
ALTER TABLE "citations" ADD COLUMN "role_id" uuid;--> statement-breakpoint
ALTER TABLE "group_roles" ADD CONSTRAINT "group_roles_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "group_roles_group_idx" ON "group_roles" USING btree ("group_id");--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_role_id_group_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."group_roles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "citations_role_idx" ON "citations" USING btree ("role_id");--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_one_owner" CHECK (num_nonnulls("citations"."statistic_id", "citations"."incident_id", "citations"."event_id", "citations"."recommendation_id", "citations"."relationship_id", "citations"."claim_id", "citations"."leader_id", "citations"."strength_id", "citations"."role_id") = 1);