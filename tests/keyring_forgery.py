"""A keyring someone writes as a file while the laptop is off (review r7l R7L-1, R7L-2): a
gnome-keyring keyring without a password is a plain-text file beside the login one
(gnome-keyring's "textual" format), and the `default` file names the keyring used by default.
Both are written here as that person would, between two runs of the private gnome-keyring of
`keyring_session.py`, with the items Seinpost's own code stores (service "Seinpost" and the
profile's users)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from intake_app.vault import KeyringUnavailable, secret_service
from intake_app.vault.device_secret import SERVICE


def _textual(name: str, entries: dict[str, str]) -> str:
    """The plain-text keyring file `name` holding one generic item per (user, secret)."""
    parts = [f"[keyring]\ndisplay-name={name}\nctime=0\nmtime=0\nlock-on-idle=false\n"
             "lock-after=false\n"]
    for number, (user, secret) in enumerate(entries.items(), start=1):
        parts.append(f"[{number}]\nitem-type=0\ndisplay-name=Password for '{user}' on "
                     f"'{SERVICE}'\nsecret={secret}\nmtime=0\nctime=0\n")
        for index, (key, value) in enumerate((("service", SERVICE), ("username", user))):
            parts.append(f"[{number}:attribute{index}]\nname={key}\ntype=string\n"
                         f"value={value}\n")
    return "\n".join(parts)


_SETTLE_SERVICE = "Seinpost test settle"  # not Seinpost's service: no profile's entry


def settle() -> None:
    """After a daemon restart this process's connection is refused once where it uses its
    encrypted session (which belonged to the old daemon): spend that refusal on an item of
    another service, written and deleted again."""
    with contextlib.suppress(KeyringUnavailable):
        secret_service.set_password(_SETTLE_SERVICE, "settle", "0")
    secret_service.set_password(_SETTLE_SERVICE, "settle", "0")
    secret_service.delete_password(_SETTLE_SERVICE, "settle")


@contextlib.contextmanager
def forged_keyring(session, entries: dict[str, str], *, name: str = "evil",
                   default: bool = True) -> Iterator[None]:
    """Inside the block a plain-text keyring `name` holds `entries` (user -> secret), and, with
    `default`, the `default` file names it, as written with the laptop off. After the block
    both are gone again and the login keyring is the default, whatever happened inside."""
    keyrings = session.base / "data" / "keyrings"
    (keyrings / f"{name}.keyring").write_text(_textual(name, entries), encoding="utf-8")
    try:
        session.restart_daemon(default_alias=name if default else "")
        settle()
        yield
    finally:
        (keyrings / f"{name}.keyring").unlink(missing_ok=True)
        session.restart_daemon(default_alias="")
        settle()
