"""A follow-up's draft: as JSON for the popup, or as an unsent .eml to open in a mail program."""

from flask import Blueprint, Response, jsonify

from companion.services import follow_up_drafts
from companion.services.followups import get_follow_up
from companion.web.api.docs import documented

blueprint = Blueprint("drafts", __name__)


@blueprint.get("/api/followups/<id:follow_up_id>/draft")
@documented("The follow-up's draft: subject, body, recipient, warnings about missing facts, mailto link")
def get_draft(follow_up_id: int):
    follow_up = get_follow_up(follow_up_id)
    draft = follow_up_drafts.draft_for(follow_up)
    return jsonify(subject=draft.subject, body=draft.body, to=draft.to, warnings=draft.warnings,
                   mailto=follow_up_drafts.mailto_for(follow_up, draft))


@blueprint.get("/api/followups/<id:follow_up_id>/draft.eml")
@documented("The follow-up's draft as an unsent email (X-Unsent: 1)", returns="message/rfc822")
def get_draft_eml(follow_up_id: int):
    follow_up = get_follow_up(follow_up_id)
    return Response(follow_up_drafts.eml_for(follow_up), content_type="message/rfc822",
                    headers={"Content-Disposition": f'attachment; filename="follow-up-{follow_up_id}.eml"'})
