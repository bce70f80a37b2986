// Runs the graphql-http server audits (GraphQL over HTTP spec conformance) against a URL.
// Usage: node audit.mjs http://127.0.0.1:8000/graphql
// Prints a JSON array of {id, name, status, reason}. status is "ok", or for a failed audit
// "error" (MUST), "warn" (SHOULD) or "notice" (MAY); an audit that crashes (the server is
// unreachable, say) is an "error". The exit status is 0 whatever the results: the caller
// (tests/test_http_audit.py) judges them.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint URL>');
  process.exit(2);
}

const results = [];
for (const { id, name, fn } of serverAudits({ url, fetchFn: fetch })) {
  let result;
  try {
    result = await fn();
  } catch (err) {
    result = { status: 'error', reason: `audit crashed: ${err && err.stack ? err.stack : err}` };
  }
  results.push({
    id,
    name,
    status: result.status,
    reason: result.status === 'ok' ? '' : String(result.reason),
  });
}
console.log(JSON.stringify(results, null, 2));
