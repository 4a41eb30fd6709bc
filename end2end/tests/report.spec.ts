import { test, expect } from "@playwright/test";
import { expectAccessible, watchConsole, waitForHydration } from "./helpers";

test("report: errors keep what was typed, the preview names recipients, sending gives a receipt and a status page", async ({ page }, testInfo) => {
  const noErrors = watchConsole(page);
  await page.goto("/en/report?incident=online-fraud");
  await waitForHydration(page, testInfo);
  await expectAccessible(page);
  await expect(page.getByLabel("What happened? *")).toHaveValue("online-fraud");

  // missing required fields: errors, everything typed is kept
  await page.getByLabel("Describe what happened, in your own words *").fill("Paid 180 EUR to a web shop in the Netherlands; nothing came.");
  await page.getByRole("button", { name: "Show who will receive my report" }).click();
  await expect(page.locator(".error-summary")).toBeVisible();
  await expect(page.locator(".error-summary")).toContainText("Choose a country.");
  await expect(page.getByLabel("Describe what happened, in your own words *")).toHaveValue(/web shop in the Netherlands/);
  await expectAccessible(page);

  // complete it: Austrian citizen, money lost, seller abroad
  await page.getByLabel("Country where you live or your organisation is based *").selectOption("AT");
  await page.getByLabel("A private person").check();
  await page.getByLabel("I lost money, or gave my card or bank details").check();
  await page.getByLabel("Amount lost (optional)").fill("180");
  await page.getByLabel("The seller or the other person is in another country").check();
  await page.getByRole("button", { name: "Show who will receive my report" }).click();
  const preview = page.locator("#preview");
  await expect(preview).toBeVisible();
  await expect(preview.locator(".step").first()).toContainText("bank");
  await expect(preview).toContainText("European Consumer");
  await expectAccessible(page);
  const boxes = preview.locator('input[name="consent"]');
  expect(await boxes.count()).toBeGreaterThan(0);
  await boxes.first().check();
  await page.getByRole("button", { name: "Send the report" }).click();

  await expect(page).toHaveURL(/\/en\/report\/receipt\?ref=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your report was received");
  const reference = (await page.locator(".reference").textContent())!.trim();
  const token = (await page.locator(".token").textContent())!.trim();
  expect(reference).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
  await expect(page.getByText("Waiting to be sent").first()).toBeVisible();
  await expectAccessible(page);

  // status page, no account
  await page.goto("/de/report/status");
  await page.getByLabel("Referenz").or(page.locator("#ref")).fill(reference.toLowerCase());
  await page.locator("#token").fill(token);
  await page.locator("form button[type=submit]").click();
  await expect(page.locator(".reference")).toHaveText(reference);
  await expectAccessible(page);
  noErrors();
});

test("with JavaScript, fields are checked as you type", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "js", "live checks need JavaScript; without it the server validates");
  await page.goto("/en/report");
  await waitForHydration(page, testInfo);
  const email = page.getByLabel("E-mail (optional)");
  await email.fill("not-an-address");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await email.fill("anna@example.org");
  await expect(email).not.toHaveAttribute("aria-invalid", "true");
  const description = page.getByLabel("Describe what happened, in your own words *");
  await description.fill("short");
  await expect(description).toHaveAttribute("aria-invalid", "true");
  await description.fill("A much longer description of what happened.");
  await expect(description).not.toHaveAttribute("aria-invalid", "true");
});

test("pressing send with no recipient ticked sends nothing and says so; the report can be kept as one's own record", async ({ page }, testInfo) => {
  const noErrors = watchConsole(page);
  await page.goto("/en/report?incident=online-fraud&country=AT&victim=citizen");
  await waitForHydration(page, testInfo);
  await page.getByLabel("Describe what happened, in your own words *").fill("Paid 180 EUR to a web shop in the Netherlands; nothing came.");
  await page.getByRole("button", { name: "Show who will receive my report" }).click();
  // the page lands on the recipients (its own page: POST-redirect-GET), focus on their heading
  await expect(page).toHaveURL(/\/en\/report\?draft=/);
  await expect(page.locator("#preview")).toBeInViewport();
  await expect(page.locator("#preview-title")).toBeFocused();
  await page.getByRole("button", { name: "Send the report" }).click();
  // nothing was ticked: no receipt, the form says nothing was sent
  await expect(page).toHaveURL(/\/en\/report$/);
  await expect(page.locator(".error-summary")).toContainText("Nothing has been sent");
  await expect(page.getByLabel("Describe what happened, in your own words *")).toHaveValue(/web shop/);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Keep it only as my own record (send nothing)" }).click();
  await expect(page).toHaveURL(/\/en\/report\/receipt\?ref=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kept as your own record: nothing was sent");
  await expect(page.getByText("Your report was received")).toHaveCount(0);
  await expect(page.getByText("Waiting to be sent")).toHaveCount(0);
  await expectAccessible(page);
  noErrors();
});
