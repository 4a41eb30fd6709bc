import { test, expect, Page } from "@playwright/test";
import { expectAccessible, jsEnabled, watchConsole, waitForHydration } from "./helpers";

// The report journey as a panicked person meets it (issue 13): each test names the finding it covers.

const phone = { width: 390, height: 844 };

async function irishHospitalPreview(page: Page, testInfo: any) {
  await page.setViewportSize(phone);
  await page.goto("/en/report?country=IE&victim=essential-entity&sector=health&incident=ransomware&personal_data=on&role=controller");
  await waitForHydration(page, testInfo);
  await page.getByLabel("Describe what happened, in your own words *").fill(
    "Ransomware encrypted the radiology file servers at 06:40; a ransom note names a Tor site.",
  );
  await page.getByLabel(/When did you notice/).fill("2026-12-05T07:10");
  await page.getByRole("button", { name: "Show who will receive my report" }).click();
}

test("3: the preview is where the eye is: its own page (POST-redirect-GET), focus on its heading; back from the receipt is safe", async ({ page }, testInfo) => {
  const noErrors = watchConsole(page);
  await irishHospitalPreview(page, testInfo);
  await expect(page).toHaveURL(/\/en\/report\?draft=[\w-]{64}$/);
  await expect(page.locator("#preview")).toBeInViewport();
  // focus moved to the preview's heading (autofocus: with and without JavaScript), so it is announced
  await expect(page.locator("#preview-title")).toBeFocused();
  // reload shows the same preview, no "Confirm form resubmission"
  await page.reload();
  await expect(page.locator("#preview-title")).toBeVisible();
  await page.locator('input[name="consent"]').first().check();
  await page.getByRole("button", { name: "Send the report" }).click();
  await expect(page).toHaveURL(/\/en\/report\/receipt\?ref=/);
  const receipt = page.url();
  await page.goBack();
  // the preview's page now says the report went, with its receipt, and offers no second send
  await expect(page.getByText("This report has already been sent")).toBeVisible();
  await expect(page.getByRole("button", { name: "Send the report" })).toHaveCount(0);
  await page.getByRole("link", { name: "See its receipt" }).click();
  await expect(page).toHaveURL(receipt);
  noErrors();
});

test("2 and 4: the receipt says in bold what did not go automatically, by when in local time, one item per recipient", async ({ page }, testInfo) => {
  const noErrors = watchConsole(page);
  await irishHospitalPreview(page, testInfo);
  const preview = page.locator("#preview");
  // the NIS2 recipient once, with its three clocks: the early warning first, the two later duties dated
  const nis2 = preview.locator(".step", { has: page.locator(".later") });
  await expect(nis2).toHaveCount(1);
  await expect(nis2.locator(".later > li")).toHaveCount(2);
  await expect(nis2).toContainText("6 December 2026, 07:10 GMT");
  await expect(nis2).toContainText("Due later: you send this one yourself");
  // the first recipient we can send to is ticked
  await preview.locator('input[name="consent"]').first().check();
  await page.getByRole("button", { name: "Send the report" }).click();
  await expect(page).toHaveURL(/\/en\/report\/receipt\?ref=/);
  // the directory has no NIS2 channel for Ireland's CSIRT: its item says so in bold, with the 24-hour deadline
  const item = page.locator(".step", { has: page.locator(".later") });
  await expect(item.locator(".manual")).toContainText("Not delivered automatically");
  await expect(item.locator(".manual strong").last()).toContainText("by 6 December 2026, 07:10 GMT");
  // it has no channel in the directory: the notice says so instead of pointing at "the channels below"
  await expect(item.locator(".manual")).toContainText("We have no confirmed channel for this body");
  // the data protection authority was not ticked: it says so too
  await expect(page.locator(".manual", { hasText: "You did not ask us to send it to them" }).first()).toBeVisible();
  // the victim's answers, named; phone numbers are tel: links
  await expect(page.locator(".facts")).toContainText("Ireland");
  await expect(page.locator(".facts")).toContainText("5 December 2026, 07:10");
  await expect(page.locator(".facts dt", { hasText: "*" })).toHaveCount(0);
  expect(await page.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
  await expectAccessible(page);
  // printed: no private code, no buttons, on few pages
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".private")).toBeHidden();
  await expect(page.locator(".reference")).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  noErrors();
});

test("4: the printed receipt leaves the private code out and fits on two pages", async ({ page }, testInfo) => {
  test.skip(!jsEnabled(testInfo), "one print run is enough");
  await page.goto("/en/report?incident=phishing&country=PT&victim=citizen&money_lost=on");
  await page.getByLabel("Describe what happened, in your own words *").fill("An SMS about a parcel asked for a 1.99 EUR fee; I typed my card number on the page.");
  await page.getByRole("button", { name: "Show who will receive my report" }).click();
  await page.getByRole("button", { name: "Send the report" }).click();
  await page.getByRole("button", { name: "Keep it only as my own record (send nothing)" }).click();
  await expect(page).toHaveURL(/receipt/);
  const token = (await page.locator(".token").textContent())!.trim();
  const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
  const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) || []).length;
  expect(pages).toBeLessThanOrEqual(2);
  expect(pdf).not.toContain(token);
});

test("5: no English on a German page: country names, legal bases, bodies' own names", async ({ page }, testInfo) => {
  await page.goto("/de/report?country=DE&region=DE-BY&victim=essential-entity&sector=health&incident=ransomware&personal_data=on&role=controller");
  await waitForHydration(page, testInfo);
  await expect(page.locator('#country option[value="DE"]')).toHaveText("Deutschland");
  await page.locator("#description").fill("Ransomware hat heute früh die Dateiserver des Krankenhauses verschlüsselt.");
  await page.locator("#aware_at").fill("2026-12-05T07:10");
  await page.locator('button[value="preview"]').click();
  const preview = page.locator("#preview");
  await expect(preview).toContainText("Richtlinie (EU) 2022/2555");
  await expect(preview).toContainText("6. Dezember 2026, 07:10 CET");
  await expect(preview).not.toContainText("Directive (EU)");
  await expect(preview).not.toContainText("Regulation (EU)");
  await expect(preview).not.toContainText("transposing");
  await expect(preview).not.toContainText("Der/Die …");
  await expectAccessible(page);
  // a Greek reader reporting in Sweden: the Swedish police by its own name, the country in Greek
  await page.goto("/el/report?country=SE&victim=citizen&incident=sextortion");
  await page.locator("#description").fill("Someone threatens to publish my pictures unless I pay.");
  await page.locator('button[value="preview"]').click();
  await expect(page.locator("#preview")).toContainText("Polisen");
  await expect(page.locator("#preview")).not.toContainText("Swedish Police Authority");
  await expect(page.locator('#country option[value="SE"]')).toHaveText("Σουηδία");
});

test("5 and 7: the home page lists scams for everyone apart from alerts for IT, the reader's language first", async ({ page }) => {
  await page.goto("/pt/");
  const threats = page.locator("section[aria-labelledby=active-threats-heading]");
  const lists = threats.locator("h3");
  await expect(lists.first()).toHaveText("Burlas a circular neste momento");
  // the first scam card is written in Portuguese: no English fallback marked lang="en" in it
  const firstCard = threats.locator("ul").first().locator("> li").first();
  await expect(firstCard.locator('[lang="en"]')).toHaveCount(0);
  await expect(firstCard).toContainText("banco");
  // CVE alerts are in their own list, after the scams
  const orgs = threats.locator("h3", { hasText: "equipas de informática" });
  await expect(orgs).toHaveCount(1);
});

test("6: after a failed send the error summary takes focus, the title says so, its links focus their field", async ({ page }, testInfo) => {
  const noErrors = watchConsole(page);
  await page.goto("/en/report");
  await waitForHydration(page, testInfo);
  await page.getByRole("button", { name: "Show who will receive my report" }).click();
  await expect(page.locator(".error-summary")).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  const victimLink = page.locator(".error-summary a", { hasText: "Tell us who you are." });
  await expect(victimLink).toHaveAttribute("href", "#victim-citizen");
  if (jsEnabled(testInfo)) {
    await victimLink.click();
    await expect(page.locator("#victim-citizen")).toBeFocused();
    await page.locator(".error-summary a", { hasText: "Describe what happened." }).click();
    await expect(page.locator("#description")).toBeFocused();
  }
  await expectAccessible(page);
  noErrors();
});

test("6: search suggestions are a combobox: arrows move through them, the status says only how many", async ({ page }, testInfo) => {
  test.skip(!jsEnabled(testInfo), "suggestions need JavaScript; without it the form is a plain search");
  await page.goto("/en/search");
  await waitForHydration(page, testInfo);
  const box = page.getByRole("combobox");
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await box.pressSequentially("instagram hacked", { delay: 20 });
  await expect(box).toHaveAttribute("aria-expanded", "true");
  const options = page.getByRole("option");
  expect(await options.count()).toBeGreaterThan(0);
  await expect(page.locator("[role=status]", { hasText: /suggestion/ })).toHaveText(/^(One suggestion|\d suggestions): use the down arrow/);
  await box.press("ArrowDown");
  await expect(box).toHaveAttribute("aria-activedescendant", "search-opt-0");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await box.press("Escape");
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await box.press("ArrowDown");
  await expect(box).not.toHaveAttribute("aria-activedescendant", /./);
});

test("6: Escape closes the language menu and returns focus to it; the focus ring is two-tone", async ({ page }, testInfo) => {
  test.skip(!jsEnabled(testInfo), "Escape needs JavaScript; without it the menu closes with its button");
  await page.goto("/en/advice");
  const summary = page.locator(".lang-switcher summary");
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(".lang-switcher")).toHaveAttribute("open", "");
  await page.keyboard.press("Escape");
  await expect(page.locator(".lang-switcher")).not.toHaveAttribute("open", "");
  await expect(summary).toBeFocused();
  await page.keyboard.press("Tab");
  const ring = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement!);
    return { outline: s.outlineColor, shadow: s.boxShadow };
  });
  // dark inner ring (#0b0c0c) and yellow outer ring (#ffbf47): at least 3:1 on white and on the blue header
  expect(ring.outline).toBe("rgb(11, 12, 12)");
  expect(ring.shadow).toContain("rgb(255, 191, 71)");
});

test("7: with a filled form, the language menu keeps the answers in the new language", async ({ page }, testInfo) => {
  test.skip(!jsEnabled(testInfo), "without JavaScript the menu is a plain link; the browser's Back keeps the form");
  await page.goto("/en/report?country=PT&victim=citizen&incident=phishing");
  await waitForHydration(page, testInfo);
  await page.locator("#description").fill("SMS from 'CTT' asking for a customs fee of 1.99 EUR.");
  await page.locator(".lang-switcher summary").click();
  await page.locator('.lang-switcher a[hreflang="pt"]').click();
  await expect(page).toHaveURL(/\/pt\/report\?draft=/);
  await expect(page.locator("#description")).toHaveValue(/customs fee of 1.99 EUR/);
  await expect(page.locator("h1")).not.toHaveText("Report an incident");
  await expect(page.locator("#country")).toHaveValue("PT");
});

test("7: no page is wider than a 320 px screen, in any of the 24 languages", async ({ page }, testInfo) => {
  test.skip(jsEnabled(testInfo), "layout is the same with JavaScript; checked once, without it");
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 320, height: 640 });
  const langs = ["bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv"];
  const paths = ["/", "/advice", "/advice/phishing-citizen", "/bulletins", "/bulletins/spoofed-bank-calls-portugal", "/search?q=hacked", "/report", "/report/status", "/help", "/contacts", "/contacts/de", "/statistics", "/privacy", "/accessibility"];
  const wide: string[] = [];
  for (const l of langs) {
    for (const p of paths) {
      await page.goto(`/${l}${p}`);
      const w = await page.evaluate(() => document.documentElement.scrollWidth);
      if (w > 320) wide.push(`/${l}${p}: ${w}px`);
    }
  }
  expect(wide).toEqual([]);
});

test("7 (dark): search highlights and the report form pass axe in dark mode", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/en/search?q=phishing");
  await expect(page.locator(".snippet mark").first()).toBeVisible();
  await expectAccessible(page, { dark: true });
  await page.goto("/en/report");
  await expectAccessible(page, { dark: true });
});
