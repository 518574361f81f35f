#!/usr/bin/env bash
# The benchmark suite (see Benchmarks/README.md). From the repository root:
#   Benchmarks/run.sh             full run: release build, C floor, matplotlib and vl-convert; one table
#   Benchmarks/run.sh --quick     smoke run (CI): debug build, a few iterations, no Python; never
#                                 fails on timing, only when something cannot run
#   Benchmarks/run.sh encoders    the PNG encoder study on the Gallery charts at 2x
set -euo pipefail
cd "$(dirname "$0")/.."
mode=full
case "${1:-}" in
  --quick) mode=quick ;;
  encoders) mode=encoders ;;
  "") ;;
  *) echo "usage: Benchmarks/run.sh [--quick | encoders]" >&2; exit 2 ;;
esac
scripts/install-deps.sh
command -v gcc >/dev/null || { echo "Benchmarks/run.sh: needs gcc (apt-get install gcc)" >&2; exit 1; }

config=release
[ "$mode" = quick ] && config=debug
swift build -c "$config" --product kresba
swift build -c "$config" --product kresba-bench
bin=".build/$config"

mkdir -p .build/bench
gcc -O2 -Wall -o .build/bench/floor Benchmarks/floor/floor.c \
  $(pkg-config --cflags --libs pangocairo pangoft2 fontconfig libdeflate)

if [ "$mode" = encoders ]; then
  exec "$bin/kresba-bench" encoders --root "$PWD"
fi

python=()
if [ "$mode" = full ]; then
  # matplotlib and vl-convert-python from PyPI, in a venv of their own (never needed by the tests).
  [ -x Benchmarks/.venv/bin/python ] || python3 -m venv Benchmarks/.venv
  Benchmarks/.venv/bin/pip install -q --disable-pip-version-check matplotlib vl-convert-python
  python=(--python Benchmarks/.venv/bin/python)
fi
quick=()
[ "$mode" = quick ] && quick=(--quick)
"$bin/kresba-bench" suite "${quick[@]}" --root "$PWD" --kresba "$bin/kresba" --floor .build/bench/floor "${python[@]}"
