#!/usr/bin/env python3
# sgr.py — what attributes a terminal screen shows a word with.
#
#   sgr.py SCREEN WORD...
#
# SCREEN is what "tmux capture-pane -e -p" printed. For each WORD, prints
# one line: the attributes its first character is drawn with, as a sorted
# list of bold, dim, italic, underline, reverse and colour (any foreground
# or background colour), or "normal"; "missing" when the word is not on
# the screen.
import re
import sys

NAMES = {1: "bold", 2: "dim", 3: "italic", 4: "underline", 7: "reverse"}
OFF = {22: ("bold", "dim"), 23: ("italic",), 24: ("underline",), 27: ("reverse",)}


def cells(line):
    """(character, attributes) for each character of a captured line."""
    out, attrs, colour = [], set(), False
    for m in re.finditer(r"\x1b\[([0-9;:]*)m|\x1b[^\[]|(.)", line, re.S):
        if m.group(2) is not None:
            out.append((m.group(2), frozenset(attrs | ({"colour"} if colour else set()))))
            continue
        if m.group(1) is None:
            continue
        params = [int(p or 0) for p in re.split("[;:]", m.group(1))] if m.group(1) else [0]
        i = 0
        while i < len(params):
            p = params[i]
            if p == 0:
                attrs.clear()
                colour = False
            elif p in NAMES:
                attrs.add(NAMES[p])
            elif p in OFF:
                attrs.difference_update(OFF[p])
            elif p in (39, 49):
                colour = False
            elif p in (38, 48):
                colour = True
                i += 4 if i + 1 < len(params) and params[i + 1] == 2 else 2
            elif 30 <= p <= 37 or 40 <= p <= 47 or 90 <= p <= 97 or 100 <= p <= 107:
                colour = True
            i += 1
    return out


def main():
    with open(sys.argv[1], encoding="utf-8", errors="replace") as f:
        lines = [cells(l.rstrip("\n")) for l in f]
    for word in sys.argv[2:]:
        found = None
        for c in lines:
            text = "".join(ch for ch, _ in c)
            k = text.find(word)
            if k >= 0:
                found = c[k][1]
                break
        if found is None:
            print("missing")
        else:
            print(",".join(sorted(found)) or "normal")


main()
