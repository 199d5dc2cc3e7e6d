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
from companion.domain.timing import Settings

PACKAGE_TEMPLATES = Path(__file__).parent / "templates" / "drafts"

# How much of the user's interview notes each kind quotes.
TOPIC_LIMITS = {kinds.THANK_YOU_EMAIL: 150, kinds.THANK_YOU_CARD: 70, kinds.KEEP_IN_TOUCH: 100,
                kinds.LINKEDIN_CONNECT: 90}
CARD_LIMIT = 400  # characters: what fits on the inside of a small card in a legible hand
MIN_TOPIC = 25  # a quote from the notes shorter than this says nothing, so it is left out
KEEP_IN_TOUCH_IDEAS = ("article", "event", "achievement")  # varied content, one idea per note (R8)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


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
    interview_notes: str = ""  # what was discussed, in the user's words
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
    return Draft(subject=subject, body=body, to=fill.address(), warnings=fill.warnings)


def reply_subject(thread_subject: str) -> str:
    """"Re: <subject>", without piling up "Re:" prefixes."""
    bare = re.sub(r"^\s*((re|aw|sv|fwd?)\s*:\s*)+", "", thread_subject, flags=re.IGNORECASE)
    return f"Re: {bare.strip()}"


def first_point(notes: str, limit: int) -> str:
    """The first thing noted, shortened at a word to at most `limit` characters."""
    for line in notes.splitlines():
        line = re.sub(r"^\s*([-*•]|\d+[.)])\s*", "", line).strip()
        if line:
            sentence = re.split(r"(?<=[.!?])\s", line, maxsplit=1)[0].rstrip(" .;:,!?")
            return shorten(sentence, limit)
    return ""


def shorten(text: str, limit: int) -> str:
    """`text` cut at the last whole word that fits in `limit` characters, marked with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 0)]
    if " " in cut and not text[len(cut)].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-") + "…" if limit > 0 else ""


def long_date(day: date) -> str:
    """"Tuesday 17 November", in English whatever the system locale."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"


class _Filler:
    """Turns facts into template values, putting placeholders and warnings where facts are missing."""

    def __init__(self, facts: DraftFacts, settings: Settings):
        self.facts = facts
        self.settings = settings
        self.warnings: list[str] = []

    def value(self, given: str, placeholder: str, why: str) -> str:
        if given.strip():
            return given.strip()
        self.warnings.append(f"{why}: replace {placeholder} before using this draft.")
        return placeholder

    def person(self) -> str:
        kind = self.facts.kind
        if kind == kinds.PREPARE:
            return ""
        if kind in kinds.ABOUT_THE_INTERVIEW:
            return self.value(self.facts.contact_name, "[interviewer's name]", "The interviewer's name is not known")
        if kind == kinds.REFERENCE_HEADS_UP:
            return self.value(self.facts.contact_name, "[reference's name]", "No reference is recorded")
        return self.value(self.facts.contact_name, "[contact's name]", "No contact at the company is recorded")

    def met(self) -> str:
        start = self.facts.interview_start
        if start is not None:
            try:
                day = start.astimezone(self.settings.tz).date()
            except OverflowError:  # at the very edge of the calendar
                day = start.date()
            return "on " + long_date(day)
        if self.facts.kind in kinds.ABOUT_THE_INTERVIEW:
            return self.value("", "[when you met]", "The interview date is not known")
        return ""

    def topic(self) -> str:
        limit = TOPIC_LIMITS.get(self.facts.kind, 100)
        topic = first_point(self.facts.interview_notes, limit)
        if topic or self.facts.kind not in (kinds.THANK_YOU_EMAIL, kinds.THANK_YOU_CARD):
            return topic
        return self.value("", "[something specific you discussed]",
                          "No interview notes (a detail from the conversation makes the thanks specific)")

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
            return ""
        return email

    def values(self) -> dict:
        settings, facts = self.settings, self.facts
        # The reminder to prepare is for the user alone and does not sign off.
        me = settings.name.strip() if facts.kind == kinds.PREPARE else self.value(
            settings.name, "[your name]", "Your name is not set (setting: name)")
        role = self.value(facts.role, "[role]", "The role is not known")
        company = self.value(facts.company, "[company]", "The company is not known")
        idea = KEEP_IN_TOUCH_IDEAS[(max(facts.note_number, 1) - 1) % len(KEEP_IN_TOUCH_IDEAS)]
        if facts.kind == kinds.KEEP_IN_TOUCH:
            self.warnings.append(f"Fill in the {idea} this note shares: it is what makes it worth sending.")
        return {
            "kind": facts.kind,
            "channel": facts.channel or "email",
            "me": me,
            "signature": settings.signature,
            "person": self.person(),
            "role": role,
            "company": company,
            "met": self.met(),
            "topic": self.topic(),
            "job_url": facts.job_url,
            "reply_subject": self.reply_in_thread(),
            "applied_on": long_date(facts.applied_on) if facts.applied_on else "",
            "decision_by": long_date(facts.decision_by) if facts.decision_by else "",
            "idea": idea,
            "note_number": facts.note_number,
            "accepted_elsewhere": facts.accepted_elsewhere,
        }


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
