#!/usr/bin/env python3
"""Validates spec files against docs/kresba.schema.json (run by the Swift test suite).

Usage: check-schema.py SCHEMA SPEC...   Prints one line per problem; exit status 1 if any.
"""
import json
import sys

import jsonschema
import yaml


class KresbaLoader(yaml.SafeLoader):
    """Reads scalars as Kresba does: only true/false, null and numbers are special, so dates
    (2020-12-27) and words such as "no" stay text."""


KresbaLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
KresbaLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", __import__("re").compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def load(path):
    with open(path, encoding="utf-8") as f:
        if path.endswith(".json"):
            return json.load(f)
        return yaml.load(f, Loader=KresbaLoader)


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
