// Screenshots for the closing note: a report with an evidence list, delivered to a webhook; the recipient's
// updates on the victim's status page. Usage: node roundtrip.mjs <base> <outdir> <phase>
import { chromium } from "playwright-core";
import fs from "node:fs";
const [base, out, phase] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const ctx = await b.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
const p = await ctx.newPage();
if (phase === "report") {
  await p.goto(`${base}/en/report?incident=data-breach`);
  await p.waitForFunction(() => window.__cyberhelpHydrated === true, null, { timeout: 15000 });
  await p.selectOption("#country", "FI");
  await p.check("#victim-business");
  await p.fill("#description", "Our customer database was copied: a fake invoice mail from billing@rnicrosoft-support.com led to https://rnicrosoft-support.com/pay.");
  await p.check("#personal_data");
  await p.locator("#evidence-pick").setInputFiles([
    { name: "invoice-mail.eml", mimeType: "message/rfc822", buffer: Buffer.from("From: billing@rnicrosoft-support.com\nSubject: Invoice\n\nPay now.\n") },
    { name: "firewall-log.txt", mimeType: "text/plain", buffer: Buffer.from("2026-12-05 14:05 CET deny 203.0.113.7\n".repeat(200)) },
  ]);
  await p.waitForTimeout(800);
  await p.locator("#evidence-1-note").fill("exported from the mail server");
  await p.locator("fieldset.evidence").screenshot({ path: `${out}/evidence-form-en.png` });
  await p.click('button[value="preview"]');
  await p.waitForSelector("#preview");
  const box = p.locator('input[name="consent"][value="gdpr-breach-notification"]');
  await box.check();
  await p.click('button[value="send"]');
  await p.waitForURL(/receipt/);
  await p.screenshot({ path: `${out}/receipt-evidence-en.png`, fullPage: true });
  fs.writeFileSync(`${out}/receipt-url.txt`, p.url());
} else if (phase === "status") {
  const url = fs.readFileSync(`${out}/receipt-url.txt`, "utf8").replace("/report/receipt", "/report/status");
  await p.goto(url.replace("/en/", "/fi/"));
  await p.locator(".recipient-updates").first().screenshot({ path: `${out}/status-updates-fi.png` });
  await p.goto(url);
  await p.screenshot({ path: `${out}/status-updates-en.png`, fullPage: true });
  console.log(await p.locator(".recipient-updates").first().innerText());
} else if (phase === "guide") {
  await p.goto(`${base}/de/evidence/fraud-and-payments`);
  await p.screenshot({ path: `${out}/evidence-guide-de.png` });
  await p.goto(`${base}/pt/check`);
  await p.waitForFunction(() => window.__cyberhelpHydrated === true, null, { timeout: 15000 });
  await p.fill("#text", "CTT: a sua encomenda aguarda o pagamento de 1,99 EUR. Pague em https://ctt-entregas-pendentes.com/pt");
  await p.selectOption("#country", "PT");
  await p.click('button[value="check"]');
  await p.waitForSelector("#result-title");
  await p.screenshot({ path: `${out}/check-in-place-pt.png` });
}
await b.close();
