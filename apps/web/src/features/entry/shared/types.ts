/**
 * What every record form receives from the route pages (through `registry.tsx`): create when `initial`
 * is null (the form fills its own defaults and suggests a key), edit otherwise, with the version the
 * save is checked against.
 */
import type { RecordOf, RecordType } from "@monitor/domain";

export interface RecordFormProps<T extends RecordType> {
  mode: "create" | "edit";
  /** The record as `records.get` returned it (edit), or null (create). */
  initial: RecordOf[T] | null;
  /** `records.get`'s version (edit), or null (create). */
  version: number | null;
}
