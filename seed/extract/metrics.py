"""What a sum of money is: the metric the words around an amount give it, and the label of one that is neither
trade, investment nor a grant."""

from __future__ import annotations

import re

from entente.documents import Metric

# Money that is neither trade nor investment nor a gift, each named by what it is: loans and credit lines,
# official development assistance (mostly loans), export finance, settlements and swaps in national currencies,
# funds set up together ("an energy transition fund worth $A1 billion"), and packages of grants and credit
# together ("a Special Economic Package of ₹ 5,000 crore"); an aid package is all grants.
OTHER_LABELS = (
    r"\bcredit lines?\b|\bloans?\b|\bfinancing\b|\b(?:official\s+)?development\s+assistance\b|\bODA\b|"
    r"\bexport (?:finance|credit)\b|\bsettlements?\b|\btransactions\b|\bcurrency swaps?\b|\bswap\b|\bfund\b|"
    r"(?<!aid )(?<!assistance )(?<!grant )\bpackage\b"
)
METRICS = [
    (Metric.FDI, re.compile(r"\bFDI\b|(?:foreign )?direct investments?", re.I)),
    # goods shipped abroad are exports: "Kazakhstan shipped 48,000 tons of wheat worth ₸9.6 billion to ..."
    (Metric.EXPORTS, re.compile(r"\bexport|\bshipp(?:ed|ing)\b|\bshipments?\b", re.I)),
    (Metric.IMPORTS, re.compile(r"\bimport(?!an)", re.I)),
    # "investment projects worth Rp21.5 trillion were realised": what was invested, not a deal's value
    (Metric.INVESTMENT, re.compile(r"\binvest\w*\s+projects?\b|\binvest", re.I)),
    (Metric.TRADE_TURNOVER, re.compile(r"\btrade\b|\bturnover\b", re.I)),
    # what a state gives: grants, aid, assistance (not development assistance, mostly loans), and what it
    # provides or allocates ("will provide the Philippines with radars worth ¥1.5 billion")
    (
        Metric.GRANT,
        re.compile(
            # what an aid agency builds: "TIKA has carried out development projects worth 150 million liras"
            r"\bgrants?\b|\bhumanitarian aid\b|(?<!joint )\b(?:development|humanitarian|aid|charity)\s+projects?\b|"
            r"\baid\b|(?<!development )\bassistance\b|\bdonat|\bcontribut|"
            r"\bprovid(?:e|es|ed|ing)\b|\ballocat(?:e|es|ed|ing)\b|\bgift(?:ed|s)?\b",
            re.I,
        ),
    ),
    (
        Metric.DEAL_VALUE,
        re.compile(
            # "exports to Japan were valued at ...": the verb of the flow named before, not a deal's value
            r"(?<!was )(?<!were )(?<!is )(?<!are )\bvalued at\b|\bdeals?\b|\bcontracts?\b|\bportfolio\b|"
            r"\bagreements?\b|\bprojects?\b|\bconcessions?\b|\b(?:documents?|memorand\w*)\s+(?:\w+\s+){0,2}?worth\b",
            re.I,
        ),
    ),
    (Metric.OTHER, re.compile(OTHER_LABELS, re.I)),
]
# A metric named right after the sum: "$5 million in grants", "of which about US$ 600 million is in grants".
AFTER_METRIC = re.compile(
    r"^\s*(?:in|of|worth of|(?:is|are|was|were)\s+in|in\s+the\s+form\s+of)\s+(?:\w+\s+)?"
    r"(FDI|investments?|exports?|imports?|trade|aid|assistance|grants?|loans?)\b",
    re.I,
)
# The noun an amount qualifies: "a R2.1-billion contract", "a KSh 12.9 billion loan", "a $100 million investment".
AFTER_NOUN = re.compile(
    r"^\s*(?:[\w-]+\s+)??((?:financing\s+)?(?:contracts?|deals?|loans?|credit lines?|grants?|agreements?|"
    r"investments?))\b",
    re.I,
)
# "documents worth $12.5 billion": the value of what is signed, when no metric word is nearer the amount.
WORTH = re.compile(r"\bworth\s+(?:about\s+|around\s+|some\s+|over\s+|more\s+than\s+)?$", re.I)
# What something costs, when nothing nearer names the sum: "puts the cost of the two units at about 400 billion
# koruna", "the project, estimated to cost $2 billion".
_COST = re.compile(r"\bcosts?\b|\bcosting\b|\bpriced?\b", re.I)
_OTHER_LABEL = re.compile(OTHER_LABELS.replace(r"\b", ""), re.I)
# Money announced for a purpose is a grant: "announced C$65 million for infrastructure and clean-energy projects".
_FUNDED = re.compile(
    r"\b(?:announced|pledged|earmarked|unveiled)\s+(?:an?\s+(?:additional|further|new|extra)\s+)?$", re.I
)
_FOR = re.compile(r"(?<!\s)\s+(?:in\s+[\w-]+\s+)?(?:for|to\s+(?:support|fund|finance))\b")
# Money committed is financing in whatever form, grants and loans together: "Germany has committed €80 million
# to support vocational training", "committed R44-million to a joint research fund".
_COMMITTED = re.compile(r"\bcommit(?:ted|s)?\s+(?:an?\s+(?:additional|further|new|extra|total of)\s+)?$", re.I)
_TO_A_FUND = re.compile(r"(?<!\s)\s+(?:to|for|into)\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,3}?(?:fund|facility)\b", re.I)
# "the third-largest investor in Vietnam, with some 760 projects worth $4.4 billion": a count of an investor's
# projects is its stock of investment; "a project estimated at $1.3bn" stays the value of one.
_PROJECTS = re.compile(r"\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}?projects$", re.I)


def metric_of(text: str, start: int, end: int) -> Metric | None:
    """The metric of the amount at [start, end): a noun right after it, else the metric word nearest before it."""
    if _FUNDED.search(text[max(0, start - 40) : start]) and _FOR.match(text, end):
        return Metric.GRANT
    if _TO_A_FUND.match(text, end) or (_COMMITTED.search(text[max(0, start - 40) : start]) and _FOR.match(text, end)):
        return Metric.OTHER
    after = AFTER_METRIC.match(text[end:]) or AFTER_NOUN.match(text[end : end + 60])
    if after:
        for metric, pattern in METRICS:
            if pattern.search(after.group(1)):
                return metric
    best, best_at = None, -1
    window = text[:start]
    for metric, pattern in METRICS:
        for m in pattern.finditer(window):
            if m.end() > best_at:
                best, best_at = metric, m.end()
    if best is None and (WORTH.search(window) or _COST.search(window)):
        return Metric.DEAL_VALUE
    if best == Metric.DEAL_VALUE and _PROJECTS.search(window[:best_at]) and re.search(r"\binvest", window, re.I):
        return Metric.INVESTMENT
    return best


def other_label(text: str) -> str | None:
    """What an OTHER sum is, as the sentence names it: 'credit line', 'official development assistance'."""
    found = _OTHER_LABEL.search(text)
    return found.group() if found else None
