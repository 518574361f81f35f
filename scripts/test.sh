#!/usr/bin/env bash
# Runs the whole test suite (unit, golden-image, schema and CLI tests).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
swift format lint --strict -r Sources Tests Package.swift
swift build --build-tests
swift test --skip-build "$@"
