"""Text cleaning: entities, escaped markup and job boards' labels on employer names."""

from __future__ import annotations

import pytest

from companion.reading.pages.text import clean_company, clean_text, html_to_text, posted_by_agency


@pytest.mark.parametrize("raw, clean", [
    ("  Senior&nbsp;Engineer &amp;amp; Lead ", "Senior Engineer & Lead"),
    ("Data <b>Engineer</b>", "Data Engineer"),
    ("&#40;Remote&#41;", "(Remote)"),
    (None, ""),
    ({"name": "x"}, ""),
])
def test_clean_text(raw, clean):
    assert clean_text(raw) == clean


@pytest.mark.parametrize("raw, company", [
    ("Canonical - Jobs", "Canonical"),
    ("Acme | Careers", "Acme"),
    ("Jobs for Humanity", "Jobs for Humanity"),
    ("Steve's Careers Corner Ltd", "Steve's Careers Corner Ltd"),
    ('Стоматология "Факел" 2009-2024', 'Стоматология "Факел"'),  # a copyright line's years after the name
    ('"Помощь окнам"', "Помощь окнам"),  # the name in quotation marks
    ("“Emerson Lab at UCI”", "Emerson Lab at UCI"),
    ("Studio 2000", "Studio 2000"),  # a number in the name stays
    ("Afni Job Careers Portal", "Afni"),  # the employer's careers site named for it
    ("the Technology Transformation Services", "Technology Transformation Services"),  # a sentence's article
    ("The Coffee Mom", "The Coffee Mom"),  # (an article written as the name's own)
    ("UNIQUE (ЮНИК) — бутик отделочных материалов", "UNIQUE (ЮНИК)"),  # a description after a dash, in lower case
    ("Initech — Tokyo", "Initech — Tokyo"),  # (a capital after the dash may be the name's own)
    ("INTRID - разработка сайтов", "INTRID"),  # (after a hyphen set apart by spaces too)
    ("Hewlett-Packard - the original", "Hewlett-Packard"),  # (a hyphen inside the name stays)
])
def test_clean_company_drops_only_a_board_label_years_an_article_quotation_marks_or_a_description(raw, company):
    assert clean_company(raw) == company


def test_html_to_text_reads_escaped_markup_line_by_line():
    escaped = "&lt;p&gt;Intro&lt;/p&gt;&lt;ul&gt;&lt;li&gt;One&lt;/li&gt;&lt;li&gt;Two &amp;amp; three&lt;/li&gt;&lt;/ul&gt;"

    assert html_to_text(escaped) == "Intro\nOne\nTwo & three"


def test_a_paragraph_wrapped_in_the_source_reads_as_one_line_as_a_browser_shows_it():
    wrapped = "<p>We are looking for a senior engineer to run\n    our clusters.</p><ul><li>Terraform</li><li>Helm</li></ul>"
    assert html_to_text(wrapped) == "We are looking for a senior engineer to run our clusters.\nTerraform\nHelm"
    # Plain text (a JSON-LD description without tags) and preformatted text keep their own lines.
    assert html_to_text("Run our clusters.\nBe on call one week in six.") == "Run our clusters.\nBe on call one week in six."
    assert html_to_text("<pre>make build\nmake test</pre>") == "make build\nmake test"


def test_a_block_starting_after_inline_words_begins_a_line_of_its_own():
    # In the shape of a Bangladeshi software firm's Next.js page (2024): the job's kind in a span, a rule, then the ad's
    # first sentence in boxes, no space between them in the source.
    html = "<span>Full time<hr width='100px'></span><div><div><span>Initech is looking for a PHP Developer.</span></div></div>"
    assert html_to_text(html) == "Full time\nInitech is looking for a PHP Developer."
    assert html_to_text("<p>One <b>bold</b> word</p><p>Two</p>") == "One bold word\nTwo"  # (inline markup stays in its line)


@pytest.mark.parametrize(("description", "agency"), [
    ("Für unseren Kunden, ein Industrieunternehmen in Zug, suchen wir einen Java-Entwickler.", True),
    ("Im Auftrag unseres Kunden suchen wir eine Projektleiterin.", True),
    ("Notre client est un acteur majeur de la logistique.", True),
    ("Nuestro cliente, una empresa líder, busca un desarrollador.", True),
    ("Onze klant is een groeiende scale-up in Utrecht.", True),
    ("Unser ROCKEN® Partner unterstützt seine Kunden mit Marketing-Lösungen.", True),  # the partner it recruits for
    ("Our partner is a medical-device maker in Zug.", True),
    ("Wir arbeiten mit unserem Partner für Weiterbildung zusammen.", False),  # a partner of its own
    # A company speaking of its own customers (plural) is the employer.
    ("Wir beraten unsere Kunden in der ganzen Schweiz.", False),
    ("Nos clients sont des banques et des assureurs.", False),
])
def test_a_posting_for_a_client_it_does_not_name_in_other_languages(description, agency):
    assert posted_by_agency("Talentis AG", description) is agency


@pytest.mark.parametrize(("company", "description", "title", "agency"), [
    # A name that says it recruits, writing about an employer it does not name.
    ("Supreme Recruitment Services", "Supreme Recruitment are looking for a Warehouse Labourer to join a busy manufacturing company.",
     "Warehouse Labourer", True),
    ("Kaizen Recursos Humanos", "Buscamos Senior Python Developer para trabajar dentro de Compañía líder en software.",
     "Senior Python Developer", True),
    # The same name hiring its own recruiter, or describing only itself, is the employer.
    ("Supreme Recruitment Services", "Join a busy recruitment company as a consultant.", "Recruitment Consultant", False),
    ("Initech Staffing", "We build scheduling software for hospitals.", "Backend Engineer", False),
    # A company that does not recruit may describe itself so.
    ("Initech", "Come and join a fast-growing company.", "Backend Engineer", False),
])
def test_a_name_that_says_it_recruits_for_an_employer_it_describes_is_an_agency(company, description, title, agency):
    assert posted_by_agency(company, description, title) is agency
