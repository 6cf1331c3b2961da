"""Library output kept off the user's screen, and out of any log, while an attachment is cleaned.

Libraries speak in two ways: the `warnings` module (Pillow's DecompressionBombWarning names its
own source file) and their own loggers (Pillow's TIFF reader logs "More samples per pixel than
can be decoded" at ERROR). A logger with no handler of its own reaches Python's last-resort
handler, which prints to stderr: on the liaison's screen, and with the file's details in it. So
each library's top logger gets a NullHandler and stops propagating, once and for good (their
records would name an attachment's innards, which belong in no log either), and warnings are
ignored while cleaning. The bounds that matter are Seinpost's own, checked before decoding.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

LIBRARY_LOGGERS = ("PIL", "pikepdf", "pillow_heif", "defusedxml", "fontTools")
"""Top loggers of the libraries that read attachments; their child loggers propagate to these."""


def quiet_library_loggers() -> None:
    """Route every record of LIBRARY_LOGGERS to a NullHandler and nowhere else (idempotent)."""
    for name in LIBRARY_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(handler, logging.NullHandler) for handler in logger.handlers):
            logger.addHandler(logging.NullHandler())
        logger.propagate = False


@contextmanager
def library_output_silenced() -> Iterator[None]:
    """Within: no library warning or log record reaches stderr or the application's logs."""
    quiet_library_loggers()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield
