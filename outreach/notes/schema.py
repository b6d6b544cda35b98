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

# Step 2: the whole notes capability. Step 1 may already hold notes on laptops, so this step
# only adds: new columns with defaults, new tables, and moves step 1's free-text ``needs`` and
# ``outcome`` into their own tables. Referral codes for step-1 referrals are drawn here from the
# same unambiguous alphabet as new ones (outreach.notes.referrals.CODE_ALPHABET).
_CODE_CHAR = "substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', (abs(random()) % 30) + 1, 1)"
_STEP_2 = f"""
ALTER TABLE contact ADD COLUMN age_range TEXT;
ALTER TABLE contact ADD COLUMN birth_year INTEGER;
ALTER TABLE contact ADD COLUMN gender TEXT;
ALTER TABLE contact ADD COLUMN languages TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN tags TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN how_to_reach TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN do_not_contact INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contact ADD COLUMN consent INTEGER;
ALTER TABLE contact ADD COLUMN consent_on TEXT;
CREATE INDEX contact_alias ON contact(alias COLLATE NOCASE);

ALTER TABLE encounter ADD COLUMN recorded_at TEXT;
ALTER TABLE encounter ADD COLUMN entered_later INTEGER NOT NULL DEFAULT 0;
UPDATE encounter SET recorded_at = occurred_at;
CREATE INDEX encounter_contact_when ON encounter(contact_id, occurred_at);

CREATE TABLE encounter_need (
    encounter_id INTEGER NOT NULL REFERENCES encounter(id) ON DELETE CASCADE,
    need TEXT NOT NULL,
    PRIMARY KEY (encounter_id, need)
) WITHOUT ROWID;
CREATE INDEX encounter_need_need ON encounter_need(need);
WITH RECURSIVE parts(encounter_id, item, rest) AS (
    SELECT id, '', replace(needs, ';', ',') || ','
    FROM encounter WHERE trim(coalesce(needs, '')) != ''
    UNION ALL
    SELECT encounter_id, trim(substr(rest, 1, instr(rest, ',') - 1)),
        substr(rest, instr(rest, ',') + 1)
    FROM parts WHERE rest != ''
)
INSERT OR IGNORE INTO encounter_need (encounter_id, need)
    SELECT encounter_id, lower(replace(item, ' ', '_')) FROM parts WHERE item != '';

CREATE TABLE encounter_supply (
    encounter_id INTEGER NOT NULL REFERENCES encounter(id) ON DELETE CASCADE,
    supply TEXT NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (encounter_id, supply)
) WITHOUT ROWID;

ALTER TABLE referral ADD COLUMN code TEXT;
ALTER TABLE referral ADD COLUMN status TEXT NOT NULL DEFAULT 'made';
ALTER TABLE referral ADD COLUMN status_on TEXT;
UPDATE referral SET code = {_CODE_CHAR} || {_CODE_CHAR} || {_CODE_CHAR} || {_CODE_CHAR}
    || {_CODE_CHAR} || {_CODE_CHAR};
CREATE UNIQUE INDEX referral_code ON referral(code);
CREATE INDEX referral_status ON referral(status, created_at);
CREATE TABLE referral_status_history (
    id INTEGER PRIMARY KEY,
    referral_id INTEGER NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    status_on TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX referral_status_history_referral ON referral_status_history(referral_id);
INSERT INTO referral_status_history (referral_id, status, status_on, recorded_at)
    SELECT id, 'made', substr(created_at, 1, 10), created_at FROM referral;
UPDATE referral SET status = CASE lower(trim(outcome))
        WHEN 'attained' THEN 'attained' WHEN 'not attained' THEN 'not_attained'
        WHEN 'not_attained' THEN 'not_attained' WHEN 'declined' THEN 'declined'
        WHEN 'no show' THEN 'no_show' WHEN 'no_show' THEN 'no_show' ELSE 'unknown' END,
    status_on = substr(created_at, 1, 10)
    WHERE trim(coalesce(outcome, '')) != '';
INSERT INTO referral_status_history (referral_id, status, status_on, recorded_at)
    SELECT id, status, status_on, created_at FROM referral WHERE status != 'made';
UPDATE referral SET status_on = substr(created_at, 1, 10) WHERE status_on IS NULL;

ALTER TABLE follow_up ADD COLUMN referral_id INTEGER REFERENCES referral(id) ON DELETE CASCADE;
ALTER TABLE follow_up ADD COLUMN snoozed_until TEXT;
ALTER TABLE follow_up ADD COLUMN created_at TEXT;
UPDATE follow_up SET created_at = due_on;
CREATE UNIQUE INDEX follow_up_referral ON follow_up(referral_id) WHERE referral_id IS NOT NULL;
CREATE INDEX follow_up_contact ON follow_up(contact_id);

-- Full text over aliases, tags, places and narratives. External content: the text lives once,
-- in the tables above; triggers keep the index in step. secure-delete makes a delete remove
-- the tokens from the index rather than only masking them, so purged notes leave nothing.
CREATE VIRTUAL TABLE contact_fts USING fts5(
    alias, tags, how_to_reach, content='contact', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO contact_fts(contact_fts, rank) VALUES ('secure-delete', 1);
CREATE VIRTUAL TABLE encounter_fts USING fts5(
    place, note, content='encounter', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO encounter_fts(encounter_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO contact_fts(contact_fts) VALUES ('rebuild');
INSERT INTO encounter_fts(encounter_fts) VALUES ('rebuild');

CREATE TRIGGER contact_fts_insert AFTER INSERT ON contact BEGIN
    INSERT INTO contact_fts(rowid, alias, tags, how_to_reach)
        VALUES (new.id, new.alias, new.tags, new.how_to_reach);
END;
CREATE TRIGGER contact_fts_delete AFTER DELETE ON contact BEGIN
    INSERT INTO contact_fts(contact_fts, rowid, alias, tags, how_to_reach)
        VALUES ('delete', old.id, old.alias, old.tags, old.how_to_reach);
END;
CREATE TRIGGER contact_fts_update AFTER UPDATE OF alias, tags, how_to_reach ON contact BEGIN
    INSERT INTO contact_fts(contact_fts, rowid, alias, tags, how_to_reach)
        VALUES ('delete', old.id, old.alias, old.tags, old.how_to_reach);
    INSERT INTO contact_fts(rowid, alias, tags, how_to_reach)
        VALUES (new.id, new.alias, new.tags, new.how_to_reach);
END;
CREATE TRIGGER encounter_fts_insert AFTER INSERT ON encounter BEGIN
    INSERT INTO encounter_fts(rowid, place, note) VALUES (new.id, new.place, new.note);
END;
CREATE TRIGGER encounter_fts_delete AFTER DELETE ON encounter BEGIN
    INSERT INTO encounter_fts(encounter_fts, rowid, place, note)
        VALUES ('delete', old.id, old.place, old.note);
END;
CREATE TRIGGER encounter_fts_update AFTER UPDATE OF place, note ON encounter BEGIN
    INSERT INTO encounter_fts(encounter_fts, rowid, place, note)
        VALUES ('delete', old.id, old.place, old.note);
    INSERT INTO encounter_fts(rowid, place, note) VALUES (new.id, new.place, new.note);
END;
"""
MIGRATIONS.append((2, _STEP_2))
