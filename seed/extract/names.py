"""Names in a sentence: its tokens, the runs of name words among them and the title before each."""

from __future__ import annotations

import re
from dataclasses import dataclass

from seed.extract.gazetteer import CITY_COUNTRY, Mention, tables
from seed.extract.places import office_country
from seed.extract.rules import CONNECTORS, LOWER_ROLES, NAME_PARTICLES, ORG_WORDS, ROLE_WORDS

_TOK = re.compile(
    r"\([^()]{1,30}\)|(?:Datuk|Dato['’]?|Tan|Toh) (?:Seri|Sri|Puan)(?= [A-Z])|Dato['’](?= )"  # honorifics
    r"|(?<![\w.])H\.? ?[EH]\.?(?= [A-Z])|(?:Dr|Mr|Mrs|Ms|Prof|Hon|Smt|Shri|Rt|Eng|Engr|Amb|Sen|Gov|Rev)\.(?= )"
    r"|(?:Air Chief Marshal|Air (?:Vice[- ])?Marshal|Field Marshal|Rear Adm(?:iral|\.))(?= [A-Z])"  # ranks
    r"|(?:Lt|Lieut|Lieutenant|Maj|Major|Brig|Brigadier)\.?[- ]?(?:Gen|General|Col|Colonel)\.?(?= [A-Z])"
    r"|Pol\.? (?:(?:Lt|Maj)\.? )?(?:Gen|Col|Capt|Maj|Lt)\.?(?= [A-Z])"  # Thai police: "Pol Gen", "Pol Lt Gen"
    r"|(?:Gen|Lt|Maj|Brig|Col|Adm|Capt|Cdr|Cmdr|Sgt|Cpl)\.(?= [A-Z])"
    r"|(?:Jr|Sr)\.|Ma\.(?= [A-Z])|(?:[A-Z]\.)+(?= [A-Z])"
    r"|(?<![\w.])[A-Z]\.(?=[A-Z][a-z])"  # an initial joined to the name, Mongolian style: "L.Oyun-Erdene"
    r"|(?:[A-Z]\.){2,}"
    r"|[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+|[^\s\w]"
)
# Abbreviated titles, read as the title words they stand for: "Dr. S. Jaishankar", "Prof. Ali".
TITLES = frozenset({"Dr", "Mr", "Mrs", "Ms", "Prof", "Hon"})
# Honorifics before a name that are no part of it (gold names drop them): Malaysian "Datuk Seri", "Tan Sri",
# "Tun"; Indian "Shri", "Smt."; Indonesian "Bapak", "Ibu"; West African "Madam" ("Madam Elizabeth Ofosu-Adjare");
# "H E" (His Excellency), "Rt Hon". Read as titles.
HONORIFICS = frozenset(
    {
        "Datuk",
        "Dato",
        "Dato'",
        "Dato’",
        "Datin",
        "Tun",
        "Shri",
        "Smt",
        "Shrimati",
        "Sushri",
        "Bapak",
        "Ibu",
        "Madam",
        "Madame",
    }
    | {"Rt", "Honourable", "Honorable", "H E", "H.E", "HE", "H H", "H.H", "HH", "Haji", "Hajjah"}
    | {f"{a} {b}" for a in ("Datuk", "Dato", "Dato'", "Dato’", "Tan", "Toh") for b in ("Seri", "Sri", "Puan")}
    | {"Engr", "Alhaji", "Alh", "Mallam", "Samdech", "Techo", "Dasho", "Lyonpo"}  # Nigerian, Cambodian, Bhutanese
    # An academic title spelt out, dropped as "Prof." is: "Chief Adviser Professor Muhammad Yunus".
    | {"Professor"}
    # Iranian "Seyed" (a descendant of the Prophet): "Seyed Abbas Araghchi". Not Pakistani "Syed", which the
    # holders keep as a part of their names ("Syed Ali Asad Gillani").
    | {"Seyed", "Seyyed", "Sayyid", "Sayyed", "Sayed"}
)
# Title words that stand inside a name, between two name words, as a part of it: Somali "Hassan Sheikh Mohamud",
# "Sharif Sheikh Ahmed". Before the name ("Sheikh Tamim bin Hamad") the word stays a title.
_INNER_TITLES = frozenset({"Sheikh", "Sheik"})
# Chinese surnames that are English words the tables read as no name word: "Vice Premier He Lifeng". A name word
# only between a title and another name word.
_WORD_SURNAMES = frozenset({"He"})
# Titles abbreviated with a full stop that are names without one ("Hun Sen"): "Sen. Ted Cruz", "Gov. Kathy Hochul",
# "Amb. Yusuf Tuggar", and the engineer's "Eng." Saudi and Egyptian copy puts before a minister's name.
_DOTTED_TITLES = frozenset({"Sen.", "Gov.", "Amb.", "Rep.", "Rev.", "Eng.", "Engr."})
# Military and police ranks before a name, no part of it: "Gen Jeje Odongo", "Lt Gen Muhoozi Kainerugaba",
# "Brig. Gen. X", "Pol Gen Damrongsak Kittiprapas" (Thai police). Read as titles, so the person keeps the title
# before the rank ("Uganda's Minister of Foreign Affairs Gen Jeje Odongo"). The tokenizer keeps a rank of two or
# three words ("Field Marshal", "Maj. Gen.", "Air Chief Marshal") as one token; _RANK reads those.
RANKS = frozenset(
    {"Gen", "Lt", "Maj", "Brig", "Col", "Adm", "Capt", "Cdr", "Cmdr", "Sgt", "Cpl", "Lieut"}
    | {"Lt-Col", "Lt-Gen", "Maj-Gen", "Brig-Gen", "Lieutenant-General", "Major-General", "Brigadier-General"}
    | {"Lieutenant-Colonel", "General", "Colonel", "Admiral", "Marshal", "Commodore", "Brigadier", "Lieutenant"}
    | {"Captain", "Commander"}
)
_RANK = re.compile(
    r"(?:Air|Field|Rear|Lt|Lieut|Lieutenant|Maj|Major|Brig|Brigadier)\.?[ -](?:Chief |Vice[- ])?"
    r"(?:Gen|General|Col|Colonel|Marshal|Adm|Admiral)\.?|Pol\.? .+"
)
# Rank words that are family names too ("Ben Captain"): a rank only where no name word comes right before.
_NAME_RANKS = frozenset({"Captain", "Commander", "Commodore", "Brigadier", "Lieutenant"})
# A title held before, or for a time: "then-President Andrés Manuel López Obrador", "ex-Premier X".
_PAST_ROLE = re.compile(r"(?:then|ex|former|acting|interim|outgoing)-(.+)", re.I)
# Verbs a Title Case headline puts between a title and a name: "Foreign Minister Receives Nigerian Counterpart",
# "President Meets Visiting Kazakh Delegation". Never a name word.
_HEADLINE_VERBS = frozenset(
    """
Receives Received Meets Hosts Hosted Holds Visits Visited Signs Signed Welcomes Welcomed Discusses Discussed
Calls Urges Vows Pledges Arrives Arrived Heads Leads Congratulates Chairs Chaired Attends Attended Opens Launches
Launched Praises Thanks Backs Seeks Talks Tells Agrees Agreed Reaffirms Stresses Highlights Confirms Announces
Announced Inaugurates Inaugurated Concludes Concluded Reviews Reviewed Explores Receiving Meeting Hails Lauds Eyes
""".split()
)
# Words that open the name of a palace, a house or another building: "the Palacio de Viana", "Palazzo Chigi",
# "Casa Rosada", "Schloss Bellevue", "Château de Versailles". No person's name starts with one.
_PLACE_HEADS = frozenset(
    """
Palacio Palácio Palais Palazzo Palau Paleis Pałac Palatul Casa Castillo Castelo Castello Château Chateau
Schloss Slot Villa Quinta Residencia Residência Résidence Hôtel Hotel Museo Museu Musée Plaza Praça Piazza Place
Puerta Porta Torre Parque Parc Fort Fortaleza Alcázar Alcazar Salón Salão Salle Sala Teatro Théâtre Catedral
Cathédrale Basilica Basílica Estadio Estádio Stade Jardín Jardim
""".split()
)
# Lowercase titles wire copy puts before a name besides those of rules.LOWER_ROLES: "Communist Party chief To
# Lam", "Vietnamese leader To Lam", "Foreign ministers Mauro Vieira of Brazil and ...", "Kenyan counterparts",
# "his predecessor Olaf Scholz".
PLURAL_ROLES = frozenset({"ministers", "leaders", "counterparts", "presidents", "Presidents", "Ministers"})
_MORE_ROLES = frozenset(
    {"chief", "leader", "president", "ministers", "leaders", "counterparts", "presidents", "predecessor", "successor"}
    | {"chairman", "chairwoman", "chairperson", "speaker", "governor", "premier", "chancellor", "head", "director"}
    | {
        "peer",
        "peers",
        "general",
        "executive",
    }  # "his Chilean peer José Antonio Kast", "AFD director general Rémy Rioux"
    | {"commissioner"}  # "High commissioner Pranay Verma", "EU trade commissioner Maros Sefcovic"
)
# The same titles capitalised, as a Title Case headline writes them ("Receives Nigerian Counterpart"); "Chief"
# also opens Nigerian names as an honorific ("Chief Olusegun Obasanjo").
_LOWER_TITLE_CASE = LOWER_ROLES | _MORE_ROLES
# Lowercase words of a title that wire copy writes in lowercase before its role word: "acting foreign minister",
# "prime minister", "deputy trade minister".
_LOWER_MODIFIERS = frozenset(
    {"acting", "interim", "foreign", "prime", "deputy", "vice", "first", "defence", "defense", "trade", "finance"}
    | {"economy", "energy", "interior", "state", "executive", "chief", "senior", "special"}
)
# Words that open a title of two, so its country before them stays in it: "British High Commissioner to Kenya",
# "Kenya's Cabinet Secretary", "Principal Secretary", "Special Envoy", "Senior Minister", "Attorney General".
_TITLE_OPENERS = frozenset(
    {"High", "Cabinet", "Principal", "Permanent", "Special", "Senior", "Assistant", "Attorney", "Solicitor"}
    | {"Auditor", "Inspector", "Coordinating"}  # Indonesia's "Coordinating Economic Minister"
)
# Titles written as initials: Kenya's "Energy CS Opiyo Wandayi" (Cabinet Secretary), "PS" (Principal Secretary),
# "PM Modi", "FM Wang Yi", India's "EAM Jaishankar" and "MoS", "NSA Ajit Doval", "WTO DG Ngozi Okonjo-Iweala".
_INITIAL_ROLES = frozenset({"CS", "PS", "CAS", "PM", "FM", "EAM", "MoS", "VP", "NSA", "DG", "MD", "CJ"})
# Regions a portfolio names, never the first word of a holder's name: "Minister for Indo-Pacific Anne-Marie
# Trevelyan", "Minister for the Caribbean Jane Doe".
_REGIONS = frozenset(
    {"Indo-Pacific", "Asia-Pacific", "Pacific", "Atlantic", "Euro-Atlantic", "Americas", "Arctic", "Caribbean"}
    | {"Gulf", "Sahel", "Balkans", "Mediterranean", "Eurasia", "Levant", "Maghreb", "Commonwealth"}
)
# Initials that open a name: "S. Jaishankar", "M.U.M. Ali Sabry" (not "U.S.", which the country table reads).
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
# Two or three capitals that open a name after a title, as initials without stops: "PW Botha", "FW de Klerk".
_BARE_INITIALS = re.compile(r"(?!(?:PM|FM|VP|MP|CS|PS|DG|MD|CJ|UN|EU|US|UK|AU)\b)[A-Z]{2,3}")
_NAME_AFTER = re.compile(r" (?:(?:de|van|von|le|la) )?[A-Z][a-z]")
# A generation suffix after a name: "Jr.", "Sr.", a Roman numeral from II to XIII ("Mohammed VI", "Charles III").
_SUFFIX = re.compile(r"Jr\.|Sr\.|I{2,3}|IV|VI{0,3}|IX|XI{0,3}")
CAP = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]")
# A lowercase particle joined to a name: "al-Sisi", "el-Sisi", "ibn-Saud".
_PARTICLE_NAME = re.compile(r"^(?:al|el|ad|ash|as|at|ibn|abu|bin)[-'’][A-Z]")


@dataclass(frozen=True, slots=True)
class Tok:
    start: int
    end: int
    text: str
    kind: str  # R role, O organisation, C country, N name word, i initials, l particle, c connector, p paren, x other


def bare(word: str) -> str:
    """The word without a possessive ending: "Kazakhstan's" -> "Kazakhstan"."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


def classify(sentence: str, countries: list[Mention]) -> list[Tok]:
    toks = []
    for m in _TOK.finditer(sentence):
        word = m.group()
        base = bare(word)
        if any(c.start <= m.start() < c.end for c in countries):
            kind = "C"
        elif toks and toks[-1].kind == "N" and (_SUFFIX.fullmatch(word) or word in ("Ma.",)):
            kind = "N"  # "Ferdinand Marcos Jr.", "King Mohammed VI": a generation suffix ends the name
        elif word == "Ma.":
            kind = "N"  # "Ma. Theresa Lazaro": the Philippine short form of Maria opens a name
        elif word.startswith("("):
            kind = "p"
        elif _INITIALS.fullmatch(word) and word not in ("H.H.", "H.E."):  # His Highness, His Excellency
            kind = "i"
        elif _BARE_INITIALS.fullmatch(word) and toks and toks[-1].kind == "R" and _NAME_AFTER.match(sentence, m.end()):
            kind = "i"  # "prime minister PW Botha", "Vice President JD Vance": initials written without stops
        elif _rank(word) and not (word in _NAME_RANKS and toks and toks[-1].kind == "N"):
            kind = "R"
        elif word in _INNER_TITLES and _inner_title(toks, sentence, m):
            kind = "N"  # "Hassan Sheikh Mohamud": a part of the name
        elif word in _WORD_SURNAMES and toks and toks[-1].kind == "R" and _between_names(sentence, toks[-1], m):
            kind = "N"  # "Vice Premier He Lifeng"
        elif base in _HEADLINE_VERBS:
            kind = "x"  # "Foreign Minister Receives Nigerian Counterpart": a headline's verb is no name word
        elif _role_word(base) or _title_word(base):
            kind = "R"
        elif base in _PLACE_HEADS and not (toks and toks[-1].kind == "N"):
            kind = "O"  # "the Palacio de Viana", "Palazzo Chigi", "Schloss Bellevue": a building, not a person
        elif base in _REGIONS:
            kind = "O"
        elif base in ORG_WORDS or base.isupper() and len(base) > 1:
            kind = "O"
        elif CAP.match(base) or _PARTICLE_NAME.match(base):
            kind = "N"
        elif word in CONNECTORS or word == ",":
            kind = "c"
        elif word in NAME_PARTICLES:
            kind = "l"
        else:
            kind = "x"
        toks.append(Tok(m.start(), m.end(), word, kind))
    return _portfolios(toks)


def _between_names(sentence: str, before: Tok, word: re.Match[str]) -> bool:
    """A word joined by single spaces to the token before it and to a capitalised name word after it."""
    return sentence[before.end : word.start()] == " " and bool(_NAME_AFTER.match(sentence, word.end()))


def _inner_title(toks: list[Tok], sentence: str, word: re.Match[str]) -> bool:
    """A title word inside a name a title opens: "President Hassan Sheikh Mohamud", not "Ruler of Dubai Sheikh
    Mohammed", "His Highness Sheikh Mohamed" nor "Sheikh Tamim bin Hamad" (an Arab name after it)."""
    if len(toks) < 2 or toks[-1].kind != "N" or toks[-2].kind != "R" or not _between_names(sentence, toks[-1], word):
        return False
    return not place_country(toks[-1].text) and not _ARAB_NAME_AFTER.match(sentence, word.end())


_ARAB_NAME_AFTER = re.compile(r" [A-Z][\w'’-]+ (?:bin|bint|ibn|Al|al)\b")


def _portfolios(toks: list[Tok]) -> list[Tok]:
    """A name word the tables lack, right after a title's "of" or "for" and before a name of two words or more,
    is the title's portfolio: "Deputy Secretary of Commerce Don Graves", "Minister of Mines Alexandre Silveira",
    "CEO of Rosatom Alexey Likhachev"."""
    for k in range(2, len(toks) - 2):
        if (
            toks[k].kind == "N"
            and _portfolio_slot(toks, k)
            and toks[k + 1].kind == "N"
            and toks[k + 2].kind == "N"
            and toks[k + 1].start == toks[k].end + 1
            and toks[k + 2].start == toks[k + 1].end + 1
            and not toks[k].text.endswith(("'s", "’s"))
        ):
            toks[k] = Tok(toks[k].start, toks[k].end, toks[k].text, "O")
    return toks


def _portfolio_slot(toks: list[Tok], k: int) -> bool:
    """Token ``k`` follows a title's "of" or "for", or a portfolio's "and" ("Minister of Economy and Commerce")."""
    if toks[k - 1].text in ("of", "for"):
        return toks[k - 2].kind in ("R", "O")
    return toks[k - 1].text in ("and", "&") and k >= 4 and toks[k - 2].kind == "O" and toks[k - 3].text in ("of", "for")


def name_runs(toks: list[Tok], sentence: str) -> list[tuple[int, int]]:
    """Index ranges [i, j) of runs of two or more name words joined by single spaces: initials may open one
    ("S. Jaishankar") or stand inside it ("Ferdinand R. Marcos Jr."), and particles join two name words ("Juan
    Ramón de la Fuente", "Lula da Silva")."""
    runs = []
    i = 0
    while i < len(toks):
        if toks[i].kind != "N" and not (toks[i].kind == "i" and _opens_name(toks, i, sentence)):
            i += 1
            continue
        j = i + 1
        while j < len(toks) and joined(toks, j, sentence) and not possessive(toks[j - 1]):
            if toks[j].kind == "N" or toks[j].kind == "i" and joined(toks, j + 1, sentence, "N"):
                j += 1  # a middle initial too: "Ferdinand R. Marcos Jr.", "George W. Bush"
                continue
            k = j  # particles, then a name word: "de la Fuente"
            while k < len(toks) and toks[k].kind == "l" and k - j < 3 and joined(toks, k + 1, sentence):
                k += 1
            if k > j and k < len(toks) and toks[k].kind == "N":
                j = k + 1
            else:
                break
        words = sum(1 for t in toks[i:j] if t.kind == "N")  # "Mohammed bin Abdulrahman bin Jassim Al Thani"
        if j - i >= 2 and words <= 5 and j - i <= 9:
            runs.append((i, j))
        i = j
    return runs


def _opens_name(toks: list[Tok], i: int, sentence: str) -> bool:
    """Initials at ``i`` open a name: a name word follows, or a particle and then one ("FW de Klerk")."""
    if joined(toks, i + 1, sentence, "N"):
        return True
    return joined(toks, i + 1, sentence, "l") and joined(toks, i + 2, sentence, "N")


def joined(toks: list[Tok], j: int, sentence: str, kind: str | None = None) -> bool:
    """Token ``j`` follows the one before it after a single space, or right after one initial ("L.Oyun-Erdene"),
    and is of ``kind``, when given."""
    if j >= len(toks):
        return False
    gap = sentence[toks[j - 1].end : toks[j].start]
    if gap != " " and not (gap == "" and toks[j - 1].kind == "i" and len(toks[j - 1].text) == 2):
        return False
    return kind is None or toks[j].kind == kind


def possessive(tok: Tok) -> bool:
    return tok.text.endswith(("'s", "’s"))


def role_chain(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """The title before a name starting at token ``i``: indices [a, i) holding a role word, or None."""
    k = i - 1
    if k < 0 or toks[k].kind not in ("R", "O", "C", "p") and not possessive(toks[k]):
        return None
    a = i
    while k >= 0:
        tok = toks[k]
        if tok.kind == "c" and tok.text in ("and", ",") and 0 < k < i - 1 and toks[k - 1].kind == "N":
            if toks[k + 1].kind in ("C", "R") or toks[k + 1].text == "the" or _titled_after_and(toks, k):
                break  # "Russian President Putin and Mongolian President Khurelsukh": another person's title ends
        if tok.kind in ("R", "O", "C", "p", "c") or (tok.kind == "N" and (k == 0 or toks[k - 1].kind != "N")):
            if tok.kind == "N" and k + 1 < i and toks[k + 1].kind == "N":
                break
            a = k
            k -= 1
            continue
        break
    first_role = next((x for x in range(a, i) if toks[x].kind == "R"), None)
    if first_role is None:
        return None
    a = first_role
    while a > 0:
        if toks[a - 1].kind in ("C", "O", "R") and toks[a - 1].text[0].isupper():
            a -= 1
        elif toks[a - 1].text in ("and", "&") and a > 1 and toks[a - 2].kind in ("O", "R") and toks[a].kind == "O":
            a -= 1  # "Czech Industry and Trade Minister": the portfolio's two words, then the country before them
        elif (b := _named_body(toks, a)) is not None:
            a = b  # "Indian Commerce Minister", "Kenya Private Sector Alliance chief executive": the body's words
        elif toks[a - 1].text == "presidential":
            a -= 1  # "presidential spokesperson Kang Yu-jung": whose office the title serves
        elif toks[a - 1].text in _LOWER_MODIFIERS and (toks[a].kind == "R" or toks[a].text in _LOWER_MODIFIERS):
            a -= 1  # "Afghanistan's acting foreign minister": lowercase words of the title, then its country
        elif toks[a - 1].kind == "N" and (office_country(toks[a - 1].text) or place_country(toks[a - 1].text)):
            a -= 1  # "Eni CEO Claudio Descalzi", "Riyadh Gov. Prince X": the body or the city the title serves
        else:
            break
    return a, i


def _named_body(toks: list[Tok], a: int) -> int | None:
    """The country that opens up to three capitalised words the tables lack (a portfolio, a body) right before
    the title at ``a``: "Indian Commerce Minister", "Kenya Private Sector Alliance chief executive"."""
    b = a
    while b > 1 and a - b < 3 and toks[b - 1].kind in ("N", "O") and not possessive(toks[b - 1]):
        b -= 1
        if toks[b - 1].kind == "C" and any(t.kind == "N" for t in toks[b:a]):
            return b - 1
    return None


def single_names(toks: list[Tok], sentence: str) -> list[tuple[int, int]]:
    """One name word right after a title, and no name word after it: 'Indonesian Foreign Minister Sugiono'
    (many Indonesians go by one name), 'President Tokayev' (kept only if no fuller name has that word)."""
    return [
        (i, i + 1)
        for i, tok in enumerate(toks)
        if tok.kind == "N"
        and i > 0
        and toks[i - 1].kind == "R"
        and toks[i - 1].text not in _OPENERS
        and joined(toks, i, sentence)
        and (_ENDS_NAME.match(sentence, tok.end) or _titled_after_and(toks, i + 1))
        and not possessive(tok)
        and tok.text not in _NOT_NAMES
    ]


def _titled_after_and(toks: list[Tok], k: int) -> bool:
    """Token ``k`` is an "and" before another person's title and name: "Foreign Minister Sugiono and Defense
    Minister Sjafrie Sjamsoeddin", "and Coordinating Economic Minister Airlangga Hartarto", not "Ambassador
    Extraordinary and Plenipotentiary"."""
    if k >= len(toks) or toks[k].text != "and":
        return False
    k += 1
    opened = k
    titled = False
    # the other's country and portfolio, with up to two words the tables lack: "and Australian Defence Minister"
    while k < len(toks) and (toks[k].kind in ("C", "O", "R") or toks[k].kind == "N" and not titled and k - opened < 2):
        titled, k = titled or toks[k].kind == "R", k + 1
    return titled and k < len(toks) and toks[k].kind in ("N", "i")


# What may follow a name told by one word: a verb or a punctuation mark, not a connector ("Ambassador
# Extraordinary and Plenipotentiary", "Minister Delegate for Foreign Trade") nor another capitalised word.
_ENDS_NAME = re.compile(r"(?<!\s)(?:[,;:.!?)]|\s+(?!(?:of|for|and|de|du|la|al|bin)\b)[a-z]|\s*$)")
# Words that open a title and do not end one: "as Chief Guest", "High Court" name no one called "Guest".
_OPENERS = _TITLE_OPENERS | {"Chief", "chief"}
# Companies named after a title word: "General Electric".
_NOT_NAMES = frozenset({"Electric", "Motors", "Dynamics", "Atomics"})


def _honorific(word: str) -> bool:
    return word.rstrip(".") in HONORIFICS


def _title_word(word: str) -> bool:
    return word.rstrip(".") in TITLES or word in _DOTTED_TITLES or _honorific(word)


def _rank(word: str) -> bool:
    return word.rstrip(".") in RANKS or bool(_RANK.fullmatch(word))


def _role_word(word: str) -> bool:
    """A word of a title: 'Minister', lowercase 'counterpart', a headline's 'Counterpart', 'then-President'."""
    if word in ROLE_WORDS or word in LOWER_ROLES or word in _MORE_ROLES or word in _INITIAL_ROLES | _TITLE_OPENERS:
        return True
    if word[:1].isupper() and word.lower() in _LOWER_TITLE_CASE:
        return True
    past = _PAST_ROLE.fullmatch(word)
    return past is not None and _role_word(past.group(1))


def honorific_only(toks: list[Tok], a: int, b: int) -> bool:
    return all(_title_word(toks[k].text) or _rank(toks[k].text) or toks[k].text == "." for k in range(a, b))


def place_country(name: str) -> str | None:
    """The country of a capital or a city a name opens with, by its first three, two or one words: "Riyadh",
    "New York Governor", "Hà Nội"."""
    _, capitals, _ = tables()
    words = name.split()
    for k in range(min(len(words), 3), 0, -1):
        place = re.sub(r"['’]s$", "", " ".join(words[:k]).rstrip(".'’"))
        code = capitals.get(place) or CITY_COUNTRY.get(place)
        if code:
            return code
    return None
