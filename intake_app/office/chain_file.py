"""The office's rotation chain file, for liaisons who missed a rotation (review r7j, R7J-3).

A liaison's app accepts a new office card only when the card it holds endorsed it, so a liaison
still at card K1 cannot take K3 alone: K3 is endorsed by K2. `intake-office rotate` therefore
writes, next to `office.card`, the file ``office-chain.cards``: every office card from the
oldest the keys folder still has (the current one and those under `retired/`) to the current
one, one after the other, oldest first (format: crypto/card_chain.py). A liaison gives it whole
to `intake-app office-card update`, which takes the cards it lacks and passes over the older.

The chain holds only cards linked one to the next (keycard.verify_rotation): a retired folder
that is missing or damaged ends it there. It is public, like the cards in it.
"""

from __future__ import annotations

from pathlib import Path

from intake_app.crypto import card_chain, keycard
from intake_app.fs import outside
from intake_app.fs.atomic import write_atomic
from intake_app.office import keys

CHAIN_FILE = "office-chain.cards"


def write_chain(directory: Path) -> tuple[Path, int]:
    """Write `directory`/office-chain.cards (atomically) from the keys folder's generations.

    Returns its path and the number of cards in it: the newest ones that link one to the next,
    at most card_chain.MAX_CHAIN and within the size a liaison's app reads (fs/outside.py's
    CARD). Raises KeyCardError when the current card cannot be read, OSError when the file
    cannot be written."""
    directory = Path(directory)
    newest_first = [keycard.load_card(g.card) for g in keys.generations(directory)]
    chain = [newest_first[0]]
    size = len(chain[0].raw)
    for older in newest_first[1:]:
        try:
            keycard.verify_rotation(older, chain[0])
        except keycard.KeyCardError:
            break
        size += len(older.raw)
        if len(chain) == card_chain.MAX_CHAIN or size > outside.CARD.max_bytes:
            break
        chain.insert(0, older)
    path = directory / CHAIN_FILE
    write_atomic(path, card_chain.chain_bytes([card.raw for card in chain]))
    return path, len(chain)
