"""Render `summarize()` groups as a terminal table, Markdown, JSON or CSV (strings; the CLI writes them)."""

from __future__ import annotations

import csv
import io
import json
from typing import Sequence

from .labels import DOC_STANCES

FORMATS = ("table", "markdown", "json", "csv")
_MARKDOWN_SPECIALS = "\\`*_[]|#"


def render(groups: Sequence[dict], fmt: str, title: str = "Stance summary") -> str:
    """`groups` in format `fmt` (one of FORMATS), ending with a newline."""
    if fmt == "json":
        return json.dumps(list(groups), indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        return render_csv(groups)
    if fmt == "markdown":
        return render_markdown(groups, title)
    return render_table(groups)


def escape_markdown(text: object) -> str:
    """Document text made inert in Markdown: one line, markup characters backslash-escaped and
    `&`, `<`, `>` as entities, so no renderer turns a sentence into a link, a table cell break or HTML."""
    value = " ".join(str(text).split())
    value = "".join("\\" + c if c in _MARKDOWN_SPECIALS else c for c in value)
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def code_span(text: object) -> str:
    """`text` as a Markdown code span (shown literally by every renderer), on one line."""
    value = " ".join(str(text).split())
    return f"`` {value} ``" if "`" in value else f"`{value}`"


def format_net(group: dict) -> str:
    """"+0.45 [+0.28, +0.58]", or "n/a" without stance predictions."""
    if group.get("net_stance") is None:
        return "n/a"
    low, high = group["net_stance_ci"]
    return f"{group['net_stance']:+.2f} [{low:+.2f}, {high:+.2f}]"


def reference(item: dict) -> str:
    """Where a quoted piece of text is: "doc_id:start-end"."""
    return f"{item['doc_id']}:{item['start']}-{item['end']}"


def render_table(groups: Sequence[dict]) -> str:
    """An aligned plain-text table, one line per group, for the terminal."""
    header = ["group", "docs", "sentences", "stance", "favor", "against", "neutral", "net stance [95% CI]", "asks"]
    rows = [header]
    for group in groups:
        counts = group["stance_counts"]
        asks = ", ".join(a["addressee"] for a in group["asks"][:3])
        rows.append([_one_line(group["group"], 48), str(group["documents"]), str(group["sentences"]),
                     group["stance"] or "n/a", str(counts["favor"]), str(counts["against"]), str(counts["neutral"]),
                     format_net(group), _one_line(asks, 40)])
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    numeric = {1, 2, 4, 5, 6}
    lines = []
    for number, row in enumerate(rows):
        cells = [cell.rjust(widths[i]) if i in numeric else cell.ljust(widths[i]) for i, cell in enumerate(row)]
        lines.append("  ".join(cells).rstrip())
        if number == 0:
            lines.append("  ".join("-" * w for w in widths))
    if not groups:
        lines.append("(no sentences match)")
    return "\n".join(lines) + "\n"


def _one_line(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render_markdown(groups: Sequence[dict], title: str = "Stance summary") -> str:
    """A Markdown report: per group its figures, then quoted sentences with their offsets."""
    lines = [f"# {escape_markdown(title)}", ""]
    if not groups:
        return "\n".join(lines + ["No sentences match.", ""])
    lines += ["| group | documents | sentences | stance | favor | against | neutral | net stance [95% CI] |",
              "| --- | ---: | ---: | --- | ---: | ---: | ---: | --- |"]
    for group in groups:
        c = group["stance_counts"]
        lines.append(f"| {escape_markdown(group['group'])} | {group['documents']} | {group['sentences']} | "
                     f"{group['stance'] or 'n/a'} | {c['favor']} | {c['against']} | {c['neutral']} | "
                     f"{format_net(group)} |")
    lines += ["", "Net stance: mean of +1 (favor), -1 (against) and 0 (neutral) over the sentences; "
              "stance: the most frequent document stance.", ""]
    for group in groups:
        lines += _markdown_group(group)
    return "\n".join(lines) + "\n"


def _markdown_group(group: dict) -> list[str]:
    docs = group["document_stance_counts"]
    lines = [f"## {escape_markdown(group['group'])}", "",
             f"{group['documents']} documents ({', '.join(f'{docs[s]} {s}' for s in DOC_STANCES if docs[s])}), "
             f"{group['sentences']} sentences, net stance {format_net(group)}"
             + (f", {group['first_date']} to {group['last_date']}" if group.get("first_date") else "") + ".", ""]
    if any(group["roles"].values()):
        lines += ["Roles: " + ", ".join(f"{role} {n}" for role, n in group["roles"].items()) + ".", ""]
    for role, sentences in group["representatives"].items():
        if not sentences:
            continue
        lines.append(f"**{escape_markdown(role)}**")
        lines.append("")
        for sentence in sentences:
            lines.append(f"- \u201c{escape_markdown(sentence['text'])}\u201d ({sentence['stance'] or 'no stance'}; "
                         f"{code_span(reference(sentence))})")
        lines.append("")
    if group["asks"]:
        lines.append("**Asks addressed to:** " + "; ".join(
            f"{escape_markdown(a['addressee'])} ({a['asks']}, {code_span(reference(a))})"
            for a in group["asks"]))
        lines.append("")
    if group["figures"]:
        lines.append("**Figures cited as evidence:** " + "; ".join(
            f"{escape_markdown(f['figure'])} ({code_span(reference(f))})" for f in group["figures"]))
        lines.append("")
    return lines


def render_csv(groups: Sequence[dict]) -> str:
    """One row per group: counts, net stance and interval, roles, top addressees and figures, and the
    best sentence of each role with its reference (doc_id:start-end)."""
    roles = list(dict.fromkeys(role for group in groups for role in group["roles"]))
    columns = (["group", "by", "documents", "sentences", "stance", "favor", "against", "neutral", "net_stance",
                "net_stance_low", "net_stance_high", "mean_score", "confidence"]
               + [f"documents_{s}" for s in DOC_STANCES] + ["first_date", "last_date"]
               + [f"role_{r}" for r in roles] + ["asks", "figures"]
               + [name for r in roles for name in (f"{r}_sentence", f"{r}_ref")])
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for group in groups:
        interval = group["net_stance_ci"] or [None, None]
        row = {"group": group["group"], "by": group["by"], "documents": group["documents"],
               "sentences": group["sentences"], "stance": group["stance"], **group["stance_counts"],
               "net_stance": group["net_stance"], "net_stance_low": interval[0], "net_stance_high": interval[1],
               "mean_score": group["mean_score"], "confidence": group["confidence"],
               "first_date": group["first_date"], "last_date": group["last_date"],
               "asks": "; ".join(f"{a['addressee']} ({a['asks']})" for a in group["asks"]),
               "figures": "; ".join(f["figure"] for f in group["figures"])}
        row.update({f"documents_{s}": group["document_stance_counts"][s] for s in DOC_STANCES})
        for role in roles:
            row[f"role_{role}"] = group["roles"].get(role, 0)
            best = (group["representatives"].get(role) or [None])[0]
            row[f"{role}_sentence"] = best["text"] if best else ""
            row[f"{role}_ref"] = reference(best) if best else ""
        writer.writerow(row)
    return buffer.getvalue()
