"""Nationality of people whose title names no country: a gazetteer of office holders, then the counterparts
they are named with or met by, then the person they speak for, then the host of the story (the city of its
dateline or of its meetings), else the article's own country."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence

from entente.text import fold
from seed.extract.gazetteer import Mention, country_named, find_countries
from seed.extract.mentions import Mentions
from seed.extract.names import place_country
from seed.extract.officials import full_name, official_country, surnames
from seed.extract.people import Person
from seed.extract.places import office_country
from seed.extract.rules import PRONOUN
from seed.extract.sentences import Sentence


def known_nationality(people: list[Person]) -> None:
    """Office holders the gazetteer knows, for those whose title names no country: 'President Tokayev'; one named
    by initial takes the gazetteer's full name ('L. Oyun-Erdene')."""
    for p in people:
        if full := full_name(p.name):
            p.aliases = [*p.aliases, p.name] if p.name not in p.aliases else p.aliases
            p.name = full
        if p.country is None:
            p.country = next((c for c in map(official_country, [p.name, *p.aliases]) if c), None)
        if p.country is None and len(p.tokens) == 1:  # "Foreign Minister Lavrov", named by surname alone
            p.country = surnames().get(fold(p.name))


def _pair(mentions: list[Mention], main: str | None, partner: str | None) -> tuple[str, ...]:
    """The article's two countries: main and partner, or else the two it names most."""
    if main and partner:
        return main, partner
    ranked = [code for code, _ in Counter(m.code for m in mentions).most_common(3)]
    if main:
        ranked = [main, *[c for c in ranked if c != main]]
    return tuple(ranked[:2])


def _named_with(people: list[Person], sentences: list[Sentence]) -> dict[int, set[str]]:
    """For each person of no known country, the countries of the people named in the same sentences."""
    index = Mentions(people)
    starts = [s.start for s in sentences]
    found: dict[int, set[str]] = {}
    for i, p in enumerate(people):
        if p.country is not None or not sentences:
            continue
        seen: set[str] = set()
        for at, _ in p.mentions:
            s = sentences[max(0, bisect_right(starts, at) - 1)]
            met = _met_object(s, at)
            for q in index.people_in(s.start, s.end):
                if q is p or not q.country:
                    continue
                if met and any(s.start <= b < s.end and _met_object(s, b) for b, _ in q.mentions):
                    continue  # "called on President X and held discussions with Prime Minister Y": one side
                seen.add(q.country)
        found[i] = seen
    return found


def counterpart_nationality(
    people: list[Person], sentences: list[Sentence], mentions: list[Mention], main: str | None, partner: str | None
) -> None:
    """Someone named only beside people of one country of the article's pair is of the other: 'Prime Minister
    Anthony Albanese and Indonesian President Prabowo Subianto signed', 'Mudavadi held talks with UK Foreign
    Secretary David Lammy'. People of both countries in one sentence settle nothing."""
    side_nationality(people, sentences, mentions)
    entourage_nationality(people, sentences)
    companion_nationality(people, sentences)
    predecessor_nationality(people)
    office_nationality(people)
    seat_nationality(people, sentences)
    pair = _pair(mentions, main, partner)
    if len(pair) < 2:
        return
    host_nationality(people, sentences, pair)
    visitor_nationality(people, sentences, pair)
    for _ in range(2):  # a name settled here can settle another named with it elsewhere
        changed = False
        for i, seen in _named_with(people, sentences).items():
            if len(seen) == 1 and (other := next(iter(seen))) in pair:
                # a spokesperson reports on their own side ("Merz accepted ..., government spokesman X said")
                own = _SPOKESPERSON.search(people[i].role or "")
                people[i].country = other if own else pair[1] if other == pair[0] else pair[0]
                changed = True
        if not changed:
            break
    office_nationality(people)  # an aide of an office whose holder was placed only above
    escort_nationality(people, sentences)  # one who went with someone placed only above


_SPOKESPERSON = re.compile(r"\bspokes(?:person|man|woman)\b", re.I)


# Verbs of meeting whose object is the subject's host or guest: "Nurtleu ... met with Minister ... Tengku Zafrul Aziz".
# "held talks at the Pentagon with", "visit the border crossing together with": the place may come first.
_MET = re.compile(
    r"\b(?:met(?:\s+with)?|meet(?:s|ing)?(?:\s+with)?|"
    r"held\s+(?:\w+\s+){0,2}?(?:talks|discussions|consultations|meetings?)\s+(?:(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3})?with|received|"
    r"(?:was|were)\s+(?:received|welcomed|greeted)\s+(?:(?:at|on|in)\s+(?:the\s+)?\w+\s+)?by|"
    r"(?:called|calls|call|calling)\s+on|spoke\s+(?:\w+\s+){0,3}?with|together\s+with)\s+",
    re.I,
)


def met_together(people: list[Person], sentences: list[Sentence]) -> None:
    """The people an article's visitor meets are of one side: 'EAM called on President Wickremesinghe and held
    discussions with Prime Minister Dinesh Gunawardena', 'He also met Leader of the Opposition Sajith Premadasa'.
    When everyone of known country met as an object of a meeting verb is of one country, those of unknown
    country met the same way are of it too; objects of two countries settle nothing."""
    if not sentences:
        return
    starts = [s.start for s in sentences]
    objects: list[Person] = []
    for p in people:
        for at, _ in p.mentions:
            if _met_object(sentences[max(0, bisect_right(starts, at) - 1)], at):
                objects.append(p)
                break
    known = {p.country for p in objects if p.country}
    if len(known) != 1:
        return
    country = next(iter(known))
    for p in objects:
        p.country = p.country or country


def _met_object(s: Sentence, at: int) -> bool:
    """The name at offset ``at`` is one the subject of its sentence went to meet: after 'met', 'called on', 'held
    talks with' or 'was received by', with titles and others met between. 'Rashid received Erdogan' names a
    guest instead, and does not count."""
    verbs = [v for v in _MET.finditer(s.text, 0, at - s.start) if v.group().lower().strip() != "received"]
    return bool(verbs) and bool(_OBJECTS.fullmatch(s.text, verbs[-1].end(), at - s.start))


# What may stand between a meeting verb and the name of one it met: titles, and others met before, joined by
# "and" or commas ("called on President X and Prime Minister Y").
_OBJECTS = re.compile(r"(?:(?:the|his|her)\s+)?(?:(?<![\w.’'-])[A-Z][\w.’'-]*,?\s+|(?:of|for|and|the)\s+){0,16}")


def met_nationality(
    people: list[Person], sentences: list[Sentence], mentions: list[Mention], main: str | None, partner: str | None
) -> None:
    """Someone the sentence's subject meets is of the other country of the article's pair: 'Nurtleu was received
    by Anwar Ibrahim and met with Minister of Investment Tengku Zafrul Aziz'."""
    pair = _pair(mentions, main, partner)
    if len(pair) < 2 or not sentences:
        return
    index = Mentions(people)
    for p, at, end, s in _unplaced_mentions(people, sentences):
        other = _met_by(index, p, at, s) or _met_whom(index, p, end, s)
        if other is not None and other is not p and other.country in pair:
            p.country = pair[1] if other.country == pair[0] else pair[0]


def _met_by(index: Mentions, p: Person, at: int, s: Sentence) -> Person | None:
    """The subject of the meeting verb whose object is the name at ``at``, with at most a title between them; for
    a pronoun ('He was received at the airport by Minister X'), the person last named before the sentence."""
    verbs = list(_MET.finditer(s.text, 0, at - s.start))
    if not verbs or not _TITLE_ONLY.fullmatch(s.text, verbs[-1].end(), at - s.start):
        return None
    # one met before ("she will meet Michal, and ... visit the border together with Taro") is no subject
    named = index.people_in(s.start, s.start + verbs[-1].start())
    subject = next(
        (q for q in named if not any(_met_object(s, b) for b, _ in q.mentions if s.start <= b < s.end)), None
    )
    if subject is None and _PRONOUN_SUBJECT.fullmatch(s.text, 0, verbs[-1].start()):
        subject = index.last_before(s.start, lambda q: q is not p)[0]
    return subject


def _met_whom(index: Mentions, p: Person, end: int, s: Sentence) -> Person | None:
    """The object of a meeting verb right after the name ending at ``end``, the sentence's subject: 'Trade
    Minister Todd McClay met Commerce and Industry Minister Piyush Goyal'."""
    gap = _SUBJECT_GAP.match(s.text, end - s.start)
    verb = _MET.match(s.text, gap.end()) if gap else None
    if verb is None:
        return None
    start = s.start + verb.end()
    for q in index.people_in(start, s.end):
        if any(_TITLE_ONLY.fullmatch(s.text, verb.end(), a - s.start) for a, _ in q.mentions if start <= a < s.end):
            return q
    return None


# A pronoun as a meeting verb's subject: "He was received at the airport by".
_PRONOUN_SUBJECT = re.compile(r"(?:He|She|he|she)(?:\s+\w+){0,2}\s+")
# What may stand between a subject's name and its verb: a day, "also", "on Sunday".
_SUBJECT_GAP = re.compile(r"\s+(?:(?:also|then|later|on\s+[A-Z]\w+|yesterday|today)\s+)*")


def _unplaced_mentions(people: list[Person], sentences: list[Sentence]) -> Iterator[tuple[Person, int, int, Sentence]]:
    """Each mention (start, end) of a person of no country yet, with its sentence; a person's later mentions are
    skipped once a rule has placed them."""
    starts = [s.start for s in sentences]
    for p in people:
        for at, end in p.mentions:
            if p.country is not None:
                break
            yield p, at, end, sentences[max(0, bisect_right(starts, at) - 1)]


# What may stand between the verb and the name: a title ("Minister of Investment, Trade and Industry ", "the
# chairman of the National People's Congress Standing Committee, ").
_TITLE_ONLY = re.compile(
    r"(?:(?:the|his|her)\s+)?(?:[A-Z][\w'’-]*,?\s+|(?:of|for|and|the|chairman|chairwoman|chairperson|president|"
    r"speaker|premier|governor|head|minister|secretary|counterpart)\s+){0,10}"
)


def own_side(people: list[Person], pair: tuple[str | None, str | None]) -> str | None:
    """The country of the pair an outlet leaves unnamed in its own officials' titles: when every title that names
    a country names the other one ("his Thai counterpart Srettha Thavisin", "Thai Deputy Prime Minister X") and
    an official of this one goes by a bare title ("Prime Minister Hun Manet"), its other bare titles are its own."""
    titled: set[str] = set()
    bare: set[str] = set()
    for p in people:
        if p.country and p.country in pair and p.role and not _ROYAL.match(p.role):
            named = {m.code for m in find_countries(p.role)}
            (titled if named else bare).update(named or {p.country})
    if len(titled) == 1 and len(bare - titled) == 1 and not bare & titled:
        return next(iter(bare))
    return None


# Royal titles, which any outlet gives without a country: "King Maha Vajiralongkorn", "the Emir".
_ROYAL = re.compile(r"(?:His\s+Majesty\s+)?(?:King|Queen|Emir|Amir|Sultan|Crown\s+Prince|Prince|Princess|Sheikh)\b")


def default_nationality(people: list[Person], main: str | None) -> None:
    """What no rule settled: the country given, the host's (see host_country) or else the one it names most."""
    for p in people:
        p.country = p.country or main


# A dateline opening a line: "(ANSA) - ROME, NOV 26 -", "RIYADH:", "HÀ NỘI —", "TOKYO, Jan. 15 (Kyodo) --".
_DATELINE = re.compile(
    r"^(?:\([^()\n]{1,20}\)\s*[-–—]\s*)?([A-ZÀ-Ỹ][A-ZÀ-Ỹ'’.-]+(?: [A-ZÀ-Ỹ'’.-]+){0,2})(?=\s*[,:–—(]|\s+-)", re.M
)
# A place a visit goes to or a meeting is held in: "a visit to Accra", "in Riyadh", "at Hà Nội".
_AT_PLACE = re.compile(r"\b(?:to|in|at)\s+([A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,2})")


def host_country(text: str, pair: Sequence[str | None]) -> str | None:
    """The country of the pair where the story happens, whose officials a title leaves unplaced are most likely:
    the city of the dateline ("ROME, NOV 26"), else the first capital or city of the pair a sentence puts
    something in or at, or a visit to. None when neither names a country of the pair."""
    head = text[:600]
    for m in _DATELINE.finditer(head):
        code = place_country(m.group(1).title())
        if code in pair:
            return code
    for m in _AT_PLACE.finditer(text):
        code = place_country(m.group(1))
        if code in pair:
            return code
    return None


def senders(text: str, people: list[Person]) -> None:
    """Someone another person speaks for ('conveyed greetings from President X') is of that person's country."""
    index: Mentions | None = None
    for p in people:
        if p.sent_by is None:
            continue
        start, at = p.sent_by
        index = index or Mentions(people)
        best, best_at = index.last_before(at, lambda q, p=p: q is not p and bool(q.country))
        if best_at < start and not PRONOUN.search(text[start:at]):
            continue
        if best is not None:
            p.country = best.country


# A side's delegation named by its country before the names of those who led it: "The Singapore delegation was led
# by", "The Indian side, led by", "Kenya's team was headed by and included".
_SIDE_LED = re.compile(
    r"(?<!\s)(?:['’]s)?\s+(?:side|delegation|team)\s*,?\s+(?:(?:(?:was|is|were)\s+)?(?:led|headed|represented)\s+by|"
    r"(?:included|includes|comprised|consisted\s+of))\s",
    re.I,
)
# A side named in an opening phrase, its people after it: "From the Pakistani side, it was attended by",
# "On the Kenyan side, the talks were attended by".
_SIDE_OPENS = re.compile(r"(?:^|[;,]\s*)(?:From|On|For)\s+the\s+$", re.I)
_SIDE_OPENED = re.compile(r"(?<!\s)\s+side\s*,\s")


def side_nationality(people: list[Person], sentences: list[Sentence], mentions: list[Mention]) -> None:
    """Those of no known country named after '<country> delegation was led by' in its sentence, up to another
    country named, are of it."""
    index: Mentions | None = None
    at = 0
    for s in sentences:
        while at < len(mentions) and mentions[at].start < s.start:
            at += 1
        here = [m for m in mentions[at : at + 50] if m.start < s.end]
        for k, m in enumerate(here):
            led = _SIDE_LED.match(s.text, m.end - s.start)
            if led is None and _SIDE_OPENS.search(s.text, max(0, m.start - s.start - 12), m.start - s.start):
                led = _SIDE_OPENED.match(s.text, m.end - s.start)
            if led is None:
                continue
            end = next((o.start for o in here[k + 1 :] if o.code != m.code), s.end)  # "The Indian side was led by"
            index = index or Mentions(people)
            for p in index.people_in(s.start + led.end(), end):
                p.country = p.country or m.code


# Words that open a list of one side's delegation: "He was accompanied by Minister A and Minister B".
_ENTOURAGE = re.compile(
    r"\b(?:accompanied\s+by|joined\s+by|delegation\s+(?:that\s+)?(?:included|includes|including|comprising|of)|"
    r"along\s+with|flanked\s+by)\s",
    re.I,
)


# The words of an entourage whose subject is the one they go with ("along with" may join the other side).
_ESCORTED = re.compile(r"accompanied|joined|flanked", re.I)
_COUNTERPART = re.compile(r"\bcounterparts?\b", re.I)
# A sentence whose subject is a pronoun: "He was accompanied by".
_PRONOUN_OPENS = re.compile(r"(?<!\s)\s*(?:He|She)\b")


# Someone named as going with the one the sentence before is about: "High commissioner Pranay Verma accompanied him".
_ACCOMPANIED_HIM = re.compile(r"(?<!\s)\s+(?:also\s+)?(?:accompanied|joined)\s+(?:him|her)\b")


def escort_nationality(people: list[Person], sentences: list[Sentence]) -> None:
    """Someone who 'accompanied him' is of the country of the one the sentence before opens with, its subject:
    'Misri ... also called on Muhammad Yunus ... High commissioner Pranay Verma accompanied him'."""
    starts = [x.start for x in sentences]
    index: Mentions | None = None
    for p, at, end, s in _unplaced_mentions(people, sentences):
        k = bisect_right(starts, at) - 1
        if k < 1 or not _ACCOMPANIED_HIM.match(s.text, end - s.start):
            continue
        index = index or Mentions(people)
        if any(q.country for q in index.people_in(s.start, at)):
            continue  # another placed person before in the sentence: "him" may be them
        prev = [q for q in index.people_in(sentences[k - 1].start, sentences[k - 1].end) if q.country]
        p.country = prev[0].country if prev else None


# Someone travelling with an office holder named by title or name after them: "TKMS Chief Executive Oliver Burkhard,
# who is travelling with the chancellor", "X, who accompanied President Ruto".
_TRAVELS_WITH = re.compile(
    r"(?<!\s),?\s+who\s+(?:is|was|are|were|has\s+been)\s+(?:travell?ing\s+with|accompanying)\s+"
    r"(?:the\s+|his\s+|her\s+)?((?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)"
)


def companion_nationality(people: list[Person], sentences: list[Sentence]) -> None:
    """Someone travelling with an office holder is of their country, the one whose title ends with the words
    ('the chancellor': 'German Chancellor Friedrich Merz') or whose name holds the last of them ('Ruto')."""
    for p, _, end, s in _unplaced_mentions(people, sentences):
        m = _TRAVELS_WITH.match(s.text, end - s.start)
        if m is None:
            continue
        words = fold(m.group(1)).lower().split()
        title = " ".join(words)
        found = {
            q.country
            for q in people
            if q.country
            and q is not p
            and (fold(q.role or "").lower().endswith(title) or words[-1] in fold(q.name).lower().split())
        }
        if len(found) == 1:
            p.country = next(iter(found))


def _escorted(index: Mentions, sentences: list[Sentence], at: int) -> str | None:
    """The country of the one an entourage goes with: the last placed person named before the words in the last
    of ``sentences`` ("Prabowo was joined by"), or, for a pronoun, the first named in the one before ("He was
    accompanied by"), its subject."""
    s = sentences[-1]
    before = [p for p in index.people_in(s.start, at) if p.country]
    if before:
        return before[-1].country
    if len(sentences) < 2 or not _PRONOUN_OPENS.match(s.text):
        return None
    prev = [p for p in index.people_in(sentences[0].start, sentences[0].end) if p.country]
    return prev[0].country if prev else None


def _mentioned_in(p: Person, start: int, end: int) -> bool:
    return any(start <= a < end for a, _ in p.mentions)


def entourage_nationality(people: list[Person], sentences: list[Sentence]) -> None:
    """People listed after 'accompanied by' or 'a delegation including' travel with one side: those of no known
    country are of the country the listed people of known country share. A list of two countries settles nothing."""
    index: Mentions | None = None
    for k, s in enumerate(sentences):
        m = _ENTOURAGE.search(s.text)
        if not m:
            continue
        index = index or Mentions(people)
        listed = [p for p in index.people_in(s.start + m.end(), s.end) if not _COUNTERPART.search(p.role or "")]
        known = {p.country for p in listed if p.country}
        if not known and _ESCORTED.match(m.group()):
            # "Xanana ... was accompanied by Foreign Minister X": X travels with Xanana
            lead = _escorted(index, sentences[max(0, k - 1) : k + 1], s.start + m.start())
            known = {lead} if lead else known
        if len(known) == 1:
            country = next(iter(known))
            for p in listed:
                p.country = p.country or country


# A title that makes its holder someone's forerunner or heir in office: "his predecessor Olaf Scholz".
_PREDECESSOR = re.compile(r"^(?:\S+['’]s\s+)?(?:predecessor|successor)$", re.I)


def predecessor_nationality(people: list[Person]) -> None:
    """A predecessor or successor in office is of the country of the person last named before: 'Merz took office
    in May ... under his predecessor Olaf Scholz', 'Boric's predecessor Sebastián Piñera'."""
    index: Mentions | None = None
    for p in people:
        if p.country is None and p.mentions and _PREDECESSOR.match(p.role or ""):
            index = index or Mentions(people)
            holder, _ = index.last_before(p.mentions[0][0], _placed)
            p.country = holder.country if holder else None


def _placed(p: Person) -> bool:
    return p.country is not None


# An aide's title naming the office they serve: "Spokesperson for the Minister of International Relations".
_AIDE_OF = re.compile(
    r"^(?:[\w-]+\s+){0,2}?(?:spokes(?:person|man|woman)|adviser|advisor|aide|chief\s+of\s+staff|press\s+secretary)\s+"
    r"(?:for|to|of)\s+(?:the\s+)?(.+)$",
    re.I,
)


def office_nationality(people: list[Person]) -> None:
    """An aide of an office another person of the article holds is of that person's country: 'Chrispin Phiri,
    Spokesperson for the Minister of International Relations and Cooperation' beside the minister himself."""
    held = {}
    for q in people:
        if q.country and q.role:
            held.setdefault(fold(q.role).strip(" ,").lower(), set()).add(q.country)
    for p in people:
        m = _AIDE_OF.match(p.role or "") if p.country is None else None
        office = fold(m.group(1)).strip(" ,").lower() if m else ""
        if p.country is None and _PRESIDENTIAL_AIDE.match(p.role or ""):
            # an own president not yet placed ("President Lee") is the one meant; the default settles both alike
            own = any(q.country is None and fold(q.role or "").strip(" ,").lower() == "president" for q in people)
            p.country = None if own else _presidency(held)
            continue
        if p.country is None and _GOVERNMENT_AIDE.match(p.role or ""):
            heads = {c for role in _HEADS_OF_GOVERNMENT for c in held.get(role, ())}
            p.country = next(iter(heads)) if len(heads) == 1 else None
            continue
        # the office as held, or after the demonym or country that opens the holder's title: "Kenyan Trade Minister"
        countries = {
            c for role, cs in held.items() if office and (role == office or role.endswith(" " + office)) for c in cs
        }
        if len(countries) == 1:
            p.country = next(iter(countries))


# An aide of the presidency whose title names no country, the outlet's own: "presidential spokesperson Kang
# Yu-jung" in a report of "President Lee Jae-myung" meeting "Kazakh President Tokayev".
_PRESIDENTIAL_AIDE = re.compile(
    r"^presidential\s+(?:[\w-]+\s+){0,2}?(?:spokes(?:person|man|woman)|adviser|advisor|aide|secretary|"
    r"chief\s+of\s+staff)\b",
    re.I,
)


# A spokesperson of the government whose title names no country, that of the head of government titled without
# one (the outlet's own): "government spokesman Stefan Kornelius" in a report of "Chancellor Friedrich Merz".
_GOVERNMENT_AIDE = re.compile(r"^(?:government|chancellery|cabinet)\s+spokes(?:person|man|woman)\b", re.I)
_HEADS_OF_GOVERNMENT = ("chancellor", "prime minister", "premier", "federal chancellor")


def _presidency(held: dict[str, set[str]]) -> str | None:
    """The country of the presidency an aide's title means: that of the president titled without a country
    ('President Lee', the outlet's own), else of the one president the article names ('Egyptian President Sisi')."""
    countries = held.get("president") or {c for role, cs in held.items() if _A_PRESIDENT.fullmatch(role) for c in cs}
    return next(iter(countries)) if len(countries) == 1 else None


# A head of state's title after a demonym or country: "egyptian president", not "vice president".
_A_PRESIDENT = re.compile(r"(?<![\w-])(?!(?:vice|deputy|former)\b)[\w-]+\s+president")


# A title that says its holder is of the country hosting the visit: "the host country's Foreign Minister".
_HOST_TITLE = re.compile(
    r"\b(?:host(?:ing)?\s+(?:country|nation|state|side|government)|hosts)['’]s?\s+[^,;]{0,60}$", re.I
)


def host_nationality(people: list[Person], sentences: list[Sentence], pair: tuple[str, ...]) -> None:
    """Someone titled as the host's official ('was received by the host country's Foreign Minister X') is of the
    other country of the pair than the guest named in the same sentence."""
    if not sentences:
        return
    index = Mentions(people)
    for p, at, _, s in _unplaced_mentions(people, sentences):
        if not _HOST_TITLE.search(s.text, 0, at - s.start):
            continue
        guests = {q.country for q in index.people_in(s.start, s.end) if q is not p and q.country in pair}
        if len(guests) == 1:
            guest = next(iter(guests))
            p.country = pair[1] if guest == pair[0] else pair[0]


def seat_nationality(people: list[Person], sentences: list[Sentence]) -> None:
    """Someone a visitor calls on or meets at a seat of power is of its country, the host: 'called on President X
    at the Jubilee House', 'held talks with Prime Minister Y at Seri Perdana'."""
    if not sentences:
        return
    for p, at, end, s in _unplaced_mentions(people, sentences):
        seat = _AT_SEAT.match(s.text, end - s.start)
        if seat and _met_object(s, at) and (country := office_country(seat.group(1))):
            p.country = country


# A place right after a name: "... at the Jubilee House on Tuesday".
_AT_SEAT = re.compile(r"(?<!\s)\s+(?:at|in)\s+(?:the\s+)?([A-Z][^\s,.;]*(?:\s+(?:of\s+the\s+)?[A-Z][^\s,.;]*){0,4})")


# A visit told with its visitor as the subject, an apposition between: "Muhammad Yunus, head of the interim
# government, visited Tokyo", "X arrived in Riyadh", "X flew to Accra".
_VISITED = re.compile(
    r"(?<!\s)(?:,[^,;]{1,80},)?\s+(?:(?:had|has|also|then|last\s+year)\s+)?(?:visited|arrived\s+in|flew\s+to|"
    r"travell?ed\s+to)\s+(?:the\s+)?([A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,2})"
)


# A visit told in an opening phrase whose subject follows: "During a state visit to Kenya in October 2023, King
# Charles III", "On his official visit to Hanoi, Prime Minister X".
_VISIT_OPENER = re.compile(
    r"^(?:During|On|In\s+the\s+course\s+of)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?visit\s+to\s+(?:the\s+)?"
    r"([A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,2})[^,;]{0,40},\s+(?:[A-Z][\w'’.-]*\s+){0,4}$"
)


def visitor_nationality(people: list[Person], sentences: list[Sentence], pair: tuple[str, ...]) -> None:
    """Someone who visits a place of one country of the pair is of the other: a guest, not a host."""
    for p, at, end, s in _unplaced_mentions(people, sentences):
        m = _VISITED.match(s.text, end - s.start) or _VISIT_OPENER.match(s.text, 0, at - s.start)
        place = (place_country(m.group(1)) or country_named(m.group(1))) if m else None  # "Nairobi", "Kenya"
        if place in pair:
            p.country = pair[1] if place == pair[0] else pair[0]
