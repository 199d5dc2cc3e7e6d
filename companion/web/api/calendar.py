"""Reminders as a calendar: a download for the extension, and a read-only feed to subscribe to.

The feed at /calendar.ics carries its own token in the query, because calendar programs cannot
send headers. That token is derived from the pairing token and opens nothing but the feed, so
a subscription address that leaks (calendar settings are often synced) exposes no API.
"""

import base64
import hashlib
import hmac

from flask import Blueprint, Response, current_app, request

from companion.web.errors import ApiError
from companion.services import follow_up_drafts
from companion.web.api.docs import documented

blueprint = Blueprint("calendar", __name__)

CALENDAR_TYPE = "text/calendar; charset=utf-8"


def feed_token(pairing_token: str) -> str:
    digest = hmac.new(pairing_token.encode(), b"read-only calendar feed", hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def feed_url() -> str:
    return f"{request.host_url}calendar.ics?token={feed_token(current_app.config['COMPANION_TOKEN'])}"


@blueprint.get("/api/export/reminders.ics")
@documented("Every open follow-up as a calendar event with an alarm (.ics)", returns="text/calendar")
def export_reminders():
    return Response(follow_up_drafts.reminders_ics(), content_type=CALENDAR_TYPE,
                    headers={"Content-Disposition": 'attachment; filename="reminders.ics"'})


@blueprint.get("/calendar.ics")
def calendar_feed():
    given = request.args.get("token", "")
    expected = feed_token(current_app.config["COMPANION_TOKEN"])
    if not given or not hmac.compare_digest(given.encode(), expected.encode()):
        raise ApiError("the calendar feed needs its token: copy the feed address from the settings",
                       code="unauthorized", status=401)
    return Response(follow_up_drafts.reminders_ics(), content_type=CALENDAR_TYPE)
