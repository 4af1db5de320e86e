// The web page of newsquery --serve in headless Chromium: search, narrow by a person
// facet and by a timeline bar, open an article, page, export, a hostile article shown as text, keyboard use, a phone's
// screen and JavaScript off. Run by scripts/browser-test.sh, which serves the indexed
// sample corpus at BASE_URL and keeps the screenshots written to ARTIFACTS.
import { test, before, after, beforeEach, afterEach } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import puppeteer from "puppeteer-core";

const base = process.env.BASE_URL;
const artifacts = process.env.ARTIFACTS;
let browser;
let page;
let problems;  // console errors (a Content-Security-Policy refusal is one), dialogs, crashes

before(async () => {
  const root = process.getuid && process.getuid() === 0;
  browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM,
    headless: true,
    args: ["--disable-gpu", "--disable-dev-shm-usage", ...(root ? ["--no-sandbox"] : [])],
  });
});

after(async () => {
  await browser?.close();
});

beforeEach(async () => {
  problems = [];
  page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("dialog", async (d) => {
    problems.push(`dialog: ${d.message()}`);
    await d.dismiss();
  });
});

afterEach(async () => {
  await page.close();
  assert.deepEqual(problems, [], "no console errors, script errors or dialogs");
});

async function shot(name) {
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
}

async function search(words) {
  await page.goto(base);
  await page.type("#q", words);
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
}

const texts = (selector) => page.$$eval(selector, (nodes) => nodes.map((n) => n.textContent));

test("a search shows ranked results with highlighted words", async () => {
  await search("Taliban");
  const titles = await texts(".result h2 a");
  assert.ok(titles.length >= 3, `results: ${titles}`);
  assert.ok(titles.some((t) => t.startsWith("Defense Minister: Attacking from Afghanistan")));
  assert.ok((await texts(".result mark")).some((m) => /taliban/i.test(m)));
  assert.match(await page.$eval(".total", (n) => n.textContent), /\d+ articles/);
  await shot("search");
});

test("clicking a person facet narrows the search to articles naming them", async () => {
  await search("Taliban");
  const before = await page.$eval(".total", (n) => n.textContent);
  const person = await page.$("aside .facet a.person");
  const name = await person.evaluate((n) => n.textContent);
  await Promise.all([page.waitForNavigation(), person.click()]);
  assert.ok(page.url().includes("person="), page.url());
  assert.equal(await page.$eval(".chip", (n) => n.textContent.replace(/\s+\S$/, "").trim()),
    `person: ${name}`);
  // Every result names the person (in any case or accents), as the page's JSON link says.
  const json = await page.evaluate(async () =>
    (await fetch(document.querySelector("footer a[href^='/api/search']").href)).json());
  const fold = (s) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  assert.ok(json.results.length >= 1);
  for (const r of json.results) {
    assert.ok(r.persons.map(fold).includes(fold(name)), `${r.id}: ${r.persons}`);
  }
  assert.notEqual(await page.$eval(".total", (n) => n.textContent), before);
  await shot("person");
});

test("clicking a timeline bar narrows the date range to its period", async () => {
  await search("said");
  const bars = await page.$$("svg.chart a");
  assert.ok(bars.length >= 2, "linked bars");
  const label = await bars[0].evaluate((n) => n.getAttribute("aria-label"));
  const period = label.split(":")[0];
  await Promise.all([page.waitForNavigation(), bars[0].click()]);
  assert.ok(page.url().includes(`since=${period}&until=${period}`), page.url());
  assert.equal(await page.$eval("#since", (n) => n.value), period);
  const dates = await page.$$eval(".result time", (n) => n.map((t) => t.getAttribute("datetime")));
  assert.ok(dates.length >= 1 && dates.every((d) => d.startsWith(period)), JSON.stringify(dates));
  await shot("timeline");
});

test("an article opens with its text, facts and entity links", async () => {
  await search("Guterres");
  const link = await page.$(".result h2 a");
  const title = await link.evaluate((n) => n.textContent);
  await Promise.all([page.waitForNavigation(), link.click()]);
  assert.equal(await page.$eval("h1", (n) => n.textContent), title);
  assert.ok((await texts(".text p")).length >= 3);
  assert.ok((await texts(".facts dt")).includes("Date"));
  assert.ok((await texts(".article-entities a.person")).includes("António Guterres"));
  await shot("article");
  await page.goto(`${base}article?id=${encodeURIComponent("corpus/world/2025-10-29-torkham-traders-stranded.txt")}`);
  assert.ok((await texts(".copies li a")).length >= 1, "its syndicated copy is listed");
  await shot("article-copies");
});

test("paging moves through the results and back", async () => {
  await search("said");
  const first = await texts(".result h2 a");
  assert.equal(first.length, 20);
  await Promise.all([page.waitForNavigation(), page.click("a[rel=next]")]);
  assert.equal(await page.$eval("ol.results", (n) => n.getAttribute("start")), "21");
  const second = await texts(".result h2 a");
  assert.ok(second.length >= 1 && second.every((t) => !first.includes(t) || t === ""));
  await Promise.all([page.waitForNavigation(), page.click("a[rel=prev]")]);
  assert.deepEqual(await texts(".result h2 a"), first);
});

test("export downloads every match as a file", async () => {
  const downloads = fs.mkdtempSync(path.join(artifacts, "downloads-"));
  const session = await page.createCDPSession();
  await session.send("Browser.setDownloadBehavior", { behavior: "allow", downloadPath: downloads });
  await search("said");
  const total = Number((await page.$eval(".total", (n) => n.textContent)).match(/\d+/)[0]);
  await page.click(".export a[href$='format=json']");
  const file = path.join(downloads, "newsindex-export.json");
  for (let i = 0; i < 100 && !fs.existsSync(file); ++i) {
    await new Promise((r) => setTimeout(r, 100));
  }
  const exported = JSON.parse(fs.readFileSync(file, "utf8"));
  assert.equal(exported.results.length, total, "every matching article, copies included");
  assert.equal(exported.query, "said");
  const csv = await page.evaluate(async () =>
    (await fetch(document.querySelector(".export a[href$='format=csv']").href)).text());
  assert.match(csv.split("\n")[0], /^rank,/);
});

test("a hostile article's markup and script are shown as text", async () => {
  for (const url of [`${base}?q=lantern`,
    `${base}article?id=${encodeURIComponent("corpus/hostile/markup-in-every-field.md")}`]) {
    await page.goto(url);
    const heading = await page.$eval(".result h2 a, article h1", (n) => n.textContent);
    assert.ok(heading.startsWith("<script>alert('title')</script> Quayside <b>lantern</b>"),
      heading);
    const elements = await page.$$eval("main script, main img, main svg:not(.chart), main iframe, main style, main b",
      (nodes) => nodes.map((n) => n.outerHTML));
    assert.deepEqual(elements, []);
    assert.equal(await page.$$eval("a[href^='javascript']", (n) => n.length), 0);
    assert.equal(await page.evaluate(() => document.body.style.display), "");
  }
  assert.ok((await page.$eval(".text", (n) => n.textContent)).includes("<script>alert('body')</script>"));
  await shot("hostile-article");
});

test("usable by keyboard: / goes to the box, Enter searches, Tab reaches the results", async () => {
  await page.goto(`${base}?q=Taliban`);
  await page.keyboard.press("/");
  assert.equal(await page.evaluate(() => document.activeElement.id), "q");
  await page.keyboard.down("Control");
  await page.keyboard.press("a");
  await page.keyboard.up("Control");
  await page.keyboard.type("Guterres");
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  assert.ok(page.url().includes("q=Guterres"));
  let reached = false;
  for (let i = 0; i < 40 && !reached; ++i) {
    await page.keyboard.press("Tab");
    reached = await page.evaluate(() => !!document.activeElement.closest(".result"));
  }
  assert.ok(reached, "a result link takes the focus");
  assert.ok(await page.$("main[id=main]") && await page.$("[role=search]") &&
    await page.$("[aria-live]") && await page.$("label[for=q]"));
});

test("readable on a phone: one column, nothing wider than the screen", async () => {
  await page.setViewport({ width: 390, height: 844, isMobile: true, hasTouch: true });
  await page.goto(`${base}?q=Taliban`);
  const { scroll, width } = await page.evaluate(() =>
    ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  assert.ok(scroll <= width, `page ${scroll}px wide on a ${width}px screen`);
  await shot("search-phone");
});

test("with JavaScript off, search, results, paging and articles still work", async () => {
  await page.setJavaScriptEnabled(false);
  await search("said");
  assert.equal((await texts(".result h2 a")).length, 20);
  await Promise.all([page.waitForNavigation(), page.click("a[rel=next]")]);
  assert.equal(await page.$eval("ol.results", (n) => n.getAttribute("start")), "21");
  await Promise.all([page.waitForNavigation(), page.click(".result h2 a")]);
  assert.ok(page.url().includes("/article?id="));
  assert.ok((await texts(".text p")).length >= 1);
});
