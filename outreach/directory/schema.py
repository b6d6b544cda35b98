"""Tables that hold the directory inside the vault.

Layout, and why:

- ``service`` is narrow on purpose: search joins to it for every full-text match, so it holds
  only what filters and result rows need. ``num`` is an integer alias for the rowid, shared by
  the full-text index and the filter tables, because integer joins are the cheapest ones.
- ``service_doc`` holds the canonical JSON of each record, read only for the rows shown.
- ``service_fts`` is a contentless FTS5 index (the text already lives in ``service_doc``);
  ``contentless_delete`` lets a record be replaced without re-supplying its old text.
  Prefix indexes of 2 and 3 characters keep search-as-you-type fast.
- ``service_category``/``service_language`` are WITHOUT ROWID (key, num) pairs: a filter is a
  single index range scan.
- ``service_point`` + ``service_point_rtree``: one row per located service-at-location, with
  an R*Tree box for "near" queries and normalised postcode/city for offline place look-up;
  ``approximate`` marks a point that is only its postcode's centre.

Inactive and defunct services are stored but not put in the full-text index: search never
shows them, and leaving them out lets an unfiltered text search be a bare FTS5 query.

Never edit a step once committed; add a new one.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str]] = [
    (
        1,
        """
CREATE TABLE service (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    sort_name TEXT NOT NULL,
    organization_id TEXT,
    organization_name TEXT,
    content_hash TEXT NOT NULL,
    assured_date TEXT,
    status TEXT NOT NULL DEFAULT 'active',
    free INTEGER NOT NULL DEFAULT 0,
    walk_in INTEGER NOT NULL DEFAULT 0,
    min_age REAL,
    max_age REAL,
    hours TEXT,
    timezone TEXT,
    address TEXT,
    source TEXT,
    updated_at TEXT NOT NULL
);
CREATE INDEX service_sort_name ON service (sort_name);
CREATE TABLE service_doc (
    num INTEGER PRIMARY KEY,
    doc TEXT NOT NULL
);
CREATE VIRTUAL TABLE service_fts USING fts5 (
    name, alternate_name, organization, taxonomy, description,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE VIRTUAL TABLE service_fts_vocab USING fts5vocab (service_fts, 'row');
CREATE TABLE service_category (
    category TEXT NOT NULL,
    num INTEGER NOT NULL,
    PRIMARY KEY (category, num)
) WITHOUT ROWID;
CREATE INDEX service_category_num ON service_category (num);
CREATE TABLE service_language (
    code TEXT NOT NULL,
    num INTEGER NOT NULL,
    PRIMARY KEY (code, num)
) WITHOUT ROWID;
CREATE INDEX service_language_num ON service_language (num);
CREATE TABLE service_point (
    point INTEGER PRIMARY KEY,
    num INTEGER NOT NULL,
    location_id TEXT,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    postcode TEXT,
    city TEXT,
    region TEXT
);
CREATE INDEX service_point_num ON service_point (num);
CREATE INDEX service_point_postcode ON service_point (postcode);
CREATE INDEX service_point_city ON service_point (city, region);
CREATE VIRTUAL TABLE service_point_rtree USING rtree (
    point, min_lat, max_lat, min_lon, max_lon
);
CREATE TABLE directory_info (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
""",
    ),
    (
        2,
        # Weighted bm25 as the table's rank, so "ORDER BY rank" ranks name matches first
        # without the cost of a per-query auxiliary function call.
        """
INSERT INTO service_fts (service_fts, rank) VALUES ('rank', 'bm25(10.0, 6.0, 4.0, 3.0, 1.0)');
""",
    ),
    (
        3,
        # A point that is only a postcode's centre (the starter directory places facilities
        # without a geocoded address at their ZIP code's centre): never shown as exact.
        """
ALTER TABLE service_point ADD COLUMN approximate INTEGER NOT NULL DEFAULT 0;
""",
    ),
    (
        4,
        # FTS5 keeps the terms of a write in memory and flushes them as a new index segment
        # whenever they pass 'hashsize' bytes (1 MB by default); every flush then costs
        # merges. At 16 MB a 20,000-service import flushes a few times instead of dozens,
        # which halved the index's share of import time (benchmarks/search.py). The
        # memory is held only during a write.
        """
INSERT INTO service_fts (service_fts, rank) VALUES ('hashsize', 16777216);
""",
    ),
]
