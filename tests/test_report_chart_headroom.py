"""Every panel of the trend chart leaves room above its largest published value, so a lone
published point or a maximum is drawn whole, not cut in half by the frame (review r14j R8)."""

from __future__ import annotations

import matplotlib.pyplot as plt

from intake_app.office.report import charts
from intake_app.office.report.tables import two_way

QUARTERS = ["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"]


def test_each_panel_reaches_above_its_largest_published_value() -> None:
    counts = {("TR", QUARTERS[2]): 18, ("RU", QUARTERS[0]): 11, ("RU", QUARTERS[3]): 17,
              ("MA", QUARTERS[1]): 1}
    trend = two_way("trend", ["TR", "RU", "MA"], QUARTERS, counts)
    for actor, quarter in (("TR", QUARTERS[0]), ("TR", QUARTERS[1]), ("TR", QUARTERS[3])):
        trend.suppressed.add((actor, quarter))  # TR: one published point, 18
    figure = charts._figure(trend, "en")
    try:
        tops = {axis.get_title(): axis.get_ylim()[1] for axis in figure.axes
                if axis.get_visible()}
        marker = {axis.get_title(): max(y for line in axis.get_lines()
                                        for y in line.get_ydata() if y == y)
                  for axis in figure.axes if axis.get_visible()}
    finally:
        plt.close(figure)
    assert len(tops) == 3
    for title, top in tops.items():
        assert top >= marker[title] * charts.HEADROOM, (title, top, marker[title])
    assert charts.y_top([None, None]) > 0  # a panel of nothing published still has an axis
