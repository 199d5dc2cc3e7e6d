"""Text cleaning for what pages say: entities undone, tags and odd spaces dropped, board suffixes cut."""

from __future__ import annotations

import html
import re

from companion.reading.markup import MarkupRefused, parse_html

DESCRIPTION_LIMIT = 20_000  # characters kept of a job description; the rest is noise for us

_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2007\u202f\u200b]+")
_SOFT_HYPHEN = "\u00ad"  # where a word may break, shown only if it does: "Anfor&shy;derungen" reads "Anforderungen"
# (a block's start ends the line before it too, where inline words run into it: "<span>Full time<hr></span><div>Initech is …")
_BLOCK_END = re.compile(r"<br\s*/?>|<hr\b[^<>]*>|</(?:p|li|div|h[1-6]|tr|ul|ol)>|(?=<(?:p|div|h[1-6]|ul|ol|li|table)\b)",
                        re.IGNORECASE)
_ESCAPED_TAG = re.compile(r"&lt;/?[a-zA-Z]")
_SPACES_AND_BREAKS = re.compile(r"\s+")
_PRE = re.compile(r"<pre\b", re.IGNORECASE)  # preformatted text keeps its lines
# "Canonical - Jobs", "Acme | Careers": a board's label glued to the employer's name.
# (or the employer's careers site named for it: "Afni Job Careers Portal")
_BOARD_SUFFIX = re.compile(r"\s+[-–—|:]\s*(?:jobs?|careers?|hiring|job openings)\s*$"
                           r"|\s+(?:jobs?\s+)?(?:careers?|jobs?)\s+(?:portal|site)$"
                           r"|\s+blog$"  # (its blog's name: "Codeando México Blog")
                           # its recruiting site's, Japanese: "リンクバル エンジニア採用" (engineers' hiring), "… 新卒採用サイト"
                           r"|\s+\S{0,10}採用(?:サイト|ページ|情報)?$", re.IGNORECASE)


def unescape(value: str) -> str:
    """Undo HTML entities, also when a site escaped them twice (`&amp;amp;`)."""
    for _ in range(3):
        plain = html.unescape(value)
        if plain == value:
            break
        value = plain
    return value


def clean_text(value) -> str:
    """One line of plain text from a name, title or place as a page gave it (None gives "")."""
    if value is None or isinstance(value, (dict, list)):
        return ""
    text = _TAG.sub(" ", unescape(str(value))).replace(_SOFT_HYPHEN, "")
    return " ".join(_SPACES.sub(" ", text).split())


def clean_company(value) -> str:
    """The employer's name, without a job board's label such as " - Jobs", its careers site's ("… Careers Portal") or its
    blog's ("Codeando México Blog"), a sentence's lower-case article before it ("the Technology Transformation Services"),
    the years of a copyright line after it ("Стоматология "Факел" 2009-2024") or quotation marks around it all
    ("“Помощь окнам”"), or a trade mark's sign ("Профи-стрижка™")."""
    name = _YEARS_AFTER.sub("", _BOARD_SUFFIX.sub("", _MARK_SIGNS.sub("", clean_text(value)))).strip()
    # a sentence's article, in lower case ("the Technology Transformation Services"); a capital "The" may be the name's own
    # ("The Coffee Mom"), unlike the one starting a sentence that labelled._without_article drops
    name = re.sub(r"^the\s+(?=[A-Z])", "", name)
    # a description after a dash, in lower case: "UNIQUE (ЮНИК) — бутик отделочных материалов" (a boutique of …), "INTRID -
    # разработка сайтов" (making websites)
    named, described = around_last_dash(name)
    if described[:1].islower() and not any(f" {dash} " in named for dash in "—–-"):
        name = named
    return quoted[1] if (quoted := _QUOTED.match(name)) else name


def around_last_dash(text: str, dashes: str = "–—-") -> tuple[str, str]:
    """The words before and after the last of these dashes, where spaces set it apart ("Business Developer (Parttime)"
    and "The Venturi Tribe"); ("", "") where none does."""
    at = max(text.rfind(dash) for dash in dashes)
    if at <= 0 or at + 1 >= len(text) or not (text[at - 1].isspace() and text[at + 1].isspace()):
        return "", ""
    return text[:at].strip(), text[at + 1:].strip()


# (a range, or after "©": a year alone may be the name's own, "Studio 2000")
_YEARS_AFTER = re.compile(r"\s+(?:©\s*(?:19|20)\d\d|(?:©\s*)?(?:19|20)\d\d\s*[-–—]\s*(?:(?:19|20)\d\d|present|now))$",
                          re.IGNORECASE)
_MARK_SIGNS = re.compile(r"\s*[™®℠]")
_QUOTED = re.compile(r"^[\"“«„'](?P<name>[^\"“”«»„]+)[\"”»“']$")


def first_text(*values) -> str:
    """The first value that is non-empty once cleaned."""
    for value in values:
        text = clean_text(value)
        if text:
            return text
    return ""


def html_to_text(fragment) -> str:
    """Readable plain text from an HTML fragment (also one whose tags arrived escaped)."""
    if not isinstance(fragment, str) or not fragment.strip():
        return ""
    if _ESCAPED_TAG.search(fragment):
        fragment = unescape(fragment)
    if _TAG.search(fragment) and not _PRE.search(fragment):
        # Markup: a line break in its source is a space, as a browser shows it (a paragraph
        # wrapped at 100 columns is one line); its blocks and <br> end the lines. Plain text
        # (a JSON-LD description without tags) keeps its own line breaks.
        fragment = _SPACES_AND_BREAKS.sub(" ", fragment)
    marked = _BLOCK_END.sub(lambda tag: tag.group(0) + "\n", fragment)
    try:
        body = parse_html(f"<body>{marked}</body>").body
        raw = body.text(deep=True) if body is not None else ""
    except MarkupRefused:  # keep the words, drop the tags, without building the tree
        raw = unescape(_TAG.sub("", marked))
    lines = (" ".join(_SPACES.sub(" ", line).split()) for line in raw.splitlines())
    text = "\n".join(line for line in lines if line)
    return text[:DESCRIPTION_LIMIT]


# Recruiting agencies that post jobs for employers they do not name (the largest staffing and
# search firms, as job boards show them), and the words such a posting uses for the employer.
RECRUITING_AGENCIES = frozenset({
    "adecco", "aerotek", "akkodis", "allegis group", "apex systems", "beacon hill staffing group", "cybercoders",
    "experis", "express employment professionals", "harvey nash", "hays", "hudson", "insight global", "jobot",
    "kelly services", "kforce", "korn ferry", "manpower", "manpowergroup", "michael page", "modis",
    "motion recruitment", "page personnel", "pagegroup", "randstad", "robert half", "robert walters", "spherion",
    "teksystems", "vaco",
})
_UNNAMED_CLIENT = re.compile(
    r"\b(?:our|my) client(?:\s+is|[,:]|\s+an?\b)|\bon behalf of (?:our|my|a|an) client\b"
    r"|\b(?:i['’]m|i am|we['’]re|we are)\s+(?:exclusively\s+)?(?:representing|recruiting for|partnering with)\s+an?\b"
    # the same in other languages, one client named by none: "für unseren Kunden", "notre client est"
    r"|\b(?:für|fuer)\s+unseren\s+kunden\b|\bunser\s+kunde\b|\bim\s+auftrag\s+unseres\s+kunden\b"
    r"|\bnotre\s+client(?:\s+est|,)|\bpour\s+le\s+compte\s+de\s+notre\s+client\b|\bnuestro\s+cliente(?:\s+es|,)"
    r"|\bper\s+(?:conto\s+di\s+)?un\s+nostro\s+cliente\b|\bonze\s+klant\s+is\b"
    # the partner it recruits for, as a sentence's subject: "Unser ROCKEN® Partner unterstützt…", "Our partner is a…"
    r"|\bunser(?:\s+\S+)?\s+partner\s+(?:ist|sucht|unterstützt|bietet|entwickelt|gehört)\b|\bour\s+partner(?:\s+company)?(?:\s+is|,)",
    re.IGNORECASE,
)


# A name that says its business is finding people for others ("Supreme Recruitment Services",
# "Kaizen Recursos Humanos"), and a job title that names that same work (the agency's own job).
_RECRUITER_NAME = re.compile(r"\b(?:recruit(?:ment|ing|ers?)|staffing|personnel|headhunt(?:ers?|ing)|executive\s+search"
                             r"|recursos\s+humanos|personalvermittlung|personaldienst(?:e|leistungen)?|intérim|interim)\b",
                             re.IGNORECASE)
_RECRUITING_ROLE = re.compile(r"recruit|talent|sourc(?:er|ing)|headhunt|consultant|reclutador|personalberater", re.IGNORECASE)
# The employer such a name writes for, described and not named: "to join a busy manufacturing company",
# "para trabajar dentro de Compañía líder".
_UNNAMED_EMPLOYER = re.compile(
    r"\b(?:join|work(?:ing)?\s+(?:for|with|in)|trabajar\s+(?:en|dentro\s+de|para)|für|bei)\s+(?:an?\s+|una?\s+|eine[mnr]?\s+)?"
    r"(?:[\w-]+\s+){0,3}(?:company|business|firm|organi[sz]ation|manufacturer|employer|compañía|empresa|unternehmen)\b",
    re.IGNORECASE)


# A page saying what its advertiser is: "Jobs Contact je pracovní agentura" (Czech: is an employment
# agency), "Initech is a recruitment agency", "Initech ist eine Personalvermittlung".
# (or says what it provides: "Wisehead Hunters provide high quality full-life cycle recruitment services in the IT Sector")
_IS_AN_AGENCY = (r"(?:\s+(?:is|je|ist|est)\s+(?:an?\s+|eine\s+|une\s+)?(?:(?:leading|specialist|international)\s+)?"
                 r"(?:(?:recruitment|recruiting|staffing|employment|personnel|pracovní|personální)\s+agen(?:cy|tura)"
                 r"|personalvermittlung|personaldienstleister|agence\s+de\s+recrutement)"
                 # (recruiting its one business: not "provides HR software and recruitment services")
                 r"|\s+(?:provides?|offers?)\s+(?:(?!and\b|or\b)[\w-]+\s+){0,4}(?:recruitment|recruiting|staffing|headhunting)"
                 r"\s+services)\b")


def says_it_is_an_agency(company: str, text: str) -> bool:
    """Whether the page says the company it names is a recruiting agency: its name or the first of
    its words ("Jobs Contact" of "Jobs Contact Personal, s.r.o."), then "is an employment agency"
    (one search of the text for them all)."""
    words = company.replace(",", " ").split()
    names = "|".join(re.escape(" ".join(words[:size])) for size in range(len(words), 0, -1))
    return bool(names) and re.search(rf"(?:{names}){_IS_AN_AGENCY}", text, re.IGNORECASE) is not None


# An employer described, not named, as a board shows an advertiser who keeps its name back: "Importante Empresa
# Productiva" (an important productive company), "Empresa confidencial", "Confidential", "A leading company".
_DESCRIBED_EMPLOYER = re.compile(
    r"^(?:(?:an?|una?)\s+)?(?:(?:importante|reconocida|prestigiosa|destacada|gran|leading|major|well[- ]known|large)\s+)+"
    r"(?:empresa|compañía|company|firm|employer|organi[sz]ation|multinacional|corporation)\b"
    r"|^(?:(?:empresa|company|employer|compañía)\s+)?(?:confidencial|confidential|anónima|anonymous)$", re.IGNORECASE)


def names_no_employer(company: str) -> bool:
    """Whether a company's "name" only describes an employer that keeps its name back ("Importante Empresa Productiva")."""
    return bool(_DESCRIBED_EMPLOYER.search(company.strip()))


def posted_by_agency(company: str, description: str, title: str = "") -> bool:
    """Whether a posting's "company" is a recruiting agency writing for an employer it does not
    name: a known agency, a posting that speaks of "our client", or a name that says it recruits
    over a description of an employer it does not name (unless the job is one of its own recruiters)."""
    return (" ".join(company.lower().split()) in RECRUITING_AGENCIES or bool(_UNNAMED_CLIENT.search(description or ""))
            or (bool(_RECRUITER_NAME.search(company)) and bool(_UNNAMED_EMPLOYER.search(description or ""))
                and not _RECRUITING_ROLE.search(title)))
