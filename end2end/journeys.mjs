// Screenshots of three report journeys at phone width (390 x 844), with and without JavaScript, and a keyboard-only
// walk of the report form, for review: node end2end/journeys.mjs [base URL] [output dir]
// Needs a running server (scripts/start) and Debian's Chromium.
import { chromium } from "@playwright/test";

const base = process.argv[2] || "http://127.0.0.1:3000";
const out = process.argv[3] || "journeys";
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: ["--no-sandbox"] });
const log = [];

async function journey(name, lang, query, description, aware, js) {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: js, deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  const tag = `${name}-${js ? "js" : "nojs"}`;
  await page.goto(`${base}/${lang}/report?${query}`);
  await page.locator("#description").fill(description);
  if (aware) await page.locator("#aware_at").fill(aware);
  await page.screenshot({ path: `${out}/${tag}-1-form.png` });
  await page.locator('button[value="preview"]').click();
  await page.waitForURL(/draft=/);
  await page.screenshot({ path: `${out}/${tag}-2-preview.png` });
  log.push(`${tag}: preview at ${page.url().replace(/draft=[^#]+/, "draft=…")}, focused #${await page.evaluate(() => document.activeElement?.id)}`);
  const box = page.locator('input[name="consent"]').first();
  if (await box.count()) await box.check();
  await page.locator('button[value="send"]').click();
  if (await page.locator('button[value="record"]').count()) await page.locator('button[value="record"]').click();
  await page.waitForURL(/receipt/);
  await page.screenshot({ path: `${out}/${tag}-3-receipt.png`, fullPage: true });
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: `${out}/${tag}-4-print.png`, fullPage: true });
  const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
  log.push(`${tag}: receipt ${await page.locator("h1").textContent()} | manual notices ${await page.locator(".manual").count()} | print pages ${(pdf.match(/\/Type\s*\/Page[^s]/g) || []).length}`);
  await ctx.close();
}

for (const js of [true, false]) {
  await journey("pt-pensioner-parcel-sms", "pt", "country=PT&victim=citizen&incident=phishing&money_lost=on&payment=card",
    "Recebi um SMS dos CTT a pedir 1,99 € de taxa alfandegária; pus os dados do cartão na página.", null, js);
  await journey("de-munich-sme-ransomware", "de", "country=DE&region=DE-BY&victim=business&incident=ransomware&personal_data=on&role=controller",
    "Heute früh hat Ransomware unsere Dateiserver verschlüsselt; Kundendaten sind betroffen.", "2026-12-05T07:10", js);
  await journey("ie-hospital-nis2", "en", "country=IE&victim=essential-entity&sector=health&incident=ransomware&personal_data=on&role=controller",
    "Ransomware encrypted the radiology file servers at 06:40; a ransom note names a Tor site.", "2026-12-05T07:10", js);
}

// keyboard only: Tab through the form, type with the keyboard, send with Enter; record what gets focus
{
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await ctx.newPage();
  await page.goto(`${base}/en/report?incident=online-fraud`);
  const focused = async () => page.evaluate(() => {
    const e = document.activeElement;
    return `${e?.tagName.toLowerCase()}${e?.id ? "#" + e.id : ""}${e?.getAttribute("value") ? "[" + e.getAttribute("value") + "]" : ""}`;
  });
  const walk = [];
  await page.keyboard.press("Tab");
  walk.push(await focused()); // skip link
  await page.keyboard.press("Enter");
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    const f = await focused();
    walk.push(f);
    if (f === "select#country") { await page.keyboard.press("ArrowDown"); }
    if (f.startsWith("input#victim-")) { await page.keyboard.press("Space"); }
    if (f === "textarea#description") { await page.keyboard.type("Paid 180 EUR to a fake web shop; nothing came."); }
  }
  await page.screenshot({ path: `${out}/keyboard-1-form.png` });
  await page.locator('button[value="preview"]').focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(/draft=/);
  walk.push(`after Enter: ${await focused()} at ${page.url().replace(/draft=[^#]+/, "draft=…").replace(base, "")}`);
  await page.screenshot({ path: `${out}/keyboard-2-after-preview.png` });
  log.push("keyboard: " + walk.join(" → "));
  await ctx.close();
}
await browser.close();
console.log(log.join("\n"));
