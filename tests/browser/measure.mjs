// Loads each explorer view in headless Chromium, from a cold cache, and prints one JSON line per
// load: bytes transferred (as sent, so gzipped where the server gzips) and decoded, requests by
// kind, First Contentful Paint and the time until the view's data is on screen.
// Usage: node measure.mjs http://127.0.0.1:PORT RUNS [slow4g]   (bench/explorer.py runs it)
import { launch } from "./chromium.mjs";

const [origin, runsArg, throttle] = process.argv.slice(2);
const RUNS = Number(runsArg ?? 5);
// Lighthouse's mobile throttling ("Slow 4G"): 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up.
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

export const VIEWS = [
  { name: "home", path: "/explorer/", ready: "ol.ranked.countries li" },
  { name: "country", path: "/explorer/country/KAZ", ready: "ol[aria-label='Partners by number of events'] li" },
  { name: "relation", path: "/explorer/relation/KAZ-TUR", ready: "canvas[data-drawn=true]" },
  { name: "articles", path: "/explorer/articles?q=Kazakhstan", ready: "ol.articles li" },
  { name: "article", path: "/explorer/article/Article%3Aart_78ff09250efc477d?start=175&end=347", ready: "mark.current" },
];

const browser = await launch();

function kind(url) {
  const { hostname, pathname: path } = new URL(url);
  if (hostname !== "127.0.0.1") return "elsewhere";
  if (path === "/graphql") return "graphql";
  if (path.startsWith("/explorer/assets/")) return "asset";
  return "document";
}

async function load(view, warm) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  if (throttle === "slow4g") await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
  // Chromium's own count of the bytes each response took on the wire (headers and encoded body).
  const sizes = new Map();
  const cached = new Set();
  cdp.on("Network.requestServedFromCache", (e) => cached.add(e.requestId));
  cdp.on("Network.responseReceived", (e) => {
    if (e.response.fromDiskCache || e.response.status === 304) cached.add(e.requestId);
  });
  const requests = [];
  cdp.on("Network.requestWillBeSent", (e) => requests.push({ id: e.requestId, url: e.request.url }));
  cdp.on("Network.loadingFinished", (e) => sizes.set(e.requestId, e.encodedDataLength));
  const decoded = new Map();
  cdp.on("Network.dataReceived", (e) => decoded.set(e.requestId, (decoded.get(e.requestId) ?? 0) + e.dataLength));
  // No page.route() here: Playwright's request interception turns the HTTP cache off, and the return
  // visit is measured with it. The browser tests prove the page asks nothing of other hosts; this
  // counts any such request anyway ("elsewhere").
  if (warm) {
    // A first visit fills the HTTP cache; the second, measured, is a return visit.
    await page.goto(origin + view.path);
    await page.waitForSelector(view.ready, { timeout: 30_000 });
    requests.length = 0;
    sizes.clear();
    cached.clear();
    decoded.clear();
  }
  await page.goto(origin + view.path);
  const ready = await (
    await page.waitForFunction((selector) => document.querySelector(selector) && performance.now(), view.ready, {
      polling: "raf",
      timeout: 60_000,
    })
  ).jsonValue();
  await page.waitForLoadState("networkidle");
  const fcp = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null);
  const byKind = { document: 0, asset: 0, graphql: 0, elsewhere: 0, fromCache: 0 };
  let transferred = 0;
  let body = 0;
  for (const { id, url } of requests) {
    if (!url.startsWith("http")) continue;
    byKind[kind(url)] += 1;
    if (cached.has(id)) byKind.fromCache += 1;
    transferred += sizes.get(id) ?? 0;
    body += decoded.get(id) ?? 0;
  }
  if (process.env.MEASURE_DEBUG) {
    for (const { id, url } of requests) console.error(view.name, warm, url.slice(0, 90), sizes.get(id), cached.has(id));
  }
  await context.close();
  return {
    view: view.name,
    warm,
    throttle: throttle ?? "none",
    requests: byKind,
    transferred,
    decoded: body,
    fcp: Math.round(fcp),
    ready: Math.round(ready),
  };
}

try {
  for (const view of VIEWS) {
    for (const warm of [false, true]) {
      for (let run = 0; run < RUNS; run++) console.log(JSON.stringify(await load(view, warm)));
    }
  }
} finally {
  await browser.close();
}
