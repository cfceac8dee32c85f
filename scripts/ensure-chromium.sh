#!/usr/bin/env bash
# Makes sure the browser tests have a Chromium: Playwright's own, CHROMIUM_PATH, or Debian's
# package, which is installed here when missing and this user may install packages.
set -euo pipefail

if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
if ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium-* >/dev/null 2>&1; then exit 0; fi
if [ -x /usr/bin/chromium ]; then exit 0; fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
	echo "No Chromium found for the browser tests; installing Debian's chromium package..."
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
	exit 0
fi

echo "No Chromium found for the browser tests. Install one of:" >&2
echo "  sudo apt-get install -y chromium        (Debian/Ubuntu)" >&2
echo "  npx playwright install chromium         (Playwright's own build)" >&2
echo "or set CHROMIUM_PATH to a Chromium binary." >&2
exit 1
