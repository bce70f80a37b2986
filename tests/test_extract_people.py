"""Names as wire copy writes them: particles, initials, abbreviated titles, short forms and people known by
one name, and the country of someone met by the sentence's subject."""

from __future__ import annotations

import pytest

from seed.extract import extract


def _people(text: str) -> dict[str, tuple[str | None, list[str]]]:
    return {p.name: (p.country, p.aliases) for p in extract(text).people}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Canadian Foreign Affairs Minister Anita Anand met her Mexican counterpart Juan Ramón de la Fuente on "
            "Wednesday.",
            "Juan Ramón de la Fuente",
            "MEX",
        ),
        (
            "Brazilian President Luiz Inácio Lula da Silva arrived in Beijing on Monday.",
            "Luiz Inácio Lula da Silva",
            "BRA",
        ),
        (
            "India's External Affairs Minister Dr. S. Jaishankar co-chaired the Joint Commission with the UAE.",
            "S. Jaishankar",
            "IND",
        ),
        (
            "Indian External Affairs Minister S. Jaishankar met Foreign Minister M.U.M. Ali Sabry of Sri Lanka.",
            "M.U.M. Ali Sabry",
            "LKA",
        ),
        (
            "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani received Kazakh President "
            "Tokayev.",
            "Mohammed bin Abdulrahman bin Jassim Al Thani",
            "QAT",
        ),
        (
            "Australian Foreign Minister Penny Wong said the pact was historic. Indonesian Foreign Minister Sugiono "
            "met Senator Wong on Monday.",
            "Sugiono",
            "IDN",
        ),
        (
            "Kazakh Foreign Minister Murat Nurtleu met Russian Foreign Minister Lavrov in Moscow.",
            "Lavrov",
            "RUS",
        ),
    ],
    ids=[
        "particles-de-la",
        "particle-da",
        "initial-after-dr",
        "initials-run",
        "long-arabic-name",
        "one-name-indonesian",
        "surname-after-a-title",
    ],
)
def test_names(text: str, name: str, country: str) -> None:
    found = _people(text)
    assert name in found, found
    assert found[name][0] == country


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (
            "Egyptian President al-Sisi met Chinese Premier Li Qiang in Cairo. Egyptian Prime Minister Mostafa "
            "Madbouly held talks with Li earlier on Thursday.",
            "Li Qiang",
            "Li",
        ),
        (
            "Chinese President Xi Jinping arrived in Belgrade. Xi was welcomed by Serbia's president.",
            "Xi Jinping",
            "Xi",
        ),
    ],
    ids=["li", "xi"],
)
def test_a_two_letter_family_name_is_a_short_form(text: str, name: str, alias: str) -> None:
    assert alias in _people(text)[name][1]


@pytest.mark.parametrize(
    "text",
    [
        "Kazakh President Kassym-Jomart Tokayev arrived in Berlin. President Tokayev met the Chancellor.",
        "The credentials of the Ambassador Extraordinary and Plenipotentiary of Vietnam were presented.",
        "Kazakhstan and France signed deals with the French Minister Delegate for Foreign Trade present.",
        "American companies in Kazakhstan include Chevron and General Electric.",
    ],
    ids=["a-surname-of-a-fuller-name", "extraordinary-and", "delegate-for", "a-company"],
)
def test_no_person_from_one_title_word(text: str) -> None:
    names = list(_people(text))
    assert all(len(n.split()) > 1 for n in names), names


def test_someone_met_by_the_subject_is_of_the_other_country() -> None:
    text = (
        "Kazakhstan and Malaysia step up ties. The same day, Kazakh Foreign Minister Murat Nurtleu was received by "
        "the Prime Minister of Malaysia Anwar Ibrahim and met with Minister of Investment, Trade and Industry "
        "Tengku Zafrul Aziz in Kuala Lumpur, Kazakhstan's foreign ministry said."
    )
    assert _people(text)["Tengku Zafrul Aziz"][0] == "MYS"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Philippine President Ferdinand Marcos Jr. will travel to Washington next week.",
            "Ferdinand Marcos Jr.",
            "PHL",
        ),
        (
            "French President Emmanuel Macron was welcomed at the airport by Moroccan King Mohammed VI in Rabat.",
            "Mohammed VI",
            "MAR",
        ),
        (
            "Secretary of State Marco Rubio met Philippine Secretary of Foreign Affairs Ma. Theresa Lazaro in Kuala "
            "Lumpur.",
            "Ma. Theresa Lazaro",
            "PHL",
        ),
    ],
    ids=["jr", "roman-numeral", "ma-for-maria"],
)
def test_names_with_generation_suffixes_and_short_forms(text: str, name: str, country: str) -> None:
    assert _people(text).get(name, (None, []))[0] == country


def test_a_programme_after_a_title_word_is_no_person() -> None:
    text = "The United States announced the $500 million in Foreign Military Financing for the Philippines."
    assert _people(text) == {}
