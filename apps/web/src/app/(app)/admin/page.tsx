import { formatCount, formatDate, hasRole, RECORD_TYPE_LABELS, type RecordType } from "@monitor/domain";
import { KeyRound } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { PageHeader } from "~/components/ui/page-header";
import { Table, TBody, Td, THead, Th, Tr } from "~/components/ui/table";
import { Forbidden } from "~/features/auth/forbidden";
import { getSession } from "~/server/auth";
import { serverCaller } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Data administration" };

/**
 * What the database holds and how to back it up or load data. Rendered on the server from the same
 * procedures the other pages use. Editors and admins only.
 */
export default async function AdminPage() {
  const session = await getSession();
  if (!session || !hasRole(session.user.role, "editor")) return <Forbidden needs="editor" has={session?.user.role ?? "viewer"} />;
  const api = await serverCaller();
  const [coverage, groups, relationships, events, recommendations] = await Promise.all([
    api.dataset.coverage(),
    api.groups.list({}),
    api.groups.relationships({}),
    api.events.list({}),
    api.recommendations.list({ limit: 1, offset: 0 }),
  ]);

  const rows: { label: string; count: number; note: string; href?: string; type: RecordType }[] = [
    {
      label: "Sources",
      type: "source",
      count: coverage.sources,
      note: "Documents that every record cites, with locator and exact quote.",
      href: "/sources",
    },
    {
      label: "Groups",
      type: "group",
      count: groups.length,
      note: "Profiles with cited claims, leaders and strength estimates.",
      href: "/groups",
    },
    { label: "Relationships", type: "relationship", count: relationships.length, note: "Typed, dated ties between two groups." },
    {
      label: "Published figures",
      type: "statistic",
      count: coverage.statistics.total,
      note: "Statistics as a source states them: metric, period, place, qualifier.",
      href: "/trends",
    },
    {
      label: "Incidents",
      type: "incident",
      count: coverage.incidents.total,
      note: "Single events with place, perpetrators and casualties.",
      href: "/incidents",
    },
    { label: "Timeline events", type: "event", count: events.length, note: "Dated markers that annotate the charts." },
    {
      label: "Recommendations",
      type: "recommendation",
      count: recommendations.total,
      note: "Policy recommendations with their status history.",
      href: "/recommendations",
    },
  ];

  return (
    <>
      <PageHeader title="Data administration" description="What the database holds, and how to back it up, restore it or load new data." />

      <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <Card>
          <CardHeader>
            <CardTitle>Dataset</CardTitle>
            <CardDescription>Records in the database now.</CardDescription>
          </CardHeader>
          <CardContent>
            <Table>
              <THead>
                <Tr className="hover:bg-transparent">
                  <Th>Record</Th>
                  <Th numeric>Count</Th>
                  <Th>What it is</Th>
                  <Th>
                    <span className="sr-only">Add</span>
                  </Th>
                </Tr>
              </THead>
              <TBody>
                {rows.map((r) => (
                  <Tr key={r.label}>
                    <Td className="font-medium whitespace-nowrap">
                      {r.href ? (
                        <Link href={r.href} className="hover:underline">
                          {r.label}
                        </Link>
                      ) : (
                        r.label
                      )}
                    </Td>
                    <Td numeric className="font-medium">
                      {formatCount(r.count)}
                    </Td>
                    <Td className="text-[12.5px] text-muted-foreground">{r.note}</Td>
                    <Td className="whitespace-nowrap">
                      <Link href={`/admin/records/new/${r.type}`} className="text-[12.5px] font-medium text-accent-text hover:underline">
                        New {RECORD_TYPE_LABELS[r.type].toLowerCase()}
                      </Link>
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>Coverage</CardTitle>
            <CardDescription>The dates the data spans; nothing outside them is in the database.</CardDescription>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-[9rem_minmax(0,1fr)] gap-x-4 gap-y-3 text-[13px]">
              <dt className="text-muted-foreground">Published figures</dt>
              <dd>
                <Span first={coverage.statistics.first} last={coverage.statistics.last} empty="No published figures yet." />
                <div className="text-[12px] text-muted-foreground">From the earliest period start to the latest period end.</div>
              </dd>
              <dt className="text-muted-foreground">Incident log</dt>
              <dd>
                <Span first={coverage.incidents.first} last={coverage.incidents.last} empty="No incidents logged yet." />
                <div className="text-[12px] text-muted-foreground">Earliest and latest incident date.</div>
              </dd>
            </dl>
          </CardContent>
        </Card>
      </div>

      <section aria-labelledby="commands-heading" className="mt-8 flex flex-col gap-3">
        <h2 id="commands-heading" className="text-[15px] font-semibold tracking-[-0.01em]">
          Backups and imports
        </h2>
        <p className="max-w-3xl text-[13px] text-muted-foreground">
          Run these from the repository root on the machine that hosts the database. They use <Code>DATABASE_URL</Code> when it is set, and
          the PGlite folder in <Code>PGLITE_DATA_DIR</Code> (default <Code>.data/pglite</Code>) otherwise. Only one process may open a
          PGlite folder: stop the app before running them against PGlite.
        </p>
        <div className="grid gap-3 lg:grid-cols-3">
          <Command title="Back up" command="pnpm data:export --out FILE">
            Writes the whole dataset to one JSON file (format <Code>militancy-monitor/dataset@1</Code>). Records refer to each other by slug
            and key, not database id, so the file moves between databases. Without <Code>--out</Code> it prints to standard output.
          </Command>
          <Command title="Restore or import" command="pnpm data:import FILE">
            Checks every record and every reference first, then writes all of them in one transaction: all rows or none. Records are added
            or updated by their natural key; records missing from the file are kept. A recommendation’s status history is replaced by the
            file’s.
          </Command>
          <Command title="Load the seed reports" command="pnpm db:seed">
            Loads the five seed reports with their exact quotes. Safe to repeat: it updates records in place and keeps the status and
            history of recommendations that analysts have already assessed.
          </Command>
        </div>
      </section>

      <section aria-labelledby="auth-heading" className="mt-8">
        <div className="flex items-start gap-3 rounded-lg border border-border bg-surface-2 px-4 py-3">
          <KeyRound aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-subtle" strokeWidth={1.75} />
          <div className="flex flex-col gap-1">
            <h2 id="auth-heading" className="text-[13.5px] font-semibold">
              Users, roles and the audit log
            </h2>
            <p className="max-w-3xl text-[13px] leading-relaxed text-muted-foreground">
              Viewers read the dashboards; analysts also export and assess recommendations; editors also enter and import data; admins also
              manage{" "}
              <Link href="/admin/users" className="font-medium text-accent-text hover:underline">
                users
              </Link>{" "}
              and read the{" "}
              <Link href="/admin/audit" className="font-medium text-accent-text hover:underline">
                audit log
              </Link>
              , where every change in the app is recorded with who made it and the values before and after. On a server, create the first
              admin with <Code>pnpm user:create --email E --role admin</Code>.
            </p>
          </div>
        </div>
      </section>
    </>
  );
}

function Span({ first, last, empty }: { first: string | null; last: string | null; empty: string }) {
  if (!first || !last) return <span className="text-muted-foreground">{empty}</span>;
  return (
    <span className="font-medium tabular-nums">
      {formatDate(first)} – {formatDate(last)}
    </span>
  );
}

function Code({ children }: { children: ReactNode }) {
  return <code className="rounded-[3px] bg-surface-3 px-1 py-px font-mono text-[12px] text-foreground">{children}</code>;
}

function Command({ title, command, children }: { title: string; command: string; children: ReactNode }) {
  return (
    <Card className="flex flex-col">
      <CardHeader>
        <CardTitle>{title}</CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-2.5">
        <pre className="overflow-x-auto rounded-md border border-border bg-surface-2 px-3 py-2 font-mono text-[12.5px] text-foreground">
          <code>{command}</code>
        </pre>
        <p className="text-[12.5px] leading-relaxed text-muted-foreground">{children}</p>
      </CardContent>
    </Card>
  );
}
