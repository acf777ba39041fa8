"""MODEL_CARD.md and meta.json for a trained pipeline, regenerated on every `stance train`."""

from __future__ import annotations

import json
from pathlib import Path


def _metric_rows(report: dict, keys: list[str], model: str) -> list[str]:
    """Rows named after their model: both models have a `macro_f1`."""
    return [f"| {model} {key} | {report[key]:.3f} |" for key in keys if isinstance(report.get(key), (int, float))]


def render_model_card(card: dict) -> str:
    """The card as Markdown: data, labels, hyper-parameters, metrics, versions, time."""
    lines = [f"# Model card: {card['name']} {card['version']}", "", "## Training data", "",
             "| file | format | examples | sha256 |", "| --- | --- | --- | --- |"]
    for item in card["data"]:
        lines.append(f"| {item['path']} | {item.get('format', '')} | {item.get('examples', '')} | {item['sha256'][:16]}... |")
    lines += ["", "## Labels", "", "| label | sentences |", "| --- | --- |"]
    for kind in ("stance", "roles"):
        for label, count in card["labels"][kind].items():
            lines.append(f"| {kind}: {label} | {count} |")
    lines += ["", "## Hyper-parameters", "", "```json", json.dumps(card["hyperparameters"], indent=2), "```", ""]
    if card.get("role_thresholds"):
        lines += ["Role thresholds (chosen on out-of-fold scores): "
                  + ", ".join(f"{k} {v}" for k, v in card["role_thresholds"].items()), ""]
    lines += ["## Cross-validated metrics on the training data (folds by document)", "",
              "| metric | value |", "| --- | --- |"]
    lines += _metric_rows(card["cross_validated"]["stance"], ["macro_f1", "f_avg", "accuracy"], "stance")
    lines += _metric_rows(card["cross_validated"]["stance"], ["document_accuracy"], "stance")
    lines += _metric_rows(card["cross_validated"]["roles"], ["micro_f1", "macro_f1"], "roles")
    if card.get("dev"):
        lines += ["", "## Metrics on the dev data", "", "| metric | value |", "| --- | --- |"]
        lines += [f"| {k} | {v:.3f} |" for k, v in card["dev"].items() if isinstance(v, (int, float))]
    lines += ["", "## Library versions", ""] + [f"- {k} {v}" for k, v in card["versions"].items()]
    lines += ["", f"Training time: {card.get('training_seconds', 0):.1f} s", ""]
    return "\n".join(lines)


def write_model_card(directory: Path, card: dict) -> None:
    """MODEL_CARD.md plus the card's data inside spaCy's own meta.json (key `e2ee_stance`)."""
    directory = Path(directory)
    (directory / "MODEL_CARD.md").write_text(render_model_card(card), encoding="utf-8")
    meta_path = directory / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    meta["e2ee_stance"] = card
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")
