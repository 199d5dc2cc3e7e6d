"""Shared fixtures: an app on a temporary data directory, clients, the command line, and a row fingerprint."""

from __future__ import annotations

import os
from contextlib import contextmanager

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring
from flask.testing import FlaskClient

from companion.web.app import create_app
from companion.cli import main
from companion.config import load_config
from companion.store.models import ALL_MODELS, database
from postgresql_server import throwaway_server
from imap_server import ImapServer

COMPANION_ORIGIN = "http://127.0.0.1:8765"


class CompanionClient(FlaskClient):
    """A test client that addresses the companion by its real host, with or without the token."""

    token: str | None = None

    def open(self, *args, **kwargs):
        kwargs.setdefault("base_url", COMPANION_ORIGIN)
        if self.token:
            headers = dict(kwargs.pop("headers", None) or {})
            headers.setdefault("Authorization", f"Bearer {self.token}")
            kwargs["headers"] = headers
        return super().open(*args, **kwargs)


def pytest_addoption(parser):
    parser.addoption("--postgresql", action="store_true",
                     help="store the app's data in a throwaway PostgreSQL server (or TEST_DATABASE_URL) instead of SQLite")


@pytest.fixture(scope="session")
def database_url(pytestconfig):
    """Where the app fixtures keep their data: "" for SQLite in each test's data directory, or an
    empty PostgreSQL database (`--postgresql` starts a server; TEST_DATABASE_URL names one)."""
    if os.environ.get("TEST_DATABASE_URL"):
        yield os.environ["TEST_DATABASE_URL"]
    elif pytestconfig.getoption("postgresql"):
        with throwaway_server() as url:
            yield url
    else:
        yield ""


@pytest.fixture
def data_dir(tmp_path, monkeypatch, database_url):
    monkeypatch.delenv("INTERVIEW_COMPANION_HOME", raising=False)
    if database_url:
        empty_postgresql_database(database_url)
        monkeypatch.setenv("DATABASE_URL", database_url)
    else:
        monkeypatch.delenv("DATABASE_URL", raising=False)
    return tmp_path / "data"


def empty_postgresql_database(url: str) -> None:
    """Drop every table of the last test: the app makes the current schema again when it opens."""
    import psycopg2

    with psycopg2.connect(url) as connection, connection.cursor() as cursor:
        cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    connection.close()


@pytest.fixture
def app(data_dir):
    app = create_app(load_config(data_dir))
    app.test_client_class = CompanionClient
    app.config["TESTING"] = False  # keep the production error handlers in force
    yield app
    if not database.is_closed():
        database.close()


@pytest.fixture
def anonymous(app) -> CompanionClient:
    """A client that sends no token."""
    return app.test_client()


@pytest.fixture
def client(app) -> CompanionClient:
    """A client paired with the companion (sends the right token)."""
    client = app.test_client()
    client.token = app.config["COMPANION_TOKEN"]
    return client


@pytest.fixture
def home(tmp_path, monkeypatch):
    """The data directory the CLI uses when no --data-dir is given (not created yet)."""
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("INTERVIEW_COMPANION_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture
def run(capsys):
    """Run `interview-companion ARGS...` in this process: run(*argv) -> (exit code, stdout, stderr).
    Arguments argparse refuses give its exit code (2) like any other error."""
    def run_command(*argv: str) -> tuple[int, str, str]:
        try:
            code = main(list(argv))
        except SystemExit as exited:
            code = exited.code
        out, err = capsys.readouterr()
        return code, out, err

    return run_command


@pytest.fixture
def db(app):
    """The database bound to the app, connected for direct reads and writes in a test."""
    database.connect(reuse_if_open=True)
    yield database
    if not database.is_closed():
        database.close()


def fingerprint() -> dict:
    """Every row of every table, to prove a refused request changed nothing."""
    database.connect(reuse_if_open=True)
    return {model.__name__: sorted(map(repr, model.select().tuples())) for model in ALL_MODELS}


@pytest.fixture
def unchanged(app):
    """Use as `with unchanged(): ...` to assert the block leaves the database as it was."""
    @contextmanager
    def check():
        before = fingerprint()
        yield
        assert fingerprint() == before, "a refused request changed stored rows"

    return check


@pytest.fixture
def interviewed(client) -> dict:
    """The follow-up engine's starting point, made through the API: a user in Berlin, an
    application at Acme, and one interview with Dana Lee on Tuesday 13 March 2040, 14:00-15:00
    Berlin time (far enough ahead that its preparation reminder is always planned)."""
    client.patch("/api/settings", json={"zone": "Europe/Berlin", "name": "Sam Rivera", "email": "sam@example.org",
                                        "locale": "en-GB"})
    application = client.post("/api/applications", json={
        "company": "Acme", "title": "Data Engineer", "status": "applied",
        "job_url": "https://jobs.example/acme/42"}).json
    dana = client.post("/api/contacts", json={
        "application_id": application["id"], "name": "Dana Lee", "email": "dana@acme.example"}).json
    interview = client.post("/api/interviews", json={
        "application_id": application["id"], "start": "2040-03-13T14:00:00+01:00", "end": "2040-03-13T15:00:00+01:00",
        "zone": "Europe/Berlin", "participant_ids": [dana["id"]], "notes": "Their move from batch jobs to Kafka"}).json
    return {"application": application["id"], "dana": dana["id"], "interview": interview["id"]}



@pytest.fixture
def imap_server():
    """A real IMAP server (Dovecot) on loopback with one user, for the mailbox tests."""
    server = ImapServer()
    server.start()
    yield server
    server.remove()


@pytest.fixture
def system_keyring(tmp_path):
    """A keyring kept in a file of the test's own (a desktop's keyring is not there in CI)."""
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
