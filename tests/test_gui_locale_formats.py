"""Sizes and dates as the language writes them: "10,4 kB" in Dutch, British dates in English.

Review r12v F12: Dutch showed "10.2 KB" (a decimal point, "KB"), English showed US dates
("11/30/2026 2:31 AM") in an app for the Netherlands.
"""

from __future__ import annotations

import pytest

from intake_app.ui.i18n_loader import set_ui_language
from intake_app.ui.texts import human_size, local_date, local_time


@pytest.fixture(params=["nl", "en"])
def language(request, qapp):
    set_ui_language(request.param)
    yield request.param
    set_ui_language("en")


def test_sizes_use_the_languages_decimal_sign_and_si_units(language) -> None:
    assert human_size(10_445) == {"nl": "10,4 kB", "en": "10.4 kB"}[language]
    assert human_size(26_800_000) == {"nl": "26,8 MB", "en": "26.8 MB"}[language]


def test_dates_are_day_first_and_times_twenty_four_hour(language) -> None:
    assert local_date("2025-03-07") == {"nl": "07-03-2025", "en": "07/03/2025"}[language]
    shown = local_time("2025-03-07T14:05:00Z")
    assert "AM" not in shown and "PM" not in shown and "2025" in shown
    assert shown.index("03") < shown.index("2025")  # day and month before the year
