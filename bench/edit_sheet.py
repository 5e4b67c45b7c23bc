#!/usr/bin/env python3
"""Changes one good-practice sheet of a benchmark site, as an editor would: one more sentence
at the end of its body. Each call picks the next sheet, so repeated runs change different files.

    python3 bench/edit_sheet.py SITE_FOLDER      # prints the changed file
"""
import os
import sys


def edit(site):
    """Appends a sentence to the next sheet; returns its path."""
    folder = os.path.join(site, "input", "content", "good-practice")
    sheets = sorted(f for f in os.listdir(folder) if f.endswith(".de.md"))
    counter = os.path.join(site, ".bench-edits")
    n = int(open(counter).read()) if os.path.exists(counter) else 0
    path = os.path.join(folder, sheets[(n * 7919) % len(sheets)])
    with open(path, "a", encoding="utf-8") as f:
        f.write(f"\nÜberarbeitet im Benchmark, Änderung {n + 1}.\n")
    with open(counter, "w") as f:
        f.write(str(n + 1))
    return path


if __name__ == "__main__":
    print(edit(sys.argv[1]))
