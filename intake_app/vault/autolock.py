"""Auto-lock after idle time: a pure clock check the GUI drives from a QTimer and user input.

No threads and no Qt here: the window calls `touch()` on user activity and polls `expired()`;
tests pass their own clock instead of sleeping.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from intake_app.vault.errors import InvalidSetting

DEFAULT_TIMEOUT_S = 300.0


class IdleLock:
    """Tells when the vault should lock after `timeout_s` seconds without activity, on a
    monotonic clock (not wall time).
    """

    def __init__(
        self, timeout_s: float = DEFAULT_TIMEOUT_S, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._clock = clock
        self.timeout_s = timeout_s
        self._last = clock()

    @property
    def timeout_s(self) -> float:
        """Set the idle timeout in seconds. Raises InvalidSetting unless it is positive."""
        return self._timeout

    @timeout_s.setter
    def timeout_s(self, value: float) -> None:
        """The idle timeout in seconds."""
        if not value > 0:
            raise InvalidSetting("The idle timeout must be a positive number of seconds.")
        self._timeout = float(value)

    def touch(self) -> None:
        """The user did something: start the idle period again."""
        self._last = self._clock()

    @property
    def last_activity(self) -> float:
        """When the idle period last started: the clock's seconds (monotonic by default)."""
        return self._last

    def remaining(self) -> float:
        """Seconds until the vault should lock (0.0 once expired)."""
        return max(0.0, self._timeout - (self._clock() - self._last))

    def expired(self) -> bool:
        """Whether the idle timeout has passed since the last activity."""
        return self.remaining() <= 0.0
