"""What a sum of money is: the metric the words around an amount give it, and the label of one that is neither
trade, investment nor a grant."""

from __future__ import annotations

import re

from entente.documents import Metric

# Money that is neither trade nor investment nor a gift, each named by what it is: loans and credit lines,
# official development assistance (mostly loans), export finance, settlements and swaps in national currencies,
# and funds set up together ("an energy transition fund worth $A1 billion").
OTHER_LABELS = (
    r"\bcredit lines?\b|\bloans?\b|\bfinancing\b|\b(?:official\s+)?development\s+assistance\b|\bODA\b|"
    r"\bexport (?:finance|credit)\b|\bsettlements?\b|\btransactions\b|\bcurrency swaps?\b|\bswap\b|\bfund\b"
)
METRICS = [
    (Metric.FDI, re.compile(r"\bFDI\b|(?:foreign )?direct investments?", re.I)),
    # goods shipped abroad are exports: "Kazakhstan shipped 48,000 tons of wheat worth ₸9.6 billion to ..."
    (Metric.EXPORTS, re.compile(r"\bexport|\bshipp(?:ed|ing)\b|\bshipments?\b", re.I)),
    (Metric.IMPORTS, re.compile(r"\bimport", re.I)),
    (Metric.INVESTMENT, re.compile(r"\binvest", re.I)),
    (Metric.TRADE_TURNOVER, re.compile(r"\btrade\b|\bturnover\b", re.I)),
    # what a state gives: grants, aid, assistance (not development assistance, mostly loans), and what it
    # provides or allocates ("will provide the Philippines with radars worth ¥1.5 billion")
    (
        Metric.GRANT,
        re.compile(
            r"\bgrants?\b|\bhumanitarian aid\b|\baid\b|(?<!development )\bassistance\b|\bdonat|\bcontribut|"
            r"\bprovid(?:e|es|ed|ing)\b|\ballocat(?:e|es|ed|ing)\b|\bgift(?:ed|s)?\b",
            re.I,
        ),
    ),
    (
        Metric.DEAL_VALUE,
        re.compile(
            # "exports to Japan were valued at ...": the verb of the flow named before, not a deal's value
            r"(?<!was )(?<!were )(?<!is )(?<!are )\bvalued at\b|\bdeals?\b|\bcontracts?\b|\bportfolio\b|"
            r"\bagreements?\b|\bprojects?\b|\b(?:documents?|memorand\w*)\s+(?:\w+\s+){0,2}?worth\b",
            re.I,
        ),
    ),
    (Metric.OTHER, re.compile(OTHER_LABELS, re.I)),
]
AFTER_METRIC = re.compile(
    r"^\s*(?:in|of|worth of)\s+(?:\w+\s+)?(FDI|investments?|exports?|imports?|trade|aid|assistance|grants?|loans?)\b",
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
_OTHER_LABEL = re.compile(OTHER_LABELS.replace(r"\b", ""), re.I)
# Money announced for a purpose is a grant: "announced C$65 million for infrastructure and clean-energy projects".
_FUNDED = re.compile(
    r"\b(?:announced|pledged|committed|earmarked|unveiled)\s+(?:an?\s+(?:additional|further|new|extra)\s+)?$", re.I
)
_FOR = re.compile(r"(?<!\s)\s+(?:in\s+[\w-]+\s+)?(?:for|to\s+(?:support|fund|finance))\b")


def metric_of(text: str, start: int, end: int) -> Metric | None:
    """The metric of the amount at [start, end): a noun right after it, else the metric word nearest before it."""
    if _FUNDED.search(text[max(0, start - 40) : start]) and _FOR.match(text, end):
        return Metric.GRANT
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
    if best is None and WORTH.search(window):
        return Metric.DEAL_VALUE
    return best


def other_label(text: str) -> str | None:
    """What an OTHER sum is, as the sentence names it: 'credit line', 'official development assistance'."""
    found = _OTHER_LABEL.search(text)
    return found.group() if found else None
