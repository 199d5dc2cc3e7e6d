"""Reads the company and the role an interview is for from its title, description and organiser.

Invite titles follow loose habits ("Interview with Acme for Data Engineer", "Jane Doe <> Acme -
Phone Screen", "Acme | Onsite | Staff Engineer"); descriptions sometimes say "Role: ...". The
organiser's email domain is the fallback for the company, unless it is a public mail service
or a hiring tool.
"""

from __future__ import annotations

import re

from companion.domain.addresses import domain_of, site_label
from companion.domain.drafts import HONORIFICS
from companion.domain.hosts import hiring_tool, is_meeting_service, is_public_mail
from companion.reading.invites.detection import hiring_words
from companion.reading.names import spells, squeezed
from companion.reading.roles import names_a_role, role_at_employer

_SEPARATORS = re.compile(r"\s+(?:-|–|—|\||<>|/|x)\s+|:\s+|\s*\|\s*")
# "Interview with Acme for Data Engineer", "Vorstellungsgespräch bei Hansa Bau GmbH", "Entretien
# d'embauche chez Lumière Conseil", "Colloquio presso Borealis per Sviluppatore Java"
_WITH_COMPANY = re.compile(
    r"(?:interview|screen|onsite|on-site|gespräch|entretien(?:\s+d['’]embauche)?|entrevista|colloquio|sollicitatiegesprek)"
    r"\s+(?:with|at|bei|mit|chez|avec|con|presso|bij|met)\s+(?P<company>.+?)"
    r"(?:\s+(?:for|für|pour|para|per|voor)\s+(?:the\s+|a\s+|an\s+|den\s+|die\s+|le\s+|la\s+|l['’]|el\s+|il\s+)?"
    r"(?:(?:position|poste|stelle|puesto|posizione|functie)\s+(?:of|de|d['’]|als|como|di|van)\s*)?(?P<role>.+?))?"
    r"\s*(?:$|[:|(\[]|\s[-–—]\s)",
    re.IGNORECASE,
)
# A title part "Backend Engineer at Quanta", "Projektleiter Bau (m/w/d) bei Hansa Bau GmbH".
# "for the Data Engineer role", "your interest in the Data Engineer position", "about the crew
# lead job"; "the position of UX Designer at Fjord Studio", "a role as Data Analyst"
_FOR_ROLE = re.compile(
    r"\b(?:(?:for|in)\s+(?:the\s+|a\s+|an\s+)?|about\s+(?:the|a|an)\s+)"
    r"(?P<role>(?!(?:the|a|an)\s)(?:(?!\b(?:for|in|about)\b)[^,.:;!?|()\n]){1,80}?)\s+(?:role|position|opening|job)\b"
    r"|\b(?:position|role|post|job|vacancy)\s+(?:of|as)\s+(?:an?\s+)?(?P<named>[^,.:;!?|()\n]+?)(?=\s+(?:at|with|in|for)\b|[,.:;!?()\n]|$)",
    re.IGNORECASE,
)
# Capitalised words after "at/with" that are not an employer: days, months, meeting tools.
_NOT_A_COMPANY = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
                  r"June|July|August|September|October|November|December|Microsoft Teams|Teams|Zoom|Google Meet|Webex)\b")
# The company in a sentence of the description: "your application for … at Fjord Studio", "thanks
# for applying to Diaz Landscaping". Capitalised words only, so the sentence's next words stay out.
_NAME_WORD = r"[A-ZÀ-Þ][\w&'’-]*(?:(?:\.[A-Za-z]+)+\.?)?"  # "Fjord", "Ørsted", "S.p.A."
_COMPANY_IN_SENTENCE = re.compile(
    r"\b(?:(?:appl(?:y|ying|ied|ication)|interest)\b[^.\n]{0,80}?\b(?:at|to|with)"
    r"|(?:role|position|job|opening)\b[^.\n]{0,80}?\b(?:at|with))\s+"
    rf"(?!{_NOT_A_COMPANY})(?P<company>{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|&|of|and))*)",
)
# A requisition number after the role: "Senior Financial Analyst (R-04521)", "Nurse [REQ 1234]"
# (capitals only before the digits, so "Nurse (Ward 123)" keeps its ward).
_REQUISITION = re.compile(r"[(\[] ?(?:[A-Z]{1,4}[-_ #]?)?#?\d{3,}+(?:-[A-Za-z0-9]+)?+ ?[)\]]$")
TITLE_LIMIT = 500  # characters of an invite's title read for its company and role
DESCRIPTION_LIMIT = 5_000  # and of its description: the sentences that name them come first
_ROLE_NOUN = re.compile(r"\s+(?:role|position|opening|job)$", re.IGNORECASE)  # "Data Analyst role"
_LABELLED = re.compile(
    r"(?:^|(?<=[.!?]\s))\s*(?P<label>company|employer|organi[sz]ation|role|position|job title|job)\s*:\s*"
    r"(?P<value>[^\n]+?)\s*(?:\.\s|\.?$)",
    re.IGNORECASE | re.MULTILINE,
)
# The team that sends invites, around the company's name in the organiser's display name:
# "Talent Acquisition - Bluefin Health", "Personalabteilung Müller GmbH", "Acme RH".
_TEAM_WORDS = re.compile(
    r"\b(?:talent\s+acquisition|talent|recruit(?:ing|ment|ers?)|careers?|hiring|human\s+resources|hr|people(?:\s+ops)?|"
    r"team|jobs|personalabteilung|personalwesen|personal|recrutement|ressources\s+humaines|rh|recursos\s+humanos|"
    r"reclutamiento|selección|werving(?:\s+en\s+selectie)?|risorse\s+umane)\b",
    re.IGNORECASE,
)
# "Acme (Senior Data Engineer)": a role in brackets after the company.
_BRACKETED_ROLE = re.compile(r"^(?P<outer>[^()]+?)\s*\((?P<inner>[^()]+)\)\s*$")
# Words beside "interview" that say its kind, not the company: "Phone interview", "Final round call".
_FILLER = re.compile(
    r"\b(?:with|at|for|the|a|an|and|round|call|chat|meeting|invite|invitation|phone|video|virtual|online|"
    r"in-person|tech(?:nical)?|initial|follow-up)\b",
    re.IGNORECASE,
)


def company_from_domain(email: str) -> str:
    """"Acme Robotics" from dana@careers.acme-robotics.co.uk; "" for public mail, hiring tools and
    video-meeting services."""
    domain = domain_of(email)
    if not domain or is_public_mail(domain) or hiring_tool(domain)[0] or is_meeting_service(domain):
        return ""
    return " ".join(part.capitalize() for part in re.split(r"[-_]", site_label(domain)) if part)


def company_email(emails: list[str]) -> str:
    """The first address that belongs to a company (not public mail, not a hiring tool)."""
    return next((email for email in emails if company_from_domain(email)), "")


def company_from_display_name(name: str, company_address: str) -> str:
    """The company in the organiser's display name: what is left beside the team's words
    ("Talent Acquisition - Bluefin Health"), or the whole name where it spells the company's
    domain ("Bluefin Health" for bluefinhealth.com). A person's name gives nothing."""
    rest = " ".join(re.sub(r"\s*[-–—|:@,/]\s*", " ", _TEAM_WORDS.sub(" ", name or "")).split())
    rest = re.sub(r"^(?:at|bei|chez|de|von|from|the)\s+|\s+(?:at|bei|chez|de|von|from)$", "", rest, flags=re.IGNORECASE)
    if not rest:
        return ""
    domain = squeezed(company_from_domain(company_address))
    if domain and (squeezed(rest) == domain or (domain.startswith(squeezed(rest)) and len(squeezed(rest)) >= 3)):
        return rest
    team_named = bool(_TEAM_WORDS.search(name or ""))
    return rest if team_named and not hiring_tool(domain_of(company_address))[0] and rest[:1].isupper() else ""


# How a company no one wrote in the invite was read, as the page panel says it.
GUESSED_FROM_DOMAIN = "from the organiser's e-mail address"


def read_company_and_role(
    title: str, description: str = "", company_address: str = "", people: list[str] | tuple[str, ...] = (),
    organizer_name: str = "",
) -> tuple[str, str, dict[str, str]]:
    """The company and the role, each "" when the invite does not show it, and what of them is a
    guess ({"company": how} when only the address spelled the company).

    ``company_address`` is an email of someone at the company (the organiser, or else an
    interviewer); ``people`` are the names of those invited, so a title part naming a person
    is not taken for a company. What people wrote (the title, the organiser's display name, the
    description) comes before what a domain spells; the domain is the last resort.
    """
    # Bounded: these patterns read a title and the start of a description, never a whole hostile one.
    title, description = (title or "")[:TITLE_LIMIT], (description or "")[:DESCRIPTION_LIMIT]
    written, role = _company_in_words_and_role(title, description, company_address, people, organizer_name)
    spelled = "" if written else company_from_domain(company_address)
    return written or spelled, role, {"company": GUESSED_FROM_DOMAIN} if spelled else {}


def _company_in_words_and_role(title: str, description: str, company_address: str, people, organizer_name: str):
    """The company where people wrote it (not what the address spells), and the role."""
    labelled = {m["label"].lower(): m["value"] for m in _LABELLED.finditer(description or "")}
    company = next((labelled[k] for k in ("company", "employer", "organisation", "organization") if k in labelled), "")
    role = next((labelled[k] for k in ("role", "position", "job title", "job") if k in labelled), "")

    match = _WITH_COMPANY.search(title or "")
    if match and not _names_a_person(match["company"], people):
        company = company or match["company"].strip()
        role = role or _ROLE_NOUN.sub("", (match["role"] or "").strip())
    parts_company, parts_role = _from_title_parts(title or "", company_address, people)
    role = role or parts_role or _role_in_sentence(title or "") or _role_in_sentence(description or "")
    in_description = ""
    for pattern in (_WITH_COMPANY, _COMPANY_IN_SENTENCE):
        match = pattern.search(description or "")
        found = re.sub(r"\s+(?:and|of|&)$", "", match["company"].strip()) if match else ""
        if found and not _names_a_person(found, people):
            in_description = found
            break
    return (company or parts_company or company_from_display_name(organizer_name, company_address)
            or in_description), _REQUISITION.sub("", role.strip()).rstrip()


def _role_in_sentence(text: str) -> str:
    match = _FOR_ROLE.search(text)
    return (match["role"] or match["named"]).strip() if match else ""


def _from_title_parts(title: str, company_address: str, people) -> tuple[str, str]:
    """Company and role from a title split at its separators ("Acme | Onsite | Staff Engineer")."""
    parts = []
    title = re.sub(r"^\s*\[([^\]]+)\]\s*", r"\1 | ", title)  # "[Acme] Jane Doe - Technical Interview"
    for part in (part.strip() for part in _SEPARATORS.split(title) if part and part.strip()):
        bracketed = _BRACKETED_ROLE.match(part)
        if bracketed and names_a_role(bracketed["inner"]) and not names_a_role(bracketed["outer"]):
            parts += [bracketed["outer"], bracketed["inner"]]  # "Acme (Senior Data Engineer)"
        else:
            parts.append(part)
    if len(parts) < 2 and not hiring_words(title):
        return "", ""
    names = {squeezed(person) for person in people if person}
    names |= {squeezed(person.split()[0]) for person in people if person and person.split()}
    domain_company = squeezed(company_from_domain(company_address))
    company = role = ""
    leftovers = []
    for part in parts:
        residue = _strip_hiring_words(part) if hiring_words(part) else part
        squashed = squeezed(residue)
        if not squashed or squashed in names:
            continue
        at_role, at_employer = role_at_employer(residue)
        if at_role and not role:
            role, company = at_role, company or at_employer
            continue
        if domain_company and (squashed.startswith(domain_company) or domain_company.startswith(squashed)):
            company = residue
        elif names_a_role(residue) and not role:
            role = re.split(r"\s+for\s+", residue)[-1]  # "Alex Kim for Backend Engineer"
        elif residue != part:
            leftovers.insert(0, residue)  # what is left beside "Interview" is most likely the company
        else:
            leftovers.append(part)
    # One part left over is the company, unless the domain disagrees (then it is surer). Of several,
    # the one the domain abbreviates is; then one more left is the role ("Video interview | Pharmacist
    # | Northern Valley Health" from jobs@nvh.example).
    if not company and len(leftovers) == 1 and (not domain_company or spells(domain_company, leftovers[0])):
        company = leftovers.pop()
    abbreviated = [part for part in leftovers if spells(domain_company, part)]
    if not company and len(abbreviated) == 1:
        company = abbreviated[0]
        leftovers.remove(company)
        role = role or (leftovers[0] if len(leftovers) == 1 and names_a_role(leftovers[0]) else "")
    return company, role


# A title before a person's name: the drafts' own (Mr, Ms, Dr, …) and those of the other languages
# invites are read in (Frau Weber, Mme Dupont, Sra. Gómez).
_HONORIFIC = re.compile(
    r"^(?:" + "|".join((*HONORIFICS, "Frau", "Herr", "M", "Mme", "Mlle", "Sr", "Sra", "Dott", r"Dott\.ssa", "Sig", r"Sig\.ra"))
    + r")\b\.?\s",
    re.IGNORECASE,
)


def _names_a_person(text: str, people) -> bool:
    """Whether the text is (the start of) the name of someone invited ("Interview with Dana"), or
    a person by their title ("Vorstellungsgespräch mit Frau Weber", "Entretien avec Mme Dupont")."""
    if _HONORIFIC.match(text.strip()):
        return True
    squashed = squeezed(text)
    return any(squashed and squeezed(person).startswith(squashed) for person in people if person)


def _strip_hiring_words(text: str) -> str:
    for word in hiring_words(text):
        text = text.replace(word, " ")
    return re.sub(r"\s+", " ", _FILLER.sub(" ", text)).strip(" -–—|:,")
