"""Figures: money, percentages and counts with their metric, period, qualifier and countries."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from entente.documents import Metric, Qualifier
from seed.extract.amounts import find_amounts
from seed.extract.calendar_words import FISCAL_MID_MONTH, FISCAL_START, calendar_key
from seed.extract.context import Context
from seed.extract.currencies import local_dollar, national, writes_own_sign
from seed.extract.dates import NUMBERS, TimeExpr, find_times
from seed.extract.figure_periods import (
    FLOWS,
    clause_of,
    figure_period,
    figure_times,
    growth_of_the_figure_before,
    respective_periods,
    running_totals,
    sum_after_its_growth,
    the_same_period,
    the_year_told_before,
)
from seed.extract.gazetteer import CITY_COUNTRY, REGION, find_region, tables
from seed.extract.metrics import metric_of, other_label
from seed.extract.money import (
    COMPANIES,
    COMPANIES_NUMBER,
    DELEGATION,
    FALL,
    GROWTH,
    GROWTH_AFTER,
    NOT_A_TARIFF,
    NUMBER_OF,
    PEOPLE_ABROAD,
    PERCENT,
    PROJECTS,
    REFUGEES,
    SHARE_BEFORE,
    SHARE_OF,
    TARGET,
    TARIFF_AFTER,
    TARIFF_BEFORE,
    UP_FROM,
    read_qualifier,
    to_decimal,
)
from seed.extract.nationality import host_country
from seed.extract.sentences import Sentence

_BY = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?$")
# An amount's equivalent in parentheses: "RM1.2 billion (about $270 million)", "Sh410 billion ($3.17 billion)".
_EQUIVALENT = re.compile(
    r"\s*\(\s*(?:about|around|approximately|roughly|some|nearly|almost|or|equivalent to|the equivalent of|~)?\s*"
)
_RATED = {*FLOWS, Metric.INVESTMENT, Metric.FDI}
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


# Deals counted together: "contracts worth", "have won orders worth", "undertaken projects worth".
_DEALS = re.compile(r"\b(?:contracts|orders|projects|deals|tenders)\b[^.;]{0,30}$", re.I)


def _years_of_deals(before: str, start: str | None, end: str | None, since: bool) -> bool:
    """A sum of deals over whole years has that period ("contracts worth 135 billion dinars last year", "orders
    worth more than 200 trillion won since 1973"), and so has a budget for a span of years ("estimated at $1 bln
    for 2026-2030"); one deal has none, whenever it was signed ("a $375 million contract in January 2022")."""
    years = bool(start and end and len(start) == len(end) == 4)
    return (years and start != end and not since) or ((years or since) and bool(_DEALS.search(before)))


def _not_the_month_given(text: str, times: list[TimeExpr], at: int) -> list[TimeExpr]:
    """Without the month told before a sum given or lent, which dates the giving and covers nothing: "In March,
    Beijing rolled over $3.4bn in loans", "visited Tokyo in May last year, when Japan pledged $1.06 billion"
    (its year with it, or written in it: "in May 2021, when ... Berlin would provide €1,1 billion"); a year told
    before stays the sum's ("this year Kazakhstan provided aid worth ...")."""
    kept: list[TimeExpr] = []
    month_end = -10
    for t in times:
        if t.end <= at and t.kind in ("month", "my"):
            month_end = t.end
        elif not (t.end <= at and t.start - month_end <= 1 and t.kind in ("year", "last_year", "this_year")):
            kept.append(t)
    return kept


# A verb of announcing right before a sum: the time told before it dates the announcement, not what the sum covers
# ("Last year the Biden administration announced $500 million in foreign military financing", "In 2023 Tokyo
# pledged $1 billion"); a sum provided or sent over a year keeps it ("This year Mexico sent aid worth ...").
_ANNOUNCED = re.compile(
    r"\b(?:announced|pledged|unveiled|promised|approved|offered)\s+(?:(?:an?|the)\s+)?"
    r"(?:(?:additional|further|new|extra|total\s+of|package\s+of)\s+)?(?:US\s?)?$"
)


# A decision told between a time and a sum: the time dates the decision ("In 2024, Seoul accepted Jakarta's request
# to lower its share of the cost to 600 billion won", "In March the cabinet approved a plan to lend Kenya $200
# million").
_DECIDED = re.compile(r"\b(?:agreed|decided|accepted|approved|voted|resolved|opted)\b")


def _not_the_year_announced(text: str, times: list[TimeExpr], at: int) -> list[TimeExpr]:
    announced = _ANNOUNCED.search(text, max(0, at - 40), at)
    return [
        t for t in times if t.start > at or t.role == "since" or not (announced or _DECIDED.search(text, t.end, at))
    ]


# A sum to come: "under which the company will invest about US$1.4 billion in the line", "Japan is to provide ...".
_FUTURE = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|is\s+set\s+to|are\s+set\s+to)\s+(?:[\w-]+\s+){1,3}?"
    r"(?:(?:about|around|nearly|some|roughly|over|more\s+than|up\s+to|an?)\s+)?(?:US\s?)?$",
    re.I,
)


def _not_a_past_time(text: str, times: list[TimeExpr], at: int, published: dt.date | None) -> list[TimeExpr]:
    """Without the past times of the sentence for a sum to come, which date something else (the signing of the
    memorandum "in September, under which ... will invest about US$1.4 billion", the trade "last financial year" told
    after "will provide $20 million"): a sum to come covers no past period."""
    if published is None or not _FUTURE.search(text, max(0, at - 50), at):
        return times
    return [t for t in times if not _before(t, published)]


def _before(t: TimeExpr, published: dt.date) -> bool:
    last = t.last or t.first
    if last is None or last.year is None:
        return False
    return (last.year, last.month or 12) < (published.year, published.month)


class _State:
    def __init__(self) -> None:
        self.currency: str | None = None
        self.metric: Metric | None = None
        self.countries: list[str] = []
        self.counterpart: str | None = None
        self.sentence = -10
        self.period: tuple | None = None
        self.period_sentence = -1  # the sentence ``period`` is told in


def _usable(times: list[TimeExpr]) -> bool:
    return any(t.role not in ("compare", "purpose") and (t.first or t.role == "since") for t in times)


# A region a thing is ranked in, which no sum is given to: "the largest of its kind in West Africa".
_COMPARED_IN = re.compile(
    r"\b(?:largest|biggest|first|only)\s+(?:[\w-]+\s+){0,3}?in\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:Africa|Asia|Europe|region|Latin America|Caribbean|Pacific|Middle East)\b"
)


def _countries(ctx: Context, s: Sentence, state: _State) -> tuple[list[str], str | None]:
    countries = ctx.countries_for(s)
    region = find_region(_COMPARED_IN.sub("", s.text))
    if len(countries) >= 2:
        return countries, None
    if region and ctx.main:
        return [ctx.main], region
    if state.countries and s.index - state.sentence <= 2:
        return state.countries, state.counterpart
    if ctx.main and ctx.partner:
        return [ctx.main, ctx.partner], None
    return [], None


# A region a sum is given to or meant for: "a 66 billion yuan credit line for Latin American and Caribbean
# countries", "pledged $50 billion to Africa".
_FOR_REGION = re.compile(r"(?<!\s)(?:\s+[\w-]+){0,3}?\s+(?:for|to)\s+(?=(?:the\s+)?[A-Z])")
_REGION_WORDS = re.compile(r"[\w\s-]{0,40}")


def _given_to_a_region(ctx: Context, s: Sentence, text: str, a: int, b: int) -> tuple[list[str], str] | None:
    """The country that gives the sum at [a, b) and the region it is for, when it is for a region: the giver is
    the country or person named last before the sum ("where Xi announced a 66 billion yuan credit line for ...")."""
    to = _FOR_REGION.match(text, b)
    region = REGION.search(text, to.end(), to.end() + 60) if to else None
    if to is None or region is None or not _REGION_WORDS.fullmatch(text, to.end(), region.start()):
        return None
    named = [(m.start, m.code) for m in ctx.sentence_mentions(s) if m.start < s.start + a]
    for person in ctx.sentence_people(s, pronouns=False):
        named += [(at, person.country) for at, _ in person.mentions if person.country and s.start <= at < s.start + a]
    return ([max(named)[1]], text[to.end() : region.end()]) if named else None


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


# A dateline: a city opening a line of the header, in capitals or not, before a date, a dash or the line's end:
# "KAMPALA", "TOKYO - Japan will ...", "Madrid, Mar 13 (EFE).-", "Dubai: The UAE and ...".
_DATELINE = re.compile(r"^([A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+)?)[ \t]*(?:$|[,:(–—-])", re.M)
_DATELINE_WITHIN = 400


def _dateline_country(ctx: Context) -> str | None:
    """The country of the city the article is datelined in, which settles a notation no sentence owns."""
    _, capitals, _ = tables()
    for m in _DATELINE.finditer(ctx.text, 0, _DATELINE_WITHIN):
        city = m.group(1).title()
        country = capitals.get(city) or CITY_COUNTRY.get(city)
        if country:
            return country
    return None


# The lines under the headline that name who publishes ("From: Global Affairs Canada", "Australian Broadcasting
# Corporation"), short ones before the first paragraph; a wire credit names an agency that writes "$" for the US dollar.
_SOURCE_LINE = 100
_SOURCE_LINES = 6
_WIRE = re.compile(r"\((?:Reuters|AP|AFP|Bloomberg|dpa|Xinhua|Kyodo|Yonhap)\)")


# Outlets of countries whose press writes its own dollar "$", by names no other outlet has; named in a source line,
# a credit ("(The Straits Times)") or as the paper a source spoke to ("told The Globe and Mail"), not one cited
# ("according to the South China Morning Post" in another outlet's copy).
_OUTLETS = {
    "Straits Times": "SGP",
    "Business Times": "SGP",
    "South China Morning Post": "HKG",
    "Taipei Times": "TWN",
    "Focus Taiwan": "TWN",
    "Sydney Morning Herald": "AUS",
    "Australian Financial Review": "AUS",
    "Australian Broadcasting Corporation": "AUS",
    "ABC News Australia": "AUS",
    "SBS News": "AUS",
    "Radio New Zealand": "NZL",
    "RNZ": "NZL",
    "New Zealand Herald": "NZL",
    "NZ Herald": "NZL",
    "CBC News": "CAN",
    "Globe and Mail": "CAN",
    "Toronto Star": "CAN",
    "National Post": "CAN",
    "Fiji Times": "FJI",
    "Jamaica Gleaner": "JAM",
}
_OUTLET = re.compile(r"\b(?:the\s+)?(" + "|".join(re.escape(name) for name in _OUTLETS) + r")\b", re.I)
_TOLD_OUTLET = re.compile(r"\b(?:told|interview\s+with)\s+$|\($", re.I)


def _publisher_countries(ctx: Context) -> list[str]:
    """The countries the source lines under the headline name, in order (a line ending a sentence is the story's),
    then the country of an outlet the text credits or a source speaks to."""
    found: list[str] = []
    offset = ctx.title_end
    for line in ctx.text[ctx.title_end :].split("\n")[:_SOURCE_LINES] if ctx.title_end else ():
        if len(line) > _SOURCE_LINE or line.rstrip().endswith((".", "!", "?")):
            break
        found += [m.code for m in ctx.mentions if offset <= m.start < offset + len(line)]
        found += [_outlet_country(m.group(1)) for m in _OUTLET.finditer(line)]
        offset += len(line) + 1
    for m in _OUTLET.finditer(ctx.text):
        if _TOLD_OUTLET.search(ctx.text, max(0, m.start() - 20), m.start()):
            found.append(_outlet_country(m.group(1)))
    return found


def _outlet_country(name: str) -> str:
    return next(code for outlet, code in _OUTLETS.items() if outlet.lower() == name.lower())


def _article_dollar(ctx: Context, dateline: str | None) -> str:
    """The dollar a bare "$" is in the article: the publisher's or the dateline's own where that is a dollar other
    than the US one (a Government of Canada release, an ABC story from Canberra), unless wire copy or a text that
    writes that dollar with its own sign ("C$40 billion ... $56 billion") means the US dollar by it. Without a
    source line or dateline naming it, the story's own country where it happens is the publisher's: foreign copy on
    Canberra's aid writes "A$" or "Australian dollars", its own press "$"."""
    if _WIRE.search(ctx.text, 0, _DATELINE_WITHIN):
        return "USD"
    host = host_country(ctx.text, ctx.home) if dateline is None else None
    for country in (*_publisher_countries(ctx), dateline, host if host == ctx.main else None):
        code = local_dollar(country)
        if code:
            return "USD" if writes_own_sign(ctx.text, code) else code
    return "USD"


def _owner(ctx: Context, s: Sentence, text: str) -> Callable[[int], str | None]:
    """The country a sum at an offset of the sentence belongs to: the first in its clause before it that owns a
    thing ("Kenya's exports", "the Kenyan government", "Pakistani firms"), else the first there at all."""
    mentions = [(m.start - s.start, m) for m in ctx.sentence_mentions(s)]

    def owner(at: int) -> str | None:
        clause = clause_of(text, at)
        mine = [m for offset, m in mentions if offset < at and clause_of(text, offset) == clause]
        owning = [m for m in mine if m.kind == "demonym" or text.startswith(("'s", "’s"), m.end - s.start)]
        first = (owning or mine)[:1]
        return first[0].code if first else None

    return owner


# A subject that stands for what the sentence before named: "Non-oil trade has grown steadily since 2022. It
# rose from Dh14.7 billion in 2022 to ...", "... The figure reached $3 billion last year".
_ANAPHOR = re.compile(
    r"\b(?:[Ii]t|[Tt]his|[Tt]he (?:figure|volume|total|amount))\s+(?:\w+\s+){0,2}?$|^\W*(?:It|This)\b"
)


def _metric_told_before(ctx: Context, s: Sentence, before: str) -> Metric | None:
    """The metric the sentence before names last, for a sum whose subject is a pronoun standing for it."""
    if s.index == 0 or not _ANAPHOR.search(before):
        return None
    prev = ctx.sentences[s.index - 1].text
    return metric_of(prev, len(prev), len(prev))


# A figure found in a sentence, before its metric (when its words are to give it), period and countries are read:
# where it is, the metric, the value, the unit, a label and the bound of a range.
_Item = tuple[int, int, Metric | None, Decimal, str, str | None, Qualifier | None]


def _sums(
    text: str,
    skip: list[tuple[int, int]],
    home: tuple[str, ...],
    owner: Callable[[int], str | None],
    state: _State,
    dollar: str,
) -> list[_Item]:
    """The sums of money of a sentence; one without a currency is in the last one told."""
    items: list[_Item] = []
    for amount in find_amounts(text, skip, home, owner, dollar):
        if amount.unit:
            state.currency = amount.unit
        unit = amount.unit or state.currency or "USD"
        items.append((amount.start, amount.end, None, amount.value, unit, None, amount.qualifier))
    return items


def _rates(text: str, sums: list[int], flows: bool) -> list[_Item]:
    """The growth rates of a sentence: a percentage with a word of change before or after it, in a sentence on
    trade (``flows``) or after a sum (at an offset in ``sums``) that may be of trade."""
    items: list[_Item] = []
    for m in PERCENT.finditer(text):
        growth = GROWTH.search(text[: m.start()]) or GROWTH_AFTER.match(text, m.end())
        value = to_decimal(m.group("num"), None)
        if value is None:
            continue
        if items and _RATE_RANGE.fullmatch(text, items[-1][1], m.start()):
            items[-1:] = _rate_bounds(items[-1], m, value)  # "trade will rise by 15% to 20% this year"
        elif growth and (flows or any(a < m.start() for a in sums)):
            value = -value if FALL.match(growth.group().strip()) else value
            items.append((m.start(), m.end(), Metric.GROWTH_RATE, value, "PERCENT", None, None))
    return items


def _rate_bounds(low: _Item, m: re.Match[str], value: Decimal) -> list[_Item]:
    """A rate and the percentage joined after it as the bounds of a range, the second a fall if the first is."""
    a, b, metric, lower, unit, label, _ = low
    upper = (m.start(), m.end(), metric, -value if lower < 0 else value, unit, label, Qualifier.LESS_THAN)
    return [(a, b, metric, lower, unit, label, Qualifier.MORE_THAN), upper]


_RATE_RANGE = re.compile(r"(?<!\s)\s*+(?:to|and|-|–)\s*+")


def _tariffs(text: str, taken: list[_Item]) -> list[_Item]:
    """The rates of tariffs and duties of a sentence, which are neither a growth nor a share: OTHER percentages."""
    items: list[_Item] = []
    rated = {a for a, *_ in taken}
    for m in PERCENT.finditer(text):
        value = to_decimal(m.group("num"), None)
        told = TARIFF_BEFORE.search(text, max(0, m.start() - 80), m.start()) or TARIFF_AFTER.match(text, m.end())
        if value is None or m.start() in rated or not told:
            continue
        between = text[told.end() : m.start()] if told.end() <= m.start() else text[max(0, m.start() - 12) : m.start()]
        if not NOT_A_TARIFF.search(between):
            items.append((m.start(), m.end(), Metric.OTHER, value, "PERCENT", "tariff", None))
    return items


def _shares(text: str) -> list[_Item]:
    """The shares of a whole a sentence gives one side, which are neither a growth nor a tariff: OTHER percentages."""
    items: list[_Item] = []
    for m in PERCENT.finditer(text):
        value = to_decimal(m.group("num"), None)
        told = SHARE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if value is not None and told and SHARE_OF.match(text, m.end()):
            items.append((m.start(), m.end(), Metric.OTHER, value, "PERCENT", "share", None))
    for m in _HALF.finditer(text):  # "Norway supplies around half of the UK's gas imports"
        if SHARE_BEFORE.search(text, max(0, m.start() - 40), m.start()) and SHARE_OF.match(text, m.end()):
            items.append((m.start(), m.end(), Metric.OTHER, Decimal(50), "PERCENT", "share", None))
    return items


_HALF = re.compile(r"\bhalf\b")


def _company_counts(text: str) -> list[_Item]:
    """Companies counted in a sentence, before them ("some 700 Korean firms operate") or after them ("the number
    of enterprises with Hungarian capital has reached 72"), not the members of a delegation."""
    items: list[_Item] = []
    for m in COMPANIES.finditer(text):
        value = to_decimal(m.group("num"), None)
        if DELEGATION.search(text, max(0, m.start() - 40), m.start()):
            continue
        if value is not None and not re.match(r"\s*(?:million|billion)", text[m.end("num") :]):
            label = (m.group("what") + m.group("label")).strip()
            items.append((m.start("num"), m.end(), Metric.COMPANY_COUNT, value, "COUNT", label, None))
            was = UP_FROM.match(text, m.end())  # "..., up from 245 in 2019": the count it changed from
            if was:
                before = Decimal(was["num"].replace(",", ""))
                items.append(
                    (was.start("num"), was.end(), Metric.COMPANY_COUNT, before, "COUNT", label, Qualifier.EXACT)
                )
    for m in COMPANIES_NUMBER.finditer(text):
        value = to_decimal(m.group("num"), None)
        if value is not None and not re.match(r"\s*(?:million|billion|%|per)", text[m.end() :]):
            items.append((m.start("num"), m.end(), Metric.COMPANY_COUNT, value, "COUNT", m.group("label"), None))
    return items


def _people_counts(text: str) -> list[_Item]:
    """People of one country living, working or studying in another ("some 20,000 Chinese nationals working in ...")
    and refugees one hosts from the other ("hosting nearly 390,000 refugees from Ukraine")."""
    items: list[_Item] = []
    for m in (*PEOPLE_ABROAD.finditer(text), *REFUGEES.finditer(text)):
        value = to_decimal(m.group("num"), m.group("scale"))
        if value is not None and not any(a == m.start("num") for a, *_ in items):
            items.append((m.start("num"), m.end(), Metric.COUNT, value, "COUNT", m.group("label"), None))
    return items


_INVESTED = re.compile(r"\binvest|\bFDI\b", re.I)


def _project_counts(text: str) -> list[_Item]:
    """Investment projects counted, in a sentence on investment: "Vietnam has 210 valid investment projects in ..."."""
    if not _INVESTED.search(text):
        return []
    items: list[_Item] = []
    for m in PROJECTS.finditer(text):
        value = to_decimal(m.group("num"), None)
        if value is not None:
            items.append((m.start("num"), m.end(), Metric.COUNT, value, "COUNT", m.group("label"), None))
    return items


def _fiscal_country(ctx: Context, units: set[str]) -> str | None:
    """The home country whose fiscal year a sentence counting in its money dates: "exports to India at Tk 18,700
    crore in FY24" in an Indian paper is Bangladesh's year (July to June), not India's (April to March)."""
    return next((c for c in ctx.home if c in FISCAL_START and units & set(national(c))), None)


def find_figures(ctx: Context) -> list[Figure]:
    figures: list[Figure] = []
    state = _State()
    dateline = _dateline_country(ctx)
    home = (dateline, *(c for c in ctx.home if c != dateline)) if dateline else ctx.home
    dollar = _article_dollar(ctx, dateline)
    # the country whose fiscal year ctx.fiscal_start is
    mid_month = next((c for c in ctx.home if c in FISCAL_START), None) in FISCAL_MID_MONTH
    for s in ctx.sentences:
        text = ctx.dated_text(s)
        found = find_times(text, ctx.published, fiscal=ctx.fiscal_start)
        times = figure_times(text, found, ctx.published, fiscal_mid_month=mid_month, fiscal=ctx.fiscal_start)
        time_spans = [(t.start, t.end) for t in times]
        items = _sums(text, time_spans, home, _owner(ctx, s, text), state, dollar)
        own = _fiscal_country(ctx, {item[4] for item in items})
        if own and FISCAL_START[own] != ctx.fiscal_start and any(t.kind == "fiscal" for t in found):
            found = find_times(text, ctx.published, fiscal=FISCAL_START[own])
            times = figure_times(
                text, found, ctx.published, fiscal_mid_month=own in FISCAL_MID_MONTH, fiscal=FISCAL_START[own]
            )
        # a rate of trade: trade named in the sentence or a figure of it in the one before, else a sum of trade told
        # before the rate ("Trade has grown steadily. It reached Dh12.6 billion, up 13.2 per cent on ...")
        flows = bool(_TRADE_CONTEXT.search(text)) or (state.metric in _RATED and s.index - state.sentence <= 1)
        shares = _shares(text)  # "makes up 35% of India's crude imports": a share, though "up" reads as a rise
        rates = [r for r in _rates(text, [a for a, *_ in items], flows) if r[0] not in {a for a, *_ in shares}]
        unrated = set() if flows else {a for a, *_ in rates}
        tariffs = _tariffs(text, rates + shares)
        items += rates + tariffs + shares
        items += _company_counts(text) + _people_counts(text) + _project_counts(text)
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
            if a in unrated and not any(f.metric in _RATED for f in pending):
                continue
            before = text[:a]
            if metric is None:
                metric = metric_of(text, a, b) or (state.metric if s.index - state.sentence <= 1 else None)
                metric = metric or _metric_told_before(ctx, s, text[:a])
                if metric is None and placed and _EQUIVALENT.fullmatch(text, placed[-1][1], a):
                    metric = pending[-1].metric  # "budgeted at 341.3 billion baht ($10.7 billion)": the same sum
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
            qualifier = qualifier if qualifier == Qualifier.TARGET else bound or qualifier  # a target range stays one
            own_times = times
            if qualifier == Qualifier.TARGET:  # a target's period is the year it is for: "$10 billion by 2030"
                own_times = [t for t in times if _BY.search(text, max(0, t.start - 20), t.start)]
            if metric == Metric.GROWTH_RATE:  # "up 12 percent from a year earlier": the rate is of the sum's period
                own_times = [t for t in times if t.role != "earlier"]
            if metric in (Metric.COMPANY_COUNT, Metric.COUNT):  # "... since 2005, and 700 companies operate": now
                own_times = [t for t in times if clause_of(text, t.start) == clause_of(text, a)]
                # "340 companies operate there, up from 245 in 2019": a time after another sum is that one's
                own_times = [t for t in own_times if not any(b <= c < t.start for c, _ in spans)]
            if metric in (Metric.OTHER, Metric.GRANT):
                own_times = _not_the_year_announced(text, _not_the_month_given(text, own_times, a), a)
            own_times = _not_a_past_time(text, own_times, a, ctx.published)
            # a stock (investment to date), a deal's value or a share takes no year told for something else in another
            # clause: "allocated CZK 750 million ... for 2025, and Czech companies are in projects worth EUR 300-400
            # million", "$5 billion in 2024-25, and Australia supplies roughly 40 percent of Japan's LNG imports"
            stock = metric in (Metric.INVESTMENT, Metric.FDI, Metric.DEAL_VALUE) or label == "share"
            start, end, cumulative, since = figure_period(text, own_times, a, b, spans, stock=stock)
            if metric == Metric.DEAL_VALUE and not _years_of_deals(before, start, end, since):
                start = end = None  # what one deal is worth is no flow over a period, whenever it was signed
                cumulative = since = False
            if metric in FLOWS and state.period and s.index - state.sentence <= 1 and the_same_period(text, b):
                start, end, cumulative, since = state.period
            told = the_year_told_before(text, b, pending, placed)
            if told:
                start, end, cumulative, since = told
            if metric in FLOWS:
                # the sentence's lead flow is what the next one refers to ("... of that total"), not a sum set
                # against it ("far from the 7.2 billion recorded in 2008")
                if start or end:
                    if state.period_sentence != s.index:
                        state.period, state.period_sentence = (start, end, cumulative, since), s.index
                elif s.index - state.sentence <= 1 and state.period and not _usable(times):
                    start, end, cumulative, since = state.period  # "In January-July, trade ... Exports reached ..."
            given = _given_to_a_region(ctx, s, text, a, b) if metric in (Metric.GRANT, Metric.OTHER) else None
            mine, their_region = given or (countries, counterpart)
            origin, dest = _sides(ctx, s, metric, mine)
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
                    list(mine),
                    their_region if len(mine) == 1 else None,
                    origin,
                    dest,
                    label,
                    [text],
                    since,
                ),
            )
        growth_of_the_figure_before(text, pending, placed)
        sum_after_its_growth(text, pending, placed)
        respective_periods(text, pending, placed, times)
        for figure in running_totals(pending, placed, text):
            _add(figures, figure)
        for m in NUMBER_OF.finditer(text):
            _counts(ctx, s, m, figures, countries, counterpart)
        state.countries, state.counterpart, state.sentence = countries, counterpart, s.index
    return _told_again(figures)


def _told_again(figures: list[Figure]) -> list[Figure]:
    """A sum told without its period where another tells it with one is that figure: the headline's "roadmap to
    bring trade to $3 billion" is the body's "$3 billion by 2030"."""
    dated_by: dict[tuple, Figure] = {}
    for g in figures:
        if g.start or g.end:
            dated_by.setdefault((g.metric, g.value, g.unit), g)
    kept: list[Figure] = []
    for f in figures:
        dated = None if f.start or f.end else dated_by.get((f.metric, f.value, f.unit))
        if dated is None:
            kept.append(f)
        else:
            dated.quotes += [q for q in f.quotes if q not in dated.quotes]
    return kept


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
