#!/usr/bin/env python3
"""Writes gen/src/* (letter sources) and prints the LETTERS block for make.py."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
import letters_a, letters_b, letters_c, letters_d  # noqa: F401  (each adds its letters)

if __name__ == "__main__":
    # history first, then drafts, each in authority order
    lib.SPEC.sort(key=lambda s: (s["kind"] != "history", lib.NAMES[s["auth"]], s["date"]))
    with open(os.path.join(lib.HERE, "letters_block.py"), "w", encoding="utf-8") as f:
        f.write(lib.emit_block())
    print(len(lib.SPEC), "letters")
