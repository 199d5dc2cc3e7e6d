"""LinkedIn jobs: the logged-in job page, the side pane of search and collections pages, the
public guest page, and the hiring team shown beside a job.

The job id comes from the address (`/jobs/view/<id>`, `currentJobId=<id>`) or the page's own
links, never from a card, so the same job captured three ways is one application. Fields come
from JSON-LD where LinkedIn publishes it (guest page), else from the top card. LinkedIn renames
its classes often, so selectors match on the stable part of a class name (`*=`) and try the
older and newer layouts in turn.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from companion.domain.facts import ContactFacts, JobFacts, Snapshot
from companion.reading.pages import schema_org
from companion.reading.pages.listings import listed_in
from companion.reading.pages.html import Page, block_text, first_node, first_text_in, node_text
from companion.reading.pages.results import fill_missing, job_found, no_job
from companion.reading.pages.urls import host_is, path_parts, query_value

NAME = "linkedin"
CONFIDENCE_JSON_LD = 0.95
CONFIDENCE_TOP_CARD = 0.85
CONFIDENCE_CARD = 0.7  # only the list card of the job was on the page, not its details

_VIEW_ID = re.compile(r"(?:^|-)(\d{6,})$")  # "/jobs/view/<slug>-<id>" or "/jobs/view/<id>"
_POSTING_URN = re.compile(r"urn:li:(?:fsd_)?jobPosting:(\d{6,})")
_WALL_PATHS = ("authwall", "login", "checkpoint", "signup", "uas")
_WORKPLACE_SUFFIX = re.compile(r"\s*\((on-site|remote|hybrid)\)\s*$", re.IGNORECASE)

# Where the open job's details are. On search and collections pages only the side pane will
# do (the rest is other jobs' cards); a job's own page may also be read from its main part.
PANE = ('[class*="jobs-search__job-details"]', '[class*="jobs-details"]', '[class*="job-view-layout"]')
JOB_PAGE = PANE + (".top-card-layout", "main")
TITLE = ('[class*="top-card__job-title"]', ".top-card-layout__title", ".topcard__title", "h1")
COMPANY = ('[class*="top-card__company-name"]', ".topcard__org-name-link",
           '[data-tracking-control-name="public_jobs_topcard-org-name"]',
           'a[href*="linkedin.com/company/"]', 'a[href^="/company/"]',
           ".topcard__flavor:not(.topcard__flavor--bullet)")  # a company without a LinkedIn page: its name alone
LOCATION = ('[class*="top-card__bullet"]', ".topcard__flavor--bullet",
            '[class*="top-card__primary-description"] [class*="tvm__text"]',
            '[class*="top-card__tertiary-description"] [class*="tvm__text"]',
            '[class*="top-card__primary-description"]')
# The workplace's own element, or one of the pills of "preferences and skills" ("Remote", "Contract").
WORKPLACE = '[class*="top-card__workplace-type"], [class*="workplace-type"], [class*="preferences-and-skills__pill"]'
_WORKPLACE_WORD = re.compile(r"^(?:on-site|remote|hybrid)$", re.IGNORECASE)
DESCRIPTION = ("#job-details", '[class*="jobs-description__content"]', ".show-more-less-html__markup")
CARD_TITLE = ('[class*="job-card-list__title"]', '[class*="entity-lockup__title"]', "a", "strong")
CARD_COMPANY = ('[class*="entity-lockup__subtitle"]', '[class*="primary-description"]',
                '[class*="company-name"]')
CARD_LOCATION = ('[class*="metadata-item"]', '[class*="metadata-wrapper"] li', '[class*="entity-lockup__caption"]')

# The hiring team beside the job: each layout's person block, name and headline.
PEOPLE = (
    ('[class*="hirer-card__hirer-information"]', ('[class*="jobs-poster__name"]', "strong", 'a[href*="/in/"]'),
     ('[class*="hirer-job-title"]', '[class*="text-body-small"]', '[class*="linked-area"]')),
    (".message-the-recruiter", ('[class*="base-main-card__title"]', 'a[href*="/in/"]'),
     ('[class*="base-main-card__subtitle"]',)),
    (".jobs-poster", (".jobs-poster__name",), (".jobs-poster__headline",)),
)
_RECRUITING = re.compile(r"recruit|talent|sourc|people partner|\bhr\b|human resources|hiring", re.I)
_MANAGING = re.compile(r"manager|head of|director|\blead\b|vp\b|vice president|chief|\bcto\b", re.I)


OPEN_JOB_TITLE = '[class*="jobs-unified-top-card__job-title"]'  # the logged-in view of one open job
JOB_PAGE_BASE = "https://www.linkedin.com/"


def handles(url: str) -> bool:
    return host_is(url, "linkedin.com")


# LinkedIn's own job markup (the logged-in top card), for its pages seen under another address
# (a web archive's copy, a saved page): the site is known by what the page is made of.
_OWN_MARKUP = re.compile(r'class="[^"]*\b(?:job-details-)?jobs-unified-top-card(?:__|\b)')


def recognises(html: str) -> bool:
    # Asked of every page of every other site: a plain search first, the pattern only on a hit.
    return "jobs-unified-top-card" in html and _OWN_MARKUP.search(html) is not None


def job_url(job_id: str) -> str:
    return f"https://www.linkedin.com/jobs/view/{job_id}/"


def _id_in_address(url: str) -> str:
    current = query_value(url, "currentJobId")
    if current.isdigit():
        return current
    parts = path_parts(url)
    if len(parts) >= 3 and parts[0] == "jobs" and parts[1] == "view":
        match = _VIEW_ID.search(parts[2])
        return match.group(1) if match else ""
    return ""


def job_id(page: Page) -> str:
    """The open job's id: from the address, else the page's canonical link, else the open job's
    own link in its top card, else the page's one job urn."""
    found = _id_in_address(page.url) or _id_in_address(page.canonical_link)
    if found:
        return found
    # the logged-in top card's title link, or the guest search's open pane's
    own_link = page.css_first('[class*="top-card__title-container"] a[href*="/jobs/view/"], a.topcard__link[href*="/jobs/view/"]')
    if own_link is not None and (found := _id_in_address(urljoin(JOB_PAGE_BASE, own_link.attributes.get("href") or ""))):
        return found
    urns = set(_POSTING_URN.findall(page.snapshot.html or ""))
    return urns.pop() if len(urns) == 1 else ""


def _details_root(page: Page):
    in_pane = bool(query_value(page.url, "currentJobId"))
    return first_node(page.tree, *(PANE if in_pane else JOB_PAGE))


def _first_segment(text: str) -> str:
    """ "Berlin, Germany · 2 days ago · 40 applicants" -> "Berlin, Germany"."""
    return text.split("·")[0].strip()


def _from_top_card(page: Page) -> JobFacts:
    root = _details_root(page)
    job = JobFacts(
        title=first_text_in(root, *TITLE),
        company=first_text_in(root, *COMPANY),
        location=_place_after_company(root) or _first_segment(first_text_in(root, *LOCATION)),
    )
    pills = root.css(WORKPLACE) if root is not None else []
    workplace = next((said for node in pills if _WORKPLACE_WORD.match(said := node_text(node))), "")
    if workplace:
        job.remote = workplace.lower() == "remote"
    if job.remote and job.location and "remote" not in job.location.lower():
        job.location += " (Remote)"  # as LinkedIn's own lines write a remote job's area: "EMEA (Remote)"
    job.description = block_text(first_node(root, *DESCRIPTION))
    return job


def _place_after_company(root) -> str:
    """The logged-in top card's place: the words after the company's link in its first line,
    "Sezzle · United States (Remote) · 1 week ago · 92 applicants", whose times and counts sit
    in spans of their own (and are not a place)."""
    line = first_node(root, '[class*="top-card__primary-description"] > div', '[class*="top-card__primary-description"]')
    if line is None or line.css_first('a[href*="/company/"]') is None:
        return ""
    own_words = (child.text(deep=False) for child in line.iter(include_text=True) if child.tag == "-text")
    return " ".join(" ".join(own_words).replace("·", " ").split())


def _from_list_card(page: Page, found_id: str) -> JobFacts:
    """The job's card in the results list: what a search page shows before its pane loads."""
    card = page.css_first(f'[data-job-id="{found_id}"]') or page.css_first(f'[data-occludable-job-id="{found_id}"]')
    if card is None:
        return JobFacts()
    job = JobFacts(
        title=first_text_in(card, *CARD_TITLE),
        company=first_text_in(card, *CARD_COMPANY),
    )
    # Cards append the workplace to the place: "Austin, TX (On-site)".
    location = first_text_in(card, *CARD_LOCATION)
    workplace = _WORKPLACE_SUFFIX.search(location)
    if workplace:
        job.remote = workplace.group(1).lower() == "remote"
    job.location = _WORKPLACE_SUFFIX.sub("", location)
    return job


def _from_document_title(page: Page) -> JobFacts:
    """A logged-in job page's title: "(3) Data Engineer | Acme | LinkedIn"."""
    parts = [part.strip() for part in re.sub(r"^\(\d+\)\s*", "", page.title).split(" | ")]
    if len(parts) == 3 and parts[2] == "LinkedIn":
        return JobFacts(title=parts[0], company=parts[1])
    return JobFacts()


# A line's part that is not a place: "1 day ago", "Reposted 3 weeks ago", "47 people clicked apply".
_NOT_A_PLACE = re.compile(r"\bago\b|\bapplicants?\b|\bclicked\b|^promoted\b|^reposted\b", re.IGNORECASE)


def _place_under_title(page: Page, title: str, company: str) -> str:
    """The page LinkedIn draws since 2025, whose classes are hashed (nothing to select by): the
    paragraph after the job's title reads "Vancouver, BC · 1 day ago · 9 people clicked apply". A search
    shows the job's pane beside cards of others, some titled alike ("Software Engineer" over "DocDraft"):
    the pane's title is the one under its employer's name."""
    if not title:
        return ""
    said = [" ".join(paragraph.text(deep=True).split()) for paragraph in page.css("p")]
    titled = [number for number, line in enumerate(said[:-1]) if line == title]
    under_employer = (number for number in titled if number and company and said[number - 1] == company)
    number = next(under_employer, titled[0] if titled else None)
    if number is None:
        return ""
    place = _first_segment(said[number + 1])
    return "" if not place or _NOT_A_PLACE.search(place) or len(place) > 100 else place


def _in_full(page: Page, place: str) -> str:
    """The place as the guest page's title writes it when that says more: its card may show
    "Rome" where the title reads "… DATA ANALYST in Rome, Latium, Italy | LinkedIn"; or where the
    page shows none, after a dash: "… at Atos — Amstelveen, North Holland, Netherlands | LinkedIn Jobs"."""
    before_site = page.title.rpartition(" | ")[0]
    if not place and " — " in before_site:
        dashed = before_site.rpartition(" — ")[2].strip()
        return dashed if len(dashed) <= 100 else ""
    written = before_site.rpartition(" in ")[2].strip()
    return written if place and written.startswith(place + ", ") and len(written) <= 100 else place


# The industry LinkedIn files recruiting agencies under, as its "About the company" box names it.
STAFFING_INDUSTRIES = {"Staffing and Recruiting", "Staffing & Recruiting"}


def _industry(page: Page) -> str:
    """The posting company's industry, the first words of the "About the company" box's line
    ("Staffing and Recruiting 1,001-5,000 employees")."""
    figures = page.css_first(".jobs-company__inline-information")
    line = figures.parent if figures is not None else None
    return " ".join((line.text(deep=False) if line is not None else "").split())


def _profile_url(href: str) -> str:
    """ "https://www.linkedin.com/in/dana-lee/?trk=..." -> "https://www.linkedin.com/in/dana-lee/"."""
    match = re.search(r"/in/([^/?#]+)", href or "")
    return f"https://www.linkedin.com/in/{match.group(1)}/" if match else ""


def _contact_kind(headline: str) -> str:
    if _MANAGING.search(headline) and not _RECRUITING.search(headline):
        return "hiring_manager"
    return "recruiter"


def hiring_team(page: Page) -> list[ContactFacts]:
    """The people LinkedIn shows as the job's poster or hiring team."""
    team: list[ContactFacts] = []
    for block_selector, name_selectors, headline_selectors in PEOPLE:
        for block in page.css(block_selector):
            name = first_text_in(block, *name_selectors)
            if not name or any(person.name == name for person in team):
                continue
            link = block.css_first('a[href*="/in/"]')
            headline = first_text_in(block, *headline_selectors)
            team.append(ContactFacts(
                name=name,
                title="" if headline == name else headline,
                linkedin_url=_profile_url(link.attributes.get("href", "") if link else ""),
                kind=_contact_kind(headline),
            ))
    return team


def _is_wall(page: Page) -> bool:
    """LinkedIn's sign-in wall, bot check or rate-limit page instead of the job."""
    parts = path_parts(page.url)
    if parts and parts[0] in _WALL_PATHS:
        return True
    html = page.snapshot.html or ""
    return ("/authwall" in html or page.css_first('meta[http-equiv="refresh"]') is not None
            or page.css_first('form[action*="login"]') is not None)


def _why_nothing(page: Page, found_id: str) -> str:
    if _is_wall(page):
        return "LinkedIn showed its sign-in wall instead of the job (sign in, open the job, then capture again)"
    if found_id:
        return (f"LinkedIn job {found_id} had not finished loading when the page was captured "
                "(wait until its details show, then capture again)")
    return "this LinkedIn page has no job open (open a job on its own page or in the search pane, then capture again)"


def extract(snapshot: Snapshot):
    page = Page(snapshot)
    found_id = job_id(page)
    posting = schema_org.find_posting(page)
    if posting.node is None and not found_id and page.css_first(OPEN_JOB_TITLE) is None:
        # A company page, an article or a profile: its title would only name a company or a person.
        return no_job(NAME, _why_nothing(page, found_id), posting.errors)
    if posting.node is not None:
        job, confidence = schema_org.job_from_posting(posting), CONFIDENCE_JSON_LD
        top_card = _from_top_card(page)
        # LinkedIn's JSON-LD writes places in codes ("Vancouver, BC, CA"); its top card shows them
        # as the user reads them ("Vancouver, British Columbia, Canada").
        job.location = top_card.location or job.location
        fill_missing(job, top_card)
    else:
        job, confidence = _from_top_card(page), CONFIDENCE_TOP_CARD
    if not job.title and found_id:
        job, confidence = _from_list_card(page, found_id), CONFIDENCE_CARD
    fill_missing(job, _from_document_title(page))
    job.location = _in_full(page, job.location or _place_under_title(page, job.title, job.company))
    if not (job.title or job.company):
        return no_job(NAME, _why_nothing(page, found_id), posting.errors)
    if listed := listed_in(job.title):  # a search's heading: "1 Rust Developer Jobs in San Francisco Bay Area"
        return no_job(NAME, f"this LinkedIn search lists {listed}; open one job (its own page, or beside the results) "
                            "and capture it")
    if job.company and _industry(page) in STAFFING_INDUSTRIES:
        job.poster, job.company = job.company, ""  # an agency posting for an employer it does not name
    job.board = NAME
    job.board_job_id = found_id
    job.job_url = job_url(found_id) if found_id else page.address
    return job_found(NAME, job, confidence, hiring_team(page), posting.errors)
