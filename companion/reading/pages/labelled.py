"""Facts a page writes beside labels of their own, as applicant-tracking systems print a job's
header: "Job Title | Door Attendant", "Location: US-IL-Yorkville", "Company: Wm. WRIGLEY Jr.
Company", a "Location" heading over "Westminster"; the one element a page names for the job's
title; and the employer a section "About <name>" introduces. The last-resort reader trusts these
over a document title that only names the site ("Job Posting Details", "Wrigley.com :: Careers")."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import chain, islice
from urllib.parse import urljoin, urlsplit

from companion.domain.facts import JobFacts
from companion.reading.names import FULL_STOP, has_legal_form, names_an_institution, names_an_organisation, squeezed
from companion.reading.pages.html import (SOURCE_TAGS, Page, block_text, element_beside, element_under, in_card, in_dialog,
                                          lines_of, node_text, parents, words_before_break)
from companion.reading.pages.regions import (SENTENCE_END, address_town, chinese_town, japanese_town, names_a_place,
                                             names_a_region, postal_place, postal_town, written_as_name)
from companion.reading.pages.text import html_to_text
from companion.reading.pages.towns import names_a_town
from companion.reading.pages.urls import is_map_link, same_site
from companion.reading.roles import names_a_role

# The labels, in the languages the readers meet, of each fact; a colon may follow.
_LABELS = {
    "title": r"(?:job\s+(?:posting\s+)?|position\s+)title|job\s+name|stellenbezeichnung|intitulé\s+du\s+poste|puesto"
             r"|(?:job\s+)?title\s+of\s+(?:the\s+)?(?:opening|position|post|vacancy)"  # "Job Title of Opening"
             r"|nombre\s+del\s+puesto|(?:岗位|职位)名称"  # Spanish, Chinese: the post's name
             r"|open\s+position|posizione(?:\s+aperta)?|posición|vacante|vaga|cargo"  # Italian, Spanish, Portuguese
             r"|должность|посада"  # Russian, Ukrainian: the post
             r"|roll|tjänst|stilling"  # Swedish, Norwegian: the role, the post
             r"|functie(?:titel)?|vacaturetitel"  # Dutch: the post (its title)
             r"|(?:募集)?職種|모집\s*직종"  # Japanese, Korean: the kind of job (recruited for)
             # Vietnamese: the post (recruited, applied for), its title; Indonesian: the post
             r"|vị\s+trí\s+(?:tuyển\s+dụng|ứng\s+tuyển|công\s+việc|cần\s+tuyển)|chức\s+danh|posisi",
    # a job's or a person's ("Title: Recruiter"): with its colon, or in a table's cell beside its value
    # (UKG's "Title | Pipeline Designer", 2011); a form's "Title" asks Mr or Ms
    "title_alone": r"title",
    # the job where its value names a role ("Position: intern"), not the kind of post ("Position: Full-time/ Permanent")
    # (or the vacancy, the post: Dutch, English, German, French, Polish, Czech, Turkish, Swedish: "Vacature: Medewerker …")
    "position": r"position|vacature|vacancy|stelle|poste|stanowisko|pozice|pozisyon|befattning",
    "contact": r"contact(?:\s+information)?|kontakt|ansprechpartner(?:in)?",  # whom to write to: a person or a company
    "company": r"company(?:\s+name)?|employer|organi[sz]ation(?:\s*/\s*company)?|hiring\s+organi[sz]ation"
               r"|institution(?:\s*/\s*company)?|company\s*/\s*institute"  # EURAXESS's "Organisation/Company"
               r"|arbeitgeber|unternehmen|firma"
               r"|entreprise|employeur|empresa|společnost|spoločnosť|pracodawca"  # Czech, Slovak, Polish
               r"|zaměstnavatel|zamestnávateľ|zadavatel"  # Czech, Slovak: employer; Czech: advertiser
               r"|работодатель|роботодавець|компания|компанія"  # Russian, Ukrainian: the employer, the company
               r"|기업명|회사명|会社名|企業名|公司名称"  # Korean, Japanese, Chinese: the company's name
               r"|school|schule|école|escuela|scuola",  # a school's board of teaching jobs: "School: Initech Academy"
    "location": r"(?:job\s+|work\s+|office\s+)?location|place\s+of\s+work|workplace|location:\s*city|city|based(?:\s+in)?"
                r"|arbeitsort|standort|dienstort|einsatzort"
                r"|lieux?(?:\s+de\s+travail)?|localisation|locație|locația|ubicaci[oóò]n(?:\s+de\s+la\s+oferta)?|lugar\s+de\s+trabajo|localização"
                r"|local\s+de\s+trabalho|local\s+da\s+vaga|localidade"  # Portuguese: place of work, of the vacancy
                r"|placering|arbejdssted|arbeidssted|arbetsort|tjänstgöringsort|arbetsplats|plats|locatie|standplaats|werklocatie"
                r"|sede(?:\s+di\s+lavoro)?|luogo(?:\s+di\s+lavoro)?|lokalizacja|miejsce\s+pracy|lokalita|místo\s+pracoviště|pracoviště"
                r"|(?:근무\s*)?지역|근무지|勤務地|勤務場所|工作地[点點址]|地[点點]|工作城市"  # Korean, Japanese, Chinese: (place of) work
                r"|город|місто|место\s+работы|місце\s+роботи"  # Russian, Ukrainian: town, place of work
                # place of work: Hungarian, Turkish, Czech, Slovak, Serbo-Croatian, Bulgarian, Greek
                r"|munkavégzés\s+(?:helye|helyszíne)|munkahely|helyszín|konum|çalışma\s+yeri|lokasyon"
                r"|místo\s+(?:výkonu\s+)?práce|miesto\s+(?:výkonu\s+)?práce|lokacija|mj?esto\s+rada"
                r"|месторабота|локация|τοποθεσία"
                r"|nơi\s+làm\s+việc|địa\s+(?:điểm|chỉ)(?:\s+làm\s+việc)?|lokasi(?:\s+kerja)?|penempatan"  # Vietnamese, Indonesian
                r"|khu\s+vực(?:\s+(?:tuyển\s+dụng|làm\s+việc))?"  # (Vietnamese: the area hired for, worked in)
                r"|адрес|адреса|address|adresse|dirección|indirizzo|endereço|adres|alamat|cím",  # the workplace's address
    "region": r"location:\s*state|state|province|region|регион|регіон",  # (Russian, Ukrainian)
    # a workplace's name ("North Bergen, NJ", or "Archstone Midtown West" beside its town); French's "Site: Grand Casablanca"
    "site": r"location\s+name|site",
}
# The number a list of an ad's parts sets before each ("1. Vị trí tuyển dụng:", "II. Yêu cầu", "3) Location:", "1/ …").
NUMBERED = r"(?:(?:\d{1,2}[.)/]|[IVX]{1,4}[.)])(?!\d)\s*)"
# (after a mark or an emoji drawn before it: "📌 Posizione aperta:", "📍 Luogo:"; or its number)
_LABEL = {fact: re.compile(rf"^[^\w\s(\[]?\s*{NUMBERED}?(?:{words})\s*[:：]?$", re.IGNORECASE)  # "岗位名称："
          for fact, words in _LABELS.items()}
_LABEL_TAGS = "th, td, dt, label, b, strong, em, i, h2, h3, h4, h5, h6, span, div, p"
HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_INLINE = {"span", "a", "font", "b", "strong", "em", "i"}  # elements that hold words on their line, not a column
IN_TEXT = "from the page's text"  # how a fact read here was found, for the user to check
IN_SENTENCE = "from a sentence of the page"  # how a fact a sentence gave was found
LABEL_LIMIT = 40  # characters: longer text is a sentence, not a label
VALUE_LIMIT = 100  # and a longer value is a sentence, not a fact
_CONTROLS = {"select", "option", "button", "textarea"}
FIELDS = "input:not([type='hidden']), select, textarea"  # what a form asks a user to fill in
_UNSEEN = {"-text", *SOURCE_TAGS}  # nothing a reader sees as a line
_SITE_PARTS = {"nav", "header", "footer"}  # a site's menus: their "Company" heads links, not a fact
# A menu's or footer's class as a word of its own ("main-menu", "site-nav", "navbar"), not inside
# another (a page whose body is "careersnav" or a box "asubnav" holding the job).
# (written in camel case too: "siteFooter", BEM's block)
_FOOTER_CLASS = re.compile(r"(?:^|[\s_-])(?i:footer)(?:$|[\s_-])|(?<=[a-z])Footer(?:$|[\s_-])")
# (not a list of tabs, "tabs-menu", "w-tab-menu": each tab a part of the page, a careers page's tab a job's)
MENU_CLASS = re.compile(r"(?:^|[\s_-])(?<!tabs-)(?<!tab-)(?:menu|nav|navbar|navigation)(?:$|[\s_-])", re.IGNORECASE)


def title_over_facts(page: Page) -> str:
    """The line just above the block of a job's labelled facts ("Applications Project Manager" over
    the table of "Job ID", "Location"), else the table's own head cell ("Course Instructor" in the
    row over "Job Category", "Location"), for a page whose title is only "Job Posting Details"."""
    for node in page.css("th, td, dt, label, b, strong, span"):
        own = " ".join(node.text(deep=False).split())
        if not (own and _LABEL["location"].match(own)) or _in_site_part(node, page):
            continue
        block = node
        while block.parent is not None and block.tag not in ("table", "dl", "ul"):
            block = block.parent
        if block.tag not in ("table", "dl", "ul"):
            return _line_before_run(node)
        above = block.prev
        while above is not None and not (above.tag not in _UNSEEN and node_text(above)):
            above = above.prev  # text between elements, a script: nothing a reader sees as a line
        # a line of several links above is the site's menu ("Home My Workbench My Profile … Login")
        text = _fact(node_text(above)) if above is not None and len(above.css("a")) < 2 else ""
        if not text and block.tag == "table":
            text = _fact(_first_cell(block, before=node))
        return text if not a_label(text) else ""
    return ""


def _line_before_run(label) -> str:
    """The line above a run of labelled lines that only line breaks set apart, no table or list holding them
    ("<span>Primary Learning Mentor</span><br><strong>Department</strong> Education<br><strong>Location</strong>
    Knowsley"), where two labels at least run there; "" otherwise."""
    labels, value_after, above = 1, False, label.prev
    while above is not None:
        said = node_text(above) if above.tag != "br" else ""
        if not said or above.tag in SOURCE_TAGS:
            pass
        elif above.tag == "-text":
            if value_after or len(said) > VALUE_LIMIT:
                return ""  # two lines of text running together, or prose: no run of facts
            value_after = True
        elif value_after and above.tag in ("strong", "b", "label") and len(said) <= LABEL_LIMIT:
            labels, value_after = labels + 1, False  # a label, the value beside it after it
        elif value_after:
            return ""
        else:
            return _fact(said) if labels >= 2 and not above.css("a") and not a_label(said) else ""
        above = above.prev
    return ""


def _first_cell(table, before) -> str:
    """The text of a table's first cell with words of its own, among those before a given node; not a row's head cell
    beside its value, a label ("<th>Report to</th><td>Head of Operations</td>")."""
    for cell in table.css("td, th"):
        if cell.mem_id == before.mem_id or any(inner.mem_id == before.mem_id for inner in cell.traverse()):
            return ""
        if len(cell.css("td, th")) == 1 and (text := node_text(cell)):  # css() matches the cell too
            labels = cell.tag == "th" and cell.parent is not None and any(node_text(value) for value in cell.parent.css("td"))
            return "" if labels else text
    return ""


_NUMBERED_ROLES = re.compile(r"^[(（]?1[)）.]\s*\S.*\s[(（]?2[)）.]\s*\S")  # "(1) 営業スタッフ (2) エンジニア", "1. Cook 2. Waiter"


# Never a place: an instruction ("Send us your resume on careers@…", "Apply online"), or a cry ("貴方の希望を優先します！",
# your wishes come first!).
_NO_PLACE = re.compile(r"^(?:send|e-?mail|apply|submit|contact)\b|[!！]$", re.IGNORECASE)
# A form's word for no answer, where a fact would be: "Keine Angabe" (not given), "Not specified", "N/A".
NO_ANSWER = re.compile(r"^(?:keine\s+angabe|k\.\s*a\.|not\s+(?:specified|given|stated)|n/a|non\s+(?:spécifié|précisé)"
                       r"|no\s+especificad[oa]|não\s+informad[oa]|niet\s+opgegeven)$", re.IGNORECASE)


def labelled_facts(page: Page) -> JobFacts:
    """The title, company and place the page writes beside their labels (each "" where none)."""
    found: dict[str, str] = {}
    alone: set[str] = set()
    titles: set[str] = set()  # each job's title labelled, with all its value's lines: two say the page holds two jobs' terms
    for node in page.css(_LABEL_TAGS):
        own = " ".join(node.text(deep=False).split())
        label = own if own and len(own) <= LABEL_LIMIT else node_text(node)
        if len(label) > LABEL_LIMIT or not a_label(label) or _in_site_part(node, page) \
                or _in_sentence(node, label):
            continue
        for fact, pattern in _LABEL.items():
            if fact == "title_alone" and pattern.match(label) and (label.endswith(":") or _in_cell(node)) \
                    and (value := _value_of(node, label)):
                alone.add(value)
            elif (fact not in found or fact == "title") and pattern.match(label) \
                    and (value := _value_of(node, label, address=fact == "location")) \
                    and not (fact == "location" and _NO_PLACE.search(value)) and not NO_ANSWER.match(value) \
                    and not pattern.fullmatch(value.strip(" :：")):
                # (not a template's slip: "Send us your resume on"; nor the label again, a hidden heading's shown copy:
                # "<h3 class='visually-hidden'>Location</h3><p>Location</p>")
                found.setdefault(fact, value)
                if fact == "title":
                    titles.add(node_text(after) if (after := _element_after(node, node_text(node))) is not None else value)
    if len(titles) > 1 or _NUMBERED_ROLES.match(found.get("title", "")):
        # a ramen group's two shops' "職種", each over the jobs it offers; one "募集職種" numbering three ("(1) 営業スタッフ
        # (2) エンジニア (3) …"): no one job's
        found.pop("title", None)
    for fact, value in _facts_in_lines(page):
        found.setdefault(fact, value)
    if names_a_role(found.get("position", "")):
        found.setdefault("title", found["position"])
    # "Title:" alone names the job where it is the page's one title beside a job's other facts
    # (Dice's "Title: SR. Unix Administrator" over "Location: San Diego, CA"), not in people's cards
    if len(alone) == 1 and ("company" in found or "location" in found):
        found.setdefault("title", alone.pop())
    if "company" in found:  # "Employer: IMT Atlantique (Nantes, France)"; not its head office's address: "…株式会社（本社：…）"
        named = _HEAD_OFFICE_ASIDE.sub("", found["company"]).strip() or found["company"]
        found["company"], found["location"] = place_after_employer(named, found.get("location", ""))
    # (a place labelled as how the work is done, "Localisation: Hybride", gives way to the site named: "Site: Grand Casablanca")
    site = found.get("site", "")
    site = site if written_as_name(site) and not re.search(r"[./:@]\w", site) else ""  # (not "Site: www.initech.example")
    mode_only = bool(WORK_MODE.match(found.get("location", ""))) and len(found.get("location", "").split()) == 1
    town = site if mode_only and site else found.get("location", "") or site
    # a town alone gets its labelled state ("Location: City | Yorkville", "Location: State | IL");
    # a place that already says its region or country does not ("Ballerup, Greater Copenhagen, DK")
    place = town if "," in town else ", ".join(part for part in (town, found.get("region", "")) if part)
    return JobFacts(title=_title_value(found.get("title", "")) or _marked_title(page),
                    company=(found.get("company", "") or _marked_company(page) or _named_in_company_section(page)
                             or _company_under_heading(page)
                             or _employer_linked(page)
                             or _company_to_contact(found.get("contact", ""))),
                    location=place)


def _in_sentence(node, label: str) -> bool:
    """Whether words in bold with no colon are set in a sentence, its words just before them ("Tiêu đề thư
    ghi rõ <b>vị trí ứng tuyển</b> và …", write in the subject the post applied for and …): no label."""
    if node.tag not in _INLINE or label.endswith((":", "：")):
        return False
    before = node.prev
    while before is not None and before.tag == "-text" and not before.text().strip():
        before = before.prev
    return before is not None and before.tag == "-text"


def place_labelled_in(line: str) -> str:
    """The words after a place's or an address's label in one line of text ("Indochina Park Tower, …, Quận 1, TPHCM" of
    "Địa chỉ: Indochina Park Tower, …"); "" where the line starts with no such label."""
    found = _LABEL_THEN_VALUE.match(line)
    return found["value"] if found and _LABEL["location"].match(found["label"].strip()) else ""


_LABEL_THEN_VALUE = re.compile(r"^(?P<label>[^:：]{1,40})[:：]\s*(?P<value>\S.*)$")


def one_labelled_title(page: Page) -> str:
    """The job's title where the page labels one title and no other ("📌 Posizione aperta: Tecnico …",
    a careers page holding its one opening in full); "" where it labels none or several (a list's)."""
    # each label's value, read as labelled_facts reads it, not all of the page's facts again
    labelled = [(label, _value_of(node, label)) for node in page.css(_LABEL_TAGS)
                if _names_title(label := " ".join(node.text(deep=False).split()))]
    labelled += [(label, _fact(value)) for _, label, value in _labelled_lines(page, f"h1, {_LABEL_TAGS}, li", pieces=True)
                 if value.strip() and _names_title(label)]
    values = [value for label, value in labelled if value and (_LABEL["title"].match(label) or names_a_role(value))]
    return _title_value(values[0]) if len(values) == 1 else ""


def _title_value(said: str) -> str:
    """A labelled title without the full stop of the sentence it is written as ("1. Vị trí tuyển dụng: Nhân viên
    Kinh doanh Mỹ phẩm.")."""
    return re.sub(rf"{FULL_STOP}$", "", said) if said.endswith(".") else said


def _names_title(label: str) -> bool:
    """Whether a label names the job's title, or may where its value names a role ("Position: intern")."""
    return bool(_LABEL["title"].match(label) or _LABEL["position"].match(label))


def place_after_employer(company: str, location: str) -> tuple[str, str]:
    """An employer named with its town in brackets after it, and the job's place: the name alone, and that town where the
    page gives no other place or gives the employer's name again as the workplace ("IMT Atlantique (Nantes, France)",
    "たむらこどもクリニック（群馬県前橋市）"); both as they were otherwise."""
    if (placed := BRACKETED_AFTER.match(company)) and names_a_place(placed["inside"]):
        return placed["before"], placed["inside"] if location in ("", placed["before"]) else location
    return company, location


# Words with more in brackets after them: "IMT Atlantique (Nantes, France)", a head in two languages
# "Талаптар (Requirements)".
BRACKETED_AFTER = re.compile(r"^(?P<before>.+?)\s*[(（](?P<inside>[^()（）]+)[)）]$")  # (full-width too: "…クリニック（前橋市）")


# A line of text that starts with a label: "Location: United States", "Salary :" (its value in the next
# element), "الراتب : 850".
# (full-width: "工作地点：…"; a letter in the label: not a time of day, "10:30 デザインチームの朝会")
_LABELLED_LINE = re.compile(rf"^(?P<label>(?=[^:：]*?[^\W\d_])[^:：]{{2,{LABEL_LIMIT}}}?)\s*[:：]\s*(?P<value>.*)$")
_TATWEEL = "\u0640"  # Arabic's stretching mark ("الــجــنــس"), no letter of the label
_APART = re.compile(r"\s[-–—|]\s")  # pieces of a line of facts
_NUMBER_ENDS = re.compile(r"(?:^|\s)\d+$")  # a number of its own before a dash, not a postcode's end ("Leeds LS1 - 2 days")


def _pieces(said: str) -> list[str]:
    """A line's pieces set apart by dashes or bars, a range of numbers kept whole ("97 - 99 Phố Láng Hạ", a street's house
    numbers)."""
    pieces, start = [], 0
    for mark in _APART.finditer(said):
        if "|" not in mark[0] and said[mark.end():mark.end() + 1].isdigit() and _NUMBER_ENDS.search(said, 0, mark.start()):
            continue
        pieces.append(said[start:mark.start()])
        start = mark.end()
    return [*pieces, said[start:]]


def _labelled_lines(page: Page, tags: str, pieces: bool = False):
    """Each line of text in the elements that starts with a label: (its element, the label, what
    follows); with `pieces`, each piece of a line set apart by dashes or bars too ("Annual Funds
    Manager for Initech - Location: San Francisco / New York")."""
    for node in page.css(tags):
        for child in node.iter(include_text=True):
            if child.tag != "-text":
                continue
            said = " ".join(child.text().replace(_TATWEEL, "").split())
            split = _pieces(said) if pieces else [said]
            for at, piece in enumerate(split):
                if line := _LABELLED_LINE.match(piece):
                    # a town's region after a dash stays with it: "Local da Vaga: São Carlos - SP"
                    after = split[at + 1] if line["value"].strip() and at + 1 < len(split) \
                        and names_a_region(split[at + 1]) else ""
                    yield node, line["label"], f"{line['value']}, {after}" if after else _address_town(line, split[at + 1:])


def _address_town(line: re.Match, rest: list[str]) -> str:
    """A labelled value, or the town last of an address whose parts dashes set apart, all of them unlabelled ("Hà Nội" of
    "Địa chỉ: Tòa Nhà N2 – Km2 – Đại Lộ Thăng Long – Từ Liêm – Hà Nội", the building first)."""
    if rest and _LABEL["location"].match(line["label"].strip()) and not names_a_place(line["value"]) \
            and not WORK_MODE.match(line["value"]) and names_a_town(rest[-1]) \
            and not any(_LABELLED_LINE.match(piece) for piece in rest):  # (not "Remote – Lisbon": the work is remote)
        return rest[-1]
    return line["value"]


def _facts_in_lines(page: Page):
    """The facts written with their label in one line of text ("<li>Location: Global</li>", a line
    between line breaks), where no element sets the label apart; a label's first line only."""
    for node, label, said in _labelled_lines(page, f"h1, {_LABEL_TAGS}, li", pieces=True):  # (a heading too: "Position Title: …")
        value = _place_value(said) if _LABEL["location"].match(label) else _fact(said)
        if value and not _in_site_part(node, page):
            # a name, not a sentence ("Work Location: This role is based out of our London office."),
            # except a job's title ("Job Title: Head of data platform engineering"); an address's town
            # ("Montreal, QC" of "7141 Sherbrooke St West, GE building, Montreal, QC, H4B 1R6")
            for fact, pattern in _LABEL.items():
                if fact != "title_alone" and pattern.match(label):
                    # (or places set apart by slashes: "San Francisco / New York / Telecommute (Greater Boston Area)")
                    named = value if fact in ("title", "position") or written_as_name(value) or all(
                        written_as_name(part) for part in re.split(r"\s/\s", value)) else address_town(value)
                    if named:
                        yield fact, named
    yield from _places_headed(page)


_LABEL_WORDS = 3  # at most, of a label: "Lieu de travail"


def _places_headed(page: Page):
    """The place a heading gives after its label, with no colon between: "Standort Geesthacht"."""
    for node in page.css("h2, h3, h4"):
        words = node_text(node).split()
        for count in range(1, min(_LABEL_WORDS, len(words) - 1) + 1):
            place = " ".join(words[count:])
            if _LABEL["location"].match(" ".join(words[:count])) and place[:1].isupper() and written_as_name(place) \
                    and not _in_site_part(node, page):
                yield "location", place


# How the work is done, first in a place's labelled sentence: "Remote, preference for working hours …".
WORK_MODE = re.compile(r"^(?:fully\s+)?(?:remote|hybrid|on-?site|hybride|télétravail|híbrido|remoto|thuiswerken|distanciel"
                       r"|home\s*office)(?=,|\s*[;(–—-]|$)", re.IGNORECASE)


def facts_repeated(page: Page, apart: list | None = None) -> int:
    """How many jobs' facts a page lists, where it lists several: the same labels written over and
    over outside other jobs' cards, each with its value, three of them three times or more (a public
    portal's list of vacancies, each with "الجنس :", "العمر :", "الراتب :"; not a template's hidden
    boxes of empty "Client:", "Date:", "Service:"); 0 where no three labels repeat. A person quoted, a
    comma between the name and the role ("Noah, utvecklare:" in a carousel's copies of its slides), is no fact; nor is
    a news item's date ("Jul 2020: Postdoctoral Research Fellowship", a lab's news beside its ad); nor are the facts in the
    boxes `apart`, other jobs' beside the ad ("Việc làm tương tự", similar jobs)."""
    aside = {box.mem_id for box in apart or ()}
    counts = Counter(" ".join(label.split()).casefold() for node, label, _ in _labelled_lines(page, f"{_LABEL_TAGS}, li, dd")
                     if len(label.split()) <= 4 and "," not in label and not _YEAR.search(label) and not in_card(node)
                     and _valued(node) and not (aside and any(box.mem_id in aside for box in parents(node))))
    repeated = sorted((count for count in counts.values() if count >= 3), reverse=True)
    return repeated[2] if len(repeated) >= 3 else 0


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _valued(node) -> bool:
    """Whether a label's element, or the element after it, says more than the label."""
    whole = node_text(node)
    if re.search(r"\w", whole.split(":", 1)[-1] if ":" in whole else ""):
        return True
    following = _element_after(node, whole)
    return following is not None and bool(node_text(following))


def under_employer_labels(page: Page) -> list:
    """The elements the page writes under its labels of the employer, each holding only the label
    ("Employer" over "PREVAS A/S", "Lyskær 3", "DK 2730 Herlev")."""
    blocks = []
    for node in page.css(_LABEL_TAGS):
        label = " ".join(node.text(deep=False).split())
        if _LABEL["company"].match(label) and node_text(node) == label and not _in_site_part(node, page):
            blocks.append(_element_after(node, label))
    return [block for block in blocks if block is not None]


# A job ad's section about its employer: "About Codeway", "Over CTcue" (Dutch), "Über Initech: Wer wir sind",
# "Why DuoAlly AI?", "Why join Initech?".
_ABOUT = re.compile(r"^(?:about|over|über|à\s+propos\s+de|acerca\s+de|sobre|om|why(?:\s+join|\s+work\s+(?:at|for|with))?)"
                    r"\s+(?P<name>[^:?]{2,40}?)\s*\??\s*(?::.*)?$", re.IGNORECASE)
# The same in Chinese, with no space before the name, a symbol maybe before it: "🏢關於毅信資本" (about …).
_ABOUT_ZH = re.compile(r"^\W*(?:关于|關於)(?!我|本公司|公司|本司)(?P<name>[^\W\d_]{2,20})$")  # (not "关于我们", about us)
ABOUT_SECTIONS = 5  # at most weighed: an ad has one or two; each is a search of the page's text
# Words that stand where a name would and name no one: a section about something else ("About the role", "About us",
# "Over ons", "Über uns"), a description's subject ("This is a software company", "Our studio is …").
NOT_A_NAME = {"the", "this", "that", "it", "there", "here", "a", "an", "join", "our", "us", "you", "your", "we", "uns", "ons",
              "nous", "vous", "nosotros", "la", "le", "les", "el", "los", "die", "der", "das", "het", "de", "dich", "mich",
              "me", "jou", "je"}


def employer_introduced(page: Page) -> str:
    """The employer a job ad's "About <name>" ("Why <name>?") section introduces, a name the text writes again
    ("About Codeway" over "Codeway was founded in 2020"); not a section about the role ("About the
    role"), the site's own in its menus or footer ("Über karriere.at"), nor a town the text writes
    "in" ("About Saarbrücken" over "life in Saarbrücken"); Chinese's "關於<name>" too. Else the subject of the first
    sentence under a section about "us" ("Over ons" over "The Venturi is een …"). "" where none."""
    sections = (found for node in page.css("h2, h3, h4, h5, strong, b")
                if (found := _ABOUT.match(said := node_text(node)) or _ABOUT_ZH.match(said))
                and found["name"].split()[0].lower() not in NOT_A_NAME
                and not found["name"][:1].islower() and not in_site_menus(node, page))  # ("Om praktiken": a noun)
    for found in islice(sections, ABOUT_SECTIONS):
        name = found["name"]
        # (Chinese writes no space around a name: "關於毅信資本", "毅信資本是一家 …")
        pattern = re.escape(name) if found.re is _ABOUT_ZH else rf"(?<!\w){re.escape(name)}(?!\w)"
        said = len(re.findall(pattern, page.body_text))
        if said >= 2 and not re.search(rf"\bin\s+{re.escape(name)}(?!\w)", page.body_text):
            return name
    return _subject_about_us(page)


# A section about the employer that does not name it, as `_ABOUT` cannot say it: "Over ons", "About us" (its "name" a
# pronoun), "Who we are", "Qui sommes-nous ?", "Our team".
_US = {"us", "ons", "uns", "nous", "nosotros", "nós", "oss", "os"}
_THE_EMPLOYER = re.compile(r"^the\s+(?:company|employer|organi[sz]ation|project|firm)$", re.IGNORECASE)
_WHO_WE_ARE = re.compile(r"^(?:who\s+we\s+are|wie\s+zijn\s+wij|wer\s+wir\s+sind|qui\s+sommes[-\s]nous|quiénes\s+somos"
                         r"|chi\s+siamo|our\s+(?:people|team|story|office))\s*[:?]?$", re.IGNORECASE)
# The name a description begins with, as what it is: "The Venturi is een katalysator …", "Initech GmbH ist ein …",
# "JioSaavn is …"; of two words or more, or one written as a brand, a capital inside it (one word may be any noun:
# "Diversity is …", "Python is …").
_NAME_IS = re.compile(r"^(?P<name>(?:The\s+)?[A-ZÀ-Þ][\w&'’.-]*(?:\s+[A-ZÀ-Þ][\w&'’.-]*){1,3}"
                      r"|[A-ZÀ-Þ][a-zà-ÿ]+[A-ZÀ-Þ][\w&'’.-]*)\s+(?:is|ist|est|es|är|er|è|é|was|werd|wurde)\s")


def about_us(said: str) -> bool:
    """Whether a heading names a section about the employer as "us", or as the company or the project ("About the
    project" over what the association running it does)."""
    return bool((found := _ABOUT.match(said)) and (found["name"].casefold() in _US or _THE_EMPLOYER.match(found["name"]))
                or _WHO_WE_ARE.match(said))


def _subject_about_us(page: Page) -> str:
    """The employer the first sentence under a section about "us" names as its subject, a name of two words or more the
    page writes again ("Over ons" over "The Venturi is een katalysator voor duurzame innovatie"); "" where none does
    ("Our Mission is …")."""
    for node in page.css("h2, h3, h4, h5, strong, b"):
        if about_us(node_text(node)) and not in_site_menus(node, page) and (under := element_under(node)) is not None:
            if not (described := _NAME_IS.match(block_text(under).strip())):
                return ""
            name = described["name"]
            first = name.removeprefix("The ").split()[0]  # ("The Venturi"; not "Our Mission", "This Team")
            return name if first.casefold() not in NOT_A_NAME and page.body_text.count(name) >= 2 else ""
    return ""


def _company_to_contact(contact: str) -> str:
    """The company a contact block names first, where its legal form says it is one ("Okaya Inc"
    under Net-Temps' "Contact Information:"), not a person."""
    return contact if has_legal_form(contact) else ""


# Where a board links an employer's own page: "/company/NjM4…", "/co/Anchorage-Digital", "/cmp/Initech".
# "/clients/npk-grasis-171955.html" (SuperJob's employers are its clients).
_COMPANY_PAGE = re.compile(r"^/(?:company|companies|co|cmp|employers?|empresas?|entreprises?|firma|unternehmen|clients?)/",
                           re.IGNORECASE)


def links_to_employer(node) -> bool:
    """Whether an element is a link to the page a board keeps for an employer."""
    return node.tag == "a" and bool(_COMPANY_PAGE.match(urlsplit(node.attributes.get("href") or "").path))


# A link about the employer's jobs, not its name: "View other jobs with this company".
_ABOUT_JOBS = re.compile(r"\b(?:jobs?|careers?|openings?|vacanc(?:y|ies)|view|see|more)\b", re.IGNORECASE)


def _on_this_site(href: str, page: Page) -> bool:
    """Whether a link's address is on the page's own site (a relative one is)."""
    return not urlsplit(href).netloc or same_site(urljoin(page.url, href), page.url)


def _employer_linked(page: Page) -> str:
    """The employer a board links its own page for, outside its menus and other jobs' cards, where
    every such link goes to one page: the words of the link that names it ("CMP", beside "View
    other jobs with this company" to the same page, as Net-Temps showed it)."""
    # (on the board itself: the employer's page on a network, "LinkedIn" in a footer, is no board's page for it)
    links = [link for link in page.css("a[href]") if links_to_employer(link) and not _in_site_part(link, page)
             and _on_this_site(link.attributes.get("href") or "", page)]
    pages = {urlsplit(link.attributes.get("href") or "").path for link in links}
    # (not the site's page about itself: "About us", at "/company/")
    names = {said for link in links if (said := _fact(node_text(link))) and not _ABOUT_JOBS.search(said) and not about_us(said)}
    return names.pop() if len(pages) == 1 and len(names) == 1 else ""


TITLE_PIECES = re.compile(r"\s*[|｜❘│·•–—»›]\s*|\s+-\s+")  # every separator a title's pieces are set apart by


# A logo's alternative text: "House of Lords Logo", "이니텍 로고" (Korean), "Initech ロゴ" (Japanese), "Logo
# Bảo Việt Đà Nẵng".
# "logo" in the languages of the pages read: Russian and Ukrainian, Spanish and Portuguese, Polish and Czech, Korean, Japanese
_LOGO_WORDS = ("logo", "логотип", "лого", "logotipo", "logotyp", "로고", "ロゴ")
_LOGO_OF = re.compile(rf"^(?:(?P<name>.+?)\s+(?:{'|'.join(_LOGO_WORDS)})|logo\s+(?P<after>.+))$", re.IGNORECASE)


def logo_name(alt: str) -> str:
    """The name a logo's alternative text gives ("House of Lords" for "House of Lords Logo"); the
    text itself where it does not say it is a logo's; up to markup inside it (a lazy loader's broken
    attribute: "Bio 7.0 Apotheke<br/></noscript><img class="), without a tagline after it."""
    alt = alt.split("<", 1)[0].strip()
    if alt.casefold().rstrip("0123456789 ") in _PLACEHOLDER_ALTS or _FILE_NAME.match(alt):
        # a template's word for any picture, numbered or not ("images", "logo1"), or the picture's file name
        # ("avocado-logo-groot")
        return ""
    name = (found["name"] or found["after"]) if (found := _LOGO_OF.match(alt)) else alt
    if visit := _VISIT.match(name):  # "Bezoek Init Power" (visit …), a home link's words; not "Visit Our Website"
        words = visit["name"].split()
        words = words[:-2] if [word.casefold() for word in words[-2:]] == ["home", "page"] else \
            words[:-1] if words[-1].casefold() in _SITE_WORDS else words
        name = " ".join(words) if words and words[0][:1].isupper() and words[0].casefold() not in NOT_A_NAME else ""
    # a tagline after the name: "IGLUBIT - Spanische Fachkräfte für Deutschland" (a phrase, some of its words lower case)
    tagged = _TAGLINE.match(name)
    return tagged["name"] if tagged and any(word[:1].islower() for word in tagged["line"].split()) else name


# What templates write as any picture's alternative text, naming nothing: "images" (three logos of a Dubai developer's site).
_PLACEHOLDER_ALTS = {"image", "images", "img", *_LOGO_WORDS, "picture", "photo", "icon", "alt", "alt text", "placeholder", "#"}
_FILE_NAME = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)+(?:\.(?:png|jpe?g|svg|gif|webp))?$")  # words in lower case joined so
_TAGLINE = re.compile(r"^(?P<name>[^|–—-]{2,40}?)\s+[-–—|]\s+(?P<line>(?:\S+\s+){2,}\S+)$")
# A home link's words asking to visit the site: "Visit Initech", "Bezoek Init Power", "Go to the Initech home page".
_VISIT = re.compile(r"^(?:visit|bezoek|besuche|visitez|visita|go\s+to)\s+(?:the\s+)?(?P<name>\S.*)$", re.IGNORECASE)
_SITE_WORDS = {"homepage", "website", "site", "top", "us"}  # what a home link asks to visit, naming no one


def _company_under_heading(page: Page) -> str:
    """The employer a board names right under the job's heading: as a link to the employer's page
    (the line's first words, the town after it on SuperJob's), or as the line its logo names
    ("House of Lords" under the heading, a logo "House of Lords Logo"); the heading an h3 where the page has no higher
    (a newsletter's post: "University of Auckland, New Zealand" under "POSTDOCTORAL POSITION")."""
    heading = page.css_first("h1") or next((node for node in page.main_headings() if node.tag == "h3"), None)
    below = element_under(heading) if heading is not None else None
    if below is None:
        return ""
    said = _fact(node_text(below))
    link = below if below.tag == "a" else below.css_first("a")
    if link is not None and links_to_employer(link) and words_before_break(below).startswith(node_text(link)):
        return _fact(node_text(link))
    logos = {logo_name(alt).lower() for image in page.css("img[alt]")
             if _LOGO_OF.match(alt := (image.attributes.get("alt") or "").strip())}
    if said.lower() in logos:
        return said
    # the name the page's title gives after the job, repeated under the heading ("ICON Studio Mönchengladbach"
    # under "Video Editor", the page titled "Video Editor - ICON Studio Mönchengladbach")
    pieces = [piece.strip().casefold() for piece in TITLE_PIECES.split(page.title)]
    if said and said.casefold() in pieces[1:] and said.casefold() != node_text(heading).casefold():
        return said
    # an organisation with its town, or a unit of an organisation ("School of Public Health, The University of Hong Kong")
    _, comma, last = said.rpartition(", ")
    unit_of = comma and re.fullmatch(_NAMES, said) and names_an_organisation(last)
    return organisation_and_town(said)[0] or (said if unit_of else "")


def organisation_and_town(line: str) -> tuple[str, str]:
    """The organisation and its town a line names and says nothing else ("KTH Royal Institute of
    Technology, Stockholm" under a post's heading on its professor's site); ("", "") otherwise."""
    name, comma, town = line.rpartition(", ")
    if (comma and len(line) <= VALUE_LIMIT and re.fullmatch(_NAME, name) and names_an_organisation(name)
            and written_as_name(town) and all(word[:1].isupper() for word in town.split())):
        return name, town
    return "", ""


# Elements a page names for the job's title ("iCIMS_Header_JobTitle", "job-title", "jobTitle").
_TITLE_MARKS = ('[class*="jobtitle" i], [class*="job-title" i], [class*="job_title" i], [class*="title-job" i],'
                ' [id*="jobtitle" i], [id*="job-title" i]')


# A mark naming other jobs' titles, or several: "related-job-titles" (a heading's anchor), "similar-job-title".
_OTHERS_TITLES = re.compile(r"(?:related|similar|other|more|recommended)[-_]?jobs?[-_]?title|job[-_]?titles", re.IGNORECASE)


# A mark naming the title itself, not something of it ("lblJobTitle", not "lblJobTitleURL").
TITLE_MARK = re.compile(r"job[-_]?title(?![a-z0-9])", re.IGNORECASE)


CARD_DEPTH, CARD_TEXT = 3, 300  # elements up from a mark, and characters at most, of a person's card


def _in_contact_card(node) -> bool:
    """Whether a mark sits in a person's card, beside the person's telephone or e-mail (a recruiter's
    "Physician and Executive Recruiter" under "Chase Stalcup"): the person's title, not the job's."""
    for parent in islice(parents(node), CARD_DEPTH):
        if len(node_text(parent)) > CARD_TEXT:
            return False
        if parent.css_first("a[href^='mailto:'], a[href^='tel:']") is not None:
            return True
    return False


def _marked_title(page: Page) -> str:
    """The job's title where the page marks one and only one (a list marks one per job), not
    another job's link ("Other open positions at Ro": "Interactive Designer (UX)"), nor what a mark
    going on past the title names (the ad's attachment, "lblJobTitleURL")."""
    marked = [node for node in page.css(_TITLE_MARKS)
              if not _in_site_part(node, page) and not _links_elsewhere(node, page) and not _in_contact_card(node)
              and not any(_OTHERS_TITLES.search(node.attributes.get(name) or "") for name in ("id", "class"))
              and not (in_dialog(node) and not names_a_role(node_text(node)))]  # (a dialog's title until a script fills it)
    ending = [node for node in marked
              if any(TITLE_MARK.search(node.attributes.get(name) or "") for name in ("id", "class"))]
    return _said_once(ending or marked)


# A mark naming the employer: "job-company", "page-job–company" (with an en dash), "company-name", "employer-name",
# "hiring-organization".
_COMPANY_MARK = re.compile(r"(?:job|posting|vacancy|offer)[-_–]?company|company[-_]?name|employer[-_]?name"
                           r"|hiring[-_]?organi[sz]ation", re.IGNORECASE)
# A class "company" alone, which marks a section or a tab as often: it names the employer only where its words are a
# company's name with its legal form ("<p class='company'>Công ty TNHH MTV Lương thực …</p>" under the job's heading).
_COMPANY_CLASS = re.compile(r"(?:^|\s)company(?:\s|$)", re.IGNORECASE)


# A section about the employer ("Informations sur l'entreprise", "About the company") and the label of a name in it.
_COMPANY_SECTION = re.compile(r"\b(?:entreprise|soci[ée]t[ée]|company|employer|organi[sz]ation|unternehmen|arbeitgeber"
                              r"|empresa|azienda|bedrijf|werkgever|företag|virksomhed"
                              r"|(?:thông\s+tin|về)\s+công\s+ty)\b", re.IGNORECASE)  # Vietnamese: (about) the company
_NAME_LABEL = re.compile(r"^(?:nom|name|naam|nombre|nome|namn|navn)\s*[:：]?$", re.IGNORECASE)
SECTION_ROWS = 8  # at most, of a section's rows read for the name: a name comes first


def _named_in_company_section(page: Page) -> str:
    """The name labelled in the page's section about the employer ("Nom : Velan SAS" under "Informations sur
    l'entreprise", an alumni board's offer); "" where none (a contact's "Nom :" is under "Contact")."""
    for heading in page.css("h2, h3, h4"):
        if not _COMPANY_SECTION.search(said := node_text(heading)) or len(said) > LABEL_LIMIT:
            continue
        # (or the name heading the card under it, with its legal form: "Thông tin công ty" (the company's information) over
        # "<h3>Công ty TNHH truyền thông Oi Agency</h3>", a job board theme's)
        card = element_under(heading)
        named = node_text(card.css_first("h3, h4, h5")) if card is not None and card.tag not in HEADING_TAGS else ""
        if named and len(named) <= VALUE_LIMIT and has_legal_form(named):
            return named
        row = element_beside(heading, "next")
        for _ in range(SECTION_ROWS):
            if row is None or row.tag in HEADING_TAGS:
                break
            label = next((node for node in row.css("strong, b, label, dt, th, span") if _NAME_LABEL.match(node_text(node))), None)
            if label is not None and (value := _value_of(label, node_text(label))):
                return value
            row = element_beside(row, "next")
    return ""


# The attributes a site's own code names its parts by, beside the class: StepStone's `data-at="metadata-company-name"`,
# tests' `data-testid`, `data-qa`, `data-cy`.
_PART_NAMES = ("data-at", "data-testid", "data-test", "data-qa", "data-cy")
# The elements a part's name marks as the employer's, or as another firm's ("featured-company-name": a sidebar's card).
_PART_NAMED_COMPANY = ", ".join(f"[{name}*='{word}' i]" for name in _PART_NAMES for word in ("company", "employer", "organi"))
_OTHERS_MARK = re.compile(r"featured|related|similar|recommended|sponsored|other", re.IGNORECASE)


def _marked_company(page: Page) -> str:
    """The employer where the page marks one and only one by its class or its part's name (a list marks one per job)."""
    def marks_company(node) -> bool:
        attributes = node.attributes  # (built anew at each call: read once)
        marks = " ".join(said for name in ("class", *_PART_NAMES) if (said := attributes.get(name)))
        named = bool(_COMPANY_MARK.search(marks)) or bool(_COMPANY_CLASS.search(attributes.get("class") or "")) \
            and has_legal_form(node_text(node))
        return named and not _OTHERS_MARK.search(marks)
    named = {node.mem_id: node for node in (*page.css("[class]"), *page.css(_PART_NAMED_COMPANY))}.values()
    marked = [node for node in named if marks_company(node) and not _in_site_part(node, page) and not _links_elsewhere(node, page)]
    return _said_once(marked)


def _said_once(marked) -> str:
    """What the marked elements say, where they all say one thing ("" where none or several: a list's)."""
    said = {node_text(node) for node in marked} - {""}
    return _fact(said.pop()) if len(said) == 1 else ""


def _links_elsewhere(node, page: Page) -> bool:
    """Whether an element is, or sits in, a link to another page than this one."""
    link = next((each for each in [node, *parents(node)] if each.tag == "a"), None)
    href = (link.attributes.get("href") or "") if link is not None else ""
    target = urlsplit(urljoin(page.url, href)).path.rstrip("/")
    return bool(href) and not href.startswith("#") and target != urlsplit(page.url).path.rstrip("/")


ADDRESS_LINES = 3  # at most: a street, a postal code and town, a country
LETTERHEAD_LINES = 6  # at most: the names of an organisation, its unit and its building above those


def _value_of(node, label: str, address: bool = False) -> str:
    """The value a label names: the rest of its element ("Location <font>Mooresville</font>"),
    else the element after the label's cell or block (the next <td>, <dd>, or the block under a
    heading), its first line, or the next block's after words leading to it ("1 vacancy in the following location:");
    a place's whole address where its lines end with a postal code and town ("Im Dreieck 4, 23758 Oldenburg in
    Holstein")."""
    whole = node_text(node)
    if node.css_first(FIELDS) is not None:
        return ""  # a form's field: "<label>Posisi<select><option>Pilih</option>…</select></label>" asks, it does not say
    if whole != label and whole.startswith(label):
        return _fact(whole[len(label):])
    following = _element_after(node, whole)
    if following is not None and node.tag in HEADING_TAGS and (
            following.tag in HEADING_TAGS or following.css_first(", ".join(HEADING_TAGS)) is not None):
        # a section's heading over its own ("Organization" over "RSE Team" and "Radboudumc"), or over a
        # box of them ("募集職種", the kinds of job recruited for, over three jobs' cards): no value
        return ""
    if following is not None and (following.tag not in _INLINE and _list_of_links(following) or _links_in_turn(following)):
        # a column of the site's links headed "Company" ("Home", "About Us", "Careers"), outside its footer, in a box
        # or one under the other ("<h4>Company</h4><a>Careers</a><br/><a>Press</a>"); not a line of linked values
        # ("<span><a>Budai iroda</a>, <a>Home office</a></span>", each a search's filter)
        return ""
    lines = [_without_map_links(line, following) for line in islice(lines_of(following), LETTERHEAD_LINES + 1) if line] \
        if following is not None else []
    if address and len(lines) == 1 and has_legal_form(lines[0].rstrip(".")) \
            and (after := element_beside(following, "next")) is not None:
        # the employer's name, then its office's place in the next block: "Công ty TNHH … Angeline." over "– Hà Nội: …"
        lines = [line for line in islice(lines_of(after), 1) if line] or lines
    elif address and len(lines) == 1 and lines[0].endswith((":", "：")) and (after := element_beside(following, "next")) \
            is not None:
        lines = [line for line in islice(lines_of(after), 1) if line] or lines  # "1 vacancy in the following location:"
    if address and 2 <= len(lines) <= ADDRESS_LINES and postal_town(lines[-1]):
        return _fact(", ".join(lines))
    if address and 2 <= len(lines) <= LETTERHEAD_LINES and (town := postal_place(lines[-1])):
        return town  # a lab's, a building's and a street's lines over "75013 Paris, France": "Paris, France"
    if address and len(lines) >= 2 and lines[0].endswith(","):
        return _place_value(f"{lines[0]} {lines[1]}")  # a place broken after its comma: "Sanjay Nagar,<br/>Bangalore."
    if address and len(lines) >= 2 and _POSTAL_CODE_ALONE.match(lines[0]):
        return _place_value(lines[1])  # a Japanese address's postal code on its own line: "〒552-0014<br>大阪府大阪市港区…"
    if address and len(lines) >= 2 and not _AREA_SAID.search(lines[0]) and not _HEAD_OFFICE_LABEL.search(lines[1]) \
            and (town := japanese_town(lines[1])):
        # the shop's name over its address: "HairCare Salon Letoa<br>新潟県新潟市中央区上近江4丁目12-20", "スターバックス 渋谷店"
        # (not where the first line says where in words, "全国各地の現場", sites all over the country, over the head office's
        # address)
        return town
    if lines and lines[0].endswith((":", "：")) and len(lines[0].split()) <= _LABEL_WORDS:
        return ""  # another label, its value left empty: a template's "Employer: <span></span>" over "Deployment Location:"
    return "" if not lines else _place_value(lines[0]) if address else _fact(lines[0])


# A building's name, then its town: "The Civic Centre, Uxbridge", "Thames Tower, Reading".
_BUILDING_THEN_TOWN = re.compile(r"^(?:the\s+)?[^\W\d_][\w'’ -]{0,40}\s(?:Centre|Center|House|Building|Tower|Hall|Campus|Plaza)"
                                 r",\s*(?P<town>[^,\d]{2,40})$")
# the full stop after a place's name, its last word three letters or more ("Thành phố Hà Nội."; not "Washington D.C.")
_PLACE_STOP = re.compile(r"(?<=[^\W\d_]{3})[.!?]$")
_POSTAL_CODE_ALONE = re.compile(r"^〒?\s*\d{3}-?\d{4}$")  # a Japanese postal code, its mark before it


def _without_map_links(line: str, block) -> str:
    """A line without the words of the block's links to a map ("… Česká republika (Zobrazit na mapě)",
    show on the map), by their address or by their one word ("<a onclick='showMap()'>Map</a> Basingstoke, Hampshire")."""
    for link in block.css("a"):
        said = node_text(link)
        if said and (is_map_link(link.attributes.get("href") or "") or _MAP_WORD.match(said)):
            line = re.sub(rf"(?<!\w){re.escape(said)}(?!\w)", "", line.replace(f"({said})", ""), count=1).strip()
    return line


_MAP_WORD = re.compile(r"^(?:map|karte|carte|mapa|mappa|kaart|kart)$", re.IGNORECASE)  # a link saying only "Map"


def _links_in_turn(node) -> bool:
    """Whether a link is the first of links one under the other ("<a>Careers</a><br/><a>Press</a>"), the next perhaps in a
    box of its own beside a count, a style sheet between ("<a>About us</a><style>…</style><div><a>Careers</a><span>9</span>
    </div>")."""
    after = _element_after(node, node_text(node)) if node.tag == "a" else None
    while after is not None and after.tag in ("style", "script"):
        after = after.next
    return after is not None and (after.tag == "a" or after.tag in ("div", "span", "li") and after.css_first("a") is not None
                                  and _links_most_of(after))


def _list_of_links(block) -> bool:
    """Whether a block is a list of links: two or more, making most of its words."""
    return len(block.css("a")) >= 2 and _links_most_of(block)


_DEPARTEMENT = re.compile(r"(?<=\w)\s*\((?:\d{2,3}|2[AB])\)(?=,|$)")


# a sentence in brackets after a place: "Washington, DC (We’ll consider remote for the right person.)"
# (in square brackets too: "05-250 Słupno [35 км від центру Варшави]", 35 km from Warsaw's centre)
_ASIDE_AFTER = re.compile(r"\s*(?:\((?:[^()\s]+\s+){3,}[^()]*\)|\[(?:[^\[\]\s]+\s+){3,}[^\[\]]*\])$")
# a note after a Japanese fact, its reference mark first: "東京都内の営業所 ※プロジェクトに応じて大阪などへの国内出張あり"
_NOTE_AFTER = re.compile(r"\s*※.*$", re.DOTALL)
# the head office labelled ("本社：", "本社所在地:"), in brackets after a Japanese place: "（本社：愛知県知立市…）"
_HEAD_OFFICE = r"(?:本社|本店)(?:所在地)?\s*[：:]"
_HEAD_OFFICE_ASIDE = re.compile(rf"[（(]{_HEAD_OFFICE}[^（）()]*[）)]\s*$")
# Words of a Japanese place of work saying an area or many sites, not one shop: all over the country, each place, the
# whole prefecture, each store, the sites, the places we name, the area, within Tokyo, the prefecture, the city, nearby.
_AREA_SAID = re.compile(r"全国|各地|全域|各店舗|現場|指定|エリア|都内|県内|市内|近郊|周辺")
_HEAD_OFFICE_LABEL = re.compile(_HEAD_OFFICE)
# how the work is done, in brackets or after a slash after the place: "Santiago (Hybrid)", "Lilienthal, Deutschland
# (hybrid)", "Dharmapuri, TN / Hybrid", "Miami, FL (In Person)"
_WORK_MODES = r"(?:hybrid|hybride|híbrido|ibrido|on-?site|in[\s-]person|vor\s+ort|présentiel|presencial)"
WORK_MODE_AFTER = re.compile(rf"\s*(?:\({_WORK_MODES}\)|\s/\s*{_WORK_MODES})$", re.IGNORECASE)
# the next label on the same line, where the source only broke its line: "… (remote considered.)\nReports to: CEO", or set
# it apart by a semicolon: "Mumbai; Experience: 7-10 yrs"; a Chinese or Japanese one, its colon full-width: "上海 招聘人数：4人"
# (Shanghai, hiring: 4)
_NEXT_LABEL = re.compile(r"(?<=[.);])\s+(?=[A-Z]\w*(?:\s\w+){0,2}:\s)|(?<=\S)\s+(?=[^\W\d_]{2,8}：)")


def _place_value(said: str) -> str:
    """A labelled place: the value, its first sentence where more follow ("Washington, New York, or Los
    Angeles" of "Preferred - Washington, New York, or Los Angeles. However, qualifications are more important…",
    the word saying it is preferred left out), or how the work is done
    where a sentence follows it ("Remote" of "Remote, preference for working hours that overlap…"),
    without the full stop ending a name ("Bangalore." but "Washington D.C.") or a French département's
    number after the town ("Gif-sur-Yvette (91), Ile-de-France"), an aside in brackets after it, or
    the next label run on after it; a Japanese address's town; the town a sentence under the label
    puts the work in."""
    # (not the head office an aside in brackets names: "愛知県全域（本社：愛知県知立市南陽2-128）", all of Aichi, the head
    # office in Chiryū)
    said = _HEAD_OFFICE_ASIDE.sub("", said).strip() or said
    if town := japanese_town(said) or chinese_town(said):
        return town  # "宮城県仙台市泉区" of "宮城県仙台市泉区泉中央4丁目18-2（リモートワーク併用可）"
    if said.rstrip().endswith((":", "：")) or NO_ANSWER.match(said.strip()):
        return ""  # words leading to the places listed after them: "1 vacancy in the following location:"; no answer
    # (a line marked as an item: "– Hà Nội: Số 20 ngõ 176 …"; its note; a mark left after it: "China or Remote /")
    said = _NOTE_AFTER.sub("", said.lstrip("–—-• ").rstrip("/|•·; "))
    if (before := _TOWN_THEN_ADDRESS.match(said)) and written_as_name(before["town"]):
        return before["town"]  # "Hà Nội" of "Hà Nội: Số 2, Ngõ 15, Duy Tân, Cầu Giấy, Hà Nội"
    said = _PREFERRED.sub("", _NEXT_LABEL.split(said.strip(), maxsplit=1)[0].rstrip("; "))
    if (glued := _WORD_GLUED_AFTER.match(said)) and names_a_place(glued["place"]):
        said = glued["place"]  # the next heading run into the place, its line lost: "Rozenburg, NetherlandsResponsibilities"
    said = _DEPARTEMENT.sub("", _PLACE_STOP.sub("", _ASIDE_AFTER.sub("", WORK_MODE_AFTER.sub("", said))))
    first = SENTENCE_END.split(said, maxsplit=1)[0]
    # (each piece a name; else its last one, the town, not an abbreviation: "Bengaluru" of "Indian Institute of Science
    # campus, Bengaluru. This is a full-time on-campus position", not "TP" of "…, TP. Nha Trang", thành phố: city)
    pieces = [piece.strip() for piece in first.split(",")]
    if first != said and not all(map(written_as_name, pieces)) and len(pieces[-1]) > 3 and names_a_place(pieces[-1]):
        first = pieces[-1]
    value = (_fact(first) if first != said and all(map(written_as_name, first.split(","))) else "") or _fact(said)
    if (aside := _PLACE_THEN_WHERE_IN_IT.match(value)) and written_as_name(aside["place"]) \
            and not _OFFICE_WORD.search(aside["place"]):
        return aside["place"]  # "Saint Martin d’Hères" of "Saint Martin d’Hères, in the premises of the “Maison Climat …"
    if value and not written_as_name(value) and (town := address_town(value)):
        return town  # a whole address: its town ("Praha - Strašnice" of "Limuzská 3135/12, 10000, Praha - Strašnice, …")
    if (building := _BUILDING_THEN_TOWN.match(value)) and names_a_place(building["town"]):
        return building["town"]  # the building, then its town: "Uxbridge" of "The Civic Centre, Uxbridge"
    if not (value and written_as_name(value)) and (mode := WORK_MODE.match(said.strip(" :*"))):
        return mode[0]
    if value and not written_as_name(value) and (within := _TOWN_IN_SENTENCE.search(value)):
        # "Vancouver" of "Typically the Vancouver downtown core, or other areas in Vancouver proper"; with the place after
        # its comma ("Selly Oak, Birmingham" of "Our centre in Selly Oak, Birmingham")
        wider = _PLACE_AFTER_COMMA.match(value, within.end())
        return f"{within['town']}, {wider['place']}" if wider and names_a_place(wider["place"]) else within["town"]
    return value


# A place, then where in it the work is done, a clause of its own: "Saint Martin d’Hères, in the premises of the …",
# "Leeds, at our office by the station"; not an office for the place ("Head Office, in the centre of Leeds").
_PLACE_THEN_WHERE_IN_IT = re.compile(r"^(?P<place>[A-ZÀ-Þ][^,]{1,60}),\s+(?:in|at|on|near|within)\s+(?:the|our|a|an)\s+\w.*$")
_OFFICE_WORD = re.compile(r"\b(?:office|head|headquarters|hq|campus|site|building)\b", re.IGNORECASE)
# A word of six letters or more run into the place's end, its capital first: the next heading, its line break lost.
_WORD_GLUED_AFTER = re.compile(r"^(?P<place>.+[A-Za-z])[A-Z][a-z]{5,}$")
# A word saying the place is preferred, before it: "Preferred - Washington, New York, or Los Angeles"; or that the
# employer is based there: "Headquartered in Hamilton, Ontario".
_PREFERRED = re.compile(r"^(?:(?:preferred|preferably|ideally|bevorzugt|de\s+préférence|preferiblemente)\s*[-–:]"
                        r"|(?:headquartered|based|located)\s+in)\s*(?=\w)", re.IGNORECASE)
# A town, then its office's address after a colon: "Hà Nội: Số 2, Ngõ 15, Duy Tân, Cầu Giấy".
_TOWN_THEN_ADDRESS = re.compile(r"^\s*(?P<town>[^:：,]{2,40}?)\s*[:：]\s*\S[^:：]*,")


# The town a labelled sentence puts the work in: "… or other areas in Vancouver proper".
_TOWN_IN_SENTENCE = re.compile(r"\b(?:in|à|en|im|bei|near)\s+(?P<town>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2})")
_PLACE_AFTER_COMMA = re.compile(r",\s+(?P<place>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2})\b")


def _element_after(node, whole: str):
    """The element after a label's cell or block (None where there is none, or where the next
    column's head follows: a table of many jobs)."""
    block = node
    while block.parent is not None and node_text(block.parent).rstrip(" :：") == whole.rstrip(" :："):
        block = block.parent  # the cell or block that holds only the label (its colon too: "<p><em>Location</em>:</p>")
    if block.css_first(FIELDS) is not None:
        return None  # a form's field the label asks the user to fill in ("Job title" over an empty input)
    following = block.next
    # text between elements, or a line break ("<b>Location:</b><br><font>San Francisco CA</font>"), or the
    # label's colon ("<em>job location</em>: <strong>CEA, Saclay</strong>")
    while following is not None and (following.tag == "br"
                                     or (following.tag == "-text" and not following.text().strip().strip(":："))):
        following = following.next
    # (nor where it is another label: a table's head row drawn in boxes, "职位名称 | 工作地点 | 招聘人数", the job's title,
    # its place and how many are hired, over each job's row)
    # (nor where it is the choices a form's question offers: "Functie" over "Spelleider - Voltijd", "Spelleider - Part-time")
    return None if following is None or following.tag == "th" or a_label(node_text(following)) or _choices(following) \
        else following


def _choices(box) -> bool:
    """Whether a box holds only a form's choices, each box to tick or option beside its words (not a value with a box
    to tick after it: "<strong>Warehouse Operative</strong> <label><input type=checkbox> Shortlist</label>")."""
    if box.css_first("input[type=checkbox], input[type=radio], select") is None or not any(
            parent.tag == "form" for parent in parents(box)):
        return False  # (a list of the job's places to pick, outside any form, still says them: "Leeds, York")
    chosen = "".join(node_text(choice) for choice in box.css("label, select"))
    return squeezed(node_text(box)) == squeezed(chosen)


def a_label(said: str) -> bool:
    """Whether words are a fact's label alone ("工作地点", "Location:"), or a closing date's, which no reader takes but a
    table's head row writes beside the job's ("Tjänst | Sista ansökningsdatum", the post and the last day to apply)."""
    return any(label.match(said) for label in _LABEL.values()) or bool(_CLOSING_LABEL.match(said))


# A closing date's label: English, Swedish, Norwegian, Danish, German, French, Spanish, Italian, Dutch.
_CLOSING_LABEL = re.compile(r"^(?:(?:application\s+)?deadline|closing\s+date|apply\s+by|sista\s+ansökningsda(?:g|gen|tum)"
                            r"|søknadsfrist|ansøgningsfrist|bewerbungsfrist|date\s+limite(?:\s+de\s+candidature)?"
                            r"|fecha\s+límite|scadenza|sluitingsdatum|reageren\s+voor)\s*[:：]?$", re.IGNORECASE)


def _in_cell(node) -> bool:
    """Whether an element is, or is inside, a table's cell."""
    return any(parent.tag in ("td", "th") for parent in [node, *parents(node)])


def _in_site_part(node, page: Page) -> bool:
    """In a site's menus, a form's controls, or another job's card."""
    return in_card(node) or in_site_menus(node, page) or any(parent.tag in _CONTROLS for parent in [node, *parents(node)])


def in_site_menus(node, page: Page) -> bool:
    """In a site's menus, header or footer (where a "Company" heads links and an "Apply" link is the site's).
    A box only classed as a menu is one where links make most of its words: a table of a job's facts
    classed "overview_nav", with one link on a map, is none; nor is the header or footer of the page's
    main part, of an article or of a section (HTML's own sense: "<main><header><h2>Python-utvecklare</h2>")."""
    # (not the body's classes, which may say the page has a footer: WordPress's "ehf-footer" on every page)
    chain = [node, *(parent for parent in parents(node) if parent.tag not in ("body", "html"))]
    return any((parent.tag in _SITE_PARTS and not (parent.tag in _OWN_PARTS and _in_content(chain[at + 1:], parent.tag)))
               or _FOOTER_CLASS.search(classes := parent.attributes.get("class") or "")
               or (MENU_CLASS.search(classes) and _mostly_links(parent, page))
               for at, parent in enumerate(chain))


_OWN_PARTS = {"header", "footer"}  # a site's, or in its main part, an article's own


def _in_content(outer, part: str) -> bool:
    # (a header in a section too, its own head: a template's "<section class='box'><header class='major'><h2>Platsannons";
    # not a footer, which a site may wrap in one: "<section class='site-bottom'><footer>")
    return any(parent.tag in ("main", "article") or parent.tag == "section" and part == "header" for parent in outer)


def site_footers(page: Page) -> list:
    """The page's footers: its <footer> elements and the boxes classed as one."""
    return [node for node in page.css("footer, [class*='footer' i]")
            if node.tag == "footer" or _FOOTER_CLASS.search(node.attributes.get("class") or "")]


def _mostly_links(box, page: Page) -> bool:
    """Whether links make most of a box's words, each box weighed once per page (a body classed
    "nav-open" holds every label the readers ask about)."""
    if box.mem_id not in page.menu_boxes:
        page.menu_boxes[box.mem_id] = _links_most_of(box)
    return page.menu_boxes[box.mem_id]


def _links_most_of(box) -> bool:
    """Whether links make most of a box's words."""
    return 2 * sum(len(node_text(link)) for link in box.css("a")) >= len(node_text(box))


def _fact(text: str) -> str:
    """A label's value, where it is one: not a sentence (Japanese's and Chinese's full stop ends one: "藤田内装建築では、
    以下の職種を募集しております。", the firm seeks the following jobs), and without the note after it ("※1級…")."""
    text = _NOTE_AFTER.sub("", text).strip(" :*\u00a0")
    return text if re.search(r"\w\w", text) and len(text) <= VALUE_LIMIT and not text.endswith("。") else ""


# An employer's verb saying it recruits, in French, Portuguese, Spanish, Finnish, Polish, German, Dutch, Italian.
RECRUITS = r"recrute|recruta|contrata|rekrytoi|rekrutuje|busca|sucht|zoekt|cerca"
# Sentences naming who offers the job: "Boston University is an Equal Opportunity/Affirmative Action
# Employer", "… of the Vrije Universiteit Brussel, Belgium, offers a funded PhD position", "A
# post-doctoral position is available in the Ecological Forecasting lab at Boston University".
_NAME_RUN = r"(?:[A-Z][\w&.'’-]*|of|for|the|and|&|für|de|du|der|des|di|del|della|degli|da|do|dos)"  # ("Brighton & Hove")
# An organisation saying it seeks someone, its town perhaps after its name: "The Max Planck Institute for Polymer Research
# in Mainz, Germany is seeking a motivated Postdoctoral Research Fellow".
# (or, two of them, "are looking for"; or it "has opened a call": "The Department of Mathematics of Università di Bologna has
# opened a call")
WE = {"we", "wir", "nous", "on", "nosotros", "noi", "wij", "nós"}  # "On recrute", "We're hiring: …" name no employer
# (or it seeks to appoint: "The University of Johannesburg seeks to appoint a Postdoctoral Research Fellow")
_SEEKS = re.compile(r"\s+(?:(?:(?:is|are)\s+(?:currently\s+)?(?:seeking|looking\s+for|recruiting)|seeks|has\s+opened)"
                    r"|(?:(?:is|are)\s+seeking|seeks|wish(?:es)?)\s+to\s+(?:appoint|recruit|hire))"
                    r"\s+(?:an?|one|two|several)\b", re.IGNORECASE)
_SOUGHT_WORDS = 4  # read after "seeks a" for the role sought: "suitably qualified teaching assistant"
_SOMEONE = re.compile(r"\b(?:candidate|person|individual|applicant|colleague)s?\b", re.IGNORECASE)  # someone to employ
_IN_TOWN_AFTER = re.compile(r"\s+in\s+(?P<town>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)$")
_BEFORE_OFFER = re.compile(r"(?:\s+is\s+(?:proud\s+to\s+be\s+)?an?\s+"
                           r"(?:equal\s+(?:employment\s+)?opportunit|EEO\b|affirmative\s+action)"
                           r"|\s+offers\s+(?:an?\s+|one\s+|two\s+|several\s+)?(?:(?:fully\s+)?funded\s+)?"
                           r"(?:ph\.?d\.?|doctoral|post-?doc|position|job|vacanc))", re.IGNORECASE)
_NAME = rf"[A-Z][\w&.'’-]*(?: +{_NAME_RUN}){{0,7}}"
_NAMES = rf"{_NAME}(?:, +{_NAME}){{0,2}}"  # "DiCIPHR Lab, Department of Radiology, University of Pennsylvania"
# ("… invites applications for a Postdoctoral Research Fellowship position at Harvard University starting in …")
# (the words between may hold a title's or an address's dots: "in the group of Prof. Tristan Bereau (tristanbereau.com) at …")
_IN_SENTENCE = r"(?:[^.]|(?<=\bProf)\.|(?<=\b[DMS][rst])\.|(?<=\bPh\.D)\.|\.(?=\S))"
# (or the post named between: "Position as Postdoctoral Research Fellow available at … group, …, University of Oslo")
_AVAILABLE_AT = re.compile(rf"\b(?:(?i:position|post|opening|vacancy)(?:\s+as\s+(?:an?\s+)?[A-Z][^.]{{0,80}}?)?\s+(?:is\s+)?"
                           r"(?:available|open)|invites\s+applications\s+for"
                           # ("we invite", for a post: not "for participation in our summer school, held at …")
                           r"|invite\s+applications\s+for(?=[^.]{0,60}?\b(?i:position|post|ph\.?d|doctoral|postdoc|fellowship"
                           r"|studentship|vacancy|job)\b)"
                           rf"|applications\s+are\s+invited\s+for)\b{_IN_SENTENCE}{{0,120}}?\s+at\s+(?:the\s+)?(?P<name>{_NAME})")
# (its acronym in brackets after it: "Leiden Institute of Advanced Computer Science (LIACS)")
_NAME_AT_END = re.compile(rf"(?:^|(?<=[\s(]))(?P<name>{_NAME}(?:\s\([A-Z]{{2,10}}\))?)$")
# An institution inviting applications, or where the post is based, or naming itself after saying it is an
# equal-opportunity employer: "The University of Pennsylvania invites applications for an 18-month …", "The position will
# be based at the Université Claude Bernard Lyon 1", "As an equal opportunity and affirmative action employer, TUM …".
# (its short name in brackets before the verb: "The Ecole Normale Supérieure (ENS Paris) invites applications")
_INSTITUTION_SAYS = re.compile(rf"(?:^|(?<=[\s(]))(?P<subject>{_NAME}(?:\s+\([^()]{{2,30}}\))?)\s+invites\s+applications\b"
                               r"|\b(?i:position|post|job|role)\s+(?:will\s+be|is)\s+based\s+at\s+(?:the\s+)?"
                               rf"(?P<based>{_NAME}(?:\s+\d)?)"
                               r"|\b(?i:as\s+an\s+equal\s+opportunit(?:y|ies)\s+[^,.]{0,50}?employer),\s+"
                               rf"(?P<named>{_NAME})"
                               # "… a postdoctoral researcher to join our interdisciplinary team at Dalian University of
                               # Technology, China" (on a professor's own site)
                               r"|\bjoin\s+our\s+(?:[\w-]+\s+){0,2}(?:team|group|lab|laboratory)\s+at\s+(?:the\s+)?"
                               rf"(?P<joined>{_NAME})")
# A sentence saying who recruits for the job, the name's short form in brackets before the verb: "Le laboratoire
# UNIC du Centre National de la Recherche Scientifique (CNRS) recrute un/une Développeur(se) Python".
_RECRUITS_A = re.compile(rf"\((?P<short>[A-Z][A-Z&.-]{{1,11}})\)\s+(?:{RECRUITS}|is\s+hiring)\s+"
                         r"(?:un(?:/une|\.e|\(e\))?|une|an?|eine?(?:/e|\(e\))?|una?|een|um|uma)\s")
_CONNECTORS = ("of", "for", "the", "and", "&", "für", "de", "du", "der", "des", "di", "del", "della", "degli", "da", "do", "dos")
PROSE_READ = 200_000  # characters of the body's markup read for it: who offers the job is said early
PROSE_PIECES = 200  # characters after "at" whose pieces may name the organisation a group belongs to


@lru_cache(maxsize=2)  # asked for who offers the job and for the institution inviting: read once per page
def _prose(page: Page) -> str:
    """The text of the body's first markup, its lines kept: where the page says who offers the job."""
    body = page.tree.body
    return html_to_text(body.html[:PROSE_READ]) if body is not None and body.html else ""


def employer_in_prose(page: Page, title: str = "") -> tuple[str, str]:
    """The employer a sentence says offers the job or recruits for it (by its short name: "CNRS"), or
    is an equal-opportunity employer, or is seeking someone (an organisation), or the job's title is at
    ("Research Program Manager at the Department of Radiology, Perelman School of Medicine, University of
    Pennsylvania") or names after a dash on a line of its own, and the town or country the sentence writes
    after the name ("" where none); ("", "") where no sentence names one."""
    text = _prose(page)
    # (or after a dash, a line of its own: "Senior WordPress Developer – Truffle Digital" over the ad)
    at = re.search(rf"{re.escape(title)}\b(?:[^.\n]{{0,60}}?\s+at\s+(?:the\s+)?(?P<name>{_NAMES})"
                   rf"|[ \t]+[–—-][ \t]+(?P<dashed>{_NAME})[ \t]*$)", text, re.MULTILINE) if title else None
    if at and at["dashed"]:
        # (not a line broken after "and": "Senior Officer - Finance and" over "Operations")
        if at["dashed"].split()[-1].casefold() not in _CONNECTORS:
            return _name_of(at["dashed"]), ""
        at = None
    if recruits := _RECRUITS_A.search(text):
        return recruits["short"], ""
    if found := at or _AVAILABLE_AT.search(text):
        return _organisation_from(text, found.start("name")) or _name_of(found["name"]), ""
    for offer in chain(_BEFORE_OFFER.finditer(text), _SEEKS.finditer(text)):
        # (the sentence's own words: not "… University of British Columbia. We" before "are looking for")
        before, country = SENTENCE_END.split(text[max(0, offer.start() - 150):offer.start()])[-1].rstrip(" ,"), ""
        # a country after the name, set apart by commas or in brackets: "Vrije Universiteit Brussel, Belgium, offers",
        # "… Medical Center, Nijmegen (The Netherlands), is seeking", its town before it
        if (place := re.search(r"(?:,\s*|\s*\((?:[Tt]he\s+)?)([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)\)?$", before)) \
                and names_a_region(place[1]):
            before, country = before[:place.start()].rstrip(), place[1]
            # the towns before it, the nearest the job's ("… Sanger Institute, Hinxton, Cambridge (UK)"): each a town
            # GeoNames lists, or a word after an organisation's name
            while (town := re.search(r",\s*([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)$", before)) and (
                    names_a_town(town[1]) or names_an_organisation(before[:town.start()]) and not names_an_organisation(town[1])):
                if names_a_town(town[1]) and "," not in country:
                    country = f"{town[1]}, {country}"
                before = before[:town.start()].rstrip()
        if town := _IN_TOWN_AFTER.search(before):  # "… for Polymer Research in Mainz"
            before, country = before[:town.start()], ", ".join(filter(None, (town["town"], country)))
        # (one seeking someone names an organisation: not "We", nor "The Lab"; or seeks the job itself, by its title:
        # "Kingba Tech is looking for a PHP Developer")
        sought_job = bool(title) and text[offer.end():].lstrip().casefold().startswith(title.casefold())
        if not (name := _NAME_AT_END.search(before)):
            continue
        # (a capital "The" inside the run begins the name, the words before it another line's, an address's run into
        # it where only the markup's line ends set them apart: "… Park Road Initown The Governors of …")
        named = _without_article(_name_of(re.split(r"\s(?=The\s)", name["name"])[-1]))
        if governing := _GOVERNING_BODY.match(named):
            # the board appointing for the employer it governs: "The Board of Directors of Hope Trust wishes to
            # appoint …"; none named where it names only itself ("The Governing Body wishes to appoint a Headteacher")
            named = governing["of"] or ""
        # (an institution seeking someone is the employer; a school, a council or a clinic only where the page names it
        # again and a role follows: not "Sheffield City Council is looking for a provider", a partner's)
        sought = " ".join(text[offer.end():offer.end() + VALUE_LIMIT].split()[:_SOUGHT_WORDS])
        hiring = names_an_institution(name["name"]) or employs_surely(page, named) and (
            names_a_role(sought) or bool(_SOMEONE.search(sought)))
        if named and (offer.re is _BEFORE_OFFER or hiring or _with_its_initials(name["name"])
                      or sought_job and name["name"].casefold() not in WE):
            return named, country
    return "", ""


def employs_surely(page: Page, name: str) -> bool:
    """Whether a name a sentence gives is an employer's, over the one the site gives: an institution's, or a school's, a
    council's or a clinic's the page names again (not a recruiter's "Thriving Primary School is seeking …", nor where a
    caterer's post is "based at Hollybank School")."""
    return names_an_institution(name) or names_an_organisation(name) and page.body_text.count(name) >= 2


# Who governs an employer and appoints for it, the employer perhaps after it: "Board of Trustees", "Governing Body".
_GOVERNING_BODY = re.compile(r"^(?:board\s+of\s+(?:trustees|directors|governors)|governing\s+body|trustees|governors"
                             r"|(?:selection\s+|search\s+|appointments?\s+)?(?:committee|panel)|council\s+of\s+management)"
                             r"(?:\s+of\s+(?:the\s+)?(?P<of>\S.*))?$", re.IGNORECASE)
_NO_EMPLOYER = re.compile(r"\b(?:program|programme|project|initiative|team)$", re.IGNORECASE)  # what a firm runs, no firm
_INITIALLED = re.compile(r"^(?P<name>.+?)\s\((?P<short>[A-Z]{3,10})\)$")


def _with_its_initials(name: str) -> bool:
    """Whether a name is followed by its initials in brackets, three letters or more, as an organisation writes its own:
    "The National Center for Supercomputing Applications (NCSA)"; not a role's or a field's, so written too ("Chief Executive
    Officer (CEO)", "Quality Assurance (QA)"). Asked only of a name a sentence says seeks someone."""
    if not (found := _INITIALLED.match(name)) or names_a_role(found["name"]) or _NO_EMPLOYER.search(found["name"]):
        return False
    initials = "".join(word[0] for word in found["name"].split() if word[:1].isupper() and word.casefold() != "the")
    return initials == found["short"]


# Words saying which job is to be filled, before it, in the languages of the pages read: "¡Estamos
# buscando a un/a KAM/ Negociador Comercial para unirse…", "Aktualnie potrzebujemy: KONTROLER BILETOWY".
SOUGHT = re.compile(
    r"\b(?:(?:we|wir|wij)\s*(?:['’]re|\s+are)?\s+(?:currently\s+)?(?:looking|searching)\s+for"
    r"|we\s*(?:['’]re|\s+are)\s+(?:seeking|hiring)"
    r"|(?:is|are)\s+seeking\s+to\s+(?:hire|appoint|recruit)"  # "The … Lab at LUMCON is seeking to hire one Research Technician"
    r"|(?:estamos\s+)?buscando|buscamos|(?:nous\s+)?(?:re)?cherchons|(?:wir\s+)?suchen|cerchiamo|stiamo\s+cercando"
    r"|(?:we|wij)\s+zoeken|zoeken\s+(?:we|wij)|procuramos|poszukujemy|szukamy|(?:aktualnie\s+)?potrzebujemy"
    # the employer seeks, before an article: "Onze school zoekt een …", "sucht eine …", "söker en …"
    r"|(?:zoekt|sucht|cherche|busca|cerca|procura|söker|søker|søger)(?=\s+(?:een|eine?n?|une?|una?|uma?|en|ett|et)\s))\s*:?\s+"
    r"(?:a\s+(?=un))?(?:(?:an?|one|un/a|un\(a\)|una?|une?|eine?n?|een|um|uma|uno)\s+)?", re.IGNORECASE)
_LINE_TAGS = "h1, h2, h3, h4, h5, h6, p, div, span, strong, b, li, td"
SOUGHT_READ, LINES_READ = 20, 3_000  # at most: the job is sought near the top, on a line of the ad's first screens


def job_sought(page: Page) -> str:
    """The job words say is sought, where the page also shows it on a line of its own (the line over
    the ad, on a site whose title and headings name only the company); "" where none. The line says
    where the job's name ends, which the sentence does not."""
    after = [" ".join(page.body_text[found.end():found.end() + 2 * VALUE_LIMIT].split()).casefold()
             for found in islice(SOUGHT.finditer(page.body_text), SOUGHT_READ)]
    if not after:
        return ""
    lines = (said for node in page.css(_LINE_TAGS)[:LINES_READ] if 3 <= len(said := node_text(node)) <= VALUE_LIMIT
             and not _in_site_part(node, page))
    return next((line for line in lines if any(_begins_with(text, line.casefold()) for text in after)), "")


def institution_inviting(page: Page) -> str:
    """The institution a sentence says invites applications, or the post is based at, or names after saying it is an
    equal-opportunity employer (its acronym too: "TUM"), or the university or institute whose team the reader is asked to
    join; "" where none. It says who employs more surely than the name of a professor's or a lab's own site."""
    for said in _INSTITUTION_SAYS.finditer(_prose(page)):
        name = _without_article(_name_of(said["subject"] or said["based"] or said["named"] or said["joined"]))
        if said["joined"] and not _ACADEMIC.search(name) or said["based"] and not names_an_institution(name):
            # (a team at a hospital, a shop; a post based at a school: the page's own firm may be the one hiring for it, a
            # caterer for its cook "based at Hollybank School")
            continue
        # (an acronym alone, not a sentence written in capitals: "… EMPLOYER, WE POSITIVELY WELCOME ALL APPLICANTS")
        if name and names_an_organisation(name) or said["named"] and name.isupper() and " " not in name \
                and name.casefold() not in {*WE, "all", "any", "every", "each", "our"}:  # (not "ALL applications are …")
            return name  # ("University of Pennsylvania" of "The University of Pennsylvania invites …")
    return ""


_ACADEMIC = re.compile(r"\b(?:Universit\w*|Institut\w*|College|Hochschule|Laborator\w*)\b")


def _begins_with(text: str, words: str) -> bool:
    """Whether the text begins with the words, whole ("Data Engineer" begins "Data Engineer to join", not "Data Engineering")."""
    return text.startswith(words) and not text[len(words):len(words) + 1].isalnum()


def _organisation_from(text: str, start: int) -> str:
    """The widest organisation named in the pieces from `start`, set apart by commas, each a name: the
    university a group is part of ("University of Oslo" of "Networks and Distributed systems (ND)
    group, Department of Informatics, University of Oslo, in collaboration…"); "" where none names one."""
    # (to the sentence's end: "…, Heidelberg University."; or its line's, a heading's: "… at …, University of Initech" over "We
    # seek"; not a line broken after a comma: "…, Department for Health,<br>University of Bath.")
    sentence = re.split(r"\.(?:\s|$)|(?<![,\s])[ \t]*\n", text[start:start + PROSE_PIECES], maxsplit=1)[0]
    pieces = [piece.strip() for piece in sentence.split(",")[:4]]
    at = next((at for at in reversed(range(len(pieces)))
               if re.fullmatch(_NAME, pieces[at]) and names_an_organisation(pieces[at])), None)
    if at is None:
        return ""
    # a state's university and its campus's town after the comma: "University of California, Los Angeles (UCLA)"
    campus = _CAMPUS.match(pieces[at + 1]) if at + 1 < len(pieces) and (at + 2 == len(pieces) or "(" in pieces[at + 1]) \
        else None
    state = _STATE_UNIVERSITY.match(pieces[at])
    return f"{pieces[at]}, {campus['town']}" if campus and state and names_a_region(state["state"]) \
        and names_a_town(campus["town"]) else pieces[at]


_STATE_UNIVERSITY = re.compile(r"^(?:The\s+)?University\s+of\s+(?P<state>[A-Z][\w ]+)$")
# (the name's initials after it, or the sentence's end, say the town is the campus's, part of the name: not an address's
# "Lexington, KY")
_CAMPUS = re.compile(r"^(?P<town>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})(?:\s*\([A-Z]{2,8}\)|$)")


def _without_article(name: str) -> str:
    """An organisation's name as it is named, without the article a sentence puts before it ("Haskell Foundation" of "The
    Haskell Foundation is seeking", "University of Pennsylvania" of "The University of Pennsylvania invites")."""
    return re.sub(r"^The\s+(?=[A-Z])", "", name)


# A sentence's end inside a name's run (not regions.SENTENCE_END, which a place's reading ends at "Inc." and "Prof." too)
_SENTENCE_ENDS = re.compile(r"(?<=[a-z]{3})(?<![Pp]rof)\.\s+(?=[A-ZÀ-Þ])")


def _name_of(run: str) -> str:
    """A run of a name's words without the words joining it to what it belongs to ("IFW Dresden" of
    "of the IFW Dresden"; "Vrije Universiteit Brussel" of "ELEC of the Vrije Universiteit Brussel"), or the
    organisation owning what it names ("McGill University" of "McGill University’s Schulich School of Music")."""
    # (one sentence's: not "Initech University. Start" of "… to join our team at Initech University. Start in September")
    run = _SENTENCE_ENDS.split(run, maxsplit=1)[0]
    run = run.rsplit(" of the ", 1)[-1].rsplit(" and the ", 1)[-1]  # (the second of two: "Faculty of Science and the …")
    if (owned := re.match(r"(?P<owner>.+?)['’]s\s", run)) and names_an_organisation(owned["owner"]):
        run = owned["owner"]
    words = run.split()
    while words and words[0] in _CONNECTORS:  # "The Modern Data Company" keeps its capital "The"
        words.pop(0)
    while words and words[-1].casefold() in _CONNECTORS:
        words.pop()
    return " ".join(words).rstrip(".,")
