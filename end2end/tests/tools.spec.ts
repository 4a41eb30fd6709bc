import { test, expect } from "@playwright/test";
import { expectAccessible, waitForHydration, watchConsole } from "./helpers";

// The tools (issue 17): each works as a plain form without JavaScript, answers in the reader's language, and says
// honestly when it found nothing.

const phone = { width: 390, height: 844 };

test("scam check: a look-alike link is named, with the country's channel and the advice", async ({ page }, testInfo) => {
  const noErrors = watchConsole(page);
  await page.setViewportSize(phone);
  await page.goto("/fr/check");
  await waitForHydration(page, testInfo);
  await expectAccessible(page);
  await page.locator("#text").fill("PayPal : votre compte est limité. Confirmez vos informations sous 24 heures : https://paypa1.com/signin");
  await page.locator("#country").selectOption("BE");
  await page.locator('button[value="check"]').click();
  await expect(page.locator("#result-title")).toBeFocused();
  await expect(page.locator("#result")).toContainText("paypa1.com");
  await expect(page.locator("#result .signs li").first()).toBeVisible();
  await expect(page.locator('#result a[href="/fr/advice/phishing-citizen"]')).toBeVisible();
  // the pasted link is never made clickable
  await expect(page.locator('#result a[href*="paypa1"]')).toHaveCount(0);
  await expectAccessible(page);
  noErrors();
});

test("scam check: nothing found never reads as safe; an empty paste is a translated error", async ({ page }) => {
  await page.goto("/en/check");
  await page.locator("#text").fill("Your DHL parcel 123 will be delivered tomorrow between 10:00 and 12:00. Track it at https://www.dhl.de/en/privatkunden.html");
  await page.locator('button[value="check"]').click();
  await expect(page.locator("#result-title")).toHaveText("We found no known signs of a scam");
  await expect(page.locator("#result")).toContainText("That does not make it safe");
  await page.locator("#text").fill("");
  await page.locator('button[value="check"]').click();
  await expect(page.locator(".error-summary")).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
});

test("is this really them: a listed number is named with its source, an unknown one is not trusted", async ({ page }) => {
  await page.goto("/en/check");
  await page.locator("#contact").fill("+46 10 240 40 40");
  await page.locator('button[value="contact"]').click();
  await expect(page.locator("#contact-result")).toContainText("CERT-SE");
  await expect(page.locator("#contact-result a", { hasText: "source" }).first()).toBeVisible();
  await page.locator("#contact").fill("+44 7700 900123");
  await page.locator('button[value="contact"]').click();
  await expect(page.locator("#contact-result")).toContainText("not a channel we know");
  await expectAccessible(page);
});

test("which ransomware: the extension names the family, links to No More Ransom, and a shared extension is called uncertain", async ({ page }) => {
  await page.setViewportSize(phone);
  await page.goto("/de/ransomware");
  await page.locator("#extension").fill("bericht.docx.akira");
  await page.locator('form.tool-form button[type="submit"]').click();
  await expect(page.locator("#result-title")).toBeFocused();
  await expect(page.locator(".families li").first()).toContainText("Akira");
  await expect(page.locator('a[href="https://www.nomoreransom.org/en/decryption-tools.html"]')).toBeVisible();
  await expectAccessible(page);
  await page.locator("#extension").fill(".locked");
  await page.locator('form.tool-form button[type="submit"]').click();
  // dozens of families add ".locked": the answer says it is uncertain
  await expect(page.locator("#result .notice strong").first()).toBeVisible();
  expect(await page.locator(".families > li").count()).toBeGreaterThan(1);
});

test("verify: a reference nobody sent messages about is not trusted; a malformed one is named", async ({ page }) => {
  await page.goto("/en/verify");
  await page.locator("#ref").fill("zzzz-zzzz-zz");
  await page.locator("form.filters button[type=submit]").click();
  await expect(page.locator("[role=status]")).toContainText("cyberhelp has sent no message about this reference");
  await expectAccessible(page);
  await page.goto("/en/verify?ref=hello");
  await expect(page.locator("[role=alert]")).toContainText("A reference has 10 letters and digits");
});

test("with JavaScript the answer appears in place: no page load, focus on the answer, errors too", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "js", "the in-place answer needs JavaScript; without it the page reloads");
  const noErrors = watchConsole(page);
  await page.goto("/pt/check");
  await waitForHydration(page, testInfo);
  let loads = 0;
  page.on("framenavigated", (f) => {
    if (f === page.mainFrame()) loads++;
  });
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST") posts.push(r.postData() ?? "");
  });
  await page.locator("#text").fill("CTT: a sua encomenda aguarda o pagamento de 1,99 EUR de taxas. Pague em https://ctt-entregas-pendentes.com/pt");
  await page.locator("#country").selectOption("PT");
  await page.locator('button[value="check"]').click();
  await expect(page.locator("#result-title")).toBeFocused();
  await expect(page.locator("#result")).toContainText("ctt-entregas-pendentes.com");
  // the pressed button travelled with the fields, as in a plain form post
  expect(posts.some((b) => b.includes("action=check") && b.includes("country=PT"))).toBe(true);
  // the second form (is this really them?) on the page that came back works the same way
  await page.locator("#contact").fill("+351 900 000 000");
  await page.locator('button[value="contact"]').click();
  await expect(page.locator("#contact-title")).toBeFocused();
  // an empty paste: the error summary, in place
  await page.locator("#text").fill("");
  await page.locator('button[value="check"]').click();
  await expect(page.locator(".error-summary")).toBeFocused();
  expect(loads, "no page was loaded").toBe(0);
  await expectAccessible(page);
  noErrors();
});
