#!/usr/bin/env python3
"""Regenerates the front end's expected results from CPython: the syntax-error table and the ASTs.

For every invalid program in runtime/src/test/resources/syntax-errors/cases, compiles it with the
running python3 (the oracle: CPython 3.11) and writes one tab-separated line to expected.tsv:
file, error type, line, offset, end line, end offset, message. It also checks that every file of
the valid corpus (runtime/src/test/resources/corpus) compiles under CPython, and writes the
`ast.dump` of each corpus file without a match statement next to it (NAME.ast), which the parser's
tree must reproduce. Run it after adding a case or a corpus file:

    python3 scripts/generate-front-end-expectations.py
"""
import pathlib
import sys

import ast

RESOURCES = pathlib.Path(__file__).resolve().parent.parent / "runtime/src/test/resources"
HERE = RESOURCES / "syntax-errors"


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"the expected errors come from CPython 3.11, not {sys.version.split()[0]}")
    for valid in sorted((RESOURCES / "corpus").glob("*.py")):
        compile(valid.read_bytes(), valid.name, "exec")  # valid Python, all the way through CPython
        tree = ast.parse(valid.read_bytes(), valid.name)
        if not any(isinstance(node, ast.Match) for node in ast.walk(tree)):
            # The parser's tree must equal CPython's, field for field.
            valid.with_suffix(".ast").write_text(ast.dump(tree) + "\n", encoding="utf-8")
    rows = []
    for case in sorted((HERE / "cases").glob("*.py")):
        source = case.read_bytes()
        try:
            compile(source, case.name, "exec")
        except SyntaxError as e:
            fields = [case.name, type(e).__name__, e.lineno, e.offset, e.end_lineno, e.end_offset, e.msg]
            rows.append("\t".join("" if f is None else str(f) for f in fields))
        else:
            sys.exit(f"{case.name} compiles: it is not an invalid program")
    (HERE / "expected.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} expected errors written to {HERE / 'expected.tsv'}")


if __name__ == "__main__":
    main()
