"""`intake-office open` and `check` tell a refused bundle in the analyst's language (issue 14/7):
with SEINPOST_LANG=nl a damaged, an incomplete, a replayed and an unregistered liaison's bundle
each get a Dutch line and no English word of the refusals; so does a bundle refused at each site
of the bundle reader (not a bundle, cut off, a CRC or index mismatch, a part or the manifest
missing, a manifest too large, garbled, malformed or signed by another key; an item whose
inside is not a sealed item's, or not a strict tar), in `open` and in `check`; `open`'s
warnings (a gap, a late bundle, opened before, other keys, a receipt or the attachments not
written) are Dutch too. With en the English text stays, word for word.

Everything is real: office keys made by `keygen`, a liaison registered from its card, bundles
written by the liaison's `BundleWriter` and changed on disk like a courier could.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bundle_kit import Liaison, hostile_item, member, seal_item

from intake_app.cli.office import main as office_main

# Words of the English refusals these four bundles used to get on a Dutch command line.
ENGLISH = ("refused", "damaged", "incomplete", "replayed", "unregistered", "liaison", "counter",
           "entry", "manifest", "missing", "already", "used", "file", "cut", "bundle", "key",
           "comes", "from", "the", "not", "opened")


def four_bad_bundles(tmp_path: Path, monkeypatch) -> tuple[list[str], list[Path]]:
    """The `open` arguments (keys, database, passphrase) and four bundles it must refuse:
    damaged (a byte of an item changed), incomplete (cut off), replayed (counter 1 again, after
    bundle 1 was opened) and from an unregistered liaison."""
    from intake_app.office import keys

    monkeypatch.setenv("SEINPOST_LANG", "en")
    secret = tmp_path / "pass.txt"
    secret.write_text("correct horse battery staple\n")
    keys_dir, db = tmp_path / "keys", tmp_path / "office" / "office.db"
    assert office_main(["keygen", "--out", str(keys_dir), "--name", "Meldpunt",
                        "--passphrase-file", str(secret)]) == 0
    recipients = list(keys.load_office_card(keys_dir).recipients)
    liaison, stranger = Liaison("Amina"), Liaison("Onbekend")
    card_file = tmp_path / "amina.card"
    card_file.write_bytes(liaison.card)
    assert office_main(["liaison", "add", str(card_file), "--registry", str(db),
                        "--fingerprint", liaison.fingerprint]) == 0
    args = ["--into", str(db), "--keys", str(keys_dir), "--passphrase-file", str(secret)]

    def write(who: Liaison, n: int, folder: str, **kwargs) -> Path:
        item = seal_item(tmp_path / f"{folder}.age", n, recipients)
        return who.write([(f"it-{n}", item)], tmp_path / folder, recipients, **kwargs).paths[0]

    first = write(liaison, 1, "first")
    assert office_main(["open", str(first), *args]) == 0
    damaged = write(liaison, 2, "damaged")
    data = bytearray(damaged.read_bytes())
    data[len(data) // 3] ^= 0x01
    damaged.write_bytes(bytes(data))
    incomplete = write(liaison, 3, "incomplete")
    incomplete.write_bytes(incomplete.read_bytes()[:-200])
    replayed = write(liaison, 4, "replayed", counter=1)
    unregistered = write(stranger, 5, "unregistered")
    return args, [damaged, incomplete, replayed, unregistered]


def open_lines(lang: str, args: list[str], bundles: list[Path], monkeypatch, capsys) -> list[str]:
    monkeypatch.setenv("SEINPOST_LANG", lang)
    capsys.readouterr()
    assert office_main(["open", *map(str, bundles), *args]) == 1
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert len(lines) == 4, out
    return lines


def test_a_dutch_open_tells_every_refusal_in_dutch_only(tmp_path: Path, monkeypatch,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    args, bundles = four_bad_bundles(tmp_path, monkeypatch)
    lines = open_lines("nl", args, bundles, monkeypatch, capsys)
    for line, path in zip(lines, bundles, strict=True):
        files, _, reason = line.partition(": NIET GEOPEND: ")
        assert files == path.name and reason, line
        english = [w for w in ENGLISH if re.search(rf"\b{w}\b", reason, re.IGNORECASE)]
        assert english == [], line
    assert "herhaalde bundel: teller 1" in lines[2]
    assert "niet-geregistreerde contactpersoon" in lines[3]


def test_an_english_open_tells_the_refusals_as_before(tmp_path: Path, monkeypatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    args, bundles = four_bad_bundles(tmp_path, monkeypatch)
    lines = open_lines("en", args, bundles, monkeypatch, capsys)
    assert lines[0].startswith(f"{bundles[0].name}: NOT OPENED: damaged: ")
    assert lines[1].startswith(f"{bundles[1].name}: NOT OPENED: incomplete: ")
    assert "refused: replayed bundle: counter 1 of this liaison was already used by bundle" \
        in lines[2]
    assert "refused: the bundle comes from an unregistered liaison (key id " in lines[3]


# --- the bundle reader's refusals: `open` and `check` ------------------------------------------

# English words of the reader's refusals, of `check`'s lines and of `open`'s warnings (none is
# also a Dutch word: "is", "in", "of", "index", "intact" and "document" are left out on purpose).
READER_ENGLISH = (*ENGLISH, "than", "larger", "signature", "does", "verify", "malformed",
                  "readable", "fields", "part", "parts", "misses", "ordinary", "such", "entries",
                  "complete", "all", "differs", "directory", "record", "header", "valid",
                  "warning", "gap", "late", "arrives", "after", "before", "nothing", "stored",
                  "again", "sealed", "also", "items", "this", "have", "been", "here", "write",
                  "attachments", "yet", "store", "receipt", "written", "denied", "permission")


def english_words(text: str) -> list[str]:
    """READER_ENGLISH's words in `text`, but in a command to type (`intake-office ...`)."""
    text = re.sub(r"`[^`]*`", "", text)
    return [w for w in READER_ENGLISH if re.search(rf"\b{w}\b", text, re.IGNORECASE)]


def an_office(tmp_path: Path, monkeypatch) -> tuple[list[str], Liaison, list[str], object]:
    """The `open` arguments of a real office, its registered liaison, the office recipients
    and the office keys (to read a manifest as only the office can)."""
    from intake_app.office import ingest, keys

    monkeypatch.setenv("SEINPOST_LANG", "en")
    secret = tmp_path / "pass.txt"
    secret.write_text("correct horse battery staple\n")
    keys_dir, db = tmp_path / "keys", tmp_path / "office" / "office.db"
    assert office_main(["keygen", "--out", str(keys_dir), "--name", "Meldpunt",
                        "--passphrase-file", str(secret)]) == 0
    liaison = Liaison("Amina")
    card_file = tmp_path / "amina.card"
    card_file.write_bytes(liaison.card)
    assert office_main(["liaison", "add", str(card_file), "--registry", str(db),
                        "--fingerprint", liaison.fingerprint]) == 0
    office_keys = ingest.load_office_keys(keys_dir, "correct horse battery staple")
    recipients = list(keys.load_office_card(keys_dir).recipients)
    return (["--into", str(db), "--keys", str(keys_dir), "--passphrase-file", str(secret)],
            liaison, recipients, office_keys)


def rebuilt(path: Path, change, target: Path, *, index_first: bool = False) -> Path:
    """`path`'s entries passed through `change` (a dict name -> bytes, changed in place) in a
    well-formed container; its index made from the entries after the change, or before it
    (`index_first`: the index then no longer matches)."""
    import hashlib
    import io

    from intake_app.bundle import container
    from intake_app.bundle.layout import INDEX_NAME, build_index
    from intake_app.bundle.reader import scan_part

    scanned = scan_part(path)
    entries = {n: b"".join(scanned.read(n)) for n in scanned.entries if n != INDEX_NAME}

    def index() -> bytes:
        return build_index(scanned.set_id, 1, 1, [(n, len(d), hashlib.sha256(d).hexdigest())
                                                  for n, d in entries.items()])

    before = index()
    change(entries)
    with open(target, "wb") as out:
        writer = container.ContainerWriter(out)
        for name, data in [*entries.items(), (INDEX_NAME, before if index_first else index())]:
            writer.add(name, len(data), io.BytesIO(data).read1)
        writer.finish()
    return target


def sealed_to_office(plain: bytes, recipients: list[str]) -> bytes:
    import io

    from intake_app.crypto import age

    out = io.BytesIO()
    age.encrypt(io.BytesIO(plain), out, recipients=recipients)
    return out.getvalue()


# Each case: its Dutch words (what the reader found, not only the class's sentence) and the
# English text it always had (the start of the refusal).
READER_CASES = {
    "gewoon": ("een gewoon ZIP-bestand", "not a bundle: an ordinary ZIP file, not a Seinpost "
               "bundle"),
    "weg": ("geen bundel: ", "not a bundle: no such bundle part"),
    "kort": ("het bestand is afgebroken", "incomplete: the file is cut off"),
    "crc": ("is beschadigd (CRC-32)", "damaged: entry items/"),
    "index": ("verschilt van de index", "damaged: entry items/"),
    "zonder": ("de inhoudsopgave staat niet in het laatste deel",
               "incomplete: the manifest is not in the last part"),
    "groot": ("de inhoudsopgave is groter dan", "refused: the manifest is larger than a bundle "
              "of 1 item entries can need"),
    "onleesbaar": ("de inhoudsopgave is onleesbaar: geen geldige UTF-8-JSON",
                   "the manifest is not readable: not valid UTF-8 JSON"),
    "misvormd": ("de inhoudsopgave is misvormd: onverwachte of ontbrekende velden",
                 "the manifest is malformed: unexpected or missing fields"),
    "vervalst": ("de handtekening van de inhoudsopgave klopt niet",
                 "refused: the manifest signature does not verify for this liaison (altered, "
                 "or signed by another key)"),
    "binnen": ("het verzegelde signaal begint niet met signal.json", "refused: item it-"),
    "tar": ("is geen geldige tar-stroom (PAX-regel 'uid' niet ondersteund)", "refused: item it-"),
    "deel": ("mist deel of delen 1 van 2", "incomplete: bundle "),
}


def reader_bad_bundles(tmp_path: Path, monkeypatch) -> tuple[list[str], list[Path]]:
    """The `open` arguments and one bundle refused at each site of READER_CASES, in its order."""
    import io
    import secrets
    import zipfile

    from intake_app.bundle.layout import MANIFEST_NAME
    from intake_app.bundle.manifest import parse_manifest, sign_manifest
    from intake_app.crypto import age
    from intake_app.crypto.canonical import canonical_json

    args, liaison, recipients, office_keys = an_office(tmp_path, monkeypatch)
    count = iter(range(1, 100))

    def write(folder: str, **kwargs) -> list[Path]:
        n = next(count)
        item = seal_item(tmp_path / f"{folder}.age", n, recipients, kwargs.pop("files", []))
        return liaison.write([(f"it-{n}", item)], tmp_path / folder, recipients,
                             **kwargs).paths

    ordinary = tmp_path / "gewoon.zip"
    with zipfile.ZipFile(ordinary, "w") as z:
        z.writestr("a.txt", "a")
    cut = write("kort")[0]
    cut.write_bytes(cut.read_bytes()[:40])
    crc = write("crc")[0]
    data = bytearray(crc.read_bytes())
    data[200] ^= 0x01  # inside the first entry's data (the item), after its 112-byte header
    crc.write_bytes(bytes(data))

    def item_changed(entries: dict[str, bytes]) -> None:
        name = next(n for n in entries if n.startswith("items/"))
        entries[name] = entries[name][:-1] + bytes([entries[name][-1] ^ 1])

    def manifest(plain: bytes):
        return lambda entries: entries.__setitem__(MANIFEST_NAME,
                                                   sealed_to_office(plain, recipients))

    def forged(entries: dict[str, bytes]) -> None:
        plain = io.BytesIO()
        age.decrypt(io.BytesIO(entries[MANIFEST_NAME]), plain,
                    identities=list(office_keys.identities))
        signed = sign_manifest(parse_manifest(plain.getvalue()),
                               Liaison("Ander").signing_key)
        entries[MANIFEST_NAME] = sealed_to_office(signed, recipients)

    changes = {
        "index": (item_changed, True),
        "zonder": (lambda entries: entries.pop(MANIFEST_NAME), False),
        "groot": (lambda entries: entries.__setitem__(MANIFEST_NAME,
                                                      secrets.token_bytes(200_000)), False),
        "onleesbaar": (manifest(b"\xff not json"), False),
        "misvormd": (manifest(canonical_json({"format": "seinpost-manifest/1"})), False),
        "vervalst": (forged, False),
    }
    made = {name: rebuilt(write(name)[0], change, tmp_path / f"{name}.zip",
                          index_first=first) for name, (change, first) in changes.items()}
    n = next(count)
    inside = hostile_item(tmp_path / "binnen.age", recipients, [member("other.txt", b"x")])
    made["binnen"] = liaison.write([(f"it-{n}", inside)], tmp_path / "binnen",
                                   recipients).paths[0]
    n = next(count)
    info, data = member("signal.json", b"{}")
    info.uid = 10**8  # too large for a ustar field: tarfile writes a PAX record "uid"
    made["tar"] = liaison.write([(f"it-{n}", hostile_item(tmp_path / "tar.age", recipients,
                                                          [(info, data)]))],
                                tmp_path / "tar", recipients).paths[0]
    big = [("attachments/01-video.bin", b"v" * 1_500_000)]
    parts = write("deel", files=big, max_part_size=1 << 20)
    assert len(parts) == 2
    bundles = {"gewoon": ordinary, "weg": tmp_path / "weg.zip", "kort": cut, "crc": crc,
               **made, "deel": parts[1]}
    return args, [bundles[name] for name in READER_CASES]


@pytest.fixture(scope="module")
def reader_bundles(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], list[Path]]:
    """`reader_bad_bundles` made once: `open` refuses each and stores nothing."""
    with pytest.MonkeyPatch.context() as patch:
        return reader_bad_bundles(tmp_path_factory.mktemp("reader"), patch)


def reason_of(line: str, path: Path) -> str:
    """The refusal in an `open` or `check` line, without its file names, paths and entry
    names ("items/<hex>.age")."""
    return re.sub(r"items/[0-9a-f]{32}\.(age|part)", "", line.partition(": ")[2].replace(
        str(path), ""))


def test_a_dutch_open_tells_each_bundle_reader_refusal_in_dutch_only(
        reader_bundles, monkeypatch, capsys: pytest.CaptureFixture[str]) -> None:
    args, bundles = reader_bundles
    monkeypatch.setenv("SEINPOST_LANG", "nl")
    capsys.readouterr()
    assert office_main(["open", *map(str, bundles), *args]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(READER_CASES), lines
    said = dict(zip(READER_CASES, lines, strict=True))
    assert said["binnen"].endswith(": het verzegelde signaal begint niet met signal.json")
    assert said["tar"].endswith(": het verzegelde signaal is geen geldige tar-stroom (PAX-regel "
                                "'uid' niet ondersteund)")
    for line, path, (dutch, _english) in zip(lines, bundles, READER_CASES.values(),
                                             strict=True):
        reason = reason_of(line, path)
        assert reason.startswith("NIET GEOPEND: ") and dutch in reason, line
        assert english_words(reason) == [], line


def test_an_english_open_tells_the_bundle_reader_refusals_as_before(
        reader_bundles, monkeypatch, capsys: pytest.CaptureFixture[str]) -> None:
    args, bundles = reader_bundles
    monkeypatch.setenv("SEINPOST_LANG", "en")
    capsys.readouterr()
    assert office_main(["open", *map(str, bundles), *args]) == 1
    lines = capsys.readouterr().out.splitlines()
    for line, path, (_dutch, english) in zip(lines, bundles, READER_CASES.values(),
                                             strict=True):
        reason = line.partition(": ")[2].replace(str(path), "")
        assert reason.startswith(f"NOT OPENED: {english}"), line
    said = dict(zip(READER_CASES, lines, strict=True))
    assert said["binnen"].endswith(": the sealed item does not start with signal.json")
    assert said["tar"].endswith(": the sealed item is not a valid tar stream (unsupported PAX "
                                "record 'uid')")


def test_a_dutch_check_tells_each_bundle_in_dutch_only(
        reader_bundles, monkeypatch, capsys: pytest.CaptureFixture[str]) -> None:
    _args, bundles = reader_bundles
    monkeypatch.setenv("SEINPOST_LANG", "nl")
    capsys.readouterr()
    assert office_main(["check", *map(str, bundles)]) == 1
    lines = capsys.readouterr().out.splitlines()
    # A line per file, then one for the split bundle whose first part is not here.
    assert len(lines) == len(bundles) + 1, lines
    for line, path in zip(lines, [*bundles, bundles[-1]], strict=True):
        assert english_words(reason_of(line, path)) == [], line
    said = dict(zip(READER_CASES, lines, strict=False))
    assert said["gewoon"].endswith("een gewoon ZIP-bestand, geen bundel van Seinpost")
    assert "is beschadigd (CRC-32)" in said["crc"]
    assert "verschilt van de index" in said["index"]
    assert said["vervalst"].endswith("compleet: 3 onderdelen, alle intact")  # needs the keys
    assert said["deel"].endswith("deel 2 van 2 intact (3 onderdelen)")
    assert lines[-1].startswith("bundel: onvolledig: bundel ")
    assert lines[-1].endswith(" mist deel of delen 1 van 2")


def test_an_english_check_says_what_it_always_said(
        reader_bundles, monkeypatch, capsys: pytest.CaptureFixture[str]) -> None:
    _args, bundles = reader_bundles
    monkeypatch.setenv("SEINPOST_LANG", "en")
    capsys.readouterr()
    assert office_main(["check", *map(str, bundles)]) == 1
    lines = capsys.readouterr().out.splitlines()
    said = dict(zip(READER_CASES, lines, strict=False))
    assert said["gewoon"] == "gewoon.zip: not a bundle: an ordinary ZIP file, not a Seinpost bundle"
    assert said["kort"].endswith(": incomplete: the file is cut off")
    assert said["vervalst"] == "vervalst.zip: complete: 3 entries, all intact"
    assert said["deel"].endswith(": part 2 of 2 intact (3 entries)")
    assert lines[-1].startswith("bundle: incomplete: bundle ")
    assert lines[-1].endswith(" misses part(s) 1 of 2")


# --- open's warnings ---------------------------------------------------------------------------

def warned_bundles(tmp_path: Path, monkeypatch) -> tuple[list[str], list[Path], Path]:
    """The `open` arguments, three bundles that open with a warning each when given in this
    order (counter 3 after none: a gap; counter 2 after 3: late; counter 4 sealed to another
    key too; the first again, on its own: opened before), and a receipts "folder" that is a
    file."""
    from intake_app.crypto import age

    args, liaison, recipients, _keys = an_office(tmp_path, monkeypatch)
    _identity, stranger = age.generate_x25519()

    def write(n: int, folder: str, to: list[str]) -> Path:
        item = seal_item(tmp_path / f"{folder}.age", n, to)
        return liaison.write([(f"it-{n}", item)], tmp_path / folder, to, counter=n).paths[0]

    gap, late = write(3, "gat", recipients), write(2, "laat", recipients)
    others = write(4, "anderen", [*recipients, stranger])
    receipts = tmp_path / "geen-map"
    receipts.write_text("")
    return args, [gap, late, others], receipts


def open_warned(lang: str, tmp_path: Path, monkeypatch, capsys) -> str:
    import errno

    from intake_app.office import ingest

    args, bundles, receipts = warned_bundles(tmp_path, monkeypatch)

    def full(*_args) -> None:
        raise OSError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(ingest, "move_staged", full)
    monkeypatch.setenv("SEINPOST_LANG", lang)
    capsys.readouterr()
    assert office_main(["open", *map(str, bundles), *args, "--receipts", str(receipts)]) == 1
    assert office_main(["open", str(bundles[0]), *args, "--receipts", str(receipts)]) == 1
    return capsys.readouterr().out


def test_a_dutch_open_tells_its_warnings_in_dutch_only(
        tmp_path: Path, monkeypatch, capsys: pytest.CaptureFixture[str]) -> None:
    out = open_warned("nl", tmp_path, monkeypatch, capsys)
    for line in out.splitlines():
        assert english_words(line.partition(": ")[2]) == [], line
    for dutch in ("waarschuwing: gat: bundels 1 tot en met 2 van deze contactpersoon",
                  "waarschuwing: laat: bundel 2 komt na bundel 3",
                  "waarschuwing: de signalen zijn ook verzegeld voor 1 sleutel die niet van dit "
                  "meldpunt is",
                  "waarschuwing: deze bundel is al eerder geopend",
                  "waarschuwing: bijlagen nog niet in de opslag (",
                  "ontvangstbewijs: NIET GESCHREVEN (", "schrijf het opnieuw met"):
        assert dutch in out, out


def test_an_english_open_tells_its_warnings_as_before(
        tmp_path: Path, monkeypatch, capsys: pytest.CaptureFixture[str]) -> None:
    out = open_warned("en", tmp_path, monkeypatch, capsys)
    for english in ("warning: gap: bundle(s) 1 to 2 of this liaison have not been opened here",
                    "warning: late: bundle 2 arrives after bundle 3",
                    "warning: the items were also sealed to 1 key(s) that are not this office's",
                    "warning: this bundle was opened before: nothing was stored again",
                    "warning: attachments not yet in the store (Permission denied): they are "
                    "put in place the next time the office database opens",
                    "receipt: NOT WRITTEN (", "; write it again with `intake-office receipt "):
        assert english in out, out
