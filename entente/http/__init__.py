"""HTTP concerns: the /graphql view and its negotiation, refusals, persisted documents, caching, CORS,
CSRF, security headers, request ids, rate limits and the offline playground."""
