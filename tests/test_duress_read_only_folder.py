"""A read-only folder of the person's own in the profile (``chmod 0500 photos``, no root needed)
goes into the renewed profile at a duress unlock like any other entry of theirs, and nothing of
the old profile stays beside it (review r7l R7L-6: moving a folder to another parent needs its
write permission, so it stayed in a hidden ``.<profile>.<hex>.partial`` folder for good, after a
duress unlock only: a tell). Run as the liaison's user meets it: a child without the
capabilities that let root past a folder's mode (these tests run as root)."""

from __future__ import annotations

from pathlib import Path

from duress_kit import DURESS, unlock_without_root_powers
from liaison_fixtures import PASSPHRASE
from test_duress_obstacles import used_profile


def test_a_read_only_folder_of_ones_own_moves_into_the_new_profile_at_a_duress_unlock(
        tmp_path: Path) -> None:
    profile = used_profile(tmp_path / "coerced", False)
    photos = profile / "photos"
    photos.mkdir()
    (photos / "kaart.jpg").write_bytes(b"\xff\xd8 mine")
    photos.chmod(0o500)
    try:
        assert unlock_without_root_powers(profile, PASSPHRASE) == "2"
        assert unlock_without_root_powers(profile, DURESS) == "0"  # an empty profile
        beside = sorted(p.name for p in profile.parent.iterdir())
        assert [name for name in beside if name.endswith(".partial")] == [], beside
        assert (profile / "photos" / "kaart.jpg").read_bytes() == b"\xff\xd8 mine"
        assert (profile / "photos").stat().st_mode & 0o777 == 0o500  # its mode kept
    finally:
        for folder in profile.parent.rglob("photos"):
            folder.chmod(0o700)
