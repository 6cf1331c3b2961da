"""Sealing leaves no attachment plaintext behind in the memory it frees.

Every buffer that holds plaintext on the way from the vault copy into the age file (the copy
buffer of services/sealing.py, the age writer's blocks in crypto/age/payload.py) is kept and
zeroed when sealing ends, not handed back to the allocator with the plaintext in it. That is
also why the tar is not written with tarfile's stream mode (a decision, docs/ARCHITECTURE.md
"The sealed item"): it copies every piece of an attachment into new bytes objects that are
freed unwiped. Checked in a child process (the one benchmarks/sealed_tar.py measures with): it
seals an attachment made of a marker pattern, its source wipes itself when closed, and then the
child searches its own heap and anonymous memory for the marker.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).resolve().parents[1] / "benchmarks" / "sealed_tar.py"
SIZE = 3 * (1 << 20) + 12_345  # several of the age writer's blocks, and a short last one


def _sealed_tar():  # the benchmark module, loaded by path (benchmarks/ is not a package)
    spec = importlib.util.spec_from_file_location("sealed_tar", BENCHMARK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("mode", ["ours", "ours-blob"])
def test_sealing_leaves_no_attachment_plaintext_in_freed_memory(mode: str) -> None:
    # "ours-blob": attached into a vault blob and sealed from it, as the product does (the
    # blob reader lends views of its own blocks to the tar writer).
    result = _sealed_tar().run_child(mode, SIZE, "memory")
    assert result["sealed"] > SIZE  # the attachment really went through
    assert result["left"] == 0, f"{result['left']} copies of the marker left in memory"


def test_the_search_finds_what_tarfiles_stream_mode_leaves_behind() -> None:
    # The writer the decision turned down, in the same child: the search must see its copies,
    # or the test above would pass for a writer that leaks just the same.
    result = _sealed_tar().run_child("stream", SIZE, "memory")
    assert result["sealed"] > SIZE
    assert result["left"] > 0
