#!/usr/bin/python3
"""Builds the Anki package fixtures beside this script, without Anki (none is installed here).

  modern-2.1.50.apkg   what Anki 2.1.50+ exports by default: collection.anki21b (a schema-18 collection
                       compressed with the `zstd` command, as Anki compresses it), a stub collection.anki2
                       that asks the user to update Anki, `meta` (PackageMetadata, version 3 = latest), the
                       media map as zstd-compressed protobuf MediaEntries (name, size, SHA-1) and zstd-compressed media files.
  legacy-images.apkg   the legacy layout ("Support older Anki versions"): collection.anki21 (schema 11,
                       note types as JSON in col.models), the media map as JSON {"0": "name"}, media files
                       stored as they are.
  several-pictures.apkg  the legacy layout, notes with several pictures on the front and on the back.
  collection-2.1.50.colpkg  a whole collection as Anki 2.1.50+ exports it (File > Export > Anki Collection
                       Package): the same zip as modern-2.1.50.apkg (collection.anki21b, the stub, meta,
                       media), its notes in two decks.
  legacy-collection.colpkg  a whole collection in the legacy layout: collection.anki2 (schema 11) and a
                       JSON media map.

The layouts follow Anki's published schema (rslib/src/storage/*.sql, import_export.proto, notetypes.proto);
this script writes its own SQL and protobuf bytes. Run from anywhere: /usr/bin/python3 make_anki_fixtures.py
With --big-deck OUT.apkg N it writes, instead, a legacy package of N notes of about 300 bytes each, the
first and the last with a picture (too big to commit: tests/cli/import_big_pictures_test.sh makes it).
The pictures are the test images in ../images (blue-8x6.png, red-10x10.jpg, big.png).
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


def modern_collection(path, several_decks=False):
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
        deck = 1 if several_decks and "geo" in tags else 2  # a whole collection's notes sit in several decks
        db.execute("INSERT INTO cards VALUES (?, ?, ?, 0, 0, 0, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')", (nid, nid, deck, nid))
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
    # The same zip as an .apkg, holding the whole collection (Anki 2.1.50+: File > Export > Collection).
    write_zip(os.path.join(HERE, "collection-2.1.50.colpkg"), [
        ("collection.anki2", stub),
        ("collection.anki21b", zstd(collection_bytes(lambda p: modern_collection(p, several_decks=True)))),
        ("meta", field_varint(1, 3)),
        ("media", zstd(media_map)),
        ("0", zstd(blue)),
        ("1", zstd(red)),
    ])
    write_zip(os.path.join(HERE, "legacy-collection.colpkg"), [
        ("collection.anki2", collection_bytes(lambda p: legacy_collection(p, [
            (1, 'Capital of Japan?' + US + "Tokyo"),
            (2, '<img src="blue.png" alt="A blue rectangle">Which colour?' + US + "Blue"),
        ]))),
        ("media", b'{"0": "blue.png"}'),
        ("0", blue),
    ])
    big = read("big.png")
    several = collection_bytes(lambda p: legacy_collection(p, [
        # Two front pictures, two back pictures: the first of each is kept (prompt, explanation).
        (1, '<img src="blue.png" alt="A blue flag">Which two flags?<img src="red.jpg" alt="A red flag">' + US +
            'Blue and red<hr>Both are plain.<img src="map.png" alt="Where they fly"><img src="red.jpg">'),
        # Only the back has a picture: it goes with the explanation.
        (2, 'Capital of France?' + US + 'Paris<hr><img src="map.png">'),
    ]))
    write_zip(os.path.join(HERE, "several-pictures.apkg"), [
        ("collection.anki21", several),
        ("media", b'{"0": "blue.png", "1": "red.jpg", "2": "map.png"}'),
        ("0", blue),
        ("1", red),
        ("2", big),
    ])
    write_zip(os.path.join(HERE, "legacy-images.apkg"), [
        ("collection.anki21", legacy),
        ("media", b'{"0": "blue.png", "1": "red.jpg", "2": "../evil.png"}'),
        ("0", blue),
        ("1", red),
        ("2", blue),
    ])


def big_deck(path, count):
    pad = "w" * 280
    notes = [(i, "term %d %s" % (i, pad) + US + "definition %d" % i) for i in range(1, count + 1)]
    notes[0] = (1, '<img src="blue.png" alt="A blue rectangle">First? ' + pad + US + "first")
    notes[-1] = (count, '<img src="red.jpg" alt="A red square">Last? ' + pad + US + "last")
    write_zip(path, [
        ("collection.anki21", collection_bytes(lambda p: legacy_collection(p, notes))),
        ("media", b'{"0": "blue.png", "1": "red.jpg"}'),
        ("0", read("blue-8x6.png")),
        ("1", read("red-10x10.jpg")),
    ])


if __name__ == "__main__":
    import sys
    if len(sys.argv) == 4 and sys.argv[1] == "--big-deck":
        big_deck(sys.argv[2], int(sys.argv[3]))
    else:
        main()
