CREATE SCHEMA "derived";
--> statement-breakpoint
CREATE TABLE "derived"."data_version" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" bigint DEFAULT 1 NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "data_version_one_row" CHECK ("derived"."data_version"."id" = 1)
);
--> statement-breakpoint
-- The answer cache's data version (issue #10). One row; every statement that changes the app's data
-- moves it on, in the same transaction, so the new number is visible exactly when the change is.
-- Excluded on purpose (cached answers never read them): sessions, accounts, verifications,
-- rate_limits, sign_in_attempts, app_settings, saved_views, import_batches, import_rows, audit_log
-- (every audited data change also changes a data table; a saved view's entry alone changes nothing
-- cached), and a user's sign-in bookkeeping (only name, email, role and deactivation count for users).
-- derived-data-version.integration.test.ts fails when a new public table is in neither list.
INSERT INTO "derived"."data_version" ("id", "version") VALUES (1, 1);
--> statement-breakpoint
CREATE FUNCTION derived.bump_data_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE derived.data_version SET version = version + 1, changed_at = now() WHERE id = 1;
  RETURN NULL;
END
$$;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['citations', 'group_claims', 'group_leaders', 'group_relationships', 'group_roles',
    'group_strength', 'groups', 'house_figures', 'incident_links', 'incident_perpetrators', 'incidents',
    'recommendation_duplicate_dismissals', 'recommendation_families', 'recommendation_updates', 'recommendations',
    'sources', 'statistics', 'timeline_events', 'trash']
  LOOP
    EXECUTE format('CREATE TRIGGER data_version_bump AFTER INSERT OR UPDATE OR DELETE ON public.%I FOR EACH STATEMENT EXECUTE FUNCTION derived.bump_data_version()', t);
    EXECUTE format('CREATE TRIGGER data_version_bump_truncate AFTER TRUNCATE ON public.%I FOR EACH STATEMENT EXECUTE FUNCTION derived.bump_data_version()', t);
  END LOOP;
END
$$;
--> statement-breakpoint
CREATE TRIGGER data_version_bump AFTER INSERT OR DELETE OR UPDATE OF name, email, role, deactivated_at ON public.users
FOR EACH STATEMENT EXECUTE FUNCTION derived.bump_data_version();
