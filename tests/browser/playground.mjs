// Opens the playground in headless Chromium with every request off 127.0.0.1 blocked, runs the
// example query, waits for Kazakhstan in the result pane and saves a screenshot.
// Usage: node playground.mjs http://127.0.0.1:PORT/graphql path/to/screenshot.png
import { launch } from "./chromium.mjs";

const [url, screenshot] = process.argv.slice(2);
if (!url || !screenshot) {
  console.error("usage: node playground.mjs URL SCREENSHOT");
  process.exit(2);
}

const browser = await launch();
const report = { blocked: [], served: [], pageErrors: [], consoleErrors: [] };
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  // The proof that the playground is offline: nothing but the test's server is reachable.
  await page.route("**/*", (route) => {
    const target = new URL(route.request().url());
    if (target.hostname === "127.0.0.1") {
      report.served.push(target.pathname);
      return route.continue();
    }
    report.blocked.push(target.href);
    return route.abort("blockedbyclient");
  });
  page.on("pageerror", (error) => report.pageErrors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") report.consoleErrors.push(message.text());
  });

  await page.goto(url, { waitUntil: "load" });
  const editor = page.locator(".graphiql-query-editor");
  await editor.getByText("KazakhstanRelations").first().waitFor({ timeout: 30_000 });
  await page.locator(".graphiql-execute-button").click();
  const result = page.locator(".graphiql-response");
  await result.getByText('"Kazakhstan"').first().waitFor({ timeout: 30_000 });
  report.result = (await result.innerText()).slice(0, 400);
  await page.screenshot({ path: screenshot });
} finally {
  await browser.close();
  console.log(JSON.stringify(report));
}
if (report.blocked.length || report.pageErrors.length) {
  process.exitCode = 1;
}
