"""Whether the name an address spells is a name as people write it."""

import pytest

from companion.reading.names import spells, squeezed


@pytest.mark.parametrize(("spelled", "written"), [
    ("bluefinhealth", "Bluefin Health"),
    ("lumiere-conseil", "Lumière Conseil"),  # accents dropped
    ("bsteam", "BS-Team SA"),  # the legal form after the name
    ("comparis-ch", "comparis.ch"),
    ("mercyhp", "Mercy Health Partners Inc."),  # letters in order from the first
    ("dwf", "Digital Wave Finance AG"),
    ("workatastartup", "Y Combinator's Work at a Startup"),  # the end of a longer name
])
def test_a_name_an_address_spells(spelled, written):
    assert spells(spelled, written)


@pytest.mark.parametrize(("spelled", "written"), [
    ("initech", "Globex"),
    ("hp", "Hewlett Packard"),  # two letters say too little
    ("sap", "Supply Chain Planning"),  # letters scattered through words are not their starts
    ("acme", "Jane Doe"),
    ("", "Acme"),
])
def test_a_name_an_address_does_not_spell(spelled, written):
    assert not spells(spelled, written)


def test_squeezed_keeps_letters_and_digits_without_case_or_accents():
    assert squeezed("Zürich-Nord 2") == "zurichnord2"
