"""Sealing leaves no attachment plaintext behind in the memory it frees.

Every buffer that holds plaintext on the way from the vault copy into the age file (the copy
buffer of services/sealing.py, the age writer's blocks in crypto/age/payload.py) is kept and
zeroed when sealing ends, not handed back to the allocator with the plaintext in it. That is
also why the tar is not written with tarfile's stream mode: it copies every piece of an
attachment into new bytes objects that are freed unwiped. Checked in a child process: it seals
an attachment made of a marker pattern, its source wipes itself when closed, and then the
child searches its own heap and anonymous memory for the marker.
"""

from __future__ import annotations

import json
import subprocess
import sys

SEAL_AND_SEARCH = r"""
import gc, io, json, sys
from intake_app.crypto import age
from intake_app.services.sealing import SealAttachment, seal_signal

MARK = bytes.fromhex("5eed") + b"-plaintext-mark-" + bytes.fromhex("c0de")  # 20 bytes
SIZE = int(sys.argv[1])


class Source(io.RawIOBase):
    # The vault copy's stand-in: plaintext in one buffer of its own, wiped when closed.
    def __init__(self):
        self.left = SIZE
        # Filled in place: a `MARK * n` would leave its own unwiped copy behind in the heap.
        self.block = bytearray(65536 - 65536 % len(MARK))
        for at in range(0, len(self.block), len(MARK)):
            self.block[at : at + len(MARK)] = MARK
    def readable(self):
        return True
    def readinto(self, target):
        count = min(len(target), self.left, len(self.block))
        target[:count] = memoryview(self.block)[:count]  # a bytearray slice would be a copy
        self.left -= count
        return count
    def close(self):
        self.block[:] = bytes(len(self.block))
        super().close()


def search():
    found = 0
    with open("/proc/self/maps") as maps, open("/proc/self/mem", "rb", 0) as mem:
        for line in maps:
            fields = line.split()
            if not fields[1].startswith("rw") or (len(fields) > 5 and fields[5] != "[heap]"):
                continue  # only memory the allocator hands out: the heap and anonymous maps
            start, end = (int(x, 16) for x in fields[0].split("-"))
            try:
                mem.seek(start)
                found += mem.read(end - start).count(MARK)
            except OSError:
                continue
    return found


_identity, recipient = age.generate_x25519()
before = search()  # the constant in this script's code objects
out = io.BytesIO()
seal_signal(b"{}", [SealAttachment("attachments/01-a.bin", SIZE, Source)], [recipient], out)
gc.collect()
print(json.dumps({"sealed": len(out.getvalue()), "left": search() - before}))
"""


def test_sealing_leaves_no_attachment_plaintext_in_freed_memory() -> None:
    size = 3 * (1 << 20) + 12_345  # several of the age writer's blocks, and a short last one
    done = subprocess.run([sys.executable, "-c", SEAL_AND_SEARCH, str(size)],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["sealed"] > size  # the attachment really went through
    assert result["left"] == 0, f"{result['left']} copies of the marker left in memory"
