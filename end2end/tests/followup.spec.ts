import { test, expect, Page, TestInfo } from "@playwright/test";
import * as fs from "node:fs";
import * as path from "node:path";
import { execFileSync } from "node:child_process";
import { expectAccessible, watchConsole, waitForHydration } from "./helpers";

// The contact-point loop in a real browser: a victim reports a data breach to Finland's data protection
// authority (delivered as a file, see playwright.config.ts); the recipient opens the report's signed link,
// sets "received, #48213" and asks a question; the victim reads both on the status page and answers; the
// answer is delivered back to that recipient's channel.

const drop = path.join(process.env.CYBERHELP_E2E_DROP!, "out");

/** Polls the drop directory for a JSON file whose text matches `re`; returns its parsed content. */
async function dropped(re: RegExp, timeoutMs = 20_000): Promise<any> {
  const t = Date.now();
  while (Date.now() - t < timeoutMs) {
    if (fs.existsSync(drop)) {
      for (const f of fs.readdirSync(drop).filter((f) => f.endsWith(".json"))) {
        const text = fs.readFileSync(path.join(drop, f), "utf8");
        if (re.test(text)) return JSON.parse(text);
      }
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`nothing matching ${re} was dropped in ${drop}`);
}

async function sendReport(page: Page, note: string, testInfo: TestInfo) {
  await page.goto("/en/report?incident=data-breach");
  await waitForHydration(page, testInfo);
  await page.getByLabel("Country where you live or your organisation is based *").selectOption("FI");
  await page.locator("#victim-business").check();
  await page.getByLabel("Describe what happened, in your own words *").fill(`Our customer database was copied (${note}).`);
  await page.locator("#personal_data").check();
  await page.locator("#contact_email").fill("it@example.fi");
  await page.locator("#notify_updates").check();
  await page.getByRole("button", { name: "Show who will receive my report" }).click();
  await page.locator('input[name="consent"][value="gdpr-breach-notification"]').check();
  await page.getByRole("button", { name: "Send the report" }).click();
  await expect(page).toHaveURL(/\/en\/report\/receipt\?ref=/);
  return {
    reference: (await page.locator(".reference").textContent())!.trim(),
    token: (await page.locator(".token").textContent())!.trim(),
  };
}

test("a recipient's update and question reach the victim, whose answer goes back to that recipient", async ({ page }, testInfo) => {
  const noErrors = watchConsole(page);
  const note = `${testInfo.project.name}-${Date.now()}`;
  const { reference, token } = await sendReport(page, note, testInfo);

  // the recipient: the report arrives with its signed link
  const report = await dropped(new RegExp(note));
  expect(report.reference).toBe(reference);
  const link = new URL(report.acknowledge.link);
  await page.goto(link.pathname + link.search + "&lang=en");
  await expectAccessible(page);
  await page.getByLabel("State").selectOption("received");
  await page.getByLabel("Your case reference (optional)").fill("#48213");
  await page.getByRole("button", { name: "Send the update" }).click();
  await expect(page.locator(".ok")).toContainText(reference);
  await page.goto(link.pathname + link.search + "&lang=en");
  await page.getByLabel("Your question (at most 2000 characters)").fill("When did you first notice the copy? <b>Exact time</b> if you can.");
  await page.getByRole("button", { name: "Send the question" }).click();
  await expect(page.locator(".ok")).toContainText(reference);

  // the victim: the status page shows the recipient's state, reference and question, as text
  await page.goto(`/en/report/status?ref=${reference}&token=${encodeURIComponent(token)}`);
  await waitForHydration(page, testInfo);
  const questions = page.locator("#questions");
  await expect(questions).toContainText("When did you first notice the copy? <b>Exact time</b> if you can.");
  await expect(page.locator(".recipient-updates")).toContainText("#48213");
  await expectAccessible(page);
  await questions.screenshot({ path: testInfo.outputPath(`questions-${testInfo.project.name}.png`) });
  const answerText = `On 3 December at 09:10, when customers wrote to us (${note}).`;
  await questions.getByLabel("Your answer").fill(answerText);
  await questions.getByRole("button", { name: "Send my answer" }).click();
  await expect(page).toHaveURL(/answered=1/);
  await expect(page.locator("#questions .notice")).toContainText("Your answer was received");
  await expect(page.locator("#questions .my-answer")).toHaveText(answerText);
  await expect(page.locator("#questions textarea")).toHaveCount(0);
  await expectAccessible(page);

  // the answer is delivered to the recipient who asked, on its channel
  const answer = await dropped(new RegExp(`"type": "answer"[\\s\\S]*when customers wrote to us \\(${note}\\)`));
  expect(answer.type).toBe("answer");
  expect(answer.reference).toBe(reference);
  expect(answer.question).toContain("When did you first notice the copy?");
  expect(JSON.stringify(answer)).not.toContain("it@example.fi");
  await page.reload();
  await expect(page.locator("#questions .state")).toHaveText("Sent to the recipient");
  await page.screenshot({ path: testInfo.outputPath(`status-answered-${testInfo.project.name}.png`), fullPage: true });
  noErrors();
});

test("the victim withdraws the report: personal details go at once and the recipient is told on its channel", async ({ page }, testInfo) => {
  const noErrors = watchConsole(page);
  const note = `withdraw-${testInfo.project.name}-${Date.now()}`;
  const { reference, token } = await sendReport(page, note, testInfo);
  const report = await dropped(new RegExp(note));
  expect(report.reference).toBe(reference);

  await page.goto(`/en/report/status?ref=${reference}&token=${encodeURIComponent(token)}`);
  await waitForHydration(page, testInfo);
  const section = page.locator("#withdrawal");
  await expect(section.getByRole("heading", { name: "Withdraw this report" })).toBeVisible();
  await expect(page.locator(".description")).toContainText(note);
  await expectAccessible(page);
  await section.getByLabel("I understand that withdrawing cannot be undone").check();
  await section.getByRole("button", { name: "Withdraw my report" }).click();
  await expect(page).toHaveURL(/withdrawn=1/);
  await expect(page.locator("#withdrawal .notice")).toHaveText("Your report was withdrawn.");
  await expect(page.locator("#withdrawal")).toContainText("The one body that had received it is told through its own channel.");
  await expect(page.locator(".purged")).toBeVisible();
  await expect(page.locator("main")).not.toContainText(note);
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath(`withdrawn-${testInfo.project.name}.png`), fullPage: true });

  // the recipient gets the withdrawal notice in its drop directory, with nothing of the report
  const notice = await dropped(new RegExp(`"type": "withdrawal"[\\s\\S]*"reference": "${reference}"`));
  expect(notice.delivery_id).toBe(report.idempotency_key);
  expect(JSON.stringify(notice)).not.toContain(note);
  expect(JSON.stringify(notice)).not.toContain("it@example.fi");
  await page.reload();
  await expect(page.locator(".state-note strong").first()).toHaveText("Sent to the recipient");
  noErrors();
});

test("privacy notice and accessibility statement: linked where it matters, generated from the settings", async ({ page }) => {
  await page.goto("/de/privacy");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/.+/);
  // the retention periods in force (the defaults: 180 and 730 days)
  await expect(page.locator(".retention")).toContainText("180");
  await expect(page.locator(".retention")).toContainText("730");
  await expectAccessible(page);
  await page.goto("/en/privacy");
  await expect(page.getByRole("heading", { name: "Who is responsible" })).toBeVisible();
  await expect(page.locator("main")).toContainText("into a folder that the operator hands over to the body");
  await page.goto("/en/accessibility");
  await expect(page.getByRole("heading", { name: "Compliance status" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Enforcement procedure" })).toBeVisible();
  await expectAccessible(page);
  await expectAccessible(page, { dark: true });
  // the footer links both, in every page
  await page.goto("/fr/");
  await expect(page.locator(`footer a[href="/fr/privacy"]`)).toHaveCount(1);
  await expect(page.locator(`footer a[href="/fr/accessibility"]`)).toHaveCount(1);
});

/** Invites `email` for `contact` with the command line, as an operator would; returns the printed one-time link. */
function invite(contact: string, email: string): string {
  const root = path.resolve(__dirname, "..", "..");
  const bin = process.env.CYBERHELP_BIN || path.join(root, "target/release/cyberhelp");
  const out = execFileSync(bin, ["inbox", "invite", contact, email], {
    env: {
      ...process.env,
      DATABASE_URL: `sqlite:${process.env.CYBERHELP_E2E_DB}`,
      CYBERHELP_CONTENT_DIR: path.join(root, "content"),
      CYBERHELP_PUBLIC_URL: "http://127.0.0.1:" + (process.env.CYBERHELP_E2E_PORT || "3100"),
      CYBERHELP_LOG: "warn",
      CYBERHELP_WATCH_CONTENT: "false",
    },
  }).toString();
  const link = out.split(/\s+/).find((w) => w.includes("/inbox/link/"));
  expect(link, out).toBeTruthy();
  return new URL(link!).pathname;
}

test("a contact point reads its report in the inbox, records a state and asks the victim", async ({ page }, testInfo) => {
  const note = `inbox-${testInfo.project.name}-${Date.now()}`;
  const { reference, token } = await sendReport(page, note, testInfo);
  const link = invite("fi-office-of-the-data-protection", `officer-${testInfo.project.name}-${Date.now()}@tietosuoja.example`);

  await page.goto(link);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/inbox\/setup$/);
  await expect(page.locator(".totp-secret")).toHaveText(/^[A-Z2-7]{4}( [A-Z2-7]{4}){7}$/);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Inbox" }).click();
  const row = page.locator("tbody tr", { hasText: reference });
  await expect(row).toHaveCount(1);
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath(`inbox-list-${testInfo.project.name}.png`), fullPage: true });

  await row.getByRole("link", { name: reference }).click();
  await expect(page.locator(".description")).toContainText(note);
  await expectAccessible(page);
  await page.getByLabel("State").selectOption("in-progress");
  await page.getByLabel("Your case reference (optional)").fill("TSV-118");
  await page.getByRole("button", { name: "Send the update" }).click();
  await expect(page.locator("main .notice[role=status]")).toBeVisible();
  await page.getByLabel("Your question (at most 2000 characters)").fill(`Which systems held the list? (${note})`);
  await page.getByRole("button", { name: "Send the question" }).click();
  await expect(page.locator(".questions")).toContainText(`Which systems held the list? (${note})`);
  await page.screenshot({ path: testInfo.outputPath(`inbox-report-${testInfo.project.name}.png`), fullPage: true });

  // the victim sees the body's state, reference and question
  await page.goto(`/en/report/status?ref=${reference}&token=${encodeURIComponent(token)}`);
  await expect(page.locator(".recipient-updates")).toContainText("TSV-118");
  await expect(page.locator("#questions")).toContainText(`Which systems held the list? (${note})`);
});
