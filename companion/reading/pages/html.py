"""One parsed view of a snapshot's page, shared by every extractor that looks at it.

Parsing is selectolax's lexbor engine (see the package docstring for why). A page is
parsed once per snapshot even when several extractors read it.
"""

from __future__ import annotations

import json
import re
from functools import cached_property, lru_cache
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from companion.domain.addresses import is_web_url, site_label
from companion.domain.facts import Snapshot
from companion.reading.markup import parse_html
from companion.reading.names import squeezed
from companion.reading.roles import names_a_role
from companion.reading.pages.text import clean_text, html_to_text
from companion.reading.pages.urls import canonical_url, host, same_site


@lru_cache(maxsize=2)
def _parse(html: str) -> LexborHTMLParser:
    # Keyed on the html string itself: Python caches a string's hash, so a second extractor
    # asking for the same snapshot's tree costs a dictionary lookup, not a parse.
    return _without_brand_lines(_without_logo_headings(_without_own_links(parse_html(html))))


def node_text(node: LexborNode | None) -> str:
    """The visible text of an element on one line ("" for no element); a phrase a marquee repeats, once ("Jobba hos
    Oss — Jobba hos Oss — Jobba hos Oss —")."""
    if node is None:
        return ""
    # (without a separator left at its end: "Senior Machine Learning Engineer -", a template's dash before an empty field)
    said = clean_text(node.text(deep=True, separator=" "))
    if said.endswith(_SEPARATORS):
        said = _SEPARATOR_LEFT.sub("", said)
    if said.count("—") >= 2 and len(pieces := {piece for piece in _MARQUEE_MARK.split(said) if piece}) == 1:
        return pieces.pop()
    return said


_MARQUEE_MARK = re.compile(r"\s*—\s*")
_SEPARATORS = ("-", "–", "|")
_SEPARATOR_LEFT = re.compile(r"(?<=\w)\s+[-–|]$")


def block_text(node: LexborNode | None) -> str:
    """The readable text of a longer element (a description), one line per paragraph."""
    return html_to_text(node.html) if node is not None else ""


def parents(node: LexborNode):
    """The elements around a node, innermost first."""
    while (node := node.parent) is not None:
        yield node


# A home link's words, no one's name: "Home", "Startseite", "Accueil", "Inicio", "홈"; "logo" (a logo's
# alternative text saying only that it is one).
HOME_WORDS = {"home", "homepage", "home page", "start", "startseite", "accueil", "inicio", "início", "strona główna",
              "главная", "головна", "首页", "主页", "首頁", "ホーム", "トップ", "홈", "logo",
              # Vietnamese, Arabic, Turkish, Czech, Finnish, Danish and Norwegian, Swedish, Dutch, Italian, Hungarian
              "trang chủ", "الرئيسية", "الصفحة الرئيسية", "anasayfa", "ana sayfa", "úvod", "etusivu", "forside", "startsida",
              "hem", "startpagina", "pagina iniziale", "kezdőlap", "főoldal"}


def links_home(link: LexborNode) -> bool:
    """Whether a link leads to the site's home page, by its address or its words."""
    return link.attributes.get("href") == "/" or node_text(link).casefold() in HOME_WORDS


_BREAKS = {"br", "a", "button"}
# Elements that start a line of their own: words before one end the line ("Full time" in a header's
# first line over the job's place in a box under it).
_BLOCKS = {"p", "div", "ul", "ol", "dl", "dt", "dd", "table", "tr", "section", "article", "header", "footer",
           "h1", "h2", "h3", "h4", "h5", "h6"}


def words_before_break(node: LexborNode) -> str:
    """A value's words up to the first line break, link, button or block after them (its first
    line): the name over a company's description ("INFO MAX<br>Une agence…"), an address before its
    "map" and "copy" actions; a value that is a link ("<a>Initech</a>") is the link's words; a link
    inside the words goes on with them ("<a>愛知県</a> <a>名古屋市</a>昭和区鶴舞2丁目", each part a
    search for the place); a list's items are set apart by semicolons."""
    return next(lines_of(node), "")


def lines_of(node: LexborNode):
    """A value's lines, each read as words_before_break reads the first."""
    words: list[str] = []
    said = False  # whether the line so far has words, not only spaces
    for inner in node.traverse(include_text=True):
        if said and (inner.tag in _BLOCKS or inner.tag in _BREAKS and not (inner.tag == "a" and _words_follow(inner))):
            yield _one_line(words)
            words, said = [], False
        if inner.tag == "li" and said:
            words.append("; ")  # a list's items are as many values ("Region Hovedstaden; Region Sjælland")
        if inner.tag == "-text":
            words.append(text := inner.text(deep=False))
            said = said or bool(text.strip())
    if said:
        yield _one_line(words)


def _one_line(words: list[str]) -> str:
    # (without the mark before a list's item that opens a block of its own: "…, India; <li><p>Open for remote…</p>")
    return " ".join(" ".join(words).split()).replace(" ;", ";").replace(" ,", ",").rstrip(";")


def _words_follow(link: LexborNode) -> bool:
    """Whether words of their own (not another link's or a button's) follow a link in its parent."""
    following = link.next
    while following is not None and following.tag != "br":
        if following.tag == "-text" and following.text(deep=False).strip():
            return True
        following = following.next
    return False


CARD_LIMIT = 300  # characters: a card names a job, its place and a fact or two


def in_card(node: LexborNode) -> bool:
    """Whether an element sits in a link that says more than it: another job's card ("Project
    Manager · Placering: Tianjin" under "Related jobs")."""
    link = next((parent for parent in parents(node) if parent.tag == "a"), None)
    if link is None:
        return False
    said = node_text(link)
    # a link left open round the rest of an old page (BrassRing's) is no card
    return said != node_text(node) and len(said) <= CARD_LIMIT


# The classes hiding an element from sight ("location-tooltip-content hide": "This job is performed partly from
# home and partly at the office in: Santiago", shown on hovering the town; "visually-hidden", for screen readers).
_HIDDEN_MARK = re.compile(r"(?:^|\s)(?:hide|hidden|d-none|sr-only|visually-hidden|screen-reader-text|[\w-]*tooltip-content)"
                          r"(?:\s|$)")


def unseen(node: LexborNode) -> bool:
    """Whether an element's classes hide it from sight (a university's header heading "For Students, Faculty, and
    Staff" for screen readers only)."""
    return bool(_HIDDEN_MARK.search(node.attributes.get("class") or ""))


def hidden(node: LexborNode) -> bool:
    """Whether an element, or a box around it, is hidden until a script shows it: by its attribute, its style or its classes
    (a sign-in form on every page of a board)."""
    return any("hidden" in box.attributes or "display:none" in (box.attributes.get("style") or "").replace(" ", "")
               or unseen(box) for box in (node, *parents(node)))


# A dialog's box, drawn over the page once a button opens it ("modal-overlay", "modal-dialog", "<dialog>").
# (not "modal-open", Bootstrap's class on the body while a dialog is open)
_DIALOG_MARK = re.compile(r"(?:^|\s)modal(?:[-_](?!open\b)[\w-]+)?(?:\s|$)")


def in_dialog(node: LexborNode) -> bool:
    """Whether an element sits in a dialog a button opens (an application form's "Invia Candidatura", send your
    application, its title until a script writes in the job the button was for)."""
    return any(parent.tag == "dialog" or parent.attributes.get("role") == "dialog"
               or parent.tag not in ("html", "body") and _DIALOG_MARK.search(parent.attributes.get("class") or "")
               for parent in (node, *parents(node)))


def element_beside(node: LexborNode, side: str) -> LexborNode | None:
    """The element just before ("prev") or after ("next") a node, text, comments and rules between
    them skipped (a line drawn under a heading: "<h1>Data Engineer</h1><hr><p>St. Louis, MO</p>";
    "<!-- Text -->" before the line)."""
    while (node := getattr(node, side)) is not None and node.tag in ("-text", "-comment", "hr", "br"):
        pass
    return node


HEADING_DEPTH = 3  # boxes up from a heading to the one the line under it follows


def element_under(heading: LexborNode) -> LexborNode | None:
    """The element under a heading: the one after it, or after the box it ends (a heading alone
    in its box, or in a box within a box)."""
    return next((after for _, box in zip(range(HEADING_DEPTH), [heading, *parents(heading)])
                 if (after := element_beside(box, "next")) is not None), None)


def over_main_heading(page: Page) -> LexborNode | None:
    """The element right before the page's h1 (a kicker line or a heading over it), None where there is none."""
    heading = page.css_first("h1")
    return element_beside(heading, "prev") if heading is not None else None


def first_node(root, *selectors: str) -> LexborNode | None:
    """The first element, in selector order, that has some text."""
    if root is None:
        return None
    for selector in selectors:
        for node in root.css(selector):
            if node_text(node):
                return node
    return None


def first_text_in(root, *selectors: str) -> str:
    """The text of the first element, in selector order, that has some."""
    return node_text(first_node(root, *selectors))


TEXT_READ = 200_000  # characters of a page's visible text searched for what it says of itself
SOURCE_TAGS = {"script", "style", "noscript", "template"}  # elements whose text is code or markup, not shown


def headings_show(page: Page, title: str, in_part: bool = False) -> bool:
    """Whether an h1-h4 of the page holds the title's words, or (`in_part`) is a part of them
    ("Senior Engineer" shown for "Senior Engineer (m/w/d)")."""
    wanted = squeezed(title)
    headings = (squeezed(node_text(heading)) for heading in page.css("h1, h2, h3, h4"))
    return any(wanted in said or in_part and len(said) >= 4 and said in wanted for said in headings)


# A heading's link to itself that documentation sites draw after its words (Sphinx's and MkDocs's
# "headerlink", Jekyll's and VuePress's anchors): "Open positions #" reads "Open positions".
_OWN_LINKS = ", ".join(f"h{level} > a[href^='#']" for level in range(1, 7))
_LINK_MARKS = {"", "#", "¶", "§", "🔗", "¶#"}


def _without_own_links(tree: LexborHTMLParser) -> LexborHTMLParser:
    for link in tree.css(_OWN_LINKS):
        if link.text(strip=True) in _LINK_MARKS:
            link.decompose()
    return tree


def _without_logo_headings(tree: LexborHTMLParser) -> LexborHTMLParser:
    """The tree without the styles set in its body (an inline drawing's; Indeed's pane sets one inside the
    employer's name: no element's words), and with a heading that only holds the site's logo (a
    drawing or a picture, and at most the name the drawing is called by: "<h1><svg data-name='Hemmlis'>…
    </svg>Hemmlis</h1>") read as no heading: the page's heading is another."""
    for style in tree.css("body style"):
        style.decompose()
    for heading in tree.css("h1"):
        drawing = heading.css_first("svg, img")
        if drawing is None:
            continue
        called = squeezed(" ".join(drawing.attributes.get(name) or "" for name in ("alt", "data-name", "aria-label", "id")))
        words = squeezed(node_text(heading)).replace(squeezed(node_text(drawing)), "", 1)  # its words beside the drawing's
        if not words or words in called:
            heading.unwrap()
    return tree


# The marks that set a title's pieces apart: "Title | Site", "Title - Place", "Title｜Site" (Japanese's bar).
PIECES = re.compile(r"\s*[|｜❘│]\s*|\s+[-–—]\s+")


def _without_brand_lines(tree: LexborHTMLParser) -> LexborHTMLParser:
    """The tree with a heading's last line dropped where it is the name the document's title ends with, the site's, and
    its lines before are in the title's other pieces: the role's heading drawn over the brand ("<h1>Voorman<br>J de
    Jonge.</h1>" under "Voorman Vacature | J de Jonge"); not where that line names a role, or the title names the site
    first and the job last ("Wij zoeken een<br>Magazijnmedewerker" under "Van Dijk Transport | Magazijnmedewerker")."""
    title = tree.css_first("title")
    pieces = PIECES.split(title.text()) if title is not None else []
    brand, rest = (squeezed(pieces[-1]), squeezed(" ".join(pieces[:-1]))) if len(pieces) >= 2 else ("", "")
    for heading in tree.css("h1") if brand else ():
        children = list(heading.iter(include_text=True))
        breaks = [at for at, child in enumerate(children) if child.tag == "br"]
        before = squeezed(" ".join(child.text() for child in children[:breaks[-1]])) if breaks else ""
        if not before or before not in rest:
            continue
        last = children[breaks[-1] + 1:]
        said = " ".join(child.text() for child in last)
        if squeezed(said) == brand and not names_a_role(said):
            for child in [children[breaks[-1]], *last]:
                child.decompose()
    return tree


LANGUAGE_SPANS = 200  # at most, elements with a language of their own looked at: a bilingual page marks each line


def _language_of(tree) -> str:
    """The language the page says it is written in, its code alone ("nl" of "nl-BE"); "" where it says none."""
    root = tree.css_first("html")
    return ((root.attributes.get("lang") or "") if root is not None else "").split("-")[0].lower()


def _one_language_shown(tree, language: str) -> None:
    """Leave a page written in two languages side by side in one: where an element holds the same
    words in each ("<span lang='en'>UX Designer Internship</span><span lang='sv'>UX Designer
    Praktik</span>", one shown at a time), the one in the page's language (else the first) stays."""
    seen: set[int] = set()
    others: dict[int, LexborNode] = {}
    for node in tree.css("body [lang]")[:LANGUAGE_SPANS]:
        if node.mem_id in seen or node.parent is None:
            continue
        siblings = [child for child in node.parent.iter() if child.attributes.get("lang")]
        seen.update(child.mem_id for child in siblings)
        languages = [(child.attributes.get("lang") or "").split("-")[0].lower() for child in siblings]
        if len(set(languages)) >= 2:
            kept = languages.index(language) if language in languages else 0
            others.update((child.mem_id, child) for at, child in enumerate(siblings) if at != kept)
    # removed once all are chosen, each once: not one inside another already gone with it
    for node in others.values():
        if not any(parent.mem_id in others for parent in parents(node)):
            node.decompose()


# Latin ligatures text pasted from a PDF keeps ("our Lviv oﬃce"), as the letters they join.
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})


class Page:
    """A snapshot's HTML, parsed, with the lookups extractors need."""

    def __init__(self, snapshot: Snapshot):
        self.snapshot = snapshot
        self.url = snapshot.url or ""
        self.tree = _parse(snapshot.html or "")
        self.language = _language_of(self.tree)  # "nl" of <html lang="nl-BE">; "" where the page says none
        _one_language_shown(self.tree, self.language)
        self.menu_boxes: dict[int, bool] = {}  # whether each box classed as a menu is one (labelled.in_site_menus)
        self.site_marks: list[str] | None = None  # the names the site marks itself with (fallback._branded)
        self.section_heads: list[tuple[str, list[str], str, LexborNode]] | None = None  # its heads of an ad's sections
        self.copyright_owners: list[str] | None = None  # who its copyright lines name (fallback.copyright_owners)

    def css(self, selector: str) -> list[LexborNode]:
        return self.tree.css(selector)

    def css_first(self, selector: str) -> LexborNode | None:
        return self.tree.css_first(selector)

    def text(self, *selectors: str) -> str:
        return first_text_in(self.tree, *selectors)

    def main_headings(self) -> list[LexborNode]:
        """The page's h1s and h2s, or its h3s where it has neither (a newsletter's post: "POSTDOCTORAL POSITION")."""
        return self.css("h1, h2") or self.css("h3")

    def attr(self, selector: str, name: str) -> str:
        """An attribute of the first element matching the selector that has it."""
        for node in self.tree.css(selector):
            value = node.attributes.get(name)
            if value:
                return value.strip()
        return ""

    def meta(self, *names: str) -> str:
        """The content of the first of these meta tags (og:/twitter: property or name)."""
        for name in names:
            for attribute in ("property", "name", "itemprop"):
                value = clean_text(self.attr(f'meta[{attribute}="{name}"]', "content"))
                if value:
                    return value
        return ""

    @property
    def title(self) -> str:
        """The document title as the browser showed it."""
        return clean_text(self.snapshot.title) or self.text("title")

    @property
    def canonical_link(self) -> str:
        """The address the page declares for itself: its canonical link (which may be relative),
        else its og:url, which Open Graph writes whole ("https%3A%2F%2F…" is none)."""
        declared = self.meta("og:url")
        return self.attr('link[rel="canonical"]', "href") or (declared if is_web_url(declared) else "")

    @cached_property
    def domain(self) -> str:
        """The name the site's address spells: "jobindex" from www.jobindex.dk ("" for an address without one)."""
        return squeezed(site_label(host(self.url))) if "." in host(self.url) else ""

    @property
    def address(self) -> str:
        """The page's canonical address: the one it declares when that is on the same site,
        else the one it was captured at; tracking parameters dropped either way."""
        declared = urljoin(self.url, self.canonical_link) if self.canonical_link else ""
        if declared and same_site(declared, self.url):
            return canonical_url(declared)
        return canonical_url(self.url)

    def text_nodes(self):
        """The body's text nodes, in order (none where the page has no body)."""
        if self.tree.body is not None:
            yield from (node for node in self.tree.body.traverse(include_text=True) if node.tag == "-text")

    @cached_property
    def body_text(self) -> str:
        """The start of the visible text (where a search says what it found, or a copyright line
        names the site's owner), built once per page."""
        return " ".join(self._words_and_lines())[:TEXT_READ].translate(_LIGATURES)

    def _words_and_lines(self):
        """The body's texts in order, with a line's end where a block or a break begins, or a block ends: a heading's
        last words run into no next heading's ("Based in Leeds" over "Responsibilities"), a paragraph's into no link
        after it ("<p>© 2021 ASBISc Enterprises Plc</p><a>Экспортная политика</a>")."""
        if self.tree.body is None:
            return
        for node in self.tree.body.traverse(include_text=True):
            if (before := node.prev) is not None and before.tag in _BLOCKS:
                yield "\n"
            if node.tag == "-text":
                # a script's or a style's source is no text a reader sees: a template's ("'<h1>' + v.title + '</h1>'")
                # would read as the page's words, and a page's scripts would push its words past what is read
                if node.parent is None or node.parent.tag not in SOURCE_TAGS:
                    yield node.text_content or ""
            elif node.tag in _BLOCKS or node.tag in ("br", "li"):
                yield "\n"

    def script_with(self, marker: str) -> str:
        """The first inline script whose source contains the marker ("" if none)."""
        for node in self.tree.css("script"):
            source = node.text(deep=True)
            if marker in source:
                return source
        return ""

    def object_after(self, marker: str) -> dict:
        """The JSON object a script writes after the marker ("window._initialData=", ...);
        {} when there is none or it does not parse."""
        source = self.script_with(marker)
        start = source.find("{", source.find(marker)) if source else -1
        if start < 0:
            return {}
        try:
            found, _ = json.JSONDecoder(strict=False).raw_decode(source, start)
        except json.JSONDecodeError:
            return {}
        return found if isinstance(found, dict) else {}
