import { expect, Page, TestInfo, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/**
 * Fails on any axe-core violation of a WCAG 2.0/2.1 level A or AA rule on the current page, whatever its
 * impact (`dark`: with the dark colour scheme). axe runs as a script, so for a page opened with JavaScript
 * disabled the same URL is re-opened in a context where scripts run but the portal's own bundle
 * (/pkg/*.js, *.wasm) is blocked: axe then sees exactly the server-rendered page.
 */
export async function expectAccessible(page: Page, opts: { dark?: boolean } = {}) {
  const jsOn = test.info().project.name === "js";
  if (!jsOn) {
    const browser = page.context().browser()!;
    const ctx = await browser.newContext({ javaScriptEnabled: true, colorScheme: opts.dark ? "dark" : "light" });
    await ctx.route(/\/pkg\/.*\.(js|wasm)$/, (r) => r.abort());
    const p2 = await ctx.newPage();
    await p2.goto(page.url());
    try {
      await checkAxe(p2);
    } finally {
      await ctx.close();
    }
    return;
  }
  await checkAxe(page);
}

async function checkAxe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = results.violations
    .map((v) => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(bad, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * Collects browser console errors and CSP violations for the whole test; call the returned function at the
 * end to assert there were none. With JavaScript on, it also waits until the page has hydrated.
 */
export function watchConsole(page: Page) {
  const errors: string[] = [];
  page.on("console", (m) => {
    // a 422 answer to a form with errors is expected; Chromium logs every 4xx document as an error
    if (m.type() === "error" && !/status of 422/.test(m.text())) errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  return () => expect(errors, "browser console errors").toEqual([]);
}

/** Whether this project runs with JavaScript. */
export function jsEnabled(testInfo: TestInfo) {
  return testInfo.project.name === "js";
}

/**
 * Waits until the page's islands (its only interactive parts) are hydrated. A page without an island loads no
 * wasm at all, so there is nothing to wait for; without JavaScript neither.
 */
export async function waitForHydration(page: Page, testInfo: TestInfo) {
  if (!jsEnabled(testInfo)) return;
  await page.waitForFunction(
    () => !document.querySelector("leptos-island") || (window as any).__cyberhelpHydrated === true,
    null,
    { timeout: 15_000 },
  );
}
