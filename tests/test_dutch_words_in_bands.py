"""The passphrase rule's Dutch words are read from wordfreq's list one frequency band at a time
(vault/passphrase.py `frequent_dutch_words`), and are the same words wordfreq's `top_n_list`
gives. wordfreq decodes its whole file (half a million words) in one msgpack call, which holds
the interpreter for 26-94 ms of its own on this machine (load 13; 100-140 ms wall): a worker
loading the words as set-up's passphrase page appeared stood the window's GUI thread still
that long (issue 12 "Quick", task q12a). How long a call holds the interpreter depends on the
machine; how much one call decodes does not, and is what is checked."""

from __future__ import annotations

import msgpack
import pytest
import wordfreq
from wordfreq import top_n_list

from intake_app.vault import passphrase

#: The most words one decoding call may give: the first 30,000 words lie in bands of at most
#: a few hundred (446 in wordfreq 3's nl list).
BAND_WORDS = 2_000


def test_the_dutch_words_are_wordfreqs_most_frequent_in_its_order() -> None:
    words = passphrase.frequent_dutch_words(passphrase.DUTCH_WORDS)
    assert words == top_n_list("nl", passphrase.DUTCH_WORDS, wordlist="best")
    assert passphrase.frequent_dutch_words(3) == ["de", "van", "het"]


def test_no_one_decoding_call_reads_more_than_a_band_of_words(monkeypatch) -> None:
    decoded: list[int] = []

    class Counted(msgpack.Unpacker):
        def unpack(self):
            value = super().unpack()
            decoded.append(len(value) if isinstance(value, list) else 1)
            return value

    def whole(*_args, **_kwargs):
        pytest.fail("the whole list was decoded in one call")

    monkeypatch.setattr(msgpack, "Unpacker", Counted)
    for name in ("load", "loads", "unpack", "unpackb"):
        monkeypatch.setattr(msgpack, name, whole)
    for cached in (wordfreq.get_frequency_list, wordfreq.top_n_list):
        cached.cache_clear()  # a list wordfreq decoded before would not be decoded again
    words = passphrase.frequent_dutch_words(passphrase.DUTCH_WORDS)
    assert len(words) == passphrase.DUTCH_WORDS
    assert decoded and max(decoded) <= BAND_WORDS
    assert sum(decoded) < 2 * passphrase.DUTCH_WORDS  # it stops once it has them
