"""A gazetteer of office holders whose nationality a title often leaves unsaid: 'President Tokayev'.

Scope, fixed by office and not by any article: heads of state and government, their first deputies and vice
presidents, and foreign ministers, of the G20 members, Central Asia and the Caucasus, and the partners
Kazakhstan's foreign ministry reports on most, in office at some time from 2022 to 2025. A name is matched
by its first and last word (folded), so 'Kassym-Jomart Tokayev' and 'S. Jaishankar' need no other spelling.
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
    "SAU": ("Salman bin Abdulaziz Al Saud", "Mohammed bin Salman", "Faisal bin Farhan Al Saud"),
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
    "ARG": ("Javier Milei", "Victoria Villarruel", "Diana Mondino", "Gerardo Werthein"),
    "ZAF": ("Cyril Ramaphosa", "Paul Mashatile", "Ronald Lamola", "Naledi Pandor"),
    "NGA": ("Bola Tinubu", "Kashim Shettima", "Yusuf Tuggar"),
    "KEN": ("William Ruto", "William Samoei Ruto", "Rigathi Gachagua", "Kithure Kindiki", "Musalia Mudavadi"),
    "ETH": ("Abiy Ahmed", "Taye Atske Selassie"),
    "RWA": ("Paul Kagame", "Olivier Nduhungirehe"),
}
# fmt: on


def _words(name: str) -> list[str]:
    return [w for w in fold(name).replace(".", "").split() if w not in ("jr", "sheikh", "dr", "mr", "ms", "shri")]


@cache
def _index() -> dict[tuple[str, str], str]:
    """(first word, last word) folded -> country; a pair two countries' office holders share is left out."""
    found: dict[tuple[str, str], set[str]] = {}
    for code, names in OFFICIALS.items():
        for name in names:
            words = _words(name)
            if len(words) >= 2:
                found.setdefault((words[0], words[-1]), set()).add(code)
                found.setdefault((words[0][0], words[-1]), set()).add(code)  # 'S. Jaishankar'
    return {key: next(iter(codes)) for key, codes in found.items() if len(codes) == 1}


def official_country(name: str) -> str | None:
    """The country an office holder of the gazetteer serves, by their name as the text gives it, or None."""
    words = _words(name)
    if len(words) < 2:
        return None
    index = _index()
    return index.get((words[0], words[-1])) or (index.get((words[0][0], words[-1])) if len(words[0]) == 1 else None)


@cache
def surnames() -> dict[str, str]:
    """Last words of five letters or more that one office holder of the gazetteer alone goes by: 'tokayev'."""
    found: dict[str, set[str]] = {}
    for code, names in OFFICIALS.items():
        for name in names:
            words = _words(name)
            if len(words) >= 2 and len(words[-1]) >= 5:
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
