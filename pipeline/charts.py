"""Small stance charts as inline SVG strings, drawn by matplotlib (Agg, no pyplot state).

Every chart is deterministic for the same rows (fixed hash salt, no date in the metadata) so that
rebuilding a report gives the same bytes. Labels may be document-derived (body names): matplotlib
escapes text in SVG, mathtext is switched off so `$` is just a character, and `checked_svg()`
refuses any SVG holding a script, a foreign object or an event-handler attribute.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ElementTree
from typing import Iterable, Mapping, Sequence

import matplotlib

matplotlib.use("Agg")  # noqa: E402  (a report never needs a display)
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

from .labels import DOC_STANCES, SENTENCE_STANCES  # noqa: E402

# One colour per stance, shared by the charts and the HTML pages. Blue and vermillion stay
# distinguishable with the common colour-vision deficiencies.
STANCE_COLOURS = {
    "favor": "#1f5fbf",
    "against": "#c23b0e",
    "mixed": "#7a4fb8",
    "neutral": "#6b7280",
}
LABEL_CHARS = 42
_SVG_START = re.compile(r"<svg\b")
_FORBIDDEN_TAGS = {"script", "foreignObject", "iframe", "object", "embed", "a"}


def short_label(label: object, limit: int = LABEL_CHARS) -> str:
    """A chart label of at most `limit` characters (long body names end in an ellipsis)."""
    text = " ".join(str(label).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def stance_bars_svg(
    rows: Iterable[tuple[str, Mapping[str, float]]],
    *,
    categories: Sequence[str] = SENTENCE_STANCES,
    horizontal: bool = True,
    shares: bool = False,
    title: str = "",
    axis_label: str = "",
    chart_id: str = "stance-bars",
) -> str:
    """Stacked bars, one per row, split by stance: `rows` are (label, {stance: count}).

    horizontal: one bar per line (readable with many long labels, e.g. bodies); otherwise columns
        (e.g. periods of time, left to right).
    shares: draw each bar as percentages of its own total, so bodies of different sizes compare.
    chart_id: salt of the SVG's internal ids, so several charts can share one HTML page.
    RETURNS: the `<svg>` element as a string, ready to inline in HTML.
    """
    rows = [(short_label(label), {c: float(counts.get(c, 0) or 0) for c in categories}) for label, counts in rows]
    labels = [label for label, _ in rows]
    values = {c: [counts[c] for _, counts in rows] for c in categories}
    if shares:
        totals = [sum(counts.values()) or 1.0 for _, counts in rows]
        values = {c: [100.0 * v / t for v, t in zip(vs, totals)] for c, vs in values.items()}
    n = max(len(rows), 1)
    size = (7.5, 1.2 + 0.32 * n) if horizontal else (max(5.0, 1.6 + 0.42 * n), 3.6)
    figure = Figure(figsize=size, dpi=100)
    axes = figure.add_subplot()
    positions = list(range(len(rows)))
    offset = [0.0] * len(rows)
    for category in categories:
        colour = STANCE_COLOURS.get(category, "#999999")
        if horizontal:
            axes.barh(positions, values[category], left=offset, color=colour, label=category, height=0.7)
        else:
            axes.bar(positions, values[category], bottom=offset, color=colour, label=category, width=0.7)
        offset = [o + v for o, v in zip(offset, values[category])]
    text_options = {"parse_math": False, "fontsize": 9}
    if horizontal:
        axes.set_yticks(positions, labels, **text_options)
        axes.margins(y=0.01)
        axes.invert_yaxis()  # first row on top, as in the table below the chart
        axes.set_xlabel(axis_label, parse_math=False)
        if shares:
            axes.set_xlim(0, 100)
    else:
        axes.set_xticks(positions, labels, rotation=45 if n > 8 else 0, ha="right" if n > 8 else "center",
                        **text_options)
        axes.set_ylabel(axis_label, parse_math=False)
        if shares:
            axes.set_ylim(0, 100)
    if not horizontal or not shares:
        # Counts of documents or sentences: whole numbers on the value axis.
        (axes.xaxis if horizontal else axes.yaxis).set_major_locator(MaxNLocator(integer=True))
    if title:
        axes.set_title(title, parse_math=False, fontsize=11, loc="left", pad=24)
    axes.spines[["top", "right"]].set_visible(False)
    axes.legend(ncols=len(categories), loc="lower left", bbox_to_anchor=(0, 1.0), frameon=False, fontsize=9)
    figure.tight_layout()
    return render_svg(figure, chart_id)


def render_svg(figure: Figure, chart_id: str) -> str:
    """The figure as a checked `<svg>` string, without the XML prologue, deterministic."""
    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": chart_id, "svg.id": chart_id}):
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    text = buffer.getvalue()
    match = _SVG_START.search(text)
    return checked_svg(text[match.start():])


def checked_svg(svg: str) -> str:
    """Return `svg` unchanged if it is well-formed XML with no active content; raise ValueError otherwise.

    A last guard for SVG inlined into HTML: no script, foreign object, embedded document or link
    element, and no `on...` event attribute anywhere.
    """
    root = ElementTree.fromstring(svg)
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag in _FORBIDDEN_TAGS:
            raise ValueError(f"SVG holds a <{tag}> element")
        for name in element.attrib:
            local = name.rsplit("}", 1)[-1]
            if local.lower().startswith("on") or local == "href" and not element.attrib[name].startswith("#"):
                raise ValueError(f"SVG holds an active attribute {local!r}")
    return svg
