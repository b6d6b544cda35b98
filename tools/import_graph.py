"""Draw the import graph of the outreach package, one box per layer, from the code itself.

grimp (import-linter's graph builder) reads every import, lazy ones included; the modules are
folded into their package under ``outreach`` and Graphviz draws the result. Run it through
``make import-graph``; it writes docs/import-graph.dot and docs/import-graph.svg.
"""

from __future__ import annotations

import argparse
import itertools
import shutil
import subprocess
import sys
from pathlib import Path

import grimp

#: Top to bottom, as in the import-linter layers contract (pyproject.toml).
LAYERS = ["cli", "gui", "feed", "packs", "importers", "notes", "directory", "vault"]


def package_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def dot_source() -> str:
    graph = grimp.build_graph("outreach")
    edges: set[tuple[str, str]] = set()
    for module in graph.modules:
        for imported in graph.find_modules_directly_imported_by(module):
            source, target = package_of(module), package_of(imported)
            if source != target and target != "outreach" and source != "outreach":
                edges.add((source, target))
    nodes = sorted({package_of(module) for module in graph.modules} - {"outreach"})
    lines = [
        "digraph outreach {",
        '  rankdir=TB; node [shape=box, style="rounded,filled", fontname="sans-serif"];',
    ]
    for name in nodes:
        colour = "#dbe9f6" if name in LAYERS else "#eeeeee"
        lines.append(f'  "{name}" [fillcolor="{colour}"];')
    ranked = [name for name in LAYERS if name in nodes]
    for upper, lower in itertools.pairwise(ranked):
        lines.append(f'  "{upper}" -> "{lower}" [style=invis, weight=10];')
    lines.append('  { rank=same; "importers"; "notes"; }')
    lines.append('  { rank=sink; "cancel"; "changes"; "errors"; "paths"; "settings"; }')
    for source, target in sorted(edges):
        lines.append(f'  "{source}" -> "{target}";')
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/import-graph.svg"))
    args = parser.parse_args()
    source = dot_source()
    args.out.with_suffix(".dot").write_text(source, "utf-8")
    dot = shutil.which("dot")
    if dot is None:
        print("Graphviz's `dot` is needed to draw the picture (Debian: graphviz)", file=sys.stderr)
        return 1
    subprocess.run([dot, "-Tsvg", "-o", str(args.out)], input=source.encode(), check=True)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
