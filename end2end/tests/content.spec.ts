import { test, expect } from "@playwright/test";
import { expectAccessible, watchConsole, waitForHydration } from "./helpers";

test("advice list filters by incident type and audience with a plain form", async ({ page }, testInfo) => {
  const noErrors = watchConsole(page);
  await page.goto("/en/advice");
  await waitForHydration(page, testInfo);
  await expect(page.getByRole("heading", { level: 1, name: "Advice" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("What happened").selectOption("ransomware");
  await page.getByLabel("Who you are").selectOption("business");
  await page.getByRole("button", { name: "Show advice" }).click();
  await expect(page).toHaveURL(/incident=ransomware/);
  await expect(page.locator(".cards a[href='/en/advice/ransomware']")).toBeVisible();
  await expect(page.locator(".cards a[href='/en/advice/sextortion']")).toHaveCount(0);
  await expectAccessible(page);
  noErrors();
});

test("an article shows its steps, last-reviewed date, sources, related advice and the report call to action", async ({ page }, testInfo) => {
  const noErrors = watchConsole(page);
  await page.goto("/fr/advice/phishing-citizen");
  await waitForHydration(page, testInfo);
  await expect(page.locator("article")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 2, name: "Sources" })).toBeVisible();
  await expect(page.locator(".meta-line")).toContainText(/2026/);
  await expect(page.locator(".prose h2")).toHaveCount(4);
  await expect(page.locator(".cta a.button")).toHaveAttribute("href", /\/fr\/report\?incident=phishing/);
  await expect(page.locator("link[rel=alternate][hreflang=x-default]")).toHaveCount(1);
  await expectAccessible(page);
  noErrors();
});

test("a missing translation shows the English original with a notice in the reader's language", async ({ page }, testInfo) => {
  const noErrors = watchConsole(page);
  await page.goto("/sv/advice/sim-swap");
  await waitForHydration(page, testInfo);
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await expect(page.locator("article")).toHaveAttribute("lang", "en");
  await expect(page.locator(".notice").first()).toBeVisible();
  await expect(page.locator(".notice").first()).not.toContainText("not available in your language");
  await expectAccessible(page);
  noErrors();
});

test("bulletins: active first, severity filter, a bulletin page and the feeds", async ({ page, request }, testInfo) => {
  const noErrors = watchConsole(page);
  await page.goto("/en/bulletins");
  await waitForHydration(page, testInfo);
  await expectAccessible(page);
  await page.getByLabel("Severity").selectOption("critical");
  await page.getByRole("button", { name: "Show bulletins" }).click();
  await expect(page).toHaveURL(/severity=critical/);
  const first = page.locator(".cards .card-link").first();
  await expect(first).toContainText("Critical");
  await first.click();
  await expect(page).toHaveURL(/\/en\/bulletins\/[a-z0-9-]+$/);
  await expect(page.getByText("TLP:CLEAR").first()).toBeVisible();
  await expect(page.locator("dl.facts code").first()).toHaveText(/^CVE-\d{4}-\d{4,}$/);
  await expectAccessible(page);
  noErrors();

  const atom = await request.get("/de/bulletins/feed.atom");
  expect(atom.status()).toBe(200);
  expect(atom.headers()["content-type"]).toContain("application/atom+xml");
  expect(await atom.text()).toContain("<feed");
  const json = await request.get("/de/bulletins/feed.json");
  expect((await json.json()).version).toBe("https://jsonfeed.org/version/1.1");
});

test("the home page lists incident types as entry points and active bulletins", async ({ page }, testInfo) => {
  await page.goto("/it/");
  await waitForHydration(page, testInfo);
  await expect(page.locator("a[href='/it/advice?incident=sextortion']")).toBeVisible();
  await page.locator("a[href='/it/advice?incident=sextortion']").click();
  await expect(page).toHaveURL(/\/it\/advice\?incident=sextortion/);
  await expect(page.locator(".cards a[href='/it/advice/sextortion']")).toBeVisible();
  await expectAccessible(page);
});
