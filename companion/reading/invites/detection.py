"""Decides whether a calendar event is a job interview, and says why in words a user reads.

Most of a job seeker's calendar is not interviews. The decision weighs what the title and
description say, which hiring or scheduling tool sent the invite, whose domain organised it
compared with the user's own, and who else is invited. Every answer carries a reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from companion.domain.addresses import domain_of
from companion.domain.facts import InterviewFacts
from companion.domain.hosts import hiring_tool, is_public_mail

# Points needed to call an event an interview; see the weights in judge_event.
THRESHOLD = 3
LARGE_MEETING = 10  # more people than a panel interview ever has

_HIRING_WORDS = [
    r"interview(?:s|ing)?",
    r"(?:phone|video|tech(?:nical)?|recruiter|initial|intro(?:ductory)?|hr|first)[- ]screen(?:ing)?",
    r"screening (?:call|interview)",
    r"on-?site",
    r"panel (?:interview|round|with)",
    r"hiring manager",
    r"recruiter (?:call|chat|conversation|meeting)",
    r"technical (?:round|assessment|discussion|exercise)",
    r"(?:first|second|third|final|1st|2nd|3rd|next) round",
    r"coding (?:challenge|exercise|test)",
    r"take-?home (?:review|debrief|discussion)",
    r"culture (?:fit|add)",
    # Other languages: German, French, Spanish/Portuguese, Italian, Dutch, Polish, Nordic,
    # Finnish, Czech, Turkish, Russian; Japanese, Chinese and Korean below.
    r"vorstellungsgespräch",
    r"bewerbungsgespräch",
    r"entretien (?:d'embauche|d’embauche|de recrutement|rh|téléphonique|technique|individuel|de motivation|final)",
    r"(?:premier|second|deuxième|dernier) entretien",
    r"entrevista",
    r"colloquio(?: di lavoro| conoscitivo| tecnico)?",
    r"sollicitatiegesprek",
    r"rozmowa (?:kwalifikacyjna|rekrutacyjna)",
    r"(?:anställnings|jobb?)?intervju",
    r"(?:job|ansættelses)samtale",
    r"(?:työ)?haastattelu",
    r"pohovor",
    r"mülakat",
    r"собеседование",
]
_CJK_HIRING_WORDS = ["面接", "面试", "면접"]  # no spaces between words: matched anywhere
# Said of a first talk with a recruiter, but of sales calls too: a weak sign, which counts only
# with another ("the Store Manager opening" in the description, a hiring tool).
_WEAK_HIRING = re.compile(r"(?<!\w)intro(?:ductory)? (?:call|chat)(?!\w)", re.IGNORECASE)
_SPEAKS_OF_A_JOB = re.compile(r"\b(?:opening|vacancy|position|role)\b", re.IGNORECASE)
_HIRING = re.compile(
    r"(?<!\w)(?:" + "|".join(_HIRING_WORDS) + r")(?!\w)|" + "|".join(_CJK_HIRING_WORDS), re.IGNORECASE
)

# "interview" used for something other than being hired.
_NOT_HIRING = re.compile(
    r"(?<!\w)(?:user|customer|client|research|usability|podcast|press|media|radio|tv|exit|mock|practice)"
    r" interviews?|interview(?:er)? (?:training|debrief|calibration|prep)|(?:debrief|scorecard)s?(?!\w)",
    re.IGNORECASE,
)
_DEMO = re.compile(r"(?<!\w)demo(?!\w)", re.IGNORECASE)  # a sales demo, unless the title speaks of hiring
_ORDINARY_MEETING = re.compile(
    r"(?<!\w)(?:stand-?up|daily|retro(?:spective)?|sprint|sync|all[- ]hands|1:1|one[- ]on[- ]one|"
    r"birthday|lunch|holiday|vacation|ooo|out of office|webinar|dentist|doctor|committee|workshop|atelier)(?!\w)",
    re.IGNORECASE,
)

_HOSTS = re.compile(r"(?:https?://|@)([a-z0-9.-]+\.[a-z]{2,})", re.IGNORECASE)


@dataclass(frozen=True)
class Verdict:
    is_interview: bool
    reason: str


def hiring_words(text: str) -> list[str]:
    """The hiring phrases in a text, leaving out "interview" meant as user or press research."""
    cleaned = _NOT_HIRING.sub(" ", text or "")
    return [match.group(0) for match in _HIRING.finditer(cleaned)]


def judge_event(
    *,
    title: str,
    description: str = "",
    location: str = "",
    organizer_email: str = "",
    attendee_emails: list[str] | tuple[str, ...] = (),
    user_email: str = "",
    recurring: bool = False,
) -> Verdict:
    """Weigh the signs and decide; the reason lists the signs that decided it."""
    score, signs_for, signs_against = 0, [], []

    def weigh(points: int, sign: str) -> None:
        nonlocal score
        score += points
        (signs_for if points > 0 else signs_against).append(sign)

    title_words = hiring_words(title)
    if title_words:
        weigh(3, f'the title says "{title_words[0]}"')
    weak = _WEAK_HIRING.search(title or "")
    if weak and not title_words:
        weigh(1, f'the title says "{weak.group(0)}"')
        if _SPEAKS_OF_A_JOB.search(description or ""):
            weigh(1, "the description speaks of a job")
    description_words = hiring_words(f"{description}\n{location}")
    if description_words:
        weigh(2, f'the description says "{description_words[0]}"')
    not_hiring = _NOT_HIRING.search(f"{title}\n{description}")
    if not_hiring and not title_words and not description_words:
        signs_against.append(f'"{not_hiring.group(0)}" is not a job interview')

    tool_points, tool_sign = _tool_sign(organizer_email, attendee_emails, description, location)
    if tool_points:
        weigh(tool_points, tool_sign)

    user_domain, organizer_domain = domain_of(user_email), domain_of(organizer_email)
    if user_domain and organizer_domain == user_domain and not is_public_mail(user_domain):
        return Verdict(
            False,
            f"Not an interview: it was organised from your own organisation ({user_domain}), "
            "so it is a meeting at work (import it with force if you are a candidate there).",
        )
    if _only_organizer_company_and_you(organizer_domain, attendee_emails, user_email):
        weigh(1, f"only people from {organizer_domain} and you are invited")

    ordinary = _ORDINARY_MEETING.search(title or "") or (None if title_words else _DEMO.search(title or ""))
    if ordinary:
        weigh(-3, f'the title says "{ordinary.group(0)}", an ordinary meeting')
    if recurring:
        weigh(-2, "it repeats, and interviews do not")
    if len(attendee_emails) > LARGE_MEETING:
        weigh(-2, f"{len(attendee_emails)} people are invited, more than any interview panel")

    if score >= THRESHOLD:
        return Verdict(True, "Looks like an interview: " + "; ".join(signs_for) + ".")
    if not signs_for and not signs_against:
        return Verdict(
            False,
            "Not an interview: nothing in the title or description mentions an interview or a "
            "hiring step, and no hiring or scheduling tool sent it.",
        )
    found = "; ".join(signs_for) if signs_for else "no sign of a hiring step"
    against = ("; but " + "; ".join(signs_against)) if signs_against else ", which is not enough"
    return Verdict(False, f"Not an interview: {found}{against}.")


def _tool_sign(organizer_email, attendee_emails, description, location) -> tuple[int, str]:
    """Points and wording for the strongest hiring or scheduling tool seen in the invite."""
    best = (0, "")
    addresses = [organizer_email, *attendee_emails]
    hosts = [domain_of(address) for address in addresses if address]
    hosts += _HOSTS.findall(f"{description}\n{location}")
    for host in hosts:
        tool, tracker = hiring_tool(host)
        if tool:
            points = 3 if tracker else 2
            if points > best[0]:
                kind = "an applicant-tracking or interview tool" if tracker else "a booking tool"
                best = (points, f"it was scheduled through {tool} ({kind})")
    return best


def _only_organizer_company_and_you(organizer_domain, attendee_emails, user_email) -> bool:
    if not user_email or not organizer_domain or is_public_mail(organizer_domain):
        return False
    others = [email for email in attendee_emails if email and email.lower() != user_email.lower()]
    return bool(others) and all(domain_of(email) == organizer_domain for email in others)


def mark_interview(
    facts: InterviewFacts, *, description: str = "", user_email: str = "", recurring: bool = False
) -> Verdict:
    """Judge an InterviewFacts and fill its is_interview and reason; returns the verdict."""
    verdict = judge_event(
        title=facts.title,
        description=description,
        location=facts.location,
        organizer_email=facts.organizer_email,
        attendee_emails=[contact.email for contact in facts.contacts if contact.email],
        user_email=user_email,
        recurring=recurring,
    )
    facts.is_interview, facts.reason = verdict.is_interview, verdict.reason
    return verdict
