#!/usr/bin/env python3
"""Changes one good-practice sheet of a benchmark site, as an editor would: one more sentence
at the end of its body, or (--front-matter) a longer teaser, which list pages show too. Each call
picks the next sheet, so repeated runs change different files.

    python3 bench/edit_sheet.py SITE_FOLDER [--front-matter]     # prints the changed file
"""
import os
import sys


def edit(site, front_matter=False):
    """Appends a sentence to the next sheet's text, or to its teaser; returns its path."""
    folder = os.path.join(site, "input", "content", "good-practice")
    sheets = sorted(f for f in os.listdir(folder) if f.endswith(".de.md"))
    counter = os.path.join(site, ".bench-edits")
    n = int(open(counter).read()) if os.path.exists(counter) else 0
    path = os.path.join(folder, sheets[(n * 7919) % len(sheets)])
    if front_matter:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace("\nteaser: ", f"\nteaser: Überarbeitet ({n + 1}). ", 1))
    else:
        with open(path, "a", encoding="utf-8") as f:
            f.write(f"\nÜberarbeitet im Benchmark, Änderung {n + 1}.\n")
    with open(counter, "w") as f:
        f.write(str(n + 1))
    return path


if __name__ == "__main__":
    print(edit(sys.argv[1], front_matter="--front-matter" in sys.argv[2:]))
