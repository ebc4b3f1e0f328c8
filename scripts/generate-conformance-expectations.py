#!/usr/bin/env python3
"""Regenerates the expected results of Weft's conformance corpus from CPython 3.11.

The corpus lives in runtime/src/test/resources/conformance/: small Python programs named
<area>_<topic>.py plus larger program_<name>.py ones. Files starting with "mod_" are helper
modules imported by the import_*.py programs and are not run on their own.

For every program this script runs `python3 <name>.py` with the conformance directory as the
working directory (so tracebacks name the file as <name>.py), with a 30 s timeout, and writes:

  <name>.in    (optional, written by hand) the program's standard input; without it stdin is
               empty, as /dev/null;
  <name>.out   the exact stdout bytes;
  <name>.exit  only when the exit status is not 0: first line the exit status, second line the
               last line of stderr (e.g. "ValueError: bad value"). A stale .exit is deleted when
               the status is 0.
  <name>.err   only when the exit status is not 0: the whole stderr, so the traceback is
               compared line by line (caret lines included), with the corpus directory written
               as <corpus> (CPython names the main script by its absolute path).

Each program is run twice, with PYTHONHASHSEED=0 and PYTHONHASHSEED=1; the script fails loudly
(non-zero exit, naming the program) if the two stdouts (or exit statuses) differ, which means the
program depends on str hash order, or if a program takes more than 30 s.

Usage:
    python3 scripts/generate-conformance-expectations.py            # all programs
    python3 scripts/generate-conformance-expectations.py arith_x.py  # only those named
"""
import os
import pathlib
import subprocess
import sys

CORPUS = pathlib.Path(__file__).resolve().parent.parent / "runtime/src/test/resources/conformance"
TIMEOUT = 30


def run(name, seed):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = str(seed)
    env.pop("PYTHONSTARTUP", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    stdin = CORPUS / name.replace(".py", ".in")
    try:
        return subprocess.run([sys.executable, name], cwd=CORPUS, env=env,
                              input=stdin.read_bytes() if stdin.exists() else b"",
                              capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        sys.exit(f"FAIL: {name} took more than {TIMEOUT} s")


def last_line(data):
    lines = [line for line in data.decode("utf-8", "replace").splitlines() if line.strip()]
    return lines[-1] if lines else ""


def programs(args):
    if args:
        names = []
        for arg in args:
            name = pathlib.Path(arg).name
            if not name.endswith(".py"):
                name += ".py"
            if name.startswith("mod_"):
                sys.exit(f"FAIL: {name} is a helper module, not a program")
            if not (CORPUS / name).is_file():
                sys.exit(f"FAIL: no such program {name} in {CORPUS}")
            names.append(name)
        return names
    return sorted(p.name for p in CORPUS.glob("*.py") if not p.name.startswith("mod_"))


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"FAIL: must run under CPython 3.11, this is {sys.version.split()[0]}")
    names = programs(sys.argv[1:])
    failing = 0
    for name in names:
        first = run(name, 0)
        second = run(name, 1)
        if first.stdout != second.stdout or first.returncode != second.returncode:
            sys.exit(f"FAIL: {name} output differs between PYTHONHASHSEED=0 and 1 "
                     f"(depends on hash order?)")
        stem = CORPUS / name[:-3]
        stem.with_suffix(".out").write_bytes(first.stdout)
        exit_file = stem.with_suffix(".exit")
        if first.returncode != 0:
            failing += 1
            exit_file.write_text(f"{first.returncode}\n{last_line(first.stderr)}\n", encoding="utf-8")
        elif exit_file.exists():
            exit_file.unlink()
        err_file = stem.with_suffix(".err")
        if first.returncode != 0:
            err_file.write_bytes(first.stderr.replace(str(CORPUS).encode() + b"/", b"<corpus>/"))
        elif err_file.exists():
            err_file.unlink()
    print(f"{len(names)} programs, {failing} with non-zero exit")


if __name__ == "__main__":
    main()
