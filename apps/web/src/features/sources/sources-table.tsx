"use client";

import { SOURCE_KIND_LABELS } from "@monitor/domain";
import { useSuspenseQuery } from "@tanstack/react-query";
import { FileText } from "lucide-react";
import Link from "next/link";
import { Badge } from "~/components/ui/badge";
import { EmptyState } from "~/components/ui/empty-state";
import { Table, TBody, Td, THead, Th, Tr } from "~/components/ui/table";
import { useTRPC } from "~/trpc/react";

export function SourcesTable() {
  const trpc = useTRPC();
  const { data: sources } = useSuspenseQuery(trpc.sources.list.queryOptions({}));
  if (sources.length === 0) {
    return (
      <EmptyState
        icon={FileText}
        title="No sources yet"
        description="Load the seed reports with `pnpm db:seed`, or import a dataset with `pnpm data:import FILE`."
      />
    );
  }
  return (
    <Table>
      <THead>
        <Tr>
          <Th>Document</Th>
          <Th>Publisher</Th>
          <Th>Authors</Th>
          <Th numeric>Year</Th>
          <Th>Kind</Th>
          <Th numeric>Figures</Th>
          <Th numeric>Incidents</Th>
          <Th numeric>Events</Th>
          <Th numeric>Group claims</Th>
          <Th numeric>Ties</Th>
          <Th numeric>Recommendations</Th>
        </Tr>
      </THead>
      <TBody>
        {sources.map((s) => (
          <Tr key={s.slug}>
            <Td className="max-w-md">
              <Link href={`/sources/${s.slug}`} className="font-medium hover:underline">
                {s.title}
              </Link>
              <div className="text-xs text-muted-foreground">{s.shortTitle}</div>
            </Td>
            <Td>
              {s.publisher ?? "—"}
              {s.inferred.includes("publisher") ? <InferredMark /> : null}
            </Td>
            <Td>
              {s.authors.length ? s.authors.join(", ") : "—"}
              {s.inferred.includes("authors") ? <InferredMark /> : null}
            </Td>
            <Td numeric>
              {s.year ?? "—"}
              {s.inferred.includes("year") ? <InferredMark /> : null}
            </Td>
            <Td>
              <Badge>{SOURCE_KIND_LABELS[s.kind]}</Badge>
            </Td>
            <Td numeric>{s.counts.statistics.toLocaleString("en-GB")}</Td>
            <Td numeric>{s.counts.incidents.toLocaleString("en-GB")}</Td>
            <Td numeric>{s.counts.events.toLocaleString("en-GB")}</Td>
            <Td numeric>{s.counts.groupClaims.toLocaleString("en-GB")}</Td>
            <Td numeric>{s.counts.relationships.toLocaleString("en-GB")}</Td>
            <Td numeric>{s.recommendationCount.toLocaleString("en-GB")}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

export function InferredMark() {
  return (
    <abbr
      title="Inferred: the document does not state this; it was inferred from context."
      className="ml-1 cursor-help text-xs text-muted-foreground no-underline"
    >
      (inferred)
    </abbr>
  );
}
