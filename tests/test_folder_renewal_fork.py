"""A child forked while a thread of fs/folder_renewal.py holds its lock (the thread that frees
an old profile's disk space after an unlock) must not wait for it forever: the forked workers
of the SIGKILL tests do real work with the module after the fork (a forked worker once hung
48 minutes on a lock a parent's thread held at the fork)."""

from __future__ import annotations

import os
import signal
import threading

from intake_app.fs import folder_renewal


def test_a_child_forked_while_a_thread_holds_the_renewal_lock_can_take_it() -> None:
    taken, release = threading.Event(), threading.Event()

    def hold() -> None:
        with folder_renewal._BUSY_LOCK:  # as _free_held holds it, between two files
            taken.set()
            release.wait()

    holder = threading.Thread(target=hold)
    holder.start()
    taken.wait()
    pid = os.fork()
    if pid == 0:  # the child: SIGALRM ends it if the lock never comes
        signal.alarm(10)
        folder_renewal.take_held()
        folder_renewal.removals_pending()
        os._exit(0)
    release.set()
    holder.join()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
