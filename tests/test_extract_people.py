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


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "KUALA LUMPUR, June 3 (Bernama) -- Prime Minister Datuk Seri Anwar Ibrahim received Kazakh President "
            "Kassym-Jomart Tokayev at Seri Perdana today.",
            "Anwar Ibrahim",
            "MYS",
        ),
        (
            "Malaysian Foreign Minister Dato' Sri Mohamad Hasan held talks with his Thai counterpart Maris "
            "Sangiampongsa in Bangkok.",
            "Mohamad Hasan",
            "MYS",
        ),
        (
            "Malaysian Senate President Tan Sri Awang Bemee Awang Ali Basah met the Uzbek delegation in Kuala Lumpur.",
            "Awang Bemee Awang Ali Basah",
            "MYS",
        ),
        (
            "Indian Prime Minister Shri Narendra Modi welcomed Sri Lankan President Anura Kumara Dissanayake.",
            "Narendra Modi",
            "IND",
        ),
        (
            "The Sri Lankan President called on Indian President Smt. Droupadi Murmu at Rashtrapati Bhavan.",
            "Droupadi Murmu",
            "IND",
        ),
        (
            "Rwandan President H E Paul Kagame received Kazakh Deputy Foreign Minister Alibek Bakayev in Kigali.",
            "Paul Kagame",
            "RWA",
        ),
    ],
    ids=["datuk-seri", "dato-sri", "tan-sri", "shri", "smt-dot", "h-e"],
)
def test_honorifics_are_no_part_of_a_name(text: str, name: str, country: str) -> None:
    found = _people(text)
    assert found.get(name, (None, []))[0] == country, found
    assert not any(n.split()[0] in ("Datuk", "Dato'", "Tan", "Shri", "Smt", "Smt.", "H") for n in found), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Singapore's Minister of State Tan Kiat How met Kazakh Vice Minister Roman Vassilenko.", "Tan Kiat How"),
        (
            "Indonesian Finance Minister Sri Mulyani Indrawati met the Chinese delegation in Jakarta.",
            "Sri Mulyani Indrawati",
        ),
    ],
    ids=["tan-as-a-surname", "sri-as-a-first-name"],
)
def test_a_name_word_like_an_honorific_stays(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Rwandan President Paul Kagame arrived in Astana on Monday. President Kagame laid a wreath.",
            "Paul Kagame",
            "RWA",
        ),
        (
            "Minister Trevelyan landed in Hanoi on Sunday. British Minister for Indo-Pacific Anne-Marie Trevelyan "
            "then met Vietnamese Foreign Minister Bui Thanh Son.",
            "Anne-Marie Trevelyan",
            "GBR",
        ),
        (
            "Minister Schulze began her tour in Accra. The German Development Minister, Svenja Schulze, said the "
            "package would fund vocational training.",
            "Svenja Schulze",
            "DEU",
        ),
    ],
    ids=["surname-after-full-name", "full-name-after-surname", "full-name-after-a-comma-title"],
)
def test_a_surname_alone_joins_the_full_name(text: str, name: str, country: str) -> None:
    found = _people(text)
    assert found.get(name, (None, []))[0] == country, found
    assert all(len(n.split()) > 1 for n in found), found


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The visit follows that of the German Chancellor, Olaf Scholz, who was in Nairobi last May.",
            "Olaf Scholz",
            "DEU",
        ),
        (
            "The forum will take place in Lagos in March, the British High Commissioner to Nigeria, Richard Montgomery, "
            "said.",
            "Richard Montgomery",
            "GBR",
        ),
        (
            "The accord was signed in Accra by Ghana's Minister for Trade and Industry, Elizabeth Ofosu-Adjare.",
            "Elizabeth Ofosu-Adjare",
            "GHA",
        ),
    ],
    ids=["chancellor-comma", "high-commissioner-comma", "title-comma-at-sentence-end"],
)
def test_a_title_set_off_by_a_comma_before_the_name(text: str, name: str, country: str) -> None:
    assert _people(text).get(name, (None, []))[0] == country


@pytest.mark.parametrize(
    "text",
    [
        "In Kazakhstan, John Smith said investment was rising.",
        "After the Ministry of Finance, Gulf Air signed the contract.",
        "Speaking to the Minister, Anna Lee asked about visas for students from Kenya and Ghana to visit Almaty.",
    ],
    ids=["country-comma", "ministry-comma", "title-comma-then-a-clause"],
)
def test_no_person_from_a_comma_after_a_non_title(text: str) -> None:
    assert _people(text) == {}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "French President Emmanuel Macron held talks with Vietnam's Communist Party chief To Lam in Hanoi.",
            "To Lam",
            "VNM",
        ),
        (
            "Foreign ministers Mauro Vieira of Brazil and Rubén Ramírez Lezcano of Paraguay met in Asuncion.",
            "Rubén Ramírez Lezcano",
            "PRY",
        ),
        (
            "Foreign ministers Murat Nurtleu of Kazakhstan and Bakhtiyor Saidov of Uzbekistan signed the protocol.",
            "Murat Nurtleu",
            "KAZ",
        ),
        (
            "The deal was signed by Thani Al Zeyoudi, Minister of State for Foreign Trade, and Diana Morales Rojas, "
            "Colombia's Minister of Commerce, Industry and Tourism.",
            "Diana Morales Rojas",
            "COL",
        ),
        (
            "The agreement was initialled by Ahmed Ali, Egypt's Deputy Minister of Trade, in Cairo.",
            "Ahmed Ali",
            "EGY",
        ),
        (
            "Kenyan president William Ruto met Tanzanian president Samia Suluhu Hassan in Arusha on Friday.",
            "Samia Suluhu Hassan",
            "TZA",
        ),
        (
            "Japanese Prime Minister Shigeru Ishiba held talks with Mongolian leader Ukhnaagiin Khurelsukh in Tokyo.",
            "Ukhnaagiin Khurelsukh",
            "MNG",
        ),
    ],
    ids=[
        "party-chief",
        "plural-ministers-second",
        "plural-ministers-first",
        "owned-apposition",
        "owned-deputy",
        "lowercase-president",
        "lowercase-leader",
    ],
)
def test_lowercase_plural_and_owned_titles(text: str, name: str, country: str) -> None:
    assert _people(text).get(name, (None, []))[0] == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Uganda's Minister of Defence Lt Gen Muhoozi Kainerugaba met Kenyan Defence CS Soipan Tuya in Nairobi.",
            "Muhoozi Kainerugaba",
            "UGA",
        ),
        (
            "Thai Deputy Prime Minister Gen. Prawit Wongsuwon received Cambodian Defence Minister Gen Tea Seiha.",
            "Tea Seiha",
            "KHM",
        ),
        (
            "Pakistan's Chief of Army Staff Field Marshal Asim Munir held talks with Saudi Defence Minister Khalid "
            "bin Salman in Riyadh.",
            "Asim Munir",
            "PAK",
        ),
        (
            "Egypt's Minister of Defence Maj. Gen. Abdel Mageed Saqr received the Greek Chief of Staff in Cairo.",
            "Abdel Mageed Saqr",
            "EGY",
        ),
        (
            "Nigeria's Chief of Defence Staff, Gen. Christopher Musa, visited Ghana on Monday.",
            "Christopher Musa",
            "NGA",
        ),
        (
            "Former British Prime Minister John Major said the agreement with Ireland was historic.",
            "John Major",
            "GBR",
        ),
    ],
    ids=["lt-gen", "gen-dot-and-gen", "field-marshal", "maj-gen-dotted", "rank-after-a-comma-title", "surname-major"],
)
def test_ranks_are_no_part_of_a_name(text: str, name: str, country: str) -> None:
    found = _people(text)
    assert found.get(name, (None, []))[0] == country, found
    assert not any(n.split()[0] in ("Lt", "Gen", "Gen.", "Field", "Maj.") for n in found), found


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Saudi Vice Minister of Foreign Affairs Eng. Waleed bin Abdulkarim Elkhereiji received the Kenyan "
            "ambassador in Riyadh.",
            "Waleed bin Abdulkarim Elkhereiji",
            "SAU",
        ),
        (
            "Kenya and Tanzania agreed to cut tariffs. Trade CS Lee Kinyanjui met his Tanzanian counterpart Selemani "
            "Jafo in Arusha.",
            "Lee Kinyanjui",
            "KEN",
        ),
        (
            "U.S. Secretary of Commerce Gina Raimondo met Vietnamese Deputy Prime Minister Tran Hong Ha in Hanoi.",
            "Gina Raimondo",
            "USA",
        ),
        (
            "Brazil's Minister of Mines Alexandre Silveira met Saudi Energy Minister Abdulaziz bin Salman in Riyadh.",
            "Alexandre Silveira",
            "BRA",
        ),
        (
            "Relations with Spain cooled when then-President Andrés Manuel López Obrador of Mexico asked for an "
            "apology.",
            "Andrés Manuel López Obrador",
            "MEX",
        ),
        (
            "Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago. Ties had been tense "
            "under Boric's predecessor Sebastián Piñera.",
            "Sebastián Piñera",
            "CHL",
        ),
        (
            "Indonesian Foreign Minister Sugiono and Malaysian Foreign Minister Mohamad Hasan signed the accord.",
            "Sugiono",
            "IDN",
        ),
        (
            "Cuban President Miguel Díaz-Canel received a Vietnamese delegation. It held talks with the president of "
            "the National Assembly of People's Power of Cuba, Esteban Lazo.",
            "Esteban Lazo",
            "CUB",
        ),
    ],
    ids=[
        "engineer-honorific",
        "kenyan-cs",
        "portfolio-after-of",
        "portfolio-mines",
        "then-president",
        "predecessor",
        "one-name-before-and-a-title",
        "comma-title-naming-a-body",
    ],
)
def test_titles_wire_copy_abbreviates_or_qualifies(text: str, name: str, country: str) -> None:
    found = _people(text)
    assert found.get(name, (None, []))[0] == country, found


def test_a_middle_initial_and_a_suffix_stay_in_the_name() -> None:
    text = (
        "Indian Prime Minister Narendra Modi held talks with Philippine President Ferdinand R. Marcos Jr. in New "
        "Delhi. Mr. Marcos later visited Bengaluru."
    )
    found = _people(text)
    assert found["Ferdinand R. Marcos Jr."][0] == "PHL"
    assert "Marcos" not in found, found


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Indian Prime Minister Narendra Modi arrived in Warsaw, the first visit to Poland by an Indian prime "
            "minister since Morarji Desai in 1979.",
            "Morarji Desai",
            "IND",
        ),
        (
            "Macron is on a three-day state visit to Vietnam, the first by a French president since François "
            "Hollande in 2016.",
            "François Hollande",
            "FRA",
        ),
    ],
    ids=["prime-minister-since", "president-since"],
)
def test_a_former_holder_named_after_since(text: str, name: str, country: str) -> None:
    assert _people(text).get(name, (None, []))[0] == country


def test_a_surname_with_its_suffix_is_an_alias_of_the_full_name() -> None:
    text = (
        "Philippine President Ferdinand R. Marcos Jr. arrived in Tokyo on Friday for talks with Japan. President "
        "Marcos Jr. met Japanese Prime Minister Shigeru Ishiba."
    )
    found = _people(text)
    assert "Marcos Jr." not in found, found
    assert "Marcos Jr." in found["Ferdinand R. Marcos Jr."][1]


@pytest.mark.parametrize(
    "text",
    [
        "Spanish Foreign Minister José Manuel Albares received Mexican Foreign Minister Juan Ramón de la Fuente at "
        "the Palacio de Viana, in the first official visit of a Mexican foreign minister in six years.",
        "Italian Prime Minister Giorgia Meloni received Kazakh President Tokayev at Palazzo Chigi on Tuesday.",
        "Foreign Minister Receives Nigerian Counterpart\nSaudi Foreign Minister Faisal bin Farhan received Nigerian "
        "Foreign Minister Yusuf Tuggar in Riyadh.",
        "Indian Prime Minister Narendra Modi visited Mauritius as Chief Guest at the National Day celebrations.",
        "President Xi Jinping, Vladimir Putin and Narendra Modi attended the summit in Kazan, Russia.",
    ],
    ids=["palacio-and-a-prepositional-clause", "palazzo", "headline-verb", "chief-guest", "list-of-names"],
)
def test_no_person_from_a_building_a_headline_or_a_list(text: str) -> None:
    found = extract(text).people
    names = {p.name for p in found}
    assert not names & {"Palacio de Viana", "Palazzo Chigi", "Receives Nigerian Counterpart", "Nigerian", "Guest"}
    assert all(p.role != "President Xi Jinping" for p in found), found


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Portuguese Prime Minister Luís Montenegro and Angolan President João Lourenço witnessed the signing. "
            "Montenegro, who arrived on Monday, held talks with Lourenço.",
            "Luís Montenegro",
            "PRT",
        ),
        (
            "U.S. Senator Jim Jordan met Kenyan Foreign Minister Musalia Mudavadi in Nairobi on Friday.",
            "Jim Jordan",
            "USA",
        ),
    ],
    ids=["montenegro-as-a-surname", "jordan-as-a-surname"],
)
def test_a_country_name_after_a_title_and_a_given_name_is_a_surname(text: str, name: str, country: str) -> None:
    found = extract(text)
    assert {p.name: p.country for p in found.people}.get(name) == country
    assert "MNE" not in found.countries and "JOR" not in found.countries


def test_a_country_after_its_title_stays_a_country() -> None:
    found = extract("The Prime Minister of Montenegro Milojko Spajić met Albanian President Bajram Begaj in Tirana.")
    assert "MNE" in found.countries
    assert _people("The Prime Minister of Montenegro Milojko Spajić met him.") == {"Milojko Spajić": ("MNE", [])}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Somali President Hassan Sheikh Mohamud is expected to attend the forum in Antalya next year.",
            "Hassan Sheikh Mohamud",
            "SOM",
        ),
        (
            "Former Somali President Sharif Sheikh Ahmed met Kenyan President William Ruto in Nairobi.",
            "Sharif Sheikh Ahmed",
            "SOM",
        ),
        (
            "Iranian Foreign Minister Seyed Abbas Araghchi held talks with his Omani counterpart in Muscat.",
            "Abbas Araghchi",
            "IRN",
        ),
        (
            "Iraqi Prime Minister Sayyid Mohammed Shia al-Sudani received the Turkish ambassador in Baghdad.",
            "Mohammed Shia al-Sudani",
            "IRQ",
        ),
        (
            "On Tuesday, the Thai minister also met Chinese Vice Premier He Lifeng, who praised the railway.",
            "He Lifeng",
            "CHN",
        ),
    ],
    ids=["sheikh-inside-a-somali-name", "sheikh-inside-another", "seyed-honorific", "sayyid-honorific", "he-surname"],
)
def test_title_words_inside_and_before_names(text: str, name: str, country: str) -> None:
    assert _people(text).get(name, (None, []))[0] == country, _people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Prime Minister and Ruler of Dubai Sheikh Mohammed bin Rashid Al Maktoum received the delegation.",
            "Mohammed bin Rashid Al Maktoum",
        ),
        (
            "President His Highness Sheikh Mohamed bin Zayed Al Nahyan received President Abdel Fattah El-Sisi.",
            "Mohamed bin Zayed Al Nahyan",
        ),
        ("Qatar's Emir Sheikh Tamim bin Hamad Al Thani met the French president in Doha.", "Tamim bin Hamad Al Thani"),
    ],
    ids=["after-a-place", "after-his-highness", "after-a-title"],
)
def test_sheikh_before_an_arab_name_stays_a_title(text: str, name: str) -> None:
    assert name in _people(text), _people(text)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Rabat - Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Nasser Bourita, held "
            "talks on Tuesday with his Spanish counterpart.",
            "Nasser Bourita",
            "MAR",
        ),
        (
            "GERMANY'S minister for economic cooperation and development, Reem Alabali Radovan, says Berlin remains "
            "committed to Namibia's green hydrogen plans.",
            "Reem Alabali Radovan",
            "DEU",
        ),
        (
            "Kenya's cabinet secretary for investments, trade and industry, Lee Kinyanjui, said the deal would help.",
            "Lee Kinyanjui",
            "KEN",
        ),
        (
            "Earlier, Minister of Economy and Commerce Daniyar Amangeldiev met with the Kazakh trade minister.",
            "Daniyar Amangeldiev",
            None,
        ),
        (
            "Brazil's Minister of Development and Industry Márcio Elias Rosa met his Argentine counterpart.",
            "Márcio Elias Rosa",
            "BRA",
        ),
    ],
    ids=["portfolios-with-a-comma", "lowercase-portfolio", "lowercase-portfolio-list", "portfolio-and", "and-2"],
)
def test_titles_of_several_portfolios(text: str, name: str, country: str | None) -> None:
    found = _people(text)
    assert name in found, found
    if country:
        assert found[name][0] == country


def test_a_list_of_names_after_a_title_of_a_body_gives_the_title_to_the_first_only() -> None:
    found = extract(
        "He met the president of the National Assembly, Juan Esteban Lazo, Maria Lopez, and others in Havana."
    ).people
    assert [p.name for p in found if p.role] == ["Juan Esteban Lazo"]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The head of state recalled his talks with Kassym-Jomart Tokayev during his visit to Astana in February.",
            "Kassym-Jomart Tokayev",
            "KAZ",
        ),
        ("The ministers praised the role played by Cyril Ramaphosa in the talks in Nairobi.", "Cyril Ramaphosa", "ZAF"),
    ],
    ids=["untitled-president", "untitled-president-2"],
)
def test_an_office_holder_named_without_a_title(text: str, name: str, country: str) -> None:
    assert _people(text).get(name, (None, []))[0] == country


def test_an_untitled_name_not_in_office_is_no_person() -> None:
    assert _people("The ministers praised the role played by John Smith in the talks in Nairobi.") == {}


def test_the_last_words_of_a_full_name_are_an_alias() -> None:
    text = (
        "Kazakh Foreign Minister Murat Nurtleu held talks with Deputy Prime Minister and Minister of Foreign Affairs "
        "of Pakistan Mohammad Ishaq Dar. Later in the day, Ishaq Dar was received by President Kassym-Jomart Tokayev."
    )
    found = _people(text)
    assert found["Mohammad Ishaq Dar"] == ("PAK", ["Ishaq Dar"])
    assert "Ishaq Dar" not in found


def test_a_country_name_between_a_title_and_a_surname_is_a_given_name() -> None:
    found = extract("Israeli Defence Minister Israel Katz met US Secretary of State Marco Rubio in Israel on Monday.")
    assert {p.name: p.country for p in found.people} == {"Israel Katz": "ISR", "Marco Rubio": "USA"}
    assert {"ISR", "USA"} <= set(found.countries)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Spain and Morocco signed a deal. The Spanish ambassador in Rabat, Enrique Ojeda, took part in the talks.",
            "Enrique Ojeda",
            "ESP",
        ),
        (
            "The Philippine ambassador in Washington, Jose Manuel Romualdez, said 1,200 American firms operate there.",
            "Jose Manuel Romualdez",
            "PHL",
        ),
        ("Ghana and Japan met. Japan's envoy to Accra, Hiroshi Tanaka, attended the signing.", "Hiroshi Tanaka", "JPN"),
    ],
    ids=["ambassador-in-capital", "ambassador-in-washington", "envoy-to-capital"],
)
def test_a_title_ending_with_the_place_of_its_post(text: str, name: str, country: str) -> None:
    assert _people(text).get(name, (None, []))[0] == country


@pytest.mark.parametrize(
    "text",
    [
        "Trade rose last year in Rabat, Enrique Ojeda said.",  # no title before the place
        "The talks were held in Rabat, Morocco, on Monday.",
    ],
    ids=["no-title", "place-list"],
)
def test_no_posted_title_without_a_title_word(text: str) -> None:
    assert "Enrique Ojeda" not in _people(text) and "Morocco" not in _people(text)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Ireland and Nigeria met. Minister Tuggar also called on the Minister of State for International "
            "Development and Diaspora, Neale Richmond TD, and will meet the committee tomorrow.",
            "Neale Richmond",
            "IRL",
        ),
        ("Ireland and India met. Minister of State Thomas Byrne TD said the talks went well.", "Thomas Byrne", "IRL"),
        ("Kenya and Britain met. Conservative MP Bob Blackman said so.", "Bob Blackman", "GBR"),
    ],
    ids=["td-after-comma-title", "td-after-title", "mp"],
)
def test_a_members_letters_after_a_name(text: str, name: str, country: str) -> None:
    assert _people(text).get(name, (None, []))[0] == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Laos and Russia met. The Lao guest will meet with Chairman of the State Duma Vyacheslav Volodin.",
            "Vyacheslav Volodin",
        ),
        ("Poland and Lithuania met. Marshal of the Sejm Szymon Holownia hosted the speakers.", "Szymon Holownia"),
        (
            "Timor-Leste and Indonesia met. Xanana was accompanied by Foreign Minister Bendito dos Santos Freitas.",
            "Bendito dos Santos Freitas",
        ),
        ("Brazil and Angola met. Minister Maria das Graças Silva spoke.", "Maria das Graças Silva"),
        (
            "Bangladesh and Qatar met. Chief Adviser Professor Muhammad Yunus attended the Earthna Summit in Doha.",
            "Muhammad Yunus",
        ),
    ],
    ids=["duma", "sejm", "dos", "das", "professor"],
)
def test_parliaments_particles_and_academic_titles(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia and Egypt discussed the Grand Ethiopian Renaissance Dam (GERD) on Monday.",
        "Kenya and Ethiopia discussed the Grand Ethiopian Renaissance Dam and the Lamu Port.",
    ],
    ids=["dam", "dam-port"],
)
def test_no_person_from_a_dam_or_a_port(text: str) -> None:
    assert not any("Dam" in name or "Port" in name for name in _people(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Indonesia and Timor-Leste talked. Prabowo was joined by Foreign Minister Sugiono and Coordinating "
            "Economic Minister Airlangga Hartarto.",
            {"Sugiono", "Airlangga Hartarto"},
        ),
        (
            "Chile and Peru met. Boric was joined by Foreign Minister Klaveren and Agrarian Development Minister "
            "Ignacia Fernandez.",
            {"Klaveren", "Ignacia Fernandez"},
        ),
    ],
    ids=["coordinating", "unknown-portfolio"],
)
def test_a_single_name_before_another_title_with_a_portfolio_the_tables_lack(text: str, names: set[str]) -> None:
    assert names <= set(_people(text))


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (
            "Minister K. Budrys in Warsaw: Lithuania and Poland stand together\n\nMinister of Foreign Affairs "
            "Kęstutis Budrys met Polish Foreign Minister Radosław Sikorski in Warsaw on Monday.",
            "Kęstutis Budrys",
            "K. Budrys",
        ),
        (
            "Kenya and Ghana signed a deal. Trade CS Lee Kinyanjui met the Ghanaian minister. Later, CS L. Kinyanjui "
            "toured the port.",
            "Lee Kinyanjui",
            "L. Kinyanjui",
        ),
    ],
    ids=["headline-initial", "later-initial"],
)
def test_a_name_by_its_initial_is_an_alias_of_the_full_name(text: str, name: str, alias: str) -> None:
    found = _people(text)
    assert alias in found[name][1] and alias not in found


def test_two_given_names_with_one_initial_stay_two_people() -> None:
    found = _people("Kenya and Ghana met. Minister Karl Budrys met Minister Kestutis Budrys in Accra.")
    assert {"Karl Budrys", "Kestutis Budrys"} <= set(found)
