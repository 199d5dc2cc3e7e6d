"""The generic reader: a schema.org JobPosting in JSON-LD, microdata or RDFa, on any site.

Site extractors reuse `find_posting` and `job_from_posting` for the fields and add what
only they know (the board's job id, its own markup).
"""

from __future__ import annotations

import re

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import islice

from babel import Locale
from babel.core import get_global

from companion.domain.facts import ContactFacts, JobFacts, Snapshot
from companion.reading.pages import fallback
from companion.reading.pages.ad_signs import ads_beside, leads_to_other_jobs
from companion.reading.pages.html import Page, headings_show, node_text
from companion.reading.names import as_known, spaced_as_written, spells, squeezed, words_in
from companion.reading.roles import names_a_role
from companion.reading.pages.labelled import IN_SENTENCE, IN_TEXT, labelled_facts
from companion.reading.pages.listings import SHELL_TEXT, listed_in
from companion.reading.pages.jsonld import JsonLd, nodes_of_type, read_json_ld
from companion.reading.pages.markup_items import MICRODATA, RDFA, items_of_type
from companion.reading.pages.places import as_shown, says_all_remote, workplace_in_sentence
from companion.reading.pages.regions import names_a_region
from companion.reading.pages.results import OPEN_ONE, fill_missing, job_found, no_job
from companion.reading.pages.text import clean_text, first_text, html_to_text
from companion.domain.addresses import is_web_url
from companion.reading.pages.urls import canonical_url

NAME = "schema_org"
CONFIDENCE = {"json-ld": 0.9, "microdata": 0.8, "rdfa": 0.8}
AMBIGUITY_PENALTY = 0.1
_POSTING_PROPERTIES = frozenset({"title", "hiringOrganization"})  # what makes an untyped item a posting


@dataclass
class Posting:
    """The JobPosting node a page is about (None when it has none), and where it came from."""

    node: dict | None
    source: str = ""  # "json-ld" | "microdata" | "rdfa"
    json_ld: JsonLd = field(default_factory=JsonLd)
    ambiguous: bool = False  # several postings, none of them the page's own
    count: int = 0  # postings on the page
    titles: tuple[str, ...] = ()  # each posting's title

    @property
    def confidence(self) -> float:
        base = CONFIDENCE.get(self.source, 0.0)
        return base - AMBIGUITY_PENALTY if self.ambiguous else base

    @property
    def errors(self) -> list[str]:
        return list(self.json_ld.errors)


def handles(url: str) -> bool:
    return is_web_url(url)


def _one(value):
    """The first item of a list value (microdata and some sites repeat properties)."""
    while isinstance(value, list):
        value = value[0] if value else None
    return value


def _page_posting(postings: list[dict], page: Page) -> tuple[dict, bool]:
    """The one posting whose own url is the page's, else the first; and whether that was a guess
    (a careers page giving each of its jobs its own address as their url names none of them)."""
    if len(postings) == 1:
        return postings[0], False
    here = page.address
    own = [node for node in postings if isinstance(url := _one(node.get("url")), str) and canonical_url(url) == here]
    return (own[0], False) if len(own) == 1 else (postings[0], True)


def find_posting(page: Page) -> Posting:
    json_ld = read_json_ld(page)
    postings, source = nodes_of_type(json_ld, "JobPosting"), "json-ld"
    if not postings:
        postings, source = items_of_type(page, "JobPosting", MICRODATA), "microdata"
    if not postings:
        # Job Bank leaves the type of postings copied from other boards empty (typeof="").
        postings, source = items_of_type(page, "JobPosting", RDFA, untyped_with=_POSTING_PROPERTIES), "rdfa"
    # An item typed JobPosting that names nothing (reed.co.uk marks its page so) says no job.
    postings = [node for node in postings if any(node.get(name) for name in ("title", "name", "hiringOrganization"))]
    if not postings:
        return Posting(node=None, json_ld=json_ld)
    node, ambiguous = _page_posting(postings, page)
    return Posting(node=node, source=source, json_ld=json_ld, ambiguous=ambiguous, count=len(postings),
                   titles=tuple(clean_text(_one(node.get("title")) or _one(node.get("name"))) for node in postings))


def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _organization_name(value, json_ld: JsonLd) -> str:
    for organization in _as_list(value):
        organization = json_ld.resolve(organization)
        if isinstance(organization, dict):
            name = first_text(_one(organization.get("name")), _one(organization.get("legalName")))
        else:
            name = clean_text(organization)
        if name:
            return name
    return ""


def _place_name(value) -> str:
    value = _one(value)
    if isinstance(value, dict):
        return first_text(_one(value.get("name")))
    return clean_text(value)


def _address_text(address: dict, shown: bool) -> str:
    """The place of an address; ``shown`` when the page shows it (microdata, RDFa), so every
    part stays as written."""
    locality = clean_text(_one(address.get("addressLocality")))
    if locality.count(",") >= 2:
        # Already a full place ("San Francisco Bay Area, California, United States"):
        # adding the region code after it would only repeat it.
        return locality
    country = _place_name(address.get("addressCountry"))
    # Pages show a town with its region, not the ISO code of its country ("Wien", not "Wien, AT");
    # from JSON-LD, which no one sees, a code is dropped after a town or region, and spelled out
    # where it is the only place given ("New Zealand" for NZ). A country's name stays.
    coded = not shown and _is_country_code(country)
    parts: list[str] = []
    for piece in (locality, clean_text(_one(address.get("addressRegion"))), "" if coded else country):
        # a part the place already says is not said twice ("AMER - Canada - Quebec - Montreal", Canada);
        # one without a letter or digit stands for one the site lacks (Stack Overflow's region "-")
        if re.search(r"\w", piece) and not re.search(rf"(?<!\w){re.escape(piece)}(?!\w)", ", ".join(parts), re.IGNORECASE):
            parts.append(piece)
    if parts and all(_HAN_OR_KANA.fullmatch(part) for part in parts):
        return "".join(reversed(parts))  # "東京都新宿区": Japanese and Chinese write the region first, unspaced
    if parts and all(_HANGUL.fullmatch(part) for part in parts):
        return " ".join(reversed(parts))  # "서울 종로구": Korean too, a space between the parts
    return ", ".join(parts) or (_country_name(country) if coded else "")


_HAN_OR_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\d]+")
_HANGUL = re.compile(r"[\uac00-\ud7af\s\d]+")


def _is_country_code(country: str) -> bool:
    """Whether a country is written as its ISO code of two letters ("NZ"), or of three in capitals ("BRA"; not "EST", which
    a remote job's place means as a time zone, not Estonia)."""
    return len(country) == 2 and country.isalpha() or country.isupper() and country not in _TIME_ZONES \
        and _two_letter_code(country) != country


_TIME_ZONES = {"EST"}  # a time zone's abbreviation that is also a country's code (Eastern Standard Time's, Estonia's)


def _two_letter_code(code: str) -> str:
    """A country's ISO code of two letters for its code of three ("BR" for "BRA"); others as they are."""
    return (get_global("territory_aliases").get(code.upper()) or [code])[0] if len(code) == 3 else code


def _country_name(code: str) -> str:
    """A country as people write it: "New Zealand" for the ISO code NZ, "Brazil" for BRA."""
    return Locale("en").territories.get(_two_letter_code(code).upper(), code)


_ADDRESS_PARTS = ("addressLocality", "addressRegion", "addressCountry", "streetAddress", "postalCode")


def _place_text(place, json_ld: JsonLd, shown: bool) -> str:
    place, address = json_ld.resolve(place), _address_of(place, json_ld)
    if not isinstance(place, dict):
        return clean_text(place)
    if address is None and any(name in place for name in _ADDRESS_PARTS):
        address = place  # the parts on the place itself (Pôle emploi: a Place with its addressRegion)
    if isinstance(address, dict):
        return _address_text(address, shown) or first_text(_one(place.get("name")))
    return first_text(address, _one(place.get("name")))


def _location(node: dict, json_ld: JsonLd, shown: bool) -> str:
    places: list[str] = []
    in_words = True  # every place's address written in words, none in parts
    for place in _as_list(node.get("jobLocation")):
        in_words = in_words and isinstance(_address_of(place, json_ld), str)
        text = _place_text(place, json_ld, shown)
        if text and text not in places:
            places.append(text)
    return "; ".join(in_words and _one_town_in(places) or places)


def _address_of(place, json_ld: JsonLd):
    """A place's address: its parts, or words alone (the place itself where it is words)."""
    place = json_ld.resolve(place)
    return json_ld.resolve(_one(place.get("address"))) if isinstance(place, dict) else place


def _one_town_in(places: list[str]) -> list[str]:
    """One town and the regions it lies in, each written as a place of its own (a WordPress jobs
    plugin's terms: "Chennai", "Tamil Nadu"; "india", "Mumbai"), as one place: ["Chennai, Tamil
    Nadu"]; [] for other lists."""
    towns = [place for place in places if not names_a_region(place)]
    if len(places) < 2 or len(towns) != 1 or any("," in place for place in places):
        return []
    regions = (place.title() if place.islower() else place for place in places if place not in towns)
    return [", ".join([towns[0], *regions])]


def _is_remote(node: dict) -> bool | None:
    kinds = {clean_text(kind).upper() for kind in _as_list(node.get("jobLocationType"))}
    return True if "TELECOMMUTE" in kinds else None


COUNTRIES_NAMED = 30  # at most, in a remote job's place: Stack Overflow listed 250 countries for "anywhere"
TOWNS_NAMED = 5  # at most, in a remote job's place; more are where its people happen to live


def _remote_area(node: dict, json_ld: JsonLd) -> str:
    """Where a remote job's applicants must live, as "Remote (United States)"."""
    areas = [_place_name(json_ld.resolve(area)) for area in _as_list(node.get("applicantLocationRequirements"))]
    # (a country's code of three letters named, "BRA": one of two may be a state's, "CA", "GA")
    return _remote_in([_country_name(area) if len(area) == 3 and _is_country_code(area) else area for area in areas if area],
                      ", ")


def _remote_in(areas: list[str], apart: str) -> str:
    """A remote job's place: "Remote (…)" with where its people may live, or "Remote" alone where
    the data names none, or most of the world. A country the data names twice (one for each of its
    offices there) is said once."""
    areas = list(dict.fromkeys(areas))
    return f"Remote ({apart.join(areas)})" if 1 <= len(areas) <= COUNTRIES_NAMED else "Remote"


def job_from_posting(posting: Posting) -> JobFacts:
    """The job's facts from its JobPosting node (job_url and board ids are the caller's)."""
    node, json_ld = posting.node or {}, posting.json_ld
    job = JobFacts(
        title=first_text(_one(node.get("title")), _one(node.get("name"))),
        company=_organization_name(node.get("hiringOrganization"), json_ld),
        location=_location(node, json_ld, shown=posting.source != "json-ld"),
        description=html_to_text(_one(node.get("description"))),
        remote=_is_remote(node),
    )
    if job.remote and (not job.location or _ANYWHERE.match(job.location)
                       or job.location == _employer_address(node.get("hiringOrganization"), json_ld)):
        # a remote job's place left out, "Anywhere", or the employer's own address (We Work Remotely's):
        # where its people may live, if the data says
        job.location = _remote_area(node, json_ld)
    elif job.remote and _only_countries(node, json_ld):
        job.location = _remote_in(job.location.split("; "), "; ")  # where its people may live, not an office
    elif job.remote and says_all_remote(job.title):
        # its title saying it is all done remotely: its office's town no place of the job ("Account Executive - 100% remote
        # - UK", London its data's town), where its people may live
        job.location = _remote_area(node, json_ld)
    elif job.remote and len(job.location.split("; ")) > TOWNS_NAMED:
        # towns from all over, for a job done from home (Teamtailor's 25 for one "Fully Remote" job,
        # which the page shows as "Multiple locations")
        job.location = _remote_area(node, json_ld)
    return job


# A remote job's place that names none: Remote OK fills every part of its address with "Anywhere".
_ANYWHERE = re.compile(r"^(?:anywhere|worldwide|world|global)(?:,\s*(?:anywhere|worldwide|world|global))*$", re.IGNORECASE)


def _employer_address(value, json_ld: JsonLd) -> str:
    """The hiring organization's own address as a place ("" where it gives none)."""
    organization = json_ld.resolve(_one(value))
    address = json_ld.resolve(_one(organization.get("address"))) if isinstance(organization, dict) else None
    return _address_text(address, shown=False) if isinstance(address, dict) else clean_text(address)


def _only_countries(node: dict, json_ld: JsonLd) -> bool:
    """Whether every place of the posting is a country and nothing smaller."""
    places = [json_ld.resolve(place) for place in _as_list(node.get("jobLocation"))]
    addresses = [json_ld.resolve(_one(place.get("address"))) if isinstance(place, dict) else None for place in places]
    return bool(addresses) and all(
        isinstance(address, dict) and address.get("addressCountry")
        and not any(clean_text(_one(address.get(part))) for part in ("addressLocality", "addressRegion", "streetAddress"))
        for address in addresses)


def contacts_from_posting(posting: Posting) -> list[ContactFacts]:
    """The posting's applicationContact (a ContactPoint), as a recruiter to write to."""
    contacts = []
    for point in _as_list((posting.node or {}).get("applicationContact")):
        point = posting.json_ld.resolve(point)
        if not isinstance(point, dict):
            continue
        email = clean_text(_one(point.get("email"))).removeprefix("mailto:")
        name = clean_text(_one(point.get("name")))
        if email or name:
            contacts.append(ContactFacts(name=name, email=email, kind="recruiter"))
    return contacts


def read_job(page: Page, from_markup: Callable[[Page], JobFacts], *, json_ld_confidence: float,
             markup_confidence: float, place_as_shown: bool = False) -> tuple[JobFacts, float, Posting]:
    """For site extractors: the job from the page's JobPosting with gaps filled from the
    site's own markup, or from the markup alone; with the confidence that earns. With
    `place_as_shown`, the place the site's markup shows wins over its structured data's (SEEK's
    "Manila City, Metro Manila" over "Metro Manila, Philippines")."""
    posting = find_posting(page)
    shown = from_markup(page)
    if posting.node is None:
        return shown, markup_confidence, posting
    job = job_from_posting(posting)
    fill_missing(job, shown)
    if place_as_shown and shown.location:
        job.location = shown.location
    return job, json_ld_confidence, posting


def site_result(extractor: str, job: JobFacts, confidence: float, posting: Posting):
    """A site extractor's answer, with the posting's contacts and read errors."""
    return job_found(extractor, job, confidence, contacts_from_posting(posting), posting.errors)


def _shown(page: Page, title: str) -> bool:
    """Whether the page's title or one of its headings holds the posting's title, or a heading is
    part of it."""
    wanted = squeezed(title)
    titled = any(wanted in squeezed(said) for said in (page.title, page.meta("og:title")))
    return titled or headings_show(page, title, in_part=True)


@lru_cache(maxsize=2)  # asked by the checks of a posting against the page's text: the text squeezed once per page
def _squeezed_text(page: Page) -> str:
    return squeezed(page.body_text)


def _left_from_template(page: Page, job: JobFacts) -> bool:
    """Whether the posting is a template's sample left in a page whose heading shows another job: none of its title, its
    employer and its town is written anywhere on the page ("Assistant / Store Keeper" at "Figma" in Brooklyn, in a Karachi
    agency's ad for a sales representative)."""
    said = [job.title, job.company, job.location.split(",")[0]]
    if not all(said) or _shown(page, job.title) or not names_a_role(page.text("h1")):
        return False
    return not any(squeezed(fact) in _squeezed_text(page) for fact in said)


def _left_for_search_engines(page: Page, job: JobFacts) -> bool:
    """Whether the posting's title is written nowhere on a page of words of its own whose heading names no role: data for
    search engines on a careers page ("Software Developer (Remote)" on "Join Our Team at GladBit", which names no job).
    Its words before brackets in a heading are enough ("Senior Java Developer" of "… (m/f/d)", the page's heading writing
    "… (m/w/d)"); not in a sentence ("We are a team of software developers")."""
    words = _BRACKETED_END.sub("", job.title)
    return bool(words) and len(page.body_text) >= SHELL_TEXT and not _shown(page, job.title) and not _shown(page, words) \
        and squeezed(job.title) not in _squeezed_text(page) and not names_a_role(page.text("h1")) \
        and not _description_shown(page, job.description)


_BRACKETED_END = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")
# A clause of a description: up to a stop, a colon or a comma (Japanese's and Chinese's too), or a line's end.
_CLAUSE_END = re.compile(r"[.。:：,，、;；!?！？\n]")
CLAUSE_LEAST = 8  # characters, of a clause the page's text writes as the posting does
CLAUSES_SHOWN = 3  # at least, of the description's clauses the page writes: the posting is the page's own ad
CLAUSES_READ = 200  # at most, of a description's lines looked in (a bound on a hostile page's work)


def _description_shown(page: Page, description: str) -> bool:
    """Whether the page's text writes several clauses of the posting's description word for word, in two of its lines or
    more past its first: the posting is the ad the page shows, whatever its heading ("お客様のご自宅へ出張して洗車するお仕事です",
    a slogan, over a car-wash firm's ad whose posting is titled "定期洗車の専属スタッフ（業務委託・出張洗車）"); not where the
    page writes only the firm's paragraph every posting of the site opens with (its "About" page)."""
    shown = _squeezed_text(page)
    lines = [line for line in description.splitlines() if line.strip()][1:]
    found = [(at, clause) for at, line in enumerate(islice(lines, CLAUSES_READ)) for clause in _CLAUSE_END.split(line)
             if len(clause.strip()) >= CLAUSE_LEAST and (said := squeezed(clause)) and said in shown]
    return len(found) >= CLAUSES_SHOWN and len({at for at, _ in found}) >= 2


def _names_all(heading: str, title: str) -> bool:
    """Whether a heading holds every word of a title but its short ones ("für", "in")."""
    return bool(wanted := {word for word in words_in(title) if len(word) > 3}) and wanted <= words_in(heading)


LISTED = 3  # postings on one page, none of them its own: a list of jobs (two may be a job and one alike)


def _each_shown(page: Page, posting: Posting) -> bool:
    """Whether each of a page's few postings is shown as a heading of its own: each title whole ("Reinigungskraft (m/w/d)"
    and "Alltagsbegleitung (m/w/d)"), or, where none is, each by a heading of its own that begins it ("Technicien IRVE" and
    "Chef de projet IRVE" for "Technicien IRVE - Installation & Maintenance …"; not the page's own job shown whole beside a
    card of another, nor where a heading leads to others: "Autres offres")."""
    whole = [bool(title) and headings_show(page, title) for title in posting.titles]
    if any(whole) or leads_to_other_jobs(page):
        return all(whole)
    # (each begun by a heading of its own: not one heading beginning both, "Technicien de maintenance" over "… – CDI – Lyon"
    # and "… – CDD – Grenoble")
    headings = [said for node in page.css("h1, h2, h3, h4") if len(said := squeezed(node_text(node))) >= 4]
    begun = [next((said for said in headings if squeezed(title).startswith(said)), "") for title in posting.titles]
    return all(begun) and len(set(begun)) == len(begun)


def extract(snapshot: Snapshot):
    page = Page(snapshot)
    posting = find_posting(page)
    if posting.node is None:
        return None
    if posting.ambiguous and (posting.count >= LISTED or len(set(posting.titles)) == posting.count and _each_shown(page, posting)):
        return no_job(NAME, f"it lists {posting.count} jobs (a careers page or a search); {OPEN_ONE}")
    job = job_from_posting(posting)
    # (or a posting naming no job, only its employer and place: a careers page's data for all it offers)
    if not job.title or _left_from_template(page, job) or _left_for_search_engines(page, job):
        return None  # the page's own words are read by the readers after this one
    if (listed := listed_in(heading := page.text("h1"))) and not _shown(page, job.title) and not _names_all(heading, job.title) \
            or (listed := listed_in(job.title)):
        # a careers page's one posting for all it offers ("薬剤師・調剤事務" under "採用情報", its two roles' sections;
        # "Dołącz do zespołu ERPtech", join the team, over two ads); not the posting's own heading, written for search
        # engines ("Facharzt Psychiatrie Jobs in Duisburg (m/w/d)" for "Facharzt für Psychiatrie in Duisburg")
        return no_job(NAME, f"it lists {listed} (a careers page or a search); {OPEN_ONE}")
    if (ads := ads_beside(page, job.title)) > 1:
        # a careers page's ads in full, its posting for one only ("ZFA (m/w/d) in Vollzeit" beside "Ausbildung zur/zum ZFA")
        return no_job(NAME, f"it lists {ads} jobs (a careers page); {OPEN_ONE}")
    job.location = as_shown(page, job.location, remote=bool(job.remote))
    # a posting marked up without its place, which the page labels or puts its office or the job in (a regulator's offices
    # "dans le centre de Bruxelles"; not any town a sentence names: an event's, a customer's)
    written = cache(lambda: labelled_facts(page))  # (read once, where the place or the employer is asked of it)
    if not job.location and (place := written().location):
        job.location, job.guessed["location"] = place, IN_TEXT
    elif not job.location and (town := workplace_in_sentence(page)):
        job.location, job.guessed["location"] = town, IN_SENTENCE
    # as the page writes it: "Coloplast", not "Coloplast A/S"; spaced as its heading or title spaces it
    job.company = spaced_as_written(as_known(job.company, page.body_text), [page.text("h1"), page.title])
    if (not job.company or spells(page.domain, job.company)) and (labelled := written().company) \
            and not spells(page.domain, labelled):
        # a posting marked up without its employer (Pôle emploi's), which the page writes under a label; or naming
        # the agency whose site it is (Yacht's), the page showing its client ("Koninklijke Philips N.V.")
        job.company, job.guessed["company"] = labelled, IN_TEXT
    if not job.company and (owner := fallback.site_owner(page)):
        job.company, job.guessed["company"] = owner, "from the site's address or logo"  # (a posting naming no employer)
    job.job_url = page.address
    return job_found(NAME, job, posting.confidence, contacts_from_posting(posting), posting.errors)
