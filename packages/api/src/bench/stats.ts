/** Percentiles and summaries of timing samples (pure). */

/**
 * The p-th percentile by the nearest-rank method: the smallest sample with at least p % of the samples
 * at or below it (so p95 of 20 runs is the 19th fastest, and p100 the slowest). Never interpolates, so
 * every reported figure is a time that was actually measured.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error("percentile of no samples");
  if (!(p > 0 && p <= 100)) throw new Error(`percentile must be in (0, 100], not ${p}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.max(rank, 1) - 1] as number;
}

export interface Summary {
  runs: number;
  p50: number;
  p95: number;
  max: number;
}

export function summarize(samples: readonly number[]): Summary {
  return { runs: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95), max: percentile(samples, 100) };
}

/** How many times slower the naive query is than the procedure (p50 against p50); null when either is missing or zero. */
export function ratio(naive: Summary | null, procedure: Summary | null): number | null {
  if (!naive || !procedure || procedure.p50 <= 0) return null;
  return naive.p50 / procedure.p50;
}

/** Milliseconds for a table: two decimals under 10, one under 100, none above. */
export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return "–";
  return ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0);
}

/** A plain-text table with columns padded to their widest cell (numbers right-aligned). */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[], rightAligned: readonly boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (rightAligned[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
