"""Trend charts with matplotlib: black lines and distinct markers, readable in black and white.

Only published values are drawn: a suppressed quarter is a gap in the line. Output is
deterministic: fixed size, fonts and SVG ids, no dates or software names in the files.
"""

from __future__ import annotations

import io
import math

import matplotlib

matplotlib.use("Agg")  # no display; must come before pyplot

import matplotlib.pyplot as plt

from intake_app.office.report.tables import Table
from intake_app.office.report.texts import row_label, text

MAX_ACTORS = 12
_MARKERS = "osD^vx+*phP<"
_STYLES = ("-", "--", ":", "-.")


def charted_actors(trend: Table) -> list[str]:
    """The actors drawn: those with the most published signals over the window (at most 12)."""
    def published(actor: str) -> int:
        return sum(trend.shown((actor, col)) or 0 for col in trend.cols)

    ranked = sorted((a for a in trend.rows if published(a) > 0),
                    key=lambda a: (-published(a), a))
    return ranked[:MAX_ACTORS]


HEADROOM = 1.15  # the top of a panel over its largest published value


def y_top(values: list[int | None]) -> float:
    """The top of a panel's y axis: room above its largest published value, so a marker there
    (a lone published point above all) is drawn whole, not cut by the frame (review r14j R8)."""
    return max([1, *(v for v in values if v is not None)]) * HEADROOM


def trend_figure(trend: Table, lang: str, fmt: str) -> bytes:
    """Small multiples, one panel per charted actor, as "png" (150 dpi) or "svg" bytes."""
    figure = _figure(trend, lang)
    out = io.BytesIO()
    metadata = {"Software": None} if fmt == "png" else {"Date": None, "Creator": None}
    figure.savefig(out, format=fmt, dpi=150, metadata=metadata)
    plt.close(figure)
    return out.getvalue()


def _figure(trend: Table, lang: str) -> plt.Figure:
    """The figure of `trend_figure`, before it is saved (the caller closes it)."""
    actors = charted_actors(trend)
    columns = 3
    rows = max(1, math.ceil(len(actors) / columns))
    plt.rcParams.update({"svg.hashsalt": "seinpost", "font.family": "DejaVu Sans",
                         "font.size": 8})
    figure, axes = plt.subplots(rows, columns, figsize=(7.5, 1.35 * rows + 0.45), squeeze=False,
                                sharex=True)
    labels = [col[2:] if col[4:5] == "-" else col for col in trend.cols]
    for index, axis in enumerate(axes.flat):
        if index >= len(actors):
            axis.set_visible(False)
            continue
        actor = actors[index]
        values = [trend.shown((actor, col)) for col in trend.cols]
        ys = [math.nan if v is None else v for v in values]
        axis.plot(range(len(ys)), ys, color="black", linestyle=_STYLES[index % 4],
                  marker=_MARKERS[index % len(_MARKERS)], markersize=4, linewidth=1.2)
        axis.set_title(row_label("trend", actor, lang), fontsize=8)
        axis.set_xticks(range(len(labels)), labels, fontsize=6, rotation=30)
        axis.set_ylim(0, y_top(values))
        axis.grid(True, color="0.85", linewidth=0.5)
        for side in ("top", "right"):
            axis.spines[side].set_visible(False)
    figure.suptitle(text("chart_title", lang), fontsize=9)
    figure.tight_layout()
    return figure
