"""docs/follow-up-rules.md must keep describing the code: each failure here means the table and
companion/domain (rules.py, kinds.py, timing.py) have drifted apart, and one of them needs updating."""

from __future__ import annotations

import dataclasses
import inspect
import re
from datetime import time
from pathlib import Path

import pytest

from companion.domain import kinds, rules, timing, vocabulary

DOC_PATH = Path(__file__).parents[2] / "docs" / "follow-up-rules.md"
DOC = DOC_PATH.read_text(encoding="utf-8")
RULES_SOURCE = Path(rules.__file__).read_text(encoding="utf-8")
RULE_ID = re.compile(r"\bR\d+\b")
COLUMNS = ("rule", "follow-up", "due", "ends", "settings", "code", "sources")

# The table's rows by rule id: "| R5 | ... |" (a row per rule, each rule once).
_ROW_LINES = re.findall(r"^\|\s*(R\d+)\s*\|(.*)\|\s*$", DOC, re.MULTILINE)
ROWS = {rule: [cell.strip() for cell in rest.split("|")] for rule, rest in _ROW_LINES}
ROW_IDS = sorted(ROWS, key=lambda rule: int(rule[1:]))

SETTING_FIELDS = {field.name: field for field in dataclasses.fields(timing.Settings)}


def cell(rule: str, column: str) -> str:
    return ROWS[rule][COLUMNS.index(column) - 1]


def names_in(text: str) -> list[str]:
    """Every `code` span in `text`."""
    return re.findall(r"`([^`]+)`", text)


def cited_rules() -> set[str]:
    """Rule ids the code relies on: cited in rules.py, or given to a kind in kinds.KINDS."""
    return set(RULE_ID.findall(RULES_SOURCE)) | {kind.rule for kind in kinds.KINDS.values()}


def default_of(name: str) -> object:
    field = SETTING_FIELDS[name]
    if field.default is not dataclasses.MISSING:
        return field.default
    return field.default_factory()


def as_written(value: object) -> str:
    """A default the way the table writes it: 09:00, off, 7, mon–fri."""
    if isinstance(value, bool):
        return "on" if value else "off"
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, frozenset):
        days = sorted(value)
        if days == list(range(days[0], days[-1] + 1)) and len(days) > 2:
            return f"{timing.WEEKDAY_NAMES[days[0]]}–{timing.WEEKDAY_NAMES[days[-1]]}"
        return ",".join(timing.WEEKDAY_NAMES[day] for day in days)
    return str(value)


def resolves(name: str) -> bool:
    """True when a name written in backticks is something companion/domain defines: a setting key,
    a kind id, an outcome, a module-level name of rules/kinds/timing, or `Class.member` of one."""
    if name in SETTING_FIELDS or name in kinds.KINDS or name in vocabulary.OUTCOMES:
        return True
    owner_name, _, member = name.rpartition(".")
    modules = (rules, kinds, timing)
    if not owner_name:
        return any(hasattr(module, name) for module in modules)
    owners = [getattr(module, owner_name) for module in modules if hasattr(module, owner_name)]
    return any(
        hasattr(owner, member)
        or (dataclasses.is_dataclass(owner) and member in {field.name for field in dataclasses.fields(owner)})
        for owner in owners)


def test_the_doc_has_one_row_per_rule():
    assert ROWS, f"no '| R<n> |' rows found in {DOC_PATH}"
    ids = [rule for rule, _ in _ROW_LINES]
    assert len(ids) == len(set(ids)), f"a rule has more than one row: {ids}"
    for rule, cells in ROWS.items():
        assert len(cells) == len(COLUMNS) - 1, f"{rule}: expected {len(COLUMNS)} columns, found {len(cells) + 1}"


def test_every_rule_the_code_cites_has_a_row():
    missing = cited_rules() - set(ROWS)
    assert not missing, f"rules cited in rules.py or kinds.py with no row in the doc: {sorted(missing)}"


def test_every_row_is_a_rule_the_code_knows():
    unknown = set(ROWS) - cited_rules()
    assert not unknown, f"rows for rules that neither rules.py nor kinds.py cites: {sorted(unknown)}"


@pytest.mark.parametrize("kind", kinds.KINDS.values(), ids=lambda kind: kind.id)
def test_each_kind_is_named_in_the_row_of_its_rule(kind):
    assert f"`{kind.id}`" in cell(kind.rule, "follow-up"), f"kind {kind.id} is not named in the row of {kind.rule}"


@pytest.mark.parametrize("rule", ROW_IDS)
def test_the_kinds_a_row_names_belong_to_that_rule(rule):
    for name in names_in(cell(rule, "follow-up")):
        if name in kinds.KINDS:
            assert kinds.KINDS[name].rule == rule, f"{rule} names kind {name}, whose rule is {kinds.KINDS[name].rule}"


@pytest.mark.parametrize("rule", ROW_IDS)
def test_the_settings_a_row_names_exist_with_the_defaults_it_gives(rule):
    text = cell(rule, "settings")
    named = names_in(text)
    with_default = dict(re.findall(r"`(\w+)` \(([^)]*)\)", text))
    for name in named:
        assert name in SETTING_FIELDS, f"{rule} names a setting that timing.Settings does not declare: {name}"
        assert name in with_default, f"{rule}: {name} is given without its default in brackets"
        shown = with_default[name].split(";")[0].strip()
        written = as_written(default_of(name))
        assert shown == written, f"{rule}: the default of {name} is {written} in timing.py, the doc says {shown}"


@pytest.mark.parametrize("name", sorted(SETTING_FIELDS))
def test_a_setting_that_cites_a_rule_is_in_that_rules_row(name):
    help_text = SETTING_FIELDS[name].metadata["spec"].help
    for rule in RULE_ID.findall(help_text):
        assert f"`{name}`" in cell(rule, "settings"), f"setting {name} is for {rule} but not in its row"


@pytest.mark.parametrize("rule", ROW_IDS)
def test_the_functions_a_row_names_exist_in_rules_py(rule):
    named = names_in(cell(rule, "code"))
    assert named, f"{rule} names no function that implements it"
    for name in named:
        owner_name, _, attribute = name.rpartition(".")
        owner = getattr(rules, owner_name, None) if owner_name else rules
        function = getattr(owner, attribute, None)
        assert callable(function), f"{rule} names {name}, which is not a function in companion/domain/rules.py"
        if not owner_name:
            # A module-level timing function says which rows it serves; the row must be one of them.
            assert rule in RULE_ID.findall(inspect.getdoc(function) or ""), (
                f"{rule} names {name}, whose docstring cites {RULE_ID.findall(inspect.getdoc(function) or '')}")


def test_every_name_in_backticks_exists_in_the_code():
    """Settings, kinds, outcomes, functions and classes named anywhere on the page, not only in the table."""
    identifier = re.compile(r"_?[A-Za-z]\w*(\.\w+)?")
    unknown = sorted({name for name in names_in(DOC)
                      if identifier.fullmatch(name) and not name.endswith(".py") and not resolves(name)})
    assert not unknown, f"names in the doc that companion/domain does not define: {unknown}"
