"""What a sum of money is: the metric the words around an amount give it, and the label of one that is neither
trade, investment nor a grant."""

from __future__ import annotations

import re

from entente.documents import Metric

# Money that is neither trade nor investment nor a gift, each named by what it is: loans and credit lines,
# official development assistance (mostly loans), export finance, settlements and swaps in national currencies,
# funds set up together ("an energy transition fund worth $A1 billion"), packages of grants and credit together
# ("a Special Economic Package of ₹ 5,000 crore"; an aid package is all grants), money given "in support" and
# military aid, which the text does not call a gift.
OTHER_LABELS = (
    r"\bcredit lines?\b|\blines? of credit\b|\bcredit (?:agreements?|facilit(?:y|ies))\b|\bloans?\b|\bfinancing\b|"
    r"\b(?:official\s+)?development\s+(?:assistance|aid)\b|"
    r"\bODA\b|\bexport (?:finance|credit)\b|\bsettlements?\b|\btransactions\b|\bcurrency swaps?\b|\bswap\b|\bfund\b|"
    # what one country pays another for a service: "$1.5 billion a year in port and transit fees"
    r"\bfees\b|\b(?:transit|port|user)\s+charges\b|\btolls\b|"
    # what one side owes the other and the gap between two flows: "the state's arrears to Portuguese companies",
    # "the U.S. goods trade deficit with Vietnam", "a trade surplus of $12 billion", new funding of any kind
    r"\barrears\b|\bdebts?\b|\bunpaid\s+(?:bills|invoices)\b|\b(?:trade\s+)?(?:deficit|surplus|imbalance)\b|"
    r"\btrade\s+(?:balance|gap)\b|\bfunding\b|"
    # what migrants send home, and a state's yearly aid spending: "sending home remittances worth $1.2bn", "aid
    # budgeted at $637 million for 2025-26", "its development assistance budget of NZ$1.3 billion"
    r"\bremittances?\b|\b(?:aid|assistance|ODA)\s+budget(?:s|ed)?\b|"
    # what the founders of a joint company or fund put up: "established with an authorized capital of $500 million"
    r"\b(?:authori[sz]ed|charter|statutory)\s+capital\b|"
    # one partner's part of what a joint programme costs: "lower its share of the development cost to 600 billion won"
    r"\b(?:share|portion|part)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?costs?\b|"
    # money one state keeps at the other's central bank to prop up its reserves: "holds $5.3 billion in deposits at
    # the Central Bank of Egypt", "a $3 billion deposit with the State Bank of Pakistan"
    r"(?<!gold )(?<!oil )(?<!gas )(?<!coal )(?<!ore )(?<!mineral )(?<!copper )(?<!lithium )(?<!iron )(?<!uranium )"
    r"\bdeposits?\b(?!\s+of\s+(?:[\w-]+\s+)?(?:gold|oil|gas|coal|ores?|minerals?|copper|lithium|iron|uranium))|"
    r"(?<!aid )(?<!assistance )(?<!grant )\bpackage\b|\b(?:military|security|defen[cs]e)\s+(?:aid|assistance)\b|"
    r"\bsupport\b"
)
# Money a state provides, allocates, contributes or spends is no gift unless the text calls it one ("will provide a
# grant of ₺850 million"): "Lithuania will allocate 30 million euros to Ukrainian manufacturers".
_OTHER_VERBS = (
    r"\bprovid(?:e|es|ed|ing)\b|\ballocat(?:e|es|ed|ing)\b|\bcontribut\w*|\bspen(?:d|ds|t|ding)\b|"
    # money put by for a purpose: "his government had set aside TSh95 billion to upgrade facilities"
    r"\bset(?:s|ting)?\s+aside\b"
)
# Aid that is a gift: a grant, a donation, a gift, aid (humanitarian, non-refundable or unqualified, not military
# aid) and what an aid agency builds with it ("KOICA carried out humanitarian projects worth $12 million").
_GIFTS = (
    r"\bgrants?\b|\bhumanitarian\s+(?:aid|assistance|projects?)\b|(?<!military )(?<!security )(?<!defence )"
    r"(?<!defense )(?<!development )\baid\b(?!\s+budget)|\bdonat\w*|\bgift(?:ed|s)?\b"
)
_AID_PROJECTS = r"(?<!joint )\b(?:development|charity)\s+projects?\b"
_TRADE = r"\btrade\b(?!\s+(?:deficit|surplus|imbalance|balance|gap)\b)"
METRICS = [
    (Metric.FDI, re.compile(r"\bFDI\b|(?:foreign )?direct investments?", re.I)),
    # goods shipped abroad are exports: "Kazakhstan shipped 48,000 tons of wheat worth ₸9.6 billion to ..."
    # one side's sales to the other are its exports: "Spanish sales to Morocco totalled 13.2 billion euros" (not arms
    # sales, which are deals)
    (
        Metric.EXPORTS,
        re.compile(r"\bexport|\bshipp(?:ed|ing)\b|\bshipments?\b|(?<!arms )(?<!weapons )\bsales\s+to\b", re.I),
    ),
    (Metric.IMPORTS, re.compile(r"\bimport(?!an)", re.I)),
    # "investment projects worth Rp21.5 trillion were realised": what was invested, not a deal's value
    # money poured into a plant is invested: "Hyundai has poured about $1.1 billion into a battery cell plant"
    (
        Metric.INVESTMENT,
        re.compile(r"\binvest\w*\s+projects?\b|\binvest|\b(?:pour|plough|plow)(?:s|ed|ing)?\b", re.I),
    ),
    # not the gap between two flows: "the trade deficit", "a trade surplus", "the trade balance"
    (Metric.TRADE_TURNOVER, re.compile(_TRADE + r"|\bturnover\b", re.I)),
    (Metric.GRANT, re.compile(_GIFTS, re.I)),
    # what an aid agency builds, which the text does not call a gift: "TIKA has carried out development projects
    # worth 150 million liras" (before DEAL_VALUE's "projects", which would take the same words)
    (Metric.OTHER, re.compile(_AID_PROJECTS, re.I)),
    (
        Metric.DEAL_VALUE,
        re.compile(
            # "exports to Japan were valued at ...": the verb of the flow named before, not a deal's value
            r"(?<!was )(?<!were )(?<!is )(?<!are )\bvalued at\b|\bdeals?\b|\bcontracts?\b|\bportfolio\b|"
            # a loan or credit agreement is the loan it grants: "a yen loan agreement worth 101.9 billion yen"
            r"(?<!loan )(?<!credit )\bagreements?\b|\bprojects?\b|\bconcessions?\b|"
            r"\b(?:documents?|memorand\w*)\s+(?:\w+\s+){0,2}?worth\b",
            re.I,
        ),
    ),
    (Metric.OTHER, re.compile(OTHER_LABELS + "|" + _OTHER_VERBS, re.I)),
]
# A metric named right after the sum: "$5 million in grants", "of which about US$ 600 million is in grants".
# The words may name the sum's kind ("in non-refundable aid", "in commercial and deposit loans"), its source ("earned
# Br4.1 billion from electricity exports") or follow a rate ("$2 billion a year in port and transit fees").
AFTER_METRIC = re.compile(
    r"^\s*(?:(?:a|per)\s+year\s+|annually\s+)?"
    r"(?:in|of|from|worth of|(?:is|are|was|were)\s+in|in\s+the\s+form\s+of)\s+"
    r"((?:[\w-]+\s+){0,3}?(?:FDI|investments?|exports?|imports?|trade|aid|assistance|grants?|loans?|support|"
    r"financing|fees|funding|funds|deposits?))\b",
    re.I,
)
# The upper bound of a range written in full after the lower: "$1.5 billion to $2 billion a year in fees".
_RANGE_TAIL = re.compile(r"(?<!\s)\s+(?:to|and)\s+(?:US\s?)?[$€£]?\s?\d[\d.,]*\s*(?:million|billion|trillion|bn|mn)?")
# What a relative clause between commas tells is not the sum's: "The modernization program of the railway, which
# carries most of Mongolia's foreign trade cargo, is estimated at $1 bln".
_RELATIVE = re.compile(r",\s+(?:which|who|that)\s[^,;]*,")
# A price put on something named before: "the project is estimated at $1.3bn", when no metric word is nearer.
_ESTIMATED = re.compile(r"\b(?:is|are|was|were)\s+(?:now\s+)?(?:estimated|put|valued)\s+at\s+(?:about\s+|around\s+)?$")
# The noun an amount qualifies: "a R2.1-billion contract", "a KSh 12.9 billion loan", "a $100 million investment"
# (not a noun after a preposition: "a credit line of 10 billion yuan for projects").
AFTER_NOUN = re.compile(
    r"^\s*(?:(?!(?:for|of|in|to|on|with|from|at|by|into|under|and|or)\s)[\w-]+\s+){0,2}?"
    r"((?:financing\s+)?(?:contracts?|deals?|loans?|credit lines?|lines? of credit|grants?|deposits?|"
    r"agreements?|investments?|(?P<project>projects?|programmes?|programs?|schemes?)))\b",
    re.I,
)
# "documents worth $12.5 billion": the value of what is signed, when no metric word is nearer the amount.
WORTH = re.compile(r"\bworth\s+(?:about\s+|around\s+|some\s+|over\s+|more\s+than\s+)?$", re.I)
# What something costs, when nothing nearer names the sum: "puts the cost of the two units at about 400 billion
# koruna"; and what a cost verb right before the sum prices, whatever is named before: "the financing arrangements
# for the pipeline, estimated to cost $400 million" (not "gifted by India at a cost of US$ 6 million"), and what
# it is budgeted at: "The second phase is budgeted at 341.3 billion baht".
_COST = re.compile(r"\bcosts?\b|\bcosting\b|\bpriced?\b", re.I)
_COSTS = re.compile(
    r"\b(?:cost|costs|costing|priced at|budgeted at|with a budget of)\s+"
    r"(?:(?:about|around|an estimated|some|nearly|roughly|over|more than)\s+)?"
    r"(?:US\s?)?$",
    re.I,
)
# The thing a value is put on, the words right before "valued at" ("a donation valued at", "a grant package valued
# at"); not a flow told before its verb ("exports to Japan were valued at"), which the nearest metric word reads.
_VALUED = re.compile(
    r"(?<![\w-])((?:[\w-]+\s+){0,2}?[\w-]+)\s+valued\s+at\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|"
    r"more\s+than\s+|an\s+estimated\s+)?(?:US\s?)?$",
    re.I,
)
# A price put on a thing named right before, when no metric word names the sum: "a programme estimated at around 700
# billion rupees", "the bridge, valued at $300 million".
_PRICED = re.compile(
    r"\b(?:estimated|valued|priced)\s+at\s+(?:(?:about|around|some|nearly|roughly|over|more\s+than)\s+)?(?:US\s?)?$",
    re.I,
)
# A sum written as what a public work costs, before its noun, when no metric word names it: "a 2.5 billion baht
# special economic zone", "a $300 million bridge" (not a company's plant, which is its investment).
_A_BEFORE = re.compile(r"\b(?:a|an)\s+(?:US\s?)?$", re.I)
_WORKS_AFTER = re.compile(
    r"(?<!\s)\s++(?:[\w-]{1,40}+\s++){0,3}?(?:zone|bridge|port|railway|rail\s+line|road|highway|expressway|dam|"
    r"terminal|airport|pipeline|hospital|stadium|power\s+station|interconnector)\b",
    re.I,
)
_AID_BUDGET = re.compile(r"\b(?:aid|assistance|ODA)\s+budget(?:s|ed)?\b", re.I)
_OTHER_LABEL = re.compile(OTHER_LABELS.replace(r"\b", "") + "|" + _AID_PROJECTS, re.I)
# Money announced, pledged or committed for a purpose is financing in whatever form, grants and loans together,
# unless the text names it a grant: "Germany has committed €80 million to support vocational training",
# "announced C$65 million for infrastructure and clean-energy projects", "committed R44-million to a joint fund".
_FUNDED = re.compile(
    r"\b(?:announced|pledged|earmarked|unveiled|commit(?:ted|s)?)\s+"
    r"(?:an?\s+(?:additional|further|new|extra|total of)\s+)?$",
    re.I,
)
_FOR = re.compile(r"(?<!\s)\s+(?:in\s+[\w-]+\s+)?(?:for|to\s+(?:support|fund|finance))\b")
_TO_A_FUND = re.compile(r"(?<!\s)\s+(?:to|for|into)\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,3}?(?:fund|facility)\b", re.I)
# The sum's equivalent in parentheses right after it, or the parenthesis it is in: what is named after that is
# named after both: "A$20 million (Rp 212 billion) in grants", "a 1.2 trillion-won ($830 million) contract".
_PARENTHESIS = re.compile(r"(?<!\s)\s*\([^()]{1,60}\)|\)")
# "the third-largest investor in Vietnam, with some 760 projects worth $4.4 billion": a count of an investor's
# projects is its stock of investment; "a project estimated at $1.3bn" stays the value of one.
_PROJECTS = re.compile(r"(?<![\w,])\d[\d,]*\s+(?:[\w-]+\s+){0,2}?projects$", re.I)


# A flow named as what a loan or credit line is for is no flow: "increase the credit line for Portuguese exports to
# Angola from 1.5 billion to 2 billion euros", "a $500 million loan to finance imports of Russian grain".
_FINANCED = re.compile(
    r"\b(?:credit\s+lines?|lines?\s+of\s+credit|loans?|financing|facilit(?:y|ies)|guarantees?|insurance)\s+"
    r"(?:for|to\s+(?:finance|support|fund|promote|boost|cover))\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:exports?|imports?|trade|investments?|investors?)$",
    re.I,
)
_FLOWS_FINANCED = {Metric.EXPORTS, Metric.IMPORTS, Metric.TRADE_TURNOVER, Metric.INVESTMENT, Metric.FDI}


def metric_of(text: str, start: int, end: int) -> Metric | None:
    """The metric of the amount at [start, end): a noun right after it, else the metric word nearest before it."""
    paren = _PARENTHESIS.match(text, end)
    end = paren.end() if paren else end
    upper = _RANGE_TAIL.match(text, end)
    end = upper.end() if upper else end
    after = AFTER_METRIC.match(text[end:]) or AFTER_NOUN.match(text[end : end + 60])
    if after:
        # a project, programme or scheme is what the word before it makes it ("a $50 million aid programme", "an
        # investment project"), else the value of the works: "a 2.1 billion lira road project"
        project = after.groupdict().get("project")
        for metric, pattern in METRICS:
            if pattern.search(after.group() if project else after.group(1)):
                return metric
        if project:
            return Metric.DEAL_VALUE
    before = text[max(0, start - 40) : start]
    if _TO_A_FUND.match(text, end) or (_FUNDED.search(before) and _FOR.match(text, end)):
        return Metric.OTHER
    valued = _VALUED.search(before)
    named = valued and next((metric for metric, pattern in METRICS if pattern.search(valued.group(1))), None)
    if named:  # "a donation valued at 45 million pesos": what the thing valued is
        return named
    if _COSTS.search(before) and not _AID_BUDGET.search(before):
        return Metric.DEAL_VALUE
    best, best_at = None, -1
    window = _RELATIVE.sub(lambda m: " " * len(m.group()), text[:start])
    for metric, pattern in METRICS:
        for m in pattern.finditer(window):
            if m.end() > best_at:
                best, best_at = metric, m.end()
    if best is None and (
        WORTH.search(window)
        or _COST.search(window)
        or _ESTIMATED.search(window)
        or _PRICED.search(window)
        or (_A_BEFORE.search(window) and _WORKS_AFTER.match(text, end))
    ):
        return Metric.DEAL_VALUE
    if best == Metric.DEAL_VALUE and _PROJECTS.search(window[:best_at]) and re.search(r"\binvest", window, re.I):
        return Metric.INVESTMENT
    if best in _FLOWS_FINANCED and _FINANCED.search(window[:best_at]):
        return Metric.OTHER
    return best


def other_label(text: str) -> str | None:
    """What an OTHER sum is, as the sentence names it: 'credit line', 'official development assistance'."""
    found = _OTHER_LABEL.search(text)
    return found.group() if found else None
