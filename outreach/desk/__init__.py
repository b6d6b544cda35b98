"""The coordinator's desk: drafts, review, corrections, the large-change guard, publishing.

Qt-free: the ``outreach desk`` commands and the GUI's Coordinator view both call into this
package, so a step done in the window is the same step a script does.

- :mod:`outreach.packs.review` compares the published version with a draft, field by field,
  and :mod:`outreach.packs.guard` flags one that looks like a broken export (in the packs
  layer, so ``outreach feed publish`` applies the same guard);
- :mod:`~outreach.desk.overlay` keeps the coordinator's corrections across imports;
- :mod:`~outreach.desk.workspace` ties them to a feed folder (the draft and overlay files);
- :mod:`~outreach.desk.targets` copies a feed folder to where it is served;
- :mod:`~outreach.desk.health` reads signature expiries and writes scheduling lines.
"""
