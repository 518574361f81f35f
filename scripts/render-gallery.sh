#!/usr/bin/env bash
# Renders every Gallery spec to PNG (2x), SVG and PDF in out/gallery/<kind>/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
source scripts/release-flags.sh
swift build -c release "${release_flags[@]}" --product kresba
for kind in Gallery/*/; do
  kind=$(basename "$kind")
  [ "$kind" = data ] || [ "$kind" = invalid ] && continue
  specs=$(ls Gallery/"$kind"/*.yaml Gallery/"$kind"/*.json 2>/dev/null || true)
  [ -n "$specs" ] || continue
  .build/release/kresba render $specs --out "out/gallery/$kind" --format png,svg,pdf --scale 2
done
echo "rendered into out/gallery/"
