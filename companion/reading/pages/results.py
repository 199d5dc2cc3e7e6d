"""Building extraction results: what was found, what is missing, and how sure we are."""

from __future__ import annotations

import re
import unicodedata

from companion.reading.names import without_legal_form
from companion.reading.pages.regions import FULLY_REMOTE_JA, comma_before_region
from companion.reading.pages.text import clean_company, names_no_employer, posted_by_agency
from companion.reading.roles import GENDERS, title_without_lead
from companion.domain.facts import ContactFacts, Extraction, JobFacts

# The fields the popup asks the user for when a page did not show them.
ASKED_FIELDS = ("company", "title", "location")
PENALTY_PER_MISSING = 0.1
NO_JOB = "no job found on this page"
OPEN_ONE = "open one job and capture it"  # what to do on a list of jobs
_PLACES_APART = re.compile(r"\s+[|•·]\s+")


def missing_fields(job: JobFacts) -> list[str]:
    return [name for name in ASKED_FIELDS if not getattr(job, name)]


# a mark a list draws before a place: "■池袋駅直結", "◎ Hà Nội", "- Văn phòng" (not a name's own: "'s-Hertogenbosch")
_MARKS_BEFORE = re.compile(r"^[^\w(\['’]+")


def job_found(extractor: str, job: JobFacts, confidence: float,
              contacts: list[ContactFacts] | None = None, errors: list[str] | None = None) -> Extraction:
    """A job result; `confidence` is the method's, lowered for each field the page lacked. A
    recruiting agency's posting keeps the agency as its poster and leaves the employer to be
    filled in (it is not the company the user would work for)."""
    # One way to list places, whatever the page set them apart with ("San Francisco, CA | Seattle, WA",
    # "Charleston, WV • Remote").
    places = _PLACES_APART.sub("; ", _MARKS_BEFORE.sub("", job.location)).split("; ")
    job.location = _REMOTE_JA.sub("Remote", "; ".join(_without_remote_possible(comma_before_region(place)) for place in places))
    # (once the page is known for an ad)
    job.title = _STATUS_AFTER.sub("", _HOW_MANY_JA.sub("", title_without_lead(_without_ornaments(job.title))))
    job.title = _without_place_after(_without_town_after_gender(job.title, job.location), job.location)
    if not job.location and job.remote:
        job.location = "Remote"
    job.company = clean_company(job.company)  # (every reader's, here once)
    job.title = _without_employer_after(job.title, job.company)
    if job.company and posted_by_agency(job.company, job.description, job.title):
        job.poster, job.company = job.company, ""
    if names_no_employer(job.company):
        job.company = ""  # "Importante Empresa Productiva": the advertiser keeps its name back
    missing = missing_fields(job)
    return Extraction(
        extractor=extractor,
        confidence=round(max(0.05, confidence - PENALTY_PER_MISSING * len(missing)), 2),
        job=job,
        contacts=list(contacts or []),
        missing=missing,
        errors=list(errors or []),
    )


# A place's piece saying that some work from home is allowed, no place: "Lyon, télétravail partiel possible",
# "Home-Office möglich".
_REMOTE_POSSIBLE = re.compile(r"^(?:(?:partial|occasional)\s+)?(?:télétravail|teletrabajo|home[\s-]?office|remote(?:\s+work)?"
                              r"|mobiles\s+arbeiten)(?:\s+partiel(?:le)?|\s+parcial|\s+partially)?\s+"
                              r"(?:possible|posible|possibile|möglich|optional|available)$", re.IGNORECASE)


# The ad's status in brackets after the role: "AX 엔지니어 (채용 중)" (Korean: hiring now), "(募集中)", "(now hiring)", "(urgent)".
_STATUS_AFTER = re.compile(r"\s*[(（]\s*(?:채용\s*중|모집\s*중|募集中|now\s+hiring|hiring|urgent|dringend|urgente)\s*[)）]$",
                           re.IGNORECASE)
# How many are hired, written after the role in Japanese: "Webエンジニア 若干名" (a few), "看護師 2名".
_HOW_MANY_JA = re.compile(r"\s+(?:若干名|\d+\s*名)$")
# Japanese for working fully remotely, as a place: "フルリモート勤務可" (full remote work allowed), "完全在宅勤務".
_REMOTE_JA = re.compile(rf"^(?:{FULLY_REMOTE_JA})(?:勤務)?(?:可能?|OK|ＯＫ)?$")


# A town after the mark for every gender that ends a German role: "Kundendiensttechniker (w/m/d) Berlin".
_TOWN_AFTER_GENDER = re.compile(rf"^(?P<role>.+\((?:{GENDERS})\))\s*[-–,|]?\s*(?:in\s+)?(?P<town>[^()\d,]{{2,40}})$",
                                re.IGNORECASE)


def _without_town_after_gender(title: str, place: str) -> str:
    """A title without the town written after its mark for every gender, where the job's place begins with that town
    ("Freiberuflicher Ableser (m/w/d)" of "… (m/w/d) Lübeck" placed in Lübeck; not "Erzieher (m/w/d) Kita", though
    GeoNames lists a Kita); as written otherwise."""
    found = _TOWN_AFTER_GENDER.match(title)
    return found["role"] if found and place.casefold().startswith(found["town"].strip().casefold()) else title


_SET_APART = (", ", " - ", " – ", " — ", " | ", " / ")  # how a title sets the employer or the place apart after the role


def _without_place_after(title: str, place: str) -> str:
    """A title without the job's town written after a comma or a spaced dash ("Ohjelmistosuunnittelija/ -testaaja" of
    "… -testaaja - Jyväskylä" placed in Jyväskylä); as written otherwise."""
    return _without_after(title, {place, place.split(", ")[0]})


def _without_employer_after(title: str, company: str) -> str:
    """A title without the employer's name its data writes after a comma or a spaced dash ("Sovellusarkkitehti" of
    "Sovellusarkkitehti, Esko Systems Oy" in JSON-LD); as written otherwise."""
    return _without_after(title, {company, without_legal_form(company)})


def _without_after(title: str, names: set[str]) -> str:
    """A title without the first of the names it ends with, set apart after a comma, a spaced dash, a bar or a slash."""
    for name in names - {""}:
        for mark in _SET_APART:
            if title.casefold().endswith(f"{mark}{name}".casefold()) and len(title) > len(mark) + len(name):
                return title[:-len(mark) - len(name)].strip()
    return title


def _without_remote_possible(place: str) -> str:
    """A place without its pieces saying some work from home is allowed ("Lyon" of "Lyon, télétravail partiel possible")."""
    pieces = [piece for piece in place.split(", ") if not _REMOTE_POSSIBLE.match(piece.strip())]
    return ", ".join(pieces) or place


def _without_ornaments(title: str) -> str:
    """A title without the emoji a page draws before or after it ("Software Engineer 👷‍♀️👷"), and
    the joiners and variation marks that build them, or the dashes; one inside it stays ("C++ 🚀 Rust")."""
    ends = [at for at, letter in enumerate(title)
            if unicodedata.category(letter) not in _PICTOGRAPH_PARTS and not "\ufe00" <= letter <= "\ufe0f"]
    # (and the dashes drawn around it as an ornament: "- Pizza Chef -")
    return _DASHES_AROUND.sub("", title[ends[0]:ends[-1] + 1]) if ends else title


_DASHES_AROUND = re.compile(r"^[-–—]+\s+|\s+[-–—]+$")


# Emoji and their parts (symbols, skin tones, joiners; variation selectors apart), and spaces.
_PICTOGRAPH_PARTS = {"So", "Sk", "Cf", "Zs"}


def no_job(extractor: str, why: str, errors: list[str] | None = None) -> Extraction:
    """A verdict that the page holds no job, with the reason in the user's words."""
    return Extraction(extractor=extractor, reason=f"{NO_JOB}: {why}", errors=list(errors or []))


def fill_missing(job: JobFacts, other: JobFacts) -> JobFacts:
    """Copy into `job` every field it lacks and `other` has (the first reader wins)."""
    for name, value in vars(other).items():
        if getattr(job, name) in ("", None) and value not in ("", None):
            setattr(job, name, value)
    return job
