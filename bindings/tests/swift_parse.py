#!/usr/bin/env python3
"""Parses Swift files with tree-sitter-swift and fails on any ERROR or MISSING node.

There is no Swift compiler on Linux CI machines of this project; this is the check that the
generated bindings (and the hand-written Swift beside them) are at least well-formed Swift.
Usage: swift_parse.py FILE...  Prints one line per file and exits non-zero on any error.

The grammar does not accept a conditional-compilation block that wraps an attribute alone,
which UniFFI emits everywhere:

    #if swift(>=5.8)
    @_documentation(visibility: private)
    #endif
    public static func lift(...)

so, before parsing, `#if swift(>=…)` / `#if compiler(>=…)` blocks are resolved the way any
Swift 5.8+ compiler resolves them (condition true: keep the body, drop the `#else` part).
Every other `#if` is left for the grammar. Lines are blanked, not removed, so reported line
numbers are those of the file.
"""
import re
import sys

import tree_sitter_swift
from tree_sitter import Language, Parser


def problems(node, out):
    if node.type == "ERROR" or node.is_missing:
        out.append(node)
    for child in node.children:
        problems(child, out)
    return out


VERSION_IF = re.compile(r"^\s*#if\s+(swift|compiler)\(>=\s*[0-9.]+\)\s*$")


def resolve_version_checks(text):
    """Resolves `#if swift(>=x)` blocks as true; keeps the line count."""
    out = []
    # Stack of frames: None for an #if we leave alone, else "keep" / "drop" for ours.
    stack = []
    for line in text.split("\n"):
        stripped = line.strip()
        dropping = any(f == "drop" for f in stack)
        if VERSION_IF.match(line):
            stack.append("keep")
            out.append("")
            continue
        if stripped.startswith("#if"):
            stack.append(None)
        elif stripped.startswith("#else") or stripped.startswith("#elseif"):
            if stack and stack[-1] is not None:
                stack[-1] = "drop"
                out.append("")
                continue
        elif stripped.startswith("#endif"):
            frame = stack.pop() if stack else None
            if frame is not None:
                out.append("")
                continue
        out.append("" if dropping else line)
    return "\n".join(out)


def main(paths):
    parser = Parser(Language(tree_sitter_swift.language()))
    bad = 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            source = resolve_version_checks(f.read())
        tree = parser.parse(source.encode("utf-8"))
        found = problems(tree.root_node, [])
        if found:
            bad += 1
            print(f"FAIL {path}: {len(found)} error node(s)")
            for n in found[:10]:
                kind = "MISSING" if n.is_missing else "ERROR"
                print(f"     {kind} at line {n.start_point[0] + 1}, column {n.start_point[1] + 1}")
        else:
            print(f"ok   {path}: parsed, 0 error nodes")
    if not paths:
        print("no Swift file given")
        return 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
