"""The last resort: a job title from the page's og: tags or document title, clearly low confidence.

It answers only for pages that look like a job ad (job words in the address or title), so
an article or a home page is "no job found" rather than an application named after it.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from companion.domain.facts import JobFacts, Snapshot
from companion.reading.pages.html import Page, node_text, parents
from companion.reading.pages.labelled import IN_TEXT, labelled_facts, title_over_facts
from companion.reading.pages.places import location_in_markup, place_in_byline, place_in_page_state, place_under_heading
from companion.reading.pages.results import job_found, no_job
from companion.reading.pages.text import html_to_text
from companion.domain.addresses import is_web_url, site_label
from companion.domain.hosts import hiring_tool
from companion.reading.roles import role_at_employer
from companion.reading.names import spells, squeezed, written_as
from companion.reading.pages.urls import host, path_parts

NAME = "fallback"
CONFIDENCE = 0.4  # before the per-missing-field penalty: a typical result ends near 0.2

_JOB_WORDS = re.compile(
    r"job|career|vacanc|position|opening|recruit|hiring|stelle|stilling|emploi|empleo|vacature|apply|bewerb",
    re.IGNORECASE,
)
# "Title | Job ad | Jobindex": the pieces after the last separators that only name the site.
_LAST_PIECE = re.compile(r"^(?P<rest>.+)\s+[|·•–—-]\s+(?P<last>[^|·•–—]+?)\s*$")
_FIRST_PIECE = re.compile(r"^\s*+(?P<first>[^|·•–—\s][^|·•–—]*?)\s++[|·•–—-]\s++(?P<rest>.+)$")  # "Jobs.GE - …"
TITLE_LIMIT = 500  # characters; longer "titles" are not job titles, and this bounds the regex work
_GENERIC_LABELS = {"job", "jobs", "job ad", "job advert", "job posting", "job details",
                   "career", "careers", "stellenanzeige", "jobannonce",
                   "application", "apply", "bewerbung", "candidature", "postuler", "solicitud"}
# The words before an employer's name in a title's last piece: "… | Jobs bei comparis.ch".
_EMPLOYER_LEAD = re.compile(
    r"^(?:jobs?|careers?|karriere|stellenangebote|emplois?|offres d'emploi|vacatures|empleos?|working)\s+"
    r"(?:bei|at|with|chez|à|bij|en|presso)\s+",
    re.IGNORECASE,
)
# An application form's title that names the employer and not the job: "Bewerbe dich bei Helsana.",
# "Deine Bewerbung bei Smile", "Apply to Acme".
_APPLYING_AT = re.compile(
    r"^(?:bewirb dich|bewerbe dich|(?:deine|ihre|your)\s+(?:bewerbung|application)|apply(?:ing)?(?: now)?|postulez|postuler)"
    r"\s+(?:bei|at|to|with|chez|auprès de)\s+(?P<employer>[^|–—]+?)[.!]?$",
    re.IGNORECASE,
)
# A document title naming the employer before the site's sections: "Lowe's Companies Inc - Job details",
# "SAIC: Careers: Career Opportunities".
_SECTION = (r"(?:job\s+(?:details|posting|description)|careers?|career\s+opportunities|jobs|job\s+opportunities"
            r"|employment(?:\s+opportunities)?)")
_EMPLOYER_AND_LABEL = re.compile(rf"^(?P<employer>[^:|–—]{{2,60}}?)(?:\s*[:|–—-]\s*{_SECTION})+$", re.IGNORECASE)
_SECTION_ALONE = re.compile(rf"^{_SECTION}$", re.IGNORECASE)
# A careers site's title naming its owner: "Find job and career opportunities with DeVry University".
_OPPORTUNITIES_WITH = re.compile(r"\b(?:opportunities|careers|jobs)\s+(?:with|at)\s+(?P<employer>[^|–—]{2,60}?)[.!]?$", re.IGNORECASE)
# A title that says what kind of page it is, not which job: "Job Posting Details".
_NAMES_NO_JOB = re.compile(r"^(?:job\s+(?:posting\s+)?details?|job\s+description|job\s+posting|job\s+ad(?:vert)?"
                           r"|vacancy(?:\s+details)?|jobannonce|stellenanzeige|offre\s+d['’]emploi)$", re.IGNORECASE)
# First labels of an applicant-tracking site's address that name the site, not the employer.
_SERVICE_LABELS = {"www", "apply", "jobs", "careers", "job-boards", "boards", "app", "hire"}
# Sites that list other employers' jobs: their name in a title is the board's, not the employer's.
JOB_BOARDS = frozenset({
    "careerbuilder", "dice", "glassdoor", "indeed", "infojobs", "jobbank", "jobindex", "jobsdb", "linkedin",
    "monster", "naukri", "reed", "seek", "simplyhired", "stepstone", "totaljobs", "welcometothejungle", "xing",
    "ziprecruiter", "workatastartup", "wellfound", "builtin", "otta", "weworkremotely", "remoteok",
})


# A careers index rather than one job: its title only names the list ("Careers", "Current
# openings", "Search for an open position at Climeworks!").
_LISTING_TITLE = re.compile(
    r"^(?:(?:our\s+|current\s+|open\s+|job\s+)?(?:careers?|jobs|openings|positions|vacancies|opportunities|roles)"
    r"(?:\s+at\s+.+)?|join\s+(?:us|our\s+team)|work\s+with\s+us"
    r"|(?:search|find|browse|explore|view|see)\b.{0,40}\b(?:jobs?|positions?|openings?|opportunities|roles|vacancies)"
    r"(?:\s+(?:at|with)\s+.+)?"
    # a board's search, named for what was searched: "Manager Jobs und Stellenangebote", "Manager Jobs | 10.100+ offen"
    r"|[^|–—-]{1,60}?\s(?:jobs|stellenangebote|vacatures|emplois|empleos)(?:\s+(?:und|and|&)\s+stellenangebote)?"
    r"(?:\s+[|–—-]\s+.*)?)"
    r"[!.]?$",
    re.IGNORECASE,
)
# Words that say a list wherever they stand: a count of jobs ("36 Jobs & Stellenangebote in
# 40210", "2,696 results", "119 Staff Platform Architect Jobs (NOW HIRING)"), jobs (plural) in a place ("Sponsorship Jobs in United Kingdom"),
# a board's suggestions ("Recommended Jobs For You"), a site's home page ("Welcome to …").
_LISTING_WORDS = re.compile(
    r"\b(?P<count>\d[\d.,]*\+?)\s+(?:[^\s|–—]+\s+){0,4}?(?:jobs|stellenangebote|treffer|results|offres|emplois|empleos|vagas|vacatures|вакансі[йї]|вакансий)(?!\w)"
    r"|(?<=\w)\s(?:jobs|vacancies|stellenangebote)\s+in\s|^(?:recommended|suggested|similar|latest|new|top)\s+jobs\b"
    # jobs (plural) of somewhere or something first: "Jobs in Zimbabwe", "Вакансії за запитом «python»", "Vagas de Emprego de …"
    r"|^(?:jobs|vacancies|vacatures|вакансії|вакансии|vagas|empleos|trabajos|ofertas|offres|stellenangebote|oferty)"
    r"\s+(?:in|at|for|за|в|у|de|em|en|à|bei|w|na)\s"
    r"|^welcome\s+to\b|\bjob\s+(?:network|portal|board)\b|(?:stellen|job|karriere)(?:portal|börse)\b"  # a site saying what it is
    r"|\bportal\s+de\s+(?:trabajos?|empleos?)\b|\bbolsa\s+de\s+(?:trabajo|empleo)\b"
    r"|^[^|–—]{1,80}\s(?:is|are)\s+hiring!?$",  # a company's page: "Phantombuster is hiring!"
    re.IGNORECASE,
)


def handles(url: str) -> bool:
    return is_web_url(url)


def _domain(page: Page) -> str:
    return squeezed(site_label(host(page.url))) if "." in host(page.url) else ""  # "jobindex" from www.jobindex.dk


def _account(page: Page) -> str:
    """On an applicant-tracking site, the employer's account: comparis-ch.jobs.personio.de,
    apply.workable.com/crypto-finance/ ("" elsewhere)."""
    name = host(page.url)
    if not hiring_tool(name)[1]:
        return ""
    first = name.split(".")[0]
    if first not in _SERVICE_LABELS:
        return squeezed(first)
    parts = path_parts(page.url)
    return squeezed(parts[0]) if parts else ""


def _site_names(page: Page) -> set[str]:
    """The site's names: its site name whole and each of its pieces ("개발자 커리어 점프, 점핏": a
    slogan, then the name), the name its address spells, its account on a hiring site."""
    site_name = page.meta("og:site_name")
    return {squeezed(site_name), *map(squeezed, re.split(r"[,|·–—:]", site_name)), _domain(page), _account(page)} - {""}


# A title's last pieces that name a site by their shape: an address ("GOV.UK", "jobs.ch"), a
# board's or careers site's name ("Civil Service Jobs", "Initech Careers").
_SITE_SHAPED = re.compile(r"^[\w-]+(?:\.[a-z]{2,})+$|^(?:[A-Z][\w&.'’-]*\s+){1,3}(?:Jobs|Careers)$", re.IGNORECASE)


def _names_site(piece: str, names: set[str]) -> bool:
    """Whether a title's piece only names the site: "Jobs", "Jobindex", "Jobs bei comparis.ch",
    "GOV.UK", "Civil Service Jobs"."""
    written = _EMPLOYER_LEAD.sub("", piece)
    return piece.lower() in _GENERIC_LABELS or bool(_SITE_SHAPED.match(piece.strip())) or any(
        spells(name, written) or spells(name, written.split(".")[0]) for name in names)


def page_title(page: Page) -> str:
    """The title the page announces (og:title, else its document title) without the site's name."""
    return _title_and_site(page)[0]


def _title_and_site(page: Page) -> tuple[str, str]:
    """The title without the site's name, and that name as the title wrote it ("" if none)."""
    announced = [title for title in (page.meta("og:title", "twitter:title"), page.title) if title]
    # an og:title that only names the site ("LEO Pharma" over the title "LEO Pharma - Clinical
    # disclosure specialist") gives way to the document's title
    named = [title for title in announced if squeezed(title) not in _site_names(page)] or announced or [""]
    return _without_site(page, named[0][:TITLE_LIMIT])


def _fuller_heading(page: Page, title: str) -> str:
    """A heading that says more than the document's title ("Développeur C# – Applications métier
    critiques" under "Développeur C# | BS-Team SA") is the title a person reads."""
    heading, _ = _without_site(page, page.text("h1")[:TITLE_LIMIT])
    longer = squeezed(title) and len(heading) > len(title) and squeezed(heading).startswith(squeezed(title))
    return heading if longer else title


def _headed_part(page: Page, title: str) -> str:
    """A title's part before its last separator where a heading of the page reads just that
    ("Looking for a video editor" under the title "Looking for a video editor - Web & Mobile
    Design": the rest is the site's section); the title otherwise."""
    headings = {node_text(heading) for heading in page.css("h1, h2, h3, h4")}
    rest = title
    while match := _LAST_PIECE.match(rest):
        rest = match["rest"].strip()
        if rest in headings:
            return rest
    return title


def _without_site(page: Page, title: str) -> tuple[str, str]:
    names, site = _site_names(page), ""
    if (match := _FIRST_PIECE.match(title)) and {squeezed(match["first"]), squeezed(match["first"].split(".")[0])} & names:
        title, site = match["rest"].strip(), match["first"].strip()  # the site's name first: "Jobs.GE - …"
    while (match := _LAST_PIECE.match(title)) and _names_site(match["last"], names):
        title = match["rest"].strip()
        if match["last"].strip().lower() not in _GENERIC_LABELS:
            site = site or _EMPLOYER_LEAD.sub("", match["last"].strip())
    if _domain(page) in JOB_BOARDS:
        title = _BOARD_PLACE_SUFFIX.sub("", title) or title
    return title, site


# A board's words after the job's title: "Barista Job in Leeds" (its plural names a search).
_BOARD_PLACE_SUFFIX = re.compile(r"\s+job\s+in\s+[^|–—]+$", re.IGNORECASE)  # "Barista Job in Leeds"


def employer_from_title(page: Page, site: str) -> str:
    """On an employer's own careers site ("Data Scientist – Vercel" at vercel.com), the site's
    name in the title is the employer; on a job board it is the board's."""
    domain, account = _domain(page), _account(page)
    if account:
        return site if spells(account, site) else ""
    return site if domain and spells(domain, site) and domain not in JOB_BOARDS else ""


def listed_in(title: str) -> str:
    """What the title says the page lists ("36 jobs", "jobs"), or "" where it names one job."""
    listing = _LISTING_WORDS.search(title)
    if listing and listing["count"]:
        return "1 job" if listing["count"] == "1" else f"{listing['count']} jobs"
    return "jobs" if listing or _LISTING_TITLE.match(title.strip()) else ""


def _in_menu(page: Page, title: str) -> bool:
    """Whether the title is a link of the site's menus (a section such as "지역·동네 알바", part-time
    jobs by area), which one job's title never is; a breadcrumb's last link may be the page's own."""
    return any(node_text(link) == title and not any("breadcrumb" in (parent.attributes.get("class") or "").lower()
                                                    for parent in parents(link))
               for link in page.css("nav a, [class*='menu' i] a, [class*='nav' i] a"))


# The last part of a search's address: "/search", "/jobsearch", "/suche".
_SEARCH_PATHS = {"search", "jobsearch", "results", "suche", "recherche", "buscar", "busca", "ricerca", "zoeken", "szukaj"}
# The last part of a list's address, one job's never: "/fr/jobs", "/en/jobs/vacancies.htm".
_LIST_PATHS = {"jobs", "careers", "vacancies", "openings", "positions", "stellen", "stellenangebote", "emplois",
               "empleos", "vagas", "vacatures", "offres-emploi", "ofertas-empleo"}
# A search saying what it found: "Your search returned 2573 results", "698610 Jobs Found".
_SEARCH_SAYS = re.compile(r"\byour\s+search\s+returned\s+(?P<count>\d[\d,.]*)\s+(?:results|jobs|matches)\b"
                          r"|\b(?P<found>\d[\d,.]*)\s+(?:jobs|vacancies)\s+found\b"  # not a picker's "244 results found"
                          r"|\b(?P<offres>\d[\d,.]*)\s+offre\(s\)\s+(?:répondent|correspondent|sont)\b",
                          re.IGNORECASE)
# A page of the user's own account: "Career Opportunities: My Profile", "Sign in".
_ACCOUNT_PAGE = re.compile(r"^(?:my\s+(?:profile|account|applications|jobs)|candidate\s+profile|sign\s+in|log\s*in|sign\s+up)$",
                           re.IGNORECASE)


def _not_one_job(page: Page, title: str) -> str:
    """Why the page shows no one job, in the user's words ("" where nothing says so)."""
    if title and (listed := listed_in(title)):
        return f"it lists {listed} (a careers page or a search)"
    if title and _in_menu(page, title):
        return f"“{title}” is a section of the site (a link in its menu)"
    if any(_ACCOUNT_PAGE.match(piece.strip()) for piece in re.split(r"[:|–—-]", title)):
        return "it is a page of your account on the site"
    parts = path_parts(page.url)
    last = parts[-1].lower().rsplit(".", 1)[0] if parts else ""
    if last in _SEARCH_PATHS:
        return "it shows a search's results"
    if last in _LIST_PATHS and not re.search(r"\d", urlsplit(page.url).query):
        return "it lists jobs (a careers page or a search)"
    if found := _SEARCH_SAYS.search(page.body_text):
        return f"it shows a search's {found['count'] or found['found'] or found['offres']} results"
    if _account(page) and len(parts) == (1 if host(page.url).split(".")[0] in _SERVICE_LABELS else 0):
        # the account alone: apply.workable.com/acme/, acme.jobs.personio.de/
        return "it is the employer's list of jobs on its hiring site"
    if title and squeezed(title) in _site_names(page):
        return "it shows only the site's name (a home page, or a check that you are not a robot)"
    return ""


def looks_like_job(page: Page, title: str) -> bool:
    """Job words in the address's path or first label (jobs.gem.com, apply.refline.ch; not the
    site's own name, which a board's every page carries), the title, or the page's type; or a
    Chinese board's hiring title."""
    labels = host(page.url).split(".")
    first = [labels[0]] if len(labels) >= 3 and labels[0] != "www" else []
    return bool(_JOB_WORDS.search(" ".join([*first, *path_parts(page.url), title, page.meta("og:type")]))
                or _HIRING_TITLE_ZH.match(title)) or _asks_to_apply(page)


# A link or button that applies for the job: "Apply now", "Apply at advertiser's site", "Jetzt bewerben".
_APPLY = re.compile(r"^(?:apply|postuler|postulez|candidater|bewerben|jetzt\s+bewerben|solicitar|inscribirme|candidatar(?:-se)?"
                    r"|candidati|solliciteer|ansök|søg\s+stillingen|hae\s+paikkaa)\b", re.IGNORECASE)
APPLY_CONTROLS = 3  # at most, a job's page repeats its one apply button; a list has one per job


def _asks_to_apply(page: Page) -> bool:
    """Whether the page asks the user to apply for one job: one to three apply links or buttons,
    all to the same place (a list of jobs has one per job)."""
    controls = [node for node in page.css("a, button")
                if _APPLY.match(node_text(node) or node.attributes.get("aria-label") or "")]
    targets = {node.attributes.get("href") or "" for node in controls}
    return 1 <= len(controls) <= APPLY_CONTROLS and len(targets) <= 2


# Chinese boards (BOSS直聘, 猎聘) title a job "「<role>招聘」_<employer>招聘-<site>" (招聘: hiring);
# a headhunter (猎头) posting names no employer.
_HIRING_TITLE_ZH = re.compile(r"^[「【\[]?(?P<role>[^」】\]_]+?)招聘[」】\]]?_(?P<employer>[^_]+?)招聘(?:信息)?(?:-[^_]*)?$")


def job_from_meta(page: Page) -> JobFacts:
    """What og: tags and the title say: a title, the employer where the site is its own or the
    title names it after the job, a description, the page's address."""
    return _read_meta(page)[0]


def _read_meta(page: Page) -> tuple[JobFacts, str, JobFacts]:
    """The job as job_from_meta reads it, the page's title it was read from (the site's name
    left out, the employer not yet split off), and what the page wrote beside labels."""
    announced, site = _title_and_site(page)
    own_site = employer_from_title(page, site)
    labelled = labelled_facts(page)
    role, employer = role_at_employer(announced)
    named_zh = _HIRING_TITLE_ZH.match(announced)
    if role and not own_site:  # a board's page
        title, company = role, employer
    elif named_zh:
        title, company = named_zh["role"], "" if "猎头" in named_zh["employer"] else named_zh["employer"]
    elif applying := _APPLYING_AT.match(announced):  # the user is asked for the job's title
        title, company = "", applying["employer"]
    else:
        title, company = _headed_part(page, _fuller_heading(page, announced)), own_site
    if sections := _EMPLOYER_AND_LABEL.match(title):  # "SAIC: Careers: Career Opportunities" names no job
        title, company = "", company or sections["employer"]
    if not labelled.title and (not title or _NAMES_NO_JOB.match(title)):
        heading = page.text("h1")
        title = title_over_facts(page) or ("" if _SECTION_ALONE.match(heading) else heading) or title
    if labelled.title and not company and (named := _EMPLOYER_AND_LABEL.match(page.title) or _OPPORTUNITIES_WITH.search(page.title)):
        company = named["employer"]  # "Archstone - Job details" over a labelled "Job Title: Door Attendant"
    job = JobFacts(
        title=labelled.title or title,  # "Job Title: Door Attendant" says more than a title naming the site
        company=company or labelled.company,
        location=(labelled.location or location_in_markup(page) or place_in_byline(page) or place_under_heading(page)
                  or place_in_page_state(page)),
        job_url=page.address,
        description=html_to_text(page.meta("og:description", "description")),
    )
    return job, announced, labelled


# How the last resort read each field, in the page panel's words: on a page no reader knows,
# each is a guess the user is asked to check (an applicant-tracking site's own tags are not).
GUESSED = {"title": "from the page's title", "company": "from the page's title", "location": IN_TEXT}


def extract(snapshot: Snapshot):
    page = Page(snapshot)
    job, announced, labelled = _read_meta(page)
    if why := _not_one_job(page, job.title):
        return no_job(NAME, f"{why}; open one job and capture it")
    if not (job.title or job.company) or not (looks_like_job(page, announced) or labelled.title):
        return None
    job.guessed = {name: why if getattr(job, name) != getattr(labelled, name) else IN_TEXT
                   for name, why in GUESSED.items() if getattr(job, name)}
    if not job.company and (employer := _employer_of_site(page)):
        job.company, job.guessed["company"] = employer, "from the site's address"
    return job_found(NAME, job, CONFIDENCE)


_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?P<owner>[^.|\n]{1,80})", re.IGNORECASE)
def _employer_of_site(page: Page) -> str:
    """On an employer's own site, the name its address spells as the site writes it where it
    names itself, in its site name, a logo's text or its copyright line ("OpenAI" on openai.com);
    "" on a job board or an applicant-tracking site, or where it never writes it so."""
    domain = _domain(page)
    if not domain or domain in JOB_BOARDS or hiring_tool(host(page.url))[0]:
        return ""
    owners = [page.meta("og:site_name"), *(image.attributes.get("alt") or "" for image in page.css("img[alt]")),
              *copyright_owners(page)]
    return written_as(domain, owners)


def copyright_owners(page: Page) -> list[str]:
    """Who the page's copyright lines name ("Presidio, Inc" for "© 2025 Presidio, Inc.")."""
    return [found["owner"].strip() for found in _COPYRIGHT.finditer(page.body_text)]
