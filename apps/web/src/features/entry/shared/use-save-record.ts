"use client";

/**
 * Saving a record from a form: `records.save` against the version the editor saw, server messages put on
 * the form's fields, a stale version turned into a conflict the editor can reload, and on success every
 * cached view refreshed and the editor taken to the record's page.
 */
import type { RouterOutputs } from "@monitor/api";
import { type DuplicateDecision, type RecordOf, type RecordType, recordHref, recordKeyOf, type SaveRecordFormInput } from "@monitor/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { isTRPCClientError } from "@trpc/client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { readServerError } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";

export type SaveResult = RouterOutputs["records"]["save"];

/** What `submit` came to: saved, refused as stale, refused for undecided duplicates, or refused otherwise. */
export type SaveOutcome =
  | { status: "saved"; result: SaveResult }
  | { status: "conflict" }
  | { status: "duplicates"; message: string }
  | { status: "failed" };

export interface UseSaveRecordOptions<T extends RecordType, V extends FieldValues> {
  /** The react-hook-form form the record is edited in (for server errors and reload). */
  form: UseFormReturn<V, unknown, RecordOf[T]>;
  /** The version the editor loaded (records.get), or null to create. */
  version: number | null;
  /** How a record from `records.get` becomes the form's values (reload after a conflict). Default: as is. */
  toValues?: (record: RecordOf[T]) => V;
  /** Where to go after saving. Default: the record's page (`recordHref`), else `/admin`. */
  onSaved?: (result: SaveResult, record: RecordOf[T]) => void;
}

export interface SaveRecordController<T extends RecordType> {
  type: T;
  /** Saves a parsed record (from `form.handleSubmit`); incidents pass the editor's duplicate decisions. */
  submit: (record: RecordOf[T], extra?: { duplicates?: DuplicateDecision[] }) => Promise<SaveOutcome>;
  /** After a conflict: loads the latest saved version into the form (the editor's unsaved entries are replaced). */
  reload: () => Promise<void>;
  /** The version a save will be checked against (changes after `reload`). */
  version: number | null;
  saving: boolean;
  reloading: boolean;
  /** The server's stale-version message (who changed what), while a conflict is unresolved. */
  conflict: string | null;
  /** A message for the whole form: what went wrong and what to do. */
  formError: string | null;
  /** A neutral note (e.g. "Reloaded version 4…"). */
  notice: string | null;
  setFormError: (message: string | null) => void;
}

interface Issue {
  path: (string | number)[];
  message: string;
}

function serverIssues(err: unknown): Issue[] {
  if (!isTRPCClientError(err)) return [];
  const data = err.data as { issues?: unknown } | undefined;
  if (!Array.isArray(data?.issues)) return [];
  return data.issues.flatMap((i: unknown) => {
    const o = i as { path?: unknown; message?: unknown };
    if (!Array.isArray(o.path) || typeof o.message !== "string") return [];
    return [{ path: o.path.filter((p): p is string | number => typeof p === "string" || typeof p === "number"), message: o.message }];
  });
}

export const isConflict = (err: unknown) => isTRPCClientError(err) && (err.data as { code?: string } | undefined)?.code === "CONFLICT";

/**
 * Puts a refused save's messages on the form's fields (paths relative to the record, e.g.
 * `citations.0.quote`), focusing the first, and returns the message for the whole form.
 */
export function applyRecordIssues<V extends FieldValues>(err: unknown, form: Pick<UseFormReturn<V>, "setError">): string {
  const issues = serverIssues(err).filter((i) => i.path.length > 0 && i.path[0] !== "duplicates");
  issues.forEach((issue, n) => {
    form.setError(issue.path.join(".") as Path<V>, { type: "server", message: issue.message }, { shouldFocus: n === 0 });
  });
  const { message } = readServerError(err);
  // An input-schema failure is flattened to its top key ("record"): its messages go to the alert.
  const zod = isTRPCClientError(err) ? (err.data as { zodError?: { fieldErrors?: Record<string, string[]> } } | undefined)?.zodError : null;
  const zodMessages = zod?.fieldErrors ? Object.values(zod.fieldErrors).flat().filter(Boolean) : [];
  if (zodMessages.length > 0) return `The server refused some values: ${[...new Set(zodMessages)].join(" ")} Fix them and save again.`;
  if (issues.length > 0 && !/field/.test(message)) return `${message} The fields concerned are marked below.`;
  return message;
}

export function useSaveRecord<T extends RecordType, V extends FieldValues>(
  type: T,
  { form, version: initialVersion, toValues, onSaved }: UseSaveRecordOptions<T, V>,
): SaveRecordController<T> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const mutation = useMutation(trpc.records.save.mutationOptions());
  const [version, setVersion] = useState(initialVersion);
  const [conflict, setConflict] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);
  const [savedKey, setSavedKey] = useState<string | null>(null);

  async function submit(record: RecordOf[T], extra: { duplicates?: DuplicateDecision[] } = {}): Promise<SaveOutcome> {
    setFormError(null);
    setConflict(null);
    setNotice(null);
    const input = {
      type,
      record,
      expectedVersion: version,
      ...(type === "incident" ? { duplicates: extra.duplicates ?? [] } : {}),
    } as SaveRecordFormInput;
    try {
      const result = await mutation.mutateAsync(input);
      setSavedKey(result.key);
      // A record shows on many pages (lists, dashboard, profiles): refresh every cached view.
      await queryClient.invalidateQueries();
      if (onSaved) onSaved(result, record);
      else router.push(recordHref(type, recordKeyOf(type, record)) ?? "/admin");
      return { status: "saved", result };
    } catch (err) {
      if (isConflict(err)) {
        setConflict(isTRPCClientError(err) ? err.message : "Someone else changed this record.");
        return { status: "conflict" };
      }
      const dup = serverIssues(err).find((i) => i.path[0] === "duplicates");
      if (dup) return { status: "duplicates", message: isTRPCClientError(err) ? err.message : dup.message };
      setFormError(applyRecordIssues(err, form));
      return { status: "failed" };
    }
  }

  async function reload() {
    setReloading(true);
    setFormError(null);
    try {
      const key = recordKeyOf(type, form.getValues() as unknown as RecordOf[T]);
      await queryClient.invalidateQueries(trpc.records.get.queryFilter({ type, key }));
      const fresh = await queryClient.fetchQuery(trpc.records.get.queryOptions({ type, key }));
      if (!fresh.record || fresh.version === null) {
        setFormError("This record was deleted while you were editing it. Nothing of yours was saved; it can be restored from the trash.");
        return;
      }
      const record = fresh.record as RecordOf[T];
      form.reset(toValues ? toValues(record) : (record as unknown as V));
      setVersion(fresh.version);
      setConflict(null);
      setNotice(`Loaded the latest version (${fresh.version}). The form now shows what was saved; make your change again and save.`);
    } catch (err) {
      setFormError(readServerError(err).message);
    } finally {
      setReloading(false);
    }
  }

  return {
    type,
    submit,
    reload,
    version,
    saving: mutation.isPending || savedKey !== null,
    reloading,
    conflict,
    formError,
    notice,
    setFormError,
  };
}
