"""Amounts in text: numbers with scales and currencies, percentages, counts, and their qualifiers."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from entente.documents import Qualifier
from seed.extract.calendar_words import NUMBERS
from seed.extract.currencies import NAME_WORDS, SHARED, SYMBOLS

# Numbers spelt out before a scale, as AFP and AP write round sums: "worth more than nine billion euros" (the
# calendar's number words, without "a"/"an", which "a million people" would make money).
WORD_NUMBERS = {w: n for w, n in NUMBERS.items() if w not in ("a", "an")} | {"forty": 40, "fifty": 50, "hundred": 100}
_WORDS = r"(?<![\w-])(?i:" + "|".join(WORD_NUMBERS) + r")(?=[ -](?:million|billion|trillion)\b)"
NUM = r"\d{1,3}(?:[ \u00a0,]\d{3})+(?:\.\d+)?(?!\d)|\d+(?:[.,]\d+)?|" + _WORDS
_SYMBOL = "|".join(re.escape(s) for s in sorted({*SYMBOLS, *SHARED}, key=len, reverse=True))
_SCALE = r"thousand|million|billion|trillion|mln|bln|trln|bn|mn|tn|crore|lakh|m|k"
# An amount: a symbol or code before it ("$", "R", "₸", "AED "), a range ("€1.5-2 billion"), a scale joined
# by a space or a hyphen ("R44-million"), and a name or code after it ("tenge", "Egyptian pounds", "USD").
MONEY = re.compile(
    r"(?:(?<![^\W_])(?P<cur1>" + _SYMBOL + r"|[A-Z]{3})\s?)?(?P<num>" + NUM + r")"
    r"(?:\s?[-–—]\s?(?P<num2>" + NUM + r")(?=[\s-]?(?:" + _SCALE + r")\b))?"
    r"[\s-]?(?P<scale>" + _SCALE + r")?\b\.?-?\s*"
    # a name may be capitalised, as Ethiopian copy writes it ("1.2 billion Birr"), unless a name goes on after it
    # ("5 million Euro Area citizens")
    r"(?P<cur2>(?:(?:[A-Z][\w.'’]*|CFA)\s){0,2}(?:(?:" + NAME_WORDS + r")(?![\w])|(?i:" + NAME_WORDS + r")"
    r"(?![\w])(?!\s+[A-Z]))|[A-Z]{3}(?![\w$])|zł|FCFA)?"
)
# Letters that are a currency only before an amount with a scale or thousands ("R44-million", not "the R4 road").
# fmt: off
LETTER_SYMBOLS = frozenset({"R", "Sh", "Shs", "KSh", "Ksh", "TSh", "Tsh", "USh", "Ush", "UShs", "SR", "QR", "Dh",
                            "Dhs", "RM", "Rp", "LE", "Rs", "Rs.", "N", "Rwf", "FRw", "S/", "S/.", "Tk", "KD", "BD",
                            "RO", "JD", "MK", "FCFA", "CFA", "kr", "kr.", "DH", "Br", "K"})
# fmt: on
# Codes that are English words in capitals too ("TOP 10 partners", "ALL 5 companies").
NOT_CODES = frozenset({"ALL", "TOP", "CUP", "MOP", "BAM", "AND", "THE"})
# (?<!\d): a number starts where its digits start (and COMPANIES' not after a digit and a separator either);
# otherwise a long run of digits or digit groups is tried again from every digit in it, in time its length squared.
# "pc" written against the number is Pakistani and British copy's percent: "rose 11.2pc".
PERCENT = re.compile(r"(?<!\d)(?P<num>\d+(?:[.,]\d+)?)(?:\s?(?:%|percent\b|per cent\b)|pc\b)")
# Companies are counted as firms or as the subsidiaries of the other country's groups: "some 1,300 French
# subsidiaries operate in the Kingdom".
COMPANIES = re.compile(
    r"(?<!\d)(?<!\d[ \u00a0,])(?P<num>\d{1,3}(?:[ \u00a0,]\d{3})+|\d+)\s+(?:(?:[\w-]+|with [\w-]+ capital)\s+){0,2}?"
    r"(?P<what>companies|enterprises|joint ventures|firms|businesses|subsidiaries|affiliates)\b(?P<label>[^.;,]*)"
)
# Companies counted with the number told after them: "the number of enterprises with Hungarian capital has reached
# 72", "the number of Turkish companies in Egypt stands at more than 1,500".
COMPANIES_NUMBER = re.compile(
    r"\bnumber of (?P<label>(?:[\w-]+\s+){0,2}?"
    r"(?P<what>companies|enterprises|joint ventures|firms|businesses|subsidiaries|affiliates)\b"
    r"[^.;,\d]{0,60}?)\s+(?:has\s+|have\s+|had\s+)?(?:reached|stands?\s+at|stood\s+at|is|was|totals?|"
    r"total(?:l)?ed|exceeds?|exceeded|amounts?\s+to|amounted\s+to|(?:grown|risen|rose|grew|increased)\s+to)\s+"
    r"(?:(?:more than|over|about|some|around|nearly|almost)\s+)?(?P<num>\d{1,3}(?:[ \u00a0,]\d{3})+|\d+)\b(?![.,]\d)",
    re.I,
)
# Companies counted as the members of a delegation, who are delegates, not companies of one country in the other's
# market: "a business delegation of 40 companies". The companies at a forum are counted ("a business forum ... with
# the participation of more than 150 companies", as the gold of final6-final10 has them).
DELEGATION = re.compile(
    r"\bdelegation\s+(?:of|comprising|consisting\s+of|including)\s+"
    r"(?:(?:more than|over|about|some|around|nearly|almost|up to)\s+)?$",
    re.I,
)
# People of one country living, working or studying in the other: "Around 600,000 Vietnamese nationals live in
# Japan", "some 20,000 Chinese nationals working in Pakistan", "More than 16,000 Lao students are studying in ...".
# Also told by the demonym alone ("Around 50,000 Estonians work in Finland"), as employed there ("1.2 million
# Cambodian workers are employed in Thailand"), by their descent ("Nearly 1 million people in Canada are of Filipino
# descent") or their status ("the roughly 990,000 Ukrainians who hold temporary protection").
_STAY = r"(?:live|living|work|working|study|studying|reside|residing|employed|based|settled)"
# also two verbs and an adverb: "live and work in Qatar", "are currently studying at Russian universities"
_ABROAD = (
    r"(?:(?:currently|now|still|legally)\s+)?" + _STAY + r"(?:\s+and\s+" + _STAY + r")?\s+(?:in|at)\s+[\w-]+|"
    r"call\s+[A-Z][\w-]*\s+home"
)
_STATUS = r"(?:hold|holding|have|having|granted)\s+(?:temporary\s+protection|refugee\s+status|residence\s+permits?)"
_DESCENT = r"of\s+[A-Z][\w-]*\s+(?:descent|origin|heritage|ancestry)"
PEOPLE_ABROAD = re.compile(
    r"(?<!\d)(?<!\d[ \u00a0,])(?P<num>\d{1,3}(?:[ \u00a0,]\d{3})+|\d+(?:\.\d+)?)(?:\s+(?P<scale>thousand|million))?\s+"
    r"(?P<label>(?:(?:[A-Z][\w-]*\s+){1,2}(?:nationals|citizens|students|workers|migrants|expatriates|people|"
    r"specialists|doctors|nurses|teachers|engineers|professionals|labou?rers|refugees)|"
    r"people\s+" + _DESCENT + r"|"
    r"[A-Z][a-z]+(?:ans|ese|ers|is|os|s))\s+"
    r"(?:who\s+)?(?:(?:are|were)\s+)?(?:" + _ABROAD + "|" + _STATUS + "|" + _DESCENT + r")|"
    r"people\s+in\s+[A-Z][\w-]*\s+(?:are|were)\s+" + _DESCENT + ")"
)
# Refugees one country hosts from another: "hosting nearly 390,000 refugees from Ukraine", "Poland has taken in some
# 1 million Ukrainian refugees", "shelters more than 60,000 Sudanese refugees".
REFUGEES = re.compile(
    r"\b(?:hosts?|hosting|hosted|shelters?|sheltering|sheltered|taken\s+in|took\s+in|taking\s+in|welcomed|"
    r"received)\s+(?:(?:more\s+than|over|about|around|nearly|almost|some|roughly|an\s+estimated)\s+)?"
    r"(?P<num>\d{1,3}(?:[ \u00a0,]\d{3})+|\d+(?:\.\d+)?)(?:\s+(?P<scale>thousand|million))?\s+"
    r"(?P<label>(?:[A-Z][\w-]*\s+){0,2}refugees)\b"
)
# Investment projects counted: "Vietnam currently has 210 valid investment projects in Cambodia", "Egyptian investors
# hold 64 licensed projects", "spread across more than 3,900 projects"; not projects priced ("760 projects worth").
PROJECTS = re.compile(
    r"(?<![\d$€£.,])(?<!\d[ \u00a0,])(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s+"
    r"(?P<label>(?:(?:valid|licensed|registered|approved|active|operational|investment|FDI|foreign-invested)\s+){0,2}"
    r"projects)\b(?!\s+(?:worth|valued|with\s+a\s+(?:total|combined)\s+value))"
)
# A share one side has of a whole, told before the percentage ("China accounts for more than 70 percent of Mongolia's
# foreign trade", "Australia supplies roughly 40 percent of Japan's LNG imports", "accounting for over 50 percent of
# the total"), with "of" after it: an OTHER percentage.
SHARE_BEFORE = re.compile(
    r"\b(?:accounts?|accounted|accounting)\s+for\s+(?:(?:about|around|over|more\s+than|nearly|almost|roughly|some|"
    r"up\s+to|less\s+than|an\s+estimated)\s+)?$|"
    r"\b(?:supplies|supplied|supplying|makes?\s+up|made\s+up|making\s+up|represents?|represented|representing)\s+"
    r"(?:(?:about|around|over|more\s+than|nearly|almost|roughly|some|up\s+to|less\s+than)\s+)?$",
    re.I,
)
SHARE_OF = re.compile(r"(?<!\s)\s++of\s++(?:the\s+|its\s+|their\s+|global\s+|world\s+|total\s+|[A-Z][\w-]*['’]s?\s+)")
# A count told with the one it changed from: "About 340 Japanese companies operate in Bangladesh, up from 245 in 2019".
UP_FROM = re.compile(
    r"(?:,\s*|(?<![\s,])\s+)(?:up|down)\s+from\s+(?:about\s+|around\s+|some\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)\b(?![.,]\d)"
)
NUMBER_OF = re.compile(
    r"\bnumber of (?P<label>[^.;]{3,60}?) (?:grew|increased|rose|went up) from (?:just |only )?(?P<a>\w+)"
    r"(?P<t1>\s+in\s+\d{4})?\s+to\s+(?P<b>\w+)(?P<t2>\s+(?:as of|in|by)\s+(?:this year|\d{4}))?",
    re.I,
)
SCALES = {
    "thousand": 3,
    "k": 3,
    "lakh": 5,
    "million": 6,
    "mln": 6,
    "mn": 6,
    "m": 6,
    "crore": 7,
    "billion": 9,
    "bln": 9,
    "bn": 9,
    "trillion": 12,
    "trln": 12,
    "tn": 12,
}
NOT_MONEY = re.compile(
    r"^\s*(?:tons?|tonnes|people|tourists|passengers|barrels|cubic|square|hectares|km|doses|"
    r"residents|citizens|students|years|times|kilometers|kilometres|units|vehicles|heads|jobs)\b",
    re.I,
)
MORE = re.compile(
    # not the particle of a verb: "Beijing rolled over $3.4bn in loans", "handed over $2 million"
    r"(?:more than|(?<!rolled )(?<!rolling )(?<!handed )(?<!turned )(?<!signed )(?<!paid )over|above|"
    r"exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?|in excess of|upwards of|"
    r"cross(?:ed|es|ing)?|top(?:ped|s)?)\s*"
    r"(?:US\s?)?[$€£]?\s*$",
    re.I,
)
ABOUT = re.compile(
    r"(?:around|about|approximately|nearly|almost|some|roughly|close to|estimated at|an estimated|"
    r"estimated to (?:cost|be worth|total|amount to))\s*"
    r"(?:US\s?)?[$€£]?\s*$",
    re.I,
)
LESS = re.compile(r"(?:less than|under|below|fewer than|up to)\s*(?:US\s?)?[$€£]?\s*$", re.I)
# A sum aimed at, single or a range: "the aim is to raise it to $15 billion", "wanted to lift annual trade to
# between $2 billion and $3 billion by 2030", "reaching the target of $10 billion"; the sum it is raised from may
# stand between ("to raise bilateral trade from US$6.3 billion in 2024 to US$20 billion").
TARGET = re.compile(
    r"\b(?:aim|aims|goal|target|plan|plans|measures|seek|seeks|intend|task|will|would|expected|should|must|want|"
    r"wants|wanted|hope|hopes|hoped|to increase|to bring|to raise|to boost|to double|to reach|to expand|to lift|"
    r"to take|to push|bringing|increasing|raising|boosting|doubling|lifting)\b"
    r"(?:[^.;]|\.(?=\d)){0,120}\b(?:to|reach)\s+"
    r"(?:between\s+(?:(?:[^.;]|\.(?=\d)){0,30}?\s+and\s+)?)?(?:US\s?)?[$€£]?\s*$|"
    r"\btarget(?:ed)? of\s+(?:US\s?)?[$€£]?\s*$|"
    # a sum aimed for straight: "the two nations aim for $30 billion in annual trade by 2030", "aiming at"
    r"\baim(?:s|ed|ing)?\s+(?:for|at)\s+(?:(?:an?|the)\s+)?(?:US\s?)?[$€£]?\s*$",
    re.I,
)
# A rate told before what it measures: "6.2% more than the previous year", "12% higher than a year earlier",
# "up 13.2 per cent on ...", "a 9% increase", "8 percent year on year".
GROWTH_AFTER = re.compile(
    r"(?<!\s)\s*(?:(?:more|higher|greater|less|lower|up|down)\s+(?:than|on|from|over|compared)|above|below|"
    r"(?:year[- ]on[- ]year|y/y|yoy)\b|(?:increase|rise|growth|jump|decline|drop|fall|decrease)\b)",
    re.I,
)
# A rate of a tariff, a duty or a levy, told after it ("cuts U.S. tariffs on most Vietnamese goods to 15% from 20%",
# "import duties of up to 35 percent") or before it ("a 25% tariff on steel"); not a change told with "by".
TARIFF_BEFORE = re.compile(
    r"\b(?:tariffs?|(?:import|export|customs)\s+dut(?:y|ies)|duties|levy|levies)\b(?:[^.;]{0,60}[\s(])?$", re.I
)
TARIFF_AFTER = re.compile(
    r"(?<!\s)\s+(?:[\w-]+\s+)??(?:tariffs?|(?:import|export|customs)\s+dut(?:y|ies)|duties|levy)\b", re.I
)
NOT_A_TARIFF = re.compile(
    r"\bby\s+(?:about\s+|around\s+|up\s+to\s+)?$|\b(?:grew|rose|fell|increased|decreased)\b", re.I
)

# A word of change before a rate; "up to 35 percent" is a bound, not a rise.
GROWTH = re.compile(
    r"\b(?:increase[ds]?|grew|grown|rose|risen|rises?|growth|up(?!\s+to\b)|declined?|decreased?|fell|fallen|falls?|"
    r"jump(?:ed|s)?|surged|climbed|drop(?:ped|s)?|down(?!\s+to\b)|slipped|contracted)\b"
    r"[^.;%]{0,40}$",
    re.I,
)
# The words of a fall, which make the rate negative: "down 3.1 percent from the previous year", "a 4% decline".
FALL = re.compile(
    r"\b(?:declined?|decreased?|decrease|fell|fallen|falls?|drop(?:ped|s)?|down|slipped|contracted|less|lower|below)\b",
    re.I,
)


def to_decimal(num: str, scale: str | None) -> Decimal | None:
    if num.lower() in WORD_NUMBERS:
        num = str(WORD_NUMBERS[num.lower()])
    clean = num.replace("\u00a0", "").replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", clean):
        clean = clean.replace(",", "")
    clean = clean.replace(",", ".")
    try:
        value = Decimal(clean)
    except InvalidOperation:
        return None
    if scale:
        value = value.scaleb(SCALES[scale.lower()])
    return Decimal(format(value.normalize(), "f"))


def read_qualifier(before: str) -> Qualifier:
    if MORE.search(before):
        return Qualifier.MORE_THAN
    if ABOUT.search(before):
        return Qualifier.ABOUT
    if LESS.search(before):
        return Qualifier.LESS_THAN
    return Qualifier.EXACT
