"use client";

import { formatDate, SOURCE_KIND_LABELS } from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo, useState } from "react";
import { Badge } from "~/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { EditRecordLink, HistoryLink } from "~/features/history/history-link";
import { useTRPC } from "~/trpc/react";
import { InferredMark } from "./sources-table";

const RECORD_LABELS = {
  statistic: "Figure",
  incident: "Incident",
  event: "Timeline event",
  recommendation: "Recommendation",
  relationship: "Relationship",
  group: "Group profile",
} as const;

function recordHref(type: keyof typeof RECORD_LABELS, ref: string): string | null {
  if (type === "group") return ref ? `/groups/${ref}` : null;
  if (type === "recommendation") return `/recommendations/${encodeURIComponent(ref)}`;
  if (type === "incident") return `/incidents?search=${encodeURIComponent(ref)}`;
  return null;
}

export function SourceDetail({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.sources.get.queryOptions({ slug }));
  const { source, citations } = data;
  const [type, setType] = useState<keyof typeof RECORD_LABELS | "all">("all");
  const counts = useMemo(() => {
    const c: Partial<Record<keyof typeof RECORD_LABELS, number>> = {};
    for (const e of citations) c[e.record.type] = (c[e.record.type] ?? 0) + 1;
    return c;
  }, [citations]);
  const shown = type === "all" ? citations : citations.filter((c) => c.record.type === type);

  return (
    <>
      <PageHeader
        eyebrow={<Link href="/sources">Sources</Link>}
        title={source.title}
        description={source.shortTitle}
        actions={
          <>
            <HistoryLink type="source" recordKey={slug} />
            <EditRecordLink type="source" recordKey={slug} />
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[320px_1fr]">
        <Card>
          <CardHeader>
            <CardTitle>About this document</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="text-muted-foreground">Publisher</dt>
              <dd>
                {source.publisher ?? "Not stated"}
                {source.inferred.includes("publisher") ? <InferredMark /> : null}
              </dd>
              <dt className="text-muted-foreground">Authors</dt>
              <dd>
                {source.authors.length ? source.authors.join(", ") : "Not stated"}
                {source.inferred.includes("authors") ? <InferredMark /> : null}
              </dd>
              <dt className="text-muted-foreground">Year</dt>
              <dd className="tabular-nums">
                {source.year ?? "Not stated"}
                {source.inferred.includes("year") ? <InferredMark /> : null}
              </dd>
              {source.publishedOn ? (
                <>
                  <dt className="text-muted-foreground">Published</dt>
                  <dd>{formatDate(source.publishedOn)}</dd>
                </>
              ) : null}
              <dt className="text-muted-foreground">Kind</dt>
              <dd>
                <Badge>{SOURCE_KIND_LABELS[source.kind]}</Badge>
              </dd>
              {source.file ? (
                <>
                  <dt className="text-muted-foreground">Seed file</dt>
                  <dd className="font-mono text-xs">{source.file}</dd>
                </>
              ) : null}
              {source.url ? (
                <>
                  <dt className="text-muted-foreground">Link</dt>
                  <dd className="break-all">
                    <a href={source.url} className="underline" rel="noreferrer">
                      {source.url}
                    </a>
                  </dd>
                </>
              ) : null}
            </dl>
            {source.notes ? <p className="mt-4 text-sm text-muted-foreground">{source.notes}</p> : null}
          </CardContent>
        </Card>
        <section aria-labelledby="citations-heading" className="space-y-4">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <div>
              <h2 id="citations-heading" className="text-base font-semibold">
                {citations.length.toLocaleString("en-GB")} citations into this document
              </h2>
              {source.hasText ? (
                <p className="text-xs text-muted-foreground">Each quote is highlighted in its passage of the document.</p>
              ) : null}
            </div>
            <label className="flex items-center gap-2 text-sm">
              <span className="text-muted-foreground">Show</span>
              <select
                className="rounded-md border border-border bg-background px-2 py-1 text-sm"
                value={type}
                onChange={(e) => setType(e.target.value as typeof type)}
              >
                <option value="all">All ({citations.length})</option>
                {Object.entries(counts).map(([k, n]) => (
                  <option key={k} value={k}>
                    {RECORD_LABELS[k as keyof typeof RECORD_LABELS]} ({n})
                  </option>
                ))}
              </select>
            </label>
          </div>
          {shown.length === 0 ? (
            <EmptyState
              title="Nothing cites this document yet"
              description="Records that quote it will be listed here with the exact words."
            />
          ) : (
            <ol className="space-y-3">
              {shown.map((c) => {
                const href = recordHref(c.record.type, c.record.ref);
                return (
                  <li key={c.id} className="rounded-lg border border-border bg-card p-4">
                    <div className="mb-2 flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
                      <Badge>{RECORD_LABELS[c.record.type]}</Badge>
                      <span>{c.locator}</span>
                      {c.originalProducer ? <span>· figure originally from {c.originalProducer}</span> : null}
                    </div>
                    {c.context ? (
                      <blockquote className="border-l-2 border-accent pl-3 text-sm leading-relaxed text-muted-foreground">
                        {c.context.before}
                        <mark className="rounded-sm bg-accent/15 px-0.5 text-foreground">{c.context.quote}</mark>
                        {c.context.after}
                      </blockquote>
                    ) : (
                      <blockquote className="border-l-2 border-accent pl-3 text-sm leading-relaxed">“{c.quote}”</blockquote>
                    )}
                    {c.context?.approximate ? (
                      <p className="mt-1 text-xs text-warning">
                        The quote differs slightly from the document’s wording; the passage shown is the closest match.
                      </p>
                    ) : null}
                    {!c.context && source.hasText ? (
                      <p className="mt-1 text-xs text-warning">
                        This quote was not found in the document’s text. Check it against the original.
                      </p>
                    ) : null}
                    <div className="mt-2 text-sm">
                      {href ? (
                        <Link href={href} className="font-medium hover:underline">
                          {c.record.label}
                        </Link>
                      ) : (
                        <span className="font-medium">{c.record.label}</span>
                      )}
                    </div>
                  </li>
                );
              })}
            </ol>
          )}
        </section>
      </div>
    </>
  );
}
