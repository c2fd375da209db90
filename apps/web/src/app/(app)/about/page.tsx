import type { SourceView } from "@monitor/domain";
import { Quote } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { PageHeader } from "~/components/ui/page-header";
import { serverCaller } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "About & credits" };

/** The seed documents, read from the database; the page still renders (with a link) if the database is unavailable. */
async function loadSeedSources(): Promise<SourceView[] | null> {
  try {
    const sources = await (await serverCaller()).sources.list({});
    return sources.filter((s) => s.file !== null);
  } catch {
    return null;
  }
}

export default async function AboutPage() {
  const seeds = await loadSeedSources();
  return (
    <>
      <PageHeader title="About Militancy Monitor" description="What this tool is, how its citations work, and whose data it uses." />

      <div className="flex max-w-3xl flex-col gap-9 text-[14px] leading-relaxed">
        <Section id="what" title="What it is">
          <p>
            Militancy Monitor collects what published research says about militant violence in Pakistan and Afghanistan: attack and casualty
            statistics, single incidents, profiles of the armed groups and how they relate to each other, and the policy recommendations the
            reports make, with a record of whether each has been acted on.
          </p>
          <p>
            It is built for analysts at think tanks, in ministries and police policy units, and for journalists. It does not produce numbers
            of its own: every figure is one that a source states, for the period and place the source gives, with its qualifier (“at least
            10”, “over 170”) kept.
          </p>
        </Section>

        <Section id="citations" title="How citations work">
          <p>
            Every figure, incident, profile claim, relationship and recommendation carries at least one citation: the source document, a
            locator inside it (a section, table or page) and the exact words it uses. Next to each item is a source badge{" "}
            <span className="inline-flex h-5 items-center gap-1 rounded-[4px] border border-border bg-surface-2 px-1.5 align-middle text-[11px] font-medium text-muted-foreground">
              <Quote aria-hidden="true" className="size-2.5" strokeWidth={2.25} />
              Source
            </span>
            : hover over it or focus it to read the quote, and click it (or press Enter) to keep it open.
          </p>
          <ul className="list-disc space-y-1.5 pl-5 marker:text-subtle">
            <li>
              When a document repeats a figure first produced by someone else (a report quoting the UN Monitoring Team, say), the citation
              names that <em>original producer</em> too.
            </li>
            <li>
              Sources count differently: terrorist attacks only, or attacks plus counter-terror operations; deaths with or without
              militants; calendar years or years from 15 Aug. Figures from different sources are shown side by side and never blended into
              one number.
            </li>
            <li>
              Where a bibliographic detail of a document (its year or publisher, say) is inferred rather than printed in it, the source list
              marks it “inferred”.
            </li>
          </ul>
        </Section>

        <Section id="sources" title="The seed sources">
          <p>The data comes from {seeds ? `these ${seeds.length === 5 ? "five" : seeds.length} documents` : "five published reports"}:</p>
          {seeds && seeds.length > 0 ? (
            <ul className="flex flex-col divide-y divide-border rounded-lg border border-border bg-surface text-[13px]">
              {seeds.map((s) => (
                <li key={s.slug} className="px-4 py-2.5">
                  <Link href={`/sources/${s.slug}`} className="font-medium hover:underline">
                    {s.title}
                  </Link>
                  <div className="text-[12.5px] text-muted-foreground">
                    {[
                      s.publisher ? `${s.publisher}${s.inferred.includes("publisher") ? " (inferred)" : ""}` : null,
                      s.authors.join(", ") || null,
                      s.year ? `${s.year}${s.inferred.includes("year") ? " (inferred)" : ""}` : null,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </div>
                </li>
              ))}
            </ul>
          ) : null}
          <p>
            <Link href="/sources" className="font-medium text-accent-text hover:underline">
              See every source
            </Link>{" "}
            with its publisher, authors and the records that cite it.
          </p>
        </Section>

        <Section id="credits" title="Credits">
          <blockquote className="rounded-lg border border-border bg-surface px-4 py-3 text-[13px]">
            Administrative boundaries © OpenStreetMap contributors, available under the Open Database License (ODbL 1.0). Province extracts
            via the country-levels project (Zsolt Ero); Pakistan district set assembled in the pakistan-map project (2023-census frame).
            Simplified and re-keyed for Militancy Monitor.
          </blockquote>
          <p>
            <a href="https://www.openstreetmap.org/copyright" rel="noreferrer" className="font-medium text-accent-text hover:underline">
              OpenStreetMap copyright and licence
            </a>
          </p>
          <p className="text-[13px] text-muted-foreground">
            Boundaries are de facto administrative boundaries from OpenStreetMap, shown for analysis only; they do not imply any position on
            disputed territory.
          </p>
          <p className="text-[13px] text-muted-foreground">
            Fonts: Inter (Rasmus Andersson) and Vazirmatn (Saber Rastikerdar), for Urdu, Pashto and Arabic script, both under the SIL Open
            Font License 1.1, served by this app and embedded in its PDF exports.
          </p>
        </Section>
      </div>
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-3">
      <h2 id={`${id}-heading`} className="text-[15px] font-semibold tracking-[-0.01em]">
        {title}
      </h2>
      {children}
    </section>
  );
}
