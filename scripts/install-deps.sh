#!/usr/bin/env bash
# Installs the Debian packages Kresba needs, skipping those already present.
#   scripts/install-deps.sh          build and render: Cairo and Pango headers
#   scripts/install-deps.sh --test   also what the tests use: pngcheck, poppler-utils, jsonschema
set -euo pipefail
packages=(libcairo2-dev libpango1.0-dev libdeflate-dev pkg-config)
if [ "${1:-}" = "--test" ]; then
  packages+=(pngcheck poppler-utils python3-jsonschema python3-yaml)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing: ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
