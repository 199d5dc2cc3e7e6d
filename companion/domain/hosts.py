"""Whose a host or an e-mail domain is, when it is not the employer's: applicant-tracking and
scheduling tools, public mail, video-meeting services. Invites, pages and messages all ask."""

from __future__ import annotations

from functools import lru_cache

APPLICANT_TRACKING = {
    "greenhouse.io": "Greenhouse",
    "greenhouse-mail.io": "Greenhouse",
    "lever.co": "Lever",
    "myworkday.com": "Workday",
    "myworkdayjobs.com": "Workday",
    "workday.com": "Workday",
    "ashbyhq.com": "Ashby",
    "smartrecruiters.com": "SmartRecruiters",
    "icims.com": "iCIMS",
    "jobvite.com": "Jobvite",
    "taleo.net": "Taleo",
    "successfactors.com": "SuccessFactors",
    "workable.com": "Workable",
    "teamtailor.com": "Teamtailor",
    "recruitee.com": "Recruitee",
    "bamboohr.com": "BambooHR",
    "applytojob.com": "JazzHR",
    "breezy.hr": "Breezy HR",
    "personio.de": "Personio",
    "personio.com": "Personio",
    "softgarden.io": "softgarden",
    "softgarden.de": "softgarden",
    "join.com": "JOIN",
    "homerun.co": "Homerun",
    "pinpointhq.com": "Pinpoint",
    "avature.net": "Avature",
    "beamery.com": "Beamery",
    "gem.com": "Gem",
    "paradox.ai": "Paradox",
    "hirevue.com": "HireVue",
    "goodtime.io": "GoodTime",
    "modernloop.io": "ModernLoop",
    "prelude.co": "Prelude",
    "yello.co": "Yello",
    "coderpad.io": "CoderPad",
    "codesignal.com": "CodeSignal",
    "hackerrank.com": "HackerRank",
    "karat.com": "Karat",
    "codility.com": "Codility",
    "interviewing.io": "interviewing.io",
    "brighthire.ai": "BrightHire",
    "easycruit.com": "EasyCruit",
    "silkroad.com": "SilkRoad",
}
# Booking tools schedule interviews but also sales calls and haircuts: a weaker sign.
SCHEDULING_TOOLS = {
    "calendly.com": "Calendly",
    "savvycal.com": "SavvyCal",
    "youcanbook.me": "YouCanBookMe",
    "doodle.com": "Doodle",
    "cal.com": "Cal.com",
    "zcal.co": "zcal",
    "chilipiper.com": "Chili Piper",
    "hubspot.com": "HubSpot Meetings",
}
PUBLIC_MAIL_DOMAINS = {
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "live.com",
    "msn.com", "yahoo.com", "yahoo.co.uk", "icloud.com", "me.com", "mac.com", "aol.com",
    "proton.me", "protonmail.com", "gmx.de", "gmx.net", "gmx.com", "web.de", "fastmail.com",
    "hey.com", "mail.com", "yandex.ru", "yandex.com", "qq.com", "163.com", "zoho.com",
    "orange.fr", "free.fr", "t-online.de", "libero.it", "wp.pl", "o2.pl", "seznam.cz",
}
# Video-meeting services send invites for others ("no-reply@zoom.us"): never the company.
MEETING_SERVICES = {"zoom.us", "zoom.com", "zoomgov.com", "webex.com", "gotomeeting.com", "goto.com", "whereby.com",
                    "bluejeans.com", "meet.jit.si"}


def hiring_tool(host: str) -> tuple[str, bool]:
    """The hiring or scheduling tool a host belongs to, and whether it is an applicant tracker."""
    return _hiring_tool(host.lower())


@lru_cache(maxsize=4096)  # asked for every address of every event: a calendar of 10,000 asks 90,000 times
def _hiring_tool(host: str) -> tuple[str, bool]:
    for known, table, tracker in (
        *((domain, APPLICANT_TRACKING, True) for domain in APPLICANT_TRACKING),
        *((domain, SCHEDULING_TOOLS, False) for domain in SCHEDULING_TOOLS),
    ):
        if host == known or host.endswith("." + known):
            return table[known], tracker
    return "", False


def is_public_mail(domain: str) -> bool:
    return domain in PUBLIC_MAIL_DOMAINS


def is_meeting_service(domain: str) -> bool:
    return any(domain == known or domain.endswith("." + known) for known in MEETING_SERVICES)
