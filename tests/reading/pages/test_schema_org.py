"""The generic schema.org reader: JSON-LD in every shape sites publish, and microdata."""

from __future__ import annotations

import json
import re
from functools import cache

import pytest

from companion.reading.pages import extract_snapshot, schema_org
from companion.domain.facts import Snapshot
from fixture_files import page_html, snapshot_of

# Every JobPosting example in schema.org's examples (corpus file), with what it says.
# (example id, section) -> (title, company, location)
EXAMPLES = {
    ("eg-0028", "JSON"): ("Software Engineer", "", "Kirkland, WA"),
    ("eg-0028", "MICRODATA"): ("Software Engineer", "ABC Company Inc.", "Kirkland, WA"),
    ("eg-0213", "JSON"): ("Junior software developer", "", ""),
    ("eg-0281", "JSON"): ("Junior software developer", "ACME Corp.", ""),
    ("eg-0283", "JSON"): ("electrician", "", ""),
    ("eg-0284", "JSON"): ("Stone mason", "", ""),
    ("eg-0285", "JSON"): ("Systems Research Engineer", "", ""),
    ("eg-0286", "JSON"): ("Systems Research Engineer", "", ""),
    ("eg-0287", "JSON"): ("Systems Research Engineer", "", ""),
    ("eg-0251", "JSON"): ("Mobile App Developer", "ACME Software", ""),
    ("eg-0268", "JSON"): ("Telecommute from anywhere in USA!", "", ""),
    ("eg-0280", "JSON"): ("Systems Research Engineer", "", ""),
    ("eg-0465", "JSON"): ("Software Engineer", "", ""),
}
_SECTION = re.compile(r"^(PRE-MARKUP|MICRODATA|RDFA|JSON):\s*$", re.MULTILINE)


@cache
def sections() -> dict:
    """(example id, section name) -> markup, for sections that hold a JobPosting."""
    found = {}
    for block in page_html("schemaorg_jobposting_examples.txt").split("### source:")[1:]:
        example_id = re.search(r"#(eg-\d+)", block).group(1)
        pieces = _SECTION.split(block)
        for name, markup in zip(pieces[1::2], pieces[2::2]):
            if name in ("JSON", "MICRODATA") and "JobPosting" in markup:
                found[(example_id, name)] = markup
    return found


@pytest.mark.corpus
def test_every_jobposting_example_has_its_expectation():
    assert set(sections()) == set(EXAMPLES)


@pytest.mark.corpus
@pytest.mark.parametrize("key", sorted(EXAMPLES))
def test_schema_org_examples(key):
    snapshot = Snapshot(url=f"https://jobs.example.com/{key[0]}", html=sections()[key])

    result = extract_snapshot(snapshot)

    title, company, location = EXAMPLES[key]
    assert result.extractor == "schema_org"
    assert (result.job.title, result.job.company, result.job.location) == (title, company, location)
    asked = [name for name, value in (("company", company), ("title", title), ("location", location)) if not value]
    assert result.missing == asked


@pytest.mark.corpus
def test_application_contact_becomes_a_recruiter_contact():
    snapshot = Snapshot(url="https://jobs.example.com/eg-0285", html=sections()[("eg-0285", "JSON")])

    result = extract_snapshot(snapshot)

    assert [(c.email, c.kind) for c in result.contacts] == [("info@example.com", "recruiter")]


@pytest.mark.corpus
def test_confidence_drops_for_each_missing_field():
    full = extract_snapshot(Snapshot(url="https://jobs.example.com/a", html=sections()[("eg-0028", "MICRODATA")]))
    title_only = extract_snapshot(Snapshot(url="https://jobs.example.com/b", html=sections()[("eg-0284", "JSON")]))

    assert title_only.confidence < full.confidence


def test_graph_with_id_references_escaped_text_and_remote_job():
    result = extract_snapshot(snapshot_of(
        "schema_org_graph_odd_shapes.html",
        "https://www.litware.example/careers/senior-support-engineer/?utm_campaign=autumn&utm_source=newsletter"))

    job = result.job
    assert result.extractor == "schema_org"
    assert job.title == "Senior Support Engineer (Remote, UK)"
    assert job.company == "Litware & Sons Ltd"  # hiringOrganization was only an @id
    assert (job.location, job.remote) == ("Remote (United Kingdom)", True)
    assert job.description == "Help our customers & partners keep their billing running.\nInvestigate incidents\nWrite fixes"
    assert job.job_url == "https://www.litware.example/careers/senior-support-engineer"
    assert (job.board, job.board_job_id) == ("", "")


def test_array_string_organisation_and_location_list_pick_the_pages_own_posting():
    result = extract_snapshot(snapshot_of(
        "schema_org_array_string_org.html", "https://www.werkzeugbau.example/jobs/industriemechaniker?ref=home"))

    assert result.job.title == "Industriemechaniker (m/w/d)"  # not the second posting in the array
    assert result.job.company == "Werkzeugbau Example GmbH"
    assert result.job.location == "Stuttgart, Deutschland; Esslingen am Neckar, BW; Werk Nord"  # a country code is dropped, a name kept


def test_several_postings_none_the_pages_own_takes_the_first_less_surely():
    own = extract_snapshot(snapshot_of("schema_org_array_string_org.html",
                                       "https://www.werkzeugbau.example/jobs/industriemechaniker"))
    listing = extract_snapshot(snapshot_of("schema_org_array_string_org.html",
                                           "https://www.werkzeugbau.example/jobs/"))

    assert listing.job.title == "Industriemechaniker (m/w/d)"
    assert listing.confidence < own.confidence


def test_json_ld_parsed_by_the_extension_is_read_without_html():
    posting = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Line Cook",
               "hiringOrganization": {"@type": "Organization", "name": "Blue Yonder Bistro"},
               "jobLocation": {"@type": "Place", "address": {"addressLocality": "Porto", "addressCountry": "PT"}}}

    result = extract_snapshot(Snapshot(url="https://bistro.example/jobs/cook", json_ld=[posting]))

    assert (result.job.title, result.job.company, result.job.location) == ("Line Cook", "Blue Yonder Bistro", "Porto")


def test_the_same_posting_in_json_ld_list_and_html_is_read_once():
    html = page_html("schema_org_array_string_org.html")
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)

    # The extension sends the raw text; the html holds it too. One posting, not an ambiguity.
    result = extract_snapshot(Snapshot(url="https://www.werkzeugbau.example/jobs/industriemechaniker",
                                       html=html, json_ld=[block]))

    assert result.confidence == 0.9


def test_unreadable_json_ld_is_reported_and_the_rest_is_still_read():
    html = ('<script type="application/ld+json">{"@type": "JobPosting", "title": </script>'
            '<script type="application/ld+json">{"@type": "JobPosting", "title": "Baker",'
            ' "hiringOrganization": "Crumbs"}</script>')

    result = extract_snapshot(Snapshot(url="https://crumbs.example/jobs/baker", html=html))

    assert (result.job.title, result.job.company) == ("Baker", "Crumbs")
    assert result.errors and result.errors[0].startswith("JSON-LD block 1 could not be read")


@pytest.mark.corpus
def test_website_json_ld_is_not_a_job_posting():
    # jobindex.dk publishes JSON-LD, but only about the site: "has JSON-LD" is not "is a job".
    snapshot = snapshot_of("jobindex_dk_jsonld_website_only.html", "https://www.jobindex.dk/jobannonce/r12800344")

    assert schema_org.extract(snapshot) is None


@pytest.mark.corpus
def test_greenhouse_multi_part_locality_is_not_repeated_with_its_region():
    snapshot = snapshot_of("greenhouse_classic_anthropic.html", "https://careers.example.com/job/1")

    assert schema_org.extract(snapshot).job.location == "San Francisco Bay Area, California, United States"


RDFA_POSTING = """<html><body vocab="http://schema.org/" typeof="WebPage">
<div typeof="{type}">
  <h1 property="title">Bridge Inspector</h1>
  <span property="hiringOrganization" typeof="Organization"><span property="name">Kestrel Civil Works</span></span>
  <span property="joblocation" typeof="Place"><span property="address" typeof="PostalAddress">
    <span property="streetAddress">12 Quarry Lane</span>
    <span property="addressLocality">Halifax</span>, <span property="addressRegion">NS</span></span></span>
</div></body></html>"""


@pytest.mark.parametrize("posting_type", ["JobPosting", "schema:JobPosting", ""])
def test_rdfa_posting_is_read_also_with_its_type_left_empty(posting_type):
    result = extract_snapshot(Snapshot(url="https://jobs.example.ca/posting/77",
                                       html=RDFA_POSTING.format(type=posting_type)))
    assert result.extractor == "schema_org"
    assert (result.job.title, result.job.company, result.job.location) == ("Bridge Inspector", "Kestrel Civil Works", "Halifax, NS")


def test_an_untyped_rdfa_item_without_a_posting_s_properties_is_no_job():
    page = RDFA_POSTING.format(type="").replace('property="hiringOrganization"', 'property="publisher"')
    result = extract_snapshot(Snapshot(url="https://www.example.ca/about", html=page))
    assert result.job is None


def test_capitalised_property_names_are_read_like_schema_orgs_own():
    # Some applicant-tracking systems write "Title", "HiringOrganization", "Address", "Name".
    block = {"@context": "http://schema.org", "@type": "JobPosting", "Title": "Track Inspector",
             "HiringOrganization": {"@type": "Organization", "Name": "Northern Rail Ltd"},
             "jobLocation": {"@type": "Place", "Address": {"@type": "PostalAddress", "addressLocality": "York",
                                                          "addressRegion": "North Yorkshire"}}}
    result = extract_snapshot(Snapshot(url="https://careers.example/job/1234", json_ld=[block],
                                       html="<html><body></body></html>"))
    assert (result.job.title, result.job.company, result.job.location) == (
        "Track Inspector", "Northern Rail Ltd", "York, North Yorkshire")


# A city's careers page (hand-written after its public structure): microdata naming only the
# town, and the posting's own "Work Location" line naming the yard.
WORKPLACE_PAGE = """<!doctype html><html><head><title>Water Service Technician</title></head><body>
<div itemscope itemtype="http://schema.org/JobPosting">
  <span itemprop="jobLocation" itemscope itemtype="http://schema.org/Place"><span itemprop="address" itemscope
    itemtype="http://schema.org/PostalAddress"><meta itemprop="addressLocality" content="Harbourton"><meta
    itemprop="addressRegion" content="ON"><meta itemprop="addressCountry" content="CA"></span></span>
  <meta itemprop="hiringOrganization" content="City of Harbourton">
  <h1 itemprop="title">Water Service Technician</h1>
  <div itemprop="description"><ul>
    <li><span><b>Division: </b>Harbourton Water</span></li>
    <li><span><b>Work Location: </b>{place}</span></li>
    <li><span><b>Job Type &amp; Duration: </b>Full-time, Permanent</span></li>
  </ul></div>
</div></body></html>"""


@pytest.mark.parametrize("place, location", [
    ("Finch Yard, 1026 Finch Avenue West, Harbourton, M3J 2E1", "Finch Yard, 1026 Finch Avenue West, Harbourton, M3J 2E1"),
    ("703 Don Mills Road", "703 Don Mills Road"),  # a street address says more than the town
    ("Harbourton", "Harbourton"),  # the same town: as the page shows it
    ("Remote, anywhere in Ontario", "Harbourton"),  # the data's town, without the codes the page never writes
])
def test_the_workplace_the_posting_names_beats_the_town_of_its_data(place, location):
    read = extract_snapshot(Snapshot(url="https://jobs.harbourton.example/job/574996117/", html=WORKPLACE_PAGE.format(place=place)))
    assert read.job.location == location


# The same city's posting for several workplaces (hand-written): a location label over a table,
# one row a site and its address.
SITES_PAGE = """<!doctype html><html><head><title>Nurse Practitioner</title></head><body>
<div itemscope itemtype="http://schema.org/JobPosting">
  <span itemprop="jobLocation" itemscope itemtype="http://schema.org/Place"><span itemprop="address" itemscope
    itemtype="http://schema.org/PostalAddress"><meta itemprop="addressLocality" content="Harbourton"><meta
    itemprop="addressRegion" content="ON"></span></span>
  <meta itemprop="hiringOrganization" content="City of Harbourton">
  <h1 itemprop="title">Nurse Practitioner</h1>
  <div itemprop="description">
    <p><span><b>Location and Shift Information:</b></span></p>
    <table><tbody>{rows}</tbody></table>
    <p>Days, Monday to Friday.</p>
  </div>
</div></body></html>"""
SITE_ROW = "<tr><td><span>{name}</span></td><td>{street}</td></tr>"


def test_the_workplaces_a_table_lists_under_a_location_label_are_the_jobs_places():
    rows = "\n".join(SITE_ROW.format(name=name, street=street) for name, street in [
        ("Lakeview Lodge", "12 Shore Rd, Eastport"), ("Hillcrest House", "400 Ridge Ave, Harbourton")])
    read = extract_snapshot(Snapshot(url="https://jobs.harbourton.example/job/1/", html=SITES_PAGE.format(rows=rows)))
    assert read.job.location == "Lakeview Lodge, 12 Shore Rd, Eastport; Hillcrest House, 400 Ridge Ave, Harbourton"


def test_a_long_table_under_a_location_label_is_not_taken_for_the_jobs_places():
    rows = "\n".join(SITE_ROW.format(name=f"Branch {n}", street=f"{n} Main St") for n in range(30))
    read = extract_snapshot(Snapshot(url="https://jobs.harbourton.example/job/2/", html=SITES_PAGE.format(rows=rows)))
    assert read.job.location == "Harbourton, ON"


@pytest.mark.parametrize(("address", "place"), [
    ({"addressLocality": "Wien", "addressCountry": "AT"}, "Wien"),  # the code no page shows after a town
    ({"addressCountry": "NZ"}, "New Zealand"),  # a country alone, spelled out
    ({"addressLocality": "Lisbon", "addressCountry": "Portugal"}, "Lisbon, Portugal"),  # a name stays
    ({"addressRegion": "VIC", "addressCountry": {"@type": "Country", "name": "AU"}}, "VIC"),
    # a part the place already says is not said twice
    ({"addressLocality": "AMER - Canada - Ontario - Toronto", "addressCountry": "Canada"}, "AMER - Canada - Ontario - Toronto"),
    ({"addressLocality": "Leipzig", "addressRegion": "-", "addressCountry": "DE"}, "Leipzig"),  # "-": a part the site lacks
    # Japanese, Chinese and Korean write the region first: unspaced, or (Korean) spaced
    ({"addressRegion": "東京都", "addressLocality": "新宿区", "addressCountry": "JP"}, "東京都新宿区"),
    ({"addressRegion": "江苏省", "addressLocality": "南京市"}, "江苏省南京市"),
    ({"addressRegion": "서울특별시", "addressLocality": "종로구", "addressCountry": "KR"}, "서울특별시 종로구"),
    ({"addressRegion": "Tokyo", "addressLocality": "Shinjuku", "addressCountry": "JP"}, "Shinjuku, Tokyo"),  # in Latin letters
])
def test_a_json_ld_place_reads_as_pages_show_it(address, place):
    posting = {"@type": "JobPosting", "title": "Nurse", "hiringOrganization": "Mercy Health",
               "jobLocation": {"@type": "Place", "address": address}}
    assert extract_snapshot(Snapshot(url="https://mercy.example/jobs/1", json_ld=[posting])).job.location == place


@pytest.mark.parametrize(("addresses", "place"), [
    # a WordPress jobs plugin's terms (2023), each a place written in words: a town and its state, a country and a town
    (["Chennai", "Tamil Nadu"], "Chennai, Tamil Nadu"),
    (["india", "Mumbai"], "Mumbai, India"),
    (["Leeds", "Manchester"], "Leeds; Manchester"),  # two towns stay two places
])
def test_a_town_and_its_region_written_as_places_of_their_own_are_one_place(addresses, place):
    posting = {"@type": "JobPosting", "title": "Receptionist", "hiringOrganization": "Mercy Health",
               "jobLocation": [{"@type": "Place", "address": address} for address in addresses]}
    assert extract_snapshot(Snapshot(url="https://mercy.example/jobs/1", json_ld=[posting])).job.location == place


def test_a_place_the_page_shows_in_microdata_keeps_every_part():
    html = ('<html><body><div itemscope itemtype="https://schema.org/JobPosting"><h1 itemprop="title">Welder</h1>'
            '<div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization">'
            '<span itemprop="name">Contoso Metall</span></div>'
            '<div itemprop="jobLocation" itemscope itemtype="https://schema.org/Place">'
            '<div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">'
            '<span itemprop="addressLocality">Essen</span>, <span itemprop="addressCountry">DE</span></div></div>'
            '</div></body></html>')
    job = extract_snapshot(Snapshot(url="https://contoso-metall.example/jobs/welder", html=html)).job
    assert job.location == "Essen, DE"  # as shown, unlike the same place in JSON-LD


def test_a_microdata_place_with_its_own_parts_and_an_employer_written_under_a_heading():
    # In the shape of Pôle emploi's offer page (2015): the place's region on the Place itself, beside a
    # map link; no hiringOrganization, the employer's name heading a paragraph about it.
    html = ('<html><body><div itemscope itemtype="http://schema.org/JobPosting"><h4 itemprop="title">Webmaster</h4>'
            '<div class="vcard"><h4><span>Entreprise</span></h4><p>CONTOSO MEDIA<br>Une agence de création digitale '
            'qui conçoit des sites pour les commerces de proximité depuis quinze ans.</p></div>'
            '<dl><dt><span>Lieu de travail</span></dt><dd itemtype="http://schema.org/Place" itemscope itemprop="jobLocation">'
            '<ul><li itemprop="addressRegion">75 - PARIS 16E  ARRONDISSEMENT</li>'
            '<li class="link-geolocation"><a href="/carte">Localiser avec <img alt="Mappy"></a></li></ul></dd></dl>'
            '</div></body></html>')
    job = extract_snapshot(Snapshot(url="https://candidat.emploi.example/offres/detail/027FLJF", html=html)).job
    assert (job.title, job.company, job.location) == ("Webmaster", "CONTOSO MEDIA", "75 - PARIS 16E ARRONDISSEMENT")
    assert job.guessed == {"company": "from the page's text"}  # for the user to check


@pytest.mark.parametrize(("shown", "company"), [
    # In the shape of a Dutch staffing agency's vacancy (Yacht, 2019): its posting names the agency, the page
    # its client, marked under the heading.
    ("<span class='vacancy-meta__company-name'>Initech N.V.</span>", "Initech N.V."),
    ("", "Hirecorp"),  # the agency is all the page names
    ("<span class='vacancy-meta__company-name'>Hirecorp Detachering</span>", "Hirecorp"),  # its own name again
])
def test_the_client_the_page_marks_beats_the_agency_whose_site_it_is(shown, company):
    posting = _json_ld_posting("Tax Expert", employer="Hirecorp", town="Eindhoven")
    html = (f"<html><head><title>Tax Expert Eindhoven | HIRECORP</title><script type='application/ld+json'>{posting}</script>"
            f"</head><body><h1>Tax Expert</h1><div>{shown}</div><p>Eindhoven · 40 uur</p></body></html>")
    job = extract_snapshot(Snapshot(url="https://www.hirecorp.example/vacatures/9081396/tax-expert", html=html)).job
    assert job.company == company

def test_a_microdata_place_naming_only_a_street_reads_as_the_page_labels_it():
    # In the shape of a SuccessFactors career site (Coloplast, 2021): the town only in a streetAddress.
    html = ('<html><body><div itemscope itemtype="http://schema.org/JobPosting"><h1 itemprop="title">Sales Manager</h1>'
            '<span itemprop="jobLocation" itemscope itemtype="http://schema.org/Place"><span itemprop="address" itemscope '
            'itemtype="http://schema.org/PostalAddress"><meta itemprop="streetAddress" content="Humlebæk, DK"></span></span>'
            '<p><b>Location:</b> <span>Humlebæk, DK</span></p></div></body></html>')
    assert extract_snapshot(Snapshot(url="https://careers.initech.example/job/1", html=html)).job.location == "Humlebæk, DK"


def test_places_the_page_counts_are_read_from_its_tooltip_in_its_words():
    # In the shape of Built In (2025): "2 Locations" beside the place icon, the list in a tooltip.
    posting = ('{"@context": "https://schema.org", "@type": "JobPosting", "title": "Program Manager", "hiringOrganization":'
               ' {"@type": "Organization", "name": "Initech"}, "jobLocation": [{"@type": "Place", "address": {"addressCountry":'
               ' "USA"}}, {"@type": "Place", "address": {"addressLocality": "Palo Alto", "addressRegion": "California",'
               ' "addressCountry": "USA"}}]}')
    tooltip = "&lt;div&gt;United States&lt;/div&gt;&lt;div&gt;Palo Alto, CA, USA&lt;/div&gt;"
    html = (f'<html><head><script type="application/ld+json">{posting}</script></head><body><h1>Program Manager</h1>'
            f'<div><div><i class="fa-regular fa-location-dot"></i></div><div><span data-bs-toggle="tooltip" '
            f'title="{tooltip}">2 Locations</span></div></div></body></html>')
    job = extract_snapshot(Snapshot(url="https://board.example/job/program-manager/4242", html=html)).job
    assert job.location == "United States; Palo Alto, CA, USA"


@pytest.mark.parametrize(("text", "company"), [
    ("<p>At Initech we make medical devices.</p>", "Initech"),  # the page's own name for it
    ("<p>Initech A/S, Holtedam 1, Humlebæk</p>", "Initech A/S"),  # the page writes the legal name too
    ("<p>We make medical devices.</p>", "Initech A/S"),  # the page never names it
])
def test_an_employer_the_data_names_with_its_legal_form_reads_as_the_page_writes_it(text, company):
    html = ('<html><body><div itemscope itemtype="http://schema.org/JobPosting"><h1 itemprop="title">Sales Manager</h1>'
            f'<meta itemprop="hiringOrganization" content="Initech A/S">{text}</div></body></html>')
    assert extract_snapshot(Snapshot(url="https://careers.initech.example/job/1", html=html)).job.company == company


def test_a_later_element_saying_more_of_the_same_place_is_the_place():
    # In the shape of reed.co.uk (2020): the town in microdata, town and region in the line readers see.
    html = ('<html><body><div itemscope itemtype="http://schema.org/JobPosting"><h1 itemprop="title">Fostering Manager</h1>'
            '<div class="location"><i class="icon icon-location-new"></i><span><a href="/jobs/jobs-in-birmingham">'
            '<span>Birmingham</span></a>, <span>West Midlands</span></span></div>'
            '<span itemprop="jobLocation" itemscope itemtype="http://schema.org/Place"><span itemprop="address" itemscope '
            'itemtype="http://schema.org/PostalAddress"><meta content="West Midlands" itemprop="addressRegion">'
            '<span itemprop="addressLocality">Birmingham</span><meta content="GB" itemprop="addressCountry"></span></span>'
            '</div></body></html>')
    job = extract_snapshot(Snapshot(url="https://www.board.example/jobs/fostering-manager/41339969", html=html)).job
    assert job.location == "Birmingham, West Midlands"


def test_the_place_beside_an_icon_fonts_location_glyph_is_the_town_the_page_shows():
    # In the shape of Welcome to the Jungle (2025): facts beside named glyphs, the data's town with its region.
    posting = ('{"@context": "https://schema.org", "@type": "JobPosting", "title": "Développeur PHP", "hiringOrganization":'
               ' {"@type": "Organization", "name": "Initech"}, "jobLocation": {"@type": "Place", "address": {"addressLocality":'
               ' "Saint-Malo", "addressRegion": "Ille-et-Vilaine", "addressCountry": "FR"}}}')
    html = (f'<html><head><script type="application/ld+json">{posting}</script></head><body><h2>Développeur PHP</h2>'
            '<div><i class="wui-icon-font" name="contract"></i>CDI</div><div><i class="wui-icon-font" name="location"></i>'
            '<span><span>Saint-Malo</span></span></div><div><i name="remote"></i><span>Télétravail occasionnel</span></div>'
            '</body></html>')
    job = extract_snapshot(Snapshot(url="https://www.board.example/fr/companies/initech/jobs/dev-php", html=html)).job
    assert job.location == "Saint-Malo"


def test_how_the_work_is_done_in_brackets_after_the_town_shown_is_no_part_of_the_place():
    # In the shape of a geoscience firm's careers site (2024): "Lilienthal, Deutschland (hybrid)" beside the place's icon.
    posting = ('{"@context": "https://schema.org", "@type": "JobPosting", "title": "Geowissenschaftler (m/w/d)",'
               ' "hiringOrganization": {"@type": "Organization", "name": "Initech GmbH"}, "jobLocation": {"@type": "Place",'
               ' "address": {"addressLocality": "Lilienthal", "addressCountry": "DE"}}}')
    html = (f'<html><head><script type="application/ld+json">{posting}</script></head><body><h1>Geowissenschaftler (m/w/d)</h1>'
            '<div><i class="icon-location"></i><div>Lilienthal, Deutschland (hybrid)</div></div></body></html>')
    job = extract_snapshot(Snapshot(url="https://join.initech.example/de/jobs/geowissenschaftler", html=html)).job
    assert job.location == "Lilienthal, Deutschland"


@pytest.mark.parametrize(("shown", "place"), [
    # The same town as the page shows it (here in a label naming no field: styled text).
    ('<label id="job-location" class="job-location">Kalubowila, Sri Lanka</label>', "Kalubowila, Sri Lanka"),
    ('<span class="location">Kalubowila</span>', "Kalubowila"),
    ('<span class="location">Kalubowila (LKA)</span>', "Kalubowila (LKA)"),  # what brackets add is the same town's
    # Another town shown, or a search box for places: the structured data's place stays, without the
    # region the page never writes where it writes the town.
    ('<span class="office-location">Colombo, Sri Lanka</span>', "Kalubowila, Western"),
    ('<form><label for="w" class="location">Kalubowila</label><input id="w"></form>', "Kalubowila"),
    # In the shape of a Polish city portal's classifieds (2025): the place under a label, its own
    # label's word first ("Adres"), the town then its district; the data adds the province.
    ('<p>Lokalizacja</p><div><div class="field__name">Adres</div><span>Kalubowila<span> Dehiwala</span></span></div>',
     "Kalubowila"),
    # The line under the heading, the employer before the place (Stack Overflow Jobs, 2020), a country in its language.
    ("<div><a href='https://initech.example/'>Initech</a> via Hays plc <span>– Kalubowila, Sri Lanka</span></div>",
     "Kalubowila, Sri Lanka"),
    ("<div><a href='https://initech.example/'>Initech</a> <span>– Kalubowila, Srí Lanka</span></div>", "Kalubowila, Srí Lanka"),
])
def test_the_structured_place_reads_as_the_page_shows_the_same_town(shown, place):
    posting = ('{"@context": "https://schema.org", "@type": "JobPosting", "title": "Accounts Executive",'
               ' "hiringOrganization": {"@type": "Organization", "name": "Initech"}, "jobLocation": {"@type": "Place",'
               ' "address": {"addressLocality": "Kalubowila", "addressRegion": "Western", "addressCountry": "LK"}}}')
    html = (f'<html><head><script type="application/ld+json">{posting}</script></head>'
            f"<body><h1>Accounts Executive</h1>{shown}</body></html>")
    assert extract_snapshot(Snapshot(url="https://jobs.example/vacancy/88", html=html)).job.location == place


@pytest.mark.parametrize(("locality", "shown"), [
    ("Uetze/Hänigsen", "Uetze bei Hannover"),  # the data names the town's district, the page the city it is near
    ("Uetze", "Uetze/Hänigsen"),
])
def test_the_structured_place_reads_as_the_page_shows_the_town_with_its_surroundings(locality, shown):
    # In the shape of a German employer's job page (2024): its data gives the district and the state.
    posting = {"@type": "JobPosting", "title": "Monteur (m/w/d)", "hiringOrganization": "Initech GmbH",
               "jobLocation": {"@type": "Place", "address": {"addressLocality": locality, "addressRegion": "Niedersachsen"}}}
    html = (f'<html><head><script type="application/ld+json">{json.dumps(posting)}</script></head><body>'
            f"<h1>Monteur (m/w/d)</h1><p class='job-location'>{shown}</p></body></html>")
    assert extract_snapshot(Snapshot(url="https://www.initech.example/karriere/monteur.html", html=html)).job.location == shown


def test_a_workplace_whose_parts_link_to_searches_reads_whole_where_it_begins_with_the_datas_place():
    # In the shape of a Japanese nurses' board (MC-ナースネット, 2024): the data gives the prefecture
    # and the city; the table's "勤務地" (place of work) row links each to a search, then the street.
    posting = {"@type": "JobPosting", "title": "正看護師", "hiringOrganization": "Initech",
               "jobLocation": {"@type": "Place", "address": {"addressLocality": "名古屋市", "addressRegion": "愛知県"}}}
    html = (f'<html><head><script type="application/ld+json">{json.dumps(posting)}</script></head><body><h1>正看護師</h1>'
            "<table><tr><th>勤務地</th><td><p><a href='/jobs/search/23/'>愛知県</a>&nbsp;"
            "<a href='/jobs/search/23/nagoya/'>名古屋市</a>昭和区鶴舞2丁目12番地24</p></td></tr></table></body></html>")
    job = extract_snapshot(Snapshot(url="https://jobs.example/job/1", html=html)).job
    # to the ward, written as Japanese writes an address, with no spaces: the street and block name no town
    assert job.location == "愛知県名古屋市昭和区"


@pytest.mark.parametrize(("places", "location"), [
    # A remote job whose only places are countries: where its people may live.
    ([{"addressCountry": "United States"}], "Remote (United States)"),
    ([{"addressCountry": "DE"}, {"addressCountry": "AT"}], "Remote (Germany; Austria)"),
    # A town is an office the job may also be worked from: it stays as given.
    ([{"addressLocality": "Austin", "addressRegion": "TX", "addressCountry": "US"}], "Austin, TX"),
    # Most of the world's countries, as Stack Overflow Jobs listed them (2020): remote from anywhere.
    ([{"addressCountry": code} for code in ("AO", "BF", "BI", "BJ", "BW", "CD", "CF", "CG", "CI", "CM", "CV", "DJ", "DZ", "EG",
                                             "EH", "ER", "ET", "GA", "GH", "GM", "GN", "GQ", "GW", "KE", "KM", "LR", "LS",
                                             "LY", "MA", "MG", "ML")], "Remote"),
])
def test_a_remote_jobs_countries_say_it_is_remote(places, location):
    posting = {"@type": "JobPosting", "title": "Director of eCommerce", "hiringOrganization": "Initech",
               "jobLocationType": "TELECOMMUTE",
               "jobLocation": [{"@type": "Place", "address": {"@type": "PostalAddress", **place}} for place in places]}
    job = extract_snapshot(Snapshot(url="https://initech.example/jobs/1", json_ld=[posting])).job
    assert (job.location, job.remote) == (location, True)


@pytest.mark.parametrize(("areas", "location"), [
    # (found in 2026's thirty-fourth batches) a Brazilian board's data: the country its people may live in by its ISO code
    ([("Country", "BRA")], "Remote (Brazil)"),
    # (found by the review) two letters may be a state's code: "CA" is California, "GA" Georgia
    ([("State", "CA"), ("State", "GA")], "Remote (CA, GA)"),
])
def test_a_remote_jobs_country_given_by_its_code_of_three_letters_is_named(areas, location):
    posting = {"@type": "JobPosting", "title": "Site Reliability Engineer", "hiringOrganization": "Initech",
               "jobLocationType": "TELECOMMUTE",
               "applicantLocationRequirements": [{"@type": kind, "name": code} for kind, code in areas]}
    job = extract_snapshot(Snapshot(url="https://initech.example/jobs/1", json_ld=[posting])).job
    assert job.location == location


def test_a_work_location_labelled_after_another_line_of_its_paragraph():
    # (found in 2026's thirty-fourth batches) a state's job page: its data's town, and in its text the office's name on the
    # line before the bold label of its street address
    posting = {"@type": "JobPosting", "title": "Executive Secretary II", "hiringOrganization": "State of Initech",
               "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Elgin",
                                                              "addressRegion": "IL", "addressCountry": "US"}}}
    html = ("<html><body><h1>Executive Secretary II</h1><p>SOPH Administration<br><b>Work Location:</b> 750 S State St, Elgin, "
            "Illinois, 60123 </p></body></html>")
    job = extract_snapshot(Snapshot(url="https://initech.example/jobs/1", html=html, json_ld=[posting])).job
    assert job.location == "750 S State St, Elgin, Illinois, 60123"


def test_a_remote_jobs_country_named_for_each_office_there_is_said_once():
    # In the shape of Workable's data for a remote post (2026): where its people may live, a country a time
    # for each of its offices.
    posting = {"@type": "JobPosting", "title": "MarTech Manager", "hiringOrganization": "Initech", "jobLocationType": "TELECOMMUTE",
               "applicantLocationRequirements": [{"@type": "Country", "name": name} for name in
                                                 ("United Kingdom", "United States", "United States", "United Kingdom", "Canada")]}
    job = extract_snapshot(Snapshot(url="https://initech.example/jobs/1", json_ld=[posting])).job
    assert job.location == "Remote (United Kingdom, United States, Canada)"


@pytest.mark.parametrize(("towns", "location"), [
    # In the shape of Teamtailor's data for a "Fully Remote" job (2025): a town in each of 25 countries.
    ([("Warsaw", "EMEA"), ("Amsterdam", "EMEA"), ("Manila", "APAC"), ("Lima", "South America"), ("Kyiv", "EMEA"),
      ("Sofia", "EMEA")], "Remote"),
    ([("Warsaw", "EMEA"), ("Amsterdam", "EMEA")], "Warsaw, EMEA; Amsterdam, EMEA"),  # a few offices to work from
])
def test_a_remote_job_in_towns_from_all_over_reads_remote(towns, location):
    places = [{"@type": "Place", "address": {"addressLocality": town, "addressRegion": region}} for town, region in towns]
    posting = {"@type": "JobPosting", "title": "Marketing Manager", "hiringOrganization": "Initech",
               "jobLocationType": "TELECOMMUTE", "jobLocation": places}
    assert extract_snapshot(Snapshot(url="https://initech.example/jobs/1", json_ld=[posting])).job.location == location


@pytest.mark.parametrize(("address", "employer_address"), [
    ({"addressLocality": "Anywhere", "addressRegion": "Anywhere", "addressCountry": "Anywhere"}, None),  # Remote OK (2020)
    ({"addressLocality": "Sacramento, CA"}, "Sacramento, CA"),  # the employer's office, as We Work Remotely (2021) gives it
])
def test_a_remote_jobs_place_that_is_anywhere_or_the_employers_office_reads_remote(address, employer_address):
    employer = {"@type": "Organization", "name": "Initech", **({"address": employer_address} if employer_address else {})}
    posting = {"@type": "JobPosting", "title": "DevOps Engineer", "hiringOrganization": employer,
               "jobLocationType": "TELECOMMUTE", "jobLocation": {"@type": "Place", "address": address}}
    assert extract_snapshot(Snapshot(url="https://initech.example/jobs/1", json_ld=[posting])).job.location == "Remote"
    posting["jobLocationType"] = ""  # an office job keeps the place the data gives
    assert extract_snapshot(Snapshot(url="https://initech.example/jobs/1", json_ld=[posting])).job.location != "Remote"


def _json_ld_posting(title: str, employer: str = "", town: str = "") -> str:
    """A JobPosting as a page's JSON-LD writes it: its title, and its employer and town where given."""
    posting = {"@context": "https://schema.org", "@type": "JobPosting", "title": title}
    if employer:
        posting["hiringOrganization"] = {"@type": "Organization", "name": employer}
    if town:
        posting["jobLocation"] = {"@type": "Place", "address": {"addressLocality": town}}
    return json.dumps(posting)


def _microdata_posting(title: str, url: str) -> str:
    return (f'<li itemscope itemtype="http://schema.org/JobPosting"><a itemprop="url" href="{url}">'
            f'<span itemprop="title">{title}</span></a></li>')


def test_a_page_of_several_postings_none_its_own_is_a_list():
    items = "".join(_microdata_posting(title, f"https://jobs.example/offre/{number}")
                    for number, title in enumerate(("Testeur", "Développeur", "Analyste"), 1))
    result = extract_snapshot(Snapshot(url="https://jobs.example/resultats", html=f"<html><body><ul>{items}</ul></body></html>"))
    assert result.job is None and result.reason.startswith("no job found on this page: it lists 3 jobs")
    # One of them the page's own: that one is the job.
    own = extract_snapshot(Snapshot(url="https://jobs.example/offre/2", html=f"<html><body><ul>{items}</ul></body></html>"))
    assert own.job.title == "Développeur"
    # Each giving the careers page's own address (SONORING DORMED's, 2026): none is named, the page lists them.
    same = "".join(_microdata_posting(title, "https://jobs.example/karriere") for title in ("Testeur", "Analyste", "Chef"))
    listed = extract_snapshot(Snapshot(url="https://jobs.example/karriere", html=f"<html><body><ul>{same}</ul></body></html>"))
    assert listed.job is None and listed.reason.startswith("no job found on this page: it lists 3 jobs")


@pytest.mark.parametrize(("sections", "job"), [
    # In the shape of a Japanese pharmacy's hiring page (2025): one posting in its data for both roles it
    # shows, each under a heading of its own, below the heading "採用情報" (hiring).
    ("<h3>💊 薬剤師（正社員）</h3><p>業務内容: 調剤</p><h3>📋 事務スタッフ（正社員）</h3><p>業務内容: 受付</p>", None),
    ("<h2>薬剤師・調剤事務</h2><p>業務内容: 調剤、受付</p>", "薬剤師・調剤事務"),  # the posting's own heading
])
def test_a_hiring_pages_one_posting_for_the_roles_it_lists_is_no_job(sections, job):
    posting = {"@type": "JobPosting", "title": "薬剤師・調剤事務", "hiringOrganization": {"@type": "Organization", "name": "イニテック薬局"}}
    html = (f'<html><head><title>採用情報｜イニテック薬局</title><script type="application/ld+json">{json.dumps(posting)}</script>'
            f"</head><body><h1>採用情報</h1>{sections}</body></html>")
    result = extract_snapshot(Snapshot(url="https://initech-pharmacy.example/recruit.html", html=html))
    assert (result.job and result.job.title) == job
    assert job or result.reason.startswith("no job found on this page: it lists jobs")


@pytest.mark.parametrize(("heading", "job"), [
    # In the shape of a Duisburg psychiatry practice's ad (2025): its heading written for search engines, the
    # posting's own words in it around "Jobs in".
    ("Facharzt Psychiatrie Jobs in Duisburg (m/w/d)", "Facharzt für Psychiatrie in Duisburg"),
    ("Ärzte Jobs in Duisburg", None),  # a search's heading, naming another job than the posting's
])
def test_a_postings_own_heading_saying_jobs_in_its_town_is_no_list(heading, job):
    posting = {"@type": "JobPosting", "title": "Facharzt für Psychiatrie in Duisburg",
               "hiringOrganization": {"@type": "Organization", "name": "Praxis Initech"}}
    html = (f'<html><head><title>Psychiatrie Jobs in Duisburg – Facharzt (m/w/d) gesucht | Praxis Initech</title>'
            f'<script type="application/ld+json">{json.dumps(posting)}</script></head><body><h1>{heading}</h1>'
            "<h2>Ihre Aufgaben</h2><p>Diagnostik.</p><h2>Ihr Profil</h2><p>Facharztanerkennung.</p>"
            "<h2>Wir bieten</h2><p>Flexible Arbeitszeiten.</p></body></html>")
    result = extract_snapshot(Snapshot(url="https://praxis-initech.example/jobs.html", html=html))
    assert (result.job and result.job.title) == job


def test_a_posting_titled_to_join_the_team_over_the_ads_a_page_writes_is_no_job():
    # In the shape of a Polish software house's careers page (2025): its data one posting, "join the
    # Initech team", the page two jobs' ads in full.
    posting = {"@type": "JobPosting", "title": "Dołącz do zespołu Initech",
               "hiringOrganization": {"@type": "Organization", "name": "Initech"}}
    ads = "".join(f"<h3>{job}</h3><h4>O stanowisku</h4><p>Praca.</p><h4>Zakres obowiązków</h4><p>Kod.</p>"
                  for job in ("Stażysta Python", "Ml. Programista Python"))
    html = (f'<html><head><title>Kariera | Initech</title><script type="application/ld+json">{json.dumps(posting)}</script>'
            f"</head><body><h1>Initech</h1><h2>Aktualne oferty pracy</h2>{ads}</body></html>")
    result = extract_snapshot(Snapshot(url="https://initech.example/kariera/", html=html))
    assert result.job is None and result.reason.startswith("no job found on this page: it lists jobs")


def test_a_region_code_the_page_spells_out_after_the_town_stays():
    # In the shape of an Albany restaurant group's careers page (2025): the data's place in codes, the
    # footer's address in words.
    posting = {"@type": "JobPosting", "title": "Line Cook", "hiringOrganization": {"@type": "Organization", "name": "Initech"},
               "jobLocation": {"@type": "Place", "address": {"addressLocality": "Albany", "addressRegion": "NY",
                                                             "addressCountry": "US", "postalCode": "12207"}}}
    html = (f'<html><head><script type="application/ld+json">{json.dumps(posting)}</script></head><body>'
            "<h1>Line Cook</h1><p>Apply for this position.</p>"
            "<footer>40 Beaver St, Albany, New York 12207</footer></body></html>")
    job = extract_snapshot(Snapshot(url="https://initech.example/careers/line-cook/", html=html)).job
    assert job.location == "Albany, NY"


def test_a_careers_page_with_two_ads_in_full_and_a_posting_for_one_lists_jobs():
    # In the shape of a dental practice's careers page (2025): two ads under "Offene Stellen", each over its
    # sections, the page's posting for the first only.
    posting = _json_ld_posting("ZFA (m/w/d) in Vollzeit", employer="Initech Praxis")
    html = (f"<html><head><script type='application/ld+json'>{posting}</script></head><body><h1>Karriere bei Initech</h1>"
            "<h2>Offene Stellen</h2><h3>ZFA (m/w/d) in Vollzeit</h3><h4>Ihre Aufgaben</h4><p>Stuhlassistenz.</p>"
            "<h4>Wir bieten</h4><p>Fortbildungen.</p><h3>Ausbildung zur/zum ZFA</h3><h4>Das lernst du bei uns</h4><p>Alles.</p>"
            "<h4>Voraussetzungen</h4><p>Realschulabschluss.</p><h2>Bewerbung</h2><p>Per E-Mail.</p></body></html>")
    result = extract_snapshot(Snapshot(url="https://initech.example/karriere", html=html))
    assert result.job is None and "it lists 2 jobs" in result.reason


@pytest.mark.parametrize(("second_heading", "job"), [
    # In the shape of a home-help service's jobs page (2025): two postings in its data, each ad under its own heading.
    ("<h2>Alltagsbegleitung (m/w/d)</h2>", False),
    # a second posting the page does not show (a job alike, left in the data): the first is the page's
    ("<h2>Bewerben Sie sich</h2>", True),
])
def test_two_postings_each_shown_under_its_own_heading_are_a_list(second_heading, job):
    postings = [{"@context": "https://schema.org", "@type": "JobPosting", "title": title, "datePosted": "2025-05-01",
                 "hiringOrganization": {"@type": "Organization", "name": "Initech Alltagshilfe"}}
                for title in ("Reinigungskraft (m/w/d)", "Alltagsbegleitung (m/w/d)")]
    html = (f"<html><head><title>Stellen | Initech</title><script type='application/ld+json'>{json.dumps(postings)}</script>"
            f"</head><body><h1>Stellen</h1><h2>Reinigungskraft (m/w/d)</h2><p>Reinigung.</p>{second_heading}<p>Begleitung.</p>"
            "</body></html>")
    result = extract_snapshot(Snapshot(url="https://initech.example/stellen/", html=html))
    assert (result.job is not None) == job


def test_two_postings_each_shown_by_the_start_of_its_title_are_a_list():
    # (found in 2026's thirty-fourth batches) a French installer's careers page: two postings in its data, each card's
    # heading the start of its posting's title
    postings = [{"@context": "https://schema.org", "@type": "JobPosting", "title": title, "datePosted": "2026-05-01",
                 "hiringOrganization": {"@type": "Organization", "name": "Initech SAS"}}
                for title in ("Technicien IRVE - Installation & Maintenance", "Chef de projet IRVE - Coordination & Pilotage")]
    html = (f"<html><head><title>Recrutement | Initech</title><script type='application/ld+json'>{json.dumps(postings)}"
            "</script></head><body><h1>Le bureau, c'est le terrain.</h1><h2>Postes ouverts</h2><h3>Technicien IRVE</h3><p>CDI"
            "</p><h3>Chef de projet IRVE</h3><p>CDI</p></body></html>")
    result = extract_snapshot(Snapshot(url="https://initech.example/carrieres", html=html))
    assert result.job is None and "lists 2 jobs" in result.reason


@pytest.mark.parametrize(("titles", "body"), [
    # (found by the review) the same job twice in the data, once marked for every gender
    (("Software Engineer", "Software Engineer (m/w/d)"), "<h1>Software Engineer</h1><h2>Deine Aufgaben</h2><p>Go.</p>"),
    # the page's job, its heading the start of its title, and a card of another under "Autres offres"
    (("Chef de projet IRVE - Coordination & Pilotage", "Technicien IRVE - Installation & Maintenance"),
     "<h1>Chef de projet IRVE</h1><h2>Vos missions</h2><p>Piloter.</p><h2>Autres offres</h2><h3>Technicien IRVE</h3>"),
    # (found by the second review) one heading begins both: the page's job and its twin elsewhere, under "Vous aimerez aussi"
    (("Technicien de maintenance - CDI - Lyon", "Technicien de maintenance - CDD - Grenoble"),
     "<h1>Technicien de maintenance</h1><h2>Vos missions</h2><p>Maintenance.</p><h2>Vous aimerez aussi</h2><h3>Technicien de "
     "maintenance</h3>"),
])
def test_two_postings_of_one_jobs_page_are_no_list(titles, body):
    postings = [{"@context": "https://schema.org", "@type": "JobPosting", "title": title, "datePosted": "2026-05-01",
                 "hiringOrganization": {"@type": "Organization", "name": "Initech SAS"}} for title in titles]
    html = (f"<html><head><title>{titles[0]} | Initech</title><script type='application/ld+json'>{json.dumps(postings)}"
            f"</script></head><body>{body}</body></html>")
    job = extract_snapshot(Snapshot(url="https://initech.example/jobs/1", html=html)).job
    assert job is not None and job.title == titles[0]


def test_a_remote_jobs_time_zone_is_no_country():
    # (found by the review) "EST", Eastern Standard Time's abbreviation, is also Estonia's ISO code
    posting = {"@type": "JobPosting", "title": "Support Engineer", "hiringOrganization": "Initech",
               "jobLocationType": "TELECOMMUTE", "applicantLocationRequirements": {"@type": "AdministrativeArea", "name": "EST"}}
    job = extract_snapshot(Snapshot(url="https://initech.example/jobs/1", json_ld=[posting])).job
    assert job.location == "Remote (EST)"


def test_a_posting_titled_as_a_career_fair_is_no_job():
    # In the shape of a Vadodara staffing firm's job-fair sign-up (2024): a form marked up as a JobPosting.
    posting = _json_ld_posting("Tri Mandir Job Fair", employer="Initech Consultant")
    html = (f"<html><head><title>Job Fair Form - Initech</title><script type='application/ld+json'>{posting}</script>"
            "</head><body><h1>Job Fair Form</h1><label>Name</label><input name='name'></body></html>")
    result = extract_snapshot(Snapshot(url="https://www.initech.example/job-fair/", html=html))
    assert result.job is None and "career fair" in result.reason


@pytest.mark.parametrize(("site_name", "company"), [
    ("Initech", "Initech"),
    ("initech_", "INITECH"),  # a folder's name as its site name (a Lyon agency's site built under "elao_/", 2022)
])
def test_a_posting_naming_no_employer_is_the_sites_owners(site_name, company):
    # In the shape of a Lyon web agency's job page (2022): its JobPosting names no hiring organisation; its address and
    # its copyright line name the agency.
    posting = _json_ld_posting("Concepteur web", town="Lyon")
    html = (f"<html><head><title>Concepteur web</title><meta property='og:site_name' content='{site_name}'>"
            f"<script type='application/ld+json'>{posting}</script></head><body><h1>Concepteur web</h1>"
            "<footer><p>© 2022 - INITECH - Tous droits réservés</p></footer></body></html>")
    job = extract_snapshot(Snapshot(url="https://initech.github.io/initech_/recrutement/concepteur-web", html=html)).job
    assert job.company == company


@pytest.mark.parametrize(("shown", "title"), [
    # In the shape of a Karachi agency's job page (2024), built on a job-board theme: the theme's sample posting left in
    # its head (its job, employer and town written nowhere else), the page showing another job.
    ("<h1>Customer Sales Representative</h1><p>Hiring for a call centre in Gulshan-e-Iqbal.</p>",
     "Customer Sales Representative"),
    # a page showing the posting's own job keeps it
    ("<h1>Store Keeper</h1><p>Keep the Initech store.</p>", "Assistant / Store Keeper"),
])
def test_a_templates_sample_posting_gives_way_to_the_job_the_page_shows(shown, title):
    posting = _json_ld_posting("Assistant / Store Keeper", employer="Initech", town="Brooklyn")
    html = (f"<html><head><title>Jobs - Hiring Karachi</title><script type='application/ld+json'>{posting}</script></head>"
            f"<body>{shown}<h2>Responsibilities</h2><p>Calls.</p><h2>Requirements</h2><p>Urdu.</p></body></html>")
    job = extract_snapshot(Snapshot(url="https://www.hiringkarachi.example/job/customer-sales", html=html)).job
    assert job is not None and job.title == title


@pytest.mark.parametrize(("classes", "job"), [
    # In the shape of a Milan security firm's "Lavora con noi" (2025): "Posizioni Aperte" over two roles' cards, their
    # titles classed alike, the first alone marked up as a JobPosting: a list
    (("job-title", "job-title"), False),
    # a self-driving car maker's job page (2024): its title classed apart from the similar jobs' after it
    (("job-title", "job-field job-title"), True),
])
def test_a_posting_among_titles_classed_alike_is_one_of_a_list(classes, job):
    html = (f"<html><head><title>Lavora con Noi - Initech</title><script type='application/ld+json'>"
            f"{_json_ld_posting('Agenti di vendita', 'Initech', 'Milano')}</script></head><body><h1>Lavora con Noi</h1>"
            f"<h2>Posizioni Aperte</h2><h3 class='{classes[0]}'>Agenti di vendita</h3><p>Provvigioni competitive.</p>"
            f"<h3 class='{classes[1]}'>Personale per telemarketing</h3><p>In smartworking.</p></body></html>")
    result = extract_snapshot(Snapshot(url="https://www.initech.example/lavora-con-noi.html", html=html))
    assert (result.job is not None) == job and (job or "it lists 2 jobs" in result.reason)


@pytest.mark.parametrize(("heading", "job"), [
    # In the shape of a Lahore software house's careers page (2025): a posting for search engines whose title the page
    # never writes, under "Join Our Team at …", its perks, how to apply and its hiring steps.
    ("Join Our Team at Initech", None),
    ("Software Developer (Remote)", "Software Developer (Remote)"),  # the page's own heading shows it: its ad
])
def test_a_posting_whose_title_a_careers_page_never_writes_is_no_job(heading, job):
    posting = {"@type": "JobPosting", "title": "Software Developer (Remote)",
               "hiringOrganization": {"@type": "Organization", "name": "Initech"}}
    perks = "".join(f"<h5>{perk}</h5><p>{'We are a team of software developers and designers. ' * 12}</p>"
                    for perk in ("Innovation-Driven Culture", "Flexible Work Environment", "Career Growth", "Collaborative Team"))
    html = (f'<html><head><title>Career | Initech</title><script type="application/ld+json">{json.dumps(posting)}</script>'
            f"</head><body><h1>{heading}</h1><h3>Why Work With Us?</h3>{perks}<h3>How to Apply</h3><p>Send your resume to "
            "careers@initech.example with a clear subject line.</p></body></html>")
    result = extract_snapshot(Snapshot(url="https://initech.example/career", html=html))
    assert (result.job and result.job.title) == job


@pytest.mark.parametrize(("lines", "posting_read"), [
    # In the shape of a Tokyo car-wash firm's recruiting page (2026): a slogan for its heading, the posting's title
    # written nowhere, but the ad's lines those of the posting's description
    (["週1日・午前だけでもOK", "世田谷区・目黒区・渋谷区を中心に", "一人で作業に行けるようになるまで研修期間があります"], True),
    (["週1日・午前だけでもOK"], False),  # one line alike is not enough: a careers page's words
])
def test_a_posting_whose_description_the_page_writes_is_its_ad_under_any_heading(lines, posting_read):
    description = ("<p>出張洗車で、定期洗車を専属で担当してくださる方を募集しています。</p><ul><li>週1日・午前だけでもOK。</li>"
                   "<li>エリア：世田谷区・目黒区・渋谷区を中心に、品川区の一部まで</li>"
                   "<li>未経験OK。一人で作業に行けるようになるまで研修期間があります</li></ul>")
    posting = {"@type": "JobPosting", "title": "定期洗車の専属スタッフ（業務委託・出張洗車）", "description": description,
               "hiringOrganization": {"@type": "Organization", "name": "イニテック"}}
    said = "".join(f"<p>{line}。</p>" for line in lines)
    html = (f'<html><head><title>スタッフ募集｜イニテック</title><script type="application/ld+json">{json.dumps(posting)}'
            f"</script></head><body><h1>お客様のご自宅へ出張して洗車するお仕事です</h1>{said}"
            f"<p>{'私たちは地域の車を磨き続けてきました。' * 120}</p></body></html>")
    result = extract_snapshot(Snapshot(url="https://initech.example/recruit/wash/", html=html))
    assert (result.job is not None and result.job.title == posting["title"]) == posting_read


def test_a_sites_posting_opening_with_the_firms_paragraph_is_no_ad_of_its_about_page():
    # (found by review, 2026) every page carries one posting, its description opening with the paragraph the "About" page
    # writes too: no ad there
    about = "Initech baut Software für Kliniken. Wir sind 40 Leute in Hamburg, Berlin und Köln. Seit 2012 wachsen wir."
    posting = {"@type": "JobPosting", "title": "Werkstudent Marketing (m/w/d)", "description": f"<p>{about}</p><ul>"
               "<li>Du planst Kampagnen.</li><li>Du schreibst Texte.</li></ul>",
               "hiringOrganization": {"@type": "Organization", "name": "Initech"}}
    html = (f'<html><head><title>Über uns | Initech</title><script type="application/ld+json">{json.dumps(posting)}'
            f"</script></head><body><h1>Über Initech</h1><p>{about}</p><p>{'Wir lieben gute Software. ' * 90}</p>"
            "</body></html>")
    result = extract_snapshot(Snapshot(url="https://initech.example/about", html=html))
    assert result.job is None and "it is the site's page about its owner" in result.reason


def test_a_posting_whose_title_the_page_writes_with_other_gender_marks_is_its_ad():
    # (found by review, 2026) the posting "(m/f/d)", the page's heading "(m/w/d)", under the company's name as its h1
    posting = {"@type": "JobPosting", "title": "Senior Java Developer (m/f/d)",
               "hiringOrganization": {"@type": "Organization", "name": "Initech AG"},
               "jobLocation": {"@type": "Place", "address": {"addressLocality": "Hamburg", "addressCountry": "DE"}}}
    tasks = "".join(f"<li>Aufgabe {number}: Sie entwickeln und betreiben unsere Dienste für Kunden.</li>" for number in range(30))
    html = (f'<html><head><title>Karriere | Initech AG</title><script type="application/ld+json">{json.dumps(posting)}'
            f"</script></head><body><h1>Initech AG</h1><h2>Senior Java Developer (m/w/d)</h2><h3>Ihre Aufgaben</h3>"
            f"<ul>{tasks}</ul><h3>Ihr Profil</h3><p>Java.</p></body></html>")
    job = extract_snapshot(Snapshot(url="https://initech.example/karriere/java", html=html)).job
    assert (job.title, job.company, job.location) == ("Senior Java Developer (m/f/d)", "Initech AG", "Hamburg")


def test_a_posting_naming_no_job_leaves_the_page_to_the_readers_of_its_words():
    # In the shape of a Quebec roofer's careers page (2025): its JSON-LD posting names only the employer and its town,
    # over three roles' teasers; the page lists jobs, it is no job titled "".
    address = {"@type": "PostalAddress", "addressLocality": "Boisbriand", "addressRegion": "QC"}
    posting = {"@context": "https://schema.org", "@type": "JobPosting", "hiringOrganization": {"@type": "Organization",
               "name": "Initech"}, "jobLocation": {"@type": "Place", "address": address}}
    teasers = "".join(f"<h3>{role}</h3><p>Temps plein.</p>" for role in ("Couvreur", "Apprenti couvreur", "Contremaître"))
    html = (f"<html><head><title>Carrières chez Initech</title><script type='application/ld+json'>{json.dumps(posting)}"
            f"</script></head><body><h1>Carrières</h1><h2>Postes ouverts</h2>{teasers}</body></html>")
    result = extract_snapshot(Snapshot(url="https://initech.example/emplois.html", html=html))
    assert result.job is None and "it lists" in result.reason


def test_microdata_values_written_after_their_labels_are_read_without_them():
    # (found in 2026's thirty-second batches) a board marking each labelled line up as the property: "Job Title: …"
    html = ("<html><head><title>Jobs for MPs' staff</title></head><body><div itemscope itemtype='http://schema.org/JobPosting'>"
            "<p itemprop='title'><strong>Job Title</strong>: Campaign Manager</p><p itemprop='hiringOrganization'><strong>"
            "Working For</strong>:  Jane Doe MP</p><p itemprop='jobLocation'><strong>Location</strong>: Stockton-on-Tees</p>"
            "<span itemprop='description'><p>Run the campaign.</p></span></div></body></html>")
    job = extract_snapshot(Snapshot(url="https://mpjobs.example/JobDetails.aspx?jobid=1", html=html)).job
    assert (job.title, job.company, job.location) == ("Campaign Manager", "Jane Doe MP", "Stockton-on-Tees")


def _posting_without_place(title: str, text: str) -> str:
    """A page whose JobPosting names no jobLocation, the text given under its heading."""
    return (f"<html><head><title>{title} | Initech</title><script type='application/ld+json'>"
            f"{_json_ld_posting(title, employer='Initech')}</script></head><body><h1>{title}</h1>{text}</body></html>")


def test_a_posting_marked_up_without_its_place_takes_the_place_the_page_writes():
    # In the shape of a Belgian regulator's vacancy (2023): a sentence of the page says its offices are in the centre of
    # Brussels.
    html = _posting_without_place("Juriste contentieux", "<h2>Nous offrons</h2><p>Des bureaux aisément accessibles dans "
                                                         "le centre de Bruxelles.</p>")
    result = extract_snapshot(Snapshot(url="https://www.initech.example/fr/job/juriste-contentieux", html=html))
    assert (result.extractor, result.job.location, result.job.guessed["location"]) == (
        "schema_org", "Bruxelles", "from a sentence of the page")


def test_a_posting_marked_up_without_its_place_takes_no_town_a_sentence_names_for_another_reason():
    # (second review) an event the team goes to, not where the job is
    html = _posting_without_place("Backend Engineer", "<p>Our team is distributed. Meet us at Web Summit in Lisbon, Portugal "
                                                      "this November.</p>")
    result = extract_snapshot(Snapshot(url="https://www.initech.example/jobs/backend-engineer", html=html))
    assert (result.extractor, result.job.title, result.job.location) == ("schema_org", "Backend Engineer", "")


@pytest.mark.parametrize(("title", "town", "read"), [
    # In the shape of a Lyon web agency's job pages (2022, 2024): its data titles the job with the article written for
    # either gender, or with the whole sentence its heading says, and adds to the town that some work from home is allowed.
    ("un·e développeur·euse front-end", "Lyon", ("développeur·euse front-end", "Lyon")),
    ("Nous recherchons un·e Développeur·euse web", "Lyon, télétravail partiel possible", ("Développeur·euse web", "Lyon")),
    ("Une journée de formation", "Lyon", ("Une journée de formation", "Lyon")),  # (no inclusive article: the title as given)
    ("We're hiring our first Product Designer", "Lyon", ("Product Designer", "Lyon")),
    # (what follows the role is the title's own where a mark for every gender ends it; where it hires is no role)
    ("Wir suchen Mitarbeiter für Lager und Versand (m/w/d)", "Lyon", ("Mitarbeiter für Lager und Versand (m/w/d)", "Lyon")),
    ("We're hiring in Lyon: Backend Developer", "Lyon", ("Backend Developer", "Lyon")),
    ("We're hiring in Lyon: come and meet us", "Lyon", ("We're hiring in Lyon: come and meet us", "Lyon")),
])
def test_a_postings_title_without_the_words_leading_into_it(title, town, read):
    posting = _json_ld_posting(title, employer="Initech", town=town)
    html = (f"<html><head><title>{title}</title><script type='application/ld+json'>{posting}</script></head>"
            "<body><h2>Votre mission</h2><p>Coder.</p><h2>Votre profil</h2><p>Curieux.</p></body></html>")
    job = extract_snapshot(Snapshot(url="https://initech.example/recrutement/job-web", html=html)).job
    assert (job.title, job.location) == read


@pytest.mark.parametrize(("facts", "location"), [
    # In the shape of a Chicago consultancy's job page (2026): a posting for remote work naming its office's town too, the
    # line of facts under the heading saying only "Remote".
    ("<span>Engineering</span><span>Remote</span><span>Full-Time</span>", "Remote"),
    ("<span>Engineering</span><span>Full-Time</span>", "Chicago, IL"),  # (the page says nothing of it: the data's town)
])
def test_a_remote_posting_naming_a_town_is_remote_where_the_page_shows_only_remote(facts, location):
    posting = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Full Stack Engineer",
               "hiringOrganization": {"@type": "Organization", "name": "Initech"}, "jobLocationType": "TELECOMMUTE",
               "jobLocation": {"@type": "Place", "address": {"addressLocality": "Chicago", "addressRegion": "IL"}}}
    html = (f"<html><head><title>Full Stack Engineer - Initech</title><script type='application/ld+json'>{json.dumps(posting)}"
            f"</script></head><body><h1>Full Stack Engineer</h1><div>{facts}</div><h2>About the Role</h2><p>Build apps.</p>"
            "</body></html>")
    job = extract_snapshot(Snapshot(url="https://initech.example/jobs/fullstack-engineer/", html=html)).job
    assert job.location == location


@pytest.mark.parametrize(("title", "location"), [
    # In the shape of a Recruitee job page (2025): remote work in its data, its office's town too, the title saying how
    # remote it is.
    ("Account Executive - 100% remote - UK", "Remote (United Kingdom)"),
    ("Account Executive", "London"),  # the title says nothing of it: the data's town, as before
])
def test_a_remote_job_whose_title_says_it_is_all_remote_is_remote_where_its_people_may_live(title, location):
    data = json.dumps({"@context": "https://schema.org", "@type": "JobPosting", "title": title,
                       "hiringOrganization": {"@type": "Organization", "name": "Initech"}, "jobLocationType": "TELECOMMUTE",
                       "jobLocation": [{"@type": "Place", "address": {"@type": "PostalAddress", "addressCountry": "GB",
                                                                      "addressLocality": "London"}}],
                       "applicantLocationRequirements": [{"@type": "Country", "name": "United Kingdom"}],
                       "description": "Sell our software."})
    html = f"<html><head><script type='application/ld+json'>{data}</script></head><body><h1>{title}</h1></body></html>"
    job = extract_snapshot(Snapshot(url="https://careers.initech.example/o/account-executive", html=html)).job
    assert job.location == location
