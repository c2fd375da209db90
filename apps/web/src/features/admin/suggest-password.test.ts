import { Password } from "@monitor/domain";
import { describe, expect, it } from "vitest";
import { suggestPassword } from "./suggest-password";

describe("suggestPassword", () => {
  it("writes four groups of four unambiguous characters", () => {
    const p = suggestPassword();
    expect(p).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{4}(-[a-km-zA-HJ-NP-Z2-9]{4}){3}$/);
    expect(Password.safeParse(p).success).toBe(true);
  });

  it("skips bytes that would make some characters likelier than others", () => {
    // 57 characters: 228 is the first byte past the last whole multiple (4 × 57), so 250 is dropped and 0 maps to "a".
    const bytes = (b: Uint8Array) => b.fill(0).fill(250, 0, 16);
    expect(suggestPassword(bytes)).toBe("aaaa-aaaa-aaaa-aaaa");
  });
});
