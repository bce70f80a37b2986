// The GraphQL client: urql with graphcache's normalized cache (objects keyed by their global
// `id`), Relay pagination merged by the cache, and every query sent as a persisted document
// over GET, which HTTP caches may keep (entente/http/caching.py).
import { Client, fetchExchange, gql } from "@urql/core";
import { cacheExchange } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";
import persisted from "virtual:persisted";

export const ENDPOINT = "/graphql";

// The documents, parsed from the texts the build registered (see vite.config.js).
export const documents = Object.fromEntries(Object.entries(persisted).map(([name, { text }]) => [name, gql(text)]));
const byName = new Map(Object.entries(persisted).map(([name, { text, id }]) => [name, { text, id }]));

/** fetch for urql: the query text in the URL becomes the document's id, so the URL stays short and
 * the server runs only what it registered (it works with ENTENTE_PERSISTED_ONLY=1). */
export function persistedFetch(input, init) {
  const url = new URL(typeof input === "string" ? input : input.url, window.location.href);
  const name = url.searchParams.get("operationName");
  const known = byName.get(name);
  if (!known || url.searchParams.get("query") !== known.text) {
    // A document the build did not register: a bug of the explorer, never sent as text.
    return Promise.reject(new Error(`The explorer has no persisted document for operation ${name}.`));
  }
  url.searchParams.delete("query");
  url.searchParams.set("documentId", known.id);
  return fetch(url.pathname + url.search, init);
}

// Types without an id are embedded in their parent, not normalized.
const embedded = () => null;
const keys = Object.fromEntries(
  [
    "PageInfo", "PartialDate", "Period", "Evidence", "TradeSeries", "TradePoint", "EventCount",
    "TradePartner", "EventPartner",
    ...["Country", "Relation", "Event", "Article", "TradePartner", "EventPartner"].flatMap((t) => [
      `${t}Connection`,
      `${t}Edge`,
    ]),
  ].map((type) => [type, embedded]),
);

export function makeClient() {
  return new Client({
    url: ENDPOINT,
    preferGetMethod: "force",
    fetch: persistedFetch,
    requestPolicy: "cache-first",
    exchanges: [
      cacheExchange({
        keys,
        resolvers: {
          Query: { countries: relayPagination(), articles: relayPagination() },
          Country: {
            relations: relayPagination(),
            partnersByTrade: relayPagination(),
            partnersByEvents: relayPagination(),
          },
          Relation: { events: relayPagination() },
        },
      }),
      fetchExchange,
    ],
  });
}
