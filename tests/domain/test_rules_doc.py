"""docs/follow-up-rules.md and the code it describes say the same thing: every rule the code cites
has its row, and every setting, function and kind the table names exists."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from companion.domain import kinds, rules
from companion.domain.timing import Settings

DOC = (Path(__file__).parents[2] / "docs" / "follow-up-rules.md").read_text(encoding="utf-8")
ROWS = {match[1]: match[0] for match in re.finditer(r"^\| (R\d+) \|.*$", DOC, re.MULTILINE)}
RULES_SOURCE = Path(rules.__file__).read_text(encoding="utf-8")


def cells(rule: str) -> list[str]:
    return [cell.strip() for cell in ROWS[rule].strip("|").split("|")]


def test_every_rule_the_code_cites_has_a_row():
    cited = set(re.findall(r"\bR\d+\b", RULES_SOURCE)) | {kind.rule for kind in kinds.KINDS.values()}
    assert cited <= set(ROWS), f"rules cited in the code but missing from the table: {sorted(cited - set(ROWS))}"


@pytest.mark.parametrize("kind", kinds.KINDS.values(), ids=lambda kind: kind.id)
def test_each_kind_is_named_in_its_rules_row(kind):
    assert f"`{kind.id}`" in cells(kind.rule)[1]


@pytest.mark.parametrize("rule", sorted(ROWS, key=lambda rule: int(rule[1:])))
def test_the_settings_named_exist_with_the_defaults_given(rule):
    defaults = {field.name: field.default for field in dataclasses.fields(Settings)}
    for name, shown in re.findall(r"`(\w+)` \(([^)]*)\)", cells(rule)[4]):
        assert name in defaults, f"{rule} names a setting that does not exist: {name}"
        value = defaults[name]
        written = value.strftime("%H:%M") if hasattr(value, "strftime") else str(value)
        assert shown.startswith(written) or (shown == "off" and value is False), f"{rule}: {name} is {written}, not {shown}"


@pytest.mark.parametrize("rule", sorted(ROWS, key=lambda rule: int(rule[1:])))
def test_the_functions_named_implement_the_rule(rule):
    for name in re.findall(r"`(_Planner\.\w+|\w+_due|\w+_deadline|\w+_from)`", cells(rule)[5]):
        owner, _, attribute = name.rpartition(".")
        assert hasattr(getattr(rules, owner) if owner else rules, attribute), f"{rule} names {name}, which does not exist"
