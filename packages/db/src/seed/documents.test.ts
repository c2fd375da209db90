import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildSeedDataset, SEED_DOCUMENTS_DIR } from "./index";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const originals = process.env.SEED_DOCUMENTS_DIR ?? path.resolve(repoRoot, "../shared/seeds");

describe("seed documents", () => {
  it("keeps byte-identical copies of the documents in ../shared/seeds", () => {
    const files = readdirSync(originals).filter((f) => f.endsWith(".txt"));
    expect(files.length).toBe(5);
    for (const f of files) {
      expect(readFileSync(path.join(SEED_DOCUMENTS_DIR, f), "utf8"), `${f} differs from ../shared/seeds/${f}`).toBe(
        readFileSync(path.join(originals, f), "utf8"),
      );
    }
  });

  it("gives every seed source its full text", () => {
    const sources = buildSeedDataset().sources ?? [];
    expect(sources.length).toBe(5);
    for (const s of sources) expect(s.text?.length ?? 0, `${s.slug} has no text`).toBeGreaterThan(10_000);
  });
});
