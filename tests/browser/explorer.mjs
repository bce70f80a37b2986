// Drives the explorer in headless Chromium against a live `entente serve`, with every request off
// 127.0.0.1 blocked and recorded, and prints a JSON report of what was on screen at each step for
// tests/test_explorer_browser.py to check. Screenshots land in the given directory.
// Usage: node explorer.mjs http://127.0.0.1:PORT ARTIFACTS_DIR
import { launch } from "./chromium.mjs";

const [origin, artifacts] = process.argv.slice(2);
if (!origin || !artifacts) {
  console.error("usage: node explorer.mjs http://127.0.0.1:PORT ARTIFACTS_DIR");
  process.exit(2);
}
const TIMEOUT = 30_000;

const browser = await launch();
const report = { blocked: [], graphql: [], pageErrors: [], consoleErrors: [], steps: {} };

async function newPage({ recordConsole = true } = {}) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Nothing but the test's server is reachable: the page must need nothing else.
  await page.route("**/*", (route) => {
    const target = new URL(route.request().url());
    if (target.hostname !== "127.0.0.1") {
      report.blocked.push(target.href);
      return route.abort("blockedbyclient");
    }
    if (target.pathname === "/graphql") {
      report.graphql.push({ method: route.request().method(), params: Object.fromEntries(target.searchParams) });
    }
    return route.continue();
  });
  page.on("pageerror", (error) => report.pageErrors.push(String(error)));
  page.on("console", (message) => {
    if (recordConsole && message.type() === "error") report.consoleErrors.push(message.text());
  });
  return page;
}

const texts = (locator) => locator.evaluateAll((nodes) => nodes.map((n) => n.textContent.trim()));
const heading = (page) => page.locator("main h1").first().innerText();

try {
  const page = await newPage();

  // 1. Search a country, then open it by a click (history navigation, no reload).
  await page.goto(`${origin}/explorer/`);
  await page.getByRole("heading", { name: "Countries", level: 1 }).waitFor({ timeout: TIMEOUT });
  await page.getByLabel("Search a country").fill("kaz");
  const found = page.locator("ol.ranked.countries li");
  await found.first().waitFor({ timeout: TIMEOUT });
  report.steps.search = { heading: await heading(page), found: await texts(found.locator("a")) };
  await page.getByRole("link", { name: "Kazakhstan", exact: true }).click();

  // 2. Kazakhstan: facts, partners ranked by trade and by events, and its relations.
  await page.getByRole("heading", { name: "Kazakhstan", level: 1 }).waitFor({ timeout: TIMEOUT });
  const byEvents = page.getByRole("list", { name: "Partners by number of events" });
  await byEvents.waitFor({ timeout: TIMEOUT });
  const byTrade = page.getByRole("list", { name: "Partners by trade turnover" });
  await byTrade.waitFor({ timeout: TIMEOUT });
  report.steps.country = {
    url: page.url(),
    heading: await heading(page),
    headings: await texts(page.locator("main h2")),
    byTrade: await texts(byTrade.locator("li")),
    byEvents: await texts(byEvents.locator("li")),
    relations: await texts(page.locator("ul.relations li a")),
  };
  // The next page of a ranking, after its cursor, merged into the list by the cache.
  const shown = byEvents.locator("xpath=following-sibling::div[@class='more']/p");
  report.steps.country.shownBefore = await shown.innerText();
  await page.getByRole("button", { name: "Load more partners" }).click();
  await page.waitForFunction(() => !document.querySelector("button[disabled]"));
  await shown.filter({ hasNotText: report.steps.country.shownBefore }).waitFor({ timeout: TIMEOUT });
  report.steps.country.shownAfter = await shown.innerText();
  report.steps.country.byEventsAll = await texts(byEvents.locator("li"));
  await page.screenshot({ path: `${artifacts}/explorer-country.png`, fullPage: true });
  await page.getByRole("link", { name: "Kazakhstan – Türkiye" }).click();

  // 3. Kazakhstan–Türkiye: the trade chart (one per currency) and the event timeline with sources.
  await page.getByRole("heading", { name: "Kazakhstan – Türkiye", level: 1 }).waitFor({ timeout: TIMEOUT });
  await page.locator("canvas[data-drawn=true]").first().waitFor({ timeout: TIMEOUT });
  await page.locator("ol.timeline h3").first().waitFor({ timeout: TIMEOUT });
  const charts = page.locator("figure.trade");
  report.steps.relation = {
    url: page.url(),
    heading: await heading(page),
    headings: await texts(page.locator("main h2")),
    chartTitles: await texts(charts.locator("h3")),
    chartUnits: await page.locator("canvas[data-drawn=true]").evaluateAll((nodes) => nodes.map((n) => n.dataset.unit)),
    chartLabels: await page.locator("figure.trade canvas").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("aria-label"))),
    // How much of the canvas is painted: a blank one would be all transparent.
    chartPainted: await page.locator("figure.trade canvas").first().evaluate((canvas) => {
      const { data } = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]) painted++;
      return painted / (data.length / 4);
    }),
    tableCaptions: await texts(charts.locator("caption")),
    periods: await texts(charts.locator("tbody td:nth-child(2)")),
    events: await texts(page.locator("ol.timeline h3")),
    firstQuote: (await texts(page.locator("ol.timeline blockquote")))[0],
    countsTable: await texts(page.locator("table.counts tbody th")),
  };
  await page.screenshot({ path: `${artifacts}/explorer-relation.png`, fullPage: true });

  // 4. The first source of the first event: the article, its quoted evidence highlighted.
  await page.locator("ol.timeline .sources .cite a").first().click();
  await page.locator("mark.current").waitFor({ timeout: TIMEOUT });
  report.steps.article = {
    url: page.url(),
    heading: await heading(page),
    current: await page.locator("mark.current").innerText(),
    focused: await page.evaluate(() => document.activeElement?.id),
    marks: await page.locator(".text mark").count(),
  };
  await page.screenshot({ path: `${artifacts}/explorer-article.png` });

  // 5. Back: the relation again, from the normalized cache (no request).
  const sent = report.graphql.length;
  await page.goBack();
  await page.getByRole("heading", { name: "Kazakhstan – Türkiye", level: 1 }).waitFor({ timeout: TIMEOUT });
  await page.locator("canvas[data-drawn=true]").first().waitFor({ timeout: TIMEOUT });
  report.steps.back = { heading: await heading(page), requests: report.graphql.length - sent };

  // 6. A deep link loaded directly: an article search.
  await page.goto(`${origin}/explorer/articles?q=${encodeURIComponent("Tokayev visit")}`);
  await page.locator("ol.articles li").first().waitFor({ timeout: TIMEOUT });
  report.steps.deepLink = {
    heading: await heading(page),
    field: await page.getByLabel("Search articles").inputValue(),
    results: await texts(page.locator("ol.articles li a")),
    count: await page.locator(".more .count").innerText(),
  };

  // 7. Empty states: a search that finds nothing; a country with no relations.
  await page.getByLabel("Search articles").fill("zzyzx");
  await page.getByRole("button", { name: "Search" }).click();
  await page.locator(".state.empty").waitFor({ timeout: TIMEOUT });
  report.steps.emptySearch = { url: page.url(), text: await page.locator(".state.empty").innerText() };
  await page.screenshot({ path: `${artifacts}/explorer-empty.png` });
  await page.goto(`${origin}/explorer/country/USA`);
  await page.locator(".state.empty").waitFor({ timeout: TIMEOUT });
  report.steps.emptyCountry = { heading: await heading(page), text: await page.locator(".state.empty").innerText() };

  // 8. A GraphQL error shown as the server gave it: a search of more than 50 words.
  const words = Array.from({ length: 51 }, (_, i) => `w${i}`).join(" ");
  await page.goto(`${origin}/explorer/articles?q=${encodeURIComponent(words)}`);
  await page.getByRole("alert").waitFor({ timeout: TIMEOUT });
  report.steps.graphqlError = { text: await page.getByRole("alert").innerText() };
  await page.screenshot({ path: `${artifacts}/explorer-error.png` });

  // 9. The server out of reach, then back: the network error, and Try again.
  const offline = await newPage({ recordConsole: false }); // the refused requests are logged as errors
  await offline.route("**/graphql?**", (route) => route.abort("connectionrefused"));
  await offline.goto(`${origin}/explorer/relation/KAZ-GBR`);
  await offline.getByRole("alert").first().waitFor({ timeout: TIMEOUT });
  const down = await offline.getByRole("alert").first().innerText();
  await offline.unroute("**/graphql?**");
  await offline.getByRole("button", { name: "Try again" }).first().click();
  await offline.getByRole("heading", { name: "Kazakhstan – United Kingdom", level: 1 }).waitFor({ timeout: TIMEOUT });
  report.steps.networkError = { text: down, after: await heading(offline) };

  // 10. A country by an alias and Enter: the one match opens.
  await page.goto(`${origin}/explorer/`);
  await page.getByLabel("Search a country").fill("Turkey");
  await page.locator("ol.ranked.countries li").first().waitFor({ timeout: TIMEOUT });
  await page.getByLabel("Search a country").press("Enter");
  await page.getByRole("heading", { name: "Türkiye", level: 1 }).waitFor({ timeout: TIMEOUT });
  report.steps.enter = { url: page.url(), heading: await heading(page) };

  // 11. A path the explorer does not know.
  await page.goto(`${origin}/explorer/no/such/page`);
  await page.getByRole("heading", { level: 1 }).waitFor({ timeout: TIMEOUT });
  report.steps.notFound = { heading: await heading(page) };
} catch (error) {
  report.failure = String(error);
} finally {
  await browser.close();
  console.log(JSON.stringify(report));
}
if (report.failure || report.blocked.length || report.pageErrors.length) {
  process.exitCode = 1;
}
