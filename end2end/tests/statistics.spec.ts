import { test, expect } from "@playwright/test";
import { expectAccessible } from "./helpers";

// The open statistics: readable without JavaScript (an SVG chart with the numbers as tables beside it), the
// reader's language, axe-clean; the JSON API gives the same months.
test("open statistics: a chart and tables (or an honest empty state), in the reader's language", async ({ page, request }) => {
  await page.goto("/de/statistics");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Offene Statistik");
  const api = await (await request.get("/api/v1/statistics?lang=de")).json();
  if (api.months.length === 0) {
    await expect(page.locator("main .notice")).toBeVisible();
  } else {
    await expect(page.locator("svg.chart")).toBeVisible();
    await expect(page.locator("#chart-title")).toHaveText("Eingegangene Meldungen pro Monat");
    const headers = await page.locator("#totals-caption + thead th").allTextContents();
    expect(headers).toEqual(api.months);
    const cells = await page.locator("#totals-caption ~ tbody td").allTextContents();
    expect(cells.length).toBe(api.totals.length);
  }
  await expectAccessible(page);
  await expectAccessible(page, { dark: true });
});
