// Fetches Kazakhstan's relations from an Entente server with a typed document.
// Usage: npm run build && node dist/main.js [http://127.0.0.1:8000/graphql] [country code]
import { GraphQLClient } from "graphql-request";

import { KazakhstanRelationsDocument, type KazakhstanRelationsQuery } from "./generated/graphql.js";

type Relation = NonNullable<KazakhstanRelationsQuery["country"]>["relations"]["edges"][number]["node"];

export function describe(relation: Relation, of: string): string {
  const other = relation.countries.find((country) => country.name !== of) ?? relation.countries[0]!;
  const events = relation.events.edges.map(({ node }) => {
    const figures = node.figures.map((figure) => `${figure.metric} ${figure.value} ${figure.unit}`);
    return `  ${node.date?.iso ?? "undated"} ${node.type}: ${node.title}${figures.length ? ` [${figures.join("; ")}]` : ""}`;
  });
  return [`${other.name} (latest ${relation.latest?.iso ?? "unknown"})`, ...events].join("\n");
}

async function main(): Promise<void> {
  const url = process.argv[2] ?? "http://127.0.0.1:8000/graphql";
  const code = process.argv[3] ?? "KZ";
  const client = new GraphQLClient(url);
  // The result is typed from the document: no casts, and a renamed field fails `tsc`.
  const data = await client.request(KazakhstanRelationsDocument, { code });
  if (!data.country) {
    throw new Error(`no country ${code}`);
  }
  const { name, relations } = data.country;
  console.log(`${name}: ${relations.totalCount} relation(s)`);
  for (const { node } of relations.edges) {
    console.log(describe(node, name));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
