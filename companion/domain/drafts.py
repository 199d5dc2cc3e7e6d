"""Write the draft message for a follow-up from Jinja2 templates, personalised from stored facts.

The package's templates live in companion/domain/templates/drafts/; a file of the same name in the
user's `<data_dir>/templates/` replaces one. A missing fact never becomes an invented one: it
becomes a visible placeholder such as "[interviewer's name]" plus a warning.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import jinja2

from companion.domain import kinds
from companion.domain.addresses import is_email_address
from companion.domain.interview_notes import notes_for, point_to_quote, shorten
from companion.domain.locales import long_date
from companion.domain.timing import Settings

PACKAGE_TEMPLATES = Path(__file__).parent / "templates" / "drafts"

# How much of the user's interview notes each kind quotes: whole sentences up to this length.
TOPIC_LIMITS = {kinds.THANK_YOU_EMAIL: 240, kinds.THANK_YOU_CARD: 120, kinds.KEEP_IN_TOUCH: 160,
                kinds.LINKEDIN_CONNECT: 120}
CARD_LIMIT = 400  # characters: what fits on the inside of a small card in a legible hand
MIN_TOPIC = 25  # a quote from the notes shorter than this says nothing, so it is left out
KEEP_IN_TOUCH_IDEAS = ("article", "event", "achievement")  # varied content, one idea per note (R8)
FORGOT_LIMIT = 240  # the point the user forgot to make, in whole sentences
HONORIFICS = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof")


# What a user's template can raise: Jinja's own errors, a file that cannot be read or is not
# UTF-8 (UnicodeDecodeError is a ValueError), and expressions that fail as they run
# ({{ 1 / 0 }}, {{ name + 1 }}).
TEMPLATE_FAILURES = (jinja2.TemplateError, OSError, ValueError, TypeError, ArithmeticError)


class DraftError(Exception):
    """A draft could not be written, for example because a user's template is broken."""


@dataclass
class DraftFacts:
    """Everything a draft may mention about one follow-up."""

    kind: str
    channel: str | None = "email"
    company: str = ""
    role: str = ""
    job_url: str = ""
    contact_name: str = ""
    contact_email: str = ""
    interview_start: datetime | None = None  # aware; shown in the user's zone
    interview_held: bool = False  # the interview has ended (a draft never says it happened before)
    interviews_held: int = 0  # interviews of the application that have ended
    spoke_with: bool = False  # the contact took part in an interview that has ended
    interview_notes: str = ""  # what was discussed, in the user's words ("Dana: ..." lines are Dana's)
    person_notes: str = ""  # what the user noted about this contact alone
    others: tuple[str, ...] = ()  # the other people in the interview: their lines are not quoted
    forgot: str = ""  # what the user forgot to say in the interview
    thread_subject: str = ""  # subject of the company's last message, to reply in its thread
    applied_on: date | None = None
    decision_by: date | None = None
    note_number: int = 1  # which keep-in-touch note this is (R8)
    accepted_elsewhere: bool = False  # a withdrawal because the user took another offer (R10)


@dataclass
class Draft:
    subject: str
    body: str
    to: str
    warnings: list[str] = field(default_factory=list)
    # What the user can fill in for the draft to go out as written: "recipient" (the contact's
    # address), "your_name" (setting), "notes" (what was discussed at the interview).
    missing: list[str] = field(default_factory=list)


def write_draft(facts: DraftFacts, settings: Settings, override_dir: Path | None = None) -> Draft:
    """The draft for `facts`, using the user's template for its kind when `override_dir` has one."""
    if facts.kind not in kinds.KINDS:
        raise DraftError(f"unknown follow-up kind {facts.kind!r}")
    fill = _Filler(facts, settings)
    values = fill.values()
    template = _load(override_dir, _template_name(facts))
    subject, body = _render(template, values)
    if facts.kind == kinds.LINKEDIN_CONNECT:
        # LinkedIn shows who sent the note, so the sign-off name goes before the role does.
        body = _fit(template, values, settings.linkedin_note_cap, ("topic", "met", "me", "role"))
    elif facts.kind == kinds.THANK_YOU_CARD:
        body = _fit(template, values, CARD_LIMIT, ("topic", "met", "role"))
    if facts.channel in ("letter", "phone") or facts.kind in kinds.NO_SUBJECT:
        subject = ""
    return Draft(subject=subject, body=body, to=fill.address(), warnings=fill.warnings, missing=fill.missing)


def reply_subject(thread_subject: str) -> str:
    """"Re: <subject>", without piling up "Re:" prefixes."""
    bare = re.sub(r"^\s*((re|aw|sv|fwd?)\s*:\s*)+", "", thread_subject, flags=re.IGNORECASE)
    return f"Re: {bare.strip()}"


class _Filler:
    """Turns facts into template values, putting placeholders and warnings where facts are missing."""

    def __init__(self, facts: DraftFacts, settings: Settings):
        self.facts = facts
        self.settings = settings
        self.warnings: list[str] = []
        self.missing: list[str] = []

    def value(self, given: str, placeholder: str, why: str, fact: str = "") -> str:
        if given.strip():
            return given.strip()
        self.warnings.append(f"{why}: replace {placeholder} before using this draft.")
        if fact:
            self.missing.append(fact)
        return placeholder

    def person(self) -> str:
        """The person's full name, or a placeholder saying who is meant."""
        kind = self.facts.kind
        if kind in kinds.FOR_YOU:
            return ""
        if kind in kinds.ABOUT_THE_INTERVIEW:
            return self.value(self.facts.contact_name, "[interviewer's name]", "The interviewer's name is not known")
        if kind == kinds.REFERENCE_HEADS_UP:
            return self.value(self.facts.contact_name, "[reference's name]", "No reference is recorded")
        return self.value(self.facts.contact_name, "[contact's name]", "No contact at the company is recorded")

    def greeting(self, full: str) -> str:
        """The name after "Dear": the first name, the full name or title and surname (setting: greeting)."""
        if not self.facts.contact_name.strip():
            return full  # the placeholder
        honorific, words = _name_parts(self.facts.contact_name)
        style = self.settings.greeting
        if style == "first_name":
            return words[0]
        if style == "full_name":
            return " ".join(words)
        if honorific:
            return f"{honorific} {words[-1]}"
        self.warnings.append(f"Choose how to address {' '.join(words)}: replace [Ms/Mr/Dr] before using this draft.")
        return f"[Ms/Mr/Dr] {words[-1]}"

    def day(self, when: date | datetime | None) -> str:
        if when is None:
            return ""
        if isinstance(when, datetime):
            try:
                when = when.astimezone(self.settings.tz).date()
            except OverflowError:  # at the very edge of the calendar
                when = when.date()
        return long_date(when, self.settings.locale)

    def met(self) -> str:
        """"on <day>" for an interview that took place, or that a reminder to the user is about;
        a thank-you also names one still ahead, with a warning."""
        facts = self.facts
        about_it = facts.kind in kinds.ABOUT_THE_INTERVIEW
        if facts.interview_start is not None:
            if facts.interview_held or facts.kind in kinds.FOR_YOU:
                return "on " + self.day(facts.interview_start)
            if about_it:
                self.warnings.append(f"The interview on {self.day(facts.interview_start)} has not happened yet: "
                                     "this draft is for afterwards.")
                return "on " + self.day(facts.interview_start)
            return ""
        if about_it:
            return self.value("", "[when you met]", "The interview date is not known")
        return ""

    def topic(self) -> str:
        """A point from the notes about this person (else about everyone), as whole sentences."""
        facts = self.facts
        own, general = notes_for(facts.contact_name, facts.interview_notes, facts.others)
        point = point_to_quote(facts.person_notes or own or general, TOPIC_LIMITS.get(facts.kind, 160))
        if point or facts.kind not in (kinds.THANK_YOU_EMAIL, kinds.THANK_YOU_CARD):
            return point
        return self.value("", "[something specific you discussed]",
                          "No interview notes (a detail from the conversation makes the thanks specific)", "notes") + "."

    def reply_in_thread(self) -> str:
        """"Re: ..." when the company's last message is known; else the template writes a subject."""
        if self.facts.thread_subject.strip() and self.facts.kind in kinds.COMPANY_MESSAGES:
            return reply_subject(self.facts.thread_subject)
        return ""

    def address(self) -> str:
        kind, email = self.facts.kind, self.facts.contact_email.strip()
        if kind in kinds.NO_RECIPIENT or self.facts.channel in ("letter", "phone", "linkedin"):
            return ""
        who = self.facts.contact_name.strip() or "this follow-up"
        if not email:
            self.warnings.append(f"No email address for {who}: fill in the recipient.")
        elif not is_email_address(email):  # stored before addresses were checked, or typed elsewhere
            self.warnings.append(f"{email!r}, the address stored for {who}, is not an email address: fill in the recipient.")
            email = ""
        elif email.lower() in self.settings.own_emails:
            self.warnings.append(f"{email} is one of your own addresses: fill in the recipient.")
            email = ""
        if not email:
            self.missing.append("recipient")
        return email

    def values(self) -> dict:
        settings, facts = self.settings, self.facts
        # The reminder to prepare is for the user alone and does not sign off.
        me = settings.name.strip() if facts.kind in kinds.FOR_YOU else self.value(
            settings.name, "[your name]", "Your name is not set (setting: name)", "your_name")
        role = self.value(facts.role, "[role]", "The role is not known")
        company = self.value(facts.company, "[company]", "The company is not known")
        idea = KEEP_IN_TOUCH_IDEAS[(max(facts.note_number, 1) - 1) % len(KEEP_IN_TOUCH_IDEAS)]
        if facts.kind == kinds.KEEP_IN_TOUCH:
            self.warnings.append(f"Fill in the {idea} this note shares: it is what makes it worth sending.")
        full_name = self.person()
        return {
            "kind": facts.kind,
            "channel": facts.channel or "email",
            "me": me,
            "signature": settings.signature,
            "person": self.greeting(full_name),
            "person_full": full_name,
            "role": role,
            "company": company,
            "met": self.met(),
            "held": facts.interview_held,
            "interviews_held": facts.interviews_held,
            "spoke_with": facts.spoke_with,
            "topic": self.topic(),
            "forgot": point_to_quote(facts.forgot, FORGOT_LIMIT, addressed=False),
            "job_url": facts.job_url,
            "reply_subject": self.reply_in_thread(),
            "applied_on": self.day(facts.applied_on),
            "decision_by": self.day(facts.decision_by),
            "idea": idea,
            "note_number": facts.note_number,
            "accepted_elsewhere": facts.accepted_elsewhere,
        }


def _name_parts(name: str) -> tuple[str, list[str]]:
    """(honorific, the name's words given name first) of a name as written: "Dana Lee", "Lee, Dana", "Dr. Dana Lee"."""
    if "," in name:
        family, _, given = name.partition(",")
        name = f"{given} {family}"
    words = name.split()
    if len(words) > 1 and words[0].rstrip(".").capitalize() in HONORIFICS:
        return words[0].rstrip(".").capitalize(), words[1:]
    return "", words


def _environment(override_dir: Path | None) -> jinja2.Environment:
    """The template environment; a new one whenever the user's set of templates changes, so a
    file dropped in (or removed) applies from the next draft on. Edits to a file are seen by
    Jinja2's own reload check."""
    names = tuple(sorted(path.name for path in override_dir.glob("*.j2"))) if override_dir else ()
    return _cached_environment(str(override_dir) if override_dir else "", names)


@functools.lru_cache(maxsize=8)
def _cached_environment(override_dir: str, names: tuple[str, ...]) -> jinja2.Environment:
    loaders = [jinja2.FileSystemLoader(override_dir)] if names else []
    loaders.append(jinja2.FileSystemLoader(PACKAGE_TEMPLATES))
    return jinja2.Environment(loader=jinja2.ChoiceLoader(loaders), autoescape=False,
                              undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def _load(override_dir: Path | None, name: str) -> jinja2.Template:
    try:
        return _environment(override_dir).get_template(name)
    except TEMPLATE_FAILURES as problem:
        raise DraftError(f"template {_source_of(override_dir, name)}: {problem}") from None


def _source_of(override_dir: Path | None, name: str) -> Path:
    """The file a template name is read from: the user's copy when there is one."""
    if override_dir is not None and (override_dir / name).is_file():
        return override_dir / name
    return PACKAGE_TEMPLATES / name


def _template_name(facts: DraftFacts) -> str:
    # On the phone, a message to the company becomes a short list of points to make.
    if facts.channel == "phone" and facts.kind in kinds.COMPANY_MESSAGES - {kinds.THANK_YOU_EMAIL}:
        return "call_notes.j2"
    return kinds.KINDS[facts.kind].template


def _render(template: jinja2.Template, values: dict) -> tuple[str, str]:
    """Subject and body: a template may start with a "Subject:" line."""
    try:
        text = template.render(values)
    except TEMPLATE_FAILURES as problem:
        raise DraftError(f"template {template.filename}: {problem}") from None
    lines = [line.rstrip() for line in text.strip().splitlines()]
    subject = ""
    if lines and lines[0].lower().startswith("subject:"):
        subject = lines.pop(0).split(":", 1)[1].strip()
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines).strip())
    # A shortened quote ends in "…"; the sentence's own full stop after it is one too many.
    return subject, body.replace("….", "…")


def _fit(template: jinja2.Template, values: dict, limit: int, give_up: tuple[str, ...]) -> str:
    """The body within `limit` characters: quote less of the notes, then leave out `give_up` in order."""
    body = _render(template, values)[1]
    topic = values["topic"]
    if len(body) > limit and len(topic) - (len(body) - limit) >= MIN_TOPIC:
        body = _render(template, values | {"topic": shorten(topic, len(topic) - (len(body) - limit))})[1]
    reduced = dict(values)
    for name in give_up:
        if len(body) <= limit:
            return body
        reduced[name] = ""
        body = _render(template, reduced)[1]
    return body if len(body) <= limit else shorten(body, limit)
