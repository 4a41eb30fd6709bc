// Takes screenshots of key pages with JavaScript on and off against a running server (default
// http://127.0.0.1:3000), for reviewing by eye: node end2end/scripts/screenshots.mjs [base] [outdir]
import { chromium } from "@playwright/test";

const base = process.argv[2] || "http://127.0.0.1:3000";
const out = process.argv[3] || "/tmp/shots";
const pages = [
  ["home-en", "/en/"],
  ["article-fr", "/fr/advice/phishing-citizen"],
  ["fallback-sv", "/sv/advice/sim-swap"],
  ["bulletins-de", "/de/bulletins"],
  ["report-en", "/en/report"],
  ["notfound", "/xx/nothing"],
  ["search-de", "/de/search?q=insta+gehackt"],
  ["search-el-fallback", "/el/search?q=ransomware"],
  ["search-empty-fr", "/fr/search?q=" + encodeURIComponent('"zzqx ((*')],
  ["search-start-pl", "/pl/search"],
];
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
for (const js of [true, false]) {
  const ctx = await browser.newContext({ javaScriptEnabled: js, viewport: { width: 412, height: 915 } });
  const page = await ctx.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  for (const [name, path] of pages) {
    await page.goto(base + path);
    if (js) await page.waitForFunction(() => window.__cyberhelpHydrated === true, null, { timeout: 15000 }).catch(() => errors.push("no hydration on " + path));
    await page.screenshot({ path: `${out}/${name}-${js ? "js" : "nojs"}.png`, fullPage: name.startsWith("search") });
  }
  console.log(js ? "JS on" : "JS off", "console errors:", errors.length ? errors : "none");
  await ctx.close();
}
await browser.close();
