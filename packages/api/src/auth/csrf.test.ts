import { describe, expect, it } from "vitest";
import { checkMutationOrigin } from "./csrf";

const URL_ = "http://monitor.test/api/trpc/users.create";
const req = (method: string, headers: Record<string, string> = {}) => new Request(URL_, { method, headers });

describe("checkMutationOrigin", () => {
  it.each(["GET", "HEAD", "OPTIONS"])("lets a %s through even from another site", (method) => {
    expect(checkMutationOrigin(req(method, { origin: "https://evil.example", "sec-fetch-site": "cross-site" }))).toBeNull();
  });

  it("allows a same-origin POST (Origin matches Host)", () => {
    expect(checkMutationOrigin(req("POST", { origin: "http://monitor.test", "sec-fetch-site": "same-origin" }))).toBeNull();
  });

  it("allows a same-origin POST when the Host header names the host", () => {
    expect(checkMutationOrigin(req("POST", { origin: "http://app.example.org", host: "app.example.org" }))).toBeNull();
  });

  it("allows a request the user typed or bookmarked (Sec-Fetch-Site: none)", () => {
    expect(checkMutationOrigin(req("POST", { "sec-fetch-site": "none" }))).toBeNull();
  });

  it.each(["cross-site", "same-site"])("refuses Sec-Fetch-Site: %s, whatever the Origin says", (site) => {
    expect(checkMutationOrigin(req("POST", { "sec-fetch-site": site, origin: "http://monitor.test" }))).toBe(
      `Cross-site request refused (Sec-Fetch-Site: ${site}). Use the app itself to make changes.`,
    );
  });

  it("refuses a foreign Origin", () => {
    expect(checkMutationOrigin(req("POST", { origin: "https://evil.example" }))).toBe(
      "Cross-origin request refused (Origin: https://evil.example). Use the app itself to make changes.",
    );
  });

  it("refuses an Origin on the same host name but another port", () => {
    expect(checkMutationOrigin(req("POST", { origin: "http://monitor.test:8080" }))).toBe(
      "Cross-origin request refused (Origin: http://monitor.test:8080). Use the app itself to make changes.",
    );
  });

  it("refuses an Origin that is not a URL", () => {
    expect(checkMutationOrigin(req("POST", { origin: "null" }))).toBe("Request refused: its Origin header is not a URL.");
  });

  it("allows a trusted origin, matched exactly", () => {
    const trusted = ["https://admin.example.org"];
    expect(checkMutationOrigin(req("POST", { origin: "https://admin.example.org" }), trusted)).toBeNull();
    expect(checkMutationOrigin(req("POST", { origin: "https://admin.example.org.evil.example" }), trusted)).toBe(
      "Cross-origin request refused (Origin: https://admin.example.org.evil.example). Use the app itself to make changes.",
    );
  });

  it("honours X-Forwarded-Host behind a proxy, over Host", () => {
    const proxied = { origin: "https://monitor.example.org", host: "127.0.0.1:3000", "x-forwarded-host": "monitor.example.org" };
    expect(checkMutationOrigin(req("POST", proxied))).toBeNull();
    expect(checkMutationOrigin(req("POST", { ...proxied, origin: "http://127.0.0.1:3000" }))).toBe(
      "Cross-origin request refused (Origin: http://127.0.0.1:3000). Use the app itself to make changes.",
    );
  });

  it("allows a POST with neither Origin nor Sec-Fetch-Site (a non-browser client)", () => {
    expect(checkMutationOrigin(req("POST"))).toBeNull();
    expect(checkMutationOrigin(req("DELETE"))).toBeNull();
  });
});
