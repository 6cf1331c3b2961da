"""Review r7k R7K-9: after a duress unlock the emptied profile's own key card (`intake-app card`,
the window's "My key card…") stated `created:` to the second of that unlock, in the product's own
output: whoever made the person unlock and then asked for the card read that the identity was
made seconds ago, which no set-up before the unlock could show. A liaison card now states the
UTC day it was made (00:00:00), at set-up and at a duress unlock alike, so the emptied profile's
card reads as any card set up that day (store/identity.py `card_day`).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import duress_kit
from liaison_fixtures import PASSPHRASE, fast_session, make_office

from intake_app.crypto import keycard
from intake_app.services.liaison import LiaisonSession
from intake_app.store.identity import card_day

use_keyring = duress_kit.use_keyring  # the fixture: both vault modes
DURESS = "seven orange kites over amsterdam harbour"


def _today() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT00:00:00Z")


def test_a_duress_emptied_profile_s_card_states_the_day_as_a_fresh_set_up_does(
        tmp_path: Path, use_keyring: bool) -> None:
    before = _today()
    office = make_office(tmp_path / "office")
    used = fast_session(tmp_path / "used", office, use_keyring=use_keyring)
    used.set_duress_passphrase(PASSPHRASE, DURESS, shown_name="Amira")
    used.lock()
    coerced = LiaisonSession.unlock(tmp_path / "used", DURESS)
    emptied = keycard.parse_card(coerced.liaison_card())
    coerced.lock()
    fresh = fast_session(tmp_path / "fresh", office, use_keyring=use_keyring)
    made_now = keycard.parse_card(fresh.liaison_card())
    fresh.lock()
    assert emptied.created == made_now.created
    assert emptied.created in (before, _today())  # a run across midnight: either day


def test_card_day_drops_the_time_of_day_in_utc() -> None:
    late = datetime(2026, 11, 30, 23, 59, 59, tzinfo=UTC)
    assert card_day(late) == datetime(2026, 11, 30, tzinfo=UTC)
    # A local time is taken as the UTC instant it is.
    amsterdam = datetime(2026, 12, 1, 0, 30, tzinfo=timezone(timedelta(hours=1)))
    assert card_day(amsterdam) == datetime(2026, 11, 30, tzinfo=UTC)  # 23:30 UTC
