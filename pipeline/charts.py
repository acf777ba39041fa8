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


# One colour per argument role (Okabe-Ito palette, distinguishable with colour-vision deficiencies);
# roles a custom model adds get grey.
ROLE_COLOURS = {
    "harm_claim": "#d55e00",
    "causal_claim": "#0072b2",
    "policy_ask": "#009e73",
    "evidence": "#e69f00",
}


def role_bars_svg(
    rows: Iterable[tuple[str, Mapping[str, float]]],
    roles: Sequence[str],
    *,
    title: str = "",
    axis_label: str = "% of sentences",
    chart_id: str = "role-bars",
) -> str:
    """Grouped horizontal bars: for each row (label, {role: percent}) one bar per role, side by side.

    Unlike stance, roles overlap (a sentence can be a harm claim and evidence), so the bars are not
    stacked. RETURNS: the `<svg>` element as a string.
    """
    rows = [(short_label(label), {r: float(values.get(r, 0) or 0) for r in roles}) for label, values in rows]
    n, k = max(len(rows), 1), max(len(roles), 1)
    figure = Figure(figsize=(7.5, 1.5 + 0.22 * n * k + 0.15 * n), dpi=100)
    axes = figure.add_subplot()
    height = 0.8 / k
    for j, role in enumerate(roles):
        positions = [i + (j - (k - 1) / 2) * height for i in range(len(rows))]
        axes.barh(positions, [values[role] for _, values in rows], height=height * 0.95,
                  color=ROLE_COLOURS.get(role, "#999999"), label=role)
    axes.set_yticks(list(range(len(rows))), [label for label, _ in rows], parse_math=False, fontsize=9)
    axes.invert_yaxis()
    axes.set_xlabel(axis_label, parse_math=False)
    if title:
        axes.set_title(title, parse_math=False, fontsize=11, loc="left", pad=24)
    axes.spines[["top", "right"]].set_visible(False)
    # two legend columns: four role names in one row run past the right edge beside long labels
    axes.legend(ncols=min(k, 2), loc="lower left", bbox_to_anchor=(0, 1.0), frameon=False, fontsize=9)
    figure.tight_layout()
    return render_svg(figure, chart_id)


def interval_svg(
    rows: Iterable[tuple[str, float, float, float]],
    *,
    title: str = "",
    axis_label: str = "net stance (against -1 … +1 favor)",
    chart_id: str = "net-stance",
) -> str:
    """One dot per row at its value with a horizontal line over its interval: rows are
    (label, value, low, high) on a fixed -1..1 axis, with a rule at 0. RETURNS: the `<svg>` string."""
    rows = [(short_label(label), value, low, high) for label, value, low, high in rows]
    figure = Figure(figsize=(7.5, 1.1 + 0.36 * max(len(rows), 1)), dpi=100)
    axes = figure.add_subplot()
    axes.axvline(0, color="#9ca3af", linewidth=1)
    for i, (_, value, low, high) in enumerate(rows):
        colour = STANCE_COLOURS["favor"] if low > 0 else STANCE_COLOURS["against"] if high < 0 else "#374151"
        axes.plot([low, high], [i, i], color=colour, linewidth=2.5, solid_capstyle="butt")
        axes.plot([value], [i], marker="o", color=colour, markersize=7)
    axes.set_yticks(list(range(len(rows))), [label for label, *_ in rows], parse_math=False, fontsize=9)
    axes.set_ylim(len(rows) - 0.5, -0.5)
    axes.set_xlim(-1, 1)
    axes.set_xlabel(axis_label, parse_math=False)
    if title:
        axes.set_title(title, parse_math=False, fontsize=11, loc="left")
    axes.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    return render_svg(figure, chart_id)
