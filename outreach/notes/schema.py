"""Tables for the private notes. Referrals keep a snapshot of the service they point at, so a
service removed by a later pack stays readable in the note (it has no foreign key to the
directory on purpose)."""

MIGRATIONS: list[tuple[int, str]] = [
    (
        1,
        """
CREATE TABLE app_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE contact (
    id INTEGER PRIMARY KEY,
    alias TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE encounter (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    occurred_at TEXT NOT NULL,
    place TEXT,
    needs TEXT,
    note TEXT
);
CREATE INDEX encounter_contact ON encounter(contact_id);
CREATE INDEX encounter_when ON encounter(occurred_at);
CREATE TABLE referral (
    id INTEGER PRIMARY KEY,
    encounter_id INTEGER NOT NULL REFERENCES encounter(id) ON DELETE CASCADE,
    service_id TEXT NOT NULL,
    service_snapshot TEXT NOT NULL,
    outcome TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX referral_encounter ON referral(encounter_id);
CREATE INDEX referral_service ON referral(service_id);
CREATE TABLE follow_up (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    due_on TEXT NOT NULL,
    what TEXT,
    done_at TEXT
);
CREATE INDEX follow_up_due ON follow_up(due_on);
""",
    ),
]
