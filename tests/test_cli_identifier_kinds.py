"""`intake-app record` and `seal` name each kind of identifier found in the text by its name
in the run's language, from the one table of sentences, not by its code (task b14 line 4,
issue 14); the window's names come from the same table."""

from __future__ import annotations

from pathlib import Path

import pytest
from liaison_fixtures import PASSPHRASE, fast_session, make_office, run_cli, write_signal

from intake_app.domain.identifiers import KINDS, find_identifiers
from intake_app.sentences import identifier_kind, sentence

# One text with a hit of every kind the scan reports (checked against KINDS below).
TEXT = ". ".join([
    "bel 06-12345678", "mail naam@voorbeeld.nl", "rekening NL91ABNA0417164300",
    "adres 1234 AB 12", "woont Kerkstraat 12", "bsn 111222333",
    "zie facebook.com/iemand.echt", "volgt @iemand_123", "postcode 2514 AB",
    "paspoort SPECI2014", "auto 12-ABC-3", "geboren op 12-03-1985",
])


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_record_and_seal_name_every_identifier_kind_in_the_runs_language(
        lang: str, tmp_path: Path) -> None:
    hits = find_identifiers(TEXT)
    assert {hit.kind for hit in hits} == set(KINDS)
    office = make_office(tmp_path / "office")
    profile = tmp_path / "profile"
    fast_session(profile, office).lock()
    (tmp_path / "pass").write_text(PASSPHRASE + "\n")
    common = ["--profile", str(profile), "--passphrase-file", str(tmp_path / "pass")]
    source = write_signal(tmp_path / "s.json", description=TEXT)
    env = {"SEINPOST_LANG": lang}
    recorded = run_cli(["record", "--from", str(source), *common], cwd=tmp_path, env=env)
    assert recorded.returncode == 0, recorded.stderr
    draft_id = recorded.stdout.split()[-1]
    sealing = run_cli(["seal", draft_id, *common], cwd=tmp_path, env=env, stdin="n\n")
    expected = [sentence("cli.warning", lang, line=sentence(
        "cli.identifier_hit", lang, draft_id=draft_id, field="description",
        kind=identifier_kind(hit.kind, lang), start=hit.start + 1, end=hit.end))
        for hit in hits]
    for output in (recorded.stderr, sealing.stderr):
        lines = output.splitlines()
        assert [line for line in expected if line not in lines] == []
        assert sum(f"{draft_id}: description " in line for line in lines) == len(hits)
    names = {identifier_kind(kind, lang) for kind in KINDS}
    assert len(names) == len(KINDS) and identifier_kind("not a kind", lang) not in names
