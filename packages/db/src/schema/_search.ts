import type { SQL } from "drizzle-orm";
import { customType, index, type PgColumn } from "drizzle-orm/pg-core";

/** PostgreSQL's full-text document type (drizzle has no built-in one). Read as its text form. */
const tsvector = customType<{ data: string; driverData: string }>({ dataType: () => "tsvector" });

/**
 * The search document of a record: a stored generated column computed by one of the SQL functions of
 * migration 0007 (`public.search_*_document`) from the record's own columns, so every write keeps it
 * current and no writer has to know about search. Queries: packages/db/src/queries/search.ts.
 * Selected only by search queries (list columns explicitly elsewhere: it can be large for sources).
 */
export const searchVector = (expression: SQL) => tsvector("search_vector").generatedAlwaysAs(expression);

/** The GIN index the search queries' `@@` conditions use. */
export const searchIndex = (table: string, column: PgColumn) => index(`${table}_search_idx`).using("gin", column);
