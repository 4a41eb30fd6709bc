import { test, expect } from "@playwright/test";
import { expectAccessible, watchConsole, waitForHydration } from "./helpers";

test("the root redirects by Accept-Language and the home page explains the portal", async ({ browser }, testInfo) => {
  const context = await browser.newContext({
    locale: "de-DE",
    extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9,en;q=0.5" },
    javaScriptEnabled: testInfo.project.name === "js",
  });
  const page = await context.newPage();
  const noErrors = watchConsole(page);
  await page.goto("/");
  await expect(page).toHaveURL(/\/de\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("main")).toContainText("112");
  await waitForHydration(page, testInfo);
  await expectAccessible(page);
  noErrors();
  await context.close();
});

test("home page links to the three main tasks", async ({ page }, testInfo) => {
  const noErrors = watchConsole(page);
  await page.goto("/en/");
  await waitForHydration(page, testInfo);
  const main = page.locator("main");
  await expect(main.locator('.tasks a[href="/en/advice"]')).toBeVisible();
  await expect(main.locator('.tasks a[href="/en/bulletins"]')).toBeVisible();
  await expect(main.locator('.tasks a[href="/en/report"]')).toBeVisible();
  await expect(page.getByText("If you are in danger now, call 112.")).toBeVisible();
  await expectAccessible(page);
  noErrors();
});

test("skip link moves focus to the main content", async ({ page }, testInfo) => {
  await page.goto("/en/");
  await waitForHydration(page, testInfo);
  await page.keyboard.press("Tab");
  const skip = page.locator(".skip-link");
  await expect(skip).toBeFocused();
  await skip.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  // focus itself moves (not only the scroll position), so the next Tab starts in the content
  await expect(page.locator("main")).toBeFocused();
});

test("the language switcher keeps the query string: a search keeps its words", async ({ page }, testInfo) => {
  const noErrors = watchConsole(page);
  await page.goto("/fr/search?q=compte+pirat%C3%A9");
  await waitForHydration(page, testInfo);
  await page.locator(".lang-switcher summary").click();
  await page.locator(".lang-switcher ul").getByRole("link", { name: "Deutsch" }).click();
  await expect(page).toHaveURL(/\/de\/search\?q=compte\+pirat%C3%A9$/);
  await expect(page.locator("#search-q")).toHaveValue("compte piraté");
  noErrors();
});

test("the language switcher lists native names and keeps the page", async ({ page }, testInfo) => {
  const noErrors = watchConsole(page);
  await page.goto("/en/");
  await waitForHydration(page, testInfo);
  await page.locator(".lang-switcher summary").click();
  const menu = page.locator(".lang-switcher ul");
  await expect(menu.getByRole("link", { name: "Français" })).toBeVisible();
  await expect(menu.getByRole("link", { name: "Ελληνικά" })).toBeVisible();
  await expect(menu.getByRole("link")).toHaveCount(24);
  await menu.getByRole("link", { name: "Polski" }).click();
  await expect(page).toHaveURL(/\/pl\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  await expectAccessible(page);
  noErrors();
});

test("unknown language and unknown pages are real 404 pages", async ({ page }) => {
  for (const path of ["/xx/", "/en/does-not-exist", "/fr/nulle-part"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: /home|accueil/i }).first()).toBeVisible();
    await expectAccessible(page);
  }
});
