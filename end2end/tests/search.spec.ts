import { test, expect } from "@playwright/test";
import { expectAccessible, jsEnabled, watchConsole, waitForHydration } from "./helpers";

test("search finds advice from what a victim types, with highlighted snippets, facets and the English fallback", async ({ page }, testInfo) => {
  const noErrors = watchConsole(page);
  await page.goto("/de/");
  await waitForHydration(page, testInfo);
  await page.getByRole("link", { name: "Suche" }).first().click();
  await expect(page).toHaveURL(/\/de\/search$/);
  await waitForHydration(page, testInfo);
  await page.locator("#search-q").fill("insta gehackt");
  await page.locator("#search-q").press("Enter");
  await expect(page).toHaveURL(/q=insta/);
  const first = page.locator(".result").first();
  await expect(first.locator("h2 a")).toHaveAttribute("href", "/de/advice/account-takeover");
  await expect(first.locator(".snippet mark").first()).toBeVisible();
  await expectAccessible(page);
  // filter by kind through a facet link
  await page.locator(".facet a[href*='kind=advice']").click();
  await expect(page).toHaveURL(/kind=advice/);
  await expect(page.locator(".result")).not.toHaveCount(0);
  // an English-only article, marked as English
  await page.goto("/sv/search?q=qr+code+parkering");
  await waitForHydration(page, testInfo);
  const sim = page.locator(".result", { has: page.locator("a[href='/sv/advice/qr-code-phishing']") });
  await expect(sim.locator(".lang-badge")).toBeVisible();
  noErrors();
});

test("a search with no results shows an honest empty state with entry points and the report page", async ({ page }, testInfo) => {
  const noErrors = watchConsole(page);
  await page.goto("/fr/search?q=" + encodeURIComponent('"((zzqx -* ~ AND <b>'));
  await waitForHydration(page, testInfo);
  await expect(page.locator(".empty-state")).toBeVisible();
  await expect(page.locator(".empty-state h2")).toContainText("<b>");
  await expect(page.locator(".entry-points a[href='/fr/advice?incident=phishing']")).toBeVisible();
  await expect(page.locator("main a.button[href='/fr/report']")).toBeVisible();
  await expectAccessible(page);
  noErrors();
});

test("suggestions appear while typing (JavaScript only)", async ({ page }, testInfo) => {
  test.skip(!jsEnabled(testInfo), "suggestions need JavaScript; the plain form is tested above");
  const noErrors = watchConsole(page);
  await page.goto("/en/search");
  await waitForHydration(page, testInfo);
  await page.locator("#search-q").pressSequentially("ransomw", { delay: 30 });
  const s = page.getByRole("option", { name: /ransomware/i }).first();
  await expect(s).toBeVisible();
  await expectAccessible(page);
  // choosing a suggestion opens its page
  await page.locator("#search-q").press("ArrowDown");
  await page.locator("#search-q").press("Enter");
  await expect(page).toHaveURL(/\/en\/(advice|bulletins)\//);
  noErrors();
});
