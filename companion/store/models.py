"""The companion's stored entities (peewee models) and the fields they share.

Times are stored as naive UTC and handed out as timezone-aware UTC datetimes, so SQLite and
PostgreSQL behave the same. The database itself is bound at start-up (see `db.py`).
"""

from __future__ import annotations

import base64
import json
import zlib
from datetime import datetime, timezone

import peewee as pw


database = pw.DatabaseProxy()


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class UTCDateTimeField(pw.DateTimeField):
    """A datetime kept as naive UTC in the database and aware UTC in Python."""

    def db_value(self, value):
        if isinstance(value, datetime) and value.tzinfo is not None:
            value = value.astimezone(timezone.utc).replace(tzinfo=None)
        return super().db_value(value)

    def python_value(self, value):
        value = super().python_value(value)
        if isinstance(value, datetime) and value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value


class JSONField(pw.TextField):
    """Any JSON value, stored as text."""

    def db_value(self, value):
        return None if value is None else json.dumps(value, ensure_ascii=False)

    def python_value(self, value):
        return None if value is None else json.loads(value)


class CompressedJSONField(JSONField):
    """JSON that may be large (a captured page: megabytes of HTML), stored compressed.

    Large values are kept as "zlib:" and the base64 of their zlib-compressed JSON (a page shrinks
    to about a tenth); small ones, and values stored before, stay plain JSON, which never starts
    with that prefix, so both read back the same."""

    PREFIX = "zlib:"
    SMALL = 4096  # characters: below this, compressing saves little

    def db_value(self, value):
        text = super().db_value(value)
        if text is None or len(text) < self.SMALL:
            return text
        return self.PREFIX + base64.b64encode(zlib.compress(text.encode("utf-8"), 6)).decode("ascii")

    def python_value(self, value):
        if value is not None and value.startswith(self.PREFIX):
            value = zlib.decompress(base64.b64decode(value[len(self.PREFIX):])).decode("utf-8")
        return super().python_value(value)


class BaseModel(pw.Model):
    class Meta:
        database = database


class TimestampedModel(BaseModel):
    created_at = UTCDateTimeField(default=utcnow)
    updated_at = UTCDateTimeField(default=utcnow)

    def save(self, *args, **kwargs):
        if self._pk is not None:
            self.updated_at = utcnow()
        return super().save(*args, **kwargs)


MAX_ROW_ID = 2**63 - 1  # SQLite's largest integer: a larger id cannot name a row


class Application(TimestampedModel):
    company = pw.CharField(default="")
    title = pw.CharField(default="")
    location = pw.CharField(default="")
    job_url = pw.TextField(default="", index=True)
    board = pw.CharField(default="")
    board_job_id = pw.CharField(default="")
    status = pw.CharField(default="saved")
    applied_on = pw.DateField(null=True)
    decision_by = pw.DateField(null=True)
    contact_on = pw.DateField(null=True)
    channel = pw.CharField(default="email")
    notes = pw.TextField(default="")
    long_decision = pw.BooleanField(default=False)
    gone_quiet_at = UTCDateTimeField(null=True)  # R7, written by planning; gone quiet from then on
    last_message_id = pw.CharField(default="")
    last_message_subject = pw.CharField(default="")
    user_edited = JSONField(default=list)

    class Meta:
        indexes = ((("board", "board_job_id"), False),)


class Contact(TimestampedModel):
    application = pw.ForeignKeyField(Application, null=True, backref="contacts", on_delete="CASCADE")
    name = pw.CharField(default="")
    email = pw.CharField(default="", index=True)
    title = pw.CharField(default="")
    linkedin_url = pw.TextField(default="")
    kind = pw.CharField(default="interviewer")


class Interview(TimestampedModel):
    application = pw.ForeignKeyField(Application, backref="interviews", on_delete="CASCADE")
    title = pw.CharField(default="")
    round = pw.IntegerField(default=1)
    start = UTCDateTimeField()
    end = UTCDateTimeField()
    zone = pw.CharField(default="UTC")
    location = pw.TextField(default="")
    video_link = pw.TextField(default="")
    uid = pw.CharField(default="", index=True)
    recurrence_id = pw.CharField(default="")
    sequence = pw.IntegerField(default=0)
    status = pw.CharField(default="scheduled")
    notes = pw.TextField(default="")  # what was discussed; "Name: ..." lines are that person's
    forgot = pw.TextField(default="")  # what the user forgot to say: the thank-yous add it


class InterviewParticipant(BaseModel):
    interview = pw.ForeignKeyField(Interview, backref="participants", on_delete="CASCADE")
    contact = pw.ForeignKeyField(Contact, backref="interviews", on_delete="CASCADE")
    notes = pw.TextField(default="")  # what this person said: their thank-you quotes it
    attended = pw.BooleanField(null=True)  # the debrief's answer; unknown (None) counts as there

    class Meta:
        indexes = ((("interview", "contact"), True),)


class Debrief(BaseModel):
    """What the user noted right after an interview (R13), beside what it changed elsewhere:
    who came and what each said (InterviewParticipant), what they forgot to say (Interview),
    when news will come (Application.decision_by or contact_on)."""

    interview = pw.ForeignKeyField(Interview, backref="debriefs", unique=True, on_delete="CASCADE")
    heard_by = pw.DateField(null=True)  # when they said the user would hear
    heard_words = pw.TextField(default="")  # as the user wrote it ("by Friday")
    follow_up_on = pw.DateField(null=True)  # "they asked me to follow up on ..."
    references_requested = pw.BooleanField(default=False)
    another_round = pw.BooleanField(default=False)
    rating = pw.IntegerField(null=True)  # 1-5, how it went, for the user's own statistics
    saved_at = UTCDateTimeField(default=utcnow)


class Outcome(BaseModel):
    application = pw.ForeignKeyField(Application, backref="outcomes", on_delete="CASCADE")
    kind = pw.CharField()
    at = UTCDateTimeField(default=utcnow)
    decision_by = pw.DateField(null=True)
    contact_on = pw.DateField(null=True)


class FollowUp(TimestampedModel):
    key = pw.CharField(unique=True)
    kind = pw.CharField()
    application = pw.ForeignKeyField(Application, backref="follow_ups", on_delete="CASCADE")
    interview = pw.ForeignKeyField(Interview, null=True, backref="follow_ups", on_delete="CASCADE")
    contact = pw.ForeignKeyField(Contact, null=True, backref="follow_ups", on_delete="SET NULL")
    channel = pw.CharField(default="email")
    due = UTCDateTimeField(index=True)
    deadline = UTCDateTimeField(null=True)
    status = pw.CharField(default="pending", index=True)
    snoozed_until = UTCDateTimeField(null=True)
    done_at = UTCDateTimeField(null=True)
    sequence = pw.IntegerField(default=0)

    @staticmethod
    def next_due_sql() -> pw.Node:
        """vocabulary.next_due in SQL: a snooze's end when it is later than the due time."""
        return pw.Case(None, [((FollowUp.status == "snoozed") & (FollowUp.snoozed_until > FollowUp.due),
                               FollowUp.snoozed_until)], FollowUp.due)


class Activity(BaseModel):
    application = pw.ForeignKeyField(Application, null=True, backref="activity", on_delete="CASCADE")
    at = UTCDateTimeField(default=utcnow, index=True)
    kind = pw.CharField()
    summary = pw.TextField(default="")
    detail = JSONField(default=dict)


class Capture(BaseModel):
    received_at = UTCDateTimeField(default=utcnow)
    client_id = pw.CharField(null=True, unique=True)
    source = pw.CharField(default="page")
    url = pw.TextField(default="")
    title = pw.TextField(default="")
    payload = CompressedJSONField(default=dict)  # as the extension sent it, to read again
    status = pw.CharField(default="not_understood")
    extractor = pw.CharField(default="")
    confidence = pw.FloatField(default=0.0)
    result = JSONField(default=dict)
    reason = pw.TextField(default="")
    application = pw.ForeignKeyField(Application, null=True, backref="captures", on_delete="SET NULL")

    class Meta:
        # A save writes only the fields assigned since: reading a capture updates its status and
        # result, and must not compress and write its megabytes of payload again each time.
        only_save_dirty = True


class Setting(BaseModel):
    key = pw.CharField(primary_key=True)
    value = JSONField()


class SchemaVersion(BaseModel):
    version = pw.IntegerField()


ALL_MODELS = [
    Application, Contact, Interview, InterviewParticipant, Debrief, Outcome, FollowUp, Activity,
    Capture, Setting, SchemaVersion,
]
