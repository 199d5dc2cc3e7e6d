"""The packaging script: each zip holds the manifest, extension/ and the bundled libraries (nothing else), is the same
on every build, carries the manifest its browser reads, and a manifest naming a missing file
stops the build with a clear error."""

import importlib.util
import json
import shutil
import zipfile

import pytest
from fixture_files import REPO_ROOT

SPEC = importlib.util.spec_from_file_location("package_extension", REPO_ROOT / "scripts" / "package_extension.py")
package_extension = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(package_extension)


@pytest.fixture
def extension_copy(tmp_path):
    """The repository's manifest and extension/ copied aside, with a stray dot file and a
    folder that is not part of the extension."""
    root = tmp_path / "repo"
    root.mkdir()
    shutil.copy(REPO_ROOT / "manifest.json", root / "manifest.json")
    shutil.copytree(REPO_ROOT / "extension", root / "extension")
    for name in package_extension.BUNDLED:  # the libraries `npm ci` installed
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO_ROOT / name, root / name)
    (root / "extension" / ".DS_Store").write_text("junk")
    (root / "companion").mkdir()
    (root / "companion" / "app.py").write_text("# not part of the extension")
    return root


def test_zip_holds_manifest_and_extension_only(extension_copy, tmp_path):
    output = tmp_path / "out" / "extension.zip"
    package_extension.build_zip(extension_copy, output)

    names = zipfile.ZipFile(output).namelist()
    assert names[0] == "manifest.json"
    assert all(name == "manifest.json" or name.startswith("extension/") or name in package_extension.BUNDLED
               for name in names)
    assert "node_modules/chart.js/dist/chart.umd.min.js" in names
    assert "extension/.DS_Store" not in names
    assert [name for name in names if name.endswith(".md")] == ["node_modules/chart.js/LICENSE.md"]  # its licence, kept
    manifest = json.loads(zipfile.ZipFile(output).read("manifest.json"))
    assert package_extension.manifest_files(manifest) <= set(names)
    assert "extension/background/service-worker.js" in names


def test_same_files_give_the_same_zip(extension_copy, tmp_path):
    first, second = tmp_path / "first.zip", tmp_path / "second.zip"
    package_extension.build_zip(extension_copy, first)
    package_extension.build_zip(extension_copy, second)

    assert first.read_bytes() == second.read_bytes()


def test_manifest_naming_a_missing_file_stops_the_build(extension_copy, tmp_path):
    (extension_copy / "extension" / "options" / "options.html").unlink()
    output = tmp_path / "extension.zip"

    with pytest.raises(package_extension.PackagingError, match="extension/options/options.html"):
        package_extension.build_zip(extension_copy, output)
    assert not output.exists()


def test_a_bundled_library_not_installed_stops_the_build(extension_copy, tmp_path):
    shutil.rmtree(extension_copy / "node_modules")
    with pytest.raises(package_extension.PackagingError, match="run `npm ci`"):
        package_extension.build_zip(extension_copy, tmp_path / "extension.zip")


def test_command_line_reports_the_error_without_a_traceback(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(package_extension, "REPO_ROOT", tmp_path)  # no manifest.json here

    assert package_extension.main(["--output-dir", str(tmp_path / "dist")]) == 1
    assert "error: no manifest.json" in capsys.readouterr().err


def test_each_store_gets_the_manifest_its_browser_reads(extension_copy, tmp_path):
    chrome, firefox = tmp_path / "chrome.zip", tmp_path / "firefox.zip"
    package_extension.build_zip(extension_copy, chrome, "chrome")
    package_extension.build_zip(extension_copy, firefox, "firefox")
    for_chrome = json.loads(zipfile.ZipFile(chrome).read("manifest.json"))
    for_firefox = json.loads(zipfile.ZipFile(firefox).read("manifest.json"))

    assert for_chrome["background"] == {"service_worker": "extension/background/service-worker.js", "type": "module"}
    assert "browser_specific_settings" not in for_chrome and for_chrome["key"]
    assert for_firefox["background"] == {"scripts": ["extension/background/service-worker.js"], "type": "module"}
    assert for_firefox["browser_specific_settings"]["gecko"]["id"] == "interview-follow-up@companion.local"
    assert "key" not in for_firefox and "minimum_chrome_version" not in for_firefox
    # Everything else is the same extension.
    shared = set(for_chrome) & set(for_firefox) - {"background"}
    assert shared and {key: for_chrome[key] for key in shared} == {key: for_firefox[key] for key in shared}
