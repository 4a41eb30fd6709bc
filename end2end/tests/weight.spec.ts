import { test, expect, Page } from "@playwright/test";
import { jsEnabled, waitForHydration, watchConsole } from "./helpers";

/** Bytes that crossed the wire for one page view (headers and encoded bodies of every request), by type. */
async function pageWeight(page: Page, url: string, testInfo: any, islands: boolean) {
  const pending: Promise<void>[] = [];
  const seen: { url: string; bytes: number }[] = [];
  page.on("requestfinished", (req) => {
    pending.push(
      req.sizes().then((s) => {
        seen.push({ url: req.url(), bytes: s.responseBodySize + s.responseHeadersSize });
      }),
    );
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await waitForHydration(page, testInfo);
  if (islands) {
    // the browser may report the bundle's request as finished just after the islands hydrated
    await expect.poll(() => seen.some((r) => r.url.endsWith(".wasm")), { timeout: 5_000 }).toBe(true);
  } else {
    await page.waitForTimeout(500);
  }
  await Promise.all(pending);
  const total = seen.reduce((a, r) => a + r.bytes, 0);
  const wasm = seen.filter((r) => r.url.endsWith(".wasm")).reduce((a, r) => a + r.bytes, 0);
  const scripts = seen.filter((r) => r.url.endsWith(".js"));
  const html = seen.find((r) => r.url.endsWith(url) || r.url.endsWith(url.replace(/\/$/, "/")))?.bytes ?? 0;
  testInfo.annotations.push({
    type: "weight",
    description: `${url}: ${total} B in ${seen.length} requests (html ${html}, wasm ${wasm})`,
  });
  return { total, wasm, scripts, html, seen };
}

test("a first visit to an article loads no script bundle and stays under 150 KB", async ({ page }, testInfo) => {
  test.skip(!jsEnabled(testInfo), "weights are measured with JavaScript on");
  const noErrors = watchConsole(page);
  const w = await pageWeight(page, "/en/advice/phishing-citizen", testInfo, false);
  expect(w.wasm, "no wasm on an article").toBe(0);
  expect(w.scripts.map((s) => s.url), "no script files on an article").toEqual([]);
  expect(w.html, "article HTML").toBeLessThanOrEqual(15 * 1024);
  expect(w.total).toBeLessThanOrEqual(150 * 1024);
  noErrors();
});

test("the home page and the search page load only their islands and stay under 150 KB", async ({ browser }, testInfo) => {
  test.skip(!jsEnabled(testInfo), "weights are measured with JavaScript on");
  for (const url of ["/en/", "/fr/search?q=compte+pirat%C3%A9"]) {
    // a fresh context each time: a first visit, nothing in the browser's cache
    const ctx = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
    const page = await ctx.newPage();
    const noErrors = watchConsole(page);
    const w = await pageWeight(page, url, testInfo, true);
    expect(w.wasm, `${url} loads its islands`).toBeGreaterThan(0);
    expect(w.total, url).toBeLessThanOrEqual(150 * 1024);
    // the island works: suggestions while typing
    await page.locator("#search-q").fill("");
    await page.locator("#search-q").pressSequentially("phish", { delay: 20 });
    await expect(page.locator("#search-suggestions li").first()).toBeVisible();
    noErrors();
    await ctx.close();
  }
});
