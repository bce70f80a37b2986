"""Figures: money, percentages and counts with their metric, period, qualifier and countries."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from entente.documents import Metric, Qualifier
from seed.extract.amounts import find_amounts
from seed.extract.calendar_words import calendar_key
from seed.extract.context import Context
from seed.extract.dates import NUMBERS, TimeExpr, find_times
from seed.extract.figure_periods import (
    FLOWS,
    clause_of,
    figure_period,
    figure_times,
    growth_of_the_figure_before,
    running_totals,
)
from seed.extract.gazetteer import find_region
from seed.extract.metrics import metric_of, other_label
from seed.extract.money import (
    COMPANIES,
    GROWTH,
    NUMBER_OF,
    PARTICIPANTS_AFTER,
    PARTICIPANTS_BEFORE,
    PERCENT,
    TARGET,
    read_qualifier,
    to_decimal,
)
from seed.extract.sentences import Sentence

_BY = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?$")
# An amount's equivalent in parentheses: "RM1.2 billion (about $270 million)", "Sh410 billion ($3.17 billion)".
_EQUIVALENT = re.compile(
    r"\s*\(\s*(?:about|around|approximately|roughly|some|nearly|almost|or|equivalent to|the equivalent of|~)?\s*"
)
_TRADE_CONTEXT = re.compile(r"\btrade|turnover|export|import|invest|FDI|GDP|economy", re.I)


@dataclass
class Figure:
    metric: Metric
    value: Decimal
    unit: str
    qualifier: Qualifier
    start: str | None
    end: str | None
    cumulative: bool
    countries: list[str]
    counterpart: str | None = None
    origin: str | None = None
    destination: str | None = None
    label: str | None = None
    quotes: list[str] = field(default_factory=list)
    since: bool = False  # the period is a running total "since YEAR"


def _word_number(word: str) -> Decimal | None:
    if word.isdecimal():  # not isdigit(): '²' is a digit that Decimal cannot read
        return Decimal(word)
    value = NUMBERS.get(calendar_key(word))
    return Decimal(value) if value and calendar_key(word) not in ("a", "an") else None


class _State:
    def __init__(self) -> None:
        self.currency: str | None = None
        self.metric: Metric | None = None
        self.countries: list[str] = []
        self.counterpart: str | None = None
        self.sentence = -10
        self.period: tuple | None = None


def _usable(times: list[TimeExpr]) -> bool:
    return any(t.role not in ("compare", "purpose") and (t.first or t.role == "since") for t in times)


def _countries(ctx: Context, s: Sentence, state: _State) -> tuple[list[str], str | None]:
    countries = ctx.countries_for(s)
    region = find_region(s.text)
    if len(countries) >= 2:
        return countries, None
    if region and ctx.main:
        return [ctx.main], region
    if state.countries and s.index - state.sentence <= 2:
        return state.countries, state.counterpart
    if ctx.main and ctx.partner:
        return [ctx.main, ctx.partner], None
    return [], None


def _sides(ctx: Context, s: Sentence, metric: Metric, countries: list[str]) -> tuple[str | None, str | None]:
    if metric not in (Metric.EXPORTS, Metric.IMPORTS, Metric.INVESTMENT, Metric.FDI) or len(countries) < 2:
        return None, None
    main, other = countries[0], countries[1]
    origin = dest = None
    for m in ctx.sentence_mentions(s):
        before = s.text[max(0, m.start - s.start - 12) : m.start - s.start].lower()
        after = s.text[m.end - s.start : m.end - s.start + 24].lower()
        if re.search(r"\b(?:from|by)\s+(?:the\s+)?$", before) or re.match(
            r"^(?:['’]s)?\s+(?:has\s+|have\s+)?(?:invest|export|compan|investors|businesses)", after
        ):
            origin = m.code
        elif re.search(r"\b(?:in|into|to)\s+(?:the\s+)?$", before):
            dest = dest or m.code
    if origin and not dest:
        dest = other if origin == main else main
    if dest and not origin:
        origin = other if dest == main else main
    if origin is None:
        if metric == Metric.EXPORTS:
            origin, dest = main, other
        else:
            origin, dest = other, main
    if metric == Metric.IMPORTS and re.search(r"\bimports?\s+(?:to|into)\b", s.text, re.I):
        origin, dest = dest, origin
    return (origin, dest) if origin in countries and dest in countries and origin != dest else (None, None)


def find_figures(ctx: Context) -> list[Figure]:
    figures: list[Figure] = []
    state = _State()
    for s in ctx.sentences:
        text = ctx.dated_text(s)
        times = figure_times(text, find_times(text, ctx.published, fiscal=ctx.fiscal_start), ctx.published)
        time_spans = [(t.start, t.end) for t in times]
        items: list[tuple[int, int, Metric | None, Decimal, str, str | None, Qualifier | None]] = []
        for amount in find_amounts(text, time_spans, ctx.home):
            if amount.unit:
                state.currency = amount.unit
            unit = amount.unit or state.currency or "USD"
            items.append((amount.start, amount.end, None, amount.value, unit, None, amount.qualifier))
        for m in PERCENT.finditer(text):
            if GROWTH.search(text[: m.start()]) and _TRADE_CONTEXT.search(text):
                value = to_decimal(m.group("num"), None)
                if value is not None:
                    items.append((m.start(), m.end(), Metric.GROWTH_RATE, value, "PERCENT", None, None))
        for m in COMPANIES.finditer(text):
            value = to_decimal(m.group("num"), None)
            guests = PARTICIPANTS_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if guests or PARTICIPANTS_AFTER.search(m.group("label")):
                continue
            if value is not None and not re.match(r"\s*(?:million|billion)", text[m.end("num") :]):
                label = (m.group("what") + m.group("label")).strip()
                items.append((m.start("num"), m.end(), Metric.COMPANY_COUNT, value, "COUNT", label, None))
        if not items and not NUMBER_OF.search(text):
            continue
        countries, counterpart = _countries(ctx, s, state)
        if not countries and ctx.main:
            countries = [ctx.main]
        if not countries:
            continue
        spans = [(a, b) for a, b, *_ in items]
        pending: list[Figure] = []
        placed: list[tuple[int, int]] = []  # where each of ``pending`` is in the sentence
        for a, b, metric, value, unit, label, bound in sorted(items, key=lambda item: item[:2]):
            before = text[:a]
            if metric is None:
                metric = metric_of(text, a, b) or (state.metric if s.index - state.sentence <= 1 else None)
                if metric is None:
                    continue
                if metric == Metric.OTHER:
                    label = other_label(text)
                state.metric = metric
                if TARGET.search(before) and metric in (Metric.TRADE_TURNOVER, Metric.EXPORTS, Metric.INVESTMENT):
                    metric = Metric.TRADE_TARGET if metric == Metric.TRADE_TURNOVER else metric
                    qualifier = Qualifier.TARGET
                else:
                    qualifier = read_qualifier(before)
            else:
                qualifier = read_qualifier(before)
            qualifier = bound or qualifier
            own_times = times
            if qualifier == Qualifier.TARGET:  # a target's period is the year it is for: "$10 billion by 2030"
                own_times = [t for t in times if _BY.search(text, max(0, t.start - 20), t.start)]
            if metric == Metric.GROWTH_RATE:  # "up 12 percent from a year earlier": the rate is of the sum's period
                own_times = [t for t in times if t.role != "earlier"]
            if metric == Metric.COMPANY_COUNT:  # "... since 2005, and about 700 companies operate": counts are now
                own_times = [t for t in times if clause_of(text, t.start) == clause_of(text, a)]
            stock = metric in (Metric.INVESTMENT, Metric.FDI)
            start, end, cumulative, since = figure_period(text, own_times, a, b, spans, stock=stock)
            if metric == Metric.DEAL_VALUE:  # what a deal is worth is no flow over a period, whenever it was signed
                start = end = None
                cumulative = since = False
            if metric in FLOWS:
                if start or end:
                    state.period = (start, end, cumulative, since)
                elif s.index - state.sentence <= 1 and state.period and not _usable(times):
                    start, end, cumulative, since = state.period  # "In January-July, trade ... Exports reached ..."
            origin, dest = _sides(ctx, s, metric, countries)
            if placed and _EQUIVALENT.fullmatch(text, placed[-1][1], a):
                twin = pending[-1]  # the same sum in another currency: the same metric, period and sides
                if twin.start is None and twin.end is None:  # the period may be told nearer the second
                    twin.start, twin.end, twin.cumulative, twin.since = start, end, cumulative, since
                metric, label, origin, dest = twin.metric, twin.label, twin.origin, twin.destination
                start, end, cumulative, since = twin.start, twin.end, twin.cumulative, twin.since
            placed.append((a, b))
            pending.append(
                Figure(
                    metric,
                    value,
                    unit,
                    qualifier,
                    start,
                    end,
                    cumulative,
                    list(countries),
                    counterpart if len(countries) == 1 else None,
                    origin,
                    dest,
                    label,
                    [text],
                    since,
                ),
            )
        growth_of_the_figure_before(text, pending, placed)
        for figure in running_totals(pending, placed, text):
            _add(figures, figure)
        for m in NUMBER_OF.finditer(text):
            _counts(ctx, s, m, figures, countries, counterpart)
        state.countries, state.counterpart, state.sentence = countries, counterpart, s.index
    return figures


def _counts(
    ctx: Context, s: Sentence, m: re.Match[str], figures: list[Figure], countries: list[str], counterpart: str | None
) -> None:
    if len(countries) == 1 and not counterpart:
        counterpart = _region_before(ctx, s)
        if not counterpart:
            return
    for num, when in ((m.group("a"), m.group("t1")), (m.group("b"), m.group("t2"))):
        value = _word_number(num)
        if value is None:
            continue
        times = find_times(when or "", ctx.published)
        period = times[0].first.iso if times and times[0].first else None
        _add(
            figures,
            Figure(
                Metric.COUNT,
                value,
                "COUNT",
                Qualifier.EXACT,
                period,
                period,
                False,
                list(countries),
                counterpart if len(countries) == 1 else None,
                label=m.group("label"),
                quotes=[s.text],
            ),
        )


def _region_before(ctx: Context, s: Sentence) -> str | None:
    for prev in reversed(ctx.sentences[max(0, s.index - 6) : s.index + 1]):
        region = find_region(prev.text)
        if region:
            return region
    return None


def _add(figures: list[Figure], new: Figure) -> None:
    for f in figures:
        if (f.metric, f.value, f.unit, f.start, f.end, set(f.countries)) == (
            new.metric,
            new.value,
            new.unit,
            new.start,
            new.end,
            set(new.countries),
        ):
            f.quotes += [q for q in new.quotes if q not in f.quotes]
            return
    figures.append(new)
