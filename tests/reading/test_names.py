"""Whether the name an address spells is a name as people write it."""

import pytest

from companion.reading.names import (has_legal_form, names_an_organisation, names_with_legal_form, spaced_as_written, spells,
                                     squeezed, without_legal_form, written_as, written_in_text)


@pytest.mark.parametrize(("spelled", "written"), [
    ("bluefinhealth", "Bluefin Health"),
    ("lumiere-conseil", "Lumière Conseil"),  # accents dropped
    ("bsteam", "BS-Team SA"),  # the legal form after the name
    ("comparis-ch", "comparis.ch"),
    ("mercyhp", "Mercy Health Partners Inc."),  # letters in order from the first
    ("dwf", "Digital Wave Finance AG"),
    ("workatastartup", "Y Combinator's Work at a Startup"),  # the end of a longer name
])
def test_a_name_an_address_spells(spelled, written):
    assert spells(spelled, written)


@pytest.mark.parametrize(("spelled", "written"), [
    ("initech", "Globex"),
    ("hp", "Hewlett Packard"),  # two letters say too little
    ("sap", "Supply Chain Planning"),  # letters scattered through words are not their starts
    ("acme", "Jane Doe"),
    ("", "Acme"),
])
def test_a_name_an_address_does_not_spell(spelled, written):
    assert not spells(spelled, written)


def test_squeezed_keeps_letters_and_digits_without_case_or_accents():
    assert squeezed("Zürich-Nord 2") == "zurichnord2"


@pytest.mark.parametrize(("name", "texts", "read"), [
    # data that runs an employer's two names together, spaced as the page's heading spaces them
    ("株式会社ツクイツクイ倉敷訪問看護ステーション", ["株式会社ツクイ ツクイ倉敷訪問看護ステーション"],
     "株式会社ツクイ ツクイ倉敷訪問看護ステーション"),
    ("InitechLabs", ["Data Engineer at Initech Labs"], "Initech Labs"),
    # a name the texts write with other marks or other letters stays as the data has it
    ("Initech A/S", ["Initech A S"], "Initech A/S"),
    ("Initech", ["Initrode"], "Initech"),
])
def test_a_name_the_data_runs_together_is_spaced_as_the_page_writes_it(name, texts, read):
    assert spaced_as_written(name, texts) == read


@pytest.mark.parametrize(("spelled", "texts", "written"), [
    ("openai", ["© 2026 OpenAI"], "OpenAI"),
    ("getinitechcare", ["Initech Care logo"], "Initech Care"),  # a start-up's address: a verb before its name
    ("tryinitech", ["Initech"], "Initech"),
    ("getinitechcare", ["Care for patients"], ""),
])
def test_how_texts_write_the_name_an_address_spells(spelled, texts, written):
    assert written_as(spelled, texts) == written


@pytest.mark.parametrize(("text", "written"), [
    ("October 1, 2017 by Initech Care", "Initech Care"),
    ("Initech care for patients", ""),  # not capitalised as a name is
    ("I n i t e c h C a r e", ""),  # letters spaced out are no words
])
def test_how_running_text_writes_the_name_an_address_spells(text, written):
    assert written_in_text("getinitechcare", text) == written


@pytest.mark.parametrize(("name", "alone"), [
    ("Plus Co.,LTD", "Plus"),  # a Japanese company's English name, as its site writes it
    ("Plus Co., Ltd.", "Plus"),
    ("Initech,inc", "Initech"),  # a Tokyo database firm's English name, no space after the comma (2025)
    ("Initech GmbH & Co. KG", "Initech"),
    ("株式会社プラス", "プラス"),
    ("Family Care Initech UG", "Family Care Initech"),  # a German small limited company
    ("Die Initech e.V.", "Die Initech"),  # a registered association
    ("ООО «Стэк»", "Стэк"),  # Russian's form before the quoted name: a limited company
    ("ООО ЧОП «Сигма-Профи»", "Сигма-Профи"),  # a private security firm
    ("Công ty TNHH Truyền Thông Initech", "Truyền Thông Initech"),  # Vietnamese's form before the name: a limited company
    ("Ngân Hàng TMCP Initech", "Initech"),  # a joint-stock commercial bank
    ("CÔNG TY CỔ PHẦN INITECH", "INITECH"),  # a joint-stock one
])
def test_a_name_without_its_legal_form(name, alone):
    assert has_legal_form(name) and without_legal_form(name) == alone


def test_an_address_spells_out_a_names_ampersand():
    assert spells("codeandco", "code & co.") and spells("smithandsons", "Smith & Sons Ltd")


@pytest.mark.parametrize(("text", "named"), [
    ("the liabilities of Hornbeck Offshore Services, Inc. and subsidiaries", ["Hornbeck Offshore Services, Inc."]),
    # a footer's menu, each item on its line, then the name: the name alone
    ("Careers\n Company\n Contact Info\n Initech BV\n Zaventem", ["Initech BV"]),
])
def test_the_companies_running_text_names_with_their_legal_form(text, named):
    assert names_with_legal_form(text) == named


@pytest.mark.parametrize(("name", "organisation"), [
    ("St Laurences Catholic Primary School", True),
    ("Kirklees Council", True),
    ("Zahnarztpraxis Wedding", True),  # (the practice at the end of a compound)
    ("Riverside Dental Clinic", True),
    ("Стоматология Бэбибум", True),  # (Russian: a dental clinic)
    ("Школа № 57", True),
    ("Praxisnah Consulting", False),  # (a word beginning with "praxis" is no practice)
    ("Dental Clinic", False),  # (described, not named: "A busy Dental Clinic in Leeds")
    ("Secondary School", False),
    ("School of Computer Science", False),  # (a university's unit, not an employer of its own)
    ("Initech Solutions", False),
])
def test_an_organisation_named_by_a_word_for_an_institution(name, organisation):
    assert names_an_organisation(name) is organisation
