// Shared pieces: loading, error and empty states, and how values, dates and periods read.

export function Loading({ what }) {
  return (
    <p class="state loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

/** A failed query: the server's GraphQL error messages, or that the server cannot be reached. */
export function ErrorState({ error, what, retry }) {
  const network = error.networkError && !error.graphQLErrors.length;
  return (
    <div class="state error" role="alert">
      <p>
        <strong>{network ? `Cannot reach the server to load ${what}.` : `The server could not load ${what}.`}</strong>
      </p>
      {network ? (
        <p>Check that Entente is running and that you are online, then try again.</p>
      ) : (
        <ul>
          {error.graphQLErrors.map((e, i) => (
            <li key={i}>
              {e.message}
              {e.extensions?.code ? <code class="code"> {e.extensions.code}</code> : null}
            </li>
          ))}
        </ul>
      )}
      {retry ? (
        <button type="button" onClick={retry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

export function Empty({ children }) {
  return <p class="state empty">{children}</p>;
}

/** "Load more" for a Relay connection; the cache merges the pages (relayPagination). */
export function More({ pageInfo, fetching, onMore, shown, total, noun }) {
  return (
    <div class="more">
      <p class="count">
        Showing {shown} of {total} {noun}
      </p>
      {pageInfo?.hasNextPage ? (
        <button type="button" disabled={fetching} onClick={() => onMore(pageInfo.endCursor)}>
          {fetching ? "Loading…" : `Load more ${noun}`}
        </button>
      ) : null}
    </div>
  );
}

const compact = new Intl.NumberFormat("en", { notation: "compact", compactDisplay: "long", maximumFractionDigits: 2 });
const plain = new Intl.NumberFormat("en", { maximumFractionDigits: 2 });

const QUALIFIERS = { EXACT: "", ABOUT: "about ", MORE_THAN: "over ", LESS_THAN: "under ", TARGET: "target " };

/** "about 4 billion USD", "12 %", "350 companies" ... from a Decimal string in base units. */
export function formatValue(value, unit, qualifier = "EXACT") {
  const number = Number(value);
  const prefix = QUALIFIERS[qualifier] ?? "";
  if (unit === "PERCENT") return `${prefix}${plain.format(number)} %`;
  if (unit === "COUNT") return `${prefix}${plain.format(number)}`;
  return `${prefix}${compact.format(number)} ${unit}`;
}

export function formatShort(value) {
  return new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 }).format(Number(value));
}

export function humanize(name) {
  return name.charAt(0) + name.slice(1).toLowerCase().replaceAll("_", " ");
}

/** A period as people read it: "2022", "2021–2022", "since 1992 (to 2022)", "as of 2025-06-03". */
export function periodLabel(period, asOf) {
  if (!period) return asOf ? `as of ${asOf}` : "no period stated";
  const start = period.start?.iso;
  const end = period.end?.iso;
  if (period.cumulative) return start ? `since ${start}${end ? ` (to ${end})` : ""}` : `to ${end}`;
  if (start && end) return start === end ? start : `${start}–${end}`;
  if (start) return `from ${start}`;
  return end ? `to ${end}` : "no period stated";
}

/** A key that sorts periods in time: the start (or end, or as-of date), then the end. */
export function periodSortKey(period, asOf) {
  const start = period?.start?.iso ?? period?.end?.iso ?? asOf ?? "";
  return `${start}|${period?.end?.iso ?? ""}`;
}

export function dateRange(date, endDate, dateText) {
  if (!date) return dateText || "date unknown";
  return endDate && endDate.iso !== date.iso ? `${date.iso} – ${endDate.iso}` : date.iso;
}

export function articleHref(id, evidence) {
  const params = evidence ? `?start=${evidence.start}&end=${evidence.end}` : "";
  return `/explorer/article/${encodeURIComponent(id)}${params}`;
}

export function useTitle(title) {
  if (typeof document !== "undefined") document.title = title ? `${title} · Entente explorer` : "Entente explorer";
}
