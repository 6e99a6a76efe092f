// The SQL of Anki collections (schema version 11, the "legacy" collection.anki2/.anki21 inside an .apkg,
// and the few reads of schema 18, collection.anki21b), kept apart from the import and export logic.
#pragma once

namespace retain::anki_sql {

// Tables and indexes of a schema-11 collection, as Anki creates them.
inline constexpr const char* kCreateSchema = R"SQL(
CREATE TABLE col (
    id      integer PRIMARY KEY,
    crt     integer NOT NULL,
    mod     integer NOT NULL,
    scm     integer NOT NULL,
    ver     integer NOT NULL,
    dty     integer NOT NULL,
    usn     integer NOT NULL,
    ls      integer NOT NULL,
    conf    text NOT NULL,
    models  text NOT NULL,
    decks   text NOT NULL,
    dconf   text NOT NULL,
    tags    text NOT NULL
);
CREATE TABLE notes (
    id      integer PRIMARY KEY,
    guid    text NOT NULL,
    mid     integer NOT NULL,
    mod     integer NOT NULL,
    usn     integer NOT NULL,
    tags    text NOT NULL,
    flds    text NOT NULL,
    sfld    integer NOT NULL,
    csum    integer NOT NULL,
    flags   integer NOT NULL,
    data    text NOT NULL
);
CREATE TABLE cards (
    id      integer PRIMARY KEY,
    nid     integer NOT NULL,
    did     integer NOT NULL,
    ord     integer NOT NULL,
    mod     integer NOT NULL,
    usn     integer NOT NULL,
    type    integer NOT NULL,
    queue   integer NOT NULL,
    due     integer NOT NULL,
    ivl     integer NOT NULL,
    factor  integer NOT NULL,
    reps    integer NOT NULL,
    lapses  integer NOT NULL,
    left    integer NOT NULL,
    odue    integer NOT NULL,
    odid    integer NOT NULL,
    flags   integer NOT NULL,
    data    text NOT NULL
);
CREATE TABLE revlog (
    id      integer PRIMARY KEY,
    cid     integer NOT NULL,
    usn     integer NOT NULL,
    ease    integer NOT NULL,
    ivl     integer NOT NULL,
    lastIvl integer NOT NULL,
    factor  integer NOT NULL,
    time    integer NOT NULL,
    type    integer NOT NULL
);
CREATE TABLE graves (
    usn     integer NOT NULL,
    oid     integer NOT NULL,
    type    integer NOT NULL
);
CREATE INDEX ix_notes_usn ON notes (usn);
CREATE INDEX ix_cards_usn ON cards (usn);
CREATE INDEX ix_revlog_usn ON revlog (usn);
CREATE INDEX ix_cards_nid ON cards (nid);
CREATE INDEX ix_cards_sched ON cards (did, queue, due);
CREATE INDEX ix_revlog_cid ON revlog (cid);
CREATE INDEX ix_notes_csum ON notes (csum);
)SQL";

// ?1 crt (s), ?2 mod (ms), ?3 scm (ms), ?4 conf, ?5 models, ?6 decks, ?7 dconf.
inline constexpr const char* kInsertCol =
    "INSERT INTO col (id, crt, mod, scm, ver, dty, usn, ls, conf, models, decks, dconf, tags) "
    "VALUES (1, ?1, ?2, ?3, 11, 0, 0, 0, ?4, ?5, ?6, ?7, '{}')";

// ?1 id, ?2 guid, ?3 mid, ?4 mod (s), ?5 tags, ?6 flds, ?7 sfld, ?8 csum.
inline constexpr const char* kInsertNote =
    "INSERT INTO notes (id, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data) "
    "VALUES (?1, ?2, ?3, ?4, -1, ?5, ?6, ?7, ?8, 0, '')";

// A new card: ?1 id, ?2 nid, ?3 did, ?4 mod (s), ?5 due (position among new cards).
inline constexpr const char* kInsertCard =
    "INSERT INTO cards (id, nid, did, ord, mod, usn, type, queue, due, ivl, factor, reps, lapses, left, odue, odid, flags, data) "
    "VALUES (?1, ?2, ?3, 0, ?4, -1, 0, 0, ?5, 0, 0, 0, 0, 0, 0, 0, 0, '')";

inline constexpr const char* kSelectModels = "SELECT models FROM col LIMIT 1";

// Schema 18 (Anki 2.1.50+, collection.anki21b) keeps note types in their own table; col.models is empty.
inline constexpr const char* kHasNotetypesTable = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'notetypes'";
inline constexpr const char* kSelectNotetypes = "SELECT id, name, config FROM notetypes ORDER BY id";

inline constexpr const char* kSelectNotes = "SELECT id, mid, tags, flds FROM notes ORDER BY id";

}  // namespace retain::anki_sql
