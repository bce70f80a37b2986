"""Lexicons and trigger patterns: role words, organisation words, event triggers, planned markers."""

from __future__ import annotations

import re

from entente.documents import EventType

# Capitalised words that make a title ("Deputy Prime Minister").
ROLE_WORDS = frozenset(
    """
President Presidents Vice Prime Minister Ministers Deputy Ambassador Ambassadors Secretary Undersecretary
Under-Secretary Chairman Chairwoman Chairperson Chair Speaker King Queen Prince Princess Emir Sheikh Sultan Emperor
Chancellor Governor Mayor Senator MP MEP Envoy Representative Spokesperson Spokesman Spokeswoman Consul
Consul-General Chargé Charge Head Director Director-General CEO Commissioner Premier Counselor Counsellor Attaché
Adviser Advisor Aide Akim Lord Sir Mr Mrs Ms Dr Excellency Crown Foreign Founding Former First Executive General
Ooni Ruler Ambassador-at-Large Co-Chair Co-Chairman Leader Pope Grand Duke Duchess Marshal Admiral Colonel
Taoiseach Tánaiste Tanaiste
""".split()
)

# Capitalised words that belong to names of bodies, places and things, never to a person's name.
ORG_WORDS = frozenset(
    """
Affairs Ministry Office Commonwealth Development Republic State States Council Security United Nations Assembly
Union Regional Cooperation Abroad International Forum Board Fund Agency Bank Embassy House Trade Economy Economic
Energy Industry Investment Investments Agriculture Defense Defence Justice Finance Interior Education Science Health
Culture Information Digital National Parliament Senate Mazhilis Majilis Committee Commission Chamber Secretariat
Government Administration Department Europe Asia Asian Central Africa African Eurasian European Strategic Dialogue
Session Partnership Agreement Memorandum Understanding Federal Kingdom Emirates Islamic Democratic Socialist
Federation Parliamentary Relations Integration Ecology Transport Labour Labor Social Protection Internal External
Tourism Sports Emergency Situations Water Resources Natural Environment Innovation Aerospace Technology Technologies
Communications Media Planning Reforms Policy Legal Minerals Mining Industrial Construction Infrastructure Railways
Holding Company Corporation Group Sovereign Wealth Times News Press Service The This That These Those His Her Its
Their Our In On At During According Among Photo Both Kazinform Anadolu Astana Almaty Following After Before Under
Over While With From For By As It He She They We Ministerial Intergovernmental Joint Business Council Centre Center
University Institute Organization Organisation Cooperation Summit Expo EXPO Treaty Initiative Program Programme
Congress Conference Agenda Sustainable Goals Hub Capital Chamber Road Belt Silk Middle Corridor Caspian Sea Turkic
States Green Hydrogen Oil Gas Nuclear Day Year Week Monday Tuesday Wednesday Thursday Friday Saturday Sunday
January February March April May June July August September October November December Minister Ministers Global
Presidential Complex Palace Akorda Kremlin White Hall Hotel Square Street Avenue Airport Mission Consulate Council
Deputy Foreign Prime Vice Also However Meanwhile Moreover Additionally Furthermore Today Yesterday Earlier Later
Kazakh Kazakhstan Citizens Students Companies Heads Head State Head
Military Financing Assistance Opposition Defence Coast Guard Navy Army Forces
Duma Sejm Knesset Bundestag Bundesrat Rada Seimas Saeima Riigikogu Storting Riksdag Folketing Eduskunta Oireachtas
Majlis Khural Sabor Skupstina Verkhovna Kenesh
Dam Port Bridge Railway Pipeline Canal Zone Refinery Terminal
County Province District Prefecture Oblast Governorate Municipality Region
""".split()
)

# Lowercase nouns that end a title just before a name ("his Kazakh counterpart Murat Nurtleu").
# Wire copy writes a title lowercase when it leads with the portfolio: "trade minister Parks Tau".
LOWER_ROLES = frozenset(
    {
        "counterpart",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "envoy",
        "ambassador",
        "minister",
        "secretary",
        "aide",  # "Kremlin aide Yuri Ushakov"
        "adviser",
        "advisor",
    }
)
# Lowercase words inside a name; Portuguese "dos", "das", "do" too: "Bendito dos Santos Freitas".
NAME_PARTICLES = frozenset(
    {"von", "van", "der", "de", "da", "del", "al", "bin", "ibn", "el", "la", "le", "du", "di", "dos", "das", "do"}
)
CONNECTORS = frozenset({"of", "for", "and", "the", "to", "at", "on", "in"})

# "X, a spokesperson for the Kazakh Foreign Ministry": an appositive role after a name.
APPOSITIVE = re.compile(
    r"^,\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,4}?(?:spokesperson|spokesman|spokeswoman|representative|minister|"
    r"president|ambassador|commissioner|envoy|adviser|advisor|head|chairman|chairwoman|director|secretary|"
    r"official|diplomat|consul|deputy|speaker|governor|mayor|senator|premier|chancellor|king|leader|prime minister)"
    r"\b[^,.;:“”\"()]*",
    re.I,
)

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# A day or a city told between a verb and its object: "received on Wednesday the president", "received in Riyadh today".
_WHEN_WHERE = (
    r"(?:(?:(?:in|at)\s+(?:the\s+)?(?-i:[A-Z][\w'’-]+\s+){1,3}?)?(?:(?:on\s+|this\s+)?"
    + _WEEKDAY
    + r"|today|yesterday)(?:\s+morning)?\s+)?"
)
# "Among them were ...", "Among the documents was ...": the named documents of a batch just told of.
AMONG = re.compile(
    r"\bamong\s+(?:them|the\s+(?:[\w-]+\s+)?(?:documents|agreements|deals|accords))\s+(?:was|were)\b"
    # "The documents include an MoU on agriculture and an agreement on ...": the batch's list, told after it
    r"|\bthe\s+(?:[\w-]+\s+)?(?:documents|agreements|deals|accords|instruments)\s+(?:signed\s+)?include[sd]?\b",
    re.I,
)
# The titles of an office holder one calls on: "called on President ...", "a courtesy visit to Vice President ...".
_HOST_TITLE = (
    r"(?-i:President|Prime Minister|King|Emir|Crown Prince|His|Her|Chancellor|Premier|Vice President|Shri|Sheikh|"
    r"Sultan|Minister|Secretary|Speaker|Governor|Chairman|Deputy)\b"
)
# An ordinal: "the 14th Annual Consultation", "the sixth session".
_ORDINAL = (
    r"(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"inaugural)"
)
# Event triggers: (type, pattern). A clause can hold several; each gives one event.
TRIGGERS: list[tuple[EventType, re.Pattern[str]]] = [
    (t, re.compile(p, re.I))
    for t, p in [
        (
            EventType.CREDENTIALS,
            r"\b(?:present(?:ed|s|ing)?|handed(?:\s+over)?|hand(?:s|ing)?\s+over|accepted|received)"
            r"\s+(?:(?:his|her|their|the)\s+)?(?:copies of\s+(?:his|her|the)\s+)?(?:letters of\s+)?"
            r"credentials\b|\bpresent(?:ation|ing)\s+(?:of\s+)?credentials\b|\bcredentials\b",
        ),
        (
            EventType.EMBASSY_OPENING,
            r"\b(?:open(?:ed|s|ing)?|inaugurat(?:e|es|ed|ing))\s+(?:of\s+)?(?:an?|the|its|their)\s+(?:\w+\s+){0,2}?"
            r"(?:embassy|consulate|consulate general|diplomatic mission)\b"
            r"|\bopening (?:ceremony )?of (?:the|an?)\s+(?:\w+\s+){0,2}?(?:embassy|consulate)\b"
            r"|\bestablishment of the first diplomatic "
            r"mission\b|\b(?:embassy|consulate)\b[^.;,]{0,40}\b(?:was|were)\s+(?:officially\s+)?"
            r"(?:re)?opened\b|\b(?:embassy|consulate)\s+in\s+[A-Z][\w-]*(?:\s[A-Z][\w-]*)?\s+opened\b(?!\s+(?:a|an|the|its)\b)"
            r"|\bembassy\b[^.;]{0,30}\bstart(?:ed|ing)?\s+(?:its\s+)?operations?\b"
            r"|\b(?:embassy|consulate)\b[^.;]{0,60}\b(?:has|have)\s+been\s+(?:operating|functioning|working|open)"
            r"(?=\s+since\b)",
        ),
        (
            EventType.RECOGNITION,
            r"\brecogni[sz](?:e|ed|es|ing)\s+(?:the\s+)?(?:independence|\w+\s+as\s+independent|"
            r"(?:Kazakhstan|\w+)['’]s\s+independence|\w+\s+as\s+an?\s+independent)"
            r"|\brecognition of (?:the\s+)?(?:\w+['’]s\s+)?independence\b"
            # a country recognised on a day in the past: "Japan recognized Bangladesh on Feb. 10, 1972"
            r"|\brecogni[sz]ed\s+(?:the\s+)?(?-i:(?:[A-Z][\w-]+\s+)?(?:Republic\s+of\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+"
            r"(?:de\s+(?:jure|facto)\s+)?(?=(?:on|in)\s+[^;]{0,16}?\b(?:1[89]|20)\d\d\b)"
            # the first to do so, the day told after a comma: "became the first country to recognise Bangladesh, on
            # December 6, 1971", "the first to recognize the new Angolan state, on November 11, 1975"
            r"|(?<=\bto\s)recogni[sz]e\s+(?:the\s+)?(?:new\s+|newly\s+independent\s+|young\s+)?"
            r"(?-i:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?:\s+(?:state|republic|nation))?,?\s+"
            r"(?=(?:on|in)\s+[^;]{0,16}?\b(?:1[89]|20)\d\d\b)"
            # a state's sovereignty over a territory, or a past crime as genocide: "recognizing that the Sahara falls
            # within Moroccan sovereignty", "recognised the killing of the Herero as genocide"
            r"|\brecogni(?:[sz](?:e|es|ed|ing)|tion\s+of)\s+(?!the\s+importance)[^.;]{0,100}?"
            r"(?:\b(?-i:[A-Z][\w-]+)(?:['’]s)?\s+sovereignty\b|\bas\s+(?:a\s+)?genocide\b)",
        ),
        (
            EventType.ANNIVERSARY,
            r"\b\d{1,3}(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+|their\s+|our\s+)?(?:establishment\s+of\s+)?"
            r"(?:bilateral\s+)?"
            r"(?:diplomatic\s+)?(?:relations|ties)\b|\bmark(?:s|ed|ing)?\s+(?:the\s+)?\d{1,3}\s+years\s+"
            r"(?:since|of)\b"
            r"|\banniversary of (?:the\s+)?(?:establishment of\s+)?diplomatic relations\b"
            # a ceremony for another anniversary the two countries share: "marking the 85th anniversary of the victory"
            r"|\b(?:ceremony|celebrations?|events?)\s+(?:marking|celebrating|to\s+mark|dedicated\s+to)\s+the\s+"
            r"\d{1,3}(?:st|nd|rd|th)\s+anniversary\b"
            # "this year they commemorate the 65th anniversary of that event": the two countries mark one
            r"|\b(?:they|we|both\s+countries|the\s+two\s+countries|both\s+nations|the\s+two\s+nations)\s+"
            r"(?:will\s+)?(?:commemorat|celebrat|mark)\w*\s+(?:the\s+)?\d{1,3}(?:st|nd|rd|th)\s+anniversary\b"
            # the anniversary of what was told just before: "established relations in 1976 and celebrate the 50th
            # anniversary this year"
            r"|\b(?:commemorat|celebrat)\w*\s+the\s+\d{1,3}(?:st|nd|rd|th)\s+anniversary\b(?!\s+of\b)",
        ),
        (
            EventType.DIPLOMATIC_RELATIONS,
            r"\b(?:establish(?:ed|ing|es)?|establishment\s+of|set\s+up|launch(?:ed)?|normali[sz](?:ed|e|ing))\s+"
            r"(?:of\s+)?(?:the\s+)?(?:full\s+)?(?:diplomatic\s+)?(?:relations|ties)\b"
            r"|\bdiplomatic relations\b[^.;]{0,60}\bwere\s+(?:re-?)?(?:established|restored|resumed)\b"
            r"|\b(?:restored|resumed|re-?established)\s+(?:full\s+)?diplomatic\s+(?:relations|ties)\b"
            r"|\bdiplomatic (?:relations|ties)\b[^.;]{0,40}\b(?:dates?|dating|goes|go|going)\s+back\s+to\b"
            # the founding told in a participle after the relations: "80 years of diplomatic relations with the
            # United States, established on July 4, 1946"
            r"|\b(?:relations|ties)\s+(?:with\s+(?:the\s+)?(?-i:[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}))?,?\s*(?:which\s+were\s+)?"
            r"established\b(?=\s+(?:on|in)\s+[^;.]{0,16}?\b(?:1[89]|20)\d\d\b)",
        ),
        # The founding told after an anniversary names the relations: "the 105th anniversary of diplomatic
        # relations, which were established on November 5, 1921", "ties were established in 1965", "the 65th
        # anniversary of diplomatic relations (September 5, 1962)".
        (
            EventType.DIPLOMATIC_RELATIONS,
            r"(?:(?<=, which )(?=were)|(?<=relations )|(?<=ties ))(?:were|was|had\s+been)\s+"
            r"(?:first\s+|formally\s+|officially\s+)?established\b(?=[^.;]{0,30}\b(?:1[89]|20)\d\d\b)"
            r"|(?<=diplomatic relations )\((?=[^()]{0,20}\b(?:1[89]|20)\d\d\))",
        ),
        (
            EventType.AGREEMENT,
            # a text initialled is agreed, as one signed: "the two governments initialled a joint declaration"; a
            # document a third country brokers is concluded by those it names: "brokered the Ankara Declaration"
            r"\b(?:sign(?:ed|ing|s)?|conclu(?:ded|sion)|ratif(?:ied|ication)|initiall?(?:ed|ing)|brokered)\b"
            r"(?:[^.;]|\.\d){0,120}?"
            r"\b(?:agreements?|memorand(?:ums?|a)|MoUs?|treaty|treaties|declaration|protocol|road\s?map|"
            r"contracts?|accords?|arrangements?|action plan|plan of|plan on|plan for|programme|program|documents|"
            r"concessions?|deals?|"
            r"joint statement|communiqu[ée]|exchange of notes)\b"
            r"|\b(?:agreements?|memorand(?:ums?|a)|MoUs?|treaty|treaties|documents|contracts?|protocols?|accords?|"
            r"conventions?|(?-i:FTA|CEPA|EPA))\b(?:[^.;]|\.\d){0,140}?"
            r"\b(?:was|were)\s+(?:also\s+)?(?:signed|exchanged)\b"
            # documents reached are concluded, but "the agreement was reached" is an accord in words, told of before
            r"|\b(?:agreements|memoranda|MoUs|documents|contracts|deals)\b(?:[^.;]|\.\d){0,140}?\bwere\s+(?:also\s+)?"
            r"reached\b"
            # documents the two adopt at talks are concluded: "In total, 14 documents were adopted, including ..."
            r"|\b(?:documents|agreements|memoranda)\s+(?:[\w-]+\s+){0,3}?(?:were|have\s+been)\s+(?:also\s+)?adopted\b"
            # a statement the two sign: "have signed a renewed Duavata Partnership statement", "The statement was
            # signed"
            r"|\bsign(?:ed|ing|s)?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?statement\b|\bstatement\s+(?:was|were)\s+"
            r"(?:also\s+)?signed\b"
            # a joint statement the two sides adopt is a document they conclude: "adopted a joint declaration"
            r"|\badopt(?:ed|s|ing)?\s+(?:a|the)\s+joint\s+(?:statement|declaration|communiqu[ée])\b"
            # the documents of a batch told of before, by name: "Among them were an agreement on ... and a memorandum"
            + "|"
            + AMONG.pattern
            # a treaty by its name and the day it was signed: "the Treaty of Amity and Cooperation (July 18, 1977)"
            + r"|(?-i:\b(?:Treaty|Agreement|Accord|Convention)\s+(?:of|on)\s+"
            r"(?:[A-Z][\w-]*\s+(?:and\s+|of\s+|on\s+)?){1,6})"
            r"(?=\([^()]{0,20}\b(?:1[89]|20)\d\d\))"
            # a document renewed or extended is concluded again: "renewed a currency swap line worth 157 billion yuan"
            r"|\b(?:renew|extend)(?:ed|s|ing)?\s+(?:a|an|the|their|its)\s+(?:[\w$.-]+\s+){0,4}?(?:agreement|memorandum|"
            r"treaty|contract|accord|swap\s+(?:line|agreement|deal|arrangement))\b"
            # a document named by its acronym, then when it was signed: "the CEPA, signed in July 2022"
            r"|(?-i:\b[A-Z]{2,6}\b),?\s+(?:which\s+was\s+)?signed\s+(?:in|on)\b"
            r"|\b(?:agreement|memorandum|treaty|documents)\b(?:[^.;]|\.\d){0,80}?\bsigned\b"
            # "The first executive contracts, signed in August 2022, were worth ...": contracts by the day of signing
            r"|\bcontracts?,\s+signed\s+(?:in|on)\b"
            # an exchange of notes or memoranda concludes them as a signing does: "witnessed the exchange of eight MoUs"
            r"|\bexchange\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:notes|memorand(?:ums?|a)|agreements|documents|"
            r"instruments of ratification)\b|\bexchanged\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:documents|agreements|notes|"
            r"MoUs?|memorand(?:ums?|a)|instruments of ratification)\b",
        ),
        # Two leaders' summit is their meeting ("held summit talks", "met for their first summit").
        (
            EventType.MEETING,
            r"\bsummit\s+(?:talks|meeting)\b|\b(?:bilateral|intergovernmental|their(?:\s+first)?)\s+summit\b"
            # two governments' ministers in a body of their own: "the third India-Singapore Ministerial Roundtable"
            r"|\bministerial\s+round\s?table\b",
        ),
        # An arrival greeted at the airport is a visit, though "met" or "received" name it.
        (
            EventType.VISIT,
            r"\b(?:welcomed|greeted|received|met)\s+at\s+the\s+(?:[\w-]+\s+){0,2}airport\b",
        ),
        (
            EventType.FORUM,
            r"\b(?:forum|expo|exhibition|summit(?!\s+(?:road|highway))|congress|"
            r"(?<!news )(?<!press )(?<!video )conference(?!\s+call)|business council)\b"
            r"|\bCouncil of (?:the\s+)?Heads of (?:State|Government)\b"
            # a gathering by its proper name: "the ASEAN Foreign Ministers' Meeting", "Abu Dhabi Sustainability Week"
            r"|(?-i:\b[A-Z][\w-]*\s+(?:[A-Z][\w-]*\s+){0,2}(?:(?:Ministers|Leaders)['’]?\s+Meeting"
            r"|(?<!Next )(?<!Last )Week))\b",
        ),
        (
            EventType.MEETING,
            r"\b(?:held|hold|holds|holding|had)\s+(?:a\s+|an\s+)?(?:\w+\s+){0,2}?(?:meeting|talks|"
            r"negotiations|consultations|conversation|phone call|telephone conversation)\b"
            # a body of the two that sits: "the Supreme Coordination Council held its session"
            r"|\b(?:held|hold|holds|holding)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?session\b"
            r"|\bmet\s+(?:with\b)?|\bmeet(?:s|ing)?\s+with\b|\b(?:meetings?|talks|negotiations|consultations)\b|"
            r"\bsession of the\b[^.;]{0,60}\bDialogue\b|\bStrategic Dialogue\b|\bphone call\b|"
            # "The 10th Session of the JBC took place in Cairo": a session held is a meeting
            r"\bsession\s+of\s+the\b[^.;]{0,60}?\b(?:took place|was held)\b|"
            r"\btelephone conversation\b|\bon the sidelines of\b|\bby\s+(?:tele)?phone\b"
            # "called on President ...", "called on French Minister for Europe ...": a courtesy call is a meeting
            r"|\bcourtesy\s+call\s+on\b"
            r"|\bcall(?:ed|s)?\s+on\s+(?:the\s+)?(?:visiting\s+)?(?-i:[A-Z][\w-]+\s+){0,2}?"
            + _HOST_TITLE
            + r"|\bcall(?:ed|s)?\s+on\s+(?:him|her)\b"
            # a leader who hosts another receives him: "Prabowo hosted Timor-Leste Prime Minister Xanana Gusmao"
            + r"|\bhost(?:ed|s)\s+(?:visiting\s+)?(?:(?-i:[A-Z][\w-]+\s+){0,2}?"
            + _HOST_TITLE
            + r"|(?:his|her|their)\s+(?:[\w-]+\s+)?(?:counterparts?|peers?))"
            # "paid a courtesy visit to Vice President Shettima": a call on an office holder, not a trip to a country
            + r"|\bcourtesy\s+visit\s+to\s+(?:the\s+)?(?-i:[A-Z][\w-]+\s+){0,2}?"
            + _HOST_TITLE
            # "the ninth session of the Kenya-Uganda Joint Permanent Commission": a numbered session of a body
            + r"|\b"
            + _ORDINAL
            + r"\s+(?:joint\s+|plenary\s+)?session\s+of\s+(?:the\s+|their\s+)?[^.;]{0,60}?"
            r"(?:Commission|Committee|Council)\b"
            # "held the 14th Annual Consultation", "annual consultations": the leaders' yearly meeting, in the singular
            r"|\b(?:annual|" + _ORDINAL + r"\s+(?:[\w-]+\s+)?)consultation\b"
            # the time or place may come before the guest: "received on Wednesday the president of", "received in
            # Riyadh today Minister of ...", "received his Mexican counterpart"
            r"|\breceived\s+" + _WHEN_WHERE + r"(?:the|an?)\s+(?:visiting\s+)?(?-i:[A-Z][\w-]+\s+)?(?:prime minister|"
            r"president|foreign minister|minister|delegation|ambassador|envoy|premier|chancellor|speaker)\b"
            r"|\breceived\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:counterparts?|peers?)\b"
            r"|\b(?:was|were)\s+(?:also\s+|later\s+|then\s+|subsequently\s+)?received\s+(?:at\s+[^,.;]{1,40}?\s+)?by\b"
            r"|\breceived\s+"
            + _WHEN_WHERE
            + r"(?-i:(?:[A-Z][\w-]+\s+){0,4}[A-Z][\w-]+)(?!\s+(?:investment|aid|loans?|grants?))"
            # "agreed on Thursday", and in US copy "agreed Thursday": two sides that agree on a day met
            r"|(?:\bon\s+"
            + _WEEKDAY
            + r"|\btoday|\byesterday)\s+agreed\b|\bagreed\s+(?:(?:on\s+)?"
            + _WEEKDAY
            + r"|today|yesterday)\b",
        ),
        (
            EventType.VISIT,
            r"\bvisit(?:s|ed|ing)?\b|\btrip\b|\btour\s+of\b|\barriv(?:ed|es|al)\s+in\b"
            # an arrival told with another verb: "jetted into Kigali", "touched down in Accra", "who landed on
            # Sunday evening" (not "landed a deal"), "last came to Warsaw in January"
            r"|\b(?:jetted|flew)\s+into\b|\btouched\s+down\s+(?:in|at)\b"
            r"|\blanded\s+(?=(?:in|at|on)\s|late\b|early\b|yesterday\b|today\b|this\s)"
            r"|\b(?:came|comes)\s+to\s+(?=(?-i:[A-Z][\w-]+)\s+(?:in|on|last|for)\s)"
            r"|\bwelcome(?:d|s)?\s+(?:a|the)\s+(?:\w+\s+){0,2}?"
            r"(?:delegation|foreign minister|president|minister)\b"
            r"|\b(?:send|sent)\s+a\s+delegation\b|\btravel(?:l?ed|l?ing)\s+to\b"
            # "after a stop in Moscow for the Victory Day parade": a leg of a tour
            r"|\b(?:a|the|his|her|their)\s+(?:brief\s+|short\s+)?(?:stop|stopover)\s+in\b"
            # "a tour that also took him to Algeria, Mauritania and Mali": the tour's other legs
            r"|\b(?:took|take|takes|taking|taken)\s+(?:him|her|them)\s+(?:also\s+)?to\b"
            # "Scholz, who was in Accra in October last year": a leader's stay in a capital at a time is a visit
            r"|\b(?:who|he|she)\s+was\s+(?:last\s+|also\s+)?in\s+(?-i:[A-Z][\w-]+)\s+(?=(?:in|on|last)\s)"
            # "Wang Yi, who is in Tashkent to take part in the committee's meeting": a stay there now for an occasion
            r"|\b(?:who|he|she)\s+is\s+(?:now\s+|currently\s+)?in\s+(?-i:[A-Z][\w-]+)\s+"
            r"(?=(?:for\s+(?:the|an?)|to\s+(?:attend|take\s+part|participate))\s)",
        ),
        (
            EventType.OTHER,
            # a break of relations: "Caracas had broken ties in February 2019", "severed diplomatic relations"
            r"(?<!\bto\s)\b(?:broke|broken|severed|cut)\s+(?:off\s+)?(?:diplomatic\s+)?(?:ties|relations)\b"
            # a joint body founded: "the eighth since the body was set up in 2014", "The commission was established in"
            r"|\b(?:body|council|commission|committee|mechanism)\s+(?:was|were)\s+(?:first\s+)?(?:set\s+up|established|"
            r"created|founded|launched)\b(?=\s+(?:on|in)\s+[^;.]{0,16}?\b(?:1[89]|20)\d\d\b)|"
            r"(?<!newly )(?<!the )\bappoint(?:ed|s)\s+(?:the\s+|an?\s+|its\s+)?(?:first\s+)?"
            r"(?:new\s+)?ambassador\b|\bappointment of (?:the\s+|an?\s+)?(?:first\s+)?ambassador\b"
            r"|\bsupport(?:ed|s|ing)?\s+(?:the\s+)?(?:\w+['’]s\s+)?(?:candidacy|initiative|bid|nomination)\b|\bfirst\s+shipment\b|\bestablish(?:ed|"
            r"ing)?\s+(?:a|the)\s+(?:[\w-]+\s+){0,4}?(?:council|commission|committee|working group)\b|"
            r"\blaunch(?:ed|es)?\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}?(?:route|flight|corridor|council)\b"
            # "has provided Tajikistan with humanitarian aid" since some year: an ongoing help, no one event
            r"|(?<!has )(?<!have )\b(?:provided|sent|delivered|allocated|donated)\s+(?:\w+\s+){0,2}?humanitarian\s+"
            r"(?:aid|assistance)\b"
            # a new level of partnership: "upgraded their ties to a Comprehensive Strategic Partnership"
            r"|\b(?:(?:upgrad|elevat|rais)(?:e|es|ed|ing)|lift(?:s|ed|ing)?)\s+(?:the\s+|their\s+|bilateral\s+)*(?:ties|relations|"
            r"relationship)\s+(?:between\s+[^.;]{1,40}?\s+)?to\b"
            r"|\b(?:ties|relations|relationship)\s+(?:between\s+[^.;]{1,40}?\s+)?(?:was|were|has\s+been|have\s+been)\s+(?:upgraded|elevated|raised|"
            r"lifted)\s+to\b|\bestablish(?:ed|ing)?\s+(?:a|an|the)\s+"
            r"(?:[\w-]+\s+){0,3}?strategic\s+partnership\b(?!\s+(?:agreement|dialogue|treaty))"
            # "the partnership launched during the state visit": a partnership by the occasion that started it
            r"|\bpartnership\s+(?:that\s+was\s+|which\s+was\s+|was\s+)?(?:launched|established)\s+"
            r"(?:during|at|in|on)\b",
        ),
    ]
]

# "signed a protocol and an agreement on the centre": two documents with one subject, one signing.
ONE_TOPIC = re.compile(
    r"[^.;]{0,40}?\b(?:an?|the)\s+(?:protocol|agreement|memorandum|treaty|contract)\s+and\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:agreement|protocol|memorandum|treaty|contract|convention)\s+(?:on|of|for|to)\b",
    re.I,
)

# A trigger is not an event when it names an ongoing relation or a generic mention.
NON_EVENT = re.compile(
    r"\b(?:each of these visits|visits at various levels|intensifying visits|visa|high-level visits in recent years|"
    r"meetings with (?:relevant|Kazakh)|mutual visits|exchange of visits|(?:work|activities|activity) of the|"
    # a body cited as a source or a membership: "data from the China-Brazil Business Council show"
    r"(?:data|figures|statistics|members|a\s+report|a\s+survey)\s+(?:from|of|by)\s+the|"
    # a process, not one meeting: "capping months of negotiations"; a document's title: "a plan of consultations"
    r"(?:months|years|weeks|decades|rounds)\s+of\s+(?:negotiations|talks|consultations)|"
    r"(?:plan|programme|program|schedule)\s+of\s+consultations)\b",
    re.I,
)

# Markers of a planned event when they come before the trigger in its clause.
PLANNED = re.compile(
    r"\b(?:will|shall|(?:is|are|was|were)\s+(?:also\s+|now\s+)?(?:expected|set|scheduled|due)\s+to|is\s+(?:expected|set|scheduled|due|going|planned|to)\s+to|are\s+(?:expected|set|scheduled|due|"
    r"going|planned)\s+to|(?:is|are|was)\s+(?:expected|scheduled|set|due)|plans?\s+(?:to|of)|planned|upcoming|"
    r"preparations?\s+for|prepar(?:e|ing)\s+(?:for|to)|intends?\s+to|to\s+be\s+held|next\s+(?:week|month|year)|"
    r"in\s+the\s+coming\s+(?:days|weeks|months)|has\s+scheduled|have\s+scheduled|invited\s+\w+\s+to\s+visit|"
    r"agreed\s+(?:\w+\s+)?to(?:\s+(?:hold|visit|sign|convene|organi[sz]e))?|would\s+(?:visit|sign|hold)|invitations?\s+to|invited\s+(?:\w+\s+){1,5}?to|"
    r"to\s+(?:visit|pay)\b|(?:is|are)\s+to(?!\s+be\s+(?:found|seen)\b))\b",
    re.I,
)
# Past or ongoing verbs that override a planned marker further away ("which began on Tuesday").
HAPPENED = re.compile(
    r"\b(?:began|begun|took place|was held|were held|held|arrived|signed|visited|met|paid|"
    r"is paying|are paying|resulted)\b",
    re.I,
)

# Determiners that refer back to an event already named ("the visit", "During the meeting").
ANAPHORA = re.compile(r"\b(?:the|this|that|these|his|her|its|their|during the)\s+(?:[\w-]+\s+){0,2}$", re.I)
# Words that introduce a different occurrence ("the previous session").
DISTINCT = re.compile(r"\b(?:previous|next|earlier|former|prior|last|another|upcoming)\s+(?:[\w-]+\s+){0,1}$", re.I)
# "the 19th meeting", "the 20th session": a numbered occurrence, never the same as another number.
NTH = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\s+(?:[\w-]+\s+){0,1}$", re.I)

# "the two countries", "bilateral": the article's main pair.
PAIR_WORDS = re.compile(
    r"\b(?:two countries|both countries|the countries|two nations|the two states|bilateral|"
    r"two leaders|the leaders|heads of state|heads of government|two ministers|the ministers|two presidents|"
    r"(?:two|both|the) (?:PMs|FMs|premiers)|"
    r"(?:two|the) (?:prime|foreign) ministers|the delegations|two delegations|(?:two|both) governments|"
    r"the sides|both sides|the parties|two sides|they|mutual|between the countries|host country|"
    r"two (?:foreign\s+)?ministries)\b",
    re.I,
)
PRONOUN = re.compile(r"\b(?:he|his|him|she|her)\b", re.I)
