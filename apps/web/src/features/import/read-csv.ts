/**
 * Reading the uploaded CSV in the browser with Papa Parse: the first rows for the mapping screen, then
 * the whole file as a stream, in runs of at most `batchSize` rows that are sent to the server one after
 * the other (the parser waits while a run is being checked), so a file of any size never sits in memory.
 *
 * Row numbers are the spreadsheet's: the header is row 1, and a blank line still counts as a row (it is
 * skipped, not sent), so "row 7" in the preview is row 7 when the editor opens the file.
 */
import Papa from "papaparse";

export type RawRow = Record<string, string>;

export interface CsvHead {
  headers: string[];
  /** The first rows, for sample values and date-order detection. */
  sample: RawRow[];
  /** A problem that stops the import (no header, no rows), in words that say what to do. */
  problem: string | null;
}

const SAMPLE_ROWS = 50;

const isBlank = (row: Record<string, unknown>) => Object.values(row).every((v) => typeof v !== "string" || v.trim() === "");

/** Only the header's cells, as strings (Papa puts cells beyond the header under `__parsed_extra`). */
function cleanRow(row: Record<string, unknown>): RawRow {
  const out: RawRow = {};
  for (const [k, v] of Object.entries(row)) if (typeof v === "string" && k !== "__parsed_extra") out[k] = v;
  return out;
}

/** Reads the header and the first rows only. */
export function readCsvHead(file: File): Promise<CsvHead> {
  return new Promise((resolve) => {
    Papa.parse<Record<string, unknown>>(file, {
      header: true,
      preview: SAMPLE_ROWS,
      skipEmptyLines: "greedy",
      chunkSize: 256 * 1024,
      complete(results) {
        const headers = (results.meta.fields ?? []).filter((h) => h.trim() !== "");
        const sample = results.data.filter((r) => !isBlank(r)).map(cleanRow);
        let problem: string | null = null;
        if (headers.length === 0) problem = "The file has no header row. The first line must name the columns (date, district, killed …).";
        else if (sample.length === 0) problem = "The file has a header but no rows under it. Choose the file that holds the data.";
        resolve({ headers, sample, problem });
      },
      error(err) {
        resolve({
          headers: [],
          sample: [],
          problem: `The file could not be read (${err.message}). Save it again as CSV (UTF-8) and retry.`,
        });
      },
    });
  });
}

export interface StreamProgress {
  /** Characters of the file read so far (bytes for plain ASCII files), capped at the file's size. */
  bytesRead: number;
  /** Rows read from the file (not counting the header or blank lines). */
  rowsRead: number;
  /** Rows the server has checked. */
  rowsChecked: number;
}

export interface StreamOptions {
  batchSize: number;
  /** Checks one run of consecutive rows; throws when the server refuses or cannot be reached. */
  send: (firstRowNumber: number, rows: RawRow[]) => Promise<void>;
  /** After a failed run: wait for the editor to retry it or cancel the import. */
  onFailure: (error: unknown, firstRowNumber: number, rows: number) => Promise<"retry" | "cancel">;
  onProgress: (progress: StreamProgress) => void;
  /** Set when the editor cancels. */
  signal: AbortSignal;
}

export type StreamOutcome = { status: "done"; rowsSent: number } | { status: "cancelled" } | { status: "failed"; message: string };

/** Streams the whole file to the server, run by run. Never rejects. */
export function streamCsv(file: File, options: StreamOptions): Promise<StreamOutcome> {
  const { batchSize, send, onFailure, onProgress, signal } = options;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: StreamOutcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    let rowNumber = 1; // the header
    let run: { first: number; rows: RawRow[] } | null = null;
    const ready: { first: number; rows: RawRow[] }[] = [];
    const progress: StreamProgress = { bytesRead: 0, rowsRead: 0, rowsChecked: 0 };

    const closeRun = () => {
      if (run && run.rows.length > 0) ready.push(run);
      run = null;
    };
    const take = (row: Record<string, unknown>) => {
      rowNumber++;
      if (isBlank(row)) {
        // A blank line is not sent; the rows after it keep their spreadsheet numbers.
        closeRun();
        return;
      }
      progress.rowsRead++;
      run ??= { first: rowNumber, rows: [] };
      run.rows.push(cleanRow(row));
      if (run.rows.length >= batchSize) closeRun();
    };
    const sendReady = async (): Promise<boolean> => {
      for (let next = ready.shift(); next; next = ready.shift()) {
        for (;;) {
          if (signal.aborted) return false;
          try {
            await send(next.first, next.rows);
            break;
          } catch (err) {
            if (signal.aborted) return false;
            if ((await onFailure(err, next.first, next.rows.length)) === "cancel") return false;
          }
        }
        progress.rowsChecked += next.rows.length;
        onProgress({ ...progress });
      }
      return !signal.aborted;
    };

    Papa.parse<Record<string, unknown>>(file, {
      header: true,
      // Blank lines are handled above (they count as rows but are not sent).
      skipEmptyLines: false,
      // About half a megabyte at a time: smooth progress, little memory.
      chunkSize: 512 * 1024,
      chunk(results, parser) {
        parser.pause();
        for (const row of results.data) take(row);
        progress.bytesRead = Math.min(file.size, results.meta.cursor);
        onProgress({ ...progress });
        sendReady().then(
          (go) => {
            if (go) parser.resume();
            else {
              finish({ status: "cancelled" });
              parser.abort();
            }
          },
          (err: unknown) => finish({ status: "failed", message: err instanceof Error ? err.message : String(err) }),
        );
      },
      complete() {
        if (settled) return;
        closeRun();
        sendReady().then(
          (go) => {
            if (!go) return finish({ status: "cancelled" });
            progress.bytesRead = file.size;
            onProgress({ ...progress });
            finish({ status: "done", rowsSent: progress.rowsChecked });
          },
          (err: unknown) => finish({ status: "failed", message: err instanceof Error ? err.message : String(err) }),
        );
      },
      error(err) {
        finish({ status: "failed", message: `The file could not be read (${err.message}). Save it again as CSV (UTF-8) and retry.` });
      },
    });
  });
}
