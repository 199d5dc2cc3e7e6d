"""Whether a name written by people is the one an address spells: "Bluefin Health" and
bluefinhealth.org, "Digital Wave Finance AG" and apply.workable.com/dwf/, "Mercy Health Partners
Inc." and mercyhp.org. Invites (the organiser's domain) and pages (the site's address, an
applicant-tracking account) both ask it.
"""

from __future__ import annotations

import re
import unicodedata


def squeezed(text: str) -> str:
    """Letters and digits only (of any script), lower case, accents dropped: "Lumière-Conseil" ->
    "lumiereconseil", "Ромашка" -> "ромашка"."""
    decomposed = unicodedata.normalize("NFKD", (text or "").lower())
    return "".join(char for char in decomposed if char.isalnum())


def words_in(text: str) -> set[str]:
    """A text's words, without case or order ("javascript", "node", "js" and "developer" of "JavaScript,
    Node.js Developer")."""
    return set(re.findall(r"\w+", (text or "").casefold()))


def spells(spelled: str, written: str) -> bool:
    """Whether the name an address spells is the name as written: the same letters, one the
    start of the other ("bsteam" for "BS-Team SA"), or the starts of its words in turn
    ("mercyhp" for "Mercy Health Partners", "dwf" for "Digital Wave Finance AG"), an ampersand as
    the address spells it out ("codeandco" for "code & co.")."""
    if "&" in written and spells(spelled, written.replace("&", " and ")):
        return True
    short, name = squeezed(spelled), squeezed(written)
    if not short or not name:
        return False
    if short == name or (min(len(short), len(name)) >= 4 and (short.startswith(name) or name.startswith(short))):
        return True
    if min(len(short), len(name)) >= 6 and (short.endswith(name) or name.endswith(short)):
        return True  # "Y Combinator's Work at a Startup" at workatastartup.com
    words = [squeezed(word) for word in re.split(r"[\s\-_.&/]+", written) if squeezed(word)]
    return len(short) >= 3 and _starts_of_words(short, words)


def _starts_of_words(short: str, words: list[str]) -> bool:
    """Whether `short` is the starts of the first words, each at least a letter, in turn."""
    if not short:
        return True
    if not words:
        return False
    first = words[0]
    return any(short.startswith(first[:size]) and _starts_of_words(short[size:], words[1:])
               for size in range(min(len(first), len(short)), 0, -1))


_WORDS = re.compile(r"[^\W_](?:[\w&.'’-]*[^\W_])?")


# What a start-up's address may put before its name: getrobincare.com, tryflink.com, joinacme.com.
_ADDRESS_VERB = re.compile(r"^(?:get|try|use|join|hey|hello|meet)(?=\w{4})")


# A company's form after the name an address spells: "cloudwaveinc", "acmehq" (not "group": "sparkgroup" is no "Spark").
_ADDRESS_FORM = re.compile(r"(?<=\w{4})(?:inc|llc|corp|ltd|gmbh|hq)$")


def _spellings(spelled: str) -> dict[str, None]:
    """The name an address spells, and without a verb before it ("robincare" for getrobincare) or its company's form
    after it ("cloudwave" for cloudwaveinc), in order."""
    bare = _ADDRESS_VERB.sub("", spelled)
    return dict.fromkeys((spelled, bare, _ADDRESS_FORM.sub("", spelled), _ADDRESS_FORM.sub("", bare)))


def written_as(spelled: str, texts) -> str:
    """How the texts write the name an address spells: the first one to four words with its
    letters and no others ("OpenAI" in "© 2026 OpenAI" for openai, "The Modern Data Company" for
    themoderndatacompany, "Robin Care" for getrobincare; "" where none)."""
    texts = [_WORDS.findall(text or "") for text in texts]
    for spelling in _spellings(spelled):  # (the whole name first, in any text, then the name without the verb or the form)
        for words in texts:
            for size in (1, 2, 3, 4):
                for start in range(len(words) - size + 1):
                    if squeezed(written := " ".join(words[start:start + size])) == spelling:
                        return written
    return ""


def written_in_text(spelled: str, text: str) -> str:
    """How running text writes the name an address spells in two words or more, capitalised as a
    name is ("Robin Care" in "October 1, 2017 by Robin Care" for getrobincare; not "Remote" opening
    a sentence at remote.example); "" where it never does. One pass over the text for each
    spelling, as the text may be long."""
    for spelling in _spellings(spelled):
        if len(spelling) < 3:
            continue
        pattern = re.compile(r"(?<![\w&'’.-])" + r"[\s.&'’-]{0,2}".join(map(re.escape, spelling)) + r"(?![\w&'’-])",
                             re.IGNORECASE)
        written = (match[0] for match in pattern.finditer(text))
        if found := next((name for name in written if len(words := _WORDS.findall(name)) >= 2
                          and all(len(word) >= 2 and not word[0].islower() for word in words)), ""):
            return found
    return ""


# A sentence's end after a word of four letters or more, not an abbreviation's ("Co.", "Inc.", "St."): a
# title's full stop after a name ("Product Designer at Dogstudio."), a slogan's ("Einfach. Innovativ. Persönlich.").
FULL_STOP = r"(?<=[^\W\d_]{4})[.!?]"

# A company's legal form after its name: "Coloplast A/S", "Initech GmbH", "Presidio, Inc".
_LEGAL_FORMS = (r"A/S|ApS|ASA|AB|Oyj?|g?GmbH(?:\s*&\s*Co\.?\s*KG)?|AG|SE|KG|S\.?A\.?S?|S\.?L\.?|S\.?p\.?A\.?|S\.?r\.?l\.?"
                r"|B\.?V\.?"
                # German's small companies, partnerships and registered associations: "Family Care Lemke UG", "… e.V."
                r"|UG(?:\s*\(haftungsbeschränkt\))?|OHG|GbR|KGaA|e\.\s?V\.|e\.\s?K\."
                r"|N\.?V\.?|Co\.?,?\s*Ltd\.?|Ltd\.?|Limited|PLC|Inc\.?|P?LLC|LLP|Corp\.?|Co\.?|Pty\.?\s+Ltd\.?"
                r"|Sp\.\s*z\s*o\.\s*o\."
                # India's, Singapore's and Malaysia's private companies
                r"|(?:Pvt\.?|Private)\s+(?:Ltd\.?|Limited)|Pte\.?\s+Ltd\.?|Sdn\.?\s+Bhd\.?")
_LEGAL_FORM = re.compile(rf"(?:,\s*|\s+)(?:{_LEGAL_FORMS})$", re.IGNORECASE)  # (after a comma, a space or none: "HeteroDB,inc")
# The same in running text: one to five words written as a name, then the form ("… the liabilities of
# Hornbeck Offshore Services, Inc. and subsidiaries"), on one line (not a menu's last words before it: "Careers
# Company\nContact Info\nVentory BV").
_NAME_WORD = r"(?:(?:[A-Z]\.)+|[A-Z][\w&'’-]*)"  # "Hornbeck", "J.W."; a word ending a sentence ("Berlin.") ends the name
_NAMED_WITH_LEGAL_FORM = re.compile(rf"(?<![\w&'’.-])(?:{_NAME_WORD}[^\S\n]+){{0,4}}{_NAME_WORD},?[^\S\n]+"
                                   rf"(?:{_LEGAL_FORMS})(?!\w)")


# The same in Japanese, Chinese and Korean, before or after the name: 株式会社 (kabushiki kaisha), 有限公司.
# (Korean: "(주)", "㈜" and "주식회사", a joint-stock company; "(유)", a limited one)
_LEGAL_FORM_CJK = re.compile(r"株式会社|有限会社|合同会社|医療法人|社会福祉法人|股份有限公司|有限公司|\(주\)|㈜|주식회사|\(유\)|유한회사")
_LEGAL_FORM_CJK_EDGE = re.compile(rf"^(?:{_LEGAL_FORM_CJK.pattern})\s*|\s*(?:{_LEGAL_FORM_CJK.pattern})$")


# The same in Russian, Ukrainian and Kazakh, before the name, which is quoted: "ООО «Стэк»" (a limited company),
# "АО «Initech»" (a joint-stock one), "ТОВ «…»", "ТОО «…»".
_LEGAL_FORM_BEFORE = re.compile(r"^(?:ООО|ОАО|ЗАО|ПАО|АО|ТОО|ТОВ|ПрАТ|ИП|ГУП|МУП|ФГУП)(?:\s+ЧОП)?\s+"
                                r"[«\"“„](?P<name>[^»\"”“]+)[»\"”“]$")
# The same in Vietnamese, before the name, unquoted: "Công ty TNHH Truyền Thông Angeline" (a limited company), "Công ty Cổ
# phần …", "CTCP …" (a joint-stock one), "Ngân hàng TMCP …" (a joint-stock commercial bank).
_LEGAL_FORM_FIRST = re.compile(r"^(?:công\s+ty\s+(?:tnhh|cổ\s+phần|cp)(?:\s+(?:mtv|một\s+thành\s+viên))?|ctcp|ngân\s+hàng\s+tmcp)"
                               r"\s+(?P<name>\S.*)$", re.IGNORECASE)


# A word that names an institution employing people, in the languages of the pages read: "KTH Royal
# Institute of Technology", "Universität Wien", "Leibniz-Institut für …", "Boston Children's Hospital".
_INSTITUTION = re.compile(r"\b(?:universit(?:y|ies|é|ät|à|eit|ad|at|et)|institutet?|instituut|institut[eo]?|istituto"
                          r"|college|hochschule|[ée]cole|escuela|scuola|laborator(?:y|ies|ium|ire|io)|hospital|hôpital|klinikum"
                          r"|foundation|stiftung|fondation|fundación|fondazione|academy|akademie|académie|museum|ministry"
                          r"|ministerium|ministère"
                          # Russian, Ukrainian: university, institute, college
                          r"|университет|університет|институт|інститут|колледж|коледж)\b", re.IGNORECASE)
# A word naming a place that serves the public, which others may staff (a caterer's cook "based at Hollybank School"):
# a school, a council, a clinic, a practice (in a compound too: "Zahnarztpraxis Wedding"); Russian, Ukrainian: school,
# clinic, dentistry, gymnasium, lyceum, hospital. (Not a university's school: "School of Computer Science" is its unit.)
_SERVICE = re.compile(r"\b(?:school(?!\s+of\b)|schule|council|clinic|klinik|clinique|clínica|kliniek|\w*praxis"
                      r"|школа|клиника|клініка|стоматология|стоматологія|гимназия|гімназія|лицей|ліцей|больница|лікарня)\b",
                      re.IGNORECASE)
# Words that describe such a place without naming it: "A busy Dental Clinic", "the local Primary School".
_DESCRIBING = {"a", "an", "the", "our", "busy", "local", "small", "large", "new", "private", "public", "dental", "medical",
               "general", "family", "primary", "secondary", "high", "junior", "infant", "nursery", "grammar", "special",
               "city", "county", "district", "borough", "town", "parish", "community", "veterinary", "vet", "eye", "skin",
               "health", "children's", "independent", "state", "village", "of", "and", "&"}


def names_an_organisation(name: str) -> bool:
    """Whether a name says it is an organisation's: by a company's legal form, by a word naming an
    institution ("KTH Royal Institute of Technology", "Initech GmbH"), or as a named school, council,
    clinic or practice ("Kirklees Council"; not "a busy Dental Clinic")."""
    return names_an_institution(name) or bool(_SERVICE.search(name)) and any(
        word.casefold() not in _DESCRIBING and not _SERVICE.fullmatch(word) for word in name.split())


def names_an_institution(name: str) -> bool:
    """Whether a name says it is an organisation's by its legal form or a word naming an institution, not only a place
    serving the public that others may staff ("Hollybank School", where a caterer's cook is based)."""
    return has_legal_form(name) or bool(_INSTITUTION.search(name))


def has_legal_form(name: str) -> bool:
    """Whether a name carries a company's legal form ("Okaya Inc", "三井不動産ファシリティーズ株式会社")."""
    return without_legal_form(name) != name or bool(_LEGAL_FORM_CJK.search(name))


def only_a_legal_form(text: str) -> bool:
    """Whether a text is a legal form alone, no name before it ("GmbH", "Ltd.")."""
    return bool(_LEGAL_FORM.fullmatch(f" {text.strip()}"))


def names_with_legal_form(text: str) -> list[str]:
    """The companies a text names with their legal form, its abbreviation's dot kept ("Hornbeck Offshore Services, Inc.")."""
    return [found.group() for found in _NAMED_WITH_LEGAL_FORM.finditer(text or "")]


def without_legal_form(name: str) -> str:
    """A company's name without its legal form: "Presidio" for "Presidio, Inc", "ネットマイル" for "株式会社ネットマイル",
    "Стэк" for "ООО «Стэк»"."""
    if before := _LEGAL_FORM_BEFORE.match(name.strip()) or _LEGAL_FORM_FIRST.match(name.strip()):
        return before["name"].strip()
    return _LEGAL_FORM_CJK_EDGE.sub("", _LEGAL_FORM.sub("", name)) or name


def spaced_as_written(name: str, texts) -> str:
    """A name the data runs together as the texts space it ("株式会社ツクイ ツクイ倉敷訪問看護ステーション"
    where the data wrote "株式会社ツクイツクイ倉敷訪問看護ステーション"); the name otherwise."""
    glued = "".join(name.split())
    written = written_as(squeezed(name), texts) if glued else ""
    return written if "".join(written.split()) == glued else name


def as_known(legal_name: str, text: str) -> str:
    """The name people use for a company its data names with a legal form: "Coloplast" for
    "Coloplast A/S" where the text writes the one and never the other (the legal name otherwise)."""
    base = without_legal_form(legal_name)
    if base == legal_name or len(base) < 2 or legal_name in text:
        return legal_name
    return base if re.search(rf"(?<!\w){re.escape(base)}(?!\w)", text) else legal_name
