import { test, expect, Request } from "@playwright/test";
import { createHash } from "node:crypto";
import { expectAccessible, jsEnabled, watchConsole, waitForHydration } from "./helpers";

// A file's bytes with a marker that must never appear in anything the browser sends.
const CANARY = "EVIDENCE-CANARY-5b1f: the file's own bytes";
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

test("evidence guides: listed, linked from the advice, translated, accessible", async ({ page }, testInfo) => {
  const noErrors = watchConsole(page);
  await page.goto("/en/advice/phishing-citizen");
  await waitForHydration(page, testInfo);
  await page.locator('.prose a[href="/en/evidence/messages-and-links"]').first().click();
  await expect(page).toHaveURL(/\/en\/evidence\/messages-and-links$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/fr/evidence");
  await expect(page.locator("ul.cards > li")).toHaveCount(10);
  await page.goto("/de/evidence/fraud-and-payments");
  await expect(page.locator("article")).toHaveAttribute("lang", "de");
  await expect(page.locator(".translation-notice, .notice.fallback")).toHaveCount(0);
  await expectAccessible(page);
  noErrors();
});

test("with JavaScript, picked files are fingerprinted in the browser and never uploaded", async ({ page }, testInfo) => {
  test.skip(!jsEnabled(testInfo), "the file picker needs JavaScript");
  const noErrors = watchConsole(page);
  const sent: string[] = [];
  page.on("request", (r: Request) => {
    const body = r.postData();
    if (body) sent.push(body);
  });
  await page.goto("/en/report?incident=online-fraud");
  await waitForHydration(page, testInfo);
  await expect(page.locator('a[href="/en/evidence/fraud-and-payments"]')).toBeVisible();
  const picker = page.getByLabel("Add files from this device");
  await expect(picker).toBeVisible();
  // a typed row first: the picker fills the rows after it, then adds rows
  await page.locator("#evidence-0-name").fill("Bank letter (paper)");
  const files = [1, 2, 3, 4].map((n) => ({
    name: `chat-${n}.txt`,
    mimeType: "text/plain",
    buffer: Buffer.from(`${CANARY} #${n}\n`),
  }));
  await picker.setInputFiles(files);
  await expect(page.locator("#evidence-status")).toContainText("chat-4.txt");
  for (const [i, f] of files.entries()) {
    const row = i + 1;
    await expect(page.locator(`#evidence-${row}-name`)).toHaveValue(f.name);
    await expect(page.locator(`input[name="evidence-${row}-sha256"]`)).toHaveValue(sha256(`${CANARY} #${i + 1}\n`));
    await expect(page.locator(`input[name="evidence-${row}-size"]`)).toHaveValue(String(f.buffer.length));
  }
  await expect(page.locator(".evidence-row").nth(4).locator(".evidence-fp")).toContainText(`SHA-256 ${sha256(`${CANARY} #4\n`)}`);
  await expectAccessible(page);

  // the rest of the form, then the preview: the list comes back from the server with the fingerprints
  await page.getByLabel("Describe what happened, in your own words *").fill("Paid 180 EUR to a web shop; nothing came.");
  await page.getByLabel("Country where you live or your organisation is based *").selectOption("AT");
  await page.getByLabel("A private person").check();
  await page.getByRole("button", { name: "Show who will receive my report" }).click();
  await expect(page.locator("#preview")).toBeVisible();
  await expect(page.locator("#evidence-0-name")).toHaveValue("Bank letter (paper)");
  await expect(page.locator(".evidence-row").nth(2).locator(".evidence-fp")).toContainText(sha256(`${CANARY} #2\n`));
  const posted = sent.join("\n");
  expect(posted).toContain(`evidence-1-sha256=${sha256(`${CANARY} #1\n`)}`);
  expect(posted, "the files' bytes never leave the browser").not.toContain("EVIDENCE-CANARY");
  noErrors();
});

test("without JavaScript, evidence is typed and kept through the preview", async ({ page }, testInfo) => {
  test.skip(jsEnabled(testInfo), "the typed list is the no-JavaScript path");
  await page.goto("/en/report?incident=phishing");
  await expect(page.locator("#evidence-pick-box")).toBeHidden();
  await expect(page.locator(".evidence-row")).toHaveCount(3);
  await page.locator("#evidence-0-name").fill("Screenshot of the SMS");
  await page.locator("#evidence-0-note").fill("on my phone");
  await page.getByLabel("Describe what happened, in your own words *").fill("A fake parcel SMS; I typed my card number.");
  await page.getByLabel("Country where you live or your organisation is based *").selectOption("PT");
  await page.getByLabel("A private person").check();
  await page.getByRole("button", { name: "Show who will receive my report" }).click();
  await expect(page.locator("#preview")).toBeVisible();
  await expect(page.locator("#evidence-0-note")).toHaveValue("on my phone");
  // two empty rows after the filled one, for more
  await expect(page.locator(".evidence-row")).toHaveCount(3);
  await expectAccessible(page);
});
