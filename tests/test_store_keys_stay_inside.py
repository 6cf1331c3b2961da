"""No key travels up from the store: what the services and the window get back from attaching
and listing holds names, sizes and codes, never an attachment's own key (issue 8)."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

from liaison_fixtures import fast_session, make_office, signal_fields

from intake_app.store.attachments import AttachmentInfo

STORE = Path(__file__).resolve().parents[1] / "intake_app" / "store"


def test_attachment_info_carries_no_bytes_at_all() -> None:
    assert all(f.type not in ("bytes", bytes) for f in dataclasses.fields(AttachmentInfo))


def test_an_attachment_opens_without_its_key_leaving_the_store(tmp_path: Path) -> None:
    session = fast_session(tmp_path / "profile", make_office(tmp_path / "office"))
    draft = session.record(signal_fields())
    evidence = tmp_path / "evidence.bin"
    evidence.write_bytes(b"evidence " * 100)
    info = session.attach(draft, evidence)
    assert not any(isinstance(v, bytes) for v in dataclasses.asdict(info).values())
    with session.open_attachment(draft, info.id) as stream:
        assert stream.read() == evidence.read_bytes()
    session.lock()


def test_attachments_and_the_local_store_do_not_import_each_other() -> None:
    tree = ast.parse((STORE / "attachments.py").read_text())
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert "intake_app.store.local_store" not in imported
