import { describe, expect, it } from "vitest";
import { requestId } from "./request-id";

describe("requestId", () => {
  it("keeps a well-formed incoming id and replaces anything else with a UUID", () => {
    expect(requestId("lb-1234.abcd_EF:9")).toBe("lb-1234.abcd_EF:9");
    for (const bad of [null, undefined, "", "a\nb", "x".repeat(101), "id with spaces", '"quoted"']) {
      expect(requestId(bad)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });
});
