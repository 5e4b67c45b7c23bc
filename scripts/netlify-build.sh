#!/usr/bin/env bash
# Netlify's build: installs the .NET 10 SDK when the image lacks it, then builds the site.
# Production uses base_url from site.yml; deploy previews use their own address.
set -euo pipefail

if ! dotnet --list-sdks 2>/dev/null | grep -q '^10\.'; then
  curl -fsSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --channel 10.0 --install-dir "$HOME/.dotnet"
  export PATH="$HOME/.dotnet:$PATH"
  export DOTNET_ROOT="$HOME/.dotnet"
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

npm install --no-save --no-audit --no-fund

args=(build)
if [ "${CONTEXT:-production}" != "production" ] && [ -n "${DEPLOY_PRIME_URL:-}" ]; then
  args+=(--base-url "$DEPLOY_PRIME_URL")
fi
dotnet run -c Release --project src/IqSite.Cli -- "${args[@]}"
