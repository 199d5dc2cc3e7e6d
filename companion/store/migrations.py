"""Versioned schema changes, run at start-up, so an older database opens in a newer companion.

A new database gets the current tables and the latest version stamp at once. An existing one
runs, in order, every step newer than its stamp. To change the schema: change the model,
then append a step here that brings an existing database to the same shape.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import peewee as pw
from playhouse.migrate import SchemaMigrator, migrate

from companion.store.models import ALL_MODELS, Debrief, SchemaVersion, UTCDateTimeField


def _add_capture_client_id(migrator: SchemaMigrator) -> None:
    """Version 2: captures remember the extension's id for them, so a resend is not a duplicate."""
    migrate(
        migrator.add_column("capture", "client_id", pw.CharField(null=True)),
        migrator.add_index("capture", ("client_id",), unique=True),
    )


def _gone_quiet_as_a_moment(migrator: SchemaMigrator) -> None:
    """Version 3: an application goes quiet (R7) a while after check-in #2, so a moment replaces the flag.

    A flagged application is kept quiet from the moment its check-in #2 was sent, as the flag
    said; the next re-plan sets the moment the rules give now.
    """
    migrate(migrator.add_column("application", "gone_quiet_at", UTCDateTimeField(null=True)))
    applications, follow_ups = pw.Table("application"), pw.Table("followup")
    second_sent = (follow_ups.select(pw.fn.MAX(follow_ups.c.done_at))
                   .where((follow_ups.c.application_id == applications.c.id) & (follow_ups.c.kind == "check_in_2")
                          & (follow_ups.c.status == "done")))
    flagged = applications.update({applications.c.gone_quiet_at: pw.fn.COALESCE(second_sent, applications.c.updated_at)})
    flagged.where(applications.c.gone_quiet == True).bind(migrator.database).execute()  # noqa: E712 (SQL)
    migrate(migrator.drop_column("application", "gone_quiet"))


def _debriefs(migrator: SchemaMigrator) -> None:
    """Version 4: the debrief after an interview: notes and attendance per person met, what the
    user forgot to say, and the debrief's own answers."""
    migrate(
        migrator.add_column("interview", "forgot", pw.TextField(default="")),
        migrator.add_column("interviewparticipant", "notes", pw.TextField(default="")),
        migrator.add_column("interviewparticipant", "attended", pw.BooleanField(null=True)),
    )
    Debrief.create_table(safe=True)


# (version, step). Version 1 is the first released schema.
STEPS = [
    (2, _add_capture_client_id),
    (3, _gone_quiet_as_a_moment),
    (4, _debriefs),
]
LATEST_VERSION = max([1] + [version for version, _ in STEPS])


def current_version(db: pw.Database) -> int | None:
    if not db.table_exists(SchemaVersion._meta.table_name):
        return None
    row = SchemaVersion.select(pw.fn.MAX(SchemaVersion.version)).scalar()
    return row or 1


def migrate_to_latest(db: pw.Database) -> int:
    """Create or upgrade the schema; return the version the database is now at."""
    version = current_version(db)
    if version is None:
        with db.atomic():
            db.create_tables(ALL_MODELS)
            SchemaVersion.create(version=LATEST_VERSION)
        return LATEST_VERSION
    with foreign_keys_held(db), db.atomic():
        migrator = SchemaMigrator.from_database(db)
        for step_version, step in STEPS:
            if step_version > version:
                step(migrator)
                SchemaVersion.create(version=step_version)
                version = step_version
    return version


@contextmanager
def foreign_keys_held(db: pw.Database) -> Iterator[None]:
    """Run schema changes with SQLite's foreign keys off, then check them.

    SQLite changes some columns (a new NOT NULL one, a new type) by copying the table and dropping
    the old one; with foreign keys on, that drop deletes every row pointing at it through ON
    DELETE CASCADE: a step on `application` would take every follow-up with it. SQLite's own
    advice is to turn them off around such changes (it cannot be done inside a transaction)."""
    if not isinstance(db, pw.SqliteDatabase):
        yield
        return
    db.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        yield
        broken = db.execute_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise pw.IntegrityError(f"the schema change left rows pointing at nothing: {broken[:3]}")
    finally:
        db.execute_sql("PRAGMA foreign_keys = ON")

