#!/usr/bin/env bash
# Renders every Gallery spec to PNG (2x), SVG and PDF in out/gallery/<kind>/ through the build
# manifest Gallery/build.yaml: a second run renders only what changed (--force: everything).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
source scripts/release-flags.sh
swift build -c release "${release_flags[@]}" --product kresba
.build/release/kresba build Gallery/build.yaml --quiet "$@"
echo "rendered into out/gallery/"
