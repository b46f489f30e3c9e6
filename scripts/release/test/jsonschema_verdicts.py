"""Validates request files with Python's jsonschema (Draft 2020-12) and prints each verdict as JSON.

Reads a job from stdin: {"schemas": {requestType: path}, "files": [{"id", "type", "path"}],
"lines": [{"type", "path"}]}. "files" hold one JSON document each; "lines" hold one document per line
(many generated variants). Prints {"files": {id: verdict}, "lines": {path: [verdict, ...]}} where a
verdict is {"valid": bool} plus "reason" when the document could not even be read as JSON.
"""

import json
import sys

from jsonschema import Draft202012Validator, FormatChecker


def verdict(validator, text):
    try:
        document = json.loads(text)
    except RecursionError:
        # Python's JSON parser stops at about a thousand levels of nesting; such a document is rejected.
        return {"valid": False, "reason": "nesting too deep for Python's JSON parser"}
    try:
        return {"valid": validator.is_valid(document)}
    except RecursionError:
        return {"valid": False, "reason": "nesting too deep for jsonschema"}


def main():
    job = json.load(sys.stdin)
    validators = {}
    for request_type, path in job["schemas"].items():
        with open(path, encoding="utf-8") as f:
            schema = json.load(f)
        Draft202012Validator.check_schema(schema)
        validators[request_type] = Draft202012Validator(schema, format_checker=FormatChecker())
    files = {}
    for case in job["files"]:
        with open(case["path"], encoding="utf-8") as f:
            files[case["id"]] = verdict(validators[case["type"]], f.read())
    lines = {}
    for case in job["lines"]:
        with open(case["path"], encoding="utf-8") as f:
            lines[case["path"]] = [verdict(validators[case["type"]], line) for line in f if line.strip()]
    json.dump({"files": files, "lines": lines}, sys.stdout)


if __name__ == "__main__":
    main()
