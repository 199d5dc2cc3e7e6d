"""Where a page shows the job's place: an element marked up for it, a labelled line or table, the
line of facts beside the heading, the state a script draws the page from, and as last guesses the
town of the employer's address or of a sentence; and the place of a page's structured data as the
page itself shows it."""

from __future__ import annotations

import json
import re
from itertools import chain, islice
from urllib.parse import unquote_plus

from companion.reading.names import has_legal_form, squeezed, words_in
from companion.reading.pages.ad_signs import applies, headings_over_ad
from companion.reading.pages.html import (Page, block_text, element_beside, element_under, in_card, lines_of, links_home,
                                          node_text, parents, unseen, words_before_break)
from companion.reading.pages.labelled import (ADDRESS_LINES, MENU_CLASS, NO_ANSWER, TITLE_MARK, WORK_MODE, WORK_MODE_AFTER,
                                              in_site_menus, labelled_facts, links_to_employer, organisation_and_town,
                                              place_labelled_in, site_footers, under_employer_labels)
from companion.reading.pages.regions import (FULLY_REMOTE_JA, SENTENCE_END, address_town, names_a_place, names_a_region,
                                             postal_place, postal_town, spelled_out, street_town, written_as_name)
from companion.reading.pages.text import around_last_dash, clean_text, html_to_text
from companion.reading.pages.towns import names_a_town
from companion.reading.roles import names_a_role
from companion.reading.pages.urls import is_map_link


# Where careers pages put the job's place: microdata, else an element named for it.
_LOCATION_SELECTORS = ('[itemprop="jobLocation"]', '[itemprop="addressLocality"]', '[class*="location" i]',
                       # a box classed for the town ("hero__info-item--locality"); not a link to a town's jobs, nor a contact
                       # card's microformat ("p-locality", "locality": a recruiter's office)
                       '[class*="locality" i]:not(a):not(.p-locality):not(.locality)',
                       '[id*="location" i]', '[data-testid*="location" i]', '[data-qa*="location" i]',
                       '[data-automation*="location" i]', '[data-test*="location" i]', '[data-at*="location" i]',
                       '[data-cy*="location" i]',
                       'i[name="location" i]',  # an icon font's glyph (WTTJ)
                       'img[src*="location" i]',  # an icon's picture named for it ("/image/location-marker.svg")
                       # an icon drawn as a map's marker ("fa-map-marker-alt", "onMap") or so described ("<img alt='map'>")
                       '[class*="map-marker" i]', '[class*="map-pin" i]', '[class*="onmap" i]', 'img[alt="map" i]')
_ANY_LOCATION_MARK = ", ".join(_LOCATION_SELECTORS)
_ONLY_LABEL = re.compile(r"^(?:(?:work|job)\s+)?locations?\s*:?$", re.IGNORECASE)  # a marked element saying only "Location"
# An element marked as someone's place, not the job's: Upwork's "client-location" (the client's town and time); or by a
# word holding "location" that names no place: "titre-pop-colocation" (French: flat-sharing), "allocation", "relocation";
# or a search's filter of places ("location-filter": "All locations").
_OTHER_PARTY = re.compile(r"(?:client|company|employer|headquarters|hq|candidate|user)[-_]?location|(?:co|al|re|dis)location"
                          r"|location[-_]?(?:filter|search|select|picker|dropdown)", re.IGNORECASE)  # (a search's filter)
LOCATION_LIMIT = 100  # characters: a longer text is a paragraph that mentions a place, not the place


def location_in_markup(page: Page) -> str:
    """The job's place as the page marks it up (never a search box's label): the first element
    marked for it, or a later one saying more of the same place ("Birmingham" in microdata,
    "Birmingham, West Midlands" in the line the reader sees)."""
    # (the place the ad marks before the one the site's header gives for the site: "Remote" under the job's heading, not
    # "FairFax, Virginia" in the header's contact bar; that one where the ad marks none, a one-site practice's town)
    marked = sorted(_marked_places(page), key=lambda place: place[1])
    first = marked[0][0] if marked else ""
    return next((more for more, _ in marked[1:] if more.startswith(first + ",")), first)


def _marked_places(page: Page):
    """The places of the elements marked for one, in the order of `_LOCATION_SELECTORS`, each with whether the site's
    header's contact details give it. A marked qualifier alone ("(United States)" beside "Remote") is read with the words
    around it."""
    for selector in _LOCATION_SELECTORS:
        for node in page.css(selector):
            if (_in_form(node) or _OTHER_PARTY.search(" ".join(value or "" for value in node.attributes.values()))
                    or in_card(node) or _in_footer(node) or _trail(node) or _in_menu(node)):
                # a search box for places, where the client or the user is, another job's place, the site's
                # offices, the trail of sections to the page, a menu's item drawn with a pin ("Про нас", about us)
                continue
            if "itemscope" not in node.attributes and any(inner.mem_id != node.mem_id
                                                          for inner in node.css(_ANY_LOCATION_MARK)):
                continue  # a box marked for the place and more (Glassdoor's "locationAndPay"): the place's own mark in it
            text = _marked_parts(node) or _place_text(node) or _beside_icon(node)
            if text.startswith("(") and node.parent is not None:
                text = _place_text(node.parent)
            # a town written with its postal code ("10719 Berlin"), or after its street: the town
            text = _without_team(_without_contract(postal_place(text) or address_town(text) or text))
            places = text.split("; ")  # a tooltip's list holds several
            if _ONLY_LABEL.match(text) or SENTENCE_END.search(text) or NO_ANSWER.match(text):
                # the heading of the place's part, marked for it ("<h1 id=location>Location</h1>"); sentences beside
                # a marker's icon ("Regio Gebonden, Werk in je eigen regio met minimale reistijd. Diverse …"); a pin
                # beside no answer ("Keine Angabe")
                continue
            if (len(text) >= 2 and len(places) <= PLACES_IN_TABLE and max(map(len, places)) <= LOCATION_LIMIT
                    and not re.search(r"[{}<>]", text) and not text.endswith("?")):  # "Where?"
                yield text, _in_header_contacts(node)
    yield from ((_without_contract(place), False) for place in _pinned_places(page))


def _without_contract(text: str) -> str:
    """A place without the kind of contract or the pay written beside it in the same element ("📍 Nederland • Fulltime",
    "Kecskemét · Teljes munkaidő", its pieces listed; "Lương cạnh tranh | An Giang", competitive pay)."""
    pieces = (", ".join(part for part in piece.split(", ")
                        if not _CONTRACTS.match(part.strip()) and not _PAY_SAID.match(part.strip(" ,")))
              for piece in _BYLINE_SEPARATOR.split(text))
    return " • ".join(piece for piece in pieces if piece) or text


def _without_team(text: str) -> str:
    """A place without the team written after it and a dash ("Tel Aviv – Account Management"; not a quarter, "Paris – La
    Défense")."""
    place, after = around_last_dash(text)
    return place if place and names_a_place(place) and TEAM.match(after) else text


_PIN = ("📍", "📌")  # a map pin drawn as a character: "📍 Astana" beside "🏢 Hybrid" and "⏱ Full-time"


def _pinned_places(page: Page):
    """The words after a map pin written as text, each in its own element, outside the site's
    footer and other jobs' cards; not where pins bullet the page's headings ("📍 업무 내용", "📍 근무 조건": the duties,
    the terms)."""
    bullets = None  # whether pins bullet the headings, asked once a pin is found (most pages have none)
    for node in page.text_nodes():
        said = (node.text_content or "").strip()
        if said.startswith(_PIN) and (item := node.parent) is not None and not in_card(item) and not _in_footer(item):
            if bullets is None:
                bullets = sum(node_text(heading).startswith(_PIN) for heading in page.css("h1, h2, h3, h4, h5, h6")) >= 2
            if bullets:
                return
            # the pin in an element of its own, the place beside it: "<span>📍</span> Remote/Hybrid" (not where the element
            # holds the place too, its words after a comment: "<span>📍 <!-- -->香港</span>", a Next.js page's)
            if node_text(item) in _PIN and item.parent is not None:
                item = item.parent
            place = WORK_MODE_AFTER.sub("", node_text(item).lstrip("".join(_PIN)).strip())  # "Miami, FL (In Person)"
            if not written_as_name(place) and (ending := _PLACE_ENDING.search(place)) \
                    and (names_a_place(ending["place"]) or names_a_region(ending["place"])):
                place = ending["place"]  # a sentence beside the pin: "📍 Work is across Kent"
            elif not written_as_name(place) and (town := _town_ending_sentence(place)):
                place = town
            if 2 <= len(place) <= LOCATION_LIMIT and not place.endswith("?"):  # (a part's heading asking: "📍 Waar werk je?")
                yield place


def _town_ending_sentence(said: str) -> str:
    """The town a sentence ends with after a comma ("Eindhoven" of "Goed bereikbaar in Winkelcentrum Vaartbroek,
    Eindhoven."); "" where it is the last of several towns ("… offices in London, Manchester, Edinburgh"), where the
    work is remote, or where it ends otherwise."""
    before, _, town = said.rstrip(".").rpartition(",")
    last_before = (before.split() or [""])[-1]
    return town.strip() if names_a_town(town.strip()) and not names_a_place(last_before) and not _AWAY.search(said) else ""


# Words saying the work is done away from any office: "Fully remote within Europe", "Home-based with occasional travel".
_AWAY = re.compile(r"\b(?:remote|remotely|home[\s-]based|from\s+home|work\s+from\s+anywhere)\b", re.IGNORECASE)
# The place a sentence ends with, after a word saying the work is there: "Work is across Kent", "Jobs throughout Leeds".
_PLACE_ENDING = re.compile(r"\b(?:in|across|throughout|around|near)\s+(?P<place>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2})\.?$")


def _trail(node) -> bool:
    """Whether an element marked for a place is, or is in, the trail of sections to the page: the
    outermost box classed so holds a link home (고용24's "홈 > 채용정보 > 채용정보 상세검색")."""
    marked = [node, *(box for box in parents(node) if "location" in (box.attributes.get("class") or "").lower())]
    return any(links_home(link) for link in marked[-1].css("a"))


def _in_menu(node) -> bool:
    """Whether an element is, or sits in, a menu: a <nav>, or a box classed as one ("spoilers-menu__title"), however
    few links it holds (`in_site_menus` asks for mostly links, and counts the site's header, which may show its town)."""
    return any(box.tag == "nav" or MENU_CLASS.search(box.attributes.get("class") or "") for box in (node, *parents(node)))


def _in_footer(node) -> bool:
    """Whether an element sits in a <footer>, where a site lists its own offices."""
    return any(parent.tag == "footer" for parent in parents(node))


def _in_header_contacts(node) -> bool:
    """Whether an element sits in the site's header's box of contact details ("<header><ul class='rs-contact-info'>"),
    where a site gives its own address (an ad's own box "contact" may give the workplace's)."""
    around = list(parents(node))
    return any(parent.tag == "header" for parent in around) and any(
        _CONTACT_BOX.search(parent.attributes.get("class") or "") for parent in around)


_CONTACT_BOX = re.compile(r"(?:^|[\s_-])contact(?:[\s_-]|$)", re.IGNORECASE)  # "contact-info", "contact-part"; not "contacts"


def _marked_parts(node) -> str:
    """A microdata place's own parts ("75 - PARIS 16E ARRONDISSEMENT"), without what else its
    element holds (a "Localiser avec Mappy" link); "" where it marks none."""
    if "itemscope" not in node.attributes:
        return ""
    # the innermost properties: css() matches the part itself too
    parts = [_place_text(part) for part in node.css("[itemprop]") if len(part.css("[itemprop]")) == 1]
    return ", ".join(part for part in parts if part)


_FORM_TAGS = {"form", "input", "label", "select", "option", "button", "textarea"}
_ICON_TAGS = {"svg", "i", "img", "span"}
ICON_DEPTH = 3  # elements up from a place's icon to the item holding its words


# A count standing for a list of places: "2 Locations", "8 locations", "3 Standorte".
_COUNTED = re.compile(r"^\d+\s+(?:locations|places|offices|standorte|lieux|ubicaciones|sedi)$", re.IGNORECASE)


def _places_in_tooltip(item) -> str:
    """The places a count's tooltip lists ("2 Locations" over "United States", "Palo Alto, CA, USA"):
    the markup in its title attribute, one place a block ("" where it has none)."""
    for node in item.css("[title]"):
        if "<" in (listed := node.attributes.get("title") or ""):
            return "; ".join(html_to_text(listed).splitlines())
    return ""


def _beside_icon(node) -> str:
    """The words of the item a place's icon marks (`<li><svg class="icons-location"/> Amersfoort
    (NLD)</li>`, `<div><i class="fa-location-dot"></i> Foster City, CA, USA</div>`); "" for another element."""
    if node.tag not in _ICON_TAGS or "itemprop" in node.attributes:  # an item's property is not an icon
        return ""
    for _, item in zip(range(ICON_DEPTH), parents(node)):
        if item.tag in ("dt", "th") and not node_text(item) and (value := _term_value(item)) is not None:
            item = value  # the icon alone as a term, its place the definition: "<dt><img alt=Location></dt><dd>London</dd>"
        if _COUNTED.match(text := _place_text(item)):
            return _places_in_tooltip(item)
        if text and _icons_in(item) > 1:
            text = _words_up_to_next_icon(node)  # a line of facts, each after its icon: "📅 As soon as possible 📍 Singapore"
        if text:
            return WORK_MODE_AFTER.sub("", _WORK_IN.sub("", text))
    return ""


def _icons_in(box) -> int:
    """How many empty icons (an icon font's <i>, an <svg>) a box holds."""
    return sum(1 for node in box.css("i, svg") if not node_text(node))


def _words_up_to_next_icon(icon) -> str:
    """The words after an icon in its box, up to the next icon ("Singapore" of "<i/> As soon as possible <i/> Singapore <i/>
    2-years"), the icon perhaps wrapped in an element of its own ("<span class='icon'><i/></span> Singapore")."""
    while icon.parent is not None and not node_text(icon.parent) and icon.next is None:
        icon = icon.parent
    words, sibling = [], icon.next
    while sibling is not None and not (sibling.tag != "-text" and not node_text(sibling) and sibling.css_first("i, svg")
                                       or sibling.tag in ("i", "svg") and not node_text(sibling)):
        words.append(sibling.text(deep=True))
        sibling = sibling.next
    return re.sub(r"\s+(?=[,;])", "", " ".join(" ".join(words).split()))  # ("Singapore , Central": a link's text, a comma)


# Words before the place beside its icon saying the work is done there: "Làm việc tại Hà Nội" (Vietnamese), "Work in".
_WORK_IN = re.compile(r"^(?:làm\s+việc\s+tại|work(?:ing)?\s+(?:in|from)|bekerja\s+di)\s+(?=\w)", re.IGNORECASE)


def _in_form(node) -> bool:
    """Whether an element is a form's part, holds one or sits in one. A label naming no field
    and holding none is only styled text (topjobs.lk shows the job's place in one)."""
    loose_label = node.tag == "label" and not node.attributes.get("for")
    holds = any(inner.mem_id != node.mem_id for inner in node.css(", ".join(_FORM_TAGS)))  # css() matches the node too
    return ((node.tag in _FORM_TAGS and not loose_label) or holds
            or any(parent.tag in _FORM_TAGS for parent in parents(node)))


# How a job is worked, as the line of facts beside its heading says it; the piece before it is the place.
_CONTRACT_WORDS = (r"full[- ]time|part[- ]time|internship|contract|freelance|temporary|permanent"
                   r"|CDI|CDD|temps\s+(?:plein|partiel)|stage|alternance|intérim"  # French
                   r"|vollzeit|teilzeit|festanstellung|praktikum|(?:un)?befristet"  # German
                   r"|fulltime|parttime|vast\s+contract|tiempo\s+completo|jornada\s+completa|tempo\s+pieno"
                   # Dutch, Nordic, Finnish, Polish, Czech, Hungarian, Portuguese: full or part time
                   r"|voltijd|deeltijd|heltid|deltid|kokoaikainen|osa-aikainen|pełny\s+etat|plný\s+úvazek"
                   r"|teljes\s+munkaidő|részmunkaidő|tempo\s+integral|meio\s+período")
_CONTRACT = re.compile(rf"^(?:{_CONTRACT_WORDS})$", re.IGNORECASE)
# several kinds in one line: "Full-time or Part-time", "CDI · Temps plein"
_CONTRACTS = re.compile(rf"^(?:{_CONTRACT_WORDS})(?:(?:\s+(?:or|and|ou|oder|/)|\s*[·,])\s+(?:{_CONTRACT_WORDS}))*$",
                        re.IGNORECASE)
_WORKED = rf"(?:hybrid|(?:fully\s+)?remote|on[- ]?site|in[- ]office|{_CONTRACT_WORDS})"
_WORKPLACE = re.compile(rf"^{_WORKED}(?:\s*[/,&]\s*{_WORKED})*$", re.IGNORECASE)  # "Part Time / Contract"
_BYLINE_SEPARATOR = re.compile(r"\s+[·•|]\s+")
# Pay said without a figure: "Competitive salary", "Salary negotiable"; Vietnamese, Indonesian, Spanish, French.
_PAY_SAID = re.compile(r"^(?:competitive\s+(?:salary|pay)|salary\s+negotiable|lương\s+(?:cạnh\s+tranh|thỏa\s+thuận)"
                       r"|gaji\s+kompetitif|salario\s+(?:competitivo|a\s+convenir)|salaire\s+(?:attractif|à\s+négocier))$",
                       re.IGNORECASE)
_DIVIDERS = {"·", "•", "|", "/", "-", "–"}  # a mark between a place and the next fact, in its own element


def place_in_byline(page: Page) -> str:
    """The place in the line of facts just over or under a heading, pieces set apart by dots
    ("IT / Technology · Baden · Hybrid", "Geneva · Hybrid"): the piece before the first saying
    how the job is worked, or the one after it where the one before is another labelled fact. Career
    sites without job data (Teamtailor's) show the place only there."""
    for pieces in _bylines(page):
        worked = next((at for at, piece in enumerate(pieces) if _WORKPLACE.match(piece)), 0)
        if not worked:
            continue
        # (or the piece after, where the one before is another labelled fact: "Exp: 3+ Years | On-site | Ahmedabad", or
        # where only the one after names a place: "Investment Banking · Onsite · Lagos, Nigeria")
        after = pieces[worked + 1] if worked + 1 < len(pieces) else ""
        place = after if after and (":" in pieces[worked - 1] or names_a_place(after)
                                    and not names_a_place(pieces[worked - 1])) else pieces[worked - 1]
        if TEAM.match(place):
            # the team before how the job is worked, no place: "Engineering · Remote · Full-Time" (a remote job's own)
            place = _remote_chip(pieces[worked])
        if place and ":" not in place and len(place) <= LOCATION_LIMIT and not _HOURS.match(place):
            return place
    return ""


# hours a week, no place: "40 uur"
_HOURS = re.compile(r"^\d+(?:[-–]\d+)?\s*(?:uur|hours?|hrs?|h|stunden|std\.?|heures|horas|ore|timer|tim)$", re.IGNORECASE)


def employer_in_byline(page: Page, place: str, title: str = "") -> str:
    """The employer a line of facts under or over a heading names first, right before the job's place, a town with its
    region or country ("Klaviyo • Dublin, County Dublin, Ireland • fulltime", as a board's page writes it; "EnviroServ (U)
    Limited", "Nyamasoga, Uganda", "Deadline: …" listed under the job's heading; or headings of the job's level stacked
    under it), where the page's text names it again or by its legal form; "" otherwise."""
    if not names_a_place(place):
        return ""
    return next((name for pieces in chain(_bylines(page, title), _stacked_facts(page, title))
                 if len(pieces) >= 2 and pieces[1] == place
                 and written_as_name(name := pieces[0]) and not names_a_role(name) and not _WORKPLACE.match(name)
                 and not TEAM.match(name)
                 and (page.body_text.count(name) >= 2 or has_legal_form(name))), "")


def _bylines(page: Page, title: str = ""):
    """The pieces of each line of facts just over or under an h1, or the job's own heading (a link's, where the heading
    is one); a box holding headings of its own is a card or a section, not such a line."""
    headings = [*page.css("h1"), *(node for node in page.css("h2, h3, h4") if title and node_text(node) == title)]
    for heading in headings:
        if heading.parent is not None and heading.parent.tag == "a" and node_text(heading.parent) == node_text(heading):
            heading = heading.parent  # "<a href='#'><h4>Electrician</h4></a>" over the facts' list
        for line in (element_beside(heading, "prev"), element_beside(heading, "next")):
            if line is not None and line.css_first("h1, h2, h3, h4, h5, h6") is None:
                yield [piece for part in _byline_parts(line) for piece in _BYLINE_SEPARATOR.split(part)]


def _stacked_facts(page: Page, title: str):
    """The two headings right after the job's own, at its level, as a board stacks the employer and the place under the
    role ("Policy Strategist/Economist", "ESM - European Stability Mechanism", "Luxembourg", each an h2), the page's title
    naming that employer too."""
    for heading in page.css("h1, h2, h3, h4"):
        if node_text(heading) != title:
            continue
        stacked, beside = [], heading
        while len(stacked) < 2 and (beside := element_beside(beside, "next")) is not None and beside.tag == heading.tag:
            stacked.append(node_text(beside))
        if len(stacked) == 2 and stacked[0] in page.title:  # (the employer the page's title names too: not "Graduate Scheme")
            yield stacked


def _byline_parts(line) -> list[str]:
    """A line's facts: each element of its own ("€ 19 – 25 / Stunde", "Kühbach & Umgebung", "Vollzeit ·
    Festanstellung"), or its whole text."""
    parts = [said for child in line.iter() if (said := node_text(child)) and said not in _DIVIDERS]
    return parts if len(parts) >= 2 else [node_text(line)]


# What may follow a line's places: "San Francisco, California, United States — Go To Market", "St. Louis, MO / Remote",
# "Dublin, Ireland or Remote - Engineering Team".
_AFTER_PLACES = re.compile(r"\s+[—–|·•/-]\s+")


# A team a line names beside the job's town: "London, Sales", "Tel Aviv – Account Management", "技术部 · 成都" (the
# technical department; Chinese and Japanese departments end with 部) (not "Mobile, Backend": a town's name may be a word
# too).
TEAM = re.compile(r"^(?:sales|marketing|engineering|product|design|operations|finance|support|people|legal|research"
                  r"|customer\s+(?:success|support|service)|business\s+development|account\s+management|growth"
                  r"|partnerships|[^\W\d_]{1,6}部)$", re.IGNORECASE)


# An office named for its town, the employer's name before it: "KALO Zentrale Hamburg" (head office), "Acme Office Leeds".
_OFFICE_NAMED_FOR_TOWN = re.compile(r"^(?:\S+\s+){0,3}(?:zentrale|hauptsitz|niederlassung|standort|filiale|b[üu]ro|office"
                                     r"|headquarters|hq|si[èe]ge|agence|kantoor|vestiging|kontor)"
                                     r"\s+(?P<town>[^\W\d][^,;()]{1,40})$", re.IGNORECASE)


def place_under_heading(page: Page, title: str = "") -> str:
    """The piece of the line right under the job's heading that names places, each a town with its
    region or country ("Mountain View, California; San Francisco, California" before an "Apply now"
    button; "San Francisco, California, United States — Go To Market", the department after the
    dash; "CBOE Global Markets via Hays plc – London, UK", the employer before it); or, after the
    kind of contract or before the team, the town alone ("Full-time, Oslo", The Hub's; "London,
    Sales"). A line of contract kinds alone ("Full-time or Part-time") gives way to the line under
    it, which may name a country alone
    ("Cameroon"); so does a line of other facts ("Remote Lines of Business Full time", Workable's
    chips over "London, England, United Kingdom"), where the line under it names a town; or a chip of
    its own beside the kind of contract's ("Full Time", "United States")."""
    for heading in _job_headings(page, title):
        below = element_under(heading)
        while below is not None and (_spacer(below) or below.tag == "button" and applies(below)):
            below = element_beside(below, "next")  # (past an "Apply Now" button between the heading and its facts)
        if below is None:
            continue
        if places := _place_among_chips(below):
            return places
        first, *under = [*islice(lines_of(below), 2)] or [""]
        if not under and (after := element_beside(below, "next")) is not None:
            under = [words_before_break(after)]
        if town := organisation_and_town(first)[1]:
            return town  # "KTH Royal Institute of Technology, Stockholm"
        if (subheading := _IN_TOWN.match(first)) and not _CONTRACT.match(subheading["town"]):  # (not "in Vollzeit")
            return subheading["town"]  # "Kaufmann/-frau für Bürokommunikation" over "in der Region Koblenz (m/w/d)"
        if len(first) <= LOCATION_LIMIT and (town := postal_place(first)):
            return town  # the workplace's address: "Nordring 10, 46325 Borken"
        if inside := _bracketed_places(first):
            return inside  # "Product Engineer (d/w/m)" over "(Remote oder Berlin-Zentrum)"
        kinds_only = bool(_CONTRACTS.match(first))
        for line in _AFTER_PLACES.split(first) if not kinds_only else ():
            kind, _, rest = line.partition(",")
            # (a town's name, remote work offered beside it: "Full-Time, San Francisco Bay Area & Remote")
            if _CONTRACT.match(kind.strip()) and rest.strip() and len(rest) <= LOCATION_LIMIT \
                    and written_as_name(_OR_REMOTE.sub("", rest.strip())):
                return rest.strip()
            if places := _places_in(line):
                return places
            if (office := _OFFICE_NAMED_FOR_TOWN.match(line)) and names_a_town(office["town"]):
                return office["town"]  # "IT | KALO Zentrale Hamburg"
            if line.count(",") == 1 and TEAM.match(rest.strip()) and names_a_town(kind.strip()):
                return kind.strip()  # the town, then the team: "London, Sales"
        for line in _AFTER_PLACES.split(under[0]) if under else ():
            if places := _places_in(line, regions_too=kinds_only):
                return places
    return ""


def _spacer(node) -> bool:
    """Whether an element only makes room under a heading: an empty box, neither words nor a picture in it ("<div
    class='small space'></div>", a Webflow page's)."""
    return not node_text(node) and node.css_first("img, svg, picture, input") is None


# A line wholly in brackets: "(Remote oder Berlin-Zentrum)", "(London)".
_BRACKETED_LINE = re.compile(r"^\((?P<inside>[^()]{2,60})\)$")
# Places offered in turn: "Remote oder Berlin-Zentrum", "Göteborg eller Luleå", "Paris / Lyon".
_EITHER = re.compile(r"\s+(?:or|oder|ou|o|of|eller|tai|lub|nebo|или|або)\s+|\s*/\s*", re.IGNORECASE)
TOWN_PART = 4  # at least, of the letters of a town a quarter's name begins with ("Berlin-Zentrum"; not "Mon-Fri")


def _bracketed_places(line: str) -> str:
    """The places a line wholly in brackets offers in turn, each a town or a way of working, after the kinds of contract
    it may name first: "Remote oder Berlin-Zentrum" of "(Vollzeit oder Teilzeit; Remote oder Berlin-Zentrum)" (a town's
    quarter is named after it); a town whose name holds such a word whole ("City of Westminster"); "" where it names anything
    else ("(Mon-Fri)")."""
    bracketed = _BRACKETED_LINE.match(line)
    pieces = [piece for said in bracketed["inside"].split(";") if not _CONTRACTS.match(piece := said.strip())] \
        if bracketed else []
    offered = all(names_a_town(piece) or all(map(_offered_place, _EITHER.split(piece))) for piece in pieces)
    return "; ".join(pieces) if pieces and offered else ""


def _offered_place(said: str) -> bool:
    """Whether one of the places a line offers in turn is a way of working, a town, or a town's quarter named after it
    ("Berlin-Zentrum")."""
    town = said.split("-")[0]
    return bool(WORK_MODE.fullmatch(said)) or names_a_town(said) or len(town) >= TOWN_PART and names_a_town(town)


def place_after_title(page: Page, title: str) -> str:
    """The place a short line of the page names after the job's title, set apart by a bar, a slash or a dash ("Prishtine,
    Kosovo" of "3d Modeler job posting / Prishtine, Kosovo"), each place a town with its region or country; ""
    where no line does."""
    if not title:
        return ""
    for node in page.css("p, li, span, dd, td, h2, h3, h4, h5, h6"):
        line = node_text(node)
        if len(line) <= len(title) + LOCATION_LIMIT and title.casefold() in line.casefold() \
                and len(pieces := _AFTER_PLACES.split(line)) >= 2 and (places := _places_in(pieces[-1])):
            return places
    return ""


# A line under the job's heading saying only where: "in der Region Koblenz (m/w/d)", "in Berlin", "in the Leeds area".
_IN_TOWN = re.compile(r"^(?i:in|im)\s+(?i:der\s+region\s+|the\s+)?(?P<town>[A-ZÀ-Þ][\w-]+(?:\s[A-ZÀ-Þ][\w-]+)?)"
                      r"(?:\s+area)?\s*(?:\([mwdfx](?:/[mwdfx])+\))?$")


def _job_headings(page: Page, title: str = "") -> list:
    """The headings that may name the job: the page's h1s (a site's hidden "Navigation" heading may
    come first), else the lower headings its title holds (a Hugo site's "<h4>Backend engineer</h4>"
    under the title "Backend engineer | NodeFactory", whatever its case: "Editorial and Programming
    Intern" under "Holler | Editorial And Programming Intern New York"); and a lower heading marked as
    the job's title (a careers page's h1 "Offre d'emploi" over its one card's "<h2 class='job-title'>"), or
    the one that writes the title read ("Medizinische Fachangestellte (m/w/d)" under "Verstärken Sie unser Team")."""
    # (as low as an h6: "<h6>District Operations Manager Jakpusbar</h6>" over "Jakarta", a React careers site's)
    marked = [heading for heading in page.css("h2, h3, h4, h5, h6")
              if TITLE_MARK.search(heading.attributes.get("class") or "") or title and node_text(heading) == title]
    titled = page.title.casefold()
    # (not an h1 holding no words, drawn for the site's logo: the menu's "Nav" under it is no place)
    return [*(heading for heading in page.css("h1") if node_text(heading)), *marked] or [
        heading for heading in page.css("h2, h3, h4, h5, h6") if (said := node_text(heading)) and said.casefold() in titled]


def _place_among_chips(box) -> str:
    """The place among a line's chips, each an element of its own, beside one saying the kind of
    contract ("<span>Full Time</span><span>United States</span>"): a town with its region, or a
    region alone; or the first chip, a town, where another names its country ("<span>Jakarta</span><span>Indonesia
    Region - Region Jabodetabek</span>") ("" where none)."""
    chips = [node_text(child) for child in box.iter()]
    if len(chips) >= 2 and names_a_town(chips[0]) and any(names_a_region(word) for chip in chips[1:] for word in chip.split()) \
            and not any(re.search(r"\bremote\b", chip, re.IGNORECASE) for chip in chips[1:]):
        return chips[0]  # (not a team named like a town over "Remote - UK": "Enterprise")
    if len(chips) < 2 or not any(_CONTRACTS.match(chip) for chip in chips):
        return ""
    return next((places for chip in chips if not _CONTRACTS.match(chip)
                 and (places := _places_in(chip, regions_too=True) or _remote_chip(chip))), "")


def _remote_chip(chip: str) -> str:
    """A chip saying the job is worked remotely, the place such a job has ("Remote" beside "Part time"); "" otherwise."""
    return "Remote" if re.match(r"^(?:fully\s+|100\s?%\s+)?remote$", chip, re.IGNORECASE) else ""


def _places_in(line: str, regions_too: bool = False) -> str:
    """A line's places, set apart by semicolons, where each piece names one (or a region alone), or one with working
    remotely beside it ("Dublin, Ireland or Remote"); "" otherwise."""
    places = [place.strip() for place in line.split(";")]
    return "; ".join(places) if all(names_a_place(place := _OR_REMOTE.sub("", piece)) or (regions_too and names_a_region(place))
                                    for piece in places) else ""


_OR_REMOTE = re.compile(r"\s*(?:\bor|/|&|\+|\()\s*(?:fully\s+)?remote\)?$|^remote\s*(?:\bor\b|/|&|\+)\s*", re.IGNORECASE)


def place_on_map(page: Page) -> str:
    """The places a page links to a map of, outside its menus, each link's words the place it asks
    the map for ("Vídeňská 204/125, Brno – Přízřenice" for "mapy.cz/?q=Vídeňská 204/125, Brno -
    Přízřenice"; not "Show on map"): a board's header without other marks names the job's
    workplaces so. Repeats (the header's and the footer's link) are one place."""
    places: list[str] = []
    for link in page.css("a[href]"):
        href = link.attributes.get("href") or ""
        said = node_text(link)
        if not is_map_link(href) or not said or len(said) > LOCATION_LIMIT or in_site_menus(link, page) or in_card(link):
            continue
        if words_in(said) <= words_in(unquote_plus(href)) and said not in places:
            places.append(said)
    return "; ".join(places) if len(places) <= PLACES_IN_TABLE else ""


def place_in_page_state(page: Page) -> str:
    """The job's place in the state an Inertia app renders the page from (its root's `data-page`
    attribute: {"props": {"job": {"location": "IN / Remote (IN)"}}}, as Y Combinator's Work at a
    Startup serves it), for pages whose place is drawn by script."""
    root = page.css_first("[data-page]")
    try:
        state = json.loads(root.attributes.get("data-page") or "") if root is not None else {}
    except json.JSONDecodeError:
        return ""
    job = (state.get("props") or {}).get("job") if isinstance(state, dict) else None
    place = job.get("location") if isinstance(job, dict) else None
    return clean_text(place)[:LOCATION_LIMIT] if isinstance(place, str) else ""


def _place_text(node) -> str:
    """An element's places as a reader sees them: places in elements of their own are a list
    ("United States", "United Kingdom" → "United States, United Kingdom"), brackets hug their words."""
    text = ""
    for piece in (" ".join(part.text(deep=False).split()) for part in node.traverse(include_text=True)
                  if part.tag == "-text" and not _no_part_of_place(part, node)):
        if not piece or (not text and piece.endswith(":")) or piece in _DIVIDERS:
            continue  # nothing, the label before the place ("Lieu de travail:", "Location:"), a mark between facts
        if not text or piece == ")" or text.endswith("(") or piece[0] in ",;":
            text += piece
        elif piece.startswith("(") or text.endswith(","):
            text += " " + piece
        else:
            text += ", " + piece
    return text


# How an address's map is marked: "job-location-map js-open-map" (its words "点击查看地图", click to
# see the map). A button beside the address ("주소복사", copy the address) is an action by its tag.
_ACTION_MARK = re.compile(r"\bmap\b|[-_]map\b|\bmap[-_]", re.IGNORECASE)


def _no_part_of_place(text, place) -> bool:
    """Whether a text of a place's element is no part of the place: an action beside it (a map, a button), the
    employer's name there (a link to its page before the town, as SuperJob shows them), or a part hidden from sight."""
    for parent in parents(text):
        if parent.mem_id == place.mem_id:
            return False
        marks = parent.attributes.get("class") or ""
        if parent.tag == "button" or _ACTION_MARK.search(marks) or unseen(parent) or links_to_employer(parent):
            return True
    return False


_WORK_LOCATION_LABEL = re.compile(r"\s*(?:work|job)\s+location\s*:?\s*", re.IGNORECASE)


# "Locations:", "Location and Shift Information:": a label over a table of workplaces.
_PLACES_LABEL = re.compile(r"\s*(?:work\s+|job\s+)?locations?\b[^:]{0,40}:?\s*", re.IGNORECASE)
PLACES_IN_TABLE = 20  # rows at most: more is a schedule or a list of offices, not this job's places


def _term_value(term):
    """The definition or cell after a term or a header cell (a "dt"'s "dd", a "th"'s "td"); None where none follows."""
    value = term.next
    while value is not None and value.tag not in ("dd", "td"):
        value = value.next
    return value


def _labelled_place(page: Page) -> str:
    """The place the page names under a label of its own: "<b>Work Location: </b>703 Don Mills
    Road" (the words beside the label), a "Work location" term and its definition, or the
    workplaces of a table under a location label, one row a place ("Bendale Acres, 2920
    Lawrence Ave E, Scarborough; Fudger House, …")."""
    for label in page.css("b, strong, dt, th"):
        said = label.text()
        if _PLACES_LABEL.fullmatch(said) and (places := _places_in_table_after(label)):
            return places
        if not _WORK_LOCATION_LABEL.fullmatch(said):
            continue
        value = _term_value(label) if label.tag in ("dt", "th") else label.parent
        named = " ".join((value.text() if value is not None else "").split())
        if label.tag not in ("dt", "th"):  # the words after the label, not a line before it ("SOPH Administration<br>")
            named = _WORK_LOCATION_LABEL.sub("", named[max(named.find(" ".join(said.split())), 0):], count=1)
        if 3 <= len(named) <= 200:
            return named.strip(" .;")
    return ""


def _places_in_table_after(label) -> str:
    """The rows of the table right after the label's paragraph, each a place ("" if none)."""
    block = label
    while block is not None and block.tag not in ("p", "div", "h2", "h3", "h4", "h5", "h6"):
        block = block.parent
    table = block.next if block is not None else None
    while table is not None and table.tag == "-text" and not table.text().strip():
        table = table.next
    if table is None or table.tag != "table":
        return ""
    rows = [", ".join(cell for cell in (" ".join(td.text().split()) for td in row.css("td, th")) if cell)
            for row in table.css("tr")]
    rows = [row for row in rows if row]
    if not 1 <= len(rows) <= PLACES_IN_TABLE or any(len(row) > 200 for row in rows):
        return ""
    return "; ".join(rows)


def employer_town(page: Page, own_site: bool, company: str = "") -> str:
    """The town of the employer's address, where a job's place is written nowhere else: the
    address under the page's label of the employer (Workindenmark's "DK 2730 Herlev"), or on the
    employer's own site its footer's ("Kruidenstraat 102, 6515 HT Nijmegen"; a board's footer
    gives the board's). "" where no line is one."""
    blocks = under_employer_labels(page)
    if own_site:
        blocks += site_footers(page)
    # an address marked up as one (microformats' "adr"): its town ("<span class='locality'>Stockholm</span>" in the footer),
    # where the block names the employer (its e-mail "info@vinnovera.se"; not a board's own footer under another's ad)
    marked = (node_text(town) for block in blocks if company
              for town in block.css(".adr .locality, .h-adr .p-locality, .adr .p-locality")
              if squeezed(company) in squeezed(block_text(block)))
    if town := next((said for said in marked if written_as_name(said) and len(said) <= LOCATION_LIMIT), ""):
        return town
    # (a footer's line may hold more, set apart: "PO Box 55071 Boston, MA 02205 | Privacy Policy")
    pieces = [piece for block in blocks for line in block_text(block).splitlines() for piece in _BYLINE_SEPARATOR.split(line)]
    # (or the street on the same line, set apart by a comma: "5247 Butler St, Pittsburgh, PA 15201")
    pieces += [", ".join(parts[-2:]) for piece in pieces if len(parts := piece.split(",")) >= 3]
    # a postal code's line first; else a street's and its town ("Nevelgaarde 40, Nieuwegein"); else a labelled address
    # written with no postal code ("Địa chỉ: Indochina Park Tower, 4 Nguyễn Đình Chiểu, Phường Đa Kao, Quận 1, TPHCM")
    # or, last, a line of the town, its region and its country with no postal code ("Ikeja, Lagos, Nigeria." under the
    # street, a Lagos firm's headquarters)
    return next((town for piece in pieces if (town := postal_town(piece))), "") or next(
        (town for piece in pieces if (town := street_town(piece))), "") or next(
        (town for piece in pieces if (town := address_town(place_labelled_in(piece)))), "") or next(
        (town for piece in pieces if (town := _town_after_building(piece))), "") or next(
        (place for piece in pieces if len((place := piece.strip().rstrip(".")).split(",")) >= 3 and names_a_place(place)), "")


ADDRESS_PARTS_READ = 4  # at most, of the comma-set parts after the employer's name read as its postal address


def employer_postal_town(page: Page, company: str) -> str:
    """The town of the postal address written right after the employer's name, anywhere on the page ("Bochum" of "bee42
    solutions gmbh, Am Josephsschacht 72, D-44879 Bochum, Telefon: …", the address to send applications to), or on the
    lines under the name alone on its line ("Laurel Parc" over "15850 NW Central Drive" and "Portland, OR 97229", a
    sidebar's); "" where the page writes none."""
    if not company:
        return ""
    named = rf"(?<!\w){re.escape(company)},\s*([^\n]{{1,{LOCATION_LIMIT * 2}}})"
    after = (found[1] for found in re.finditer(named, page.body_text, re.IGNORECASE))
    return next((town for tail in after for part in tail.split(", ")[:ADDRESS_PARTS_READ]
                 if (town := postal_town(SENTENCE_END.split(part)[0].rstrip(".")))), "") or next(
        (town for line in _lines_under_name(page, company) if len(line) <= LOCATION_LIMIT and (town := postal_town(line))
         and (names_a_place(town) or names_a_town(town))), "")  # (not "1200 Mitarbeiter", a count of its staff)


def _lines_under_name(page: Page, name: str):
    """The lines of the page's text under each line that is the name alone, as many as an address has."""
    lines = [said for line in page.body_text.splitlines() if (said := " ".join(line.split()))]
    return (line for at, said in enumerate(lines) if said.casefold() == name.casefold()
            for line in lines[at + 1:at + 1 + ADDRESS_LINES])


def _town_after_building(line: str) -> str:
    """The town and region ending an address's line after a building's name, no street nor postal code ("College Park, MD"
    of "… University of Maryland, A. James Clark Hall, College Park, MD"); "" otherwise."""
    parts = [part.strip() for part in line.split(",")]
    return place if len(parts) >= 3 and names_a_place(place := ", ".join(parts[-2:])) and written_as_name(parts[-3]) else ""


# A town and its region or country a sentence puts something "in": "home to 160 minds in Istanbul, Turkey",
# "join their team in the Hanover, MD area";
# not the first two of a list of places ("Hiring in Seattle, Madrid, and remote": no one job's place).
# (the source may break its line after the comma: "in Toronto,\n Ontario")
_IN_PLACE = re.compile(r"\bin\s+(?:the\s+)?"
                       r"(?P<place>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2},\s*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})\b"
                       r"(?!,?\s*(?:and|or|&)\s|,\s*[A-Z])")


# A sentence saying where the job is done: "this role is based in Leeds", our office in a town ("nos
# locaux à Grenoble", "vores kontor i Odense", "unserem Büro in Köln"), in English, French, German, Danish,
# Swedish, Norwegian, Dutch, Spanish and Italian; "a full time job based in our NYC headquarters".
_OFFICE = (r"(?:office|offices|headquarters|HQ|studio|locaux|bureaux?|Büro|Büros|Standort|kontor|kontoret|lokaler"
           r"|kantoor|oficinas?|sede|uffici|ufficio"
           # where hands work: "our workshop based in Goole", "unsere Werkstatt in Köln", "notre atelier à Lyon"
           r"|workshop|factory|plant|warehouse|store|shop|clinic|practice|restaurant|hotel|lab|laboratory"
           r"|Werkstatt|Praxis|Filiale|Betrieb|atelier|usine|entrepôt|magasin|taller|fábrica|tienda|werkplaats|fabriek|winkel)")
_JOB_BASED = (r"\b(?:job|role|position|post|poste|vacancy)\s+(?:is\s+|est\s+)?(?:based|basée?|located|située?)"
              r"\s+(?:in|at|à)\s+")
_PLACE_WORDS = r"(?P<place>\w[\w'’.-]{0,30}(?:[ -]\w[\w'’.-]{0,30}){0,2}(?![\w'’.-]))"  # capitalised: checked after
# the business itself, or a compound naming it ("ons eco-vriendelijke fietskoeriersbedrijf in Amsterdam")
_BUSINESS = r"(?:company|business|\w*(?:bedrijf|onderneming|unternehmen|firma|entreprise|empresa|azienda|virksomhed|företag))"
# an office or a life "in the heart of" a town: "Een kantoor in hartje Amsterdam", "au cœur de Lyon"
_HEART_OF = (r"\b(?:in|at)\s+the\s+heart\s+of\s+|\bin\s+hartje\s+|\bau\s+c(?:œ|oe)ur\s+de\s+|\bim\s+Herzen\s+von\s+"
             r"|\ben\s+el\s+corazón\s+de\s+|\bnel\s+cuore\s+di\s+")
# A word praising the town before its name: "We are based in tropical Singapore", "in sunny San Diego"; or saying where in
# it: "downtown San Francisco" (not "new": "New York"; nor "central": "Central America").
_SCENERY = (r"(?:(?:sunny|beautiful|tropical|vibrant|historic|lovely|picturesque|bustling|scenic|charming|quiet|cosy|cozy"
            r"|bright|spacious|modern|downtown)\s+)?")
# the place's name, after a word praising it, and its region or country after a comma
_PLACE_NAMED = rf"{_SCENERY}{_PLACE_WORDS}(?:,\s*(?P<region>\w[\w'’.-]{{0,30}}(?: \w[\w'’.-]{{0,30}})?))?"
_PLACE_AFTER = re.compile(
    # "We are headquartered in Reston VA", "I am located in West Des Moines" (a person hiring a tutor); "1 Position
    # available in Kanpur"
    rf"(?:{_JOB_BASED}|\b(?:we(?:['’]re|\s+are)|I['’]m|I\s+am)\s+(?:located|based|headquartered)\s+in\s+"
    r"|\b(?:positions?|openings?|vacanc(?:y|ies))\s+(?:available|open)\s+in\s+"
    r"|\bhead\s+office\s+(?:is\s+)?(?:based|located)\s+in\s+"  # "Head Office based in South Sydney"
    rf"|{_HEART_OF}|\bam\s+Standort\s+"  # German: "am Standort Frankfurt am Main"
    # its own offices in the town's centre: "Des bureaux aisément accessibles dans le centre de Bruxelles", "our studio sits in
    # the city centre of Leeds" (not "a hub in the centre of Europe", a customer's "clinic in the centre of London" nor an
    # "induction workshop in the centre of Birmingham")
    r"|\b(?:our|des|nos|notre|unsere?|onze|ons|nuestras?)\s+(?:offices?|bureaux|locaux|studio|Büros?|kantoor|oficinas?)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:(?:dans\s+le|au)\s+centre\s+de|in\s+the\s+(?:city\s+)?cent(?:re|er)\s+of"
    r"|im\s+Zentrum\s+von|in\s+het\s+centrum\s+van|en\s+el\s+centro\s+de)\s+"
    rf"|\b(?:our|nos|notre|unserem|unseren|vores|vårt|vort|onze|ons|nuestras?|nuestros?|nostr[aoei])\s+"
    rf"(?:{_OFFICE}|(?:[\w-]+\s+){{0,2}}{_BUSINESS})(?:\s+(?:are|is))?(?:\s+(?:located|based))?"  # "our offices are located in"
    rf"\s+(?:in|à|i|en|im|a)\s+){_PLACE_NAMED}",
    re.IGNORECASE)
# A recruiter's line of the job's facts: "Based in Greater Western Sydney – onsite parking"; its capital says a line begins
# there, where the page's lines run together (written apart from the rest: a case kept in a regex ignoring case is slow).
_BASED_LINE = re.compile(rf"\bBased\s+(?:{_HEART_OF}|in\s+){_PLACE_NAMED}")
# ("… based in our NYC headquarters"; "applications for our San Diego office", "join our team in our Berlin
# office", "to work out of our San Diego office", "work from our quiet Nairobi office")
_PLACE_BEFORE_OFFICE = re.compile(rf"(?:{_JOB_BASED}(?:our|the)|\b(?:for|in|at|from|out\s+of)\s+our)\s+{_SCENERY}{_PLACE_WORDS}"
                                  rf"\s+{_OFFICE}\b", re.IGNORECASE)
# The town after an office named by its street or quarter: "at our Finsbury Square office in London".
_OFFICE_IN_TOWN = re.compile(rf"\s+in\s+{_PLACE_WORDS}")
# The employer's office, by its name, in a town it names: "hack’s Sofia office is growing" (only a town GeoNames lists: not
# "Apple's App Store"), "Code for America’s offices are located in downtown San Francisco"; not a client's or a parent
# company's ("Deloitte's Dublin office"). (The possessive's mark first: a pattern beginning with any word is slow.)
_OWNERS = r"(?<=\w)['’]s\s+"
_OWNERS_OFFICE = re.compile(rf"{_OWNERS}{_PLACE_WORDS}\s+(?:office|offices|headquarters|HQ)\b")
_OWNERS_OFFICES_IN = re.compile(rf"{_OWNERS}(?:offices?|headquarters|HQ)(?:\s+(?:are|is))?\s+(?:located|based)\s+in\s+"
                                rf"{_PLACE_NAMED}", re.IGNORECASE)
# The town an employer hiring is in, said before it hires: "The Grunwald lab (USDA ARS) in Corvallis OR is hiring a …".
_HIRING_IN = re.compile(rf"\bin\s+{_PLACE_WORDS}\s+(?:is|are)\s+(?:hiring|seeking|looking\s+for|recruiting)\b")


# The small words inside a town's name: "Frankfurt am Main", "Halle an der Saale", "Castellón de la Plana".
_NAME_PARTICLES = {"am", "an", "der", "de", "la", "del", "di", "upon", "sur", "im"}


_POSSESSIVE = re.compile(r"^(?P<name>.+?)['’]s$")


def _capitalised_name(words: list[str]) -> str:
    """The name the first words make: capitalised, or small words between capitalised ones; a name owning what
    follows ends there, without its "'s" ("Ulaanbaatar" of "Ulaanbaatar’s central business district")."""
    name = []
    for at, word in enumerate(words):
        if not word[:1].isupper() and not (word in _NAME_PARTICLES and any(later[:1].isupper() for later in words[at + 1:])):
            break
        if owner := _POSSESSIVE.match(word):
            name.append(owner["name"])
            break
        name.append(word)
    while name and name[-1] in _NAME_PARTICLES:
        name.pop()
    return " ".join(name)


def workplace_in_sentence(page: Page) -> str:
    """The town a sentence says the job is done in, or the employer's office is in ("NYC" in "a full
    time job based in our NYC headquarters", "Grenoble" in "nos locaux à Grenoble"); "" where none."""
    return _town_in_sentence(page, (_PLACE_BEFORE_OFFICE, _PLACE_AFTER, _BASED_LINE, _HIRING_IN))


def employers_office_in_sentence(page: Page, employer: str) -> str:
    """The town of the employer's office, by its name ("Sofia" in "hack’s Sofia office" where the employer is hack); ""
    where none, or where no employer is known."""
    return _town_in_sentence(page, (_OWNERS_OFFICE, _OWNERS_OFFICES_IN), employer) if employer else ""


def _town_in_sentence(page: Page, patterns, owner: str = "") -> str:
    """The town the first of the patterns finds in the page's text (said of the owner's office, where one is given)."""
    for pattern in patterns:
        for found in pattern.finditer(page.body_text):
            if owner and not _owned_by(page.body_text[:found.start()], owner):
                continue
            place, region = (SENTENCE_END.split(said or "")[0] for said in (found["place"], found.groupdict().get("region")))
            town = _capitalised_name(re.split(r"(?<=\w) (?=\w)", place)).rstrip(".")
            if pattern is _PLACE_BEFORE_OFFICE and not names_a_town(town) \
                    and (after := _OFFICE_IN_TOWN.match(page.body_text, found.end())) \
                    and names_a_town(named := _capitalised_name(SENTENCE_END.split(after["place"])[0].split()).rstrip(".")):
                return named  # the town the office is in, not its street: "our Finsbury Square office in London"
            if town.casefold() in _KINDS_OF_OFFICE or pattern is _OWNERS_OFFICE and not names_a_town(town) \
                    or pattern is _PLACE_BEFORE_OFFICE and not names_a_town(town) and _UNITS_NAMED.search(town):
                # "from our Main Office", "our Head Office team"; "for our Innovation Lab", a unit's name (not a quarter's:
                # "our Clerkenwell studio", "our Leith warehouse")
                continue
            if town and town == place and region:
                in_full = f"{town}, {region.rstrip('.')}"  # "Troy, NY"
                return in_full if names_a_place(in_full) else town
            if (coded := _TOWN_AND_CODE.match(town)) and names_a_place(in_full := f"{coded['town']}, {coded['code']}"):
                return in_full  # "Corvallis, OR" of "Corvallis OR"
            if town:
                return town
    return ""


def _owned_by(before: str, employer: str) -> bool:
    """Whether the words before a possessive's "'s" are the employer's name, whole ("Code for America"; not "Acme Capital"
    where the employer is "Capital": the word before it no sentence's)."""
    named = re.search(rf"(?:^|\n[ \t]*|(?P<word>\S+)[ \t]+){re.escape(employer)}$", before[-(len(employer) + OWNER_SLACK):],
                      re.IGNORECASE)  # (a line's first word: a sentence's)
    word = (named["word"] or "") if named else ""
    return bool(named) and (not word[:1].isupper() or word.endswith((".", "!", "?", ":", ";", ",")) or word in _SENTENCE_OPENERS)


OWNER_SLACK = 40  # characters before the possessive read past the name's length (the word before it)
_SENTENCE_OPENERS = {"Join", "At", "In", "With", "From", "The", "About", "Our"}


_KINDS_OF_OFFICE = {"main", "head", "central", "new", "regional", "corporate", "home", "branch", "local", "global", "field",
                    "front", "back", "registered", "mobile", "virtual", "satellite", "sales", "remote"}
# words naming a unit by what it does, not by where it is: "Innovation Lab", "Design Studio", "Flagship Store"
_UNITS_NAMED = re.compile(r"\b(?:innovation|research|design|creative|digital|data|ai|discovery|concept|flagship|test|testing"
                          r"|development|engineering|product|learning|experience)\b", re.IGNORECASE)
_TOWN_AND_CODE = re.compile(r"^(?P<town>.+?)\s+(?P<code>[A-Z]{2})$")  # a town and its state's code, no comma between


# A sentence saying the role itself is remote: "This is a remote(, full-time) position", "The internship is remote.", "The
# position is fully remote" (not "… is remote-friendly", "… remote for now", "… remote for the first two weeks"; nor the
# team's: "most of our team works fully remote").
_ROLE_REMOTE_WORDS = (r"\bthis\s+is\s+a\s+(?:fully\s+|100\s?%\s+)?remote,?\s+(?:(?:full|part)[\s-]time\s+)?"
                      r"(?:position|role|job|opportunity)\b"
                      r"|\b(?:the|this)\s+(?:role|position|job|post|internship)\s+is\s+(?:fully\s+|100\s?%\s+|entirely\s+)?"
                      r"remote(?=\s*[.,;!]|\s+(?:and|but|so)\b|$)"
                      # "This is a full-time opportunity located remotely."
                      r"|\b(?:position|role|job|opportunity)\s+(?:is\s+)?located\s+remotely\b")
_ROLE_REMOTE = re.compile(_ROLE_REMOTE_WORDS, re.IGNORECASE)
# A sentence saying the work is all done from home: "join our small, fully remote team", "100% remote", "The ED can
# live anywhere in the world – remote working is the standard"; or the role itself.
_ALL_REMOTE = re.compile(r"\b(?:fully|100\s?%|entirely|completely|komplett|vollständig|volledig|helt)[\s-]+remote\b"
                         r"|\b100\s?%\s+remot[oa]\b"  # (Spanish, Italian, Portuguese: "100% remoto")
                         # "100% ability to work remotely", "work 100% remotely"
                         r"|\b100\s?%\s+(?:ability\s+to\s+)?work(?:ing)?\s+remotely\b|\bwork\s+100\s?%\s+remotely\b"
                         r"|\bremote[\s-]+only\b"  # (German, Dutch, Scandinavian: "Wir arbeiten komplett remote")
                         r"|\b(?:can|may)\s+(?:live|work|be\s+based)\s+anywhere\b"
                         # (not "anywhere in the US": remote within a country the reader would have to name)
                         r"|\b(?:can|may)\s+be\s+located\s+anywhere\b(?!\s+in\b)"
                         r"|\bremote\s+(?:working|work)\s+is\s+the\s+(?:standard|norm)\b"
                         # "We work remotely.", "The work is performed remotely.", Czech "Pracujeme vzdáleně." (we work
                         # remotely), each a whole sentence (not "Sometimes we work remotely", "… on Fridays"); Russian
                         # "удаленный формат работы" (the remote format of work, offered)
                         r"|(?:^|[.!?]\s+)(?:we\s+(?:all\s+)?work|the\s+work\s+is\s+(?:performed|done)|pracujeme)\s+"
                         r"(?:remotely|vzdáleně)(?=\s*[.!]|$)"
                         rf"|{_ROLE_REMOTE_WORDS}"
                         # Swedish: "Praktiken sker på distans." (the internship is done remotely; not "Hela processen sker på
                         # distans", the hiring's); "… och helt på distans." (fully remote) ending a sentence (not "… helt på
                         # distans två dagar i veckan", two days a week)
                         r"|(?:^|[.!?]\s+|\n\s*)(?:praktiken|tjänsten|arbetet|jobbet)\s+(?:sker|utförs)\s+(?:helt\s+)?på\s+distans"
                         r"(?=\s*[.!]|$)|\bhelt\s+på\s+distans(?=\s*[.!]|$)"
                         r"|\bудал[её]нный\s+формат\s+работы\b"
                         rf"|{FULLY_REMOTE_JA}", re.IGNORECASE)


def place_in_sentence(page: Page) -> str:
    """The first town with its region or country that the page's text puts something in ("our
    team in Istanbul, Turkey"), else "Remote" where a sentence says the work is fully remote, else
    a town alone a sentence names, where a job's place is written nowhere else ("" where none)."""
    places = (" ".join(found["place"].split()) for found in _IN_PLACE.finditer(page.body_text))
    return next((place for place in places if names_a_place(place)), "") or (
        "Remote" if says_all_remote(page.body_text) else "") or _town_said(page)


# a negation a few words before it, in the same clause: "No es un puesto 100% remoto", "This role is not fully remote" (not
# "No office, no commute: this role is 100% remote", "… or not, this role is fully remote")
_NEGATED = re.compile(r"\b(?:not|no|nicht|kein|pas|não|non|inte|ej|ikke|niet)(?:\s+[\w'’]+){0,3}\s*$", re.IGNORECASE)


def _said_not_negated(pattern: re.Pattern, text: str) -> bool:
    """Whether the text says what the pattern finds at least once without a negation a few words before it."""
    return any(not _NEGATED.search(text, max(0, found.start() - 60), found.start()) for found in pattern.finditer(text))


def role_said_remote(text: str) -> bool:
    """Whether a sentence says the role itself is done remotely, not that it is not ("This is not a remote role")."""
    return _said_not_negated(_ROLE_REMOTE, text)


def says_all_remote(text: str) -> bool:
    """Whether a sentence says the work is all done remotely, not that it is not ("No es un puesto 100% remoto")."""
    return _said_not_negated(_ALL_REMOTE, text)


# A town a sentence puts something in, in the languages of the pages read: "Vi ansetter både i Trondheim og Oslo",
# "Une présence régulière à Paris est demandée", "une vacante … en Rio de Janeiro".
# (not the first of a list: "in Seattle, Madrid, and remote"; nor, its second word held, the first word of a list's first
# name: "Drug" of "involved in Drug Metabolism, Pharmacokinetics …"; a name joined by "am" or "de" may give its first word:
# "Offenbach" of "in Offenbach am Main, Hessen"); Russian writes the town after "г." (город, town): "В офис г. Ярославль"
_IN_TOWN_SAID = re.compile(r"(?:\b(?:in|à|en|em|i|im)\s+|(?<!\w)г\.\s*)(?P<town>[A-ZÀ-ÞА-ЯЁ][\w'’-]+"
                           r"(?:[ \t]+(?:de|do|da|am|an|der|del|di|la)[ \t]+[A-ZÀ-Þ][\w'’-]+|(?:[ \t]+[A-ZÀ-Þ][\w'’-]+)?+))\b"
                           r"(?!,\s*[A-ZÀ-Þ])")


def _town_said(page: Page) -> str:
    """The first town GeoNames lists that a heading over the ad puts something in ("Wir suchen Verstärkung in Hannover",
    though the site's home link says "… in Hannover" too), else a sentence of the ad, not one a link's words name
    (another post's title: "Pollicott's seminar in Pisa"); "" where none."""
    headed = (found["town"] for node in headings_over_ad(page) if not any(parent.tag == "a" for parent in parents(node))
              for found in _towns_in(node_text(node), page))
    if town := next(headed, ""):
        return town
    towns = _towns_in(page.body_text, page)
    if (first := next(towns, None)) is None:
        return ""  # (the links read only where a sentence names a town)
    linked = {found[0] for link in page.css("a") for found in _IN_TOWN_SAID.finditer(node_text(link))}
    return next((found["town"] for found in chain([first], towns) if found[0] not in linked), "")


def _towns_in(text: str, page: Page):
    """The towns GeoNames lists that the text puts something in."""
    # (Dutch's "en" is "and": "vloeiend in het Nederlands en Engels", in Dutch and English, names no town "Engels")
    dutch = page.language in ("nl", "af")
    return (found for found in _IN_TOWN_SAID.finditer(text)
            if names_a_town(found["town"]) and not (dutch and found[0].startswith("en")))


def as_shown(page: Page, structured: str, remote: bool = False) -> str:
    """The structured data's place as the page shows it: a workplace named under a label where it
    says more, else the same town as an element marks it up; "Remote" for a posting for remote work naming a town too (its
    office's: "Chicago, IL", jobLocationType TELECOMMUTE) where the line of facts under the heading says only that."""
    place = _shown(page, structured)
    return "Remote" if remote and place and place_in_byline(page) == "Remote" else place


def _shown(page: Page, structured: str) -> str:
    shown = WORK_MODE_AFTER.sub("", location_in_markup(page) or labelled_facts(page).location or place_under_heading(page))
    if not structured:  # the data names no town its parts are read for (Coloplast's: a street alone)
        return _labelled_place(page) or shown
    if ";" in structured and shown.count(";") == structured.count(";"):
        return shown  # as many places as the data lists: the page's words for them ("CA, USA" for "California, USA")
    place = _same_town(shown, structured)
    return _more_precise(_labelled_place(page), place if place != structured else _parts_written(page, structured))


def _parts_written(page: Page, structured: str) -> str:
    """A structured place ("Gdynia, Pomorskie") without the parts after its town that the page
    never writes: the data's region, which no one reading the page sees ("Gdynia"); a code the page
    spells out after the town stays ("Albany, NY" where the page writes "Albany, New York")."""
    town, *rest = structured.split(", ")
    if ";" in structured or not rest or not _written(town, page.body_text):
        return structured
    lowered = page.body_text.lower()
    return ", ".join([town, *(part for part in rest if _written(part, page.body_text) or any(
        _written(f"{town.lower()}, {name}", lowered) for name in spelled_out(part)))])


def _written(words: str, text: str) -> bool:
    """Whether the text writes the words whole ("CA" in "Toronto, CA", not in "CAREERS")."""
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text) is not None


def _same_town(shown: str, structured: str) -> str:
    """The structured data's place as the page shows it, where both name the same town first
    ("Kalubowila, Sri Lanka" shown for "Kalubowila, Western"; "Graz" for "Graz, Steiermark"), or
    the page's begins with the whole of the data's ("愛知県 名古屋市 昭和区鶴舞2丁目" for "愛知県名古屋市")."""
    if structured and "".join(shown.split()).startswith("".join(structured.split())):
        return shown
    return shown if (town := _town(structured)) and _town(shown) == town else structured


# What follows a town's name in the same part: its district ("Uetze/Hänigsen"), the city it is near
# ("Uetze bei Hannover", "Chessy près de Paris").
_TOWNS_SURROUNDINGS = re.compile(r"\s*/.*|\s+(?:bei|b\.|nahe|near|près\s+de|nabij|vicino\s+a)\s.*", re.IGNORECASE)


def _town(place: str) -> str:
    """A place's first part without what brackets add or its surroundings: "amersfoort" for
    "Amersfoort (NLD)", "uetze" for "Uetze bei Hannover" and for "Uetze/Hänigsen"."""
    return _TOWNS_SURROUNDINGS.sub("", re.sub(r"\s*\([^)]*\)", "", place.split(",")[0])).strip().lower()


def _more_precise(named: str, structured: str) -> str:
    """The workplace the page names ("Finch Yard, 1026 Finch Avenue West, Toronto") where it says
    more than the structured data's town ("Toronto, ON, CA"): a street address, or the same town
    with more to it. A remote job keeps what the data says."""
    if not named:
        return structured
    town = structured.split(",")[0].strip().lower()
    more_precise = bool(re.search(r"\d", named)) or (bool(town) and town in named.lower() and len(named) > len(structured))
    return named if more_precise and "remote" not in named.lower() else structured
