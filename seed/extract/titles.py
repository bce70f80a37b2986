"""An article's title: its headline line when it has one, else a short title derived from its lead sentence."""

from __future__ import annotations

import re

from seed.extract.published import header_line

# The longest derived title, in characters: about what a list shows on one line.
MAX_TITLE = 110

# Lines of a page's furniture before the story: "Press release", "From: ...", "By ...", "Published ...", "- Türkiye".
_FURNITURE = re.compile(
    r"^\s*(?:[-•|]\s|(?:press release|news|from|by|source|editor|published|posted|updated|modified)\b|"
    r"photo\b|image\b|\W*$|(?-i:[A-Z][A-Z .'’-]{1,30})$)",
    re.I,
)
# A dateline or date header opening the lead: "ASTANA, March 12 (Kazinform) –", " date 2025-06-03 ASTANA –",
# "MOSCOW, March 5. /TASS/.", "BAKU, Azerbaijan, February 13.", "TOKYO (AP) —", "RIYADH:", "Pretoria –".
_LEAD_IN = re.compile(
    r"^\s*(?:date:?\s+\d{4}-\d{2}-\d{2}\s+)?"
    r"(?:[A-Z][\w'’.-]{0,30}(?: [A-Z][\w'’.-]{0,30}){0,3}(?:,\s*[^–—:\n(/]{1,40}?)?"
    r"(?:\s*\([^()\n]{1,30}\))?(?:\.?\s*/[^/\n]{1,20}/)?(?:\s*(?:[–—:]|-{1,2}(?=\s))|(?<=\d)\.|(?<=/)\.)\s+)?"
)
# Attribution that ends a lead sentence and says nothing of the story: ", Kazinform reports.",
# ", the Kremlin press service said.", ", press service of the Kazakh MFA reports."
_ATTRIBUTION = re.compile(
    r",\s+(?:[^,]{0,80}?\b(?:reports?|reported|said|says|told\s+\w+|informs?|cites?|learned|announced)\b[^,]{0,60}"
    r"|according to [^,]{1,80})\s*\.?\s*$",
    re.I,
)
# A page's label above its headline, or a date header alone on its line ("date: 2013-10-08").
_LABEL = re.compile(
    r"^\s*(?:press release|news story|news|statement|speech|announcement|date:?\s+\d{4}-\d{2}-\d{2})\s*\n(?:\s*\n)*",
    re.I,
)
_PARENTHESIS = re.compile(r"\s*\([^()]{0,40}\)")
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\bMr)(?<!\bDr)(?<!\bSt)\.(?=\s|$)|\n")


def headline(text: str) -> str | None:
    """A first line that reads as a headline: short, no final period, followed by more text. A page's label
    before it ('Press release', 'News story') is skipped."""
    span = headline_span(text)
    return text[span[0] : span[1]].strip() if span else None


def headline_span(text: str) -> tuple[int, int] | None:
    """Where the headline line is, as headline() finds it, or None."""
    start = 0
    label = _LABEL.match(text)
    if label:
        start = label.end()
    end = text.find("\n", start)
    first = text[start:end].strip() if end >= 0 else ""
    rest = text[end + 1 :] if end >= 0 else ""
    if end < 0 or not rest.strip() or not 10 <= len(first) <= 160 or first.endswith((".", ":", ",")):
        return None
    if not first[0].isupper() or re.match(r"^(?:date\b|[A-Z .-]+,\s+\w+ \d)", first) or _FURNITURE.match(first):
        return None
    return start, end


def derived_title(text: str) -> str:
    """A short title made from the article's lead sentence, for an article without a headline.

    Skips a headline line, header lines (dates, bylines, 'Press release', a lone city) and the dateline that
    opens the lead, drops the attribution that ends the lead sentence (', Kazinform reports') and parentheses,
    and cuts what remains to at most MAX_TITLE characters at a word, ending it with '…' when cut. Never empty
    for a text with a letter or digit in it."""
    span = headline_span(text)
    for line in text[span[1] if span else 0 :].split("\n"):
        line = line.strip()
        if not line or (len(line) < 100 and (_FURNITURE.match(line) or _is_date_line(line))):
            continue
        lead = _lead_sentence(line[:2000])
        if lead:
            return _shorten(lead)
    return _shorten(" ".join(text.split())) or text.strip()[:MAX_TITLE]


def _is_date_line(line: str) -> bool:
    return header_line(line) is not None


def _lead_sentence(body: str) -> str:
    body = _LEAD_IN.sub("", body, count=1) if _LEAD_IN.match(body) else body
    end = _SENTENCE_END.search(body)
    sentence = body[: end.start()] if end else body
    sentence = _ATTRIBUTION.sub("", sentence + ".").rstrip(" .")
    sentence = _PARENTHESIS.sub("", sentence)
    return sentence.strip(" –—-:;,\"“”'")


def _shorten(sentence: str) -> str:
    sentence = " ".join(sentence.split())
    if len(sentence) <= MAX_TITLE:
        return sentence
    cut = sentence[: MAX_TITLE - 1]
    space = cut.rfind(" ")
    if space > MAX_TITLE // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:–—-") + "…"
