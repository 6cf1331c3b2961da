"""Bundles: how sealed items travel from a liaison's laptop to the office. This is the spec.

Modules: `writer` (BundleWriter), `reader` (scan a part without keys), `check` (the courier
check), `manifest`, `receipt`, `parts` (split and reassemble), `container` (the ZIP bytes),
`layout` (names and the index), `target` (FAT detection), `errors`.

File
----
A bundle is one file, or N part files when split. Names are neutral: ``<set>.zip`` or
``<set>-<k>of<N>.zip`` where ``<set>`` is 32 random hex digits. No liaison name, no date.

Container (every part)
----------------------
A ZIP64 archive with every header field fixed, so one layout exists per content and any byte
change is found:

- entries only "stored" (method 0), each as: local header (version needed 45, flags 0,
  time 00:00:00, date 1980-01-01, CRC-32, both 32-bit sizes 0xFFFFFFFF, no data descriptor)
  with exactly one extra field, ZIP64 (tag 1, 16 bytes: size, size), then the data;
- entries contiguous from byte 0, no gaps; names ASCII, at most 64 bytes, unique;
- the central directory in the same order: made by 0x032D (Unix, 4.5), version needed 45,
  flags 0, same time/date/CRC, sizes and offset 0xFFFFFFFF, extra ZIP64 (tag 1, 24 bytes:
  size, size, local header offset), no comment, disk 0, internal attributes 0, external
  attributes 0o100600 << 16;
- then the ZIP64 end record (44, 0x032D, 45, disks 0, counts, directory size and offset),
  the ZIP64 locator (disk 0, its offset, 1 disk) and the end record (counts 0xFFFF, size and
  offset 0xFFFFFFFF, no comment). Nothing after it.

Entries
-------
- ``items/<32 random hex>.age``: a whole sealed item (an age file, see docs/ARCHITECTURE.md
  "The sealed item"); ``items/<32 random hex>.part``: a byte range of a sealed item too big
  for one part. Names are random and unrelated to item ids; entry order is shuffled.
- ``manifest.age`` (in the last part only): the manifest, age-encrypted to the office
  recipients.
- ``index.json`` (last entry of every part, unsigned, reveals no identity): canonical JSON
  ``{"entries": [{"name", "sha256", "size"}...], "format": "seinpost-bundle-index/1",
  "part": k, "parts": N, "set": <set>}`` listing every other entry of this part. A courier
  checks completeness against it; the office checks it too but trusts only the manifest.

Manifest (plaintext of manifest.age)
------------------------------------
Canonical JSON (intake_app/crypto/canonical.py)::

    {"bundle_id": 32 hex (random), "counter": per-device bundle counter >= 1,
     "created": "YYYY-MM-DDTHH:MM:SSZ", "format": "seinpost-manifest/1",
     "items": [{"id": item id, "size": ciphertext bytes, "sha256": of the whole ciphertext,
                "entries": [{"name", "part", "size", "sha256"}...]}...] (sorted by id),
     "liaison_key_id": signing.key_id of the liaison's verify key, "parts": N,
     "recipients": [sha256 hex of each office recipient string "age1..."] (sorted),
     "set": <set>, "signature": 128 hex}

An item's entries, concatenated in the listed order, are its age file: one ``.age`` entry, or
``.part`` ranges spread over parts. The signature is `signing.sign(liaison key,
b"seinpost/manifest/v1", canonical_json(manifest without "signature"))`.

What the office checks, in order: container structure and CRC-32 of every entry and the index
of every part; all parts present; manifest decrypts with an office identity; it parses
strictly; the liaison key id is registered and not revoked; the signature verifies; one of
the recipient fingerprints is ours; the entries in the parts are exactly the manifest's plus
manifest.age and index.json; every entry's size and SHA-256 match before anything is
decrypted; counter not used before; then each item is decrypted and its tar read strictly.

Receipt: see `receipt.py`.

Writing (liaison): `BundleWriter(signing_key, recipients, counter, max_part_size="auto",
progress=None).write([(item_id, sealed_path), ...], target_dir) -> WrittenBundle`.
Split: "auto" splits at 4 GiB - 1 when the target is FAT (vfat/msdos via /proc/mounts on
Linux, GetVolumeInformationW on Windows, `mount` on macOS); an int splits at that size.
"""
