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
if [ "$mode" != quick ]; then
  # gcc for the C floor, GNU time for peak RSS.
  missing=()
  command -v gcc >/dev/null || missing+=(gcc)
  [ -x /usr/bin/time ] || missing+=(time)
  if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

config=release
[ "$mode" = quick ] && config=debug
# Release builds use scripts/install.sh's flags, so the whole-process numbers are those of an
# installed kresba. The runner is built the same way: the two builds share one configuration and
# do not rebuild each other back and forth.
release_flags=()
[ "$config" = release ] && source scripts/release-flags.sh
swift build -c "$config" "${release_flags[@]}" --product kresba
swift build -c "$config" "${release_flags[@]}" --product kresba-bench
bin=".build/$config"

floor=()
if command -v gcc >/dev/null; then
  mkdir -p .build/bench
  gcc -O2 -Wall -o .build/bench/floor Benchmarks/floor/floor.c \
    $(pkg-config --cflags --libs pangocairo pangoft2 fontconfig libdeflate) -lm
  floor=(--floor .build/bench/floor)
else
  echo "Benchmarks/run.sh: no gcc, so no C floor in this run" >&2
fi

if [ "$mode" = encoders ]; then
  exec "$bin/kresba-bench" encoders --root "$PWD"
fi

python=()
if [ "$mode" = full ]; then
  # matplotlib and vl-convert-python from PyPI, in a venv of their own (never needed by the tests).
  [ -x Benchmarks/.venv/bin/python ] || python3 -m venv Benchmarks/.venv
  Benchmarks/.venv/bin/pip install -q --disable-pip-version-check matplotlib vl-convert-python pandas
  python=(--python Benchmarks/.venv/bin/python)
fi
quick=()
[ "$mode" = quick ] && quick=(--quick)
"$bin/kresba-bench" suite "${quick[@]}" --root "$PWD" --kresba "$bin/kresba" "${floor[@]}" "${python[@]}"
