"""Which extension may use the native host: its ids in each browser family.

The Chromium id follows from the public key in manifest.json (`key`), so an unpacked copy and
an installed one have the same id; Firefox uses the id set in `browser_specific_settings`.
tests/desktop/test_native_host.py checks both against the manifest."""

CHROME_EXTENSION_ID = "imephomihilbjggpfebeieigipdpbmip"
GECKO_ID = "interview-follow-up@companion.local"
