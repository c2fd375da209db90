"use client";

import {
  formatCount,
  formatDate,
  RECOMMENDATION_CSV_COLUMNS,
  type RecommendationCsvRow,
  type RecommendationFilter,
  type RecommendationSort,
  recommendationCsvFileName,
} from "@monitor/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { isTRPCClientError } from "@trpc/client";
import { Download, LoaderCircle } from "lucide-react";
import { Button } from "~/components/ui/button";
import { downloadText } from "~/lib/download";
import { cn } from "~/lib/utils";
import { useTRPC } from "~/trpc/react";

/**
 * The CSV file of a tracker view: RECOMMENDATION_CSV_COLUMNS in order, one row per recommendation.
 * A byte-order mark lets spreadsheet programs read the quotes' non-ASCII letters as UTF-8, and cells
 * that a spreadsheet would run as a formula (=, +, -, @) are escaped with a leading apostrophe.
 */
async function recommendationCsv(rows: readonly RecommendationCsvRow[]): Promise<string> {
  // papaparse is loaded with the first export, not with the page.
  const { default: Papa } = await import("papaparse");
  const body = Papa.unparse(
    { fields: [...RECOMMENDATION_CSV_COLUMNS], data: rows.map((r) => RECOMMENDATION_CSV_COLUMNS.map((c) => r[c])) },
    { escapeFormulae: true, newline: "\r\n" },
  );
  return `\uFEFF${body}\r\n`;
}

/** The API's own message when it answered (written for people); otherwise the connection failed. */
function exportProblem(err: unknown): string {
  const answered = isTRPCClientError(err) && (err.data as { code?: string } | undefined)?.code !== undefined;
  return answered && err instanceof Error ? err.message : "The server could not be reached. Check the connection and try again.";
}

export interface CsvExportButtonProps {
  /** The view's filters and order: the file has every matching row, not only the page shown. */
  input: RecommendationFilter & { sort: RecommendationSort; dir: "asc" | "desc" };
  /** Today's date on the server: the statuses shown are as of this day. */
  today: string;
  className?: string;
}

/** "Export CSV" for the current view, stamped with the date its statuses hold on. */
export function CsvExportButton({ input, today, className }: CsvExportButtonProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const exportRows = useMutation({
    // Always fresh: a file stamped "status as of" must not come from a minute-old cache.
    mutationFn: () => queryClient.fetchQuery({ ...trpc.recommendations.exportRows.queryOptions(input), staleTime: 0 }),
    onSuccess: async ({ asOf, rows }) => downloadText(await recommendationCsv(rows), recommendationCsvFileName(asOf)),
  });
  const asOf = exportRows.data?.asOf ?? today;

  return (
    <div data-print="hide" className={cn("flex flex-col items-end gap-1", className)}>
      <div className="flex items-center gap-3">
        <span className="text-[12px] text-muted-foreground" data-testid="status-as-of">
          Status as of <time dateTime={asOf}>{formatDate(asOf)}</time>
        </span>
        <Button
          size="sm"
          onClick={() => exportRows.mutate()}
          disabled={exportRows.isPending}
          aria-describedby={exportRows.isError ? "csv-export-error" : undefined}
        >
          {exportRows.isPending ? (
            <LoaderCircle aria-hidden="true" className="animate-spin" strokeWidth={2} />
          ) : (
            <Download aria-hidden="true" strokeWidth={2} />
          )}
          {exportRows.isPending ? "Exporting…" : "Export CSV"}
        </Button>
      </div>
      <p aria-live="polite" className="text-[12px] empty:hidden">
        {exportRows.isError ? (
          <span id="csv-export-error" role="alert" className="text-danger">
            Export failed. {exportProblem(exportRows.error)}
          </span>
        ) : exportRows.isSuccess ? (
          <span className="text-muted-foreground">
            Saved {formatCount(exportRows.data.rows.length)} {exportRows.data.rows.length === 1 ? "row" : "rows"} as{" "}
            <span className="font-mono text-[11.5px]">{recommendationCsvFileName(exportRows.data.asOf)}</span>
          </span>
        ) : null}
      </p>
    </div>
  );
}
