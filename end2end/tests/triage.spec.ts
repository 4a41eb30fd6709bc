import { test, expect, Page } from "@playwright/test";
import { expectAccessible, watchConsole, waitForHydration } from "./helpers";

/** Answers the current question: a radio button by its label, or a select option by its value. */
async function answer(page: Page, label: string | { select: string }) {
  if (typeof label === "string") {
    await page.getByLabel(label, { exact: true }).check();
  } else {
    await page.locator("#answer").selectOption(label.select);
  }
  await page.getByRole("button", { name: "Continue" }).click();
}

test("a Portuguese pensioner with a fake parcel SMS reaches 'block your card' and a filled-in report in 5 answers", async ({ page }, testInfo) => {
  const noErrors = watchConsole(page);
  await page.goto("/en/");
  await waitForHydration(page, testInfo);
  await page.locator("a.cta-help").click();
  await expect(page).toHaveURL(/\/en\/help$/);
  await expect(page.getByText("Question 1 of at most 7")).toBeVisible();
  await expectAccessible(page);
  await answer(page, "Me, as a private person (or someone in my family)");
  await answer(page, "A message or a call I received");
  await answer(page, "I clicked a link, typed my details or a code, or installed something");
  await answer(page, "Yes, by card");
  await answer(page, { select: "PT" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What this looks like");
  await expect(page.locator(".steps .step").first()).toContainText("card");
  await expectAccessible(page);
  // back and "change" keep the earlier answers
  await page.getByRole("link", { name: /Change.*Did money leave/ }).click();
  await expect(page.getByText("Question 4 of at most 7")).toBeVisible();
  await expect(page).toHaveURL(/who=private&what=message&message=clicked$/);
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What this looks like");
  // the report form opens filled in
  await page.getByRole("link", { name: /Report it/ }).click();
  await expect(page).toHaveURL(/\/en\/report\?country=PT&victim=citizen&incident=phishing/);
  await waitForHydration(page, testInfo);
  await expect(page.getByLabel("Country where you live or your organisation is based *")).toHaveValue("PT");
  await expect(page.getByLabel("A private person")).toBeChecked();
  await expect(page.locator("#payment")).toHaveValue("card");
  noErrors();
});

test("a Munich SME with ransomware reaches the 72-hour clock and the Bavarian DPA", async ({ page }, testInfo) => {
  await page.goto("/de/help");
  await waitForHydration(page, testInfo);
  await page.locator('input[name="who"][value="business"]').check();
  await page.locator('form button[type="submit"]').click();
  await page.locator('input[name="what"][value="files"]').check();
  await page.locator('form button[type="submit"]').click();
  await page.locator('input[name="personal-data"][value="controller"]').check();
  await page.locator('form button[type="submit"]').click();
  await page.locator("#answer").selectOption("DE-BY");
  await page.locator('form button[type="submit"]').click();
  const steps = page.locator(".steps");
  await expect(steps).toContainText("Bayerisches Landesamt für Datenschutzaufsicht");
  await expect(steps).toContainText("72");
  await expectAccessible(page);
});

test("an Irish hospital reaches the NIS2 24 h, 72 h and one-month clocks", async ({ page }, testInfo) => {
  await page.goto("/en/help?who=essential&sector=health&what=files&personal-data=no&country=IE");
  await waitForHydration(page, testInfo);
  const steps = page.locator(".steps");
  await expect(steps).toContainText("within 24 hours");
  await expect(steps).toContainText("within 72 hours");
  await expect(steps).toContainText("within one month of your previous notification");
  await expectAccessible(page);
});

test("none of these fit: general first steps and an optional note for the editors", async ({ page }, testInfo) => {
  await page.goto("/en/help?who=private");
  await waitForHydration(page, testInfo);
  await page.getByRole("link", { name: "None of these fit" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not recognise your situation yet");
  await page.getByLabel(/What happened\? \(optional/).fill("My smart fridge sends e-mails");
  await page.getByRole("button", { name: "Send to the editors" }).click();
  await expect(page.getByText("Thank you. We read every message")).toBeVisible();
  await expectAccessible(page);
});

test("forged links land on the nearest valid step with a notice", async ({ page }) => {
  await page.goto("/en/help?who=private&what=website&country=%3Cscript%3E");
  await expect(page.getByRole("status")).toContainText("did not fit together");
  await expect(page.locator("fieldset legend")).toHaveText("What is affected?");
});

test("the embed page has no site frame and may not be framed by unknown origins", async ({ page }) => {
  const res = await page.goto("/en/embed/help");
  expect(res!.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  await expect(page.locator("header.site-header")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What happened?");
});
