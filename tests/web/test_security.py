"""The guard around the companion: each rule has a request it refuses and one it lets through."""

import pytest

from companion.web.app import create_app
from companion.config import load_config


def test_health_needs_no_token(anonymous):
    response = anonymous.get("/api/health")
    assert response.status_code == 200
    assert response.json["database"] == "ok"


def test_missing_token_is_refused_and_named(anonymous):
    response = anonymous.get("/api/applications")
    assert response.status_code == 401
    assert "token is missing" in response.json["error"]["message"]


def test_wrong_token_is_refused(anonymous):
    response = anonymous.get("/api/applications", headers={"Authorization": "Bearer not-the-token"})
    assert response.status_code == 401
    assert "token is wrong" in response.json["error"]["message"]


def test_right_token_passes(anonymous, app):
    response = anonymous.get("/api/applications", headers={"Authorization": f"Bearer {app.config['COMPANION_TOKEN']}"})
    assert response.status_code == 200


def test_token_in_query_is_not_accepted_for_the_api(anonymous, app):
    response = anonymous.get(f"/api/applications?token={app.config['COMPANION_TOKEN']}")
    assert response.status_code == 401


@pytest.mark.parametrize("host", ["evil.example:8765", "127.0.0.1:9999", "attacker.localhost:8765", "192.168.1.5:8765"])
def test_foreign_host_header_is_refused(client, host):
    response = client.get("/api/applications", base_url=f"http://{host}")
    assert response.status_code == 403
    assert response.json["error"]["code"] == "bad_host"


@pytest.mark.parametrize("host", ["127.0.0.1:8765", "localhost:8765"])
def test_own_host_header_passes(client, host):
    assert client.get("/api/applications", base_url=f"http://{host}").status_code == 200


def test_web_page_origin_is_refused_even_with_the_token(client):
    response = client.post("/api/applications", json={"company": "Evil"}, headers={"Origin": "https://evil.example"})
    assert response.status_code == 403
    assert response.json["error"]["code"] == "bad_origin"
    assert "Access-Control-Allow-Origin" not in response.headers


@pytest.mark.parametrize("origin", ["chrome-extension://abcdefghijklmnopabcdefghijklmnop", "moz-extension://0d7c5a3e-1b2c-4d5e-8f90-123456789abc"])
def test_extension_origin_gets_cors_headers(client, origin):
    response = client.get("/api/applications", headers={"Origin": origin})
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == origin


@pytest.mark.parametrize("origin", ["chrome-extension://abcdefghijklmnopabcdefghijklmnop", "moz-extension://0d7c5a3e-1b2c-4d5e-8f90-123456789abc"])
def test_preflight_from_extension_is_answered_without_token(anonymous, origin):
    response = anonymous.options("/api/captures", headers={
        "Origin": origin, "Access-Control-Request-Method": "PATCH",
        "Access-Control-Request-Headers": "authorization, content-type"})
    assert response.status_code == 204
    assert response.headers["Access-Control-Allow-Origin"] == origin
    assert "authorization" in response.headers["Access-Control-Allow-Headers"].lower()  # header names ignore case
    assert "PATCH" in response.headers["Access-Control-Allow-Methods"]
    assert response.headers["Access-Control-Max-Age"] == "600"
    assert "Origin" in response.headers["Vary"]


@pytest.mark.parametrize("origin", ["https://evil.example", "chrome-extension://", "moz-extension://", "null",
                                    "chrome-extension://abc/../evil", "https://chrome-extension.evil.example"])
def test_preflight_from_anything_but_an_extension_is_refused(anonymous, origin):
    response = anonymous.options("/api/captures", headers={"Origin": origin, "Access-Control-Request-Method": "POST"})
    assert response.status_code == 403
    assert "Access-Control-Allow-Origin" not in response.headers


def test_body_over_the_cap_is_refused_with_json(client, app, unchanged):
    too_big = "x" * (app.config["MAX_CONTENT_LENGTH"] + 1)
    with unchanged():
        response = client.post("/api/captures", data=too_big, content_type="application/json")
    assert response.status_code == 413
    assert response.json["error"]["code"] == "too_large"


def test_five_megabyte_snapshot_fits_under_the_cap(client):
    html = "<html><body>" + ('<p class="x">"quoted" text</p>\n' * 180_000) + "</body></html>"
    assert len(html) > 5 * 1024 * 1024
    response = client.post("/api/captures", json={"url": "https://example.com/big", "html": html})
    assert response.status_code == 201


@pytest.mark.sqlite_only
def test_data_files_are_private(app, data_dir):
    assert (data_dir / "token").stat().st_mode & 0o777 == 0o600
    assert (data_dir / "companion.sqlite3").stat().st_mode & 0o777 == 0o600
    assert data_dir.stat().st_mode & 0o777 == 0o700


def test_an_existing_data_dir_keeps_its_permissions(tmp_path, monkeypatch):
    """--data-dir may name a folder the user already has (their home, say): the companion makes
    its own files private but leaves the folder's permissions alone."""
    monkeypatch.delenv("DATABASE_URL", raising=False)
    chosen = tmp_path / "chosen"
    chosen.mkdir(mode=0o755)
    chosen.chmod(0o755)
    create_app(load_config(chosen))
    assert chosen.stat().st_mode & 0o777 == 0o755
    assert (chosen / "token").stat().st_mode & 0o777 == 0o600


def test_after_pairing_another_extension_with_the_token_is_refused(client, app, run):
    ours, theirs = "chrome-extension://imephomihilbjggpfebeieigipdpbmip", "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
    assert client.get("/api/applications", headers={"Origin": ours}).status_code == 200  # the first use pairs
    refused = client.get("/api/applications", headers={"Origin": theirs})
    assert refused.status_code == 403 and refused.json["error"]["code"] == "other_extension"
    preflight = client.options("/api/captures", headers={"Origin": theirs, "Access-Control-Request-Method": "POST"})
    assert preflight.status_code == 403
    assert client.get("/api/applications", headers={"Origin": ours}).status_code == 200
    assert client.get("/api/applications").status_code == 200  # no Origin: the command line, scripts

    # Forgetting the pairing (the native host does it; so does `token --forget-extension`) lets the next one pair.
    code, _, _ = run("token", "--forget-extension", "--data-dir", str(app.config["COMPANION"].data_dir))
    assert code == 0
    assert client.get("/api/applications", headers={"Origin": theirs}).status_code == 200
    assert client.get("/api/applications", headers={"Origin": ours}).status_code == 403


def test_a_wrong_token_does_not_pair(client, anonymous):
    ours, theirs = "chrome-extension://imephomihilbjggpfebeieigipdpbmip", "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
    assert anonymous.get("/api/applications", headers={"Origin": theirs, "Authorization": "Bearer guessed"}).status_code == 401
    assert client.get("/api/applications", headers={"Origin": ours}).status_code == 200
