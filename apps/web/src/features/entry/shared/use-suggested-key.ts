"use client";

/**
 * A new record's key (or slug) suggested from other fields (date and title, a source's short title and
 * year) as the editor types, until the editor types a key of their own.
 */
import { useEffect, useState } from "react";
import { type FieldValues, type Path, type PathValue, type UseFormReturn, useWatch } from "react-hook-form";

export interface SuggestedKeyOptions<V extends FieldValues> {
  /** Only when creating: an existing record's key never changes. */
  enabled: boolean;
  /** The key field. Default "key". */
  field?: Path<V>;
  /** The fields the key is made from. */
  watch: Path<V>[];
  /** Makes the key; `random` is a short tail fixed for this form, so two records with one title get two keys. */
  make: (values: V, random: string) => string;
}

export function useSuggestedKey<V extends FieldValues>(
  // biome-ignore lint/suspicious/noExplicitAny: works with any form's parsed output type
  form: UseFormReturn<V, unknown, any>,
  { enabled, field = "key" as Path<V>, watch, make }: SuggestedKeyOptions<V>,
) {
  const [random] = useState(() => Math.random().toString(36).slice(2, 6));
  const watched = useWatch({ control: form.control, name: watch });
  const signature = JSON.stringify(watched);
  useEffect(() => {
    if (!enabled || form.getFieldState(field).isDirty) return;
    const next = make(form.getValues(), random);
    if (next !== form.getValues(field)) {
      form.setValue(field, next as PathValue<V, Path<V>>, { shouldDirty: false, shouldValidate: form.formState.isSubmitted });
    }
  }, [signature, enabled]);
}
