#!/usr/bin/python3
"""Builds the Anki package fixtures beside this script, without Anki (none is installed here).

  modern-2.1.50.apkg   what Anki 2.1.50+ exports by default: collection.anki21b (a schema-18 collection
                       compressed with the `zstd` command, as Anki compresses it), a stub collection.anki2
                       that asks the user to update Anki, `meta` (PackageMetadata, version 3 = latest), the
                       media map as zstd-compressed protobuf MediaEntries (name, size, SHA-1) and zstd-compressed media files.
  legacy-images.apkg   the legacy layout ("Support older Anki versions"): collection.anki21 (schema 11,
                       note types as JSON in col.models), the media map as JSON {"0": "name"}, media files
                       stored as they are.

The layouts follow Anki's published schema (rslib/src/storage/*.sql, import_export.proto, notetypes.proto);
this script writes its own SQL and protobuf bytes. Run from anywhere: /usr/bin/python3 make_anki_fixtures.py
The pictures are the test images in ../images (blue-8x6.png, red-10x10.jpg).
"""
import hashlib
import os
import sqlite3
import subprocess
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
IMAGES = os.path.join(HERE, "..", "images")
US = "\x1f"


def varint(n):
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def field_varint(number, value):
    return varint(number << 3) + varint(value)


def field_bytes(number, payload):
    return varint((number << 3) | 2) + varint(len(payload)) + payload


def zstd(data):
    # The zstd command line tool, level 3 (its default), like Anki's zstd crate writes frames.
    return subprocess.run(["zstd", "-q", "-c", "-3"], input=data, stdout=subprocess.PIPE, check=True).stdout


def unicase(a, b):
    a, b = a.lower(), b.lower()
    return (a > b) - (a < b)


def read(name):
    with open(os.path.join(IMAGES, name), "rb") as f:
        return f.read()


with open(os.path.join(HERE, "anki-tables.sql")) as f:
    TABLES = f.read()  # col, notes, cards, revlog: shared with the C++ tests

SCHEMA_18 = TABLES + """
CREATE TABLE graves (oid integer NOT NULL, type integer NOT NULL, usn integer NOT NULL, PRIMARY KEY (oid, type)) WITHOUT ROWID;
CREATE TABLE deck_config (id integer PRIMARY KEY NOT NULL, name text NOT NULL COLLATE unicase, mtime_secs integer NOT NULL,
  usn integer NOT NULL, config blob NOT NULL);
CREATE TABLE config (KEY text NOT NULL PRIMARY KEY, usn integer NOT NULL, mtime_secs integer NOT NULL, val blob NOT NULL) WITHOUT ROWID;
CREATE TABLE fields (ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL COLLATE unicase, config blob NOT NULL,
  PRIMARY KEY (ntid, ord)) WITHOUT ROWID;
CREATE UNIQUE INDEX idx_fields_name_ntid ON fields (name, ntid);
CREATE TABLE templates (ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL COLLATE unicase, mtime_secs integer NOT NULL,
  usn integer NOT NULL, config blob NOT NULL, PRIMARY KEY (ntid, ord)) WITHOUT ROWID;
CREATE TABLE notetypes (id integer NOT NULL PRIMARY KEY, name text NOT NULL COLLATE unicase, mtime_secs integer NOT NULL,
  usn integer NOT NULL, config blob NOT NULL);
CREATE UNIQUE INDEX idx_notetypes_name ON notetypes (name);
CREATE TABLE decks (id integer PRIMARY KEY NOT NULL, name text NOT NULL COLLATE unicase, mtime_secs integer NOT NULL,
  usn integer NOT NULL, common blob NOT NULL, kind blob NOT NULL);
CREATE UNIQUE INDEX idx_decks_name ON decks (name);
CREATE TABLE tags (tag text NOT NULL PRIMARY KEY COLLATE unicase, usn integer NOT NULL, collapsed boolean NOT NULL,
  config blob NULL) WITHOUT ROWID;
"""

BASIC, CLOZE = 1700000000001, 1700000000002


def modern_collection(path):
    db = sqlite3.connect(path)
    db.create_collation("unicase", unicase)
    db.executescript(SCHEMA_18)
    db.execute("INSERT INTO col VALUES (1, 1700000000, 1700000000000, 1700000000000, 18, 0, 0, 0, '', '', '', '', '')")
    # NotetypeConfig: kind = 1 (0 normal, 1 cloze), sort_field_idx = 2, css = 3.
    db.execute("INSERT INTO notetypes VALUES (?, 'Basic', 0, 0, ?)", (BASIC, field_bytes(3, b".card {}")))
    db.execute("INSERT INTO notetypes VALUES (?, 'Cloze', 0, 0, ?)", (CLOZE, field_varint(1, 1) + field_bytes(3, b".card {}")))
    for ntid, names in ((BASIC, ("Front", "Back")), (CLOZE, ("Text", "Back Extra"))):
        for ord_, name in enumerate(names):
            db.execute("INSERT INTO fields VALUES (?, ?, ?, x'')", (ntid, ord_, name))
    db.execute("INSERT INTO decks VALUES (1, 'Default', 0, 0, x'', x'')")
    db.execute("INSERT INTO decks VALUES (2, 'Flags', 0, 0, x'', x'')")
    notes = [
        (1, BASIC, " geo ", "Capital of <b>Japan</b>?" + US + "Tokyo"),
        (2, BASIC, " flags ", '<img src="blue.png" alt="A blue rectangle">Which colour is this flag?' + US + "Blue"),
        (3, BASIC, " flags ", '<img src="red.jpg">' + US + "Red[sound:red.mp3]"),
        (4, CLOZE, "", "{{c1::Tokyo}} is the capital of {{c2::Japan}}." + US + ""),
    ]
    for nid, mid, tags, flds in notes:
        db.execute("INSERT INTO notes VALUES (?, ?, ?, 0, 0, ?, ?, '', 0, 0, '')", (nid, "g%d" % nid, mid, tags, flds))
        db.execute("INSERT INTO cards VALUES (?, ?, 2, 0, 0, 0, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')", (nid, nid, nid))
    db.commit()
    db.close()


def legacy_collection(path, notes):
    models = ('{"%d": {"id": %d, "name": "Basic", "type": 0, "flds": [{"name": "Front", "ord": 0}, {"name": "Back", "ord": 1}],'
              ' "tmpls": [{"name": "Card 1", "qfmt": "{{Front}}", "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}]}}') % (BASIC, BASIC)
    db = sqlite3.connect(path)
    db.executescript(TABLES)
    db.execute("INSERT INTO col VALUES (1, 1700000000, 1700000000000, 1700000000000, 11, 0, 0, 0, '{}', ?, "
               "'{\"1\": {\"id\": 1, \"name\": \"Default\"}}', '{}', '{}')", (models,))
    for nid, flds in notes:
        db.execute("INSERT INTO notes VALUES (?, ?, ?, 0, 0, '', ?, '', 0, 0, '')", (nid, "g%d" % nid, BASIC, flds))
    db.commit()
    db.close()


def collection_bytes(build):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "collection")
        build(path)
        with open(path, "rb") as f:
            return f.read()


def write_zip(path, entries):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))  # fixed stamp: the same bytes every run
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def main():
    blue, red = read("blue-8x6.png"), read("red-10x10.jpg")
    media_map = b"".join(field_bytes(1, field_bytes(1, name) + field_varint(2, len(data)) + field_bytes(3, hashlib.sha1(data).digest()))
                         for name, data in ((b"blue.png", blue), (b"red.jpg", red)))
    stub = collection_bytes(lambda p: legacy_collection(p, [(1, "Please update to the latest Anki version, then import the .colpkg/.apkg file again." + US + "")]))
    write_zip(os.path.join(HERE, "modern-2.1.50.apkg"), [
        ("collection.anki2", stub),
        ("collection.anki21b", zstd(collection_bytes(modern_collection))),
        ("meta", field_varint(1, 3)),
        ("media", zstd(media_map)),
        ("0", zstd(blue)),
        ("1", zstd(red)),
    ])
    legacy = collection_bytes(lambda p: legacy_collection(p, [
        (1, '<div><img src="blue.png" alt="Blue &amp; plain"></div>What colour?' + US + "Blue"),
        (2, '<IMG SRC=red.jpg>' + US + "Red"),
        (3, 'Sound only[sound:x.mp3]' + US + "Yes"),
        (4, '<img src="../evil.png">Escape?' + US + "No"),
    ]))
    write_zip(os.path.join(HERE, "legacy-images.apkg"), [
        ("collection.anki21", legacy),
        ("media", b'{"0": "blue.png", "1": "red.jpg", "2": "../evil.png"}'),
        ("0", blue),
        ("1", red),
        ("2", blue),
    ])


if __name__ == "__main__":
    main()
