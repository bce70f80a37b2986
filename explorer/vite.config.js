// Builds the explorer into entente/http/static/explorer/ (committed, shipped as package data):
//   index.html, assets/*.js|css with content hashes (and .gz beside them, served precompressed),
//   persisted-documents.json  {sha256:<hex>: text} of every document the page sends, which the
//                             server registers at startup (the format `entente persist` reads),
//   sources.sha256            the hash of the sources below, which tests/test_explorer.py
//                             recomputes so that a build older than its sources fails CI.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { formatDocument, gql, stringifyDocument } from "@urql/core";
import { defineConfig } from "vite";
import * as documents from "./src/documents.js";

const ROOT = fileURLToPath(new URL(".", import.meta.url));
const OUT = join(ROOT, "..", "entente", "http", "static", "explorer");
// What the build depends on; keep in step with SOURCES in tests/test_explorer.py.
const SOURCES = ["index.html", "package.json", "package-lock.json", "vite.config.js", "src"];

function files(path) {
  try {
    return readdirSync(path, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(join(path, entry.name)) : [join(path, entry.name)],
    );
  } catch {
    return [path];
  }
}

/** sha256 over every source file: its path from explorer/ (with /), a NUL, its bytes, a NUL; in path order. */
export function sourcesHash() {
  const paths = SOURCES.flatMap((name) => files(join(ROOT, name)))
    .map((path) => relative(ROOT, path).split(sep).join("/"))
    .sort();
  const hash = createHash("sha256");
  for (const path of paths) {
    hash.update(path + "\0");
    hash.update(readFileSync(join(ROOT, path)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

/** Each document's text exactly as urql sends it after graphcache added __typename, and its id. */
function persisted() {
  return Object.entries(documents).map(([name, source]) => {
    const text = stringifyDocument(formatDocument(gql(source)));
    return { name, text, id: "sha256:" + createHash("sha256").update(text, "utf8").digest("hex") };
  });
}

function entente() {
  const VIRTUAL = "virtual:persisted";
  return {
    name: "entente-explorer",
    resolveId: (id) => (id === VIRTUAL ? "\0" + VIRTUAL : null),
    load(id) {
      if (id !== "\0" + VIRTUAL) return null;
      // The page parses the formatted texts themselves, so what it would send is what was registered.
      const byName = Object.fromEntries(persisted().map(({ name, text, id }) => [name, { text, id }]));
      return `export default ${JSON.stringify(byName)};`;
    },
    generateBundle() {
      const manifest = Object.fromEntries(persisted().map(({ id, text }) => [id, text]));
      this.emitFile({
        type: "asset",
        fileName: "persisted-documents.json",
        source: JSON.stringify(manifest, null, 2) + "\n",
      });
      this.emitFile({ type: "asset", fileName: "sources.sha256", source: sourcesHash() + "\n" });
    },
    writeBundle(options, bundle) {
      // Precompressed copies for clients that accept gzip (the server picks them; level 9, no mtime).
      for (const name of Object.keys(bundle)) {
        if (!/\.(js|css)$/.test(name)) continue;
        const path = join(options.dir, name);
        writeFileSync(path + ".gz", gzipSync(readFileSync(path), { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  base: "/explorer/",
  plugins: [entente()],
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    outDir: OUT,
    emptyOutDir: true,
    assetsDir: "assets",
    sourcemap: false,
    modulePreload: { polyfill: false },
    reportCompressedSize: true,
  },
  server: { proxy: { "/graphql": "http://127.0.0.1:8000" } },
});
