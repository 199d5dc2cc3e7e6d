"""Whether a page shows one job: what says it lists jobs (its title, its address, a search's
count in its text), shows a section of the site or the user's account, or only names the site.
Asked by the last-resort reader before it takes a page for a job, and by LinkedIn's of a search's
heading."""

from __future__ import annotations

import re
from functools import cache
from itertools import islice
from urllib.parse import unquote, urljoin, urlsplit

from companion.domain.facts import JobFacts
from companion.reading.names import has_legal_form, names_an_institution, squeezed
from companion.reading.pages.ad_signs import (MORE_JOBS, OF_SEVERAL, OPEN_APPLICATION_WORDS, WANTED_AFTER, ads_repeated,
                                              ads_written, apply_per_heading, asks_to_apply, classed_job_titles,
                                              gendered_heading, heads_a_section, heading_over_sections, job_wanted, jobs_in_tabs,
                                              leads_to_other_jobs, one_hired_for, one_joined_as, one_opening, one_post_in_prose,
                                              one_role_as, other_jobs_boxes, part_kinds, parts_left_empty, question_about,
                                              role_of_details, roles_headed_alike, roles_headed_first, states_a_job_term,
                                              without_marks, written_as_ad)
from companion.reading.pages.html import HOME_WORDS, Page, element_under, hidden, in_dialog, node_text, parents
from companion.reading.pages.labelled import (BRACKETED_AFTER, FIELDS, RECRUITS, TITLE_PIECES, WE, facts_repeated,
                                              in_site_menus, one_labelled_title, title_over_facts)
from companion.reading.pages.results import OPEN_ONE
from companion.reading.pages.urls import path_parts
from companion.reading.roles import marked_for_every_gender, names_a_job, names_a_role, role_to_become

# A careers index rather than one job: its title only names the list ("Careers", "Current
# openings", "Job Postings", "Jobs @ 4zero", "Offene Stellen bei 8COM", "Search for an open position at Climeworks!").
_LISTING_TITLE = re.compile(
    r"^(?:(?:our\s+|current\s+|open\s+|job\s+|offene\s+)?"
    r"(?:careers?|jobs|employment|openings|positions|postings|vacancies|opportunities|roles|listings|internships"
    r"|karriere|kari[eé]ra|recrutement|recruitments|recruitment\s+(?:19|20)\d\d"  # (not "Recruitment" over one post)
    r"|stellen(?:angebote|anzeigen)?|positionen|vakanzen)"  # (German: "Offene Positionen")
    # (Polish: "Kariera w LORUN"; "Job Openings with the Archer Lab", not "Careers with purpose")
    r"(?:\s+(?:at|@|bei|chez|w)\s+.+|\s+with\s+(?:the|us|our)\b.*)?"
    r"|join\s+(?:us|our\s+team)|work\s+(?:with|for)\s+us"
    r"|now\s+hiring(?:\s+[|–—-]\s+.*)?"  # a business's page of all it hires for: "Now Hiring | Even Steven's Landscape"
    # so said with more than one word before, the site's name may follow: "Our Open Roles — Initech Wiki"
    r"|(?:(?:our|current|open|job|offene)\s+){2,}(?:openings|positions|roles|vacancies|opportunities|jobs)(?:\s+[|–—-]\s+.*)?"
    r"|komm\s+(?:zu\s+uns|ins\s+team)|werde\s+teil\s+(?:unseres|des)\s+teams"  # join us, in German, French, Spanish
    r"|rejoignez[- ]nous|únete\s+a\s+(?:nosotros|nuestro\s+equipo)"
    r"|rejoignez\s+(?:l['’]aventure|l['’]équipe|notre\s+équipe)(?:\s+.+)?"  # French: join the adventure, the team
    r"|p[řr]idej(?:te)?\s+se\s+k\s+nám|pridaj(?:te)?\s+sa\s+k\s+nám"  # Czech, Slovak: join us
    r"|kariyer\s+fırsatları|(?:nos\s+)?offres\s+d['’]emplois?(?:\s+et\s+de\s+stages?)?"  # Turkish; French: (our) job offers
    # open offers, vacancies, posts: Spanish, Portuguese, French, Italian
    r"|ofertas\s+(?:abiertas|de\s+empleo)|vagas\s+abertas|offres\s+ouvertes|posizioni\s+aperte"
    r"|(?:vacantes|posiciones|plazas)\s+(?:abiertas|disponibles|activas|vigentes)"  # Spanish: open, available vacancies
    r"|(?:求人|採用)(?:情報)?一覧|募集職種一覧"  # Japanese: list of jobs (offered)
    # Chinese: (the official site's) recruiting, talent recruiting, seeking talents, join us ("EC 官网招聘")
    r"|(?:\w{1,20}\s?)?(?:官网招聘|人才招聘)|招贤纳士|加入我们"
    r"|(?:中途|新卒|キャリア)?採用情報|(?:中途|新卒|キャリア)採用"  # Japanese: hiring (mid-career, graduates)
    # work with us / at <employer>, in Italian, Spanish, Dutch, German, French
    r"|lavora\s+con\s+noi|trabaja\s+con\s+nosotros|werken\s+bij\s+.+|arbeiten\s+bei\s+.+|travailler\s+chez\s+.+"
    r"|(?:empleo|trabajo)\s+en\s+.+|jobbe?\s+(?:i|hos)\s+.+"  # jobs at <employer>: Spanish, Norwegian ("Jobbe i Point Taken?")
    # vacant jobs, open positions, job offers: Swedish, Norwegian, Danish, Finnish, Polish, Czech, Italian,
    # Portuguese, Spanish, Dutch; join us (Polish), work with us (Portuguese, Swedish)
    r"|(?:lediga|ledige)\s+(?:jobb|jobber|tjänster|stillinger)(?:\s+(?:hos|i|på)\s+.+)?|avoimet\s+työpaikat"
    r"|(?:aktualne\s+)?oferty\s+pracy|aktualne\s+oferty"
    # our jobs, careers at <employer>, find jobs (Swedish, Norwegian, Danish); recruiting, join us (Finnish)
    r"|(?:våra|våre|vores)\s+(?:jobb|jobber|jobs)|karri(?:är|ere)\s+(?:hos|i|på)\s+.+|(?:hitta|finn|find)\s+(?:jobb|job)\b.*"
    r"|rekrytointi|rekry|tule\s+meille\s+töihin"
    r"|(?:všechny\s+)?voln[éá]\s+(?:pozice|místa)(?:\s+.+)?|posizioni\s+aperte|offerte\s+di\s+lavoro|vagas(?:\s+abertas)?|ofertas\s+de\s+(?:empleo|trabajo)"
    r"|vacantes|vacatures|dołącz\s+do\s+(?:nas|zespołu(?:\s+.+)?)|trabalhe\s+conosco|jobba\s+hos\s+oss"
    r"|(?:toutes\s+(?:les|nos)\s+|nos\s+)offres(?:\s+d['’]emploi)?"  # French: all (our) job offers
    r"|empleos|trabajos|ofertas\s+laborales|bolsa\s+de\s+(?:trabajo|empleo)"  # Spanish: jobs, job offers, a job board
    # recruitment, careers (at <employer>), vacancies: Vietnamese, Indonesian ("Karir di RSMBS"), Malay ("Kerjaya Bersama
    # Anfloral", "Kekosongan Jawatan", "Jawatan Kosong")
    r"|tuyển\s+dụng|(?:karir|kerjaya)(?:\s+(?:di|bersama)\s+.+)?|lowongan(?:\s+kerja)?|kekosongan(?:\s+jawatan)?"
    r"|jawatan\s+kosong"
    # vacancies, open positions, job offers, careers: Russian, Ukrainian, Bulgarian, Turkish, Hungarian,
    # Serbo-Croatian, Slovak, Greek
    # (Russian, Ukrainian: available, current, open, our vacancies, of the company or a company by its legal form:
    # 'Доступные вакансии ОАО "Лоевский агротехсервис"', 'Вакансии компании "Лучшие окна"')
    r"|(?:(?:доступные|актуальные|открытые|текущие|наши|все|актуальні|відкриті|наші|всі)\s+)?(?:вакансии|вакансії)"
    # (the company's, by its legal form too: 'Вакансии компании ООО «Структура»'; or in a town: "Открытые вакансии в Дубае")
    r"(?:\s+(?:(?:компании|компанії)(?:\s+(?:ООО|ОАО|ЗАО|ПАО|АО|ТОВ|ТОО))?|(?:ООО|ОАО|ЗАО|ПАО|АО|ТОВ|ТОО)(?=\s*[«\"“]))"
    r"\s*[«\"“][^»\"”]{2,60}[»\"”]|\s+(?:в|у)\s+[А-ЯЁІЇЄ][\w-]+(?:\s+[А-ЯЁІЇЄ][\w-]+)?)?"
    r"|ваканции|açık\s+pozisyonlar|iş\s+ilanları|nyitott\s+pozíciók|állásajánlat(?:aink|ok)"
    r"|otvoren[ea]\s+pozicij[ea]|otvorené\s+pozície|ανοιχτές\s+θέσεις|karrier|kariyer|karijera|кариери"
    r"|jobs?\s+search(?:\s+results)?(?:\s+[|–—-]\s+.*)?"
    r"|(?:(?:search|find|browse|explore)\b.{0,40}\b(?:jobs?|positions?|openings?|opportunities|roles|vacancies)"
    r"|(?:view|see)\b.{0,40}\b(?:jobs|positions|openings|opportunities|roles|vacancies))"  # not "View job": one job
    r"(?:\s+(?:at|with)\s+.+)?"
    # a board's search, named for what was searched: "Manager Jobs und Stellenangebote", "Manager Jobs | 10.100+ offen";
    # a list of one kind of job: "Postdoc Openings"
    r"|[^|–—-]{1,60}?\s(?:jobs|openings|vacancies|postings|internships|stellenangebote|vacatures|emplois|empleos|roles|careers)"
    r"(?:\s+(?:near\s+(?:you|me)|available|now\s+open))?"  # a category's: "Pet sitter jobs near you", "Data Processor roles"
    r"(?:\s+(?:und|and|&)\s+(?:stellenangebote|careers|karriere))?"  # "Koch Jobs und Stellenangebote", "Initech Jobs and Careers"
    r"(?:\s+[|–—-]\s+.*)?)"
    r"(?:\s*\(?\d+\)?)?[!.]?$",  # with the count it holds, glued or in brackets: "Вакансии83", "Open positions (12)"
    re.IGNORECASE,
)
# Words that say a list wherever they stand: a count of jobs ("36 Jobs & Stellenangebote in
# 40210", "2,696 results", "119 Staff Platform Architect Jobs (NOW HIRING)"), jobs (plural) in a
# place ("Sponsorship Jobs in United Kingdom"), a board's suggestions ("Recommended Jobs For You"),
# a site's home page ("Welcome to …").
_LISTING_WORDS = re.compile(
    r"\b(?P<count>\d[\d.,]*\+?)\s+(?:[^\s|–—]+\s+){0,4}?(?:jobs|stellenangebote|treffer|results|offres|emplois|empleos|vagas|vacatures"
    r"|вакансі[йї]|вакансий|stillinger|tjänster|työpaikkaa|ofert|pozic|posizioni|vacantes"
    r"|việc\s+làm|lowongan)(?!\w)"  # Vietnamese, Indonesian: "Tuyển dụng 5.578 việc làm Kế toán"
    r"|(?<=\w)\s(?:jobs|vacancies|stellenangebote)\s+in\s|^(?:recommended|suggested|similar|latest|new|top)\s+jobs\b"
    # jobs (plural) of somewhere or something first: "Jobs in Zimbabwe", "Вакансії за запитом «python»", "Vagas de
    # Emprego de …", "Offerte di Python" (Italian)
    r"|^(?:jobs|vacancies|vacatures|вакансії|вакансии|vagas|empleos|trabajos|ofertas|offres|offerte|stellenangebote|oferty)"
    r"\s+(?:in|at|for|за|в|у|de|di|em|en|à|bei|w|na)\s"
    # Russian: an update, a review, a list of vacancies ("Обновление вакансий [Август’22]")
    r"|^(?:обновление|обзор|список|подборка|дайджест)\s+вакансий\b"
    r"|\b(?:все|всі)\s+(?:вакансии|вакансії)\b|\ball\s+(?:our\s+)?(?:jobs|vacancies|openings)\b"  # all (our) vacancies
    r"|^welcome\s+to\b|\bjob\s+(?:network|portal|board)\b|(?:stellen|job|karriere)(?:portal|börse)\b"  # a site saying what it is
    r"|\bportal\s+de\s+(?:trabajos?|empleos?|vagas)\b|\bbolsa\s+de\s+(?:trabajo|empleo)\b"
    r"|招聘网|人才网|求职网"  # Chinese: a hiring site, a talent network, a job-seeking site ("全国招聘网_全国人才网_…")
    # jobs (plural) of the kinds a list follows: "Remote Jobs: Design, Programming, Rails, Executive, and more."
    r"|^[^:|–—]{0,40}\b(?:jobs|vacancies|openings)\s*:\s*[^,]+,"
    rf"|^(?!(?:{'|'.join(sorted(WE))})\s)[^|–—]{{1,80}}\s(?:is|are)\s+hiring!?$"  # a company's page: "Phantombuster is hiring!"
    r"|招聘[，,、]?\s*求职",  # Chinese boards' searches: "【后端开发,游戏,…招聘，求职】-前程无忧" (hiring, job seeking)
    re.IGNORECASE,
)


# A piece of a title saying one job is wanted: "Psychiatrie Jobs in Duisburg – Facharzt (m/w/d) gesucht".
# (Hungarian, Turkish: "Grafikust keresünk!", "Django Geliştiricileri Arıyoruz", we seek)
_WANTED = re.compile(r"\S\s+(?:gesucht|wanted|gezocht|recherch[ée]e?s?|cercasi|keresünk|arıyoruz|aranıyor)[!.]?$", re.IGNORECASE)


# A count of openings first: "6 Vacancies Open At NCBA Bank" (not "Engineer (2 positions)", one ad for two).
_COUNT_FIRST = re.compile(r"^(?P<count>\d+)\s+(?:(?:new|open|current)\s+)?(?:vacancies|openings|positions)\b", re.IGNORECASE)


_VACANCIES = re.compile(r"^(?:job\s+)?vacanc(?:y|ies)$", re.IGNORECASE)  # (not "Careers | Underwriter", a category's)


def listed_in(title: str) -> str:
    """What the title says the page lists ("36 jobs", "jobs"), or "" where it names one job (a
    piece of it says the job is wanted)."""
    pieces = re.split(r"\s+[|–—-]\s+", title)
    if any(_WANTED.search(piece) for piece in pieces):
        return ""
    if len(pieces) == 2 and _VACANCIES.match(pieces[0]) and names_a_role(pieces[1]) and not pieces[1].endswith("s") \
            and not _LISTING_TITLE.match(pieces[1]):
        return ""  # the vacancies' section's name, then the one job's: "Job Vacancies – Building Services Engineer"
    if any(_KINDS_JOINED.match(without_marks(piece)) for piece in pieces):
        return "jobs"  # kinds of posts joined, each plural: "🎯 Internships & Co-ops"
    listing = _LISTING_WORDS.search(title) or _COUNT_FIRST.match(title)
    if listing and listing["count"]:
        return "1 job" if listing["count"] == "1" else f"{listing['count']} jobs"
    return "jobs" if listing or _LISTING_TITLE.match(title.strip()) else ""


# Kinds of posts, each plural, joined: "Internships & Co-ops", "Jobs and Internships", "Fellowships, Scholarships".
_PLURAL_KINDS = (r"(?:internships|co-?ops|apprenticeships|fellowships|scholarships|placements|traineeships|studentships|jobs"
                 r"|positions|vacancies|openings|opportunities|roles)")
_KINDS_JOINED = re.compile(rf"^{_PLURAL_KINDS}(?:\s*(?:,|&|\+|/|\band\b|\bund\b|\bet\b)\s*{_PLURAL_KINDS})+$", re.IGNORECASE)
# A company's careers, after its name: "Jobs and Careers", "Jobs und Karriere", "Careers" (a board titles one job
# "SR. Unix Administrator jobs - Dice.com": jobs alone say no company)
_CAREERS_OF = re.compile(r"(?:(?:jobs|emplois|empleos)\s+(?:and|&|und|et|y)\s+)?(?:careers|karriere|carrières|carreras)$",
                         re.IGNORECASE)


def _jobs_of(title: str, page_title: str) -> str:
    """Whose jobs and careers a piece of the page's title names where the heading read as the job's
    title is that name alone ("Cloudflare" for "Cloudflare Jobs and Careers | Welcome to the Jungle": a
    company's page on a board); "" where no piece does."""
    return next((title for piece in TITLE_PIECES.split(page_title)
                 if piece.strip().casefold().startswith(f"{title.casefold()} ")
                 and _CAREERS_OF.match(piece.strip()[len(title):].strip())), "")


# A title or heading saying only that its employer recruits: "Sysart rekrytoi", "Trackdéchets recrute" (the
# job, if any, in the line under it). (Not "<company> is hiring!", a board's page of the company's jobs.)
# (after the section's name and a comma: "Careers, We're Hiring")
HIRES_ALONE = re.compile(rf"^(?:(?:careers?|jobs|karriere|carrières?|empleo)\s*,\s*)?"
                         # (we recruit, first: "Nous recrutons !", Portuguese, Spanish, Italian)
                         rf"(?P<employer>[^:|–—]{{2,80}}?)(?:\s+(?:{RECRUITS}|recrutons|recrutamos|contratamos|assumiamo"
                         r"|(?:is|are)\s+(?:hiring|recruiting)|stell(?:en|t)\s+ein)"  # (German: "Wir stellen ein")
                         r"|['’]re\s+(?:hiring|recruiting))"  # "We're hiring!"
                         # (and where: "Wir stellen ein – bundesweit", nationwide)
                         r"(?:\s*[–—-]\s*(?:bundesweit|deutschlandweit|österreichweit|schweizweit|nationwide|landesweit))?"
                         r"\s*[!:.]?$", re.IGNORECASE)
# A heading counting the openings a page lists: "4 ledige stillinger - vil du være med på laget?", "12 open positions".
_OPEN_COUNT = re.compile(r"^(?P<count>\d+)\s+(?:ledige|lediga|open|offene|volné|avoimet|vacant|current|aktuelle)\s+\w+",
                         re.IGNORECASE)


def _open_count(page: Page) -> int:
    """How many openings a heading of the page (outside its menus) says it lists; 0 where none says."""
    return next((int(found["count"]) for node in page.css("h1, h2, h3")
                 if (found := _OPEN_COUNT.match(node_text(node))) and not in_site_menus(node, page)), 0)


LINKED_JOBS = 3  # at least: links to jobs' pages that make a list
_LINK_WORDS = 8  # at most, of a link to a job's page: "Senior Java Developer (Remote, m/w/d)"


def links_to_jobs(page: Page) -> int:
    """How many pages of jobs the page links to outside its menus: links naming a role in a few
    words ("Strategic Planner", "Art Director"), each to its own page; not those after a heading over
    other jobs, which one job's page ends with ("More Job Openings", "この求人に似ている求人")."""
    linked = set()
    for node in page.css("h2, h3, h4, a[href]"):  # (in the page's order)
        if node.tag != "a" and MORE_JOBS.match(node_text(node)):
            break
        if node.tag == "a" and _names_job(said := node_text(node)) and not node.attributes["href"].startswith("#") \
                and not in_site_menus(node, page):
            # (each job by its address and its name: a mock-up's list leads every job to one page, "jobdetail.html")
            linked.add((node.attributes["href"], said.casefold()))
    return len(linked)


# A job's page by its address: a folder of jobs, then the job's number or name ("/recruitments/1701271101",
# "/jobs/senior-engineer", "/stellenangebote/koch-m-w-d").
_JOB_PATH = re.compile(r"/(?:jobs?|recruitments?|vacanc(?:y|ies)|positions?|openings?|stellen(?:angebote)?|offres?"
                       r"|empleos?|vagas?|vacatures?|careers?|viewjob)/[^/]*[\w-]{3,}/?$", re.IGNORECASE)


def _job_links(page: Page) -> list:
    """The page's links to jobs' pages, by their paths."""
    return [link for link in page.css("a[href]") if _JOB_PATH.search(urlsplit(link.attributes.get("href") or "").path)]


def _links_to_job_addresses(page: Page) -> int:
    """How many jobs' pages the page links to outside its menus, each once; none leading here (nor sharing this page:
    "…/share-offsite/?url=…/careers/lead-medical-writer")."""
    return len({link.attributes.get("href") for link in _job_links(page)
                if not in_site_menus(link, page) and not _leads_here(link, page)})


def _links_naming(page: Page, title: str) -> bool:
    """Whether links to jobs' pages name the title's role: a kind of job's page listing its openings ("Registered Nurse"
    over "Registered Nurse - Ward 3"), not one job's leading on to others."""
    return sum(title.casefold() in node_text(link).casefold() for link in _job_links(page)) >= 2


# A link to read the rest on another page: "Read more", "Läs hela artikeln", "Lees meer", "Weiterlesen", "Lire la suite",
# "Leer más…", "Leia mais", "Continua a leggere", "詳細を見る", "続きを読む", "자세히 보기", "查看详情".
_READ_MORE = re.compile(r"^(?:read\s+(?:more|the\s+(?:full|whole)\s+(?:post|article))|continue\s+reading|läs\s+(?:mer|hela"
                        r"\s+(?:artikeln|inlägget))|lees\s+meer|weiterlesen|mehr\s+lesen|lire\s+la\s+suite|en\s+savoir\s+plus"
                        r"|leer\s+más|leia\s+mais|continua\s+a\s+leggere|詳細を見る|続きを読む|자세히\s*보기|查看详情)\W*$",
                        re.IGNORECASE)


def _reads_on(page: Page, title: str) -> int:
    """How many links, outside the site's menus, lead to the rest of a teaser on another page of the site: saying so
    ("Read more"), or a card whose heading names a role, the whole card the link ("<a href='/karriere/…'><h3>Finanz- und
    Lohnbuchhalter/in</h3><p>Wir suchen …</p></a>"). Not a card naming another role than the page's own title: the
    next opening's card under one job's ad ("Gestionnaire de produits – Robotique" under "Ingénieur en intégration …")."""
    own = title if names_a_role(title) and _an_h1(page, title) else ""
    return sum(1 for link in page.css("a[href]") if (_READ_MORE.match(node_text(link)) or _role_card(link, own)
                                                     or _details_here(link, page.url))
               and not in_site_menus(link, page) and not _leads_here(link, page)
               and not (link.attributes.get("href") or "").startswith("#"))


def _an_h1(page: Page, said: str) -> bool:
    """Whether the page heads itself with these words, in one of its h1s."""
    return any(node_text(node) == said for node in page.css("h1"))


# A sentence sending the reader on for the rest, its link the word "here": "See full opportunity details and application
# instructions here."
# (not "more information here", which an ad may say of its lab)
_DETAILS_AT = re.compile(r"\b(?:full|complete)\s+(?:[\w-]+\s+)?details\b", re.IGNORECASE)
_HERE = {"here", "hier", "ici", "aquí", "qui", "aqui"}


def _details_here(link, page_url: str) -> bool:
    """Whether a link is the word "here" in a sentence saying the full details are on another page of the site (not in a
    document, nor on a file-sharing site: "Full details of the role … can be found here", a job pack beside a short ad)."""
    there = urlsplit(link.attributes.get("href") or "")
    return node_text(link).casefold() in _HERE and link.parent is not None and bool(_DETAILS_AT.search(node_text(link.parent))) \
        and not _DOCUMENT.search(f"{there.path}?{there.query}") and (not there.netloc or there.netloc == urlsplit(page_url).netloc)


_DOCUMENT = re.compile(r"\.(?:pdf|docx?|odt|rtf)\b|download", re.IGNORECASE)  # (a document, however served)


def _role_card(link, role: str = "") -> bool:
    """Whether a link is a card whose heading names a role (that role, where one is given)."""
    heading = link.css_first("h1, h2, h3, h4, h5, h6")
    return heading is not None and names_a_job(said := node_text(heading)) \
        and (not role or squeezed(said) == squeezed(role))


_ITEM_WORDS = 15  # at most, of a list's item naming an opening: "Zelfstandig Agent m/v voor de project en retailmarkt België"


def _jobs_itemised(page: Page) -> int:
    """How many openings the longest list of the page holds, where its items are jobs marked for every
    gender ("Zelfstandig Agent m/v voor de project en retailmarkt Duitsland"), outside the site's menus.
    Each list's own items only: a list inside another is weighed on its own, once."""
    counts = ((listed, sum(item.tag == "li" and marked_for_every_gender(said := node_text(item))
                           and len(said.split()) <= _ITEM_WORDS for item in listed.iter()))
              for listed in page.css("ul, ol"))
    return max((count for listed, count in counts if count >= 2 and not in_site_menus(listed, page)), default=0)


def _names_job(said: str) -> bool:
    """Whether a link's words name a job, in a few words, as a link to its page does (not a post's title)."""
    return names_a_role(said) and len(said.split()) <= _LINK_WORDS


def title_labelled_alone(page: Page) -> str:
    """The one job's title the page labels ("Job Title: Youth Bike Coordinator"), where no heading names another role
    and no form offers it among others (a form's "Position:" over a list of roles to choose from); "" otherwise."""
    named = one_labelled_title(page)
    if not named or any(named in node_text(form) for form in page.css("form")):
        return ""
    roles = {said for node in page.css("h1, h2, h3, h4")
             if names_a_role(said := node_text(node)) and not in_site_menus(node, page)}
    return named if all(squeezed(named) in squeezed(said) for said in roles) else ""


def in_menu(page: Page, title: str) -> bool:
    """Whether the title is a link of the site's menus (a section such as "지역·동네 알바", part-time
    jobs by area), which one job's title never is; a breadcrumb's last link may be the page's own,
    and so may a menu's link marked as the page shown (a wiki's side menu of its pages) or one to a
    part of this page (a documentation site's "On this page" contents), or this one among other
    jobs' pages (a side menu of every job's page)."""
    return any(node_text(link) == title and not _names_this_job(link, page)
               and not (link.attributes.get("href") or "").startswith("#") and not _among_jobs_here(link, page)
               and not any("breadcrumb" in (parent.attributes.get("class") or "").lower() for parent in parents(link))
               for link in page.css("nav a, [class*='menu' i] a, [class*='nav' i] a"))


# A menu's class marking the link to the page shown ("active", WordPress's "current-menu-item").
_SHOWN_CLASS = re.compile(r"(?:^|\s)(?:active|is-active|current|current-menu-item|selected)(?:\s|$)", re.IGNORECASE)


def _names_this_job(link, page: Page) -> bool:
    """Whether a menu's link is this page's own: naming a role, marked, or its item classed, as the page
    shown ("Rekrytointi", recruitment, or "Empleo", so marked, is the section); or leading here where it
    names a role or the page is written as an ad (a blog's side list of its latest posts, this job's
    "Business recruiting" among them)."""
    role = names_a_role(node_text(link))
    return role and (link.attributes.get("aria-current") == "page" or any(
        _SHOWN_CLASS.search(node.attributes.get("class") or "") for node in (link, link.parent) if node is not None)) \
        or (role or written_as_ad(page)) and _leads_here(link, page)


_MENU_LEVELS = 3  # at most, from a menu's link up to the box of its links


def _folder(path: str) -> str:
    """A page's path as its folder's ("/careers/ml-engineer" for "/careers/ml-engineer/index.html")."""
    return re.sub(r"/index\.html?$", "", path).rstrip("/")


def _leads_here(link, page: Page) -> bool:
    """Whether a link leads to the page it is on (its path written with spaces or with their codes: "kariyera%20daha")."""
    here, there = (urlsplit(address) for address in (page.url, urljoin(page.url, link.attributes.get("href") or "")))
    return (there.netloc, _folder(unquote(there.path))) == (here.netloc, _folder(unquote(here.path)))


def _among_jobs_here(link, page: Page) -> bool:
    """Whether a menu's link leads to the page it is on and names a job beside a link to another
    job's page ("Campaign Manager / Evangelist" beside "Executive Managing Director / Operations"),
    not a section of the site."""
    if not _leads_here(link, page) or not _names_job(node_text(link)):
        return False
    box = next((parent for parent in islice(parents(link), _MENU_LEVELS) if len(parent.css("a")) >= 2), None)
    return box is not None and sum(_names_job(node_text(other)) for other in box.css("a")) >= 2


# The last part of a search's address: "/search", "/jobsearch", "/suche".
_SEARCH_PATHS = {"search", "jobsearch", "searchjobs", "searchresults", "results",
                 "suche", "recherche", "buscar", "busca", "ricerca", "zoeken", "szukaj"}
# A blog's taxonomy, the part of an address before a tag's or a category's name: "/blog/tag/hiring/", "/category/news/".
_TAXONOMY_PATHS = {"tag", "tags", "category", "categories", "label", "labels", "schlagwort", "etiqueta", "etiquette"}
# The last part of a list's address, one job's never: "/fr/jobs", "/en/jobs/vacancies.htm".
_LIST_PATHS = {"jobs", "careers", "vacancies", "openings", "positions", "stellen", "stellenangebote", "emplois",
               "empleos", "vagas", "vacatures", "offres-emploi", "ofertas-empleo", "karriere", "carrieres", "carriere",
               "carreras", "werken-bij", "recrutement", "nous-rejoindre", "rejoignez-nous"}
# A search saying what it found: "Your search returned 2573 results" ("24 matching record(s)"), "698610 Jobs Found",
# which of them it shows.
_SEARCH_SAYS = re.compile(r"\byour\s+search\s+returned\s+(?P<count>\d[\d,.]*)\s+(?:matching\s+)?(?:results|jobs|matches|record)"
                          r"|\b(?P<found>\d[\d,.]*)\s+(?:jobs|vacancies)\s+found\b"  # not a picker's "244 results found"
                          r"|\b(?P<offres>\d[\d,.]*)\s+offre\(s\)\s+(?:répondent|correspondent|sont)\b"
                          # a page of them: "1 - 10 di 886 offerte" (Italian), "1–25 of 1,204 jobs", "1 a 100 de 6604 ofertas"
                          r"|\b\d+\s*(?:[-–]|a|to|bis|à)\s*\d+\s+(?:of|di|de|von|sur|van|z|av|af)\s+(?P<of>\d[\d,.]*)\s+"
                          r"(?:results|jobs|vacancies|offerte|offres|ofertas|ergebnisse|treffer|stellen|vacatures|resultados"
                          r"|risultati|annunci|ofert|annonser|stillinger)\b",
                          re.IGNORECASE)
# A page of the user's own account: "Career Opportunities: My Profile", "Sign in", "Saved Job - Expired".
_ACCOUNT_PAGE = re.compile(r"^(?:my\s+(?:profile|account|applications|jobs)|candidate\s+profile|sign\s+in|log\s*in|sign\s+up"
                           r"|saved\s+jobs?)$", re.IGNORECASE)


# A forum's monthly thread of employers' posts: "Ask HN: Who is hiring? (October 2013)".
_WHO_IS_HIRING = re.compile(r"\bwho(?:\s+is|['’]s)\s+hiring\?", re.IGNORECASE)
# A page of what one person posted on a site: "whoishiring's submissions | Hacker News".
_PERSONS_PAGE = re.compile(r"^\S+['’]s\s+(?:submissions|comments|favorites|posts|profile)\b", re.IGNORECASE)
# A person's own site, as its every page's title says: "Positions Baris Kasikci's Home Page", "The homepage of Jane Doe".
_HOME_PAGE_OF = re.compile(r"(?P<person>(?:[A-ZÀ-Þ][\w.'’-]*\s+){1,3}[A-ZÀ-Þ][\w'’-]*?)['’]s\s+"
                           r"(?i:personal\s+)?(?i:home\s*page)\b"
                           r"|(?i:home\s*page\s+of)\s+(?P<of>(?:[A-ZÀ-Þ][\w.'’-]*\s+){1,3}[A-ZÀ-Þ][\w'’-]*)")
# The heads of a CV's sections, which head no part of a job's ad (though it may ask applicants for them): one's employment
# history, awards, publications ("Awards & Distinctions"; German "Berufserfahrung", "Werdegang"; French, Spanish: professional
# experience).
_CV_SECTION = re.compile(r"^(?:(?:employment|career|work)\s+history|(?:awards|honou?rs)(?:\s+(?:and|&)\s+\w+)?|publications"
                         r"|berufserfahrung|(?:beruflicher\s+)?werdegang"
                         r"|expérience\s+professionnelle|experiencia\s+(?:laboral|profesional))\s*:?$", re.IGNORECASE)


def _shows_cv(page: Page) -> bool:
    """Whether the page heads two of a CV's sections or more ("Employment History" and "Awards & Distinctions" on an
    academic's "Academic Background")."""
    heads = {node_text(node).casefold() for node in page.css("h1, h2, h3, h4, h5, h6")
             if _CV_SECTION.match(node_text(node)) and not any(parent.tag in ("form", "aside") for parent in parents(node))}
    return len(heads) >= 2


# A person saying they seek work: "Ellen Gummesson söker ett jobb inom webb", "Jane Doe is looking for a new job",
# "I'm looking for work".
_SEEKS_WORK = re.compile(r"^(?:(?:[A-ZÀ-Þ][\w'’-]+\s+){1,3}(?:is\s+)?|i(?:['’]m|\s+am)\s+)"
                         r"(?:söker|søker|søger|sucht|seeks|seeking|looking\s+for|busca|cherche|zoekt|szuka|hledá)\s+"
                         r"(?:(?:ett|et|en|einen|eine|a|an|un|une|een|nowej|nové)\s+)?(?:new\s+|neuen?\s+)?"
                         r"(?:jobb|job|arbeit|stelle|work|empleo|trabajo|emploi|baan|pracy|práci)\b")
# The line under a person's heading saying what work they seek: "I am looking for postdoctoral and research scientist
# opportunities where …" (not whom an employer seeks: "I am looking for students to fill two PhD positions", "I'm looking
# for a Research Software Engineer - permanent role", "… Senior Java Developers - permanent roles": someone, before a
# dash or a comma, is sought there)
_SEEKS_OPENINGS = re.compile(r"^i(?:['’]m|\s+am)\s+(?:currently\s+|actively\s+|now\s+)?(?:looking\s+for|seeking|searching\s+for"
                             r"|open\s+to)\s+(?:(?:a\s+)?new\s+)?(?:(?!(?:an?|the|students?|candidates?|people|someone"
                             r"|applicants?|to|for|who|that|with)\b)[\w'’/&]+\s+){0,6}?"
                             r"(?:opportunit(?:y|ies)|positions?|roles?|jobs?|employment)\b", re.IGNORECASE)
# A title calling for a volunteer: "New voluntary position: … PR Manager", "Bénévole Pôle Événementiel (H/F)", "Volunteer
# Teacher"; not the paid role of leading volunteers ("Volunteer Coordinator", "Volunteers Programme Manager").
_UNPAID = re.compile(r"^(?:new\s+)?(?:voluntary|unpaid)\s+(?:position|role)\b|^bénévole\b|^ehrenamtlich"
                     r"|^volunteers?\b(?!\s+(?:coordinator|manager|engagement|services|program(?:me)?|recruiter|lead"
                     r"|supervisor)\b)", re.IGNORECASE)
# The parts an application form is headed by: "Section 1 - Personal Details", "Job applying for:", "Employment history";
# German, French, Spanish, Portuguese: personal details.
_FORM_PART = re.compile(r"^(?:section\s+\d+\s*[-–:]\s*)?(?:personal\s+(?:details|information|data)|job\s+applying\s+for"
                        r"|position\s+applied\s+for|(?:full\s+)?(?:job|employment)\s+history|persönliche\s+(?:daten|angaben)"
                        r"|données\s+personnelles|datos\s+personales|dados\s+pessoais)\s*:?$", re.IGNORECASE)
FORM_PART_FIELDS = 10  # at least, on a page that is an application form in parts: a job's ad has a button, or a short form


def _form_in_parts(page: Page) -> bool:
    """Whether the page is an application form headed in parts ("Personal Details", "Job applying for:"), its many fields
    under them, and no job's ad written in its sections."""
    # (its parts' heads asked first: most pages have none, and counting the fields reads the whole page)
    return sum(bool(_FORM_PART.match(node_text(node))) for node in page.css("h2, h3, h4, legend")) >= 2 \
        and len(page.css(FIELDS)) >= FORM_PART_FIELDS and not written_as_ad(page)


FORM_ROLE_CHOICES = 2  # at least, of the roles a form lets its applicant choose among
APPLICANT_FIELDS = 3  # at least, of the fields an application form asks its applicant to fill in (a search asks one)


def _headed_as_form(page: Page) -> bool:
    """Whether the page's first heading, outside the site's menus, calls it a form to apply with ("Job Application Form"
    under a staffing firm's "Need Work? Find a Trade Job Here."; not an ad's last part, "Job Application")."""
    first = next((node for node in page.css("h1, h2, h3") if node_text(node) and not in_site_menus(node, page)), None)
    return first is not None and bool(_FORM_PAGE.match(node_text(first)))


def _form_choosing_role(page: Page) -> bool:
    """Whether the page is an application form asking which of several jobs its applicant applies for (a list of the
    roles to choose from: "Nhân viên Thu Ngân", "Nhân viên Giao Hàng", beside the applicant's name, birthday and
    telephone), no job's ad written in its sections. (A job's own page may end with such a form: asked only where the
    page's title names no role.)"""
    return any(sum(names_a_role(node_text(option)) for option in select.css("option")) >= FORM_ROLE_CHOICES
               and len(form.css("input:not([type=hidden]):not([type=submit]):not([type=search])")) >= APPLICANT_FIELDS
               for form in page.css("form") for select in form.css("select")) and not written_as_ad(page)


_A_FORM = "it is a form to apply with, naming no job"  # why a form's page holds no job
# the fields of a form shown (not one left hidden for a host to find), and those asking how to reach the applicant
_SHOWN_FIELDS = ", ".join(f"form:not([hidden]) {field}" for field in ("input:not([type=hidden])", "textarea", "select"))
_SHOWN_CONTACT_FIELDS = ", ".join(f"form:not([hidden]) {field}"
                                  for field in ("input[type=email]", "input[name*=mail i]", "input[type=tel]"))


# A form's heading naming no job: "Apply to join", "Application form", "Staff Recruitment Form".
_FORM_PAGE = re.compile(r"^(?:apply\s+to\s+join(?:\s+us)?|(?:(?:membership|job|staff)\s+)?(?:application|recruitment)\s+form"
                        r"|(?:job|employment)\s+application"
                        # an application form in Indonesian, Spanish, Portuguese, French, German, Dutch
                        r"|formulir\s+lamaran(?:\s+kerja)?|formulario\s+de\s+(?:solicitud|postulación|candidatura)"
                        r"|formulário\s+de\s+candidatura|formulaire\s+de\s+(?:candidature|recrutement)|bewerbungsformular"
                        r"|sollicitatieformulier|başvuru\s+formu"  # (Turkish)
                        # Serbian, Croatian, Bosnian (an application for a job), Polish, Czech (an application form)
                        r"|prijava\s+za\s+(?:posao|zaposlenje)|formularz\s+(?:aplikacyjny|zgłoszeniowy|rekrutacyjny)"
                        r"|přihláška(?:\s+do\s+výběrového\s+řízení)?|náborový\s+formulář"
                        rf"|{OPEN_APPLICATION_WORDS}"  # an open application, for no job
                        r"|(?:採用)?(?:お?問い?合わせ|応募|エントリー)フォーム)[.!]?$",  # Japanese: (recruiting) inquiry, application
                        re.IGNORECASE)
# A heading calling employers to post a job: "Post a job", "Poster une offre d'emploi", "Stellenanzeige aufgeben",
# "Publicar una oferta", "Vacature plaatsen", "Разместить вакансию" (Russian).
_POST_A_JOB = re.compile(r"^(?:post\s+a\s+(?:job|vacancy)(?:\s+(?:ad|offer|opening))?|(?:poster|publier|déposer)\s+une\s+offre"
                         r"(?:\s+d['’]emploi)?|stellen(?:anzeige|angebot)\s+(?:aufgeben|veröffentlichen|schalten)"
                         r"|publicar\s+(?:una\s+)?oferta(?:\s+de\s+(?:empleo|trabajo))?|vacature\s+plaatsen"
                         r"|divulga(?:ção|r)\s+(?:de\s+|sua\s+)?vagas?(?:\s+no\s+.+)?|anuncie\s+(?:sua\s+)?vaga"
                         r"|(?:разместить|добавить|опубликовать)\s+вакансию|(?:розмістити|додати|опублікувати)\s+вакансію)[.!]?$",
                         re.IGNORECASE)
# A careers guide's title, about a trade and not offering a job in it: "How to become a Electrician", "What does a
# nurse do?", French, German, Dutch, Spanish, Portuguese, Italian.
_CAREER_GUIDE = re.compile(r"^(?:how\s+(?:to|do\s+I|can\s+I)\s+become\b|what\s+does\s+an?\s+.+\s+do\b|comment\s+devenir\b"
                           r"|wie\s+werde\s+ich\b|wie\s+wird\s+man\b|hoe\s+word\s+je\b|c[oó]mo\s+(?:ser|convertirse\s+en)\b"
                           r"|como\s+(?:ser|se\s+tornar)\b|come\s+diventare\b"
                           # a trade's prospects asked: "Are sign language interpreters in demand?", "Is nursing a good
                           # career?", "How much do welders make?"
                           # (asked: not "Are you an experienced HGV driver? Drivers in demand", "IS Analyst - skills in
                           # demand")
                           r"|(?-i:Are|Is)\s+(?!you\b|this\b|it\b)[^?]+\s+(?:in\s+demand|a\s+good\s+career)\?"
                           r"|how\s+much\s+do(?:es)?\s+[^?]+\s+(?:make|earn)\?)",
                           re.IGNORECASE)
# A title of news about people who joined: "3 new recruits at Datlas !", "Welcome to our new colleague", "Ana joins the
# team", "Neue Kollegin im Team" (several new ones: "a new team member" is whom a post says a firm hires).
_JOINED = re.compile(r"\bnew\s+(?:recruits|hires|members|colleagues|team\s+members)\b"
                     r"|\bjoins?\s+(?:the|our)\s+(?:team|lab|group)\b|^welcome\s+(?:to\s+)?(?:our\s+)?new\b"
                     r"|\bneue[rn]?\s+(?:kolleg(?:in|e|en)|mitarbeiter(?:in)?)\s+im\s+team\b",
                     re.IGNORECASE)
# An essay's title: "Thoughts on hiring", "Some notes on recruiting engineers", "Lessons learned from hiring".
_ESSAY = re.compile(r"^(?:(?:some|my|a\s+few)\s+)?(?:thoughts|notes|reflections|lessons(?:\s+learned)?|musings)"
                    r"\s+(?:on|about|from)\s", re.IGNORECASE)
# A wall before the page: "Verification required", "Just a moment...", "Are you a robot?".
_ROBOT_CHECK = re.compile(r"^(?:verification\s+required|just\s+a\s+moment|are\s+you\s+a\s+(?:robot|human)|access\s+denied"
                          r"|checking\s+your\s+browser|security\s+check|attention\s+required)\b", re.IGNORECASE)


# A page saying what was asked for is not there: "Vacature niet gevonden", "Job not found", "Page not found",
# "Helaas, we kunnen de vacature die je zocht niet meer vinden" (Dutch: we can no longer find the vacancy).
_NOT_FOUND = re.compile(r"\b(?:not\s+found|no\s+longer\s+available|niet\s+(?:gevonden|meer\s+(?:beschikbaar|vinden))"
                        r"|nicht\s+(?:gefunden|mehr\s+verfügbar)|introuvable|n['’]est\s+plus\s+disponible"
                        r"|no\s+encontrad[ao]|non\s+trovat[ao]|não\s+encontrad[ao])\b|^404\b", re.IGNORECASE)
# A heading or title saying the job is closed: "Encerrada - Vaga Desenvolvimento Frontend", "[CLOSED] Data
# Engineer", "Vp Of Retail Sales at 2020 Companies - Filled | CRO", "Vacante cerrada", "Stelle besetzt".
_CLOSED_WORDS = r"closed|filled|encerrada|cerrada|chiusa|geschlossen|besetzt|gesloten|pourvue|clôturée"
_CLOSED = re.compile(rf"^\W*(?:{_CLOSED_WORDS})\W*\s*[-–—:|\]]\s*\S|\s[-–—|]\s+(?:{_CLOSED_WORDS})\s*(?:$|[-–—|])"
                     rf"|\b(?:vaga|vacante|oferta|offerta|posizione|position|job|stelle|vacature|offre)\s+(?:{_CLOSED_WORDS})\b"
                     # in brackets: "(CALL CLOSED) Postdoctoral Scholar: …"
                     rf"|\(\s*(?:call|applications?|vacancy|role)\s+(?:{_CLOSED_WORDS})\s*\)",
                     re.IGNORECASE)
# A page saying it has no opening now: "Zur Zeit sind alle Stellen besetzt", "There are no vacancies at the
# moment", "Nessuna posizione aperta", "No hay vacantes disponibles".
_NO_OPENINGS = re.compile(
    r"\b(?:alle\s+stellen\s+(?:sind\s+)?(?:derzeit\s+|zurzeit\s+)?besetzt|keine\s+(?:offenen|freien)\s+stellen"
    r"|keine\s+(?:aktiven|aktuellen|offenen)\s+(?:stellenausschreibungen|stellenangebote|stellenanzeigen|jobangebote)"
    r"|(?:there\s+are\s+)?no\s+(?:open\s+|current\s+|advertised\s+)?(?:vacancies|positions|openings|roles)\s+(?:are\s+)?"
    r"(?:at\s+(?:the|this)\s+moment|right\s+now|currently|available|open|at\s+present)"
    r"|(?:we\s+are|we['’]re)\s+not\s+(?:currently\s+)?hiring"
    r"|there\s+are\s+(?:currently\s+)?no\s+(?:open\s+|current\s+)?(?:vacancies|positions|openings|roles)\b"
    # (of a kind, said to be none now: "There are currently no Graduate opportunities available"; not "there are no
    # weekday positions at this shop", an ad's words)
    # ("no postdoctoral CPS fellowships available"; not "no further PhD positions available this year", "no other suitable
    # positions open", "no full-time barista positions available", said in an ad)
    r"|there\s+are\s+(?:currently\s+)?no\s+(?:(?:[\w-]+\s+){1,2}(?:fellowships|studentships)"
    r"|(?!(?:other|further|more|additional|full-time|part-time)\s)[\w-]+\s+"
    r"(?:vacancies|positions|openings|roles|opportunities|jobs))"
    r"\s+(?:currently\s+)?(?:available|open|at\s+(?:the|this)\s+moment|right\s+now)\b"
    r"|(?:positions|openings|jobs|vacancies|roles)\s+coming\s+soon"  # ("Medical Service Positions Coming Soon!")
    # a heading of openings over the one word "None" ("New Opportunities" over "None :(")
    r"|\b(?:current|new|open)\s+(?:opportunities|openings|positions|vacancies)[ \t]*:?\s+none\b(?=[ \t]*(?:[.!:;(]|\n|$))"
    r"|aucune\s+offre(?:\s+d['’]emploi)?\s+(?:n['’]est\s+)?(?:disponible|en\s+cours)|no\s+hay\s+vacantes"
    r"|nessuna\s+posizione\s+aperta|geen\s+(?:openstaande\s+)?vacatures|geen\s+vacatures?\s+(?:online|beschikbaar)"
    r"|brak\s+(?:aktualnych\s+)?ofert"
    # Swedish, Danish, Norwegian, Finnish, Czech: no open positions (at the moment), we seek no one now
    r"|inga\s+(?:öppna|lediga)\s+(?:positioner|tjänster|jobb)|ingen\s+ledige\s+stillinger|ei\s+avoimia\s+työpaikkoja"
    r"|(?:teď|aktuálně|momentálně)\s+nikoho\s+nehledáme"
    # Russian, Ukrainian: (open) vacancies there are none (now), there are no (open) vacancies; not a search's answer ("По
    # вашему запросу вакансий пока нет"), nor a call to send a CV ("Немає відкритих вакансій за вашим фахом?")
    r"|(?<!запросу\s)(?:открытых\s+)?вакансий\s+(?:сейчас\s+|пока\s+|на\s+данный\s+момент\s+)?нет"
    r"|(?:нет|немає)\s+(?:открытых\s+|відкритих\s+)?ваканси[йі](?!\s+(?:за|по|для)\s)"
    r"|(?:відкритих\s+)?вакансій\s+(?:зараз\s+|поки\s+)?немає)"
    # Japanese: "we are not recruiting now", "recruiting has closed"; Chinese: "no openings yet"
    r"|(?:現在、?)?募集(?:[はを])?(?:して|行って|おこなって)?(?:おりません|いません)|募集は終了しました|暂无(?:招聘|职位)"
    # Korean: "there are no (registered) job postings (now)", "no jobs being recruited for"
    r"|(?:등록된\s*)?채용\s*공고가\s*없습니다|(?:진행|모집)\s*중인\s*(?:채용|공고|채용\s*공고)가\s*없습니다", re.IGNORECASE)
# A sentence, not a job's title: a slogan over a careers page ("Technik braucht Menschen."), its last
# word whole before the stop (a title may end with an abbreviation: "Sr.", "Asst.").
# (or, in Chinese or Japanese, clauses ending with a full stop: "服装销售经理3名：底薪加高提成，条件优越。")
SENTENCE = re.compile(r"\s[^\W\d_]{5,}\.$|[，：、].{2,}。$")
SLOGAN_WORDS = 6  # at least, of a sentence ending with a full stop that names no role, whatever its words
_REFRESH_TO = re.compile(r"^\s*\d+\s*;\s*url\s*=\s*['\"]?(?P<url>[^'\"\s]+)", re.IGNORECASE)
SHORT_BODY = 200  # characters: a page sending the user on says little more than that
# Words saying the page's content is still loading: "Loading…", "読み込み中...", Swedish "Laddar tjänst..." (loading the
# post), French, Spanish, Portuguese, Italian, German, Dutch, Korean, Chinese, Polish, Turkish, Czech, Russian, Ukrainian.
# (what loads may be said: "Loading role details ." — an ellipsis drawn as one dot a script animates)
_LOADING = re.compile(r"(?<!\S)(?P<said>(?:(?:loading|chargement|cargando|carregando|caricamento|ładowanie)(?:\s+\w+){0,2}?"
                      r"|読み込み中|laddar(?:\s+\w+)?|(?:\w+\s+)?(?:wird|wordt)\s+geladen|laden|로딩\s*중|加载中|載入中"
                      r"|yükleniyor|načítání|načítám|загрузка|завантаження)\s*(?:\.{2,3}|…|(?<=\s)\.))(?!\S)",
                      re.IGNORECASE)  # (Dutch: "Vacature wordt geladen...", the vacancy is loading; Polish "Ładowanie oferty…")
SHELL_TEXT = 2_000  # characters: a template whose main part is empty shows its menus and footer at most


def _sends_on(page: Page) -> bool:
    """Whether the page sends the browser on to another at once and says little itself (a job's
    address kept on the employer's site after the ad moved to its hiring site)."""
    refresh = next((node.attributes.get("content") or "" for node in page.css("meta[http-equiv]")
                    if (node.attributes.get("http-equiv") or "").lower() == "refresh"), "")
    target = _REFRESH_TO.match(refresh)
    return bool(target) and urlsplit(urljoin(page.url, target["url"])).path != urlsplit(page.url).path \
        and len(page.body_text.strip()) <= SHORT_BODY


# A post on a blog or a news page announcing a job's posting, which is elsewhere: "New job posting: Product
# and Community Lead." (not "We're hiring: …", which is often the ad itself).
_ANNOUNCES_JOB = re.compile(r"^(?:new\s+job\s+(?:posting|opening)|job\s+announcement|job\s+posting\s*[:–—-])", re.IGNORECASE)
# A post saying another employer hires: "Openscapes is hiring a new team member" on 2i2c's blog.
_OTHER_HIRES = re.compile(r"^(?P<employer>[^:|–—]{2,60}?)\s+(?:is|are)\s+hiring\b", re.IGNORECASE)
_POST_PATHS = {"blog", "news", "posts", "articles"}
# A post's title giving advice: how to, where to find, tips, a guide ("onde encontrar e como se candidatar").
_ASKING_HOW = r"(?:how|where)\s+to|c[oó]mo|onde|d[oó]nde|comment|wie\s+man"  # how to, where to: English, Spanish, …
_HOW_TO = re.compile(rf"^(?:{_ASKING_HOW})\s", re.IGNORECASE)  # a title beginning so
# a title telling how its writer did ("How I landed my first dev job (and how you can too)", a blog's post; not "How we
# hire", an employer's page about its hiring)
_TOLD_HOW = re.compile(r"^how\s+i(?:['’]\w+)?\s", re.IGNORECASE)
# (Indonesian: how to, a guide; Serbo-Croatian, Russian, Swedish: how; tips in Serbo-Croatian, Polish, Russian; not Dutch
# "hoe" nor Polish "jak", which begin names too: "Hoe Operator", "JAK Transport")
_ADVICE = re.compile(rf"\b(?:{_ASKING_HOW}|tips|guide|consejos|dicas|conseils|tipps|cara|panduan|kako|как|hur|savjeti|saveti"
                     r"|porady|советы)\b", re.IGNORECASE)
# An article counting its advice: "5 Reasons to Leave a Job you Love", "10 Tips for Your First Interview", "7 Ways to …"
_COUNTED_ADVICE = re.compile(r"^\d{1,2}\s+(?:\w+\s+){0,2}?(?:reasons|tips|ways|things|mistakes|signs|lessons|habits|secrets"
                             r"|myths|questions\s+to\s+ask|steps\s+to)\b", re.IGNORECASE)
# A board's page about an employer, the part of its address that says which: its overview, its reviews, its
# salaries (Glassdoor's "/Overview/Working-at-…", "/Présentation/Travailler-chez-…", "/Avis/…"; Indeed's "/cmp/…/reviews").
_EMPLOYER_PAGE_PATHS = {"overview", "reviews", "salaries", "benefits", "interview", "photos",
                        "présentation", "avis", "salaires", "avantages", "entretiens", "übersicht", "bewertungen", "gehälter"}
# A title's piece naming the site's page about its owner: "About us", "O nas" (Polish), "Über uns", "Chi siamo".
_ABOUT_PAGE = re.compile(r"^(?:about(?:\s+us)?|(?:meet\s+)?(?:our|the)\s+team|team|o\s+nas|über\s+uns"
                         r"|à\s+propos(?:\s+de\s+nous)?|chi\s+siamo|over\s+ons"
                         r"|sobre\s+nosotros|quiénes\s+somos|om\s+oss|om\s+os|会社概要|회사\s*소개)$", re.IGNORECASE)
# The same in Japanese, Chinese, Korean, only as the page's own name, first in its title: the business's introduction, its
# company's guide (a job's page names them as the section above it: "募集要項 | 会社案内 | …", "Java开发工程师 - 关于我们 - …")
_ABOUT_FIRST = re.compile(r"^(?:事業紹介|事業内容|会社案内|会社紹介|企業情報|公司简介|关于我们|사업\s*소개)$")


_CONTACT_PAGE = re.compile(r"^(?:contact(?:\s+us)?|kontakt(?:\s+os|\s+oss)?|contactez[- ]nous|contacto|contáctenos|contatti"
                           r"|contato|neem\s+contact\s+op|контакты|контакти|お問い合わせ|联系我们|연락처)$", re.IGNORECASE)
# A title's piece naming a page about how the employer hires, or about pay: "Dev Hiring Process", "How we hire",
# "Bewerbungsprozess", "Salary Insights", "Gehaltsvergleich".
_HOW_WE_HIRE = re.compile(r"^(?:[^\W\d_]+\s+)?(?:hiring|interview|recruit(?:ment|ing)|application|selection)\s+process"
                          r"|^how\s+we\s+(?:hire|recruit)$|^bewerbungs(?:prozess|ablauf|verfahren)$|^processus\s+de\s+recrutement$"
                          r"|^proceso\s+de\s+selecci[oó]n$|^sollicitatieprocedure$|^hiring\s+(?:policy|philosophy)$"
                          # Japanese: the hiring policy, the steps of hiring or of selection
                          r"|^採用(?:方針|の流れ|フロー)$|^選考(?:の)?(?:流れ|フロー)$", re.IGNORECASE)
# A title's piece naming an event where employers meet job seekers: "Career Fair", "Jobmesse", "Salon de l'emploi", its
# year and who runs it after it ("Registrasi Career Fair 2022 by PPITSZ", registration).
# (or its name's "of": "College of Science Career Fair"; not a role's hiring event, "Seasonal Warehouse Associate Hiring Event")
_JOB_FAIR = re.compile(r"^(?:\S+\s+){0,2}(?:of\s+\S+\s+(?=(?:careers?|jobs?)\s+(?:fair|expo)))?"
                       r"(?:careers?|jobs?|recruiting|hiring|graduate)\s+(?:fair|expo|day|event)s?"
                       r"(?:\s+\d{4})?(?:\s+by\s+\S.*)?$"
                       r"|^(?:job|karriere|berufs)messe$|^salon\s+(?:de\s+l['’]emploi|du\s+recrutement)$|^feria\s+de\s+empleo$"
                       r"|^banenmarkt$|^banenbeurs$", re.IGNORECASE)
_ABOUT_PAY = re.compile(r"^(?:salary|pay|compensation)\s+(?:insights|guide|survey|report|trends|calculator|data|benchmarks?)$"
                        r"|^(?:salaries|gehaltsvergleich|gehaltsreport|salaires|salarios)$", re.IGNORECASE)
# A title's piece introducing the employer's people: "社員紹介" (staff introduced), "先輩インタビュー" (seniors
# interviewed), "Meet the team", "Employee stories", one's own story ("Min story: Anders", Swedish).
_ABOUT_STAFF = re.compile(r"^(?:社員紹介|社員インタビュー|先輩(?:社員)?インタビュー|スタッフ紹介|meet\s+(?:the|our)\s+team"
                          r"|(?:employee|staff)\s+(?:stories|interviews?)|(?:my|min|mijn|meine)\s+story)(?:[\s:：]|$)",
                          re.IGNORECASE)
# A title's piece naming money given to people, not work: "Grants", "Research Grants", "Scholarship Programs", "Becas",
# or the form to ask for it ("Scholarship Application").
_FUNDING = re.compile(r"^(?:(?:our|small|research|travel)\s+)?(?:grants?|scholarships?|bursar(?:y|ies))"
                      r"(?:\s+(?:opportunities|programs?|programmes?|applications?))?$|^(?:becas|bourses|stipendien|beurzen)$",
                      re.IGNORECASE)
# A title's piece naming what a recruiting firm sells employers: "Executive Search & Talent Solutions", "Staffing Services",
# "Manpower Recruitment Service", "For Employers" (not a role of such a firm: "Executive Search Consultant").
_HIRING_SERVICES = re.compile(r"^(?:(?:retained|executive)\s+search|talent\s+solutions|(?:manpower\s+)?(?:recruitment|recruiting"
                              r"|staffing|hiring|placement|manpower)\s+(?:services?|solutions))(?:\s*(?:&|and)\s+\S.*)?$"
                              r"|^(?:for\s+)?employers$", re.IGNORECASE)
# A page addressed to those a firm places: "For Candidates", "Für Fachkräfte" (for skilled workers), "Pour les candidats";
# a recruiting firm's, where the site has its page for employers too ("Für Arbeitgeber"): an employer's own careers page
# says "Für Bewerber" over its openings.
_FOR_CANDIDATES = re.compile(r"^(?:for|für|pour\s+les|para|voor)\s+(?:candidates|job\s*seekers|applicants|professionals"
                             r"|fachkräfte|bewerber(?:innen)?|arbeitnehmer(?:innen)?|candidats|candidatos|kandidaten"
                             r"|werkzoekenden)$", re.IGNORECASE)
_FOR_EMPLOYERS = re.compile(r"^(?:for|für|pour\s+les|para|voor)\s+(?:employers|companies|clients|arbeitgeber|unternehmen"
                            r"|employeurs|entreprises|empresas|werkgevers|opdrachtgevers)$", re.IGNORECASE)
# A title's piece naming a firm's internship programmes, in general: "Internship Programs" (not one programme's call).
_PROGRAMMES = re.compile(r"^(?:our\s+)?(?:internship|graduate|trainee)\s+program(?:me)?s$", re.IGNORECASE)
# A tradesman's or a studio's work done for its customers: "Utförda jobb" (Swedish: jobs carried out), "Completed Jobs",
# "Nos réalisations", "Referenzen", "Uitgevoerde projecten"; the "jobs" a customer pays for, not a post.
_WORK_DONE = re.compile(r"^(?:(?:utförda|genomförda|tidigare|udførte|utførte)\s+(?:jobb|projekt|opgaver|oppdrag|uppdrag)"
                        r"|(?:our\s+)?(?:completed|recent|past|previous)\s+(?:jobs|projects)|(?:nos\s+)?réalisations"
                        r"|referenzen|uitgevoerde\s+(?:projecten|werken|opdrachten))$", re.IGNORECASE)
# A pool of candidates for openings to come, no one job: "Join the Initech talent roster", "Talent Community", "Talentpool",
# "Vivier de talents".
_TALENT_POOL = re.compile(r"^(?:join\s+(?:our|the\s+.{1,40}?)\s+)?(?:talent|candidate)\s+(?:pool|roster|network|community|database)$"
                          r"|^(?:talentpool|talentenpool|vivier\s+de\s+talents)$", re.IGNORECASE)
# A course named for the profession it teaches, as Russian online schools name theirs: "Профессия Python-разработчик", or
# said so: "… — онлайн-курс".
_COURSE = re.compile(r"^(?:профессия\s+\S|онлайн-курс$)", re.IGNORECASE)
_PAGES_ABOUT = ((_HOW_WE_HIRE, "how the employer hires"), (_ABOUT_PAY, "pay"), (_JOB_FAIR, "a career fair"),
                (_ABOUT_STAFF, "the employer's people"))
# (these only where the title read names no role, or names the page so itself: a role's ad may name its department so,
# "Marketing Intern | Internship Programs | Initech", "Senior Recruitment Consultant | Recruitment Services | Initech")
_PAGES_ABOUT_NO_ROLE = ((_HIRING_SERVICES, "a recruiting firm's services to employers"),
                        (_PROGRAMMES, "its internship or graduate programmes"), (_WORK_DONE, "the work it has done for customers"),
                        (_TALENT_POOL, "a pool of candidates for openings to come"))


# A notice saying the job takes no more applications: "This application has been filled", "This vacancy is closed",
# "Applications have now closed".
# (said of this job: not when it will be, "Once the position has been filled, we will …", "What happens after the vacancy
# is closed?"; nor to whom, "This role is closed to recruitment agencies"; nor of another call, "Applications have now closed
# for our Summer Internship Programme")
# (not said under a condition: "once", "after", "when", "until", "if" before it)
_NOT_UNDER_A_CONDITION = r"(?<!\bonce\s)(?<!\bafter\s)(?<!\bwhen\s)(?<!\buntil\s)(?<!\bif\s)"
_CLOSED_SAID = re.compile(rf"{_NOT_UNDER_A_CONDITION}"
                          r"\b(?:this|the)\s+(?:vacancy|position|job|role|post|application)\s+(?:is\s+(?:now\s+)?closed"
                          r"|has\s+(?:now\s+)?been\s+(?:filled|closed))\b(?!\s+(?:to|for)\b)"
                          r"|\bapplications\s+(?:are|have)\s+(?:now\s+)?closed\b(?!\s+(?:to|for)\b)",
                          re.IGNORECASE)
NOTICE_LIMIT = 300  # characters: a notice is a line or two
# A role's page kept up while no one is sought for it: "We're not actively hiring designers at the moment" under "Designer"
# (not under a condition: "if we're not hiring data engineers at the moment when you read this, …").
_NOT_HIRING_FOR = re.compile(rf"{_NOT_UNDER_A_CONDITION}\b(?:we\s+are|we['’]re)\s+not\s+(?:actively\s+|currently\s+)?"
                             r"(?:hiring|recruiting|looking\s+for)\s+(?:any\s+|new\s+)?(?P<role>[^\W\d_][\w -]{1,40}?)"
                             r"\s+(?:at\s+the\s+moment|right\s+now|currently|at\s+present|now)\b", re.IGNORECASE)


def _closed_notice(page: Page) -> str:
    """What a notice on the page says of the job being closed or filled, where a warning box or bold words say it over
    the ad kept in full ("Note: This application has been filled." in an alert, "<strong>This vacancy is closed</strong>");
    "" where none does."""
    for node in page.css("[class*='alert' i], [class*='notice' i], [class*='warning' i], strong, b"):
        if len(said := node_text(node)) <= NOTICE_LIMIT and not said.endswith("?") and (found := _CLOSED_SAID.search(said)):
            return found[0]
    # or the ad's status labelled so, the label and the word each on lines of their own: "STATUS : CLOSED" beside "POSTED
    # ON : 16 JUN 2026" (not a shop's hours, "Status: Closed now, opens at 11:00", nor another job's line in a sidebar,
    # "Data Analyst (2024) — Status: Closed")
    found = _STATUS_CLOSED.search(page.body_text)
    return " ".join(found[0].split()) if found else ""


_STATUS_CLOSED = re.compile(rf"^[ \t]*(?:status|statut|estado|stato|stav)\s*:\s*(?:{_CLOSED_WORDS}|expired|expirée?|vencida"
                            r"|scaduta|abgelaufen|uzavřeno)[ \t]*$", re.IGNORECASE | re.MULTILINE)


def fair_instead(title: str) -> tuple[str, str]:
    """Why a job whose own title, as any reader read it, names a career fair is none, and what to do (a fair's organiser
    may mark its page up as a JobPosting: "Tri Mandir Job Fair"); ("", "") where it names none."""
    if any(_JOB_FAIR.match(piece.strip()) for piece in TITLE_PIECES.split(title)):
        return _page_about("a career fair"), OPEN_ONE
    return "", ""


def _page_about(about: str) -> str:
    return f"it is a page about {about}, not a job's ad"


def shown_instead(*headings: str) -> tuple[str, str]:
    """What a page shows instead of a job, said by its heading or its title, and what to do: a check
    that you are not a robot ("Just a moment..."), word that what you opened is gone ("This job
    is no longer available") or that the job is closed ("Encerrada - Vaga …"); ("", "") where none
    says so. Every reader's page is asked: a board's reader would take the wall's heading for a job's title."""
    if any(_ROBOT_CHECK.match(said) for said in headings):
        return "it is a check that you are not a robot, shown before the page", "pass the check, then capture the page again"
    if said := next((said for said in headings if _NOT_FOUND.search(said)), ""):
        return f"it says what you opened was not found (“{said}”)", TAKEN_DOWN
    if said := next((said for said in headings if _CLOSED.search(said)), ""):
        return f"it says the job is closed (“{said}”)", CLOSED
    return "", ""


# A template's sample in place of an ad: its words are filler ("Lorem ipsum dolor sit amet", "Here goes the
# further description of the job"), or its title says it is an example ("Exemple d'annonce: DevOps").
_FILLER = re.compile(r"\blorem\s+ipsum\s+dolor\b|\bhere\s+goes\s+(?:the|a|your)\b[^.]{0,40}\bdescription\b"
                     r"|\b(?:your\s+)?job\s+title\s+here\b", re.IGNORECASE)
_SAMPLE_TITLE = re.compile(r"^(?:example|sample|exemple|beispiel|ejemplo|esempio|exemplo|voorbeeld)\s+"
                           r"(?:of\s+(?:an?\s+)?|d['’]\s*|de\s+|di\s+|van\s+(?:een\s+)?)?"
                           r"(?:job|ad|advert|posting|annonce|offre|stellenanzeige|anzeige|oferta|annuncio|vacature)\b"
                           # or a template to fill in: "Functieomschrijving Template" (Dutch: a job description's)
                           r"|^\S.*\s(?:template|vorlage|modèle|sjabloon|plantilla)$", re.IGNORECASE)
AD_TEXT = 300  # characters: the least of an ad's words around its heading
AD_LEVELS = 8  # at most, of the boxes around the ad's heading weighed; past them, the page's text read


def among_classed_titles(page: Page, title: str) -> str:
    """Why a job whose title is one of several the page's classes mark alike as jobs' titles, under a heading naming a
    list and not the page's own heading, is one of the list ("Agenti di vendita e procacciatori di affari", "Personale
    per attività di telemarketing" under "Posizioni Aperte", the first marked up as a JobPosting); "" otherwise: one
    job's title classed apart from the similar jobs' after it ("job-title", then "job-field job-title"), or a page
    showing other jobs under a heading saying so ("Similar jobs")."""
    if not title or title == page.text("h1"):
        return ""
    headings = [node_text(node) for node in page.css("h1, h2, h3, h4, h5")]
    if not any(listed_in(said) == "jobs" for said in headings) or any(MORE_JOBS.match(said) for said in headings):
        return ""
    alike = next((titles for titles in classed_job_titles(page).values() if title in titles), set())
    return f"it lists {len(alike)} jobs (a careers page)" if len(alike) >= 2 else ""


def sample_ad(page: Page, job: JobFacts) -> tuple[str, str]:
    """Why the page's ad is a template's sample, not a real job, and what to do; ("", "") where it is
    none. Its title says it is an example, or filler stands in the ad's own words: its description, or
    the words around its heading (not a testimonial elsewhere on the page). Every reader's page is
    asked: a template's sample may carry schema.org's markup."""
    said = _SAMPLE_TITLE.match(job.title) or _FILLER.search(job.description)
    # (the heading showing the job's title, else the page's h1: "Word jij onze nieuwe XYZ?" under "Job Opening 1 | …")
    if not said and job.title and (heading := next((node for node in page.css("h1, h2, h3") if job.title in node_text(node)),
                                                   page.css_first("h1"))):
        words = next((said for parent in islice(parents(heading), AD_LEVELS) if len(said := node_text(parent)) >= AD_TEXT),
                     page.body_text)
        said = _FILLER.search(words)
    return (f"it is a template's sample ad (“{said[0]}”), not a real job", "open a real job's ad and capture it") \
        if said else ("", "")


TAKEN_DOWN = "the ad may have been taken down: look for the job on the employer's own site"
CLOSED = "the employer takes no more applications for it: look for its other openings"
# A short page saying the ad is gone: "The job posting you are looking for has expired or the position has
# already been filled", "This position is no longer accepting applications", "This offer isn't applicable anymore!";
# French's "Cette offre n'est plus disponible", German's "Diese Stelle ist bereits besetzt".
_AD_NOUN = r"\b(?:job|posting|position|vacancy|advert|offer)\b"
# (the words between the noun and what is said of it name no other: "Back to job offers This offer isn't …" says it of
# the second)
_EXPIRED = re.compile(rf"\b(?:(?:the|this)\s+)?(?:{_AD_NOUN}\s+)?{_AD_NOUN}(?:(?!{_AD_NOUN})[^.\n]){{0,40}}?\b"
                      r"(?:has\s+expired|(?:has|have)\s+(?:already\s+)?been\s+(?:filled|removed|closed)"
                      r"|is\s+no\s+longer\s+(?:available|open|valid|accepting\s+applications)"
                      r"|(?:isn['’]t|is\s+not)\s+(?:applicable|available|valid)\s+any\s?more)"
                      r"|\b(?:cette|l['’])\s*offre\s+(?:n['’]est\s+plus\s+(?:disponible|valable|d['’]actualité)"
                      r"|(?:a\s+été|est)\s+pourvue|a\s+expiré)"
                      r"|\b(?:diese\s+)?(?:stelle|stellenanzeige|anzeige)\s+ist\s+(?:nicht\s+mehr\s+(?:verfügbar|aktuell)"
                      r"|bereits\s+besetzt)",
                      re.IGNORECASE)


TERMS_OFFERED = "募集要項"  # Japanese: the terms offered, a section of one job's ad, or heading each job's over several


def _roles_headed_under(page: Page) -> int:
    """How many headings of the level under the page's h1 name roles ("Content Strategist", "Investment Analyst" under
    "Jobs"), outside the site's menus: its h2s, or its h3s where it has none ("事務員" under "募集要項"); not a word from
    someone in a role ("店長からのメッセージ", the shop manager's message; "先輩スタッフの声", senior staff's voices)."""
    own = [said for node in page.css("h1") if names_a_role(said := node_text(node).casefold())]
    for level in ("h2", "h3"):
        if heads := [node_text(node) for node in page.css(level) if not in_site_menus(node, page)]:
            # (nor a question about the page's own role: "What is expected from a craftsman at …?" under "Software Craftsman")
            return len({said for said in heads if names_a_role(said) and not _WORDS_FROM.search(said)
                        and not question_about(said, own)})
    return 0


_WORDS_FROM = re.compile(r"の声|メッセージ|インタビュー|\b(?:message|interview|voices?|testimonials?)\b", re.IGNORECASE)


def _roles_listed_with(page: Page, title: str) -> int:
    """How many roles the headings under a heading of a list of jobs name ("Servicekraft (m/w/d)", "Zweiter Koch
    (m/w/d)" under "Posizioni aperte", open positions), where the job read is among them and no other heading
    shows it (an ad's own heading over "Similar jobs"); 0 otherwise."""
    headings = [(int(node.tag[1]), node_text(node)) for node in page.css("h1, h2, h3, h4, h5, h6")
                if not in_site_menus(node, page)]  # (in the page's order, the level from the tag)
    for at, (level, said) in enumerate(headings):
        if listed_in(said) != "jobs":
            continue
        block = next((end for end in range(at + 1, len(headings)) if headings[end][0] <= level), len(headings))
        # (one role, however cased; not a heading of the list again: "Current openings for postdoctoral researchers"; a
        # role no noun names but its gender marks: "Subunternehmer / Partner (m/w/d)")
        roles = {squeezed(role): role for _, role in headings[at + 1:block]
                 if names_a_job(role) and not listed_in(role)
                 and not OF_SEVERAL.search(role)}
        elsewhere = [other for _, other in headings[:at] + headings[block:] if squeezed(title) in squeezed(other)]
        if squeezed(title) in roles and not elsewhere:
            return len([role for role in roles.values() if not any(_translated_before(role, other) for other in roles.values())])
    return 0


_ASIDES = ("aside", "nav", "header", "footer")  # a site's parts beside the page's own, where a sign-in form may sit


def _on_blog(page: Page) -> bool:
    """Whether the page is a post in a blog's or a news section, by its address."""
    return any(part.lower() in _POST_PATHS for part in path_parts(page.url)[:-1])


def _translated_before(role: str, other: str) -> bool:
    """Whether a role's heading is another's role named in Latin letters, then as the other writes it in its own script:
    one role's heading in two languages ("WEB DESIGNER WEBデザイナー" and "WEBデザイナー"); not two roles ("Javaエンジニア",
    "エンジニア"), the Latin letters naming no role themselves nor written as a caption."""
    before = role[:-len(other)].strip() if role != other and role.endswith(other) else ""
    # (or a caption in capitals over it: "SALES 営業", "OFFICE WORK 事務")
    caption = before.isupper() and len(before) >= CAPTION_LETTERS
    return bool(before) and before.isascii() and not other.isascii() and (names_a_role(before) or caption)


CAPTION_LETTERS = 4  # at least, of a caption in capitals ("CARE"; not "IT" of "ITエンジニア")


def _labelled_alone(page: Page) -> set[str]:
    """What the page's one main heading holding a label names after it ("Boomverzorger" of "Vacature: Boomverzorger"); none
    where several do (a list's "Vacature: …" headings)."""
    labelled = {said.rpartition(":")[2].strip() for node in page.main_headings() if ":" in (said := node_text(node))}
    return labelled if len(labelled) == 1 else set()


def not_one_job(page: Page, title: str, site_names: frozenset[str], at_account: bool, on_board: bool) -> tuple[str, str]:
    """Why the page shows no one job and what to do instead, in the user's words ("" where nothing
    says so). `site_names` are the site's own names; `at_account` says the address is an employer's
    account on a hiring site and nothing under it; `on_board` that the site is a job board or a
    hiring tool."""
    heading = page.text("h1")
    if (instead := shown_instead(heading, title, page.title))[0]:
        return instead
    if len(page.body_text) < SHELL_TEXT and (gone := _EXPIRED.search(page.body_text)):  # (an ad says more)
        return f"it says “{gone[0]}”", TAKEN_DOWN
    if closed := _closed_notice(page):
        return f"it says “{closed}”", CLOSED
    if title and (resting := _NOT_HIRING_FOR.search(page.body_text)) \
            and resting["role"].casefold().rstrip("s") == title.casefold().rstrip("s"):
        return f"it says “{' '.join(resting[0].split())}”", CLOSED
    if _sends_on(page):
        return "it only sends you on to another page, where the job's ad is", "capture the page it sends you to"
    # the page's heading (an h2 where it has no h1) may say it lists what its title does not ("Jobs
    # in Stuttgart" under "Dein neuer Job bei 711media!"); one word ("Careers") is the site's section
    heading = heading or page.text("h2")
    # a careers page ("Open positions", at "/vagas/") holding one job's ad in full: that job's
    in_full = bool(title) and title == heading_over_sections(page)
    # (the heading still says whether heads repeated under it are several ads: "Ofertas Abiertas" over two)
    listing_heading = bool(heading and listed_in(heading))
    if in_full:
        heading = ""
    # a careers page holding one opening's teaser (a lab's "Vacancies" over one post and its deadline), or one job's
    # ad under a heading saying it is wanted, or its one labelled title ("📌 Posizione aperta: …" under "Lavora con
    # noi"): that job; asked only where the page would be refused as a list
    alone = cache(lambda: in_full or bool(title) and title in (one_opening(page), job_wanted(page), gendered_heading(page),
                                                               one_post_in_prose(page), one_joined_as(page), one_hired_for(page),
                                                               one_labelled_title(page), one_role_as(page), title_over_facts(page),
                                                               role_to_become(page.text("h1"))[0], role_of_details(page)))
    # under a heading naming the careers section, or only the company ("Kückmann GmbH & Co. KG"), the
    # heading after it ("Všechny volné pozice", all open positions, under "Kariéra"; "Stellenangebote")
    under = page.text("h2") if len(heading.split()) == 1 and listed_in(heading) or has_legal_form(heading) else ""
    # a second h1, where the first names the site ("The Institute for Quantitative Social Science" over "Job Opportunities")
    second = "" if in_full else next(islice((node_text(node) for node in page.css("h1")), 1, 2), "")
    if not written_as_ad(page) and not (marked_for_every_gender(title) and names_a_role(title)) \
            and (none := _NO_OPENINGS.search(page.body_text)):
        # a careers page with no opening now (its title names the list), not an ad written in its sections, nor a
        # role's ad saying another section has none ("ZFA (m/w/d)" beside "für Praktika gibt es keine aktuellen Stellenangebote")
        return f"it says “{' '.join(none[0].split())}”", "capture a job's ad once the employer posts one"
    # (a heading naming a role is the one job's a careers section holds: "Aspirant Architecte logiciel", or the
    # job's title box under "Careers"; a plural names several: "Post-docs")
    role_heading = cache(lambda: names_a_role(title) and not title.endswith("s")
                         and title in {node_text(node) for node in page.css("h1, [class~='title']")} | _labelled_alone(page))
    # a document title counting what it lists ("100 graduate artificial intelligence engineer jobs in Australia | Jora"):
    # a search, whatever its first card's heading says
    if (counted := listed_in(page.title)) and counted[0].isdigit() and counted != "1 job":
        return f"it lists {counted} (a careers page or a search)", OPEN_ONE
    for said, of_heading in ((title, False), *((said if len(said.split()) > 1 else "", True) for said in (heading, second)),
                             (under, True)):
        if said and (listed := listed_in(said)) and not (of_heading and (alone() or role_heading())):
            return f"it lists {listed} (a careers page or a search)", OPEN_ONE
    # (or the document title's first piece, before a slogan: "We're Hiring - Building Better | EngineerBetter", a blog's
    # post; or its aside: "Nous rejoindre (Goood! recrute)")
    pieces, aside = TITLE_PIECES.split(page.title), BRACKETED_AFTER.match(page.title)
    before_slogan = HIRES_ALONE.match(pieces[0]) if len(pieces) >= 2 and not names_a_role(pieces[1]) else None
    titled_hiring = None if in_full else before_slogan or (HIRES_ALONE.match(aside["inside"]) if aside else None)
    if (hiring := HIRES_ALONE.match(title) or titled_hiring) \
            and not (one_hired_for(page) and not _on_blog(page)) and not title_labelled_alone(page):
        # (a sentence under it may name the one role: "… is hiring for a Dog Walker."; not a blog's post announcing the
        # job, whose ad is elsewhere; nor a label: "Job Title: Youth Bike Coordinator" under "We're Hiring!"; nor the
        # document title where the job's heading heads its ad: "We’re Hiring! - Grove Technologies is hiring" over the
        # h1 "Certified Ethical Hacker" and its sections)
        who = "the employer" if hiring["employer"].casefold() in WE else hiring["employer"]
        return f"it says only that {who} is hiring, not for which job", OPEN_ONE
    if (listed_in(heading) or heading == TERMS_OFFERED) and (roles := _roles_headed_under(page)) >= 2:
        return f"it lists {roles} jobs (a careers page)", OPEN_ONE
    if listed_in(page.text("h1")) and names_an_institution(title) and not names_a_role(title):
        # a project's "Positions" over each partner's openings, the first partner's name read for the job's title
        # ("Bilkent University" over what its lab seeks, then "IBM")
        return f"it lists the openings of {title} and perhaps others (a careers page)", OPEN_ONE
    if (counted := _open_count(page)) >= 2:
        return f"it lists {counted} jobs (a careers page)", OPEN_ONE
    if title and (owner := _jobs_of(title, page.title)):
        return f"it lists {owner}'s jobs (a company's page on the site)", OPEN_ONE
    if title and in_menu(page, title):
        return f"“{title}” is a section of the site (a link in its menu)", OPEN_ONE
    if any(_ACCOUNT_PAGE.match(piece.strip()) for piece in re.split(r"[:|–—-]", title)):
        return "it is a page of your account on the site", OPEN_ONE
    if not names_a_role(title) and not written_as_ad(page) \
            and any(not in_dialog(field) and not hidden(field) and not any(box.tag in _ASIDES for box in parents(field))
                    for field in page.css("input[type=password]")):
        # "eRecruitment@NRSC/ISRO" over its login (not a board's ad with a sign-in form hidden, or in a dialog, beside it)
        return "it is the site's page to sign in, not a job's ad", OPEN_ONE
    if _WHO_IS_HIRING.search(page.title):
        return "it is a forum's thread where many employers post their jobs", "open one employer's job ad and capture it"
    if _PERSONS_PAGE.match(page.title or title) or (home := _HOME_PAGE_OF.search(page.title)) and (
            _HOME_PAGE_OF.search(title)
            or len(title.split()) >= 2 and squeezed(home["person"] or home["of"]).endswith(squeezed(title))):
        # (the owner's name read as the job's, or the site's title: "Positions Baris Kasikci's Home Page")
        return "it is a person's page on the site, not a job's", OPEN_ONE
    first = page.css_first("h1")
    if any(_SEEKS_WORK.match(said) for said in (title, page.title)) \
            or first is not None and _SEEKS_OPENINGS.match(node_text(element_under(first))) and not written_as_ad(page):
        return "it is a job seeker's page, not a job's ad", OPEN_ONE
    if not names_a_role(title) and not part_kinds(page) - {"profile"} and not asks_to_apply(page) and _shows_cv(page) \
            and not states_a_job_term(page):
        # (an ad's parts besides whom it asks for, a way to apply or a job's terms say it is an ad, whatever heads its form's
        # or what it asks applicants to send: "Employment History", "Publications")
        return "it is a person's CV, not a job's ad", OPEN_ONE
    if any(_UNPAID.search(said) for said in (title, page.title)):
        return "it calls for a volunteer, an unpaid role", OPEN_ONE
    # (a slogan's sentence over the form names no role, whatever its words: "Investing in students who lead with …")
    # (not a sentence opening with the role: "Scholarship Programme Coordinator to join our team.")
    slogan = title.endswith(".") and len(title.split()) >= SLOGAN_WORDS and not names_a_role(" ".join(title.split()[:4]))
    if (not names_a_role(title) or slogan) and any(_FUNDING.match(piece.strip()) for said in (title, page.title)
                                                   for piece in TITLE_PIECES.split(said)):
        return _page_about("grants or scholarships"), OPEN_ONE  # (however its call is written: "Grant must include …")
    if _FORM_PAGE.match(title) or _form_in_parts(page) \
            or not names_a_job(title) and _form_choosing_role(page):
        return _A_FORM, OPEN_ONE
    if any(_CAREER_GUIDE.match(said) for said in (title, page.title)):
        return "it is a guide to a trade, not a job's ad", OPEN_ONE
    if any(_POST_A_JOB.match(said) for said in (title, page.text("h1"))):
        return "it is a form for employers to post a job, not a job's ad", OPEN_ONE
    if _JOINED.search(title) and not written_as_ad(page):
        return "it is news about people who joined, not a job's ad", OPEN_ONE
    if _ESSAY.match(title) and not written_as_ad(page) and not asks_to_apply(page):
        return "it is an essay, not a job's ad", OPEN_ONE
    parts = path_parts(page.url)
    # the title as the page announces it: the reader's title has lost "Job Posting - " before the job's
    announced = (title, page.title, page.meta("og:title"))
    relayed = any((hiring := _OTHER_HIRES.match(said)) and squeezed(hiring["employer"]) not in {*site_names, "we"}
                  for said in announced)
    on_blog = _on_blog(page)
    if on_blog and (relayed or any(_ANNOUNCES_JOB.match(said) for said in announced)):
        return "it is a post announcing a job, whose ad is elsewhere", OPEN_ONE
    if on_blog and title.endswith("?"):  # "Hello world, would you like to join us?" on a tech blog
        return f"its heading “{title}” is a question, not a job's title (a blog's post)", OPEN_ONE
    if title.endswith(("?", "？")) and not names_a_role(title) and not written_as_ad(page):  # "Why SKA?" over a careers page
        return f"its heading “{title}” is a question, not a job's title", OPEN_ONE
    if title.endswith("。") and not names_a_job(title) and not written_as_ad(page):
        # a Japanese or Chinese sentence over the terms: "中途採用の募集要項についてご紹介します。" (we present our mid-career
        # hiring's terms), a careers page's
        return f"its heading “{title}” is a sentence, not a job's title", OPEN_ONE
    if title.endswith(("!", "！")) and not names_a_job(title) \
            and not WANTED_AFTER.match(title) and not written_as_ad(page) \
            and _an_h1(page, title):
        # an exclamation naming no role, the page's own heading over no ad's parts: "WE ARE HIRING WILD BOARS!", "Futsal
        # féminin : l’équipe recrute !" (a sports club's team recruits); not "Kellner gesucht!" over an ad's parts, nor
        # a call for someone whatever the words name ("Aushilfe gesucht!", "Camp Counselors Wanted!", "Servers needed!")
        return f"its heading “{title}” is an exclamation, not a job's title", OPEN_ONE
    # "Vagas remotas no Brasil: onde encontrar e como …" on a blog; anywhere, a title whose part after its colon is advice
    # ("Lowongan Ground Staff di Bandara Soekarno-Hatta: Tips Melamar", tips for applying)
    # (or, anywhere, a title that begins by asking how: "How to understand the job announcement overview")
    if any(on_blog and _ADVICE.search(said) or _ADVICE.match(after := TITLE_PIECES.split(said.partition(":")[2])[0].strip())
           and len(after.split()) > 1 or _HOW_TO.match(said) or _COUNTED_ADVICE.match(said) for said in announced) \
            or any(_TOLD_HOW.match(said) for said in announced) and not written_as_ad(page):  # (not a show's: "How I Built This")
        return "it is a post of advice about finding work, not a job's ad", OPEN_ONE
    if not written_as_ad(page) and any(_ABOUT_PAGE.match(piece) or _ABOUT_FIRST.match(piece) and piece == pieces[0].strip()
                                       for said in announced for pieces in [TITLE_PIECES.split(said)] for piece in pieces):
        return "it is the site's page about its owner", OPEN_ONE
    if _CONTACT_PAGE.match(title):  # (the job's title read as the heading "Contact Us")
        return "it is the site's page for contacting its owner", OPEN_ONE
    if title.casefold() in HOME_WORDS:  # (the first of a one-page site's section headings: "Home", "Portfolio", "Team")
        return f"its heading “{title}” names the site's home page, not a job", OPEN_ONE
    pieces = [without_marks(piece) for said in (*announced, page.text("h1")) for piece in TITLE_PIECES.split(said)]
    # (a page about them may hold one job's ad in full: "社員インタビュー" over a 募集要項's sections)
    own = [piece.strip() for piece in TITLE_PIECES.split(title)]
    about_pages = (*_PAGES_ABOUT, *((pattern, about) for pattern, about in _PAGES_ABOUT_NO_ROLE
                                    if not names_a_role(title) or any(pattern.match(piece) for piece in own)))
    if not written_as_ad(page) and (
            about := next((about for pattern, about in about_pages if any(pattern.match(piece) for piece in pieces)), "")):
        return _page_about(about), OPEN_ONE
    if any(_COURSE.match(piece.strip()) for piece in pieces):
        return _page_about("a course"), OPEN_ONE  # however its parts are headed: "Что нужно будет делать", the homework
    if not written_as_ad(page) and any(_FOR_CANDIDATES.match(piece.strip()) for piece in pieces) \
            and any(_FOR_EMPLOYERS.match(node_text(link)) for link in page.css("a")):
        return _page_about("a recruiting firm's services to job seekers"), OPEN_ONE
    if len(parts) >= 2 and parts[-2].lower() in _TAXONOMY_PATHS and not written_as_ad(page):
        return "it lists a site's posts under one tag or category", OPEN_ONE  # "/blog/tag/hiring/"
    last = parts[-1].lower().rsplit(".", 1)[0] if parts else ""
    if last in _SEARCH_PATHS:
        return "it shows a search's results", OPEN_ONE
    if last in _LIST_PATHS and not re.search(r"\d", urlsplit(page.url).query) and not alone() and not role_heading():
        return "it lists jobs (a careers page or a search)", OPEN_ONE
    # (under a heading naming a list, or a page titled so: "Zandstra BV | Vacatures" over two cards' "Functie-eisen")
    titled_list = any(listed_in(piece.strip()) for piece in TITLE_PIECES.split(page.title))
    if (ads := ads_written(page, under_list=listing_heading or titled_list) or ads_repeated(page)) >= 2:
        return f"it shows {ads} jobs' ads (a careers page)", OPEN_ONE
    if (headed := roles_headed_first(page)) >= 2:
        return f"it shows {headed} jobs' ads (a careers page)", OPEN_ONE
    if jobs := apply_per_heading(page):
        return f"it lists {jobs} jobs, each with its apply button (a careers page)", OPEN_ONE
    if listed := facts_repeated(page, apart=other_jobs_boxes(page)):
        return f"it lists {listed} jobs' facts (a careers page or a search)", OPEN_ONE
    if not written_as_ad(page) and (roles := roles_headed_alike(page)):
        return f"it lists {roles} jobs (a careers page)", OPEN_ONE
    if tabbed := jobs_in_tabs(page, title):
        return f"it shows {tabbed} jobs in tabs, one at a time (a careers page)", OPEN_ONE
    if found := _SEARCH_SAYS.search(page.body_text):
        return f"it shows a search's {found['count'] or found['found'] or found['offres'] or found['of']} results", OPEN_ONE
    if not names_a_job(title) and not heads_a_section(page) and _headed_as_form(page):
        return _A_FORM, OPEN_ONE
    if at_account:  # the account alone: apply.workable.com/acme/, acme.jobs.personio.de/
        return "it is the employer's list of jobs on its hiring site", OPEN_ONE
    if title and squeezed(title) in site_names:
        return "it shows only the site's name (a home page, or a check that you are not a robot)", OPEN_ONE
    if SENTENCE.search(title):
        return f"its heading “{title}” is a sentence, not a job's title (a careers page)", OPEN_ONE
    if title.endswith((":", "：")) and len(title.split()) > 1:  # "Wir suchen Lehrkräfte für:" over the subjects taught
        return f"its heading “{title}” leads into a list, not one job's title (a careers page)", OPEN_ONE
    if title and (roles := _roles_listed_with(page, title)) >= 2:
        return f"it lists {roles} jobs (a careers page)", OPEN_ONE
    if not names_a_job(title) and (items := _jobs_itemised(page)) >= 2:
        # a title naming no job ("Vacature") over a list of openings, each marked for every gender
        return f"it lists {items} jobs (a careers page)", OPEN_ONE
    if not names_a_role(title) and (linked := links_to_jobs(page)) >= LINKED_JOBS:
        # a title naming no job ("Bakery", of "Bakery - Careers") over links to each job's page
        return f"it links to {linked} jobs' pages (a careers page or a search)", OPEN_ONE
    if not written_as_ad(page) and not (names_a_role(title) and leads_to_other_jobs(page) and not _links_naming(page, title)) \
            and (linked := _links_to_job_addresses(page)) >= LINKED_JOBS:
        # rows each leading to a job's page, on this site or a board ("…/recruitments/1701271101"), under a heading
        # naming the kind of job ("販売スタッフ", sales staff) with no ad's sections of its own (not one job's page leading on
        # to the site's others: "DevOps Professional" over "More Job Opening")
        return f"it links to {linked} jobs' pages (a careers page or a search)", OPEN_ONE
    if (main := page.css_first("main, [role='main']")) is not None and not node_text(main) \
            and len(page.body_text.strip()) < SHELL_TEXT:  # (a page holding its ad outside an unused <main> says more)
        return ("its main part is empty: a script fills it in once the page has opened",
                "wait until the job shows, then capture the page again")  # a template, its job not chosen yet
    if parts_left_empty(page):
        return "its ad's parts are empty: a script fills them in once the page has opened", \
            "wait until the job shows, then capture the page again"
    # (a short page, or one whose title names no job: "IT vacature details" over the site's menus and "Vacature wordt
    # geladen...")
    if (len(page.body_text.strip()) < SHELL_TEXT or not names_a_role(title)) and not written_as_ad(page) \
            and (loading := _LOADING.search(page.body_text)):
        return f"it says “{loading['said']}”: a script fills the ad in once the page has opened", \
            "wait until the job shows, then capture the page again"
    if on_board and not parts:
        return "it is the home page of a job board", OPEN_ONE
    if on_board and any(unquote(part).lower() in _EMPLOYER_PAGE_PATHS for part in parts):
        return "it is a job board's page about an employer (its overview, reviews or salaries)", OPEN_ONE
    if not written_as_ad(page) and _reads_on(page, title) == 1:
        # one opening's teaser over "Läs hela artikeln", "詳細を見る", "Leer más…": a blog's tag page, a careers index
        return "it shows one job's teaser; the ad is on the page it links to", "open that page and capture it"
    if len(" ".join(page.body_text.split())) < FORM_TEXT and not heads_a_section(page) and not names_a_role(title) \
            and len(page.css(_SHOWN_FIELDS)) >= FORM_FIELDS and page.css_first(_SHOWN_CONTACT_FIELDS) is not None:
        # "Vaga selecionada" over the fields for one's name, e-mail and telephone, and nothing of the job (not a form left
        # hidden for a host to find, on a page a script draws: Netlify's "<form name='sollicitatie' hidden>")
        return _A_FORM, OPEN_ONE
    return "", ""


FORM_TEXT = 400  # characters at most of a page that is only a form: its fields' labels and a heading
FORM_FIELDS = 3  # at least: one's name, e-mail address and telephone
