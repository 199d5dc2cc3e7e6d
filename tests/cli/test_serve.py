"""A real `interview-companion serve` process on a free port: what the extension talks to."""

import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import pytest
import waitress
from processes import free_port


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("serve")
    port = free_port()
    env = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    process = subprocess.Popen(
        [sys.executable, "-m", "companion", "serve", "--port", str(port), "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{base}/api/health", timeout=1)
            break
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.1)
    else:
        process.kill()
        pytest.fail(f"the companion did not start: {process.stdout.read()}")
    token = (data_dir / "token").read_text().strip()
    yield {"base": base, "port": port, "token": token, "process": process, "data_dir": data_dir}
    process.terminate()
    process.wait(timeout=10)


def request(url, *, method="GET", body=None, headers=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(req, timeout=10) as response:
            return response.status, json.loads(response.read()), response.headers
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read()), error.headers


def test_health_over_http(server):
    status, body, _ = request(f"{server['base']}/api/health")
    assert status == 200 and body["name"] == "interview-companion" and body["database"] == "ok"


def listening_addresses(port: int) -> set[str]:
    """Local addresses with a listening socket on `port`, read from Linux's /proc/net/tcp."""
    addresses = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(table):
            continue
        with open(table) as rows:
            for row in list(rows)[1:]:
                local, state = row.split()[1], row.split()[3]
                address, port_hex = local.rsplit(":", 1)
                if state == "0A" and int(port_hex, 16) == port:
                    addresses.add(address)
    return addresses


def test_listens_on_loopback_only(server):
    assert listening_addresses(server["port"]) == {"0100007F"}  # 127.0.0.1, nothing else


def test_token_and_extension_origin_over_http(server):
    auth = {"Authorization": f"Bearer {server['token']}", "Origin": "chrome-extension://abcdefghijklmnopabcdefghijklmnop"}
    status, body, headers = request(f"{server['base']}/api/applications", method="POST", body={"company": "Acme"}, headers=auth)
    assert status == 201 and body["company"] == "Acme"
    assert headers["Access-Control-Allow-Origin"] == auth["Origin"]
    status, body, _ = request(f"{server['base']}/api/applications")
    assert status == 401


def test_rebinding_host_is_refused_over_http(server):
    status, body, _ = request(f"{server['base']}/api/applications",
                              headers={"Authorization": f"Bearer {server['token']}", "Host": f"rebind.example:{server['port']}"})
    assert status == 403 and body["error"]["code"] == "bad_host"


def test_oversized_body_over_http(server):
    huge = b"{" + b" " * (13 * 1024 * 1024) + b"}"
    req = urllib.request.Request(f"{server['base']}/api/captures", data=huge, method="POST",
                                 headers={"Authorization": f"Bearer {server['token']}", "Content-Type": "application/json"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(req, timeout=10)
    assert refused.value.code == 413


def test_simultaneous_captures_wait_for_each_other(server):
    """Writes from several extension tabs at once (some resending the same capture) all get
    an answer, and each client_id is stored once."""
    auth = {"Authorization": f"Bearer {server['token']}"}
    client_ids = [f"tab-{number % 3}" for number in range(9)]
    start_together = threading.Barrier(len(client_ids))
    statuses = []

    def send(client_id):
        start_together.wait()
        snapshot = {"url": f"https://example.com/jobs/{client_id}", "html": "<p>job</p>", "client_id": client_id}
        statuses.append(request(f"{server['base']}/api/captures", method="POST", body=snapshot, headers=auth)[0])

    threads = [threading.Thread(target=send, args=(client_id,)) for client_id in client_ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(statuses) == [200] * 6 + [201] * 3
    with sqlite3.connect(server["data_dir"] / "companion.sqlite3") as stored:
        rows = stored.execute("SELECT client_id, COUNT(*) FROM capture WHERE client_id LIKE 'tab-%' GROUP BY client_id").fetchall()
    assert sorted(rows) == [("tab-0", 1), ("tab-1", 1), ("tab-2", 1)]


@pytest.fixture
def started(tmp_path, monkeypatch, run):
    """`serve` run in this process with waitress replaced: (exit code, what it printed, how it
    would listen), start after start."""
    monkeypatch.delenv("DATABASE_URL", raising=False)
    listened = [{}]
    monkeypatch.setattr(waitress, "serve", lambda app, **options: listened.append(options))

    def start(*options) -> tuple[int, str, dict]:
        code, out, err = run("serve", "--data-dir", str(tmp_path / "data"), *options)
        return code, out + err, listened[-1]

    return start


def test_the_token_is_printed_only_when_it_is_made(started, tmp_path):
    code, first, _ = started()
    token = (tmp_path / "data" / "token").read_text().strip()
    assert code == 0 and token in first
    code, second, _ = started()
    assert code == 0 and token not in second and "interview-companion token" in second


@pytest.mark.parametrize("option", [["--host", "0.0.0.0"], ["--allow-remote"]])
def test_there_is_no_option_to_listen_beyond_this_machine(started, option):
    code, printed, listened = started(*option)
    assert code == 2 and "unrecognized arguments" in printed and listened == {}


def test_serves_on_loopback_at_the_port_asked(started):
    _, _, listened = started("--port", "9001")
    assert (listened["host"], listened["port"]) == ("127.0.0.1", 9001)
