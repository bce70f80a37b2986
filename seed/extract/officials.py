"""A gazetteer of office holders whose nationality a title often leaves unsaid: 'President Tokayev'.

Scope, fixed by office and not by any article: heads of state and government, their first deputies and vice
presidents, and foreign ministers, of the G20 members, Central Asia and the Caucasus, and the partners
Kazakhstan's foreign ministry reports on most, in office at some time from 2022 to 2025; and those of some
eighty other states that bilateral news reports on, in office in 2024-2026; and the ministers of finance, trade,
investment and defence, the security advisers and the foreign ministries' spokespeople of the larger of those
states, in office in 2024-2026, whom a story names beside its leaders by a title without a country ("Finance
Minister Muhammad Aurangzeb") (kept by hand: no list of office holders ships offline). A name is matched by its
first and last word (folded), so 'Kassym-Jomart Tokayev' and 'S. Jaishankar' need no other spelling.
"""

from __future__ import annotations

import re
from functools import cache

from entente.text import fold

_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]{4,}")

# fmt: off
OFFICIALS: dict[str, tuple[str, ...]] = {
    "KAZ": ("Kassym-Jomart Tokayev", "Olzhas Bektenov", "Alikhan Smailov", "Murat Nurtleu", "Yermek Kosherbayev",
            "Mukhtar Tileuberdi", "Nursultan Nazarbayev", "Roman Sklyar"),
    "UZB": ("Shavkat Mirziyoyev", "Abdulla Aripov", "Bakhtiyor Saidov", "Vladimir Norov"),
    "KGZ": ("Sadyr Japarov", "Akylbek Japarov", "Adylbek Kasymaliev", "Jeenbek Kulubaev"),
    "TJK": ("Emomali Rahmon", "Kokhir Rasulzoda", "Sirojiddin Muhriddin"),
    "TKM": ("Serdar Berdimuhamedov", "Gurbanguly Berdimuhamedov", "Rashid Meredov"),
    "RUS": ("Vladimir Putin", "Mikhail Mishustin", "Sergey Lavrov", "Sergei Lavrov", "Denis Manturov",
            "Dmitry Medvedev"),
    "CHN": ("Xi Jinping", "Li Qiang", "Li Keqiang", "Wang Yi", "Qin Gang", "Ding Xuexiang", "Han Zheng"),
    "TUR": ("Recep Tayyip Erdogan", "Hakan Fidan", "Mevlut Cavusoglu", "Cevdet Yilmaz"),
    "AZE": ("Ilham Aliyev", "Ali Asadov", "Jeyhun Bayramov", "Mehriban Aliyeva"),
    "ARM": ("Nikol Pashinyan", "Ararat Mirzoyan", "Vahagn Khachaturyan"),
    "GEO": ("Irakli Kobakhidze", "Irakli Garibashvili", "Mikheil Kavelashvili", "Salome Zourabichvili",
            "Maka Botchorishvili", "Ilia Darchiashvili"),
    "BLR": ("Alexander Lukashenko", "Roman Golovchenko", "Alexander Turchin", "Maxim Ryzhenkov", "Sergei Aleinik"),
    "UKR": ("Volodymyr Zelensky", "Denys Shmyhal", "Yulia Svyrydenko", "Andrii Sybiha", "Dmytro Kuleba"),
    "MNG": ("Ukhnaagiin Khurelsukh", "Luvsannamsrain Oyun-Erdene", "Battsetseg Batmunkh"),
    "PAK": ("Shehbaz Sharif", "Asif Ali Zardari", "Ishaq Dar", "Arif Alvi"),
    "IND": ("Narendra Modi", "Droupadi Murmu", "Subrahmanyam Jaishankar", "Jagdeep Dhankhar"),
    "IRN": ("Masoud Pezeshkian", "Ebrahim Raisi", "Abbas Araghchi", "Hossein Amir-Abdollahian", "Ali Khamenei"),
    "ARE": ("Mohamed bin Zayed Al Nahyan", "Mohammed bin Rashid Al Maktoum", "Abdullah bin Zayed Al Nahyan",
            "Mansour bin Zayed Al Nahyan"),
    "QAT": ("Tamim bin Hamad Al Thani", "Mohammed bin Abdulrahman Al Thani"),
    "SAU": ("Salman bin Abdulaziz Al Saud", "Mohammed bin Salman", "Faisal bin Farhan Al Saud",
            "Faisal bin Farhan bin Abdullah"),
    "EGY": ("Abdel Fattah al-Sisi", "Abdel Fattah El-Sisi", "Mostafa Madbouly", "Badr Abdelatty", "Sameh Shoukry"),
    "ISR": ("Benjamin Netanyahu", "Isaac Herzog", "Gideon Saar", "Israel Katz", "Eli Cohen"),
    "USA": ("Joe Biden", "Donald Trump", "Kamala Harris", "JD Vance", "Antony Blinken", "Marco Rubio"),
    "GBR": ("Rishi Sunak", "Keir Starmer", "David Cameron", "James Cleverly", "David Lammy", "Yvette Cooper"),
    "FRA": ("Emmanuel Macron", "Elisabeth Borne", "Gabriel Attal", "Michel Barnier", "Francois Bayrou",
            "Catherine Colonna", "Stephane Sejourne", "Jean-Noel Barrot"),
    "DEU": ("Olaf Scholz", "Friedrich Merz", "Frank-Walter Steinmeier", "Annalena Baerbock", "Johann Wadephul"),
    "ITA": ("Giorgia Meloni", "Sergio Mattarella", "Antonio Tajani"),
    "ESP": ("Pedro Sanchez", "Jose Manuel Albares"),
    "POL": ("Donald Tusk", "Andrzej Duda", "Karol Nawrocki", "Mateusz Morawiecki", "Radoslaw Sikorski",
            "Zbigniew Rau"),
    "HUN": ("Viktor Orban", "Tamas Sulyok", "Katalin Novak", "Peter Szijjarto"),
    "JPN": ("Fumio Kishida", "Shigeru Ishiba", "Sanae Takaichi", "Yoshimasa Hayashi", "Yoko Kamikawa",
            "Takeshi Iwaya", "Iwaya Takeshi", "Toshimitsu Motegi"),
    "KOR": ("Yoon Suk Yeol", "Lee Jae-myung", "Han Duck-soo", "Kim Min-seok", "Park Jin", "Cho Tae-yul",
            "Cho Hyun"),
    "VNM": ("To Lam", "Luong Cuong", "Vo Van Thuong", "Pham Minh Chinh", "Bui Thanh Son"),
    "IDN": ("Joko Widodo", "Prabowo Subianto", "Gibran Rakabuming Raka", "Retno Marsudi"),
    "MYS": ("Anwar Ibrahim", "Mohamad Hasan", "Zambry Abdul Kadir"),
    "SGP": ("Lawrence Wong", "Lee Hsien Loong", "Tharman Shanmugaratnam", "Vivian Balakrishnan"),
    "THA": ("Paetongtarn Shinawatra", "Srettha Thavisin", "Anutin Charnvirakul", "Maris Sangiampongsa"),
    "PHL": ("Ferdinand Marcos Jr.", "Sara Duterte", "Enrique Manalo", "Theresa Lazaro"),
    "AUS": ("Anthony Albanese", "Richard Marles", "Penny Wong"),
    "CAN": ("Justin Trudeau", "Mark Carney", "Melanie Joly", "Anita Anand"),
    "MEX": ("Claudia Sheinbaum", "Andres Manuel Lopez Obrador", "Juan Ramon de la Fuente", "Alicia Barcena"),
    "BRA": ("Luiz Inacio Lula da Silva", "Geraldo Alckmin", "Mauro Vieira"),
    "ARG": ("Javier Milei", "Victoria Villarruel", "Diana Mondino", "Gerardo Werthein", "Pablo Quirno"),
    "ZAF": ("Cyril Ramaphosa", "Paul Mashatile", "Ronald Lamola", "Naledi Pandor"),
    "NGA": ("Bola Tinubu", "Kashim Shettima", "Yusuf Tuggar"),
    "KEN": ("William Ruto", "William Samoei Ruto", "Rigathi Gachagua", "Kithure Kindiki", "Musalia Mudavadi"),
    "ETH": ("Abiy Ahmed", "Taye Atske Selassie"),
    "RWA": ("Paul Kagame", "Olivier Nduhungirehe"),
    # Beyond the G20 and Kazakhstan's partners: the heads of state and government and foreign ministers of the
    # other states bilateral news reports on, in office in 2024-2026.
    "AFG": ("Hibatullah Akhundzada", "Hasan Akhund", "Amir Khan Muttaqi"),
    "BGD": ("Muhammad Yunus", "Touhid Hossain", "Mohammed Shahabuddin"),
    "LKA": ("Anura Kumara Dissanayake", "Harini Amarasuriya", "Vijitha Herath"),
    "NPL": ("Sushila Karki", "Ram Chandra Poudel", "Arzu Rana Deuba"),
    "MDV": ("Mohamed Muizzu", "Abdulla Khaleel"),
    "BTN": ("Tshering Tobgay",),
    "LAO": ("Thongloun Sisoulith", "Sonexay Siphandone", "Thongsavanh Phomvihane"),
    "KHM": ("Hun Manet", "Prak Sokhonn"),
    "MMR": ("Min Aung Hlaing", "Than Swe"),
    "BRN": ("Hassanal Bolkiah",),
    "TLS": ("Jose Ramos-Horta", "Xanana Gusmao"),
    "PRK": ("Kim Jong Un", "Choe Son Hui"),
    "NZL": ("Christopher Luxon", "Winston Peters"),
    "IRQ": ("Mohammed Shia al-Sudani", "Fuad Hussein", "Abdul Latif Rashid"),
    "JOR": ("Ayman Safadi", "Jafar Hassan"),
    "LBN": ("Joseph Aoun", "Nawaf Salam", "Youssef Rajji"),
    "SYR": ("Ahmed al-Sharaa", "Asaad al-Shaibani"),
    "OMN": ("Haitham bin Tarik", "Badr Albusaidi"),
    "BHR": ("Abdullatif bin Rashid Al Zayani",),
    "PSE": ("Mahmoud Abbas", "Mohammad Mustafa"),
    "DZA": ("Abdelmadjid Tebboune", "Ahmed Attaf", "Nadir Larbaoui", "Sifi Ghrieb"),
    "MAR": ("Aziz Akhannouch", "Nasser Bourita"),
    "TUN": ("Kais Saied", "Mohamed Ali Nafti"),
    "LBY": ("Abdul Hamid Dbeibah",),
    "SEN": ("Bassirou Diomaye Faye", "Ousmane Sonko", "Yassine Fall"),
    "CIV": ("Alassane Ouattara", "Robert Beugre Mambe"),
    "GHA": ("John Dramani Mahama", "Samuel Okudzeto Ablakwa", "Nana Akufo-Addo", "Jane Naana Opoku-Agyemang"),
    "CMR": ("Paul Biya",),
    "TZA": ("Samia Suluhu Hassan", "Mahmoud Thabit Kombo"),
    "UGA": ("Yoweri Museveni", "Robinah Nabbanja", "Jeje Odongo"),
    "MOZ": ("Daniel Chapo", "Maria Manuela Lucas", "Filipe Nyusi"),
    "ZWE": ("Emmerson Mnangagwa", "Amon Murwira"),
    "ZMB": ("Hakainde Hichilema", "Mulambo Haimbe"),
    "AGO": ("Joao Lourenco", "Tete Antonio"),
    "COD": ("Felix Tshisekedi", "Judith Suminwa", "Therese Kayikwamba Wagner"),
    "DJI": ("Ismail Omar Guelleh", "Abdoulkader Kamil Mohamed"),
    "SOM": ("Hassan Sheikh Mohamud",),
    "NAM": ("Netumbo Nandi-Ndaitwah",),
    "BWA": ("Duma Boko",),
    "MLI": ("Assimi Goita",),
    "BFA": ("Ibrahim Traore",),
    "GAB": ("Brice Oligui Nguema",),
    "CHL": ("Gabriel Boric", "Jose Antonio Kast", "Alberto van Klaveren", "Francisco Perez Mackenna"),
    "COL": ("Gustavo Petro", "Rosa Villavicencio", "Luis Gilberto Murillo"),
    "PER": ("Dina Boluarte", "Jose Jeri", "Elmer Schialer"),
    "VEN": ("Nicolas Maduro", "Yvan Gil", "Delcy Rodriguez"),
    "CUB": ("Miguel Diaz-Canel", "Manuel Marrero", "Bruno Rodriguez Parrilla"),
    "URY": ("Yamandu Orsi", "Mario Lubetkin"),
    "PRY": ("Santiago Pena", "Ruben Ramirez Lezcano"),
    "BOL": ("Luis Arce", "Rodrigo Paz"),
    "ECU": ("Daniel Noboa", "Gabriela Sommerfeld"),
    "NLD": ("Dick Schoof", "David van Weel", "Caspar Veldkamp"),
    "BEL": ("Bart De Wever", "Maxime Prevot"),
    "AUT": ("Alexander Van der Bellen", "Christian Stocker", "Beate Meinl-Reisinger"),
    "CHE": ("Karin Keller-Sutter", "Ignazio Cassis", "Guy Parmelin"),
    "SWE": ("Ulf Kristersson", "Maria Malmer Stenergard"),
    "NOR": ("Jonas Gahr Store", "Espen Barth Eide"),
    "DNK": ("Mette Frederiksen", "Lars Lokke Rasmussen"),
    "FIN": ("Alexander Stubb", "Petteri Orpo", "Elina Valtonen"),
    "EST": ("Alar Karis", "Kristen Michal", "Margus Tsahkna"),
    "LVA": ("Edgars Rinkevics", "Evika Silina", "Baiba Braze"),
    "LTU": ("Gitanas Nauseda", "Inga Ruginiene", "Kestutis Budrys"),
    "CZE": ("Petr Pavel", "Petr Fiala", "Andrej Babis", "Jan Lipavsky"),
    "SVK": ("Robert Fico", "Peter Pellegrini", "Juraj Blanar"),
    "ROU": ("Nicusor Dan", "Ilie Bolojan", "Oana Toiu"),
    "BGR": ("Rumen Radev", "Rosen Zhelyazkov", "Georg Georgiev"),
    "GRC": ("Kyriakos Mitsotakis", "Giorgos Gerapetritis", "Konstantinos Tasoulas"),
    "CYP": ("Nikos Christodoulides",),
    "SRB": ("Aleksandar Vucic", "Marko Djuric"),
    "HRV": ("Zoran Milanovic", "Andrej Plenkovic", "Gordan Grlic Radman"),
    "SVN": ("Natasa Pirc Musar", "Robert Golob", "Tanja Fajon"),
    "PRT": ("Marcelo Rebelo de Sousa", "Luis Montenegro", "Paulo Rangel"),
    "IRL": ("Micheal Martin", "Simon Harris", "Catherine Connolly"),
    "MDA": ("Maia Sandu", "Dorin Recean", "Alexandru Munteanu", "Mihai Popsoi"),
}
# The ministers, advisers and spokespeople of the larger states (see the scope above), by country.
MINISTERS: dict[str, tuple[str, ...]] = {
    "USA": ("Pete Hegseth", "Scott Bessent", "Howard Lutnick", "Jamieson Greer"),
    "CHN": ("Wang Wentao", "Dong Jun", "Mao Ning", "Lin Jian", "Guo Jiakun"),
    "RUS": ("Andrei Belousov", "Anton Siluanov", "Maxim Reshetnikov", "Alexei Overchuk", "Yuri Ushakov",
            "Dmitry Peskov", "Maria Zakharova"),
    "IND": ("Piyush Goyal", "Rajnath Singh", "Nirmala Sitharaman", "Ajit Doval", "Vikram Misri"),
    "PAK": ("Muhammad Aurangzeb", "Khawaja Asif"),
    "SAU": ("Khalid Al-Falih", "Adel al-Jubeir"),
    "ARE": ("Thani bin Ahmed Al Zeyoudi",),
    "TUR": ("Mehmet Simsek", "Yasar Guler", "Omer Bolat"),
    "JPN": ("Gen Nakatani", "Shinjiro Koizumi"),
    "KEN": ("Lee Kinyanjui", "John Mbadi"),
    "EGY": ("Hassan El-Khatib",),
    "DEU": ("Boris Pistorius", "Lars Klingbeil", "Katherina Reiche"),
    "GBR": ("Rachel Reeves", "John Healey", "Jonathan Reynolds", "Peter Kyle"),
    "FRA": ("Sebastien Lecornu",),
    "AUS": ("Don Farrell", "Jim Chalmers"),
    "IDN": ("Sjafrie Sjamsoeddin", "Airlangga Hartarto", "Bahlil Lahadalia"),
    "MYS": ("Tengku Zafrul Aziz",),
}
# fmt: on


def _holders() -> list[tuple[str, tuple[str, ...]]]:
    return [*OFFICIALS.items(), *MINISTERS.items()]


def _words(name: str) -> list[str]:
    return [w for w in fold(name).replace(".", "").split() if w not in ("jr", "sheikh", "dr", "mr", "ms", "shri")]


_ARTICLE = re.compile(r"^(?:al|el)-?(?=\w{3})")


def _last(words: list[str]) -> str:
    """A name's last word for matching, less the Arabic article however written: "Al Busaidi", "Al-Busaidi" and
    "Albusaidi" are one name, as "al-Sisi" and "El-Sisi" are."""
    return _ARTICLE.sub("", words[-1])


def _spelt(words: list[str]) -> list[str]:
    """A name's words less a lone article before its last: "Al Nahyan" is matched as "Nahyan"."""
    return [w for w in words[:-1] if w not in ("al", "el")] + words[-1:]


def _keys(words: list[str]) -> list[tuple[str, str]]:
    """The (first, last) key a name is matched by."""
    words = _spelt(words)
    return [(words[0], _last(words))] if len(words) >= 2 else []


@cache
def _index() -> dict[tuple[str, str], str]:
    """(first word, last word) folded -> country; a pair two countries' office holders share is left out."""
    found: dict[tuple[str, str], set[str]] = {}
    for code, names in _holders():
        for name in names:
            for first, last in _keys(_words(name)):
                found.setdefault((first, last), set()).add(code)
                found.setdefault((first[0], last), set()).add(code)  # 'S. Jaishankar'
    return {key: next(iter(codes)) for key, codes in found.items() if len(codes) == 1}


def official_country(name: str) -> str | None:
    """The country an office holder of the gazetteer serves, by their name as the text gives it, or None; a name
    of three words or more by its last two too, as a name of two that a given name or its short form opens:
    "Mohammad Ishaq Dar", "Md Touhid Hossain"."""
    words = _spelt(_words(name))
    if len(words) < 2:
        return None
    index = _index()
    first, last = words[0], _last(words)
    found = index.get((first, last)) or (index.get((first[0], last)) if len(first) == 1 else None)
    if found is None and len(words) >= 3 and words[-2] not in _PARTICLE_WORDS:
        found = index.get((words[-2], last))
    return found


_PARTICLE_WORDS = frozenset({"bin", "ibn", "bint", "binti", "de", "da", "van", "von", "ould", "abu"})


@cache
def _full_names() -> dict[tuple[str, str], str]:
    """(initial, last word) folded -> the office holder's full name, for a pair only one holder has."""
    found: dict[tuple[str, str], set[str]] = {}
    for _, names in _holders():
        for name in names:
            words = _words(name)
            if len(words) >= 2:
                found.setdefault((words[0][0], words[-1]), set()).add(name)
    return {key: next(iter(names)) for key, names in found.items() if len(names) == 1}


def full_name(name: str) -> str | None:
    """The gazetteer's full name of an office holder named the Mongolian way, by the initial of the patronymic
    glued to the given name ('L.Oyun-Erdene' is Luvsannamsrain Oyun-Erdene), which other outlets spell out; None
    for any other name ('S. Jaishankar' is how India itself names its minister)."""
    glued = _GLUED_INITIAL.fullmatch(name)
    return _full_names().get((fold(glued.group(1)).lower(), fold(glued.group(2)).lower())) if glued else None


_GLUED_INITIAL = re.compile(r"([A-Z])\.([A-Z][\w'’-]+)")


# Last words of office holders too common as others' names, or as words and places, to name them alone: "Palacio
# San Martín" is no sign of Ireland's Micheál Martin, nor "Montenegro" of Portugal's prime minister.
_COMMON_SURNAMES = frozenset(
    """
martin harris connolly rodriguez hassan hussein mohamed mohammed rashid salam mustafa abbas michal pavel montenegro
peters wagner rangel sousa stocker rasmussen pellegrini georgiev munteanu traore antonio lucas djuric singh asif
reeves healey reynolds
""".split()
)


@cache
def surnames() -> dict[str, str]:
    """Last words of five letters or more that one office holder of the gazetteer alone goes by: 'tokayev'."""
    found: dict[str, set[str]] = {}
    for code, names in _holders():
        for name in names:
            words = _words(name)
            if len(words) >= 2 and len(words[-1]) >= 5 and words[-1] not in _COMMON_SURNAMES:
                found.setdefault(words[-1], set()).add(code)
    return {word: next(iter(codes)) for word, codes in found.items() if len(codes) == 1}


def surname_countries(text: str) -> list[str]:
    """The countries of office holders a text names by surname alone: 'Tokayev was received by ...'."""
    known = surnames()
    found = []
    for m in _CAPITALISED.finditer(text):
        word = fold(m.group())
        if word not in known:
            continue
        if _PARTICLE_AFTER.match(text, m.end()) or _PARTICLE_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue  # "Thani bin Ahmed Al Zeyoudi": words of another person's name, not office holders' surnames
        found.append(known[word])
    return found


_PARTICLES = r"(?:bin|ibn|bint|binti|al|Al|el|El|de|da|van|von|ould)"
_PARTICLE_AFTER = re.compile(r"(?<!\s)\s+" + _PARTICLES + r"\s")
_PARTICLE_BEFORE = re.compile(r"\b(?:bin|ibn|bint|binti)\s+$")  # "Al Thani" is still a surname
