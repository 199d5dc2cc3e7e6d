"""Versioned schema changes, run at start-up, so an older database opens in a newer companion.

A new database gets the current tables and the latest version stamp at once. An existing one
runs, in order, every step newer than its stamp. To change the schema: change the model,
then append a step here that brings an existing database to the same shape.
"""

from __future__ import annotations

import peewee as pw
from playhouse.migrate import SchemaMigrator, migrate

from .models import ALL_MODELS, SchemaVersion


def _add_capture_client_id(migrator: SchemaMigrator) -> None:
    """Version 2: captures remember the extension's id for them, so a resend is not a duplicate."""
    migrate(
        migrator.add_column("capture", "client_id", pw.CharField(null=True)),
        migrator.add_index("capture", ("client_id",), unique=True),
    )


# (version, step). Version 1 is the first released schema.
STEPS = [
    (2, _add_capture_client_id),
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
    with db.atomic():
        if version is None:
            db.create_tables(ALL_MODELS)
            SchemaVersion.create(version=LATEST_VERSION)
            return LATEST_VERSION
        migrator = SchemaMigrator.from_database(db)
        for step_version, step in STEPS:
            if step_version > version:
                step(migrator)
                SchemaVersion.create(version=step_version)
                version = step_version
    return version

