"""Accuracy over the whole shared corpus: how the readers do on data written by others.

    python benchmarks/score_corpus.py                 # print every figure, and each miss
    python benchmarks/score_corpus.py --check         # exit 1 when a figure falls past its floor
    python benchmarks/score_corpus.py pages --pages-from DIR   # also pages gathered elsewhere
    python benchmarks/score_corpus.py --check peer    # one scorer (pages, invites, own_invites, emails, own_emails, peer)

Figures (floors in benchmarks/corpus_floors.json, set just under the figures of the day and
raised as they rise; tests/test_corpus_scores.py checks them in every test run, each scorer in a process of its own
so the peak memory is its own):
- pages: job pages found, fields right (company, title, location against corpus/pages/expected.json,
  compared without case or spacing, an employer also without a legal form one side writes: "Campudus" for "Campudus
  GmbH"), overall and by site (the corpus names each file by its site
  first), non-job pages taken for a job, and so the precision and recall of "this page is a job";
- invites: the real calendars of corpus/ics read, events read, files with errors, meetings taken
  for an interview;
- own_invites: our own labelled invites (tests/fixtures/ics/labelled.json: the title shapes of
  scheduling tools and recruiters, five languages, declined, delegated and group attendees, which
  the corpus's calendars lack): interviews found and others taken for one, and the company, the
  role and the people to thank read right;
- emails: the recruiters' messages of corpus/eml judged (rejection, acknowledgement, nothing about
  a job) against corpus/eml/expected.json: precision and recall of each kind, a wrong rejection
  being the costliest mistake;
- own_emails: our own labelled messages (tests/fixtures/messages: invitations, timelines with the
  day they promise, offers, reference requests, in English, German and French, which the corpus
  lacks): precision and recall of each kind, and the promised days read right;
- peer: other libraries' test files (corpus/peer) read or refused with a message, crashes, files
  over the time bound (counted in yardsticks, this machine's time to parse a plain calendar, measured
  in the same run), the slowest file, peak memory; meetings or pages taken for an interview or
  a job that peer/known.json does not list.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import sys
import time
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import quote

from icalendar import Calendar, Event, vCalAddress

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from fixture_files import CORPUS, corpus_missing  # noqa: E402  (the tests' one place that finds the corpus)
from machine_speed import yardstick_seconds  # noqa: E402  (this machine's speed, measured in the same run)

from companion.domain.addresses import is_web_url  # noqa: E402
from companion.domain.facts import Snapshot  # noqa: E402
from companion.reading.invites.reader import read_invite  # noqa: E402
from companion.reading.messages.message import read_message  # noqa: E402
from companion.reading.messages.promised_day import promised_day  # noqa: E402
from companion.reading.messages.verdict import judge  # noqa: E402
from companion.reading.names import without_legal_form  # noqa: E402
from companion.reading.pages import extract_snapshot  # noqa: E402
from companion.reading.pages.saved_pages import saved_page_text  # noqa: E402

FLOORS = Path(__file__).resolve().parent / "corpus_floors.json"
FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
OWN_MESSAGES = FIXTURES / "messages" / "labelled.json"
OWN_INVITES = FIXTURES / "ics" / "labelled.json"
NOW = datetime(2026, 11, 23, 12, tzinfo=timezone.utc)  # fixed, so a figure never drifts with the date
FIELDS = ("company", "title", "location")
# A page that gives no address for itself is read at one naming no site and no job (the browser always sends the tab's,
# and the readers refuse a capture without one): its words alone are scored.
STAND_IN_ADDRESS = "https://saved-page.invalid/page"
TIME_BOUND = 15  # yardsticks one file may take (the slowest, a 1.6 MB calendar of 4,784 events, takes ~8)


def _same(expected, got) -> bool:
    """Equal without case, spacing, or which mark sets a list's items apart ("Remote (United States;
    Canada)" reads as "Remote (United States, Canada)", "Iași · Hibrid" as "Iași; Hibrid", "São Carlos - SP" as
    "São Carlos, SP"); a list of
    expected values holds readings a person finds equally right."""
    if isinstance(expected, list):
        return any(_same(one, got) for one in expected)
    return _as_read(expected) == _as_read(got)


def _same_employer(expected, got) -> bool:
    """The same employer, or the same but for a legal form one side writes and the other leaves out ("Campudus GmbH" for
    "Campudus", "Konfetti e.V."): the name a person writes to the company, whichever a page's label gave."""
    def bare(name) -> str:
        return without_legal_form(str(name or ""))
    return _same(expected, got) or _same([*map(bare, expected)] if isinstance(expected, list) else bare(expected), bare(got))


def _as_read(value) -> str:
    return " ".join(re.sub(r"\s+[|•·–—-]\s+|;", ", ", str(value or "")).lower().replace(" ,", ",").split())


def score_pages(folder: Path = CORPUS / "pages") -> dict:
    """Pages of a folder holding an expected.json in the corpus's shape (the corpus's by default)."""
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))["pages"]
    figures = {"job_pages": 0, "jobs_found": 0, "fields": 0, "fields_right": 0,
               "non_job_pages": 0, "non_jobs_taken": 0}
    misses = []
    by_source: dict[str, list[int]] = {}  # site -> [fields, fields right]
    for name, truth in sorted(expected.items()):
        html = saved_page_text((folder / name).read_bytes())
        said = truth.get("url")  # one address, or the page's equally right ones
        address = (said[0] if isinstance(said, list) else said) or _own_address(html) or STAND_IN_ADDRESS
        result = extract_snapshot(Snapshot(url=address, html=html))
        source = by_source.setdefault(name.split("_")[0], [0, 0])  # the corpus names each file by its site first
        if not truth["job"]:
            figures["non_job_pages"] += 1
            if result.job is not None:
                figures["non_jobs_taken"] += 1
                misses.append((name, "job", "no job", result.job.title))
            continue
        figures["job_pages"] += 1
        if result.job is None:
            misses.append((name, "job", "a job", result.reason))
        else:
            figures["jobs_found"] += 1
        for field in FIELDS:
            if field not in truth:
                continue
            got = getattr(result.job, field, "") if result.job else ""
            figures["fields"] += 1
            source[0] += 1
            if (_same_employer if field == "company" else _same)(truth[field], got):
                figures["fields_right"] += 1
                source[1] += 1
            else:
                misses.append((name, field, truth[field], got))
    # (a folder of pages without a job has no field to score, and no job to find)
    figures["field_accuracy"] = round(figures["fields_right"] / figures["fields"], 4) if figures["fields"] else 1.0
    taken = figures["jobs_found"] + figures["non_jobs_taken"]
    figures["job_precision"] = round(figures["jobs_found"] / taken, 4) if taken else 1.0
    figures["job_recall"] = round(figures["jobs_found"] / figures["job_pages"], 4) if figures["job_pages"] else 1.0
    sources = {site: f"{right}/{fields}" for site, (fields, right) in sorted(by_source.items()) if fields}
    return {"figures": figures, "misses": misses, "by_source": sources}


def _own_address(html: str) -> str:
    """The address a page gives for itself (canonical link or og:url), for pages listed without one."""
    found = re.search(r"""<link[^>]+rel=["']canonical["'][^>]+href=["']([^"']+)["']"""
                      r"""|<meta[^>]+property=["']og:url["'][^>]+content=["']([^"']+)["']"""
                      r"""|<meta[^>]+content=["']([^"']+)["'][^>]+property=["']og:url["']""", html)
    # else where the browser saved it from ("<!-- saved from url=(0072)https://… -->")
    found = found or re.search(r"<!-- saved from url=\(\d+\)(\S+?) -->", html)
    own = next((value for value in found.groups() if value), "") if found else ""
    # as a browser sends it, its letters outside ASCII escaped ("/Présentation/" as "/Pr%C3%A9sentation/")
    own = quote(own, safe=":/?#[]@!$&'()*+,;=%~")
    # Without one (or with one no browser shows: "https%3A%2F%2F…"), an address that names no site:
    # the readers must judge the page by what it shows.
    return own if is_web_url(own) else "https://address-not-in-the-file.invalid/"


def _read_calendar(path: Path):
    return read_invite(path.read_bytes(), now=NOW, user_email="jordan.lee.dev@gmail.com", user_zone="Europe/London")


def score_invites() -> dict:
    figures = {"files": 0, "events": 0, "files_with_errors": 0, "taken_for_interviews": 0}
    misses = []
    for path in sorted((CORPUS / "ics").glob("*.ics")):
        reading = _read_calendar(path)
        figures["files"] += 1
        figures["events"] += len(reading.interviews)
        figures["files_with_errors"] += bool(reading.errors)
        for facts in reading.interviews:
            if facts.is_interview:
                figures["taken_for_interviews"] += 1
                misses.append((path.name, "interview", "not an interview", facts.title))
    return {"figures": figures, "misses": misses}


def score_emails() -> dict:
    expected = json.loads((CORPUS / "eml" / "expected.json").read_text(encoding="utf-8"))
    said = {}
    misses = []
    for entry in expected:
        verdict = judge(read_message((CORPUS / "eml" / entry["file"]).read_bytes()))
        said[entry["file"]] = verdict.kind
        if verdict.kind != entry["kind"]:
            misses.append((entry["file"], "kind", entry["kind"], f"{verdict.kind} ({verdict.reason})"))
    figures = {"messages": len(expected)}
    for kind in sorted({entry["kind"] for entry in expected} - {"not_job"}):
        truly = {entry["file"] for entry in expected if entry["kind"] == kind}
        judged = {name for name, got in said.items() if got == kind}
        figures[f"{kind}_precision"] = round(len(truly & judged) / len(judged), 3) if judged else 1.0
        figures[f"{kind}_recall"] = round(len(truly & judged) / len(truly), 3)
    return {"figures": figures, "misses": misses}


def score_peer() -> dict:
    known = json.loads((CORPUS / "peer" / "known.json").read_text(encoding="utf-8"))
    figures = {"calendar_files": 0, "pages": 0, "read": 0, "refused_with_a_message": 0, "crashed": 0,
               "over_time": 0, "false_interviews": 0, "false_jobs": 0, "slowest_seconds": 0.0}
    misses, slowest = [], ""
    figures["yardstick_seconds"] = yardstick = yardstick_seconds()
    figures["time_bound_seconds"] = bound = round(TIME_BOUND * yardstick, 1)
    files = [(path, "ics") for path in sorted((CORPUS / "peer" / "ics").rglob("*")) if _is_data(path)]
    files += [(path, "page") for path in sorted((CORPUS / "peer" / "pages").rglob("*")) if _is_data(path)]
    for path, kind in files:
        relative = str(path.relative_to(CORPUS / "peer"))
        figures["calendar_files" if kind == "ics" else "pages"] += 1
        began = time.perf_counter()
        try:
            if kind == "ics":
                reading = _read_calendar(path)
                understood = bool(reading.interviews)
                wrong = [f.title for f in reading.interviews if f.is_interview and f.uid not in known["ics"].get(relative, [])]
                figures["false_interviews"] += len(wrong)
                misses += [(relative, "interview", "not an interview", title) for title in wrong]
            else:
                html = saved_page_text(path.read_bytes())
                result = extract_snapshot(Snapshot(url=f"https://peer.example/{path.name}", html=html))
                understood = result.job is not None or bool(result.reason)
                if result.job is not None and relative not in known["pages"]:
                    figures["false_jobs"] += 1
                    misses.append((relative, "job", "no job", result.job.title))
        except Exception as error:  # noqa: BLE001  (a crash is what this counts)
            figures["crashed"] += 1
            misses.append((relative, "crash", "a reading", f"{type(error).__name__}: {error}"))
            continue
        finally:
            took = time.perf_counter() - began
            if took > figures["slowest_seconds"]:
                figures["slowest_seconds"], slowest = round(took, 3), relative
            if took > bound:
                figures["over_time"] += 1
                misses.append((relative, "time", f"under {bound} s ({TIME_BOUND} yardsticks)", f"{took:.1f} s"))
        figures["read" if understood else "refused_with_a_message"] += 1
    figures["peak_memory_mb"] = _peak_memory_mb()
    figures["slowest_file"] = slowest
    return {"figures": figures, "misses": misses}


def _peak_memory_mb() -> int:
    """This process's peak resident memory. VmHWM, not getrusage: on Linux ru_maxrss carries the
    parent's peak across fork and exec, so a scorer started from the test run would report it."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) // 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024  # no /proc: the best there is


def _is_data(path: Path) -> bool:
    return path.is_file() and path.name not in ("SOURCES.txt", "README.md", "known.json")


def score_own_emails() -> dict:
    """Our own labelled messages (tests/fixtures/messages): the kinds and languages the corpus lacks."""
    labelled = json.loads(OWN_MESSAGES.read_text(encoding="utf-8"))
    sent = datetime.fromisoformat(labelled["sent"])
    said, misses = [], []
    for number, entry in enumerate(labelled["messages"], 1):
        mail = EmailMessage()
        mail["From"], mail["To"], mail["Subject"] = "Recruiter <recruiter@company.example>", "sam@example.org", entry["subject"]
        mail["Date"] = format_datetime(sent)
        mail.set_content(entry["body"])
        facts = read_message(mail.as_bytes())
        verdict = judge(facts, from_a_contact=entry.get("from_a_contact", False))
        name = f"{number} ({entry['language']}) {entry['subject']}"
        said.append((entry["kind"], verdict.kind))
        if verdict.kind != entry["kind"]:
            misses.append((name, "kind", entry["kind"], f"{verdict.kind} ({verdict.reason})"))
        if "decision_by" in entry:
            day = promised_day(facts.text, sent, "en-GB")
            if str(day) != entry["decision_by"]:
                misses.append((name, "decision_by", entry["decision_by"], str(day)))
    figures = {"messages": len(said), "days_right": sum(1 for e in labelled["messages"] if "decision_by" in e)
               - sum(1 for miss in misses if miss[1] == "decision_by")}
    for kind in sorted({truth for truth, _ in said} - {"not_job"}):
        judged = [truth for truth, got in said if got == kind]
        truly = [got for truth, got in said if truth == kind]
        figures[f"{kind}_precision"] = round(judged.count(kind) / len(judged), 3) if judged else 1.0
        figures[f"{kind}_recall"] = round(truly.count(kind) / len(truly), 3)
    return {"figures": figures, "misses": misses}


def score_own_invites() -> dict:
    """Our own labelled invites (tests/fixtures/ics/labelled.json): titles in the shapes scheduling
    tools and people write, in five languages, which the corpus's calendars (none an interview) lack."""
    labelled = json.loads(OWN_INVITES.read_text(encoding="utf-8"))
    figures = {"invites": 0, "interviews": 0, "interviews_found": 0, "others_taken": 0, "fields": 0, "fields_right": 0}
    misses = []
    for number, entry in enumerate(labelled["invites"], 1):
        reading = read_invite(_labelled_calendar(entry, labelled["start"], number), now=NOW, user_email=labelled["user"])
        facts = reading.interviews[0]
        expected, name = entry["expected"], f"{number} {entry['title']}"
        figures["invites"] += 1
        if not expected["interview"]:
            if facts.is_interview:
                figures["others_taken"] += 1
                misses.append((name, "interview", "not an interview", facts.reason))
            continue
        figures["interviews"] += 1
        if not facts.is_interview:
            misses.append((name, "interview", "an interview", facts.reason))
        figures["interviews_found"] += facts.is_interview
        got = {"company": facts.company, "role": facts.role,
               "interviewers": sorted(c.name for c in facts.contacts if c.kind == "interviewer")}
        for field in ("company", "role", "interviewers"):
            figures["fields"] += 1
            right = got[field] == sorted(expected[field]) if field == "interviewers" else _same(expected[field], got[field])
            figures["fields_right"] += right
            if not right:
                misses.append((name, field, expected[field], got[field]))
    # (a folder of pages without a job has no field to score, and no job to find)
    figures["field_accuracy"] = round(figures["fields_right"] / figures["fields"], 4) if figures["fields"] else 1.0
    taken = figures["interviews_found"] + figures["others_taken"]
    figures["interview_precision"] = round(figures["interviews_found"] / taken, 4) if taken else 1.0
    figures["interview_recall"] = round(figures["interviews_found"] / figures["interviews"], 4)
    return {"figures": figures, "misses": misses}


def _labelled_calendar(entry: dict, start: str, number: int) -> bytes:
    """One labelled invite as the calendar file a scheduling tool would send (REQUEST, folded, escaped)."""
    calendar, event = Calendar(), Event()
    calendar.add("prodid", "-//interview-companion//labelled invites//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "REQUEST")
    began = datetime.fromisoformat(start.replace("Z", "+00:00"))
    event.add("uid", f"invite-{number}@labelled.example")
    event.add("dtstamp", began)
    event.add("dtstart", began)
    event.add("dtend", began + timedelta(minutes=45))
    event.add("summary", entry["title"])
    if entry["description"]:
        event.add("description", entry["description"])
    name, email = entry["organizer"]
    event.add("organizer", vCalAddress(f"mailto:{email}"), parameters={"CN": name})
    for name, email, *parameters in entry["attendees"]:
        event.add("attendee", vCalAddress(f"mailto:{email}"), parameters={"CN": name, **(parameters[0] if parameters else {})})
    calendar.add_component(event)
    return calendar.to_ical()


SCORERS = {"pages": score_pages, "invites": score_invites, "own_invites": score_own_invites, "emails": score_emails,
           "own_emails": score_own_emails, "peer": score_peer}


def below_floors(scores: dict) -> list[str]:
    """Each figure past its floor, said in a line ("pages.field_accuracy 0.81 < floor 0.85")."""
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    problems = []
    for scorer, limits in floors.items():
        if scorer not in scores:
            continue
        figures = scores[scorer]["figures"]
        for name, floor in limits.get("at_least", {}).items():
            if figures[name] < floor:
                problems.append(f"{scorer}.{name} {figures[name]} < floor {floor}")
        for name, ceiling in limits.get("at_most", {}).items():
            if figures[name] > ceiling:
                problems.append(f"{scorer}.{name} {figures[name]} > ceiling {ceiling}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when a figure is past its floor")
    parser.add_argument("scorers", nargs="*", help="which scorers (default: all)")
    parser.add_argument("--pages-from", action="append", default=[], type=Path, metavar="DIR",
                        help="also score the pages of DIR, labelled in an expected.json of the corpus's shape "
                             "(real pages gathered for the corpus but not yet in it); no floor applies")
    args = parser.parse_args()
    unknown = set(args.scorers) - set(SCORERS)
    if unknown:
        parser.error(f"no scorer named {', '.join(sorted(unknown))}; there are {', '.join(SCORERS)}")
    if corpus_missing():
        print(corpus_missing(), file=sys.stderr)
        return 1
    scores = {name: SCORERS[name]() for name in args.scorers or SCORERS}
    scores |= {f"pages from {folder}": score_pages(folder) for folder in args.pages_from}
    for name, score in scores.items():
        print(f"{name}: " + ", ".join(f"{key} {value}" for key, value in score["figures"].items()))
        if score.get("by_source"):
            print("  fields right by site: " + ", ".join(f"{site} {right}" for site, right in score["by_source"].items()))
        for miss in score["misses"]:
            print("  miss: %s %s: expected %r, got %r" % miss)
    if args.check:
        problems = below_floors(scores)
        for problem in problems:
            print("BELOW FLOOR:", problem, file=sys.stderr)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
