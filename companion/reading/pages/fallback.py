"""The last resort: a job title from the page's og: tags or document title, clearly low confidence.

It answers only for pages that look like a job ad (job words in the address or title, an apply
button for one job), so an article or a home page is "no job found" rather than an application
named after it; `listings` says first whether the page lists jobs instead.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import islice
from urllib.parse import urlsplit

from companion.domain.facts import JobFacts, Snapshot
from companion.reading.pages.ad_signs import (DETAILS_OF_JOB_WORDS, OF_SEVERAL, OPEN_APPLICATION, ROLE_LINE_WORDS, WANTED_AFTER,
                                              asks_to_apply, classed_job_title, gendered_heading, heading_after_link_back,
                                              heading_over_sections, heads_a_section, heads_part, job_wanted, leads_to_other_jobs,
                                              one_hired_for, one_joined_as, one_opening, one_post_in_prose, one_role_as,
                                              role_of_details, states_job_terms, states_pay, without_marks, written_as_ad)
from companion.reading.pages.html import (HOME_WORDS, PIECES, Page, block_text, element_under, headings_show, links_home,
                                          node_text, over_main_heading, parents, words_before_break)
from companion.reading.pages.labelled import (BRACKETED_AFTER, HEADING_TAGS, IN_SENTENCE, IN_TEXT, NOT_A_NAME, RECRUITS,
                                              TITLE_PIECES, WE, employer_in_prose, employer_introduced, employs_surely,
                                              in_site_menus, institution_inviting, job_sought, labelled_facts, logo_name,
                                              place_after_employer, title_over_facts)
from companion.reading.pages.listings import (HIRES_ALONE, SENTENCE, TERMS_OFFERED, in_menu, links_to_jobs,
                                              listed_in, not_one_job, sample_ad, title_labelled_alone)
from companion.reading.pages.places import (TEAM, employer_in_byline, employer_postal_town, employer_town,
                                            employers_office_in_sentence, location_in_markup, place_after_title,
                                            place_in_byline, place_in_page_state, place_in_sentence, place_on_map,
                                            place_under_heading, role_said_remote, workplace_in_sentence)
from companion.reading.pages.regions import COPYRIGHT_MARK, japanese_town, names_a_place, names_a_region, postal_town
from companion.reading.pages.results import OPEN_ONE, job_found, no_job
from companion.reading.pages.text import around_last_dash, html_to_text, posted_by_agency, says_it_is_an_agency
from companion.reading.pages.towns import names_a_town
from companion.domain.addresses import email_addresses_in, is_web_url, site_label
from companion.domain.hosts import hiring_tool
from companion.reading.roles import (GENDERS, WE_SEEK, marked_for_every_gender, names_a_job, names_a_role, role_at_employer,
                                     role_to_become)
from companion.reading.names import (FULL_STOP, has_legal_form, names_an_institution, names_an_organisation, names_with_legal_form,
                                     only_a_legal_form, spells, squeezed, without_legal_form, words_in, written_as,
                                     written_in_text)
from companion.reading.pages.urls import host, path_parts, query_value

NAME = "fallback"
CONFIDENCE = 0.4  # before the per-missing-field penalty: a typical result ends near 0.2

_JOB_WORDS = re.compile(
    r"job|career|vacanc|position|opening|recruit|recrut|hiring|stelle|stilling|emploi|empleo|vacature|apply|bewerb"
    # careers, recruiting: German, Swedish, Polish, French, Spanish, Romanian…
    r"|karri[eä]r|kari[eé]ra|carri[eè]r|carrera|cariere|rekryt|rekrut"
    r"|採用|求人|募集|채용|招聘"  # Japanese, Korean, Chinese: hiring, job offers
    r"|tuyển[\s-]dụng|tuyen-dung|lowongan|iş[\s-]ilan|is-ilan|kariyer|állás|allas"  # Vietnamese, Indonesian, Turkish, Hungarian
    # positions, work with us, vacancies, job offers: Italian, Portuguese, Spanish, Polish, Czech
    r"|posizion[ei]|lavora[\s-]con[\s-]noi|trabalhe[\s-]conosco|trabaj[aá][\s-]con[\s-]nosotros"
    r"|\bvagas?\b|vacante|oferta[\s-]pracy|pozice"
    r"|(?:nous|vous)[\s-]rejoindre|rejoignez|\bgesucht\b|\bgezocht\b"  # join us (French), wanted (German, Dutch)
    r"|\bsucht\s+(?:neue|eine?[nr]?|verstärkung)\b"  # seeks (new staff, a …, reinforcement): German
    r"|\bposao\b|\bposlovi\b|θέση\s+εργασίας"  # job(s): Serbo-Croatian, Greek
    r"|ваканси|вакансі|карьер|кар['’]єр"  # vacancies, careers: Russian, Ukrainian
    # we seek, is sought: Turkish, Hungarian, Czech, Slovak, Polish, Serbo-Croatian, Bulgarian
    r"|arıyoruz|aranıyor|keresünk|hledáme|hľadáme|poszukujemy|szukamy|tražimo|търсим"
    # job(s), vacancies: Finnish, Estonian, Latvian, Georgian, Hebrew, Thai, Malay, Hindi, Swahili (not Arabic's "وظيفة",
    # a function too, nor the Baltic "karjera", a career: "Karjeras padomi", career tips)
    r"|työpaik|töökuulutus|tööpakkumi|vakanc|ვაკანსი|משרה|משרות|דרושים"
    r"|สมัครงาน|ตำแหน่งงาน|jawatan\s+kosong|नौकरी|भर्ती|nafasi\s+za\s+kazi"
    rf"|{GENDERS}"
    # a university's posts: "Postdoc", "Post-Doc Positions", "PhD Studentship"; not the research a scientist did as one
    # ("Postdoctoral Research" heading a biography's page), unless a post follows ("Postdoctoral Research Fellow")
    r"|post-?doc(?!toral\s+(?:research|work|training|studies)\b(?!\s+(?:fellow|associate|assistant|scientist|position)))"
    r"|studentship",
    re.IGNORECASE,
)
# "Title | Job ad | Jobindex": the pieces after the last separators that only name the site.
# "｜": Japanese's bar; "»", "›", "/": a trail's marks ("Agora » DevOps Engineer", "Careers / TAIC"); a colon
# spaced as a separator ("Vacature medewerker technische dienst. : Iguana", a WordPress theme's)
# (a bar sets pieces apart however spaced: "中型ドライバー| 株式会社西巻運輸"; a separator may be doubled: "::")
_LAST_PIECE = re.compile(r"^(?P<rest>.+)(?:\s+[|·•–—»›/:-]{1,2}\s+|\s*[｜|❘│]\s*)(?P<last>[^|｜·•–—»›/]+?)\s*$")
# A name's other writing after it, in lenticular brackets: "株式会社セガ -【SEGA Co., Ltd.】".
_OTHER_NAME = re.compile(r"\s*[-–]?\s*【[^】]+】$")
# A site's name in brackets after the rest: "Careers - Software engineer [ Dorcas Technologies ]".
_BRACKETED_LAST = re.compile(r"\s*\[\s*([^\][]+?)\s*\]\s*$")
_FIRST_PIECE = re.compile(r"^\s*+(?P<first>[^|·•–—»›\s][^|·•–—»›]*?)\s++[|·•–—»›:-]{1,2}\s++(?P<rest>.+)$")  # "Jobs.GE - …"
TITLE_LIMIT = 500  # characters; longer "titles" are not job titles, and this bounds the regex work
_GENERIC_LABELS = {"job", "jobs", "job ad", "job advert", "job posting", "job details",
                   "career", "careers", "karriere", "kariera", "stellenanzeige", "jobannonce",
                   "application", "apply", "bewerbung", "candidature", "postuler", "solicitud",
                   "вакансии", "вакансії", "карьера", "кар'єра"}  # Russian, Ukrainian: vacancies, career
# A Japanese site's hiring sections: "採用情報" (hiring), "中途採用情報" (mid-career), "募集要項" (the terms offered).
# "求人情報": job offers
_JAPANESE_SECTION = re.compile(rf"^(?:中途|新卒|キャリア)?(?:採用)+(?:情報|サイト)?$|^{TERMS_OFFERED}$|^求人(?:情報)?$")  # "採用サイト": hiring site
# The words around an employer's name in a title's last piece: "… | Jobs bei comparis.ch", its
# careers site named after it ("… | Codeway Jobs", "… - Careers biicode", "… | Ordomatics recrute").
_CAREERS_WORDS = r"(?:jobs?|careers?|karriere|stellenangebote|emplois?|offres d'emploi|vacatures|empleos?|working)"
_AT_WORDS = r"(?:bei|at|with|chez|à|bij|en|presso)"
# A call to join it, first: "Starte bei WAMOCON", "Arbeiten bei …", "Work at …", "Join …", "Únete a …", "Werken bij
# Everts", "Jobba hos …", "Travailler chez …".
_JOIN_WORDS = (r"(?:(?:starte|arbeite|arbeiten|work|komm|únete|junte-se)\s+(?:bei|at|with|zu|a|à)|join|rejoignez"
               r"|werde\s+teil\s+von|(?:werken|werk|jobba|jobbe|arbeta|arbejde|travailler|trabajar|lavorare)"
               r"\s+(?:bij|hos|chez|en|presso))")
_EMPLOYER_LEAD = re.compile(rf"^(?:{_CAREERS_WORDS}\s+(?:{_AT_WORDS}\s+)?|{_JOIN_WORDS}\s+)"
                            rf"|(?<=\w)\s+(?:jobs|careers|karriere|{RECRUITS}|is\s+hiring)$", re.IGNORECASE)
# The careers section at its employer, first in a title: "Careers at code & co. | Software Engineer".
_CAREERS_AT = re.compile(rf"^{_CAREERS_WORDS}\s+{_AT_WORDS}\s+(?=\S)", re.IGNORECASE)
# An application form's title that names the employer and not the job: "Bewerbe dich bei Helsana.",
# "Deine Bewerbung bei Smile", "Apply to Acme".
_APPLYING_AT = re.compile(
    r"^(?:bewirb dich|bewerbe dich|(?:deine|ihre|your)\s+(?:bewerbung|application)|apply(?:ing)?(?: now)?|postulez|postuler)"
    r"\s+(?:bei|at|to|with|chez|auprès de)\s+(?P<employer>[^|–—]+?)[.!]?$",
    re.IGNORECASE,
)
# A document title naming the employer before the site's sections: "Lowe's Companies Inc - Job details",
# "SAIC: Careers: Career Opportunities".
_EMPLOYMENT_WORDS = r"employment(?:\s+opportunities)?"  # the section named for the work it offers
_SECTION = (r"(?:job\s+(?:details|posting|description)|careers?(?:\s+page)?|career\s+opportunities|career\s+details?(?:\s+page)?"
            r"|jobs|(?:job\s+)?opportunities"
            # careers: German, French, Italian, Spanish, Czech, Polish, Swedish, Romanian
            r"|karriere|carrières?|carriere|carreras?|kari[eé]ra|karriär|cariere|recrutement"
            # Hungarian, Turkish, Serbo-Croatian, Bulgarian, Russian, Greek
            r"|karrier|kariyer|karijera|кариер[аи]|карьера|καριέρα"
            r"|praca|práce|práca"  # work: Polish, Czech, Slovak ("Trans Kontrol - praca")
            r"|(?:avoimet\s+)?työpaik(?:ka|at)|rekrytointi"  # Finnish: (open) jobs, recruiting ("Eilakaisla - Työpaikka")
            # jobs: French, Spanish; recruitment, careers: Vietnamese, Indonesian; "Recruit", as Japanese sites name it
            r"|emploi|empleo|tuyển\s+dụng|karir|lowongan|recruit"
            r"|内推|(?:人才)?招聘(?:信息)?"  # Chinese: (internal) referrals, (talent) recruitment
            r"|채용\s*(?:정보|안내)|채용"  # Korean: recruitment (information, guide)
            rf"|{_EMPLOYMENT_WORDS}|join(?:\s+us)?|work\s+(?:with|for)\s+us|stellenangebote|offene\s+stellen?|stellen"
            r"|werken\s+bij(?:\s+ons)?"  # Dutch: work at (us)
            r"|trabalhe\s+conosco|trabaj[aá]\s+con\s+nosotros|lavora\s+con\s+noi"  # work with us: Portuguese, Spanish, Italian
            r"|we['’]re\s+hiring"
            r"|nous\s+rejoindre|rejoignez[- ]nous"
            # the site's own jobs, by a possessive: "Våra jobb" (Swedish), "Our jobs", "Unsere Jobs"; open positions
            r"|(?:our|våra|våre|vores|unsere|nos|nuestr[oa]s)\s+(?:jobs?|jobb|stellen|offres|ofertas|vacatures)"
            r"|(?:open\s+)?positions)")
# (a page's number may follow: "J-W Energy Company | Employment Opportunities2"; a comma may set it apart: "Infinity,
# Tuyển Dụng", not "Careers, We're Hiring")
_EMPLOYER_AND_SECTIONS = re.compile(rf"^(?!{_SECTION},)(?P<employer>[^:|–—]{{2,60}}?)"
                                    rf"(?:\s*[:|–—-]\s*{_SECTION}|,\s+{_SECTION})+\s*\d*$", re.IGNORECASE)
# A title naming a programme many join, its last words (and year): "Internship Program", "Applied Generative AI Training
# Program"; not a role in one ("Manager, Loyalty Program", "Coordinator - Internship Program": the role before it).
_PROGRAMME = re.compile(r"\b(?:internship|training|graduate|trainee|apprenticeship|fellowship|residency|mentor(?:ing|ship)"
                        r"|volunteer|exchange|leadership)\s+program(?:me)?(?:\s+\d{4})?\s*$", re.IGNORECASE)
# (or two joined: "Recrutement & Carrières", "Jobs and Careers")
_SECTION_ALONE = re.compile(rf"^{_SECTION}(?:\s*(?:&|\+|and|et|und|y|e|en|i|och|og)\s*{_SECTION})?$", re.IGNORECASE)
# "Вакансии ООО «Стэк»:", "Jobs bei Initech GmbH": the careers section of a company its legal form names
_SECTION_OF = re.compile(rf"^(?:{_SECTION}|вакансии|вакансії)\s+(?:(?:at|bei|der|chez|de|van|в|у)\s+)*"
                         r"(?P<employer>[^:]{2,60}?)\s*:?$",
                         re.IGNORECASE)
_SECTION_AND_EMPLOYER = re.compile(rf"^{_SECTION}\s*[:|–—-]\s*(?P<employer>[^:|–—]{{2,60}}?)$", re.IGNORECASE)
# "Join - Developer", "Offene Stelle / Senior-Entwickler (m/w/d)": the site's trail before the job
_SECTION_BEFORE = re.compile(rf"^{_SECTION}(?:\s*[:|–—·-]|\s+/)\s*(?=\S)", re.IGNORECASE)
_SECTION_AFTER = re.compile(rf"(?<=\S)\s+{_SECTION}$", re.IGNORECASE)  # "Gojek Jobs": the site's section named for it
# A Japanese recruiting site's name, the employer and the kinds of hire before it: "えすこーと 中途社員・新卒社員・
# アルバイト・パート採用ページ" (recruiting page), "… 採用サイト" (site); not "採用情報" (hiring information), which heads one job's too.
_RECRUITING_SITE = re.compile(r"採用(?:ページ|サイト|ホームページ)$|リクルートサイト$")
# A careers site's title naming its owner: "Find job and career opportunities with DeVry University".
# A post's title ending with the university it is at: "PhD Studentship: Computer vision … in the University of Edinburgh".
_AT_UNIVERSITY = re.compile(r"\s(?:at|in)\s+(?:the\s+)?(?P<employer>(?:University|Universit[éäà]t?|Universidad|Universidade)"
                            r"\s+(?:of|de|di|do|da)\s+[A-ZÀ-Þ][\w'’ -]{1,40}"
                            r"|[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?\s+University)$")
# A university named for its town: "University of Edinburgh", "Universität Bremen", "Université de Lille" (not one
# named for what it teaches: "University of Technology").
_UNIVERSITY_TOWN = re.compile(r"^(?:the\s+)?(?:University|Universit[éäà]t?|Universidad|Universidade)\s+(?:(?:of|de|di|do|da)\s+)?"
                              r"(?!(?:Technology|Science|Sciences|Applied|Arts|Music|Medicine|Economics|Law)\b)"
                              # (a state's university, its campus's town after it: "University of California, Los Angeles")
                              r"(?P<town>[A-ZÀ-Þ][\w'’-]+)(?:,\s+(?P<campus>[A-ZÀ-Þ][\w'’ -]+))?$")
# The careers section naming its employer: "Opportunities with Initech", "Careers at Initech", "Job Vacancies at Initech",
# "Work at Connexta", "Life at Initech"; in Italian, Spanish, French, German, Swedish too: "Lavorare in MANAGECH", "Trabajar
# en …", "Arbeiten bei …", Norwegian "Jobbe i …" (not "Work with us", "Lavora con noi": the site's own).
_SECTION_AT = re.compile(r"\b(?:(?:opportunities|careers?|jobs|(?:job\s+)?vacancies)\s+(?:at|with)"
                         r"|(?:work(?:ing)?|life)\s+(?:at|with|for)"
                         r"|lavora(?:re)?\s+(?:in|con|per|da)|trabaj(?:a|á|ar)\s+(?:en|con)|travailler\s+(?:chez|à)|arbeiten\s+bei"
                         r"|jobba\s+(?:hos|på)|jobbe\s+(?:i|hos|på)|arbeide\s+(?:i|hos))"
                         r"\s+(?!us\b|noi\b|nosotros\b|nous\b|uns\b|oss\b)(?P<employer>[^|–—]{2,60}?)[.!]?$",
                         re.IGNORECASE)
# What a title calls the kind of page, not which job: "Job Posting Details", "Vacancy"; alone, or as
# a label before the job's title ("Вакансия: Инженер-программист", Russian for vacancy).
_KIND_OF_PAGE_WORDS = (rf"{DETAILS_OF_JOB_WORDS}"
                       r"|job(?:\s+description|\s+posting|\s+opening|\s+overview|\s+ad(?:vert)?|\s+requisition)?|requisition"
                       r"|view\s+job|(?:now\s+)?hiring"  # "NOW HIRING: PROFESSIONAL CLEANERS"
                       r"|vaga|vacancy|вакансия|вакансія|jobannonce|stellenanzeige|stellenangebot|vacature"
                       r"|vaga\s+de\s+emprego|job\s+vacanc(?:y|ies)"  # "Vaga de Emprego - Auxiliar de Confeitaria"
                       r"|offre\s+d['’]emploi|oferta|position|(?:easy\s+)?apply"  # "Easy apply - <title> - Wise"
                       r"|oferta\s+pracy|állásajánlat|álláshirdetés|iş\s+ilanı"  # Polish, Hungarian, Turkish: job offer, ad
                       r"|platsannons|stillingsannonse|stillingsopslag"  # Swedish, Norwegian, Danish: job ad
                       # Italian, Spanish, Portuguese: a job offer; German: a post advertised
                       r"|offerta\s+di\s+lavoro|oferta\s+de\s+(?:empleo|trabajo|emprego)|stellenausschreibung"
                       # French: a notice of recruitment, of a vacant post; a call for applications
                       r"|avis\s+de\s+(?:recrutement|vacance(?:\s+de\s+poste)?)|appel\s+à\s+candidatures?"
                       r"|채용\s*공고")  # Korean: job posting
_NAMES_NO_JOB = re.compile(rf"^(?:{_KIND_OF_PAGE_WORDS})$", re.IGNORECASE)
# The kind of page as a label before the job's title: "Job Opening: Sales Executive", "Вакансия: Инженер-программист".
# (a hyphen may join "Hiring" to the job: "Hiring-IT Research Technician"; not "Position-Based …")
_KIND_OF_PAGE_LABELS = rf"(?:{_KIND_OF_PAGE_WORDS})(?:\s*:|\s+[-–—|]|(?<=hiring)-)"
_KIND_OF_PAGE_LABEL = re.compile(rf"^{_KIND_OF_PAGE_LABELS}\s*(?=\S)", re.IGNORECASE)
# (in brackets too: "【採用情報】セールス", Japanese for hiring information)
_KIND_OF_PAGE = re.compile(rf"^(?:{_KIND_OF_PAGE_LABELS}"
                           # "Vacature medewerker technische dienst." (not "Vaga para Desenvolvimento …": what the vacancy is for)
                           r"|(?:vacature|stellenangebot|вакансия|вакансія|vaga)\s(?!(?:para|de|pour|for|voor|für|для)\s)"
                           r"|tuyển\s+dụng\s+vị\s+trí\s"  # Vietnamese: hiring for the post
                           rf"|[【\[](?:{_KIND_OF_PAGE_WORDS}|採用情報|求人情報|求人|募集)[】\]])\s*(?=\S)", re.IGNORECASE)
# The site's name and its careers section before the kind of page: "Cloudwave Careers Job Requisition: Proposal Manager".
_SITE_SECTION_LEAD = re.compile(rf"^\S.{{0,40}}?\s+{_SECTION}\s+(?={_KIND_OF_PAGE_LABELS})", re.IGNORECASE)
# A heading calling for more hands, no role named: German "Verstärkung gesucht" (reinforcement wanted), "Wir suchen
# Verstärkung".
_REINFORCEMENT = re.compile(r"^(?:wir\s+suchen\s+)?verstärkung(?:\s+gesucht)?\s*[!.]?$", re.IGNORECASE)
# First labels of an applicant-tracking site's address that name the site, not the employer.
_SERVICE_LABELS = {"www", "apply", "jobs", "careers", "job-boards", "boards", "app", "hire"}
# Parts of such a site's path before the account: SmartRecruiters' "/oneclick-ui/company/Wise/…".
_SERVICE_PATHS = {"oneclick-ui", "company"}
# Sites that list other employers' jobs: their name in a title is the board's, not the employer's.
JOB_BOARDS = frozenset({
    "careerbuilder", "dice", "glassdoor", "indeed", "infojobs", "jobbank", "jobindex", "jobsdb", "linkedin",
    "monster", "naukri", "reed", "seek", "simplyhired", "stepstone", "totaljobs", "welcometothejungle", "xing",
    "ziprecruiter", "workatastartup", "wellfound", "builtin", "otta", "weworkremotely", "remoteok", "adzuna",
    "workinstartups", "superjob",
})


# A site's name saying it is a board: Japanese "求人" (job offers), "転職" (changing jobs), "バイト" (part-time
# work), "派遣" (temping); Korean "채용", "구인" (hiring); Chinese "招聘" (hiring), "人才" (talent); "jobs" (ethiojobs.net,
# jobsinschoolsnortheast.com).
_BOARD_WORDS = re.compile(r"jobs|求人|転職|バイト|派遣|채용|구인|招聘|人才")


def _on_board(page: Page) -> bool:
    """Whether the page is on a job board or a hiring tool, whose name is never the employer's."""
    domain = page.domain
    return domain in JOB_BOARDS or bool(_BOARD_WORDS.search(domain)) or hiring_tool(host(page.url))[0]


def handles(url: str) -> bool:
    return is_web_url(url)


# Hosts of sites built from repositories: a project's site is named by its repository, the path's first part.
_PROJECT_HOSTS = (".github.io", ".gitlab.io")


def _project(page: Page) -> str:
    """The repository a project's site may be named by: "groenewielen" at
    camielkors.github.io/groenewielen.github.io/vacature.html (or a folder of the owner's site)."""
    parts = path_parts(page.url)
    if not host(page.url).endswith(_PROJECT_HOSTS) or len(parts) < 2:
        return ""
    repository = parts[0]
    for suffix in _PROJECT_HOSTS:  # a repository named as its owner's site: "groenewielen.github.io"
        repository = repository.removesuffix(suffix)
    # (not a folder of the owner's careers section: uibk-dps-dc.github.io/positions/phdedgecloud/)
    return "" if listed_in(repository) or _SECTION_ALONE.match(repository) else squeezed(repository)


def _account(page: Page) -> str:
    """On an applicant-tracking site, the employer's account: comparis-ch.jobs.personio.de,
    apply.workable.com/crypto-finance/ ("" elsewhere)."""
    name = host(page.url)
    if not hiring_tool(name)[1]:
        return ""
    if org := query_value(page.url, "org"):
        return squeezed(org)  # Taleo Business Edition's shared host: "…/requisition.jsp?org=HOS&rid=103"
    first = name.split(".")[0]
    if first not in _SERVICE_LABELS:
        return squeezed(first)
    parts = [part for part in path_parts(page.url) if part.lower() not in _SERVICE_PATHS]
    return squeezed(parts[0]) if parts else ""


def _at_account(page: Page) -> bool:
    """Whether the address is an employer's account on a hiring site and nothing under it."""
    parts = path_parts(page.url)
    return bool(_account(page)) and len(parts) == (1 if host(page.url).split(".")[0] in _SERVICE_LABELS else 0)


@lru_cache(maxsize=2)  # asked for by most of the title's readings: read once per page
def _site_name(page: Page) -> str:
    """The name the site gives itself (its og:site_name), unless it is a template's word for any site's ("Home") or a
    folder's name ("elao_", a site built under a repository's folder)."""
    said = page.meta("og:site_name")
    return "" if said.casefold() in HOME_WORDS or said.strip("_") != said else said


def _site_names(page: Page) -> frozenset[str]:
    """The site's names: its site name whole and each of its pieces ("개발자 커리어 점프, 점핏": a
    slogan, then the name), the name its address spells, its account on a hiring site, the
    repository a project's site is built from."""
    site_name = _site_name(page)
    pieces = re.split(r"[,|·–—:]", site_name)
    if site_name in (page.title, page.meta("og:title")):
        # a template's copy of the page's title ("Оператори ПРОИЗВОДСТВО за Добрич | Bestjobs Bulgaria"): its last
        # piece names the site, the rest the job
        site_name, pieces = pieces[-1].strip(), []
    return frozenset({squeezed(site_name), *map(squeezed, pieces), page.domain, _account(page), _project(page)} - {""})


# A title's last pieces that name a site by their shape: an address ("GOV.UK", "jobs.ch"), a
# board's or careers site's name ("Civil Service Jobs", "Initech Careers").
_SITE_SHAPED = re.compile(r"^[\w-]+(?:\.[a-z]{2,})+$|^(?:[A-Z][\w&.'’-]*\s+){1,3}(?:Jobs|Careers)$", re.IGNORECASE)


# A heading announcing the job its employer is hiring for: "Aidants Connect recrute : un.e chargé.e de
# déploiement", "Initech is hiring: Data Engineer", "Initech sucht einen Koch (m/w/d)"; after its colon
# or its article (left out), in English, French, German, Spanish, Portuguese, Italian, Dutch, Vietnamese.
# (French's article for either gender, its "e" after a dot, a middle dot or in brackets: "un.e", "un⋅e", "un·e", "un(e)";
# its future or new one: "Doulce Mémoire recherche son/sa futur(e) chargé(e) de diffusion")
_UN_E = r"une?(?:[.·⋅•]e|\(e\))?"
_FUTURE = r"(?:futur(?:\(e\)|[.·]e|e)?|nouvel(?:le)?|nouveau)\s+"
_HIRING_FOR = re.compile(
    # (French's "seeks" only before an article: not "Ingénieur de recherche : …")
    rf"^(?P<employer>[^:|–—]{{1,60}}?)(?:\s+recherche\s+(?:{_UN_E}|son(?:/sa)?|sa)\s+(?:{_FUTURE})?"
    rf"|(?:\s+(?:{RECRUITS}|(?:is|are)\s+hiring|suchen|buscamos|cerchiamo|zoeken)"
    r"|['’]re\s+hiring)\s*"
    # (German's article for either gender: "ein/e", "eine/n", "eine*n", "eine:n", "ein(e)")
    # (French's own: "Le Fonds Arménien de France recrute son directeur administratif et financier")
    # (or German's "new", plural: "Dressland sucht neue Mitarbeiter im Verkauf Aussendienst")
    rf"(?::\s*|\s(?:{_UN_E}|son|sa|an?|eine?(?:[/*:][enr]|\([enr]\))?|eine[nr]|una?|uma?|een|neue)\s+)"
    rf"(?:(?:{_UN_E}|an?)\s+)?"
    r"|\s+tuyển\s+dụng\s*:?\s+"  # Vietnamese, which has no article: "Viettel Post tuyển dụng React Native Developer"
    r"|(?<=\S)(?:招聘|诚聘)[:：]?\s*(?=[^\W\d_]))"  # Chinese, with no space: "羽石株式会社招聘赴日程序员" (recruits programmers)
    r"(?P<job>\S.*)$",
    re.IGNORECASE,
)
# A Chinese heading offering a referral to the employer it names ("拼多多内推"), posted on a blog not the employer's.
_REFERRAL_TO = re.compile(r"^(?P<employer>[^\s:|–—]{2,30}?)\s*内推$")
# When, after the title: the days left to apply on a Korean board ("개인정보보호 담당자(경력9년~14년)(D-20)"), or the day
# posted after a dash ("Tuyển Dụng Vị Trí Marketing Leader – 30/5/2024").
_WHEN_AFTER = re.compile(r"\s*\(D-\d{1,3}\)$|\s+[-–—]\s+\d{1,2}/\d{1,2}/\d{4}$")
_HIRING_IN = re.compile(r"^(?i:(?:now\s+)?hiring)\s+(?P<job>\S.*?)\s+in\s+(?P<place>[A-ZÀ-Þ][^|·•–—]{1,60})$")
_ONE_OF = re.compile(r"^1\s+(?=[A-Z])")  # the count of one post before its title: "1 PhD Candidate, Generative …"
# Words tagging an ad as new or urgent, in brackets before its title: "[URGENTE]", "[NOVO]", "[NOUVEAU]", "(Urgent)".
_AD_TAG_WORDS = r"urgente?|novo|nova|new|hot|nouveau|neu|nuevo|nuovo|dringend"
# A place in brackets before the job, as Brazilian boards write it: "[CURITIBA] Técnico em Eletrônica JR",
# "[Remoto] Desenvolvedor PHP"; not a word about the ad ("[URGENTE]", "[NOVO]", "[VAGA]").
_PLACE_FIRST = re.compile(rf"^\[(?!(?:{_AD_TAG_WORDS}|vaga|hiring|contratando)\])(?P<place>[^\]\d]{{2,40}})\]\s*"
                          r"(?P<job>\S.*)$", re.IGNORECASE)


# A subject naming no one: an article and one word in small letters ("Le laboratoire", "L’équipe", "The team").
_COMMON_SUBJECT = re.compile(r"^(?i:le|la|les|l['’]|notre|nos|the|our|das|die|der|unser(?:e)?)\s*[^\W\d_A-Z][\w-]*$")


def _job_hired(hiring: re.Match) -> str:
    """The job a heading announcing whom an employer hires names, its first letter a capital, without the heading's
    exclamation ("… chargé(e) de diffusion et de production !")."""
    job = hiring["job"].rstrip(" !")
    return job[:1].upper() + job[1:]


# A Japanese heading naming the employer, its hiring section, then the job: "株式会社ネットマイルの中途採用情報:営業職【…】"
# (the employer's mid-career hiring: sales).
_EMPLOYERS_SECTION_AND_JOB = re.compile(r"^(?P<employer>[^:：]+?)の(?:中途|新卒|キャリア)?(?:採用)+(?:情報)?\s*[:：]\s*(?P<job>.+)$")


def _says_section(piece: str) -> bool:
    """Whether a title's piece only says which of the site's sections the page is in ("Jobs", "採用情報", "Work at
    Connexta", "Lavora con noi Torino": the section of a town's shop)."""
    if piece.lower() in _GENERIC_LABELS or _JAPANESE_SECTION.match(piece) or _SECTION_ALONE.match(piece.strip()) \
            or _SECTION_AT.match(piece.strip()):
        return True
    words = piece.split()  # (the town after the section's name: its last word or two)
    return any(_SECTION_ALONE.match(" ".join(words[:-count])) and names_a_town(" ".join(words[-count:]))
               for count in (1, 2) if len(words) > count)


def _names_site(piece: str, names: frozenset[str]) -> bool:
    """Whether a title's piece only names the site: "Jobs", "Jobindex", "Jobs bei comparis.ch",
    "GOV.UK", "Civil Service Jobs"."""
    written = _EMPLOYER_LEAD.sub("", piece)
    return _says_section(piece) or bool(_SITE_SHAPED.match(piece.strip())) or any(
        spells(name, written) or spells(name, written.split(".")[0]) for name in names)


def page_title(page: Page) -> str:
    """The title the page announces (og:title, else its document title) without the site's name."""
    return _title_and_site(page)[0]


def _title_and_site(page: Page) -> tuple[str, str]:
    """The title without the site's name, and that name as the title wrote it ("" if none)."""
    # (a template's job left empty before the site's name: " - LPS Qubit Collaboratory")
    announced = [said for title in (page.meta("og:title", "twitter:title"), page.title)
                 if (said := title.strip().lstrip("|·•–—- ")) and said.rstrip("-– ").casefold() not in _PLACEHOLDER_TITLES
                 and not _SLUG.match(said) and not _PLACEHOLDER_NAME.match(said)]
    # an og:title that only names the site ("LEO Pharma" over the title "LEO Pharma - Clinical
    # disclosure specialist") gives way to the document's title
    named = [title for title in announced if squeezed(title) not in _site_names(page)] or announced or [""]
    # a document title that goes on from the og:title says more: "AI Partnerships Manager @ Ramp"
    # over the og:title "AI Partnerships Manager" names the employer
    fuller = [title for title in named[1:] if len(title) > len(named[0]) and title.startswith(named[0])]
    # an og:title no heading shows, beside a title one does, was copied from another page ("AI Engineer - Marker"
    # over the title and heading "Senior Engineer - Backend and AI Infra")
    shown = [title for title in named[1:] if headings_show(page, _without_site(page, title[:TITLE_LIMIT])[0], in_part=True)]
    # (an og:title saying the page lists jobs keeps saying so, "Phantombuster is hiring!", unless the shown title says so
    # too: "HR Executive jobs in Delhi", copied, beside "PHP Developer Jobs in Delhi", each a search engine's phrase)
    if shown and not headings_show(page, (said := _without_site(page, named[0][:TITLE_LIMIT])[0])) \
            and (not listed_in(said) or listed_in(shown[0])):
        fuller = fuller or shown
    # an og:title naming no job beside a document title naming the careers section: the site's own, copied to every page
    # ("Eilakaisla - Henkilöstöpalvelu", staffing services, beside "Eilakaisla - Työpaikka", a job)
    sectioned = [title for title in named[1:] if _says_section(_without_site(page, title[:TITLE_LIMIT])[0])]
    first_said = _without_site(page, named[0][:TITLE_LIMIT])[0] if sectioned else ""
    if sectioned and not _JOB_WORDS.search(first_said) and not names_a_role(first_said):
        fuller = fuller or sectioned
    chosen = (fuller or named)[0]
    title, site = _without_site(page, chosen[:TITLE_LIMIT])
    # the site's name the other title gives ("Crunch | Python Systems Engineer" beside the og:title
    # "Python Systems Engineer · Modern survey data analysis"), the chosen one not read again
    others = (said for said in announced if said != chosen)
    return title, site or next((other for said in others if (other := _without_site(page, said[:TITLE_LIMIT])[1])), "")


# A template's title its author never filled in: it names nothing; nor does a file's name ("job-details", "anew-recruit").
_PLACEHOLDER_TITLES = {"title", "page title", "untitled", "untitled document", "document", "new page", "my website",
                      "no title specified",
                      # the kind of page its author was building ("vacancy page", a Russian builder's site)
                      "vacancy page", "job page", "job details page", "career page"}
_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)+(?:\.html?)?$")
# A theme's title its owner never filled in, its name left a placeholder: "Your Name – Web Developer from Somewhere".
_PLACEHOLDER_NAME = re.compile(r"^(?:your|company|site)\s+name\b|^your\s+(?:company|awesome\s+title)\b", re.IGNORECASE)


def _fuller_heading(page: Page, title: str) -> str:
    """A heading that says more than the document's title ("Développeur C# – Applications métier
    critiques" under "Développeur C# | BS-Team SA"; "Mitarbeiter*in in der Konfektionierung (ab
    sofort)" under "Mitarbeiter*in Konfektionierung – BO-WERT GmbH": its words and more, in turn)
    is the title a person reads; not where the heading's own words are the title's, the rest an
    element of its own ("<span class='job-subtitle'>Stolarka okienna i drzwiowa</span>", the trade)."""
    first = page.css_first("h1")
    if first is not None and squeezed(title) == squeezed(first.text(deep=False)):
        return title
    heading, _ = _without_site(page, page.text("h1")[:TITLE_LIMIT])
    longer = squeezed(title) and len(heading) > len(title) and (
        squeezed(heading).startswith(squeezed(title)) or len(title.split()) >= 2 and _in_turn(title.split(), heading.split()))
    return heading if longer else title


def _in_turn(words: list[str], among: list[str]) -> bool:
    """Whether the words come in the same order among others ("a c" among "a b c")."""
    rest = iter(word.casefold() for word in among)
    return all(word.casefold() in rest for word in words)


def _headed_part(page: Page, title: str) -> str:
    """A title's part before its last separators where a heading of the page reads just that
    ("Looking for a video editor" under the title "Looking for a video editor - Web & Mobile
    Design": the rest is the site's section; "… (Job ID: 4471)"); the title otherwise."""
    headings = {node_text(heading) for heading in page.css("h1, h2, h3, h4")}
    parts, rest = [title], title
    while match := _LAST_PIECE.match(rest):
        rest = match["rest"].strip()
        parts.append(rest)
    # each without the posting's number after it, which a heading leaves out
    return next((bare for part in parts if (bare := _JOB_NUMBER.sub("", part)) != title and bare in headings),
                None) or _heading_in_title(page, title) or title


# A university's or lab's heading for the posts it offers: "3 Post-Doc Positions in HCI at …",
# "Postdoc: A Prototype Data Assimilation System", "PhD position in …" (not a board's "Other open
# positions at Ro", over another job's title).
_POSTS = re.compile(r"\bpost-?doc|\bph\.?d\.?\s+(?:student\s+)?positions?\b", re.IGNORECASE)


def _heading_of_posts(page: Page) -> str:
    """The first h1 or h2 that names the posts a university's or lab's page offers, where its
    title only names the lab ("Sensorimotor Interaction Group", a template's "Dietze Lab
    Publications"); "" where none does."""
    for level in ("h1", "h2"):
        said = next((text for node in page.css(level) if _POSTS.search(text := node_text(node))), "")
        if said and len(said) <= TITLE_LIMIT and not listed_in(said):
            return said
    return ""


def _around_heading(title: str, heading: str) -> tuple[str, str]:
    """What a title names before and after the job's heading, each the piece next to it: the
    employer with its legal form and the place ("三井不動産ファシリティーズ株式会社 中高年活躍中/…の求人詳細情報
    - 東京都 品川区 大崎駅 徒歩1分｜求人ボックス": its town, "東京都品川区"), each "" where it is not one."""
    at = title.find(heading)
    if at < 0 or heading == title:
        return "", ""
    before = title[:at].strip(" |｜-–—:[]")  # a Korean board's "[(주)알에프텍] 2021년 … 모집"
    after = PIECES.split(title[at + len(heading):].strip(" |｜-–—:"))[0]  # up to the site's name after it
    # (a Japanese address's town, not its station and the walk from it: "東京都品川区")
    return (before if before and has_legal_form(before) else ""), (japanese_town(after) or after if names_a_place(after) else "")


def _heading_in_title(page: Page, title: str) -> str:
    """The page's main heading where the title holds it among words of a board's own ("Security
    Researcher/Consultant" in "Job.com Job Listing: iSEC Partners, Inc.'s opening for Security
    Researcher/Consultant in …"; "'Engineer Software 2' in Arlington, VA job posted by Northrop
    Grumman"): of the highest level of heading the page has (its h1s, else h2s, else h3s), the
    longest the title holds. A word alone is a name ("Lumenis" in "Careers at Lumenis") unless the
    heading's class says it names the job; the site's name and a section of it ("Career
    Opportunities") name no job ("" where none)."""
    names = _site_names(page)
    for level in ("h1", "h2", "h3"):
        nodes = page.css(level)
        # a page's one h1 in the site's header (Kyujin Box's) is its heading, unless it is the logo's link
        alone = level == "h1" and len(nodes) == 1
        headings = [(said, node) for node in nodes if (said := node_text(node))
                    and (not in_site_menus(node, page) or (alone and node.css_first("a, img") is None))]
        if headings:
            held = [said for said, node in headings if said.casefold() in title.casefold() and said != title
                    and (len(said.split()) > 1 or _JOB_CLASS.search(node.attributes.get("class") or "")
                         or _KIND_OF_PAGE_AFTER.search(said))  # "…の求人詳細情報": no spaces, one job's heading
                    and not _names_site(said, names) and not _NAMES_NO_JOB.match(said) and not _SECTION_ALONE.match(said)]
            return max(held, key=len, default="")
    return ""


# A heading's class that says it names the job ("name_job", "job-title"): a word alone there is a job's
# title ("SCCM/Packager" in "IT Job Search SCCM/Packager confidential"), not a name.
_JOB_CLASS = re.compile(r"(?:^|[\s_-])(?:job|position|vacancy)(?:$|[\s_-])", re.IGNORECASE)


# The posting's number after its title: "(Job ID: 4471)", "(Req #R-1234)", "（求人番号：508882）" (Japanese).
_JOB_NUMBER = re.compile(r"\s*[(（](?:job\s*(?:id|no\.?|number)|req(?:uisition)?|ref(?:erence)?\.?|求人番号|求人ID)"
                         r"\s*[:：#]?\s*[\w-]+[)）]$", re.IGNORECASE)


_SENTENCE_ENDS = re.compile(rf"{FULL_STOP}(?:\s|$)")  # a slogan has several


# A title describing the site's owner, as no job's title starts: "a nonprofit working to …".
_DESCRIBES = re.compile(r"^(?:a|an)\s+\w+(?:\s+\w+){2,}")


# A team or a department at its employer, a title's last piece: "Design at DBS Bank", "Engineering bei Initech".
_TEAM_AT = re.compile(rf"^(?:[^\W\d_]+\s+){{1,2}}{_AT_WORDS}\s+(?P<name>\S.{{1,60}})$", re.IGNORECASE)
_SLOGAN_PIECE = 4  # words, at least, of a slogan after the site's name in a title (not "Vaud", nor "【Initech Co., Ltd.】")


def _without_site(page: Page, title: str) -> tuple[str, str]:
    names, site = _site_names(page), ""
    if (bracketed := _BRACKETED_LAST.search(title)) and _names_site(bracketed[1], names):
        title = f"{title[:bracketed.start()]} | {bracketed[1]}"  # read as any last piece naming the site
    # the site's name first: "Jobs.GE - …"; or its section, named for it: "Gojek Jobs | Principal Data Scientist"
    # (not the section alone: "求人情報 - HeteroDB,inc", job offers at HeteroDB)
    if (match := _FIRST_PIECE.match(title)) and (first := _SECTION_AFTER.sub("", match["first"].strip())) and (
            {squeezed(first), squeezed(first.split(".")[0])} & names or _branded(page, first)
            or _named_by_mail(page, first) and names_a_role(match["rest"])) and not _says_section(first):
        title, site = match["rest"].strip(), first
    elif match and (lead := _CAREERS_AT.match(first)):
        title, site = match["rest"].strip(), first[lead.end():]  # its careers section first: "Careers at code & co. | …"
    elif match and squeezed(match["rest"]) == squeezed(page.text("h1")) and names_a_role(match["rest"]) \
            and not names_a_role(first) and not _says_section(first):
        # a first piece naming no role that the page's heading leaves out, heading only the role after it: "Ministro per
        # l'innovazione … | Data Scientist" over the h1 "Data Scientist"
        title, site = match["rest"].strip(), first
    # then the section the site's menu links to, before the role a heading shows: "Laurel Parc - Available Positions -
    # Caregiver" over the h2 "Caregiver"
    if site and (section := _FIRST_PIECE.match(title)) and in_menu(page, section["first"].strip()) \
            and headings_show(page, section["rest"].strip()):
        title = section["rest"].strip()
    # the site's slogan last, a sentence: "Angular / Ionic Developer – OmniTrust – Beyond Payments, Empowering Your Business.",
    # its last word perhaps hyphened ("… — Tesla, 4-Tage-Woche, kein Baustellen-Stress.")
    if (match := _LAST_PIECE.match(title)) and SENTENCE.search((last := match["last"].strip()).replace("-", " ")) \
            and not names_a_role(last):
        title = match["rest"].strip()
    # or its slogan after its name, no sentence: "DevOps Engineer – Starkos – A Trusted, Talented, and Transparent Development
    # Partner" (the name then read off as below)
    elif match and len(last.split()) >= _SLOGAN_PIECE and not (names_a_role(last) or names_a_place(last) or has_legal_form(last)) \
            and (inner := _LAST_PIECE.match(match["rest"])) and _names_site(inner["last"].strip(), names):
        title = match["rest"].strip()
    # a last piece naming a company by its legal form is the employer's, whoever's site it is ("Mitarbeiter*in
    # Konfektionierung – BO-WERT GmbH")
    while (match := _LAST_PIECE.match(title)) and (_names_site(last := match["last"].strip(), names) or has_legal_form(last)
                                                   or _branded(page, last) or _named_with_legal_form(page, last)
                                                   or _RECRUITING_SITE.search(last)  # "… | レイスグループ 新卒採用サイト"
                                                   # an institution after a role ("Медицинская сестра - Стоматология Бэбибум")
                                                   or names_an_organisation(last) and names_a_role(match["rest"])
                                                   or bool(team := _TEAM_AT.match(last)) and _branded(page, team["name"])
                                                   or _named_by_mail(page, last) and names_a_role(match["rest"])):
        title, named = match["rest"].strip(), _OTHER_NAME.sub("", _EMPLOYER_LEAD.sub("", last))
        if (team := _TEAM_AT.match(named)) and _branded(page, team["name"]):
            named = team["name"]  # a team at the employer the site marks itself with: "Design at DBS Bank", "©2021 DBS Bank"
        if has_legal_form(named):
            site = named  # over a board's name after it
        elif not _says_section(last) and len(_SENTENCE_ENDS.findall(named)) < 2:
            site = site or named  # (not a slogan: "Einfach. Innovativ. Persönlich.")
    # a board's words, unless the employer's own heading says them too (a job titled so on its own site)
    if page.domain in JOB_BOARDS or not any(_JOB_IN.search(node_text(heading)) for heading in page.css("h1")):
        title = _BOARD_PLACE_SUFFIX.sub("", title) or title
    return _without_kind_of_page(title.rstrip(" |·•–—-")), site  # (a separator left dangling: "DevOps Engineer –")


@lru_cache(maxsize=4)
def _companies_named(text: str) -> tuple[str, ...]:
    """The companies a page's text names with their legal form, read once per page: the title's
    pieces, the employer from the title and the last guesses all ask."""
    return tuple(names_with_legal_form(text))


def _named_with_legal_form(page: Page, name: str) -> bool:
    """Whether the page's text names a company so, with its legal form after ("Tsavo BV is een jonge
    onderneming" for a title's last piece "Tsavo"), as the last words of a name the text runs on
    into from a heading before ("… Developer Internship Satyukt Analytics Pvt Ltd", where the text
    of a minified page's elements meets)."""
    words = name.casefold().split()
    return bool(words) and any(without_legal_form(named).casefold().split()[-len(words):] == words
                               for named in _companies_named(page.body_text))


TITLE_NAME_WORDS = 3  # at most, of a name the title sets apart from the role


def _named_by_mail(page: Page, piece: str) -> bool:
    """Whether a title's piece beside the role is a name an e-mail address on the page spells ("Kvalita - Java Developer",
    "erik.beijleveld@kvalita.nl"), and no role, place or section: the employer, where the site marks itself with no
    name (its logo an image); not a product's name the text repeats ("… | Phi Browser")."""
    if not (2 <= len(piece) and len(piece.split()) <= TITLE_NAME_WORDS) or names_a_role(piece) or names_a_place(piece) \
            or _says_section(piece):
        return False
    return any(spells(site_label(domain), piece) for _, domain in _mail_addresses(page))


def _names_only_site(page: Page, title: str) -> bool:
    """Whether the title only names the site ("Neueda Labs" at labs.neueda.com, a site marking
    itself so), not a section of it."""
    return not _says_section(title) and (_names_site(title, _site_names(page)) or _branded(page, title))


def _first_words_of_mark(page: Page, title: str) -> bool:
    """Whether a title of one name and no more is the first words of the name the site marks itself with
    ("Locusnine" over "© 2020 Locusnine Innovations Pvt. Ltd."): the site's owner, where nothing else names one."""
    words = title.casefold().split()
    return len(TITLE_PIECES.split(title)) == 1 and len(title) >= BRAND_START and not names_a_role(title) \
        and (any(mark.casefold().split()[:len(words)] == words for mark in _site_marks(page))
             or [squeezed(title)] == _logo_files(page)[:1])  # "BARQ" over a logo "barq-logo.svg"


def _logo_files(page: Page) -> list[str]:
    """The names the site's logos' files give, squeezed ("barq" for "assets/img/barq-logo.svg")."""
    return [squeezed(found["name"]) for image in page.css("img[src*='logo' i]")[:SITE_MARKS]
            if (found := _LOGO_FILE.search(image.attributes.get("src") or ""))]


# A logo's file named for the site, its name's words before "logo": "assets/img/barq-logo.svg", "acme_logo.png".
_LOGO_FILE = re.compile(r"(?:^|/)(?P<name>[a-z0-9]+(?:-[a-z0-9]+)*)[-_]logo[^/]*$", re.IGNORECASE)


BRAND_START = 4  # characters at least, of a title naming the site by the first words of its mark


def _main_heading(page: Page) -> str:
    """The page's h1, else its first h2 outside the site's menus, its first line ("Product Manager"
    over "October 1, 2017 by Robin Care" in a blog's post); else, on a page with neither, its first heading naming a
    role (a Next.js careers page's h3 "Online Marketing Manager" over "Texas", "Full Time")."""
    if heading := page.text("h1"):
        return heading
    # (not the head of one of an ad's parts: "Who we are", "Responsibilities")
    if seconds := [node for node in page.css("h2") if not in_site_menus(node, page) and not heads_part(node_text(node))]:
        return next((line for node in seconds if (line := words_before_break(node))), "")
    # (of the lower headings, one naming a role: not a cookie banner's "We value your privacy"; nor a quote's speaker, "-
    # Jane Doe, MLIS 2017, Research Librarian at Initech University." under a former student's praise)
    return next((line for node in page.css("h3, h4, h5, h6") if not in_site_menus(node, page)
                 and names_a_role(line := words_before_break(node)) and not _ATTRIBUTION.match(line)), "")


_ATTRIBUTION = re.compile(r"^[-–—―~]\s*\S")  # a dash before a name: who said the words above


def _heading_naming_job(page: Page) -> str:
    """The page's main heading where it names a role or says it is a vacancy for something ("Vaga para área
    Administrativa"), or the next h2 after one naming only the careers section ("Cariere" over "Coordonator
    Marketing"); "" where neither does."""
    main = _main_heading(page)
    if _SECTION_ALONE.match(main) and not page.text("h1"):
        main = next(islice((said for node in page.css("h2") if not in_site_menus(node, page) and (said := node_text(node))),
                           1, 2), "")
    # (not a heading naming several: "Doctoral and postdoctoral positions" over a lab's kinds of post)
    return main if (names_a_role(main) and not OF_SEVERAL.search(main)) or _VACANCY_FOR.match(main) else ""


# A heading saying it is a vacancy for an area or a kind of work: "Vaga para área Administrativa", "Vacancy for a cook".
_VACANCY_FOR = re.compile(r"^(?:vaga|vacante|vacancy|vacature|stelle|poste)\s+(?:para|de|for|voor|für|pour)\s+\S", re.IGNORECASE)


def _job_under_heading(page: Page) -> tuple[str, str]:
    """The job, and the employer after it where the page's title names it too, in the line under a
    heading naming only the kind of page ("Auxiliar Contábil - TOK Contábil" under "Detalhes da
    Vaga", the page titled "Detalhes da Vaga - TOK Contábil"); ("", "") where no line is one."""
    if not (line := _line_under_heading(page)):
        return "", ""
    split = _LAST_PIECE.match(line)
    if split and split["last"].strip() in TITLE_PIECES.split(page.title):
        return split["rest"].strip(), split["last"].strip()
    return line, ""


def _line_under_heading(page: Page) -> str:
    """The line right under the page's h1, where it may name a job ("" where none, or a heading)."""
    heading = page.css_first("h1")
    below = element_under(heading) if heading is not None else None
    line = words_before_break(below) if below is not None and not below.css_first("h1, h2, h3, h4, h5, h6") else ""
    return "" if not line or len(line) > TITLE_LIMIT or _NAMES_NO_JOB.match(line) else line


def _shown_as_heading(page: Page, title: str) -> bool:
    """Whether a heading shows the title, or the line right under the page's h1 naming only the kind of page is the
    title ("Profissional da Estética" under "VAGA"): the ad's own heading, though drawn as none."""
    return headings_show(page, title) or bool(title) and bool(_NAMES_NO_JOB.match(page.text("h1"))) \
        and squeezed(_line_under_heading(page)) == squeezed(title)


# A title saying a job is wanted in a town: "Plattenleger gesucht in Malters bei Luzern", "Barista wanted in Leeds".
_WANTED_IN = re.compile(r"^(?P<job>.+?)\s+(?i:gesucht|wanted|gezocht|recherch[ée]e?s?|buscad[oa]s?)\s+(?i:in|à|en|im|a)\s+"
                        r"(?P<place>[A-ZÀ-Þ][^|·•–—]{1,60})$")
# A heading naming the employer, then the place after a slash or a dash: "Shift / West Des Moines, IA"; no label
# before it ("Location: Remote / Buenos Aires" is one labelled fact).
_EMPLOYER_PLACE = re.compile(r"^(?P<employer>[^/|–—:：]{2,60}?)\s+[/|–—]\s+(?P<place>[^/|–—]{2,60})$")


def _employer_and_place(page: Page) -> tuple[str, str]:
    """The employer and the town with its region a heading names, set apart by a slash or a dash ("Shift / West Des
    Moines, IA" over "Ruby on Rails Developer"), where the employer's part names no role; ("", "") where none does."""
    for node in page.css("h1, h2"):
        if (named := _EMPLOYER_PLACE.match(node_text(node))) and names_a_place(named["place"]) \
                and not names_a_role(named["employer"]) and not in_site_menus(node, page):
            return named["employer"], named["place"]
    return "", ""


def _section_of(heading: str) -> str:
    """The company a heading naming its careers section names by its legal form ("ООО «Стэк»" of "Вакансии ООО
    «Стэк»:"); "" where the heading is no such section's."""
    return of["employer"] if (of := _SECTION_OF.match(heading)) and has_legal_form(of["employer"]) else ""


def _heading_over_heading(page: Page) -> str:
    """The heading just before the page's h1, in the same box ("<h2>Aidants Connect recrute :</h2><h1>Chargé.e de
    déploiement</h1>"); "" where none."""
    over = over_main_heading(page)
    return node_text(over) if over is not None and over.tag in ("h2", "h3", "h4", "h5", "h6") else ""


def _job_heading(page: Page) -> str:
    """The page's h1 where it may name a job: not the site's name, a section's or a list's; after
    one naming only the careers section, the next where it names a role ("Aspirant Architecte
    logiciel" after "Nous rejoindre"; not "En savoir plus sur notre équipe")."""
    # (a heading holding a paragraph under its words, its description: "<h1><span>Digital Designer</span><span><p>Ability
    # to design …</p></span></h1>", its first line)
    headings = [said[:TITLE_LIMIT] for node in page.css("h1")
                if (said := words_before_break(node) if node.css_first("p") is not None else node_text(node))][:3] or [""]
    first, *then = headings
    # (one h1 after it: under two or more, it lists jobs; or after the site's name, its logo drawn as an h1: "Eilakaisla")
    if (_SECTION_ALONE.match(first) or _names_only_site(page, first)) and len(then) == 1 and names_a_role(then[0]) \
            and not listed_in(then[0]):
        return then[0]
    names_none = _names_only_site(page, first) or _SECTION_ALONE.match(first) or listed_in(first) or _NAMES_NO_JOB.match(first)
    return "" if not first or names_none else first

# How the work is done, where a board brackets it before the job: "[Remoto] Desenvolvedor PHP".
_MODE_BRACKETED = re.compile(r"^(?:remot[eo]|remota|h[íi]brid[oa]|hybrid|home\s*office|presencial)$", re.IGNORECASE)


def _bracketed_place(said: str) -> bool:
    """Whether the brackets before a job's title hold its place: a town written in capitals
    ("CURITIBA"), a region, or how the work is done ("Remoto"); not a team's or a product's name
    ("[Coupang Pay] Senior QA Engineering Tester")."""
    return said.isupper() or names_a_region(said) or bool(_MODE_BRACKETED.match(said.strip()))


def _employer_opening_heading(page: Page) -> tuple[str, str]:
    """The employer and the job of a heading that opens with the employer's name, with its legal form,
    in an element of its own ("<h1><strong>㈜알라딘커뮤니케이션</strong> 백엔드 엔지니어</h1>", JobKorea's);
    ("", "") where no heading does."""
    for node in page.css("h1, h2"):
        employer, whole = node_text(node.css_first("strong, b, span, em")), node_text(node)
        if has_legal_form(employer) and whole.startswith(employer) and (job := whole[len(employer):].strip(" -–—|:")):
            return employer, job
    return "", ""


# A town named for an institution: "College Park", "University Place", "College Station" (a role "at" it names no employer).
_TOWN_NAMED_SO = re.compile(r"^(?:College|University|Institute)\s+[A-Z][a-z]+$")


_TOWN_AFTER = re.compile(r"^(?P<name>.+?)\s+in\s+(?P<place>[A-ZÀ-Þ][^|]{1,60})$")


def _employer_elsewhere(named: str) -> str:
    """The employer a title names after "at" on another's site, where it is one: written with its town after it as a
    board writes it ("DC Public Schools" of "DC Public Schools in Washington, DC"), by its initials ("CEA"), as an
    institution or with its legal form (not the school a caterer's cook works at); not a team or a unit of the site's
    employer ("Treasury", "ICU", "HQ"), a place ("Covent Garden", "Oxford Street in London") or a description ("Top 50
    Law Firm", "Leading University", a recruiter's client); "" otherwise."""
    placed = _TOWN_AFTER.match(named)
    in_town = bool(placed) and names_a_place(placed["place"])
    name = placed["name"] if in_town else named
    words = name.split()
    named_so = in_town or name.isupper() and len(name) <= INITIALS or names_an_institution(name)
    return name if named_so and not names_a_place(name) and name.upper() not in _UNITS and words[-1].casefold() not in _VENUES \
        and words[0].casefold() not in _DESCRIBING else ""


INITIALS = 6  # at most, letters of a name written by its initials ("CEA", "UNICEF")
_UNITS = {"HQ", "ICU", "ER", "HR", "IT", "A&E", "R&D", "QA", "PR", "NICU", "OR"}  # an employer's units, by their initials
_VENUES = {"street", "st", "road", "rd", "avenue", "ave", "centre", "center", "mall", "square", "park", "plaza"}
_DESCRIBING = {"leading", "top", "major", "large", "global", "international", "prestigious", "renowned", "growing", "our", "a"}


def _without_place_after(name: str) -> str:
    """A name without the place in brackets after it ("Nanyang Technological University" of "… (Singapore)")."""
    return placed["before"].strip() if (placed := BRACKETED_AFTER.match(name)) and _place_in_brackets(name) else name


def _place_in_brackets(title: str) -> str:
    """The place a job's title names in brackets after it ("Maryland" of "Software Engineer
    (Maryland)"); "" where the brackets hold no place ("(m/w/d)", "(Senior)")."""
    inside = placed["inside"].strip() if (placed := BRACKETED_AFTER.match(title)) else ""
    # (not the initials of the words before it, which it abbreviates: "Research Assistant (RA)")
    initials = "".join(word[:1] for word in re.split(r"[\s/-]+", placed["before"])[-len(inside):]) if placed else ""
    # (nor two letters but a region's code, in capitals: "(CA)", not the language of "Senior Backend Developer (Go)")
    return inside if (names_a_region(inside) or names_a_place(inside)) and initials.upper() != inside \
        and (len(inside) > 2 or inside.isupper()) else ""


# A role, its employer and its town, set apart by commas, each a few words.
_ROLE_EMPLOYER_TOWN = re.compile(r"^(?P<role>[^,]{2,80}),\s+(?P<employer>[^,]{2,60}),\s+(?P<town>[^,\d]{2,40})$")
# The town a job's title ends with, after "in" or a dash: "PhD studentship in Exeter", "Barista – Goiânia", Vietnamese's
# "Tuyển dụng nhân viên kinh doanh tại Hà Nội". (Not Indonesian's "di", which is Italian's "of": "Cameriere di Sala".)
_TOWN_ENDING = re.compile(r"(?:\s(?:in|à|en|em|a|i|im|tại)|\s[-–—|])\s+(?P<town>[^\s,;:()|–—-][^,;:()|–—]{1,40})$")


def _town_ending(title: str) -> str:
    """The town a job's title ends with, where GeoNames lists it ("" otherwise: "Engineer in Training"; nor the platform
    a role works on, named like a town: "UI Designer - Mobile")."""
    return town if (ending := _TOWN_ENDING.search(title)) and _town_beside_role(town := ending["town"].strip()) else ""


def _town_beside_role(piece: str) -> bool:
    """Whether a piece written beside a role is a town GeoNames lists, not the platform the role works on, named like one
    ("Mobile" of "UI Designer - Mobile")."""
    return names_a_town(piece) and piece.casefold() not in _PLATFORMS


_PLATFORMS = {"mobile"}  # the platforms a role works on that GeoNames lists as towns (Mobile, Alabama)


# Words "-based" follows that name what the work rests on, though towns bear the names too ("Van-Based Service Engineer",
# "Mission-Based", "Enterprise-Based Sales").
_BASED_ON_THINGS = {"van", "mission", "enterprise", "home", "field", "site", "project", "cloud", "web", "team", "community",
                    "faith", "evidence", "value", "values", "performance", "commission", "merit", "skills", "office", "campus",
                    "school", "client", "customer", "account", "shore", "store", "rig", "land", "sea", "ship", "plant", "lab",
                    "desk", "studio", "service", "orange", "hospital", "clinic", "practice", "warehouse", "depot", "road"}
_ROLE_AFTER_BASED = re.compile(r"\s+(?:seeks?|is|are|for|at|in|with|to|wanted)\b|\(", re.IGNORECASE)  # where its words end
# The place a job's title says the role is based in, before the role: "Looking for an Experienced US-Based Project Manager",
# "London-based Data Engineer".
_BASED_IN_TITLE = re.compile(r"(?:\b(?P<first>[A-ZÀ-Þ][\w.]*)\s)?\b(?P<last>[A-ZÀ-Þ][\w.]*)-[Bb]ased\b")


def _place_based_in(title: str) -> str:
    """The country, region or town a title says the role is based in ("US" of "US-Based Project Manager", "New York" of
    "New York-based …"), a role named right after it (not the firm: "… for a US-Based Startup"); "" otherwise."""
    if not (based := _BASED_IN_TITLE.search(title)) or not names_a_role(_ROLE_AFTER_BASED.split(title[based.end():], 1)[0]) \
            or based["last"].casefold() in _BASED_ON_THINGS:
        return ""
    places = [f"{based['first']} {based['last']}"] if based["first"] else []
    return next((place for place in [*places, based["last"]] if names_a_region(place) or names_a_place(place)), "")


def _town_after_title(page: Page, title: str) -> str:
    """The town the page's title writes right after the job's title, no word between ("Interactive Design Engineer Dubai |
    WIM" over the job "Design Engineer"), where GeoNames lists it; "" otherwise."""
    if not title:
        return ""
    for piece in TITLE_PIECES.split(page.title):
        if (found := re.search(re.escape(title), piece, re.IGNORECASE)) and names_a_town(town := piece[found.end():].strip()):
            return town
    return ""


def _town_among_title_pieces(page: Page, job: JobFacts) -> str:
    """The town a piece of the page's title names alone, beside the job's title and the employer's name ("Full Stack
    Engineer Jobs | Bangalore | GO-JEK Careers"), where GeoNames lists it; "" otherwise (nor the employer's own name: a
    town's club or council named for it)."""
    return next((piece for piece in TITLE_PIECES.split(page.title)[1:] if _town_beside_role(piece)
                 and squeezed(piece) not in {squeezed(job.company), squeezed(job.title)}), "")


def _role_heading(page: Page) -> str:
    """The page's h1 where it names a role ("Aspirant Architecte logiciel", "Ingénieur FinOps H/F"); ""
    where it names none (a slogan: "Chtěli byste v tom jet s námi?")."""
    heading = _job_heading(page)
    return heading if names_a_job(heading) else ""


def _without_kind_of_page(title: str, heading: str = "") -> str:
    """A title without the words that say the kind of page before or after the job's ("Vacature:
    …", "… Job", "…の求人詳細情報"; "Vacature Junior Adviseur" under the heading "Vacature"), unless
    they are all it says ("View job")."""
    title = _AD_TAG.sub("", title)  # "[NOUVEAU] Offre d’emploi : …"
    title = _SITE_SECTION_LEAD.sub("", title)  # "Cloudwave Careers Job Requisition: …"
    if _KIND_OF_PAGE.match(title):  # the job's name after it, as a name: "Vacature medewerker technische dienst."
        title = _KIND_OF_PAGE.sub("", title).removesuffix(".")
        title = title[:1].upper() + title[1:]
    title = _SECTION_BEFORE.sub("", title)
    if _NAMES_NO_JOB.match(heading) and title.casefold().startswith(f"{heading.casefold()} "):
        title = title[len(heading) + 1:]
    rest = _KIND_OF_PAGE_AFTER.sub("", title)
    if (wanted := WANTED_AFTER.match(rest)) and names_a_job(wanted["job"]):
        rest = wanted["job"]  # "Product Designer UI (w/m/x/-) gesucht" (wanted); not "Help wanted"
    # (nor where only a word about the ad is left: "New Job", a post's heading, is no "New")
    return title if _NAMES_NO_JOB.match(title) or _AD_WORD.match(rest) else rest


# A board's words after the job's title: "Barista Job in Leeds", "Developer job in Normal, IL:
# Technology careers - Monster+HotJobs" (their plural names a search).
_BOARD_PLACE_SUFFIX = re.compile(r"\s+job\s+in\s+[^|–—]+$", re.IGNORECASE)
# The kind of page after the role: "Bioinformatician Job", "Barista Job Description", Japanese boards'
# "…の求人情報" and "…の求人詳細情報" (its job offer's details; a list's "求人情報一覧" is no one job's),
# a Brazilian board's "… - Vaga de Emprego".
_KIND_OF_PAGE_AFTER = re.compile(r"(?<=\w)\s+job(?:\s+(?:description|posting|offer|opening|ad))?$|の求人(?:詳細)?情報$"
                                 r"|\s+-\s+vaga\s+de\s+emprego$"  # Portuguese: "… - Vaga de Emprego" (job vacancy)
                                 rf"|\s+[-–—]\s+(?:{DETAILS_OF_JOB_WORDS})$",  # "… - Job Details", Czech "… - Detail pozice"
                                 re.IGNORECASE)
_JOB_IN = re.compile(r"\sjob\s+in\s", re.IGNORECASE)
_AD_WORD = re.compile(r"^(?:new|open|current|latest|hot|urgent)$", re.IGNORECASE)  # a word about an ad, no job's name
_AD_TAG = re.compile(rf"^[\[(](?:{_AD_TAG_WORDS})[\])]\s*(?=\S)", re.IGNORECASE)  # "[NOUVEAU] Offre d’emploi : …"


def employer_from_title(page: Page, site: str) -> str:
    """On an employer's own careers site ("Data Scientist – Vercel" at vercel.com), the site's
    name in the title is the employer; on a job board it is the board's."""
    domain, account = page.domain, _account(page)
    if before_slogan := _NAME_THEN_SLOGAN.match(site):
        site = before_slogan["name"]  # "Fight for the Future, defending our basic rights and freedoms"
    if (named := _site_name(page)) and site.endswith(f" {named}") and names_a_town(site.removesuffix(named).strip()) \
            and not _branded(page, site) and squeezed(site) != domain:
        # the office's town before the site's own name: "Chicago Dogstudio" of the site "Dogstudio" (not a name the site
        # marks itself with whole, or its address spells, its theme's site name a word of it: "Phoenix Logistics" of
        # "Logistics", "Bristol Coffee House" at bristolcoffeehouse.co.uk)
        site = named
    if site.casefold() in HOME_WORDS:
        return ""  # a template's name for any site: "… - Home"
    if postal_town(site):
        return ""  # a place, its town and postcode: "Gainsborough DN21"
    if has_legal_form(site):
        return site  # a company's name by its legal form: no board's or site's own in a job's title
    if account:
        return site if spells(account, site) else ""
    if _on_board(page) and not _employers_site_on_board(page, site):
        return ""
    if (team := _TEAMS_SITE.match(site)) and (domain and squeezed(team["company"]) == domain
                                              or _branded(page, team["company"]) and not _branded(page, site)):
        # its team's site, named after it: "Elo7 Tech" at elo7.dev, "PayGo Energy Dev Team" by its logo "PayGo Energy" (not
        # a company named so: "Smith Engineering", its logo's words too)
        return team["company"]
    if domain and spells(domain, site) or _named_with_legal_form(page, site) or names_an_organisation(site) \
            or _named_by_mail(page, site):
        # its address spells it, or its text names the company so ("Tsavo BV is …") or an e-mail address does
        # ("…@kvalita.nl"), or it names an institution (a dental clinic: "Стоматология Бэбибум")
        return site
    if not _branded(page, site):
        return ""
    # the site marks itself with it where the address does not spell it (a site built in a repository,
    # a company named unlike its address: "Sawhorse Media" at muckrack.com); where the site also writes
    # the name its address spells, and it holds this one, that is the name in full ("MODERN" in the
    # title, "The Modern Data Company" in the logo of themoderndatacompany.com)
    fuller = _employer_of_site(page)
    return fuller if squeezed(site) in squeezed(fuller) else site


def _employers_site_on_board(page: Page, site: str) -> bool:
    """Whether the page is on an employer's own careers site that a board hosts under its name (kb.jobs.cz, Komerční
    banka's), whose title ends with the employer's name, which its logo shows, not the board's."""
    # (the title's whole last piece: not one of several group companies, "Letiště Praha / Czech Airlines Handling / …")
    return host(page.url).split(".")[0] not in ("www", "m", page.domain) and TITLE_PIECES.split(page.title)[-1].strip() == site \
        and not spells(page.domain, site) and not _names_a_board(site) and _branded(page, site)


# A site's name, then its slogan after a comma, in small letters: "Fight for the Future, defending our basic rights".
_NAME_THEN_SLOGAN = re.compile(r"^(?P<name>[^,]{2,40}),\s+(?=[^\W\d_A-Z])")
# A company's team's site, named after it: "Elo7 Tech", "Initech Engineering", "Initech Tech Blog", "Initech Dev Team".
_TEAMS_SITE = re.compile(r"^(?P<company>.+?)\s+(?:tech|engineering|dev|developers)(?:\s+(?:blog|team))?$", re.IGNORECASE)


SITE_MARKS = 8  # at most of each kind weighed: a site marks itself in its header and footer, not all over


# A class marking the site's brand or logo ("navbar-brand", "site-logo"), not a colour named for the brand
# ("text-brand-navy", "bg-brand-green": Tailwind's utilities).
_MARK_CLASS = re.compile(r"^(?![\w:]*(?:text|bg|border|fill|stroke|ring|from|via|to|shadow|outline|decoration|divide|accent)-)"
                         r".*(?:brand|logo)", re.IGNORECASE)


def _site_marks(page: Page) -> list[str]:
    """The names the site marks itself with: its copyright lines' owners, its home links' and logos'
    words, found once per page."""
    if page.site_marks is None:
        candidates = page.css("a[href='/'], a[href='./'], a[href='index.html'], [class*='brand' i], [class*='logo' i]")
        # (not the whole page: WordPress classes the body "wp-custom-logo")
        # (not a box of buttons beside the logo: "footer-logo-after" holding "Заказать звонок", call us)
        # (nor a heading naming a role, classed for its look: a job's "<h2 class='logo-title'>Full Stack Developer</h2>")
        marked = [node for node in candidates if node.tag == "a" or (
            node.tag not in ("html", "body", "main") and node.css_first("button") is None
            and not (node.tag in HEADING_TAGS and names_a_role(node_text(node)))
            and any(_MARK_CLASS.search(name) for name in (node.attributes.get("class") or "").split()))][:SITE_MARKS]
        within = {node.mem_id: node for node in marked}  # (a home link classed "logo" is found twice)
        homes = [node for node in within.values() if not any(parent.mem_id in within for parent in parents(node))]
        # a logo known only by its file's name ("…/hf-logo-100-alpha.png"): its alternative text, else the words
        # beside it in its box ("The Haskell Foundation")
        logos = [image for image in page.css("img[src*='logo' i]")[:SITE_MARKS]
                 if not any(parent.mem_id in within for parent in parents(image))]  # (not one read above)
        # (not a home link's word: "Home", "Trang Chủ")
        # a main heading linking to an address that spells its words: "<h1><a href='http://www.vgulp.com'>Vgulp</a></h1>"
        named = [said for link in page.css("h1 a[href]")[:SITE_MARKS]
                 if (said := node_text(link)) and squeezed(said) == squeezed(site_label(host(link.attributes.get("href") or "")))]
        page.site_marks = [*copyright_owners(page)[:SITE_MARKS], *named, *(said for home in homes
                                                                   if (said := node_text(home)).casefold() not in HOME_WORDS),
                           *(logo_name(image.attributes.get("alt") or "")
                             for home in homes for image in [home, *home.css("img")[:1]]),
                           *(said for image in logos if (said := logo_name(image.attributes.get("alt") or "") or (
                               beside if image.parent is not None and len(beside := node_text(image.parent)) <= BRAND_LIMIT
                               else "")))]
    return page.site_marks


def _branded(page: Page, name: str) -> bool:
    """Whether the site marks itself with the name (or the name without its legal form)."""
    marks = _site_marks(page)
    return bool(name) and bool(written_as(squeezed(name), [*marks, *map(without_legal_form, marks)]))


BRAND_LIMIT = 60  # characters: a longer mark is a slogan, not a name
_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)


def _site_brand(page: Page) -> str:
    """The name the site marks itself with more than once (its header's logo and its footer's, its
    copyright line), on a site that is no job board nor hiring tool: its owner, the employer of its
    careers pages; "" where no name is marked so."""
    if _on_board(page):
        return ""
    # (an article before the name is no part of it: "The Haskell Foundation" beside "© Haskell Foundation")
    shown = [mark for mark in _site_marks(page)
             if 2 <= len(mark) <= BRAND_LIMIT and re.search(r"[^\W\d_]", mark) and mark.casefold() not in HOME_WORDS]
    marks = [_ARTICLE.sub("", mark) for mark in shown]
    names = list(map(without_legal_form, marks))
    counts = Counter(map(squeezed, names))
    brand = next((name for name in names if counts[squeezed(name)] >= 2 and not _names_a_board(name)), "")
    same = [at for at, name in enumerate(names) if brand and squeezed(name) == squeezed(brand)]
    # with its legal form where every mark writes the same one ("Initech Gebäudeservice GmbH & Co. KG" in the logo's link
    # and the copyright line)
    written = {squeezed(marks[at]): marks[at] for at in same}
    if len(written) == 1 and has_legal_form(whole := next(iter(written.values()))):
        brand = whole
    if same and all(_ARTICLE.match(shown[at]) for at in same):
        brand = _ARTICLE.match(shown[same[0]])[0] + brand  # part of the name where every mark writes it: "The Coffee Mom"
    # as the title writes it, where it does: "Team per la Trasformazione Digitale" for a logo's capitals
    return next((piece.strip() for piece in TITLE_PIECES.split(page.title) if brand and squeezed(piece) == squeezed(brand)),
                brand)


def _without_section_after(page: Page, name: str) -> str:
    """A site's name without the careers section's word after it, where the page writes the name alone too: "Telemont" of
    "Telemont Vagas" (vacancies), its jobs site's logo and title (not "Global Careers", a recruiter named so)."""
    if not (named := _SECTION_AFTER_NAME.match(name)):
        return name
    # (alone: a text's words, or before a mark, "Telemont© Todos os direitos reservados"; not "Global demand…")
    alone = re.compile(rf"{re.escape(named['name'])}\s*(?:$|[©®™|,.–—-])")
    return named["name"] if any(alone.match((node.text_content or "").strip()) for node in page.text_nodes()) else name


_SECTION_AFTER_NAME = re.compile(r"^(?P<name>.+?)\s+(?P<section>careers|vagas|karriere|carrières|carreras|empleos)$",
                                 re.IGNORECASE)


def _names_a_board(name: str) -> bool:
    """Whether a site's name is a job board's: a known one, or one saying "jobs" ("OnlineJobs.ph", "Civil Service Jobs")."""
    return squeezed(name) in JOB_BOARDS or "jobs" in squeezed(name)


def _site_name_said(page: Page) -> str:
    """The site's name as its og:site_name gives it, where the site also says it in its words or its
    description ("We are Social Impact Lab."), on a site that is no job board: its owner; "" otherwise
    (a theme's default name no page says)."""
    name = _site_name(page)
    said = f"{page.body_text} {page.meta('description', 'og:description')}".casefold()
    if not name or _on_board(page) or _names_a_board(name) or name.casefold() not in said:
        return ""
    return name


def _roles_headed(page: Page) -> bool:
    """Whether a heading under the page's h1 names a role ("DevOps Engineer (m/w/d)")."""
    return any(names_a_job(node_text(node)) for node in page.css("h2, h3, h4"))


def _second_h1(page: Page) -> str:
    """The page's second h1, where the first names the site or its owner ("LATIS Software Development", then "Jobs")."""
    return next((node_text(node) for node in islice(page.css("h1"), 1, 2)), "")


def looks_like_job(page: Page, title: str) -> bool:
    """Job words in the address's path or first label (jobs.gem.com, apply.refline.ch; not the
    site's own name, which a board's every page carries), the title, the main heading or the
    page's type; a title that says it is a job ad ("Vacature: Java DevOps Engineer",
    "Bioinformatician Job"), a Chinese board's hiring title or a board's "… job in <place>"; or the
    page's body (ad_signs): its ad's sections, its apply button, a heading over the site's other jobs or a link back to them."""
    labels = host(page.url).split(".")
    first = [labels[0]] if len(labels) >= 3 and labels[0] != "www" else []
    # the main heading ("3 Post-Doc Positions in HCI" under a lab's name), not the site's logo; or a second h1 (a
    # department's name, then "Jobs")
    # (not an empty one: a theme's h2 drawn for its logo's image over the job's h1)
    main = next((said for node in page.main_headings()
                 if "logo" not in f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
                 and (said := node_text(node))), "")
    heading = f"{main} {_second_h1(page)}"
    # the careers section the title names ("Careers" in "Careers - Copywriter"), which `title` has left out
    sections = [piece for piece in TITLE_PIECES.split(page.title) if _SECTION_ALONE.match(piece.strip())]
    return bool(_JOB_WORDS.search(" ".join([*first, *path_parts(page.url), title, *sections, heading, page.meta("og:type")]))
                or any(_EMPLOYMENT.match(section) for section in sections)  # "Employment - Tsuru Capital"
                or _titled_as_ad(page.title) or _titled_as_ad(page.meta("og:title"))
                or _HIRING_TITLE_ZH.match(title) or _BOARD_PLACE_SUFFIX.search(page.title)
                ) or asks_to_apply(page) or written_as_ad(page) or leads_to_other_jobs(page) or _trail_through_jobs(page, title) \
        or names_a_role(main) and _trail_through_jobs(page, main) \
        or (names_a_role(title) or names_a_role(main)) and states_job_terms(page) \
        or names_a_role(main) and heads_a_section(page) and states_pay(page) \
        or bool(sought := WE_SEEK.match(title)) and names_a_role(sought["role"]) \
        or bool(wanted := WANTED_AFTER.match(main)) and names_a_role(wanted["job"]) \
        or _applies_on_tracker(page)  # ("Vi söker frontend-utvecklare!", "Snickare sökes"; one job's form on Breezy HR)


def _applies_on_tracker(page: Page) -> bool:
    """Whether the page's one way to apply is a link to the form, on an applicant tracker, of the job its heading names
    ("https://galimberti.breezy.hr/p/b181c6e2e919-falegname/apply" under the h1 "Falegname" on the firm's own site; not a
    blog's post linking to another job's form, nor a link to a careers board at apply.workable.com)."""
    heading = squeezed(page.text("h1"))
    forms = {href for node in page.css("a[href]") if hiring_tool(host(href := node.attributes.get("href") or ""))[1]
             and "apply" in (path := squeezed(urlsplit(href).path)) and len(heading) >= 3 and heading in path}
    return len(forms) == 1


# The careers section named for the work it offers, a word too common elsewhere to say so in any title ("Employment law").
_EMPLOYMENT = re.compile(rf"^\s*{_EMPLOYMENT_WORDS}\s*$", re.IGNORECASE)
# "hlsystem.com", "www.initech.co.uk"; in lower case (not "Node.js", "ASP.NET": what a job is about)
_SITE_ADDRESS = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?!js$)[a-z]{2,}$")
# A title saying that its employer seeks the role, the role after an article: "The PHP Foundation is Seeking a New
# Executive Director", "Zahnarztpraxis sucht zahnmedizinische Fachangestellte". (Not "we", whose role is read once the page
# is known for an ad by its heading as written, by WE_SEEK; nor a noun: "Ingénieur de recherche en …")
_SEEKS_ROLE = re.compile(r"^(?!(?:we|wir|nous|on|vi|wij|se|¡se)\s)[^:|–—]{2,60}?\s+"
                         r"(?:is\s+(?:seeking|looking\s+for|hiring)|seeks|sucht|recrute|zoekt|procura|söker|søker)"
                         r"\s+(?:(?:an?|one|un[·.]?e|un\(e\)|une?|eine?n?|een|una?|uma?|new|neue?n?|nouveau|nouvelle)\s+)*"
                         r"(?P<role>[^\s!.:].{1,100}?)\s*[!.]?$", re.IGNORECASE)


def _titled_as_ad(said: str) -> bool:
    """Whether a title says it is a job ad: "Vacature: Java DevOps Engineer", "Bioinformatician Job"."""
    # (a role before "Job": not "Journey to an Entry-Level Job", a job seeker's post)
    said = _SITE_SECTION_LEAD.sub("", said.strip())  # ("Cloudwave Careers Job Requisition: Proposal Manager")
    return bool(_KIND_OF_PAGE.match(said)) \
        or any(_KIND_OF_PAGE_AFTER.search(piece.strip()) and names_a_role(_KIND_OF_PAGE_AFTER.sub("", piece.strip()))
               for piece in PIECES.split(said))


TRAIL_TEXT = 200  # characters: a trail of sections to the page is one short line
TRAIL_LEVELS = 3  # at most, of the boxes around a trail's link home
TRAIL_HOMES = 8  # at most weighed, of the links home: a page has one trail, near its top, and a few logos


def _trail_through_jobs(page: Page, title: str) -> bool:
    """Whether the trail of sections to the page passes through the site's jobs and ends with the page's
    title ("Home → About → Jobs → Web content editor", a library's site)."""
    return bool(title) and squeezed(_trail_end(page)).endswith(squeezed(title))


def _trail_end(page: Page) -> str:
    """The last step of the trail of sections to the page where the trail passes through the site's jobs before it
    ("Home › Career › Sales Supervisor", "Главная › Вакансии › Вакансия колесмен"): the page's own name; "" where the
    page shows no such trail."""
    for home in islice((link for link in page.css("a") if links_home(link)), TRAIL_HOMES):
        for box in islice(parents(home), TRAIL_LEVELS):
            if len(said := node_text(box)) > TRAIL_TEXT or box.css_first("h1, h2, h3, h4, h5, h6") is not None:
                break  # (a trail heads nothing: a box holding a heading holds the page's text)
            if not (steps := [step for step in box.css("a") if not links_home(step)]) or len(steps) > TRAIL_STEPS:
                continue
            last = node_text(steps[-1])
            between = said[:said.rfind(last)] if last else said
            for step in [home, *steps[:-1]]:
                between = between.replace(node_text(step), "", 1)
            if between.strip(_TRAIL_MARKS):
                continue  # words between the links: a page's text, not its trail
            # the page's own name as words after the last link, or as the last link where it leads nowhere else (a
            # menu's last link does: "Contact")
            end = said[said.rfind(last) + len(last):].strip(_TRAIL_MARKS) if last else ""
            if not end and _leads_elsewhere(page, steps[-1]):
                continue
            before = steps if end else steps[:-1]
            if (end or last) and any(_JOB_WORDS.search(f"{node_text(step)} {step.attributes.get('href') or ''}")
                                     for step in before):
                return end or last
    return ""


TRAIL_STEPS = 4  # links at most, besides the one home, in a trail of sections
_TRAIL_MARKS = " >›»/|→-"


def _leads_elsewhere(page: Page, link) -> bool:
    """Whether a link leads to another page than this one (not "#", "javascript:void(0)", nor this page's address)."""
    href = (link.attributes.get("href") or "").strip()
    return bool(href) and not href.startswith(("#", "javascript:")) and href.split("#")[0] != page.url


# Chinese boards (BOSS直聘, 猎聘, 拉勾) title a job "「<role>招聘」_<employer>招聘-<site>" (招聘: hiring), or with
# a hyphen between them ("Python工程师招聘-聚美优品招聘-拉勾网"), or (智联招聘) "【<role>_<employer>人才招聘信息】 - <site>"
# (talent hiring information); a headhunter (猎头) posting names no employer.
_HIRING_TITLE_ZH = re.compile(r"^[「【\[]?(?P<role>[^」】\]_-]+?)(?:招聘[」】\]]?)?[_-]"
                              r"(?P<employer>[^_-]+?)(?:人才)?招聘(?:信息)?[」】\]]?(?:\s*-\s*[^_]*)?$")


def job_from_meta(page: Page) -> JobFacts:
    """What og: tags and the title say: a title, the employer where the site is its own or the
    title names it after the job, a description, the page's address."""
    return _read_meta(page)[0]


# A Japanese heading saying only which kind of contract is offered: "アルバイト募集" (part-timers wanted), "正社員募集".
_HIRING_KIND_JA = re.compile(r"^(?:アルバイト|パート|正社員|契約社員|社員|スタッフ|中途採用|新卒採用)(?:・\S{1,6})?募集$")

_CATEGORY = re.compile(r"^[^\W\d_]+$")  # one word (in capitals, a kind of post: "POSTDOC", "ENGINEER")


def _read_meta(page: Page) -> tuple[JobFacts, str, JobFacts]:
    """The job as job_from_meta reads it, the page's title it was read from (the site's name
    left out, the employer not yet split off), and what the page wrote beside labels."""
    announced, site = _title_and_site(page)
    own_site, placed, title_from = employer_from_title(page, site), "", ""
    labelled = labelled_facts(page)
    role, employer = role_at_employer(announced)
    named_zh = _HIRING_TITLE_ZH.match(announced)
    # a board's page; or the job "@" an employer, never words of its title ("… @ Human Robotics" on thePHP Website)
    if role and (not own_site or " @ " in announced):
        title, company = role, employer
    elif named_zh:
        title, company = named_zh["role"], "" if "猎头" in named_zh["employer"] else named_zh["employer"]
    elif applying := _APPLYING_AT.match(announced):  # the user is asked for the job's title
        title, company = "", applying["employer"]
    else:
        headed = _headed_part(page, _fuller_heading(page, announced))
        # at an employer sharing no word with the site's name: a board's, or a project's site posting a partner's post
        # ("Front-End Web Developer at DC Public Schools in Washington, DC | Work Creative", "Postdoc at CEA | AstroDeep")
        elsewhere = _employer_elsewhere(employer) if role and not words_in(employer) & words_in(own_site) else ""
        employer, placed = _around_heading(announced, headed)
        title, company = _without_kind_of_page(headed, page.text("h1")), elsewhere or own_site or employer
        if (at := role_at_employer(title))[0] and squeezed(at[0]) == squeezed(announced):
            title, company = at  # a student society's heading "Data Engineer at Hatless Studios", its title "Data Engineer"
        heading, shown = _job_heading(page), _shown_as_heading(page, title)
        names_none = _names_only_site(page, title)
        # with no h1, the h2 naming a role ("Старший дизайнер продукта в Daryn.Duken"), where the title names only the
        # site, or no heading shows it and it names no role ("Web Software Development", the site's every title; a
        # heading of several posts is read below)
        unshown = not shown and not names_a_role(title) and not _heading_of_posts(page)
        if (names_none or unshown) and not heading and (main := _heading_naming_job(page)):
            heading, names_none = main, True
        if heading and (names_none or unshown and len(page.css("h1")) == 1
                        and names_a_job(heading)):
            # "Neueda Labs", every page's title, names no job; nor does "Workin" (of "View job | Workin") over the one
            # h1, "Embedded Software Developer"
            title = heading
            if not company and (at := role_at_employer(heading))[0]:
                title, company = at
        elif (_names_only_site(page, title) or not shown) and (sought := job_sought(page)):
            # "ORAL-PLUS", the site's every title, over "KAM/ Negociador Comercial", a line of the ad
            title, title_from = sought, IN_TEXT
        elif _HIRING_KIND_JA.match(title) and (opening := one_opening(page)):
            # "正社員募集" (full-time staff wanted) over "募集要項" and its one line, "Webエンジニア 若干名" (a few): that role
            title = opening
        elif names_an_institution(title) and not names_a_role(title) and (opening := one_opening(page)):
            # a lab's site titled by its university ("AURA - Maynooth University") over its one opening's heading: the
            # opening, at the university
            title, company = opening, title
        elif not shown and (_JOB_WORDS.search(title) and _JOB_WORDS.search(heading) and len(heading) > len(title)
                            and names_a_role(heading)
                            or marked_for_every_gender(heading) or words_in(title) == words_in(heading)):
            # the heading naming the job where no heading shows the title: "Postdoctoral position in weak lensing…"
            # for the short "Postdoc at CEA", "Ingénieur FinOps H/F" under a slogan copied from the home page,
            # "Node.js / JavaScript Developer" for the title's "JavaScript, Node.js Developer"
            title = heading
    if owned := _EMPLOYERS_SECTION_AND_JOB.match(title):
        title, company = owned["job"], company or owned["employer"]
    elif hiring := _HIRING_FOR.match(title) or _HIRING_FOR.match(_without_kind_of_page(title)):
        # the employer the heading names, not the site's (after the kind of page: "[NOUVEAU] Offre d’emploi : Doulce Mémoire
        # recherche son/sa futur(e) chargé(e) de …")
        title, named = _job_hired(hiring), hiring["employer"]
        # (the name known already, an article before it in the sentence: "Le Fonds Arménien de France recrute son …")
        # (nor a common noun for it: "Le laboratoire recherche un(e) stagiaire")
        if named.casefold() not in WE and not (company and named.casefold().endswith(f" {company.casefold()}")) \
                and not _COMMON_SUBJECT.match(named):
            company = named
    elif referral := _REFERRAL_TO.match(title):
        company = referral["employer"]
    # a heading calling the reader to become the role at the employer: "Devenir agent chez essential security"
    if not labelled.title and (become := role_to_become(page.text("h1")))[0]:
        title, company = become[0], company or become[1]
    # a heading saying only that its employer recruits, over the job: "Trackdéchets recrute" over "une développeuse …"
    if not labelled.title and (hires := HIRES_ALONE.match(page.text("h1"))) and (
            (line := one_hired_for(page)) or names_a_role(line := _line_under_heading(page))):
        title, company, title_from = line, company if hires["employer"].casefold() in WE else hires["employer"], IN_TEXT
    elif (hires := HIRES_ALONE.match(_heading_over_heading(page))) and hires["employer"].casefold() not in WE:
        company = hires["employer"]  # "Aidants Connect recrute :" over the job's h1, on its incubator's site
    # "SAIC: Careers: Career Opportunities" names no job, nor does "Trans Kontrol - praca" where the page's
    # heading is the employer's name (or begins with it), over an ad's own heading
    announced_sections = _EMPLOYER_AND_SECTIONS.match(announced) or _EMPLOYER_AND_SECTIONS.match(page.title)
    if (sections := _EMPLOYER_AND_SECTIONS.match(title) or (
            announced_sections if announced_sections and squeezed(title) == squeezed(page.text("h1"))
            and squeezed(title).startswith(squeezed(announced_sections["employer"])) and heading_over_sections(page)
            and not names_a_role(announced_sections["employer"]) else None)):  # (not the job: "Nhân Viên SEO – Tuyển Dụng")
        title, company = "", company or sections["employer"]
    # "Careers | WestHouse Hotel New York" under a heading naming only the section ("Careers", "Recrutement") names
    # the section and the employer: the section's page, unless one job's ad is under it (read below)
    elif _SECTION_ALONE.match(section := page.text("h1")) and (named := _SECTION_AND_EMPLOYER.match(page.title)):
        title, company = section, company or named["employer"]
    # "Вакансии ООО «Стэк»:", "Jobs bei Initech GmbH": the careers section's heading naming the company by its legal form
    elif employer := _section_of(page.text("h1")):
        title, company = "" if squeezed(title) == squeezed(page.text("h1")) else title, company or employer
    # "Вакансии — Детективное агентство", "Karriere – Kinderarztpraxis Olga Michel, Borken": the careers section, then
    # the employer; over the job's heading where that title is all the page's
    elif (named := _FIRST_PIECE.match(page.title)) and _says_section(named["first"]) and not names_a_role(named["rest"]):
        # (the name up to its legal form, before a slogan: "Bio-Diagnostix Labor GmbH - Mikrobiologisches Labor in Reken";
        # or up to a bar: "Soluspay | Secure Payments")
        first_named = PIECES.split(named["rest"])[0]
        company = company or (first_named if has_legal_form(first_named) or re.search(r"\s[|｜]\s", named["rest"])
                              else named["rest"])
        if squeezed(title) == squeezed(page.title) and (heading := page.text("h1")) and not _says_section(heading) \
                and not listed_in(heading):
            title = heading
    if not labelled.title and (not title or not headings_show(page, title) or _SECTION_ALONE.match(title)) \
            and (end := _trail_end(page)) and squeezed(end) != squeezed(title) \
            and (names_a_job(end) or _KIND_OF_PAGE.match(end)):
        # the job where the page's trail ends, after the site's jobs: "Sales Supervisor" for the title's "Career
        # Detail", "Вакансия колесмен" (vacancy: wheel fitter) for "5k", the site's every title
        title, title_from = _without_kind_of_page(end), IN_TEXT
    elif not labelled.title and (not title or _NAMES_NO_JOB.match(title)) and (opened := _employer_opening_heading(page))[1]:
        company, title = company or opened[0], opened[1]  # "<strong>㈜알라딘커뮤니케이션</strong> 백엔드 엔지니어"
    elif not labelled.title and (not title or _NAMES_NO_JOB.match(title)):
        heading = _main_heading(page)
        if company and squeezed(heading).startswith(squeezed(company)) or has_legal_form(heading):
            # the employer's name heads the page ("TRANS KONTROL", "쿠팡㈜"; styled: "WEFT 90.1 fm" for "WEFT : Jobs"):
            # the ad's own heading names the job
            company, heading = company or heading, heading_over_sections(page) or job_sought(page)
        # (else the heading over the ad's sections: "1 PhD Candidate, …" under the h1 "Vacature")
        title = title_over_facts(page) or (
            "" if _says_section(heading) or _section_of(heading) or _NAMES_NO_JOB.match(heading) or _REINFORCEMENT.match(heading)
            else heading) \
            or heading_over_sections(page) or title
        if not title and (opening := one_opening(page)):
            title, title_from = opening, IN_TEXT  # the one opening ("Электромонтажник") under "Вакансии ООО «Стэк»:"
    elif not labelled.title and not names_a_job(title) \
            and (classed := classed_job_title(page)) and squeezed(classed) not in squeezed(title):
        title, title_from = classed, IN_TEXT  # "Wir suchen DICH!" over one card: "<h3 class='job-card__title'>…"
    elif not labelled.title and (wanted := job_wanted(page)):
        title = wanted  # "Aktuell gesucht: Objektpfleger:innen (m/w/d)" under "Stellenangebote & Bewerbung"
    elif not labelled.title and (gendered := gendered_heading(page)) and not marked_for_every_gender(title) \
            and (not headings_show(page, title) or _SECTION_ALONE.match(title) or listed_in(title)):
        # the one heading marked for every gender, where the title is the site's or its section's:
        # "Informationselektroniker für Bürosystemtechnik (m/w/d)" for "wolkenhof - Mitarbeiter und Ausbildung"
        title = gendered
    elif not labelled.title and (_SECTION_ALONE.match(title) or listed_in(title) == "jobs"
                                 or in_menu(page, title) and not names_a_role(title)) \
            and (over := heading_over_sections(page) or (_role_heading(page) if _SECTION_ALONE.match(title) else "")) \
            and squeezed(over) != squeezed(title):  # (not the section's own heading: "採用情報" over the terms)
        # one job's ad on the careers section's page: "Kariera | PZRE BESTAL" over "Technolog-Kosztorysant",
        # "Open positions" over "PhD position (m/f/d) on Advanced Sustainable Permanent Magnets", "Nous
        # rejoindre" over the heading "Aspirant Architecte logiciel"
        title = over
    elif not labelled.title and not _JOB_WORDS.search(title) and (posts := _heading_of_posts(page)):
        title = posts  # "3 Post-Doc Positions in HCI …" under a title naming only the lab
    elif not labelled.title and (over := heading_over_sections(page)) and not _names_only_site(page, over) \
            and not _says_section(over) and not _NAMES_NO_JOB.match(over) \
            and (not headings_show(page, title) or _DESCRIBES.match(title) or _first_words_of_mark(page, title)
                 or names_a_role(over) and not names_a_job(title)):
        # (nor the careers section's: "Careers", "募集要項" (the terms offered) over the sections; nor a heading naming no
        # role over one naming it:
        # "Case studies", a template's leftover h1, over "Senior .NET Developer" and its sections)
        # the site's title on every page, which no heading of the page shows ("Software Development
        # Company | Bright Inventions", "Cafe Classen - Arnhem"), or which describes its owner ("a nonprofit
        # working to expand the internet's power for good"), or which names the site by its mark's first words
        # ("Locusnine"): the heading over the ad names the job
        title = over
    elif not labelled.title and (listed_in(title) == "jobs" or _SECTION_ALONE.match(title)) \
            and (detailed := role_of_details(page)):
        title = detailed  # "Careers" over "Job Detail" and the one heading naming a role: "Web Designer"
    elif not labelled.title and (listed_in(title) == "jobs" or _says_section(title)
                                 or not _shown_as_heading(page, title)
                                 or in_menu(page, title) or _SECTION_ALONE.match(_second_h1(page))
                                 or listed_in(_main_heading(page)) == "jobs") \
            and title_from != IN_TEXT and (opening := one_opening(page)):  # (not over a role a sentence named)
        # a lab's "Vacancies" holding one post: "PhD Research Fellow in …"; a nursery's "Jobs & Volunteer", a section
        # in its menu, holding one vacancy; a department's name over a second h1 "Jobs", over one post; the site's
        # name over the heading "Jobba hos oss" (work with us), over one opening
        title, title_from = opening, IN_TEXT
    elif not labelled.title and (listed_in(title) == "jobs" or _SECTION_ALONE.match(title)) \
            and (post := one_post_in_prose(page) or one_joined_as(page)):
        # a lab's "openings" saying in a sentence which one post it seeks; a fishing firm's "Lowongan Kerja" (job vacancies)
        # asking the reader to join it as one role
        title, title_from = post, IN_TEXT
    if not labelled.title and _says_section(title) and written_as_ad(page) and not links_to_jobs(page) \
            and (role := one_role_as(page)):
        # "Work for Kovert" over "About the position": "As a penetration tester in Kovert, …" (not a careers page's sentence
        # over links to its jobs: "As a nurse at St Mary's, you …", "As a member of staff, you …")
        title, title_from = role, IN_TEXT
    if not labelled.title and _NAMES_NO_JOB.match(title) and (under := _job_under_heading(page))[0]:
        # "Auxiliar Contábil - TOK Contábil" under "Detalhes da Vaga"
        title, company, title_from = under[0], company or under[1], IN_TEXT
    if not labelled.title and (sought := _SEEKS_ROLE.match(title)) \
            and names_a_job(sought["role"]):
        title = sought["role"]  # a heading saying who seeks the role: "Zahnarztpraxis sucht zahnmedizinische Fachangestellte"
    named = _EMPLOYER_AND_SECTIONS.match(page.title) or _SECTION_AT.search(page.title)
    if (labelled.title or title != announced) and not company and named and not _on_board(page):
        # "Archstone - Job details" over a labelled "Job Title: Door Attendant"; "Zillion Infotech - Career Details Page" over
        # the job's heading
        company = named["employer"]
    if not company and not _on_board(page):
        # a company named by its legal form among the title's pieces: "Offre d'emploi — Garage Rossy SA · Volkswagen",
        # or a title naming only a company the text names so, over a heading naming the job ("Satyukt
        # Analytics", written "Satyukt Analytics Pvt Ltd"), or the page's first heading where it names one ("쿠팡㈜")
        # (or the site's name, before its slogan: "Initech AG – Cloud-IT-Lösungen für Unternehmen"); a university a
        # post's title ends with
        company = next((piece for said in (page.title, page.meta("og:site_name"))
                        for piece in map(str.strip, TITLE_PIECES.split(said)) if has_legal_form(piece)), "") \
            or (announced if title != announced and _named_with_legal_form(page, announced) else "") \
            or (first_heading if (first_heading := page.text("h1")) != title and has_legal_form(first_heading) else "") \
            or (at_university["employer"] if (at_university := _AT_UNIVERSITY.search(title)) else "")
    if (wanted_in := _WANTED_IN.match(announced) or WANTED_AFTER.match(announced)) and wanted_in["place"] and not placed:
        # "Plattenleger gesucht in Malters bei Luzern", "MedienpädagogIn in München gesucht": the town the job is wanted in
        placed = wanted_in["place"]
    if (posted := _employer_and_place(page))[0] and (not company or company == own_site):
        company, placed = posted  # "Shift / West Des Moines, IA" heading a user group's board's ad, its site its own name
    if (first := _PLACE_FIRST.match(title)) and _bracketed_place(first["place"]):  # "[CURITIBA] Técnico em Eletrônica JR"
        title, placed = first["job"], placed or first["place"]
    elif first and has_legal_form(first["place"]):  # the employer, as Korean boards write it: "[㈜이니텍] 개인정보보호 담당자"
        title, company = first["job"], first["place"] if not company or company == announced else company
    if (hiring := _HIRING_IN.match(title)) and names_a_role(hiring["job"]) and names_a_place(hiring["place"]):
        # a heading saying the employer hires for a job in a place: "Hiring professional Software Engineers in Alexandria, VA"
        title, placed = hiring["job"][:1].upper() + hiring["job"][1:], placed or hiring["place"]
    title = _ONE_OF.sub("", _WHEN_AFTER.sub("", title))
    # (or the main heading labelled so, over a title saying more: "Вакансия: Парикмахер" under "ПРОФИ Стрижка: Вакансия
    # парикмахера", the salon's name and the vacancy of a hairdresser)
    # (an h2 where the page has no h1: "Vacature: Boomverzorger" on a one-page site; not an h2 under the job's h1: "Job
    # Description: Key Responsibilities")
    main = next((said for node in page.css("h1") or page.css("h2")
                 if (label := _KIND_OF_PAGE_LABEL.match(said := without_marks(node_text(node))))
                 and (node.tag == "h1" or names_a_role(said[label.end():]))), "")  # (not an h2's "Apply: in person at …")
    if not labelled.title and main and not _KIND_OF_PAGE_LABEL.match(without_marks(title)):
        title = main
    # a heading read from the text labelling the ad: "Job Opening: Sales Executive", "💧 NOW HIRING: PROFESSIONAL CLEANERS"
    if _KIND_OF_PAGE_LABEL.match(unmarked := without_marks(title)):
        title = _without_kind_of_page(unmarked)
    if (we_seek := _HIRING_FOR.match(labelled.title)) and we_seek["employer"].casefold() in WE:
        labelled.title = _job_hired(we_seek)  # a marked "Wir suchen ein/e Physiotherapeut/in": the job after "we seek"
    if (at := role_at_employer(labelled.title))[0] and squeezed(at[1]) in {squeezed(company), squeezed(labelled.company)}:
        labelled.title = at[0]  # "Vacature: Kok bij De Walrus" on De Walrus's site: the job, at the employer named already
    if _CATEGORY.match(labelled.title) and names_a_role(title) and headings_show(page, title) and (
            labelled.title.isupper() or len(title) > len(labelled.title) and squeezed(labelled.title) in squeezed(title)
            and not re.search(r"[:：]|\s[-–—|]\s", title)):  # (not a heading holding a label or the site's name too)
        # a kind of post in capitals, as a form's list names it ("Position: POSTDOC"), or one word the heading naming the
        # job holds ("Roll: Arkitekt" under "Bostadsarkitekt, Stockholm"), beside that heading
        labelled.title = ""
    if not labelled.title and _says_section(title) and written_as_ad(page) and (described := _role_described(page)):
        title, title_from = described, "from the page's description"  # "株式会社VALEKの軽貨物ドライバー募集要項"
    if not labelled.title and HIRES_ALONE.match(title) and (named := title_labelled_alone(page)):
        title, title_from = named, IN_TEXT  # "Job Title: Youth Bike Coordinator" on a page titled "We're Hiring!"
    if not labelled.title and (not title or _names_only_site(page, title) or in_menu(page, title)) \
            and (after := heading_after_link_back(page)) and squeezed(after) != squeezed(title):
        title, title_from = after, IN_TEXT  # "Tannlegesekretær" under "Tilbake til ledige stillinger", titled with the site's name
    wanted = squeezed(title)
    written = next((said for node in page.css("h1, h2, h3") if squeezed(said := node_text(node)) == wanted), "") if wanted else ""
    if written and (_SLUG.match(title) or _marks(written) > _marks(title)):
        # an address's part for the title ("sales-manager — BDCrops Careers"), or a title that lost its marks ("Engineering
        # Lead Architect Payments Platform"), as the heading writes it ("Engineering Lead / Architect: Payments Platform")
        title = written
    job = JobFacts(
        title=labelled.title or title,  # "Job Title: Door Attendant" says more than a title naming the site
        # an employer labelled on the page says more than the site's name (a public job portal's own),
        # and is the name alone where the title's piece holds it among a board's words ("WSI Nationwide in
        # New York, New York (725209) @ tech-centric.net")
        company=labelled.company
        if labelled.company and (company == own_site or labelled.company.casefold() in company.casefold()) else company,
        location=(labelled.location or location_in_markup(page) or place_in_byline(page)
                  or place_under_heading(page, labelled.title or title) or place_after_title(page, labelled.title or title)
                  or place_on_map(page) or place_in_page_state(page) or placed or _place_in_brackets(title)
                  or _town_ending(title) or _town_after_title(page, labelled.title or title)
                  or _place_based_in(labelled.title or title)),
        job_url=page.address,
        description=html_to_text(page.meta("og:description", "description")),
    )
    # (only where the site names no employer of its own, by its marks or its address: the middle is a team as often,
    # "Software Engineer, Payments, London" on Globex's site)
    if not labelled.title and not (job.company and (_branded(page, job.company) or spells(page.domain, job.company))) \
            and (named := _ROLE_EMPLOYER_TOWN.match(job.title)) \
            and names_a_role(named["role"]) and not names_a_role(named["employer"]) and names_a_town(named["town"]) \
            and len(re.findall(rf"(?<!\w){re.escape(named['employer'])}", page.body_text)) >= 2:
        # a board's heading naming the role, its employer and its town, the employer named in the ad's text too:
        # "Pääsuunnittelija, Kela, Jyväskylä" over "… Kelan tietojärjestelmien …" (not a team: "…, Backend, Berlin")
        job.title, job.company, job.location = named["role"], named["employer"], job.location or named["town"]
        title, job.guessed["company"] = job.title, IN_HEADING
    if title_from and job.title == title:
        job.guessed["title"] = title_from
    # last guesses, each said to the user: on the employer's own site its address spells its name
    # ("Flink Software", flinksoftware.com)
    if not job.location and role_said_remote(page.body_text):
        # (before the office's town, which is no remote role's place: "This is a remote role" over "Our HQ is located in
        # Canada"; and before a description the whole site shares)
        job.location, job.guessed["location"] = "Remote", IN_SENTENCE
    elif not job.location and (place := _place_in_description(page)):
        job.location, job.guessed["location"] = place, "from the page's description"
    elif not job.location and (town := workplace_in_sentence(page)):
        job.location, job.guessed["location"] = town, IN_SENTENCE
    elif not job.location and (town := employer_town(page, own_site=bool(own_site) or spells(page.domain, company)
                                                     or bool(_employer_of_site(page)), company=job.company)) \
            and squeezed(town) != page.domain:  # (the site's, its address spells; not its name after a year: "2016 Initech")
        job.location, job.guessed["location"] = town, "from the employer's address"
    elif not job.location and (town := place_in_sentence(page) or employers_office_in_sentence(page, job.company)):
        job.location, job.guessed["location"] = town, IN_SENTENCE
    elif not job.location and (town := _town_among_title_pieces(page, job)):
        job.location, job.guessed["location"] = town, "from the page's title"
    if job.location and job.company.lower().endswith(f" in {job.location}".lower()):
        job.company = job.company[:-len(f" in {job.location}")]  # "… at Attio in London [Remote], UK": the place is the job's
    # "Guest Services Coordinator | Anderson, SC | Jobs | NewSpring.cc": a town and its state, no employer (not "INSA
    # Rouen Normandy, France", a school's name before its country)
    if names_a_place(job.company) and len(job.company.split(",")[0].split()) <= TOWN_WORDS:
        job.company, job.location = "", job.location or job.company
    name, comma, after = job.company.rpartition(", ")
    if comma and (after == job.location or not job.location and (names_a_region(after) or names_a_place(after))):
        job.company, job.location = name, after  # the place after the employer's name: "… @INSA Rouen Normandy, France"
    town, name = _town_ending_name(page, job.company)
    if town and job.location in ("", town):
        job.company = name
        if not job.location:
            job.location, job.guessed["location"] = town, "from the employer's name"
    read_before = job.location
    job.company, job.location = place_after_employer(job.company, job.location)  # (however the employer was read)
    if job.location != read_before:
        job.guessed["location"] = "from the employer's name"
    return job, announced, labelled


_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)+$")  # words in small letters joined by hyphens: an address's part
# The role a Japanese description says the terms are for: "株式会社VALEKの軽貨物ドライバー募集要項" (VALEK's light-cargo driver
# recruitment terms).
_ROLE_DESCRIBED_JA = re.compile(r"(?:^|の)(?P<role>[^\s。、のを「」]{2,25}?)の?(?:募集要項|求人情報)")


def _role_described(page: Page) -> str:
    """The role the page's description names as its terms' (see _ROLE_DESCRIBED_JA); "" where it names none."""
    found = _ROLE_DESCRIBED_JA.search(page.meta("description", "og:description"))
    return found["role"] if found and names_a_role(found["role"]) else ""


TOWN_WORDS = 2  # at most, of a town's name where a name may be a town's or a company's: "Knokke", "Anderson"
# what a sentence puts before a town: "De oudste brasserie van Knokke", "behandelkamers in Arnhem"
_BEFORE_TOWN = r"\b(?:in|à|van|de|di|aus|from|bei|en|i|te|of|at)\s+"


def _town_ending_name(page: Page, company: str) -> tuple[str, str]:
    """The town an employer's name ends with, where a sentence of the page puts something in or brings someone to that
    town too, and the name to keep: without the town where the site's address spells the rest ("Brasserie Rubens" of
    "Brasserie Rubens Knokke" at brasserierubens.be, "De oudste brasserie van Knokke"), whole where the town is one
    GeoNames lists, the branch's ("ICON Studio Mönchengladbach", "Ziehst du nach Mönchengladbach?"); ("", the name) where
    the name ends otherwise, is the town's with one word before it ("Hotel Berlin"), or no sentence places anything there
    (a word a town is named by: "Camping De Zon", "Brightside Digital Media", "Schulte Holz & Bau")."""
    words = company.split()
    ends = [(" ".join(words[:-count]), " ".join(words[-count:])) for count in range(1, TOWN_WORDS + 1) if len(words) > count + 1]
    text = page.body_text.replace(company, "") if ends else ""  # (the text copied only for a name long enough)
    placed = [(name, town) for name, town in ends if re.search(rf"(?:{_BEFORE_TOWN}|\bnach\s+){re.escape(town)}\b", text)]
    spelled = next(((town, name.rstrip(" -–,")) for name, town in placed
                    if squeezed(name) == page.domain and all(word[:1].isupper() for word in town.split())), None)
    return spelled or next(((town, company) for _, town in placed if names_a_town(town)), ("", company))


_TITLES_LABEL = re.compile(r"^(?:job|position)\s+title\s*:?$", re.IGNORECASE)


# How the last resort read each field, in the page panel's words: on a page no reader knows,
# each is a guess the user is asked to check (an applicant-tracking site's own tags are not).
GUESSED = {"title": "from the page's title", "company": "from the page's title", "location": IN_TEXT}
IN_HEADING = "from a heading of the page"


def _researchers_own_site(page: Page) -> bool:
    """Whether the site's menus lead to a person's publications and bio or CV, and to no team: a researcher's own site,
    not a lab's, a think tank's or a firm's."""
    said = {node_text(link).casefold() for link in page.css("a") if _RESEARCHERS_MENU.match(node_text(link))
            and in_site_menus(link, page)}
    return "publications" in said and bool(said & {"bio", "cv"}) and not said & _TEAM_LINKS


_FROM_THE_SITE = {GUESSED["company"], "from the site's address", "from the site's logo", "from the site's name"}
_TEAM_LINKS = {"team", "people", "members", "group", "group members", "lab", "lab members", "staff", "our team"}
_RESEARCHERS_MENU = re.compile(rf"^(?:publications|bio|cv|{'|'.join(_TEAM_LINKS)})$", re.IGNORECASE)


def extract(snapshot: Snapshot):
    page = Page(snapshot)
    job, announced, labelled = _read_meta(page)
    why, instead = not_one_job(page, job.title, _site_names(page), _at_account(page), _on_board(page))
    if why:
        return no_job(NAME, f"{why}; {instead}")
    # "Emploi | SN FAGEL", a distributor's pitch under it; "株式会社Shepherd" (Shepherd Co., Ltd.) over a hiring agency's offer;
    # "hlsystem.com", a site's address as its every page's title
    if job.title and (_SITE_ADDRESS.match(job.title) or without_legal_form(job.title) != job.title and not names_a_role(job.title)
                      or _names_company(job)):
        return _only_a_company(job)
    if _says_section(job.title) or _RECRUITING_SITE.search(job.title) and not (
            labelled.title or labelled.location or written_as_ad(page)):
        # the careers section's name, no job under it found: "Emploi" (a recruiting site's, over no ad's terms)
        return no_job(NAME, f"its title “{job.title}” names only the site's careers section; {OPEN_ONE}")
    if (programme := _PROGRAMME.search(job.title)) and not names_a_role(job.title[:programme.start()]):
        return no_job(NAME, f"its title “{job.title}” names a programme many join, not one job's ad; {OPEN_ONE}")
    if (_NAMES_NO_JOB.match(job.title) or _TITLES_LABEL.match(job.title)) and not (labelled.location or labelled.company):
        # all that is left of a title is the word for a job's page ("Vacancy", over a page under construction) or a label
        # ("Job Title"), and the page labels none of a job's facts (a job's page whose title the user types does)
        return no_job(NAME, f"its title “{job.title}” names no job, only the kind of page; {OPEN_ONE}")
    if _SECTION_ALONE.match(heading := page.text("h1")) and squeezed(job.title) in squeezed(page.title) \
            and not headings_show(page, job.title) and not names_a_role(job.title) \
            and not written_as_ad(page) and not one_opening(page) and not _roles_headed(page):
        # the site's slogan, its every page's title, over the heading "Careers" and an embedded board's script
        return no_job(NAME, f"its heading “{heading}” names only the site's careers section; {OPEN_ONE}")
    # (a title naming a role over a labelled place and a section of an ad, or a labelled employer, is an ad's too:
    # "LOCATION: REMOTE (within Europe)" and "Qualifications" under "Senior Golang Developer" on a product's documentation
    # site; "Компания: ООО …", "Регион: Приморский край" under "3-й помощник капитана", a seamen's board)
    if not (job.title or job.company) or not (looks_like_job(page, announced) or labelled.title or (
            labelled.location and names_a_role(job.title) and (heads_a_section(page) or labelled.company))):
        return None
    if not job.title and _says_section(page.text("h1")) and not written_as_ad(page):
        # the employer and its careers section, no job named nor any ad's part: "Connexta: Careers" over "Work at Connexta"
        return _only_a_company(job)
    if job.title and not _says_a_job(page, f"{announced} {job.title}", labelled) and not sample_ad(page, job)[0]:
        # (a template's sample ad is said so after every reader)
        return no_job(NAME, f"its title “{job.title}” names no job, and the page shows neither an ad's parts nor a way to "
                            f"apply; {OPEN_ONE}")
    job.guessed = {name: why if getattr(job, name) != getattr(labelled, name) else IN_TEXT
                   for name, why in GUESSED.items() if getattr(job, name)} | job.guessed
    for field in ("title", "company"):  # not the page's title: a heading over the ad ("KONTROLER BILETOWY")
        said = getattr(job, field)
        if job.guessed.get(field) == GUESSED[field] and squeezed(said) not in squeezed(page.title) \
                and headings_show(page, said):
            job.guessed[field] = IN_HEADING
    if job.guessed.get("title") == GUESSED["title"] \
            and squeezed(job.title) not in squeezed(f"{page.title} {page.meta('og:title')}"):
        job.guessed["title"] = IN_TEXT  # a line of the page's, no heading nor title ("<b>SQA Engineer</b>" over its sections)
    if not job.company and (employer := employer_in_byline(page, job.location, job.title)):
        job.company, job.guessed["company"] = employer, IN_HEADING  # "Klaviyo • Dublin, County Dublin, Ireland • fulltime"
    if not job.company and (employer := _employer_after_role(page, job.title)):
        job.title, job.company, job.guessed["company"] = job.title[:-len(employer)].strip(), employer, "from the site's logo"
    if not job.company and (employer := _employer_before_role(page, job.title)):
        # "Expensify Success Coach", expensify.com linked: the role at the employer
        job.title, job.company, job.guessed["company"] = job.title[len(employer):].strip(), employer, GUESSED["company"]
    if not job.company and not _on_board(page) and (welcome := _WELCOME_TO.match(page.title.strip())):
        job.company, job.guessed["company"] = welcome["name"], GUESSED["company"]  # "Welcome to Bedrock Stone & Design!"
    if not job.company and (employer := _employer_of_site(page)):
        job.company, job.guessed["company"] = employer, "from the site's address"
    if not job.company and (employer := employer_introduced(page)):
        job.company, job.guessed["company"] = employer, "from the page's section about the employer"
    # a sentence naming who offers the job says more than a site's name its address does not spell (an EU
    # project's documentation site: "The Institute … of the IFW Dresden offers a PhD position")
    named_by_site = job.guessed.get("company") == GUESSED["company"] and not spells(page.domain, job.company) \
        and not has_legal_form(job.company) and not _named_with_legal_form(page, job.company)
    if (not job.company or named_by_site) and (employer := employer_in_prose(page, job.title))[0]:
        job.company, job.guessed["company"] = employer[0], IN_SENTENCE
        if not job.location and employer[1]:  # "… of the Vrije Universiteit Brussel, Belgium, offers …"
            job.location, job.guessed["location"] = employer[1], IN_SENTENCE
    if (not job.company or job.company != labelled.company) and not names_an_organisation(job.company) and (
            (named := institution_inviting(page)) or employs_surely(page, named := employer_in_prose(page, job.title)[0])):
        # on a professor's own site: "… is available in the group of Prof. Tristan Bereau at the Institute for Theoretical
        # Physics, Heidelberg University"
        job.company, job.guessed["company"] = named, IN_SENTENCE
    elif (not job.company or job.company != labelled.company) and not names_an_organisation(job.company) \
            and names_an_institution(named := _without_place_after(role_at_employer(job.title)[1])) \
            and not _TOWN_NAMED_SO.match(named):
        # on a lab's site, the institution the post's heading names: "Postdoctoral Positions at Nanyang Technological
        # University (Singapore)" (not a school a caterer's cook works at: "Cook at Greenfield Primary School")
        job.company, job.guessed["company"] = named, IN_HEADING
    if job.company != labelled.company and (seeking := _seeking_this_job(page, job.title)) \
            and squeezed(seeking) != squeezed(job.company):
        # the ad's own sentence naming who seeks this very job, over the site's name: "Incodeks is looking for a DevOps
        # Engineer" on a partner's site, its brand "Starkos"
        job.company, job.guessed["company"] = seeking, IN_SENTENCE
    if not job.company and (employer := _site_brand(page)):
        job.company, job.guessed["company"] = _without_section_after(page, employer), "from the site's logo"
    if not job.company and not _on_board(page) and (described := _DESCRIBED.match(page.meta("description", "og:description"))) \
            and described["name"][:1].isupper() and described["name"].split()[0].casefold() not in NOT_A_NAME:
        job.company, job.guessed["company"] = described["name"], "from the site's description"
    if not job.company and (employer := _site_name_said(page)):
        job.company, job.guessed["company"] = employer, "from the site's name"
    if not job.company and not _on_board(page) and (named := next((
            piece for piece in TITLE_PIECES.split(page.title.strip())
            if squeezed(piece) != squeezed(job.title) and not _names_a_board(piece) and not _says_section(piece)
            and _first_words_of_mark(page, piece)), "")):
        # "Locusnine", "© … Locusnine …"; "ZFA Jobs in Winsen | Wallpraxis - Moderne Zahnarztpraxis" under the logo
        # "Wallpraxis Winsen" (not the careers section's word: "Kariera" of "© Kariera Lokalmedia")
        job.company, job.guessed["company"] = _without_section_after(page, named), "from the site's logo"
    if not job.company and not _on_board(page) and (named := _name_as_title(page, job.title)):
        job.company, job.guessed["company"] = named, GUESSED["company"]  # "Isolatie Service Nederland", its text's too
    if not job.company and not _on_board(page) and (employer := _employer_of_mail(page)):
        job.company, job.guessed["company"] = employer, "from the address to apply to"  # "careers@workruit.com"
    if not job.company and not _on_board(page) and (owner := _company_in_footer(page)):
        job.company, job.guessed["company"] = owner, "from the page's footer"  # "© … ООО «Стрит Фуд»", "Initech GmbH"
    if not job.company and not _on_board(page) and (owner := _sole_copyright_owner(page, job.title)):
        job.company, job.guessed["company"] = owner, "from the page's footer"  # last: "© 2025 Müttergenesung in Württemberg"
    if job.guessed.get("company") in _FROM_THE_SITE and not names_an_organisation(job.company) \
            and not has_legal_form(job.company) and _researchers_own_site(page):
        # the name a researcher's own site gives itself, or its address spells, is its owner's, not the employer's
        # ("Postdoc Position – Daniel Bischof" at danbischof.github.io), where no sentence names the institution (not a
        # lab's, an institute's or a firm's: "Chen Lab", "Harper Law PLLC")
        job.company = ""
        del job.guessed["company"]
    if not job.location and (town := employer_postal_town(page, job.company)):
        job.location, job.guessed["location"] = town, "from the employer's address"
    if not job.location and (named := _UNIVERSITY_TOWN.match(job.company)):
        # "University of Edinburgh", however it was read (a sentence's "… group, Department of Informatics, University of Oslo")
        campus = named["campus"] if named["campus"] and names_a_town(named["campus"]) else ""  # (not "School of Medicine")
        job.location, job.guessed["location"] = campus or named["town"], "from the employer's name"
    role, after = around_last_dash(job.title)
    if names_a_role(role) and any(named and squeezed(after).startswith(squeezed(named))
                                  for named in (job.company, employer_introduced(page))):
        # "Business Developer (Parttime) – The Venturi Tribe": the heading's last piece, the employer as the page names it
        # or introduces it (a student club's site relaying its sponsor's ad: "Over ons" over "The Venturi is een …")
        job.title, job.company, job.guessed["company"] = role, after, IN_HEADING
    elif job.company and (named := job.title.partition(", "))[2] and names_a_role(named[0]) \
            and (after := named[2].partition(", "))[0].casefold() == job.company.casefold() \
            and (not after[2] or names_a_region(after[2]) or names_a_place(after[2])):
        # "Postdoctoral Research Fellow, University of Johannesburg, South Africa": the employer and its country after the
        # role (not a part of the employer: "Product Manager, Google Pay")
        job.title = named[0]
    # (not on the employer's own site, its address spelling its name: "Shop Pay – Senior Backend Engineer" at shopify.com)
    if (hiring := _hiring_before_role(page, job.title)) and not spells(page.domain, job.company):
        # a site relaying others' jobs: "Cisco Meraki – Site Reliability Engineer", "Cisco Meraki is looking for …" (the
        # employer perhaps read already: "St Mary's Primary School – Class Teacher" on a council's site)
        job.title = job.title[len(hiring):].strip(" –—-")
        if not job.company.casefold().startswith(hiring.casefold()):
            job.company, job.guessed["company"] = hiring, IN_HEADING
    if (named := around_last_dash(job.company)[0]) and page.domain and squeezed(named) == page.domain:
        job.company = named  # the name its address spells, before what it sells ("OSISM – Sovereign Cloud Platform", osism.tech)
    if job.guessed.get("company") and _names_company(job):  # the employer guessed above: "BES" of "BES Group"
        return _only_a_company(job)
    if job.company and (says_it_is_an_agency(job.company, page.body_text)
                        or posted_by_agency(job.company, page.body_text, job.title)):
        job.poster, job.company = job.company, ""  # the employer it recruits for is not named
    return job_found(NAME, job, CONFIDENCE)


# A site's description saying what its owner is, the name first: "СберАвтоТех — технологическая компания, которая …" (a
# technology company that …), "Initech is a software company", "Initech est une entreprise …".
_DESCRIBED = re.compile(r"^(?P<name>[^\W_][^\s—–.,:;!?]*(?:\s[^\W_][^\s—–.,:;!?]*){0,3})\s+(?:[—–-]|is|est|ist|es|è)\s+"
                        r"(?:an?\s+|une?\s+|eine?\s+|una?\s+)?(?:[\w-]+\s+){0,3}?"
                        r"(?:company|firm|start-?up|agency|manufacturer|studio|entreprise|société|agence|unternehmen|firma"
                        r"|empresa|azienda|компания|агентство|студия|фабрика|завод)\b", re.IGNORECASE)
# A site greeting the reader in its every page's title: "Welcome to Bedrock Stone & Design!", "Willkommen bei Initech",
# "Bienvenue chez Initech", "Welkom bij Initech", "Bienvenido a Initech".
_WELCOME_TO = re.compile(r"^(?:welcome\s+to|willkommen\s+(?:bei|in|im)|bienvenue\s+(?:chez|à|sur)|welkom\s+(?:bij|op)"
                         r"|bienvenid[oa]s?\s+a|benvenut[oi]\s+(?:da|in|su))\s+(?P<name>[^!.|–—]{2,60}?)\s*[!.]?$", re.IGNORECASE)


# A unit of an employer, by its first word: "Ward 7", "Project Phoenix", "Department of Surgery".
_UNIT = re.compile(r"^(?:ward|team|department|dept|unit|division|project|programme|program|office|group|lab|clinic|branch)\b",
                   re.IGNORECASE)


# A sentence's verb saying its subject seeks someone: "is looking for", "are hiring", "is currently seeking".
_SEEKS_VERB = r"(?:is|are)\s+(?:currently\s+)?(?:looking\s+for|hiring|seeking|recruiting)"


def _hiring_before_role(page: Page, title: str) -> str:
    """The name before the dash of a heading "<name> – <role>" that a sentence of the page says is hiring ("Cisco Meraki"
    of "Cisco Meraki – Site Reliability Engineer" and "Cisco Meraki is looking for talented engineers"); "" where none."""
    pieces = re.split(r"\s+[–—-]\s+", title, maxsplit=1)
    if len(pieces) != 2 or not names_a_role(pieces[1]) or names_a_role(named := pieces[0]) or not named[:1].isupper() \
            or TEAM.match(named) or _UNIT.match(named):
        return ""  # (nor a team or a unit of the employer: "Marketing – Content Writer", "Ward 7 – Staff Nurse")
    hiring = rf"(?:^|[.!?]\s+|\n\s*){re.escape(named)}\s+{_SEEKS_VERB}\b"
    return named if re.search(hiring, page.body_text) else ""


# The job's place the page's description ends with: "Apply now for web developer job at mesibo. Job location Banglore, India".
_DESCRIBED_PLACE = re.compile(r"(?:^|[.!|]\s+)(?:job\s+)?location\s*[:：-]?\s+(?P<place>[^.|;:]{2,60}?)\.?$", re.IGNORECASE)


def _place_in_description(page: Page) -> str:
    """The town, with its region or country, or "Remote", that the page's description names last as the job's location
    ("" where none)."""
    found = _DESCRIBED_PLACE.search(page.meta("description", "og:description").strip())
    place = found["place"].strip() if found else ""
    return place if names_a_place(place) or place.casefold() == "remote" else ""


def _marks(text: str) -> int:
    """How many marks a text writes between its words ("/", ":", "&"), neither letters, digits nor spaces (not those around
    them: "Senior PHP Developer:", a heading written as a label; "» Barista «", its ornaments)."""
    inner = re.sub(r"^[\W_]+|[\W_]+$", "", text)
    return sum(not (char.isalnum() or char.isspace()) for char in inner)


def _seeking_this_job(page: Page, title: str) -> str:
    """The name a sentence of the page begins with, saying it seeks someone for the job by its very title ("Incodeks" of
    "Incodeks is looking for an enthusiastic DevOps Engineer to join our team"), where an e-mail address on the page spells
    it and the page's own address does not; "" where none (nor "We", "Our team")."""
    if not title or title not in page.body_text:
        return ""  # (its sentences read only where they write the title)
    found = re.search(rf"(?:^|[.!?]\s+|\n\s*)(?P<name>[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){{0,3}})[ \t]+{_SEEKS_VERB}"
                      rf"[ \t]+(?:an?[ \t]+)?(?:[a-z][\w-]*[ \t]+){{0,3}}{re.escape(title)}\b", page.body_text)
    if not found or found["name"].split()[0].casefold() in WE | {"our", "the", "this"}:
        return ""
    # (confirmed by an e-mail address the page gives: "careers@incodeks.com"; not a school an agency describes, "Thriving
    # Primary School is seeking a Year 3 Teacher", nor the employer's product its link names, "CarePal" at carepal.app)
    mailed = {part for _, domain in _mail_addresses(page) for part in domain.split(".")}
    return found["name"] if squeezed(found["name"]) in mailed - {page.domain} else ""


def _employer_before_role(page: Page, title: str) -> str:
    """The employer a title names before the role, on a board that writes its jobs so ("Expensify Success Coach",
    "Fleetio Senior Support Specialist"), where the page links to the employer's own site, whose address spells the name
    (we.are.expensify.com, www.fleetio.com); "" otherwise."""
    words = title.split()
    names = [name for count in (1, 2) if (name := " ".join(words[:count]))[:1].isupper()
             and names_a_role(" ".join(words[count:])) and not names_a_role(name)]
    if not names:
        return ""  # (the page's links read only where the title may name its employer first)
    linked = {squeezed(label) for link in page.css("a[href]") for label in host(link.attributes.get("href") or "").split(".")}
    return next((name for name in names if squeezed(name) in linked - {page.domain}), "")


def _employer_after_role(page: Page, title: str) -> str:
    """The employer a title names after the role with no mark between, written in capitals, where the site marks itself
    with that name or its text repeats it ("Агент обработки документов TELS CARGO" under the menu's "О TELS CARGO",
    "Связаться с TELS CARGO"); not a short acronym a skill is named by ("Developer SQL"); "" otherwise."""
    words = title.split()
    return next((name for count in (3, 2, 1) if len(words) > count and (name := " ".join(words[-count:])).isupper()
                 and (count > 1 or len(name) >= BRAND_START) and names_a_role(" ".join(words[:-count]))
                 and (_branded(page, name) or page.body_text.count(name) > NAMED_BESIDE_TITLE)), "")


NAMED_BESIDE_TITLE = 2  # more times than the job's heading and its trail write it


def _names_company(job: JobFacts) -> bool:
    """Whether the job's title is only its employer's name, or the name and words naming no role."""
    return squeezed(job.title) == squeezed(job.company) or _company_and_no_role(job.title, job.company)


def _only_a_company(job: JobFacts):
    """The answer for a page whose title names only the employer."""
    return no_job(NAME, f"it names only a company, “{job.title or job.company}”, not a job; {OPEN_ONE}")


# "© 2025 Presidio, Inc.", "© Copyright 2021. SKY S.A.S", "© 2024 Initech GmbH & Co. KG": the owner runs to a full
# stop, not one of a legal form's own ("Co. KG", "S.A.S"), or to a comma before a sentence's words ("2021 ©
# Haskell Foundation, submit website bug reports …"); a comma may follow the year before a name ("© 2015, Initech, LLC"; not
# "© 2024, all rights reserved")
_COPYRIGHT = re.compile(rf"{COPYRIGHT_MARK}(?:\s*(?:(?i:copyright)|©))?\s*(?:\d{{4}}(?:\s*[-–—]\s*\d{{4}})?)?"
                        r"(?:\.|,(?=\s*[A-ZÀ-Þ]))?\s*"
                        # the site's address before the name: "rhdc.89hl.com 瑞海地产"
                        r"(?:(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\s+)?"
                        # (a dot inside a legal form, or ending one: "s.r.o.")
                        r"(?P<owner>(?:[^.,|\n©]|,(?!\s*[a-z])|\.(?=\s*KG\b)|(?<=\b[A-Za-z])\.(?=[A-Za-z]\b|\s|$)){1,80})")


def _says_a_job(page: Page, title: str, labelled: JobFacts) -> bool:
    """Whether anything says the page is one job's: the title it is read under (and the page's title it is read from)
    names a role or says it is a job ad ("Offre job étudiant", "bioinformatician Job"), labels name the job or its
    employer and place, or the page shows an ad's parts, its terms or a way to apply. A
    site's name ("Molex"), a slogan or an article's title over a careers page says none of this."""
    # (an article's title saying jobs or careers tells only what it is about: "How to Change Jobs with a Work Visa"; not
    # one saying there is a vacancy: "Vaga para Desenvolvimento de Software")
    article = _an_article(page)
    said = _TOPIC_WORDS.sub("", title) if article else title
    # (nor does a headline's sentence naming a role among many words: "… WordPress Market Oversaturated with Developers")
    headline = article and len(title.split()) > ROLE_LINE_WORDS
    return names_a_role(title) and not headline or marked_for_every_gender(title) or bool(_JOB_WORDS.search(said)) \
        or _titled_as_ad(page.title) \
        or bool(labelled.title or labelled.company and labelled.location) \
        or heads_a_section(page) or asks_to_apply(page) or _applies_on_tracker(page) or states_job_terms(page)


# Words of jobs naming a topic, not a vacancy: jobs, careers, recruiting, employment.
_TOPIC_WORDS = re.compile(r"\b(?:jobs?|careers?|recruit\w*|recrut\w*|emploi|empleo|karriere|carri[eè]re|työpaik\w*)\b",
                          re.IGNORECASE)


def _an_article(page: Page) -> bool:
    """Whether the page says it is an article (a blog's post, a news story) in its Open Graph type or time of publishing,
    or its address puts it in a blog's or a press section ("/blog/workplace-stress-alert…")."""
    return page.meta("og:type").strip().lower() == "article" or bool(page.meta("article:published_time")) \
        or next(iter(path_parts(page.url)), "").casefold() in _ARTICLES_SECTIONS


_ARTICLES_SECTIONS = {"blog", "articles", "press"}  # (not "news": a practice posts its vacancy as news)


def _name_as_title(page: Page, job_title: str) -> str:
    """The page's title where it is a name alone, other than the job's, which the page's text writes too: the site's owner
    titling its every page ("Isolatie Service Nederland" over "🧰 Vacature: Medewerker Isolatie Zuigen", "🏢 Isolatie
    Service Nederland"), or which an address to write to spells ("MB Bilverkstad", svenmbbilverkstad@telia.com), perhaps
    beside the careers section's name ("Bolsa de Trabajo - Repostería Piña", reposteriapina@gmail.com), saying
    perhaps in Chinese that it recruits ("雅萱全国化妆品连锁旗舰店招聘"); "" where it names a role, a section, the kind of page or
    the home page, or says more than a name."""
    title = _RECRUITS_ZH.sub("", said := page.title.strip())
    beside_section = False
    if len(pieces := [piece.strip() for piece in TITLE_PIECES.split(title)]) == 2 \
            and (section := next((piece for piece in pieces if listed_in(piece) or _SECTION_ALONE.match(piece)), "")):
        title = pieces[1 - pieces.index(section)]  # the name beside the careers section's: "Bolsa de Trabajo - Repostería Piña"
        beside_section = True
    # (capitalised; a Chinese name before "recruits" has no capitals, but four characters or more, written on a line of its
    # own too, as a shop's sign: not "校园" of "校园招聘", campus recruiting, nor "全国各地" of "全国各地招聘", nationwide)
    chinese = title != said and len(title) >= CHINESE_NAME and bool(re.match(r"[\u3400-\u9fff]", title)) \
        and any(node_text(node) == title for node in page.css("h1, h2, h3, h4, p, div, span, strong"))
    if len(TITLE_PIECES.split(title)) != 1 or not 1 <= len(title.split()) <= NAME_WORDS \
            or squeezed(title) == squeezed(job_title) or not (title[:1].isupper() or chinese) or names_a_role(title) \
            or _SECTION_ALONE.match(title) or _NAMES_NO_JOB.match(title) or title.casefold() in HOME_WORDS \
            or listed_in(title) or _JOB_WORDS.search(title):
        return ""  # (nor a name for jobs: "Наши вакансии", our vacancies)
    # (beside the section's name, only a name an address spells: not "Hamburg" of "Karriere – Hamburg")
    return title if title in page.body_text and not beside_section or any(
        _mailbox_holds(mailbox, title) or spells(site_label(domain), title) for mailbox, domain in _mail_addresses(page)) else ""


def _mailbox_holds(mailbox: str, name: str) -> bool:
    """Whether a mailbox holds a firm's name of two words or more, perhaps after its owner's ("svenmbbilverkstad" of MB
    Bilverkstad, "reposteriapina" of Repostería Piña); not a mailbox that is the name's word alone, a box for a purpose
    ("talent@", "people@", "info@")."""
    box, named = squeezed(mailbox), squeezed(name)
    return len(name.split()) >= 2 and box.endswith(named)  # (not a department's or a town's: "Logistics")


@lru_cache(maxsize=2)
def _mail_addresses(page: Page) -> tuple[tuple[str, str], ...]:
    """The mailbox and the domain of each address the page gives to write to, read once per page (the title's pieces,
    the employer from the title and the last guesses all ask)."""
    addresses = email_addresses_in(_addresses_written(page))
    return tuple((mailbox, host) for mailbox, _, host in (address.partition("@") for address in addresses))


def _addresses_written(page: Page) -> str:
    """The page's text and the addresses its links to write to give (where an address is only a link's)."""
    return " ".join([*(link.attributes.get("href") or "" for link in page.css("a[href^='mailto:' i]")), page.body_text])


_RECRUITS_ZH = re.compile(r"(?<=[\u3400-\u9fff])(?:诚聘|招聘)$")  # Chinese: recruits, after the name
CHINESE_NAME = 4  # characters at least, of a firm's name in Chinese


NAME_WORDS = 5  # at most, of a company's name


def _company_in_footer(page: Page) -> str:
    """The one company the page's footer (or its copyright line) names by its legal form: the site's owner, the employer of
    its careers pages ("Политика обработки персональных данных ООО «Стрит Фуд»"); "" where it names none, or several."""
    footers = page.css("footer")
    # its lines apart first (a menu's last link is no part of the name on the line under it: "Blogs Contact Global WeConnect
    # …"), then run together (a legal form on a line of its own: "Initech Software<br>GmbH & Co. KG")
    for footer in ("\n".join(block_text(node) for node in footers), " ".join(node_text(node) for node in footers)):
        footer = footer or " ".join(copyright_owners(page))
        # (not "Co" alone, a word of many a footer's: "Flux-5 Les Infos Actualité Agenda Co")
        named = {without_legal_form(name): name for name in [*names_with_legal_form(footer), *_RUSSIAN_COMPANY.findall(footer)]
                 if not re.search(r"\sCo\.?$", name)}
        if named:
            return next(iter(named.values())) if len(named) == 1 else ""
    return ""


# A Russian, Ukrainian or Kazakh company in running text, its legal form before its quoted name: "ООО «Стрит Фуд»".
_RUSSIAN_COMPANY = re.compile(r"(?:ООО|ОАО|ЗАО|ПАО|АО|ТОО|ТОВ)\s+[«\"“„][^»\"”“]{2,40}[»\"”“]")


def _company_and_no_role(title: str, company: str) -> bool:
    """Whether a title is the employer's name and words naming no role after it ("Xpat Products Ongata Rongai branch",
    a site's every page's og:title), or its first words alone ("BES" of "BES Group"); not a post for any role ("Vercel
    General Application", an applicant-tracking site's)."""
    rest = title[len(company):]
    if title and company.casefold().startswith(f"{title.casefold()} ") and not names_a_role(title):
        return True  # the name's first words alone: "BES" of "BES Group"
    return bool(company) and title.casefold().startswith(f"{company.casefold()} ") \
        and not names_a_role(rest) and not marked_for_every_gender(title) and not OPEN_APPLICATION.match(rest.strip())


def site_owner(page: Page) -> str:
    """The site's owner, the employer of its careers pages, as its address, its logo or its name says it ("" on a board, or
    where none does): for a posting marked up with no employer's name."""
    return _employer_of_site(page) or _site_brand(page) or _site_name_said(page)


@lru_cache(maxsize=2)  # asked for the site's employer, its title's and for the footer's town: read once per page
def _employer_of_site(page: Page) -> str:
    """The name the address spells (the employer's own site's, or its account's on a hiring site) as
    the site writes it where it names itself, in its site name, a logo's text or its copyright line
    ("OpenAI" on openai.com), else as the text names a company with its legal form ("Hornbeck
    Offshore Services, Inc" for Taleo's account "HOS"); "" on a job board, or where it never does."""
    # (a US state's address names the state, not its office: innovation.nj.gov)
    domain = "" if _STATE_GOVERNMENT.search(host(page.url)) else page.domain
    spelled = _account(page) or ("" if _on_board(page) else domain)
    # a top-level domain that is a word may end the name: "Arcturus Industries" at arcturus.industries
    top = "" if _account(page) else host(page.url).rsplit(".", 1)[-1]
    named = _name_spelled(page, spelled, top) or (  # "Groene Wielen", its repository's name
        written_as(project, _site_owners(page)) if spelled and (project := _project(page)) else "")
    return "" if _says_section(named) else named  # (a repository named for the careers section: "tuyendung", recruiting)


_STATE_GOVERNMENT = re.compile(r"(?:^|\.)[a-z]{2}\.gov$")


def _name_spelled(page: Page, spelled: str, top: str = "") -> str:
    """The name an address's label spells ("openai"), as the site writes it where it names itself, in its site name, a
    logo's text, its copyright line or its titles, else as its text names a company with its legal form or at all; ""
    where it never does."""
    if not spelled:
        return ""
    site_name = _site_name(page)
    if site_name and spells(spelled, site_name):
        # the name the site gives itself whole: "Dorcas Technologies" at dorcas.tech; before what it says it is: "Every Day"
        # of "Every Day ® | Creative Digital Agency" at every-day.nl
        first = TITLE_PIECES.split(site_name)[0].strip()
        return first if spells(spelled, first) else site_name
    if (author := page.meta("author")) and spells(spelled, author):
        return author  # the page's author, the site's owner: "Bakery" at bakery.agency (not its designer, "Webcraft")
    owners = _site_owners(page)
    in_full = written_as(spelled + top, owners) if len(top) >= 4 and top.isalpha() else ""
    return in_full or written_as(spelled, owners) or next(
        (name for name in _companies_named(page.body_text) if spells(spelled, without_legal_form(name))),
        "") or written_in_text(spelled, page.body_text) or _one_word_introduced(spelled, page.body_text)


# A one-word name introduced by the text as a firm of some kind, in a few words: "Learnpoint is a loved learning management
# platform", "Learnpoint är en omtyckt lärplattform" (not "Rust is a must", "Uppsala är en växande universitetsstad").
_INTRODUCED = (r"\s+(?:is\s+an?|är\s+en|er\s+en|ist\s+eine?|est\s+une?|es\s+una?|è\s+una?|is\s+een)\s+(?:[\w-]+\s+){0,4}"
               r"[\w-]*(?:platform|plattform|plateforme|plataforma|piattaforma|company|firm|startup|start-up|agency|studio"
               r"|provider|business|organi[sz]ation|consultancy|manufacturer|retailer|företag|byrå|unternehmen|firma|entreprise"
               r"|société|empresa|azienda|bedrijf|brand|marke|marque)\b")


def _one_word_introduced(spelled: str, text: str) -> str:
    """The name the address spells as the text writes it in one word, capitalised, where a sentence says what it is
    ("Learnpoint" of "Learnpoint is a loved learning management platform" at learnpoint.se); "" otherwise. ("Robin Care", in
    two words, written_in_text finds: "by Robin Care".)"""
    found = re.search(rf"(?<![\w&'’.-])({re.escape(spelled)}){_INTRODUCED}", text, re.IGNORECASE) if len(spelled) >= 4 else None
    return found[1] if found and found[1][0].isupper() else ""


def _site_owners(page: Page) -> list[str]:
    """Where a site names its owner: its site name, its pictures' texts, its copyright lines, its brand's and home links'
    words ("<a class='navbar-brand' href='http://arfc.github.io'>ARFC</a>"); last, its titles ("GO-JEK TECH", the og:title
    of every page of gojek.io)."""
    return [_site_name(page), *(image.attributes.get("alt") or "" for image in page.css("img[alt]")),
            *copyright_owners(page), *_site_marks(page), page.meta("og:title"), page.title]


def _employer_of_mail(page: Page) -> str:
    """The name the address for applications spells (careers@workruit.com), as the page writes it or capitalised; "" where
    the page gives no such address, or several employers' (a board's page)."""
    # (not a hiring tool's address: "careers.noreply@myworkday.com" on a hospital's ad)
    labels = {site_label(found["host"]) for found in _HIRING_MAIL.finditer(_addresses_written(page))
              if not hiring_tool(found["host"])[0]}
    if len(labels) != 1:
        return ""
    label = labels.pop()  # (as the page writes it, else capitalised: "Workruit" of careers@workruit.com; not words run
    # together, which the page would write apart: "Lislab" of recrutement@lis-lab.fr, the lab "LIS")
    return _name_spelled(page, squeezed(label)) or (label.capitalize() if label.isalpha() else "")


# An address for applications: its mailbox says it is the employer's for jobs ("careers@", "jobs@", "hr@", "bewerbung@").
# (a team's or a branch's name may follow the word: "tuyendung.htch@", Vietnamese for recruiting; not a machine's:
# "careers.noreply@", "jobs.alerts@", nor the payroll's)
_HIRING_MAIL = re.compile(r"\b(?:careers?|jobs?|hr|recruit(?:ing|ment)?|hiring|talent|karriere|bewerbung(?:en)?|jobb|werk"
                          r"|emploi|empleo|trabajo|vagas|lavoro|praca|kariera|rekrytointi|recrutement|rekrutacja|rekrutmen"
                          r"|tuyendung)(?:[._-](?!(?:no-?reply|do-?not-?reply|alerts?|notifications?|payroll)\b)[a-z0-9]+)?"
                          r"@(?P<host>(?:[\w-]+\.)+\w{2,})\b", re.IGNORECASE)


def _sole_copyright_owner(page: Page, title: str) -> str:
    """The one owner the page's copyright lines name, written as a name of a few words: the employer, where nothing else
    names one ("© 2025 Müttergenesung in Württemberg"); "" where they name several or none, a credit, a board, or the name
    the job's title begins with ("MADA'IN Properties" over an ad its text does not head)."""
    if len(owners := set(copyright_owners(page))) != 1:
        return ""
    first, _, rest = (owner := owners.pop()).partition(" ")
    if rest[:1].isupper() and _CAREERS_SITE_WORD.match(first):
        owner = rest  # the careers site's name: "Lokalmedia" of "© Kariera Lokalmedia" (not "Apply Digital")
    named = len(owner) >= 2 and owner[:1].isupper() and len(owner.split()) <= NAME_WORDS
    return owner if named and not squeezed(title).startswith(squeezed(owner)) and not _names_a_board(owner) \
        and not _CREDIT.search(owner) else ""


# A careers site's word before the employer's name in its own name: "Kariera Lokalmedia".
# (not "Careers": "Careers Wales" is an organisation's name)
_CAREERS_SITE_WORD = re.compile(r"^(?:kariera|kariéra|karriere|carrières|carreiras|vagas)$", re.IGNORECASE)


def copyright_owners(page: Page) -> list[str]:
    """Who the page's copyright lines name ("Presidio, Inc" for "© 2025 Presidio, Inc."; "ELAO" for "© 2022 - ELAO - Tous
    droits réservés", the rights reserved after a dash), without the rights reserved after the name or its register's
    number ("UMEQ All Rights Reserved", "Fintos Venture Group (202001010295 (1366615-P))"); not a picture's or a map's
    credit ("Photo © Jane Doe", "Map data ©2024 Google"); where a line names no one after its sign ("© 2024 All rights
    reserved"), the name before the sign in the sign's own text ("SandFil International © 2017. All rights reserved").
    Found once per page: the site's marks, its owners, its footer and the last guess all ask."""
    if page.copyright_owners is None:
        page.copyright_owners = _copyright_owners(page)
    return page.copyright_owners


def _copyright_owners(page: Page) -> list[str]:
    owners, unnamed = [], False
    for found in _COPYRIGHT.finditer(text := page.body_text):
        if _CREDITED.search(text[max(0, found.start() - CREDIT_BEFORE):found.start()]):
            continue
        owner = _COPYRIGHT_YEARS.sub("", _DASHED.split(found["owner"].strip(" -–—"))[0])
        if owner := _ESCAPE_LEFT.sub("", _REGISTER_NUMBER.sub("", _RIGHTS_RESERVED.sub("", owner))).strip(" ,;"):
            # (not the footer's links after an address: "© 2025 acme.com Privacy Policy Terms of Use"; nor a legal form
            # alone, the address the name: "© 2025 autoland.de GmbH")
            if not set(owner.casefold().split()) <= _FOOTER_LINK_WORDS and not only_a_legal_form(owner):
                owners.append(owner)
        elif _RIGHTS_RESERVED.match(found["owner"]) and (after := _NAME_AFTER_RIGHTS.match(text, found.end())) \
                and not _FOOTER_LINK.match(after["name"]) and text.count(after["name"]) >= 2:
            # the name after the rights reserved, which the page writes elsewhere too: "© 2013 All Rights Reserved. Tikal"
            # (not the footer's link after it: "Privacy Policy", "Sitemap")
            owners.append(after["name"])
        else:
            unnamed = True
    return owners + _owners_before_sign(page) if unnamed else owners


_FOOTER_LINK = re.compile(r"^(?:privacy|terms|sitemap|site\s+map|cookies?|imprint|impressum|legal|disclaimer|contact"
                          r"|accessibility|datenschutz|mentions\s+légales|aviso\s+legal)\b", re.IGNORECASE)
_FOOTER_LINK_WORDS = {"privacy", "policy", "terms", "of", "use", "and", "&", "conditions", "cookies", "cookie", "sitemap",
                      "imprint", "impressum", "legal", "notice", "disclaimer", "contact", "us", "accessibility", "statement"}
_NAME_AFTER_RIGHTS = re.compile(r"\.[ \t]*(?P<name>[A-ZÀ-Þ][\w&'’-]*(?:[ \t]+[A-ZÀ-Þ&][\w&'’.-]*){0,4})[ \t]*(?:\n|$)")
# A line break a template wrote out as its escape after the footer ("… GmbH & Co. KG</footer>\n<script>"): no word.
_ESCAPE_LEFT = re.compile(r"(?:\s*\\[nrt])+\s*$")


def _owners_before_sign(page: Page) -> list[str]:
    """The names written before "©" in the sign's own text where only years and the rights reserved follow it; never
    another element's words ("Follow us on Instagram", "Impressum") nor a credit ("Made with love in Leeds")."""
    owners = []
    for node in page.text_nodes():
        if "©" in (said := " ".join(node.text(deep=False).split())):
            before, _, after = said.partition("©")
            # (its years before the sign too: "Osteomed 2020 © All Rights Reserved")
            before = _COPYRIGHT_YEARS.sub("", _REGISTER_NUMBER.sub("", _SIGN_WORD.sub("", before).strip(" -–—|")).strip(" ,;"))
            if before and len(before.split()) <= NAME_WORDS and _RIGHTS_RESERVED.match(_YEARS_FIRST.sub("", after)) \
                    and not _CREDIT.search(before):
                owners.append(before)
    return owners


_YEARS_FIRST = re.compile(r"^[\s\d.,:–—-]*")
_SIGN_WORD = re.compile(r"\s*(?:copyright|\(c\))\s*$", re.IGNORECASE)  # the sign's word before it: "Copyright © 2024"


# (in English, French, Spanish, Portuguese, Italian, German, Dutch, Swedish, Danish, Norwegian, Polish, Czech, Turkish,
# Finnish, Russian, Ukrainian)
_RIGHTS_RESERVED = re.compile(r"(?:^|\s)(?:[·|•,–—-]\s+)?(?:all\s+rights\s+reserved|tous\s+droits\s+réservés"
                              r"|todos\s+(?:los|os)\s+(?:derechos|direitos)|tutti\s+i\s+diritti\s+riservati"
                              r"|alle\s+rechte\s+vorbehalten|alle\s+rechten\s+voorbehouden"
                              r"|alla\s+rättigheter\s+förbehållna|alle\s+rettigheder\s+forbeholdes|alle\s+rettigheter\s+reservert"
                              r"|wszelkie\s+prawa\s+zastrzeżone|všechna\s+práva\s+vyhrazena|tüm\s+hakları\s+saklıdır"
                              r"|kaikki\s+oikeudet\s+pidätetään|все\s+права\s+защищены|усі\s+права\s+захищені).*$"
                              r"|\s*版[权權]所有.*$",  # Chinese, after the name with or without a space: "瑞海地产 版权所有"
                              re.IGNORECASE)
_REGISTER_NUMBER = re.compile(r"\s*\(\d[\d()\s-]*[A-Z]?\)+$")
CREDIT_BEFORE = 20  # characters before the sign read for a picture's or a map's credit
_CREDITED = re.compile(r"\b(?:photo|image|picture|imagery|map\s+data|foto|bild)\w*\s*:?\s*$", re.IGNORECASE)
# A credit, not an owner: "© 2024 Designed by Pixel Studio", "Website by Webcraft", "OpenStreetMap contributors", a
# template's "Your Company".
_CREDIT = re.compile(r"\b(?:designed|developed|built|made|powered|hosted|created|website|site|theme|template)\s+(?:by|with)\b"
                     r"|\bcontributors\b|^your\s+company\b", re.IGNORECASE)


# The years a copyright line writes after its owner: "© Infocea 2025", "Copyright © GooleWelding 2017-2024". (On such a
# line a year alone is the line's; clean_company keeps one after any other name: "Studio 2000".)
_COPYRIGHT_YEARS = re.compile(r"\s+(?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)?\d\d)?\s*$")


_DASHED = re.compile(r"\s+[-–—]\s+")
