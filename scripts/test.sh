#!/usr/bin/env bash
# Runs every test of IqSite: unit, integration, golden-file, CLI and browser tests.
# Installs what the tests need when it is missing: Debian's Chromium (browser and axe tests),
# a Java runtime (the W3C Nu Html Checker), Python's feedparser (the Atom feed test) and the
# pinned npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
/usr/bin/python3 -c 'import feedparser' >/dev/null 2>&1 || missing+=(python3-feedparser)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Not installed: ${missing[*]}. The tests that need them are skipped (sudo apt-get install ${missing[*]})." >&2
  fi
fi
# Not `npm ci`: the lock file holds only this platform's optional binaries (pagefind, sharp),
# which npm ci rejects; install with the lock's versions and leave the lock as it is.
npm install --no-audit --no-fund --no-save --loglevel=error

log=$(mktemp)
status=0
# Detailed console output shows what the gates print (pages checked, violations, errors).
dotnet test IqSite.sln -c Release --logger "console;verbosity=detailed" 2>&1 | tee "$log" || status=$?

# One closing line over all test assemblies, in the plain form CI reads. The detailed logger
# ends each assembly with "Total tests: N" and indented "Passed: N" / "Failed: N" / "Skipped: N".
awk '/^ *(Passed|Failed|Skipped): *[0-9]+ *$/ { gsub(":", "", $1); n[$1] += $2 }
     END { printf "Tests: %d passed, %d failed, %d skipped\n", n["Passed"], n["Failed"], n["Skipped"] }' "$log"
rm -f "$log"
exit "$status"
