"""Render a `compare()` result as Markdown or as one self-contained HTML page with inline SVG charts."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from .charts import DOC_STANCES, SENTENCE_STANCES, STANCE_COLOURS, interval_svg, role_bars_svg, stance_bars_svg
from .errors import Errors, StanceError
from .export import atomic_writer
from .summary_render import code_span, escape_markdown, format_net, reference

REPORT_NAME = "compare"
OUTPUT_FORMATS = ("markdown", "html", "both")


def render_compare_markdown(result: dict) -> str:
    """The comparison as Markdown: every section of the HTML page, without the charts."""
    names = result["names"]
    md = escape_markdown
    lines = [f"# Comparison: {', '.join(md(n) for n in names)}", ""]
    lines += ["## Stance profile", "", "| | " + " | ".join(md(n) for n in names) + " |",
              "| --- |" + " --- |" * len(names)]
    for label, cell in _profile_rows(result["groups"]):
        lines.append(f"| {label} | " + " | ".join(cell) + " |")  # computed figures: nothing to escape
    lines += ["", "Net stance: mean of +1 (favor), -1 (against) and 0 (neutral) over the sentences, with its 95% "
              "interval; stance: the most frequent document stance (for a speaker: the speaker's stance in each "
              "document).", ""]
    roles = _roles(result["groups"])
    lines += ["## Role profile", "", "| role (% of sentences) | " + " | ".join(md(n) for n in names) + " |",
              "| --- |" + " ---: |" * len(names)]
    for role in roles:
        lines.append(f"| {md(role)} | " + " | ".join(
            f"{g['role_shares'].get(role, 0):.1f}% ({g['roles'].get(role, 0)})" for g in result["groups"]) + " |")
    lines.append("")
    for group in result["groups"]:
        quoted = [(role, s) for role, sentences in group["representatives"].items() for s in sentences[:1]]
        if quoted:
            lines += [f"Most confident sentences of {md(group['group'])}:", ""]
            lines += [f"- {md(role)}: {_quote(s)}" for role, s in quoted]
            lines.append("")
    lines += ["## Asks only one of them makes", ""]
    for name in names:
        unique = result["unique_asks"][name]
        lines += [f"### {md(name)}", ""]
        if unique["addressees"]:
            lines.append("Asks addressed to (no other asks them): " + "; ".join(
                f"{md(a['addressee'])} ({code_span(reference(a))})" for a in unique["addressees"]))
            lines.append("")
        lines += [f"- {_quote(a)}" for a in unique["asks"]] or [
            f"No ask of its own ({unique['asks_total']} asks, all like another's)." if unique["asks_total"]
            else "No policy asks."]
        lines.append("")
    lines += ["## Claims that recur across them", ""]
    if result["recurring_claims"]:
        for pair in result["recurring_claims"]:
            first, second = pair["sentences"]
            lines.append(f"- similarity {pair['similarity']:.2f}: {md(first['group'])}: {_quote(first)} / "
                         f"{md(second['group'])}: {_quote(second)}")
    else:
        lines.append("No near-duplicate sentences across them.")
    lines.append("")
    if result["shared_figures"]:
        lines += ["Figures cited by more than one:", ""]
        for figure in result["shared_figures"]:
            lines.append(f"- {md(figure_label(figure))}: " + "; ".join(
                f"{md(m['group'])} \u201c{md(m['text'])}\u201d in {_quote(m['sentence'])}" for m in figure["mentions"]))
        lines.append("")
    lines += ["## Evidence each cites", ""]
    for name in names:
        evidence = result["evidence"][name]
        lines += [f"### {md(name)}", ""]
        if evidence["figures"]:
            lines.append("Figures: " + "; ".join(f"{md(f['figure'])} ({code_span(reference(f))})"
                                                 for f in evidence["figures"]))
            lines.append("")
        lines += [f"- {_quote(s)}" for s in evidence["sentences"]] or ["No evidence sentences."]
        lines.append("")
    lines += ["## How each frames others", "",
              "Reported speech about other actors (\u201cX says ...\u201d) and scare quotes (a short quoted phrase).", ""]
    for name in names:
        lines += [f"### {md(name)}", ""]
        items = result["framing"][name]
        lines += [f"- {md(frame_label(item))}: {_quote(item['sentence'])}" for item in items] or ["None found."]
        lines.append("")
    return "\n".join(lines)


def _quote(item: dict) -> str:
    return f"\u201c{escape_markdown(item['text'])}\u201d ({code_span(reference(item))})"


def figure_label(figure: dict) -> str:
    """"90 %" or "11,800 reports": the value and unit two groups share."""
    value = figure["value"]
    number = f"{value:,.0f}" if value == int(value) else f"{value:,.2f}".rstrip("0")
    return f"{number}{figure['unit']}" if figure["unit"] == "%" else f"{number} {figure['unit']}".strip()


def frame_label(item: dict) -> str:
    """"reported speech: The Ministry insists (about Ministry of ...)" or "scare quote: "safe haven""."""
    about = f" (about {', '.join(item['about'])})" if item["about"] else ""
    if item["kind"] == "scare_quote":
        return f"scare quote \u201c{item['phrase']}\u201d{about}"
    return f"reported speech: {item['actor']} {item['verb']}{about}"


def _roles(groups: Sequence[dict]) -> list[str]:
    return list(dict.fromkeys(role for group in groups for role in group["roles"]))


def _profile_rows(groups: Sequence[dict]) -> list[tuple[str, list[str]]]:
    def counts(group, key, stances):
        found = group.get(key) or {}
        return ", ".join(f"{found.get(s, 0)} {s}" for s in stances)

    return [
        ("kind", [g["kind"].replace("_", " ") for g in groups]),
        ("stance", [g["stance"] or "n/a" for g in groups]),
        ("net stance [95% CI]", [format_net(g) for g in groups]),
        ("documents", [f"{g['documents']} ({counts(g, 'document_stance_counts', DOC_STANCES)})" for g in groups]),
        ("sentences", [f"{g['sentences']} ({counts(g, 'stance_counts', SENTENCE_STANCES)})" for g in groups]),
        ("period", [f"{g.get('first_date') or '?'} to {g.get('last_date') or '?'}" for g in groups]),
    ]


def template_environment() -> Environment:
    """Jinja2 for the report: package templates, autoescaping on for every template."""
    return Environment(loader=PackageLoader("pipeline", "templates"), autoescape=select_autoescape(default=True),
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def render_compare_html(result: dict) -> str:
    """One self-contained page (inline CSS and SVG, no script, no network) with every section and charts.
    Document text reaches the page only through autoescaped template variables."""
    groups = result["groups"]
    names = result["names"]
    roles = _roles(groups)
    charts = [
        {"id": "chart-stance", "title": "Sentence stance (% of each one's sentences)",
         "svg": Markup(stance_bars_svg([(n, g["stance_counts"]) for n, g in zip(names, groups)], shares=True,
                                       axis_label="% of sentences", chart_id="chart-stance"))},
    ]
    with_net = [(n, g) for n, g in zip(names, groups) if g["net_stance"] is not None]
    if with_net:
        charts.append({"id": "chart-net", "title": "Net stance with its 95% interval",
                       "svg": Markup(interval_svg([(n, g["net_stance"], *g["net_stance_ci"]) for n, g in with_net],
                                                  chart_id="chart-net"))})
    charts.append({"id": "chart-documents", "title": "Document stance (documents)",
                   "svg": Markup(stance_bars_svg([(n, g["document_stance_counts"]) for n, g in zip(names, groups)],
                                                 categories=DOC_STANCES, axis_label="documents",
                                                 chart_id="chart-documents"))})
    if roles:
        charts.append({"id": "chart-roles", "title": "Argument roles (% of each one's sentences)",
                       "svg": Markup(role_bars_svg([(n, g["role_shares"]) for n, g in zip(names, groups)], roles,
                                                   chart_id="chart-roles"))})
    context = {
        "result": result, "names": names, "groups": groups, "roles": roles, "charts": charts,
        "profile": _profile_rows(groups), "stance_colours": STANCE_COLOURS, "ref": reference,
        "figure_label": figure_label, "frame_label": frame_label,
    }
    return template_environment().get_template("compare.html").render(**context)


def report_paths(out: str | Path, fmt: str) -> dict[str, Path]:
    """Where the report goes: OUT/compare.md and OUT/compare.html for a folder (existing, or given with a
    trailing slash), else OUT with .md / .html (a suffix given is replaced)."""
    out_text = str(out)
    out = Path(out)
    if out.is_dir() or out_text.endswith(("/", "\\")):
        base = out / REPORT_NAME
    else:
        base = out.with_suffix("") if out.suffix.lower() in (".md", ".html", ".htm", ".markdown") else out
    wanted = ("markdown", "html") if fmt == "both" else (fmt,)
    return {kind: base.parent / (base.name + (".md" if kind == "markdown" else ".html")) for kind in wanted}


def write_compare(result: dict, out: str | Path, fmt: str = "both") -> dict[str, Path]:
    """Write the Markdown and/or HTML report atomically; RETURNS {format: path}."""
    paths = report_paths(out, fmt)
    try:
        for kind, path in paths.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            text = render_compare_markdown(result) if kind == "markdown" else render_compare_html(result)
            with atomic_writer(path) as handle:
                handle.write(text)
    except OSError as error:
        raise StanceError(Errors.E151.format(path=out, why=error.strerror or error)) from error
    return paths
