#!/usr/bin/env python3
"""Validates spec files against docs/kresba.schema.json (run by the Swift test suite).

Usage: check-schema.py SCHEMA SPEC...   Prints one line per problem; exit status 1 if any.
"""
import json
import sys

import jsonschema
import yaml


def load(path):
    with open(path, encoding="utf-8") as f:
        if path.endswith(".json"):
            return json.load(f)
        # Kresba reads scalars as JSON does: only true/false/null/numbers are special.
        return yaml.safe_load(f)


def main():
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    failed = 0
    for path in sys.argv[2:]:
        for error in validator.iter_errors(load(path)):
            pointer = "/" + "/".join(str(p) for p in error.absolute_path)
            print(f"{path}#{pointer}: {error.message}")
            failed += 1
    print(f"checked {len(sys.argv) - 2} spec(s), {failed} problem(s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
