"""Whether words name a place: a town followed by its region or country ("Mountain View,
California", "San Francisco, CA", "Humlebæk, DK"), known from ISO 3166 as pycountry lists it
(countries by name and code, and every country's regions by name), and countries as the
languages of the pages we read name them (Babel's CLDR names: "Leipzig, Deutschland"); or a
Japanese address, its prefecture first."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from companion.reading.names import has_legal_form
from companion.reading.pages.towns import names_a_town, vietnamese_marks_as_listed

# Japanese for working fully remotely: fully remote, fully from home ("フルリモート勤務可", "完全在宅勤務").
FULLY_REMOTE_JA = r"フルリモート|完全リモート|完全在宅"

# Countries whose regions people write as codes after a town: "Austin, TX", "Toronto, ON", "Sydney, NSW",
# "São Carlos - SP".
_CODED_REGIONS = {"US", "CA", "AU", "BR"}
# names people write that ISO 3166 does not hold, or no longer ("Turkey" for "Türkiye")
_ALSO_WRITTEN = {"UK", "U.S.", "U.S.A.", "UAE", "Turkey", "Czech Republic", "Macedonia", "Ivory Coast", "Cape Verde",
                 "Palestine", "Wales", "Holland"}
# The kind of region ISO 3166 writes with its name, which people leave out: "Kuala Lumpur" of "Wilayah Persekutuan Kuala
# Lumpur", "Guangdong" of "Guangdong Sheng", "Moskovskaya" of "Moskovskaya oblast'" (not English kinds: "Mountain" of
# "Mountain Province", "National Capital" of "National Capital Region" are words too)
_REGIONS_KIND = re.compile(r"^(?:wilayah\s+persekutuan|respublika)\s+|\s+(?:oblast'?|okrug|sheng|shi|zizhiqu|kraj|kray"
                           r"|novads|oblysy|apskritis|voblasć|miestas|županija)$", re.IGNORECASE)
# Languages whose names of countries a page may write after a town (English's are ISO 3166's).
_LANGUAGES = ("de", "fr", "es", "it", "nl", "pt", "da", "sv", "nb", "fi", "pl", "cs")
PLACE_LIMIT = 100  # characters: a longer text is a sentence that mentions a place


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    import pycountry  # on the first question only: it reads its lists from disk (~0.1 s)
    from babel import Locale

    names = {*_ALSO_WRITTEN, *(region.name for region in pycountry.subdivisions),
             *(bare for region in pycountry.subdivisions if (bare := _REGIONS_KIND.sub("", region.name)) != region.name
               and len(bare) >= 4)}
    for language in _LANGUAGES:
        names.update(Locale(language).territories.values())
    for code, spelled in _coded().items():  # countries by name and code, coded regions by code
        names.update({code, *spelled})
    # also as people write them without ISO's marks: "Tamil Nadu" for "Tamil Nādu", "Maharashtra" for "Mahārāshtra"
    return frozenset(written.lower() for name in names if name for written in (name, _unmarked(name)))


def _unmarked(name: str) -> str:
    """A name without the marks on its letters ("Tamil Nadu" of "Tamil Nādu")."""
    return unicodedata.normalize("NFC", "".join(char for char in unicodedata.normalize("NFKD", name)
                                                if not unicodedata.combining(char)))


@lru_cache(maxsize=1)
def _coded() -> dict[str, frozenset[str]]:
    """The names each code of a country or of a region written as a code stands for ("ny": {"new
    york"}, "de": {"germany", …})."""
    import pycountry

    names: dict[str, set[str]] = {}
    for country in pycountry.countries:
        for key in ("alpha_2", "alpha_3"):
            names.setdefault(getattr(country, key).lower(), set()).update(
                getattr(country, name, "").lower() for name in ("name", "common_name") if getattr(country, name, ""))
    for region in pycountry.subdivisions:
        if region.country_code in _CODED_REGIONS:
            names.setdefault(region.code.split("-")[1].lower(), set()).add(region.name.lower())
    return {code: frozenset(spelled) for code, spelled in names.items()}


def spelled_out(code: str) -> frozenset[str]:
    """The names a region's or country's code stands for, in lower case ("new york" for "NY"; none
    where it is no code)."""
    return _coded().get(code.strip().lower(), frozenset())


def names_a_region(text: str) -> bool:
    """Whether a text is a country or a region alone ("Cameroon", "Bavaria"), its Vietnamese tone marks set either way
    ("Khánh Hoà", listed "Khánh Hòa")."""
    return any(name.strip().lower() in _regions() for name in (text, vietnamese_marks_as_listed(text)))


def comma_before_region(place: str) -> str:
    """A town and its country or region written with no comma between, with one ("Lahore, Pakistan" of "Lahore Pakistan",
    "Cape Town, South Africa"); the place as it was otherwise."""
    words = place.split()
    if "," in place or names_a_region(place):
        return place
    for size in (1, 2):
        town, region = " ".join(words[:-size]), " ".join(words[-size:])
        if town and names_a_region(region) and names_a_town(town):
            return f"{town}, {region}"
    return place


# A Japanese address, its prefecture first: "東京都 品川区 大崎駅", "埼玉県さいたま市見沼区".
_JAPANESE_ADDRESS = re.compile(r"^(?:東京都|北海道|京都府|大阪府|[^\s都道府県]{2,3}県)")


# A Japanese address's town: its prefecture, if written, its city and its ward, or its district and town ("加古郡播磨町")
# ("宮城県仙台市泉区" of
# "宮城県仙台市泉区泉中央4丁目18-2", "大阪市中央区" of "本町店（大阪市中央区南本町 3 丁目 3-17 丸松ビルB1）"), or a
# Tokyo ward; the streets, blocks and buildings after it name no town.
# (a city's name may hold 都 or 府, which end a prefecture's: "宇都宮市", "京都市", "府中市"; or begin with 市: "市川市")
_JAPANESE_TOWN = re.compile(r"(?:(?:東京都|北海道|(?:京都|大阪)府|[^\s\d（(都道府県市区]{2,3}県)\s?)?(?:市?[^\s\d（(、道県市区]{1,5}?市"
                            r"(?:\s?[^\s\d（(、市区]{1,4}?区)?|[^\s\d（(、都道府県市区郡]{1,4}?郡\s?[^\s\d（(、郡町村]{1,4}?[町村])"
                            r"|東京都\s?[^\s\d（(、区]{1,4}?区")


def japanese_town(address: str) -> str:
    """The town of a Japanese address the text holds, written without the spaces some put between its parts ("兵庫県加古郡
    播磨町" of "兵庫県 加古郡 播磨町 東新島"; "" where it holds none)."""
    found = _JAPANESE_TOWN.search(address)
    return found[0].replace(" ", "") if found else ""


# A Chinese address's town where no city's 市 is written (with it, it reads as a Japanese one): its province, if written,
# its city and its district or county ("南京江宁区" of "南京江宁区南京新联电子股份有限公司(南门)", the building after it).
_CHINESE_TOWN = re.compile(r"^(?:[^\W\d省市区县]{2,3}省)?[^\W\d省市区县]{2,3}[^\W\d省市区县]{1,4}?[区县]")


def chinese_town(address: str) -> str:
    """The town of a Chinese address written without its city's 市 ("" where the text is none)."""
    found = _CHINESE_TOWN.match(address.strip()) if re.match(r"[\u4e00-\u9fff]", address.strip()) else None
    return found[0] if found else ""


def names_a_place(text: str) -> bool:
    """Whether a text is a town with its region or country after it ("Town, Region[, Country]"),
    each piece before the last written as a name, or a Japanese address, or a town alone that GeoNames lists."""
    parts = [part.strip() for part in text.split(",")]
    return len(text) <= PLACE_LIMIT and (len(parts) >= 2 and all(map(written_as_name, parts[:-1]))
                                         and names_a_region(parts[-1])
                                         or bool(_JAPANESE_ADDRESS.match(text)) or names_a_town(text))


# A word of a sentence, not of a place's name: lower case and longer than a name's particles
# ("de", "am", "los", "sur"); "nell'Emilia" and "-upon-" are parts of names.
_SENTENCE_WORD = re.compile(r"^[a-zà-ÿ][a-zà-ÿ]{3,}$")
# "Leeds. Apply", "NY. Apply"; not "St. Louis", "Dist. 2", Vietnamese's "TP. Hồ Chí Minh" (thành phố: the city of)
SENTENCE_END = re.compile(r"(?:(?<=\w{3})|(?<=[A-Z]{2})(?<!\bTP))\.\s(?!\d)")
_NAME_WORDS = 5  # "San Sebastián de los Reyes"; more words are a sentence or a line of facts


def written_as_name(part: str) -> bool:
    """Whether a piece reads as a place's name ("Frankfurt am Main", "123 Main Street"), not as
    words of a sentence or a header's line ("We are based in Paris", "Architecture Full time London")."""
    words = part.split()
    return 0 < len(words) <= _NAME_WORDS and not any(_SENTENCE_WORD.match(word) for word in words)


# An address's postal code and town: "DK 2730 Herlev", "D-80331 München", "6515 HT Nijmegen", "75001
# Paris", "114 55 Stockholm", "80-232 Gdańsk", "1050-001 Lisboa", its country after it ("75013 Paris,
# France"); "San Jose, CA 95101", "Melbourne, VIC 3000", "Montreal, QC, H4B 1R6", "Harrow, HA1 2LS".
_POSTAL_TOWN = re.compile(r"(?:^|,\s*)(?:[A-Z]{1,3}[- ])?(?:\d{4}\s?[A-Z]{2}|\d{4,5}|\d{3}\s\d{2}|\d{2}-\d{3}|\d{4}-\d{3})"
                          r"\s+(?P<town>[^\d,|•·]{2,40})(?:,\s*(?P<country>[^\d,|•·]{2,40}))?$"
                          r"|^(?P<us_town>[^\d,]{2,40},\s*[A-Z]{2,3}),?\s+(?:\d{5}(?:-\d{4})?|\d{4}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$"
                          # a British postcode after the town, whole or its district: "80 Gayton Road, Harrow, HA1 2LS",
                          # "Gainsborough DN21"
                          r"|(?:^|,\s*)(?P<uk_town>[^\d,]{2,40}?),?\s+[A-Z]{1,2}\d[A-Z\d]?(?:\s\d[A-Z]{2})?$"
                          # six digits after the town, as Singapore, India and China write them: "Singapore 486018",
                          # "Bengaluru - 560001", "Bangalore 560 001"
                          r"|(?:^|,\s*)(?P<pin_town>[^\d,|•·-]{2,40}?)\s*[-–]?\s*\d{3}\s?\d{3}$")


_S_TOWN = re.compile(r"['’]s-\w")  # a Dutch town's article first: "'s-Hertogenbosch", "'s-Gravenhage"
_YEAR_FIRST = re.compile(r"(?:,\s*)?(?:19|20)\d{2}\s")  # a year where a postal code would stand: "2016 Tsavo BV"


def postal_town(line: str) -> str:
    """The town of an address's line of postal code and town ("Herlev" for "DK 2730 Herlev"; "" where it is none)."""
    return _postal_parts(line)[0]


def postal_place(line: str) -> str:
    """The town of an address's postal line, with the country after it ("Paris, France" for "75013
    Paris, France"; "Herlev" for "DK 2730 Herlev"; "" where the line is none)."""
    return ", ".join(part for part in _postal_parts(line) if part)


# A street's name and house number, then the town, with no postal code: "Nevelgaarde 40, Nieuwegein" (a
# Dutch firm's header), "Via Roma 12/A, Bologna".
_STREET_TOWN = re.compile(r"^[^\W\d_][\w'’.-]*(?:\s[\w'’.-]+){0,3}\s\d{1,5}[a-zA-Z]?(?:[-/]\w{1,4})?,\s*"
                          r"(?P<town>[^\W\d_][^\d,|•·]{1,40})$")


# The mark of a copyright line: "©", "(c)", "Copyright".
COPYRIGHT_MARK = r"(?:©|\((?i:c)\)|(?i:copyright)\b)"
# A copyright line, which may read as a street and its number ("Copyright 2023, Raphaël Royauté": the owner, no town).
_COPYRIGHT_FIRST = re.compile(rf"^\s*{COPYRIGHT_MARK}")


def street_town(line: str) -> str:
    """The town after a street's name and house number ("Nieuwegein" for "Nevelgaarde 40, Nieuwegein";
    "" where the line is none)."""
    found = None if _COPYRIGHT_FIRST.match(line) else _STREET_TOWN.match(" ".join(line.split()))
    town = found["town"].strip() if found else ""
    return town if town[:1].isupper() and written_as_name(town) else ""


ADDRESS_PARTS = 3  # at most, of a one-line address's last parts: a town, its state, its postal code


_POSTAL_CODE = re.compile(r"^(?:\d{3}\s?\d{2}|\d{4,5})$")  # alone between commas: "Limuzská 3135/12, 10000, Praha - Strašnice"


# A Hungarian address: postal code, town, then the street ("4200 Hajdúszoboszló Hőforrás utca 2.").
_CODE_TOWN_STREET = re.compile(r"^\d{4}\s+(?P<town>[A-ZÀ-Þ][^\d,]{1,30}?),?\s+[^\d,]+\s(?:utca|út|útja|tér|körút|u\.|krt\.)\s*\d")


def address_town(address: str) -> str:
    """The town, with its state or country, of an address written on one line ("Montreal, QC" for
    "7141 Sherbrooke St West, GE building, Montreal, QC, H4B 1R6"), or the part after a postal code
    set apart by commas ("Praha - Strašnice" of "Limuzská 3135/12, 10000, Praha - Strašnice, Praha,
    Česká republika", as jobs.cz writes it), or the town between a Hungarian address's postal code and its street;
    "" where it holds no postal code."""
    if hungarian := _CODE_TOWN_STREET.match(" ".join(address.split())):
        return hungarian["town"]
    parts = [part.strip() for part in address.split(",")]
    return next((place for count in range(1, ADDRESS_PARTS + 1) if len(parts) > count
                 and (place := postal_place(", ".join(parts[-count:])))), "") or next(
        (town for code, town in zip(parts[1:], parts[2:]) if _POSTAL_CODE.match(code) and written_as_name(town)), "") \
        or _town_after_street(parts)


# A street first: its house number ("40. Avenue Alhaouz", Vietnamese "Số 64"), or its kind's word ("Rue de la Paix 3",
# Vietnamese "Đường 31D", "Ngõ 15"), or the floor of a building (Vietnamese "Tầng 4", "Toà Nhà Số 32": floor, building).
_STREET_FIRST = re.compile(r"^(?:số\s+)?\d+[\w./-]*\s|^số\s+\d|\b(?:avenue|av\.|rue|street|road|calle|rua|via|straße|strasse"
                           r"|weg|laan|boulevard|blvd|chaussée|allée|place|đường|ngõ|phố"
                           # (or its building: "Vertical Business Suite")
                           r"|suite|tower|building|plaza|tầng|t(?:oà|òa)\s+nhà)\b", re.IGNORECASE)


# Vietnamese's word for a city or a town before its name: "TP. Nha Trang", "Thành phố Huế", "Thị xã Sơn Tây".
_CITY_WORD = re.compile(r"^(?:TP\.|Tp\.|Thành\s+phố|Thị\s+xã)\s+")


def _town_after_street(parts: list[str]) -> str:
    """The town after a street where no postal code is written: "Rabat" of "40. Avenue Alhaouz Lot Fanida, Rabat",
    "Seattle, WA" of "3621 Stone Way N Suite G, Seattle, WA" ("" where the first part is no street)."""
    if len(parts) < 2 or not _STREET_FIRST.search(parts[0]):
        return ""
    if len(parts) >= 3 and names_a_place(town := ", ".join(parts[-2:])):
        return _CITY_WORD.sub("", town)  # "Nha Trang, Khánh Hoà" of "…, TP. Nha Trang, Khánh Hoà" (TP.: the city of)
    return parts[-1] if written_as_name(parts[-1]) and not re.search(r"\d", parts[-1]) else ""


# A street's kind ending what follows a number: "8050 Greenmead Dr" is a street, its house number first, no
# postal code and town; so is "3621 Stone Way N Suite G", its quarter and suite after it.
_STREET_END = re.compile(r"\s(?:dr|drive|st|street|ave|avenue|rd|road|blvd|boulevard|ln|lane|way|ct|court|pl|place|pkwy"
                         r"|parkway|hwy|highway|suite|ste|floor)\.?(?:\s+[NSEW]{1,2}\.?)?"
                         r"(?:,?\s+(?:suite|ste|unit|floor|#)\.?\s*[\w-]+)?$", re.IGNORECASE)


def _postal_parts(line: str) -> tuple[str, str]:
    """The town and the country (or "") of a line read as a postal code and town, where what follows
    the town names a country; ("", "") where the line is none."""
    found = _POSTAL_TOWN.search(" ".join(line.split()))
    country = (found["country"] or "").strip() if found else ""
    # (a town is written as a name: "2012 lowongan" after a post's date is no address; nor is a company after a copyright's
    # year: "2016 Tsavo BV", though a Swiss town may be followed by its canton's code: "5400 Baden AG"; nor a date's
    # year and a sentence after it: "February 7, 2013. Posted in Jobs", though a town may begin with "'s-"; nor a copyright
    # line after its year: "2026 Copyright © and Trademark™ by CRAYS")
    town = found["town"] or found["pin_town"] or "" if found else ""
    if not found or country and not names_a_region(country) or _STREET_END.search(town) or town[:1].islower() \
            or _COPYRIGHT_FIRST.match(town) or town and not (town[:1].isalpha() or _S_TOWN.match(town)) \
            or has_legal_form(town) and _YEAR_FIRST.match(found[0]) \
            or found["pin_town"] and not names_a_town(found["pin_town"].strip()):  # (not "Order 123456")
        return "", ""
    return (found["us_town"] or found["uk_town"] or found["pin_town"] or found["town"]).strip(), country
