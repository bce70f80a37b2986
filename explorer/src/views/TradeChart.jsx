// The trade timeline of a relation (Relation.tradeTimeline): one bar chart per unit, so that
// currencies are never mixed on one axis, each with a table of the same points for reading
// (and for screen readers); and the relation's events counted by type and year.
import { useQuery } from "@urql/preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { documents } from "../client.js";
import {
  articleHref,
  Empty,
  ErrorState,
  formatShort,
  formatValue,
  humanize,
  Loading,
  periodLabel,
  periodSortKey,
} from "../common.jsx";
import { Link } from "../router.jsx";

const COLOURS = ["#1f6f8b", "#c4622d", "#4f8a3c", "#8a4f9e", "#b8860b", "#5b6770"];
const RESOLUTIONS = {
  ONLY_ONE: "one report",
  AGREE: "reports agree",
  EXACT_OVER_HEDGED: "exact value preferred over hedged ones",
  MORE_SOURCES: "value more articles report",
  LATEST_REPORT: "most recent report",
  TIE: "reports disagree; first by id",
};

function seriesLabel(series) {
  const direction =
    series.origin || series.destination
      ? ` (${series.origin?.name ?? "?"} → ${series.destination?.name ?? "?"})`
      : "";
  return humanize(series.metric) + direction;
}

function unitTitle(unit) {
  if (unit === "COUNT") return "Counts";
  if (unit === "PERCENT") return "Percentages";
  return `In ${unit}`;
}

/** The points of several series on one axis of periods, oldest first. */
function align(seriesList) {
  const periods = new Map();
  for (const series of seriesList) {
    for (const point of series.points) {
      const label = periodLabel(point.period, point.asOf);
      periods.set(label, periodSortKey(point.period, point.asOf));
    }
  }
  const labels = [...periods.keys()].sort((x, y) => periods.get(x).localeCompare(periods.get(y)));
  const datasets = seriesList.map((series, i) => {
    const byLabel = new Map(series.points.map((p) => [periodLabel(p.period, p.asOf), p]));
    return {
      label: seriesLabel(series),
      data: labels.map((label) => (byLabel.has(label) ? Number(byLabel.get(label).value) : null)),
      points: labels.map((label) => byLabel.get(label) ?? null),
      backgroundColor: COLOURS[i % COLOURS.length],
    };
  });
  return { labels, datasets };
}

function BarChart({ unit, seriesList }) {
  const canvas = useRef(null);
  const [failed, setFailed] = useState(null);
  const { labels, datasets } = align(seriesList);
  useEffect(() => {
    let chart = null;
    let gone = false;
    import("../chart.js")
      .then(({ Chart }) => {
        if (gone) return;
        chart = draw(Chart);
        canvas.current.dataset.drawn = "true"; // for the browser tests: the canvas holds the chart
      })
      .catch((error) => setFailed(String(error)));
    return () => {
      gone = true;
      chart?.destroy();
    };
  }, [unit, JSON.stringify(labels), JSON.stringify(datasets.map((d) => d.data))]);
  const draw = (Chart) =>
    new Chart(canvas.current, {
      type: "bar",
      data: { labels, datasets: datasets.map(({ points, ...d }) => d) },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: {
          legend: { position: "bottom" },
          tooltip: {
            callbacks: {
              label: (item) => {
                const point = datasets[item.datasetIndex].points[item.dataIndex];
                const text = `${item.dataset.label}: ${formatValue(point.value, unit, point.qualifier)}`;
                return point.conflicting ? `${text} (conflicting reports)` : text;
              },
            },
          },
        },
        scales: {
          x: { title: { display: true, text: "Period" } },
          y: {
            beginAtZero: true,
            title: { display: true, text: unit },
            ticks: { callback: (value) => formatShort(value) },
          },
        },
      },
    });
  const description = datasets
    .map((d) => `${d.label}: ${labels.map((l, i) => (d.data[i] == null ? null : `${l} ${formatShort(d.data[i])}`)).filter(Boolean).join(", ")}`)
    .join("; ");
  return (
    <div class="chart">
      {failed ? <p class="state error">The chart could not be drawn: {failed}</p> : null}
      <canvas ref={canvas} role="img" aria-label={`Bar chart, ${unitTitle(unit)}. ${description}`} data-unit={unit} />
    </div>
  );
}

function PointsTable({ unit, seriesList }) {
  return (
    <table class="points">
      <caption>Figures {unit === "COUNT" || unit === "PERCENT" ? `as ${unitTitle(unit).toLowerCase()}` : `in ${unit}`}</caption>
      <thead>
        <tr>
          <th scope="col">Series</th>
          <th scope="col">Period</th>
          <th scope="col">Value</th>
          <th scope="col">How it was chosen</th>
          <th scope="col">Reported in</th>
        </tr>
      </thead>
      <tbody>
        {seriesList.flatMap((series) =>
          series.points.map((point, i) => {
            const source = point.figures[0]?.sources[0];
            return (
              <tr key={`${seriesLabel(series)}:${i}`} class={point.conflicting ? "conflicting" : null}>
                <td>{seriesLabel(series)}</td>
                <td>{periodLabel(point.period, point.asOf)}</td>
                <td class="num">{formatValue(point.value, unit, point.qualifier)}</td>
                <td>
                  {RESOLUTIONS[point.resolution] ?? humanize(point.resolution)}
                  {point.conflicting ? ` (${point.figures.length} differing figures)` : ""}
                </td>
                <td>
                  {source ? (
                    <Link to={articleHref(source.article.id, source)}>{source.article.title ?? "article"}</Link>
                  ) : null}
                  {point.figures.length > 1 ? <span class="muted"> +{point.figures.length - 1}</span> : null}
                </td>
              </tr>
            );
          }),
        )}
      </tbody>
    </table>
  );
}

function EventCounts({ counts }) {
  if (!counts.length) return <Empty>No events to count.</Empty>;
  const years = [...new Set(counts.map((c) => c.year))].sort((x, y) => (x ?? 0) - (y ?? 0));
  const types = [...new Set(counts.map((c) => c.type))];
  const count = (type, year) => counts.find((c) => c.type === type && c.year === year)?.count ?? "";
  return (
    <table class="counts" aria-labelledby="counts-heading">
      <thead>
        <tr>
          <th scope="col">Type</th>
          {years.map((year) => (
            <th scope="col" key={String(year)}>
              {year ?? "undated"}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {types.map((type) => (
          <tr key={type}>
            <th scope="row">{humanize(type)}</th>
            {years.map((year) => (
              <td class="num" key={String(year)}>
                {count(type, year)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function TradeTimeline({ a, b }) {
  const [result, reexecute] = useQuery({ query: documents.TradeTimeline, variables: { a, b } });
  const { data, error } = result;
  let trade;
  let counts;
  if (error && !data) {
    trade = <ErrorState error={error} what="the trade timeline" retry={() => reexecute({ requestPolicy: "network-only" })} />;
    counts = <ErrorState error={error} what="the counts of events" />;
  } else if (!data) {
    trade = <Loading what="the trade timeline" />;
    counts = <Loading what="the counts of events" />;
  } else {
    const timeline = data.relation?.tradeTimeline ?? [];
    const units = [...new Set(timeline.map((s) => s.unit))];
    trade = units.length ? (
      units.map((unit) => {
        const seriesList = timeline.filter((s) => s.unit === unit);
        return (
          <figure key={unit} class="trade" aria-labelledby={`trade-${unit}`}>
            <h3 id={`trade-${unit}`}>{unitTitle(unit)}</h3>
            <BarChart unit={unit} seriesList={seriesList} />
            <PointsTable unit={unit} seriesList={seriesList} />
          </figure>
        );
      })
    ) : (
      <Empty>No trade figures are reported for this relation.</Empty>
    );
    counts = <EventCounts counts={data.relation?.eventCounts ?? []} />;
  }
  return (
    <>
      <section aria-labelledby="trade-heading">
        <h2 id="trade-heading">Trade over time</h2>
        {trade}
      </section>
      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading">Events by type and year</h2>
        {counts}
      </section>
    </>
  );
}
