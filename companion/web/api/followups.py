"""Follow-ups: list what is due, mark one done, skipped or snoozed."""

from flask import Blueprint, jsonify

from companion.domain.vocabulary import FOLLOW_UP_STATUSES
from companion.web.errors import ApiError
from companion.web.schema import Field
from companion.services import followups as service
from companion.services.follow_up_drafts import follow_up_json, follow_ups_json
from companion.web.api.docs import documented, json_body, query_args

blueprint = Blueprint("followups", __name__)
MAX_PAGE = 1000

LIST_QUERY = {
    "status": Field("string", choices=("open", "all") + FOLLOW_UP_STATUSES,
                    description="open (pending or snoozed, the default), all, or one status"),
    "due_before": Field("datetime", description="only those asking for attention by this time"),
    "due_after": Field("datetime", description="only those asking for attention after this time"),
    "limit": Field("integer", description=f"at most this many (1 to {MAX_PAGE}); next_cursor then names the next page"),
    "after": Field("string", max_length=100, description="the next_cursor of the page before"),
}
MARK_FIELDS = {
    "action": Field("string", required=True, choices=tuple(service.ACTIONS)),
    "at": Field("datetime", description="when it happened (default: now)"),
    "until": Field("datetime", description="for snooze: when to bring it back"),
    "acted_at": Field("datetime", description="when the user chose this, for a mark sent later (made while the "
                                              "companion was down): the later of two marks wins; the same one twice "
                                              "is applied once"),
    "past_deadline": Field("boolean", description="for snooze: the user chose to let the follow-up's deadline "
                                                  "pass (else a snooze past it is refused with after_deadline)"),
}


@blueprint.get("/api/followups")
@documented("List follow-ups in the order they come due", query=LIST_QUERY)
def list_follow_ups():
    args = query_args(LIST_QUERY)
    limit = args.get("limit")
    if limit is not None and not 1 <= limit <= MAX_PAGE:
        raise ApiError(f"'limit' must be between 1 and {MAX_PAGE}", field="limit")
    follow_ups, next_cursor = service.list_follow_ups(args.get("status", "open"), args.get("due_before"),
                                                      due_after=args.get("due_after"), limit=limit,
                                                      after=args.get("after"))
    return jsonify(followups=follow_ups_json(follow_ups), next_cursor=next_cursor)


@blueprint.get("/api/followups/<id:follow_up_id>")
@documented("One follow-up")
def get_follow_up(follow_up_id: int):
    return jsonify(follow_up_json(service.get_follow_up(follow_up_id)))


@blueprint.post("/api/followups/<id:follow_up_id>/mark")
@documented("Mark a follow-up done, skipped, or snoozed until a time", body=MARK_FIELDS)
def mark_follow_up(follow_up_id: int):
    follow_up = service.get_follow_up(follow_up_id)
    values = json_body(MARK_FIELDS)
    return jsonify(follow_up_json(service.mark(follow_up, values["action"], values.get("at"), values.get("until"),
                                               values.get("acted_at"), values.get("past_deadline", False))))
