"""Web addresses of job pages: hosts, query values and canonical forms without tracking parameters."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from companion.domain.addresses import is_web_url

# Parameters that only say how the user got to a page; two links differing in these are the
# same job. Compared in lower case.
TRACKING_PARAMS = frozenset(
    {
        "trk", "trkinfo", "trackingid", "refid", "ebp", "lipi", "alternatechannel",
        "original_referer", "sessionredirect", "fbclid", "gclid", "msclkid", "yclid",
        "igshid", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "_ga", "gh_src", "lever-source",
        "lever-origin", "source", "src", "ref", "referrer", "from",
    }
)


def host(url: str) -> str:
    """The host name in lower case, as its owner writes it ("求人ボックス.com" for the browser's
    "xn--pckua2a7gp15o89zb.com"; "" when the address is not a web address)."""
    if not is_web_url(url):
        return ""
    return ".".join(map(_unicode_label, (urlsplit(url).hostname or "").split(".")))


def _unicode_label(label: str) -> str:
    """A host's label in the letters it stands for, where it is written in Punycode ("xn--…")."""
    if not label.startswith("xn--"):
        return label
    try:
        return label.encode("ascii").decode("idna")
    except UnicodeError:
        return label  # not a valid one: kept as written


def host_is(url: str, *domains: str) -> bool:
    """Whether the address is on one of these domains or a subdomain of one."""
    name = host(url)
    return any(name == domain or name.endswith("." + domain) for domain in domains)


def path_parts(url: str) -> list[str]:
    """The non-empty segments of the address's path."""
    if not is_web_url(url):
        return []
    return [part for part in urlsplit(url).path.split("/") if part]


def query_value(url: str, name: str) -> str:
    """The first value of one query parameter ("" when absent)."""
    if not is_web_url(url):
        return ""
    for key, value in parse_qsl(urlsplit(url).query, keep_blank_values=True):
        if key == name:
            return value
    return ""


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered.startswith("utm_") or lowered in TRACKING_PARAMS


def canonical_url(url: str, keep: tuple[str, ...] | None = None) -> str:
    """The address in one stable form: lower-case host, no fragment, no trailing slash.

    With `keep`, only those query parameters stay (for sites whose job id is in the query);
    without it, only the known tracking parameters go.
    """
    if not is_web_url(url):
        return ""
    parts = urlsplit(url.strip())
    query = parse_qsl(parts.query, keep_blank_values=True)
    if keep is None:
        query = [(key, value) for key, value in query if not _is_tracking(key)]
    else:
        query = [(key, value) for key, value in query if key in keep]
    path = parts.path.rstrip("/") or "/"
    netloc = parts.hostname or ""
    if parts.port and parts.port not in (80, 443):
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, path, urlencode(query), ""))


def same_site(first: str, second: str) -> bool:
    """Whether two addresses are on the same host, ignoring a leading "www."."""
    def bare(url: str) -> str:
        name = host(url)
        return name[4:] if name.startswith("www.") else name

    return bool(bare(first)) and bare(first) == bare(second)


# A map service's address: its own host ("maps.google.com", "www.mapy.cz", "map.naver.com") or
# its "/maps" path ("www.google.com/maps/…", "www.bing.com/maps?q=…").
_MAP_HOST_LABELS = {"map", "maps", "mapy", "openstreetmap"}


def is_map_link(href: str) -> bool:
    """Whether a link's address opens a map service."""
    return bool(_MAP_HOST_LABELS & set(host(href).split("."))) or path_parts(href)[:1] == ["maps"]
