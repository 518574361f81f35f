#!/usr/bin/env bash
# Builds a release binary and installs it with its fonts:
#   PREFIX/bin/kresba and PREFIX/share/kresba/Fonts/ (where the binary looks for them).
# Usage: scripts/install.sh [PREFIX]   (default /usr/local)
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${1:-/usr/local}"
scripts/install-deps.sh
source scripts/release-flags.sh
swift build -c release "${release_flags[@]}" --product kresba
install -D -m 755 .build/release/kresba "$prefix/bin/kresba"
mkdir -p "$prefix/share/kresba/Fonts"
cp Fonts/*.otf Fonts/*.ttf Fonts/LICENSE-* Fonts/README.md "$prefix/share/kresba/Fonts/"
echo "installed $prefix/bin/kresba and $prefix/share/kresba/Fonts"
