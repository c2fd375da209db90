"use client";

import { savedViewHref } from "@monitor/domain";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { Bookmark, Trash2 } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { readServerError } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";

const PAGE_NAMES: Record<string, string> = {
  "/": "Overview",
  "/map": "Map",
  "/trends": "Trends",
  "/incidents": "Incidents",
  "/statistics": "Figures",
  "/compare": "Compare sources",
  "/timeline": "Timeline",
};

/** The signed-in user's saved views, on the overview: open one, or delete it. */
export function SavedViewsList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: views } = useSuspenseQuery(trpc.dashboard.views.queryOptions());
  const [error, setError] = useState<string | null>(null);
  const remove = useMutation(
    trpc.dashboard.deleteView.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.dashboard.views.queryKey() }),
      onError: (e) => setError(readServerError(e).message),
    }),
  );
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <Bookmark aria-hidden="true" className="size-4 text-muted-foreground" />
          Your saved views
        </CardTitle>
        <CardDescription>Views you named with “Save view” (in the sidebar, on any dashboard page). Only you see them.</CardDescription>
      </CardHeader>
      <CardContent>
        {views.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            None yet. Set the filters you use, then choose “Save view” in the sidebar to come back to them in one click.
          </p>
        ) : (
          <ul className="divide-y divide-border" aria-label="Saved views" data-testid="saved-views">
            {views.map((v) => (
              <li key={v.id} className="flex items-center gap-3 py-1.5 text-sm">
                <Link href={savedViewHref(v)} className="min-w-0 flex-1 truncate font-medium hover:underline">
                  {v.name}
                </Link>
                <span className="text-[12px] text-muted-foreground">{PAGE_NAMES[v.path] ?? v.path}</span>
                <button
                  type="button"
                  onClick={() => {
                    setError(null);
                    remove.mutate({ id: v.id });
                  }}
                  disabled={remove.isPending}
                  className="rounded p-1 text-subtle hover:bg-danger-soft hover:text-danger focus-visible:outline-2 focus-visible:outline-ring disabled:opacity-50"
                  aria-label={`Delete saved view “${v.name}”`}
                  title="Delete"
                >
                  <Trash2 aria-hidden="true" className="size-3.5" />
                </button>
              </li>
            ))}
          </ul>
        )}
        {error ? (
          <p role="alert" className="mt-2 text-[12.5px] text-danger">
            {error}
          </p>
        ) : null}
      </CardContent>
    </Card>
  );
}
