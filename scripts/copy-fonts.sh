#!/usr/bin/env bash
# Refreshes Fonts/ from the Debian font packages (run as root on Debian 12).
set -euo pipefail
cd "$(dirname "$0")/.."
apt-get install -y -qq fonts-inter fonts-noto-core >/dev/null
for f in Regular Italic Medium SemiBold Bold; do cp /usr/share/fonts/opentype/inter/Inter-$f.otf Fonts/; done
for f in Regular Italic Bold; do cp /usr/share/fonts/truetype/noto/NotoSerif-$f.ttf Fonts/; done
cp /usr/share/doc/fonts-inter/copyright Fonts/LICENSE-Inter.txt
cp /usr/share/doc/fonts-noto-core/copyright Fonts/LICENSE-NotoSerif.txt
