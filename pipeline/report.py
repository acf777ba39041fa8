"""Plain-text rendering of evaluation results for the terminal."""

from __future__ import annotations

SUMMARY_KEYS = ("stance_macro_f1", "stance_f_avg", "role_micro_f1", "role_macro_f1", "doc_stance_accuracy",
                "segment_micro_f1", "speaker_accuracy")


def _value(value) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def render_evaluation(result: dict) -> str:
    """Summary figures, per-label tables and the sentence and document stance confusion matrices."""
    lines = ["summary"] + [f"  {key:22} {_value(result.get(key))}" for key in SUMMARY_KEYS]
    for section in ("stance", "roles", "documents", "segments"):
        report = result.get(section)
        if not report:
            continue
        per_label = report.get("labels", report) if section != "segments" else report
        lines += ["", f"{section}", f"  {'label':16} {'P':>6} {'R':>6} {'F1':>6} {'n':>6}"]
        for label, scores in per_label.items():
            if isinstance(scores, dict) and "f1" in scores:
                lines.append(
                    f"  {label:16} {scores['precision']:6.3f} {scores['recall']:6.3f} {scores['f1']:6.3f} {scores['support']:6d}"
                )
    for section, title in (("stance", "stance"), ("documents", "document stance")):
        confusion = (result.get(section) or {}).get("confusion")
        if not confusion:
            continue
        labels = sorted(set(confusion) | {p for row in confusion.values() for p in row})
        lines += ["", f"{title} confusion (rows gold, columns predicted)",
                  "  " + " " * 10 + "".join(f"{l:>10}" for l in labels)]
        for gold in labels:
            row = confusion.get(gold, {})
            lines.append(f"  {gold:10}" + "".join(f"{row.get(p, 0):10d}" for p in labels))
    return "\n".join(lines)
