"""The migration steps on the store in use (SQLite, or PostgreSQL in the `--postgresql` run): a
database taken back to version 1 opens in this companion at the latest version, its data moved.

test_migrations.py proves the same on a real version 1 file, which exists for SQLite only; here
the current tables are taken back to version 1's shape with the same migrator the steps use."""

from __future__ import annotations

from datetime import UTC, datetime

import peewee as pw
from playhouse.migrate import SchemaMigrator, migrate

from companion.config import load_config
from companion.store.db import open_database
from companion.store.migrations import LATEST_VERSION, current_version, foreign_keys_held
from companion.store.models import (Application, Capture, Contact, Debrief, FollowUp, Interview,
                                     InterviewParticipant, SchemaVersion, database)

SENT = datetime(2026, 10, 27, 9, 30, tzinfo=UTC)


def back_to_version_one(db: pw.Database) -> None:
    """Undo steps 4, 3 and 2: no notes per person, a gone-quiet flag instead of its moment, no
    client ids on captures."""
    migrator = SchemaMigrator.from_database(db)
    with foreign_keys_held(db), db.atomic():
        Debrief.drop_table()
        migrate(
            migrator.drop_column("interviewparticipant", "attended"),
            migrator.drop_column("interviewparticipant", "notes"),
            migrator.drop_column("interview", "forgot"),
            # NOT NULL with a default: SQLite copies the whole table to add it, as a future step may.
            migrator.add_column("application", "gone_quiet", pw.BooleanField(default=False)),
            migrator.drop_column("application", "gone_quiet_at"),
            migrator.drop_index("capture", "capture_client_id"),
            migrator.drop_column("capture", "client_id"),
        )
        SchemaVersion.delete().execute()
        SchemaVersion.create(version=1)


def test_a_version_one_database_opens_at_the_latest_version_with_its_data_moved(data_dir):
    config = load_config(data_dir)
    db = open_database(config)
    with db.connection_context():
        quiet = Application.create(company="Northwind", title="Engineer")
        FollowUp.create(key="check-in-2/application-1", kind="check_in_2", application=quiet, due=SENT,
                        status="done", done_at=SENT)
        Application.create(company="Globex", title="Analyst")
        back_to_version_one(db)
        applications = pw.Table("application")
        applications.update({applications.c.gone_quiet: True}).where(applications.c.id == quiet.id).bind(db).execute()
        db.execute_sql("INSERT INTO capture (received_at, source, url, title, payload, status, extractor, confidence, "
                       "reason, result) VALUES (%s, 'page', 'https://jobs.example/1', '', '{}', 'understood', '', 0, "
                       "'', '{}')" % ("%s" if isinstance(db, pw.PostgresqlDatabase) else "?"), (SENT.replace(tzinfo=None),))
    database.close()

    open_database(config)
    with database.connection_context():
        assert current_version(database) == LATEST_VERSION
        assert {a.company: a.gone_quiet_at for a in Application.select()} == {"Northwind": SENT, "Globex": None}
        assert FollowUp.select().count() == 1  # the copied application table took no follow-up with it
        assert Capture.get().client_id is None
        Capture.create(source="page", url="https://jobs.example/2", payload={}, client_id="abc")  # the new column works
        interview = Interview.create(application=Application.get(company="Globex"), start=SENT, end=SENT,
                                     forgot="I led the migration.")
        dana = Contact.create(name="Dana Lee")
        InterviewParticipant.create(interview=interview, contact=dana, notes="Asked about testing.", attended=True)
        assert InterviewParticipant.get().notes == "Asked about testing."
        Debrief.create(interview=interview, heard_words="by Friday", rating=4)
        assert Debrief.get().heard_words == "by Friday"
