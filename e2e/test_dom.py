"""extension/shared/dom.js: which link addresses the extension's pages may show as links."""

import pytest

from extension_pages import call_module, module_page  # noqa: F401 (a fixture)

MODULE = "shared/dom.js"


@pytest.fixture
def page(module_page):
    return module_page


@pytest.mark.parametrize(("address", "safe"), [
    ("https://boards.greenhouse.io/acme/jobs/1", True),
    ("mailto:dana@acme.example?subject=Thanks", True),
    ("javascript:alert(1)", False),
    ("data:text/html,<script>alert(1)</script>", False),
    ("chrome-extension://abcdefghijklmnopabcdefghijklmnop/options.html", False),  # another extension
])
def test_only_web_mail_and_own_pages_are_links(page, address, safe):
    assert call_module(page, MODULE, "isSafeUrl", address) is safe
