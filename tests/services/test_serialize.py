"""Rows to JSON: services/serialize.py stays below the other services, which hand it what they work out (mailto)."""

import subprocess
import sys


def test_serialize_imports_no_other_service():
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, companion.services.serialize; print(sorted(m for m in sys.modules if '.services' in m))"],
        capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "['companion.services', 'companion.services.serialize']"


def test_follow_up_json_carries_the_mailto_it_is_given(client, interviewed):
    listed = client.get("/api/followups").json["followups"]
    thank_you = next(f for f in listed if f["kind"] == "thank_you_email")
    prepare = next(f for f in listed if f["kind"] == "prepare")
    assert thank_you["mailto"].startswith("mailto:dana@acme.example?subject=")
    assert prepare["mailto"] is None  # a reminder to oneself is not an email
    assert client.get(f"/api/followups/{thank_you['id']}").json["mailto"] == thank_you["mailto"]
