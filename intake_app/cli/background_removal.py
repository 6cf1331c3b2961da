"""The old profile folder a duress unlock swapped out, removed after the command answered.

A duress unlock removes the old profile folder's names before it answers, holding its files
open so that their space is freed afterwards, and a start removes a cut's leftovers on a thread
(fs/folder_renewal.py, review r7c F5). A command on the command line usually ends before
either is done, and someone timing the command sees when it ends (the prompt coming back), not
only when its answer is printed. So at its end a command waits for nothing: what is still being
removed or freed is handed to a process of its own (`hand_over`: this program again, with the
hidden command `COMMAND`, detached, no terminal, its output nowhere, holding the files), which
finishes it (`finish`) as any start would (`finish_interrupted`) and frees the space as it
ends. Where no process can be started the command waits for the removal instead, since the
old folder must not stay.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path

#: The hidden first argument of the process `hand_over` starts (never shown in the help).
COMMAND = "_finish-renewal"


def hand_over() -> None:
    """Hand what this process is still removing to a detached process of its own, once what
    the command prints is out: the old profile folders a start's repair is removing, and the
    files a duress unlock removed before it answered whose space is still to be freed (held
    open: the last one to let go of a file frees its space, and a process ending with them
    would wait for that before the prompt comes back; fs/folder_renewal.py `remove_now`).
    Nothing when none is left."""
    from intake_app.vault import profile

    folders = profile.removals_pending()
    held = profile.take_held()
    if not folders and not held:
        return
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    try:
        subprocess.Popen(  # this program again, the profile folders it removes from
            [sys.executable, *_module_arguments(), COMMAND, *(str(folder) for folder in folders)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            close_fds=True, pass_fds=held, **_detached())
    except OSError:
        profile.wait_for_removals()
    finally:
        for fd in held:  # the process holds them now (or, if none started, freed here)
            with contextlib.suppress(OSError):
                os.close(fd)


def finish(folders: list[str]) -> int:
    """The handed-over process: finish the renewal of each profile folder, then end (0)."""
    from intake_app.vault import profile

    for folder in folders:
        profile.finish_renewal(Path(folder))
    profile.wait_for_removals()
    return 0


def _module_arguments() -> list[str]:
    """What follows this Python to run the program again: nothing for the bundle's own
    executable (packaging/seinpost.spec), ``-m intake_app`` from source."""
    if getattr(sys, "frozen", False):
        return []
    return ["-m", "intake_app"]


def _detached() -> dict[str, object]:
    if os.name == "nt":
        flags = getattr(subprocess, "DETACHED_PROCESS", 0) | getattr(
            subprocess, "CREATE_NEW_PROCESS_GROUP", 0)
        return {"creationflags": flags}
    return {"start_new_session": True}  # not ended with the terminal or its process group
