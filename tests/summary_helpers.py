"""Shared by the summary and compare tests: one real run over corpora/demo, and tiny hand-made stores."""

import json
from pathlib import Path

from pipeline.store import Store, record_rows

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "corpora" / "demo"
# What each demo body argues, from corpora/demo/README.md ("intended position") and the texts.
EXPECTED_STANCE = {
    "Aldmere National Police Cybercrime Unit": "against",
    "Brightwell Children's Trust": "against",
    "Ministry of the Interior (Aldmere)": "against",
    "HarbourChat": "favor",
    "Open Wire Foundation": "favor",
    "Data Protection Authority (Aldmere)": "favor",
    "The Meridian Courier": "neutral",
}
_RUN: dict = {}


def demo_run(tmp_path_factory) -> Path:
    """The output folder of `run_corpus` over corpora/demo with the shipped model, made once per session
    (both test modules share it, so the pipeline runs once)."""
    if "out" not in _RUN and "failures" not in _RUN:
        from pipeline.nlp import load_pipeline
        from pipeline.run import run_corpus

        out = tmp_path_factory.mktemp("summary_demo_run")
        report = run_corpus(DEMO, out, nlp=load_pipeline())
        _RUN["failures" if report.failures else "out"] = report.failures or out
    assert "out" in _RUN, _RUN.get("failures")  # a broken run fails every test at once, without re-running
    return _RUN["out"]


def records_by_id(out: Path) -> dict[str, dict]:
    from pipeline.results import iter_records

    return {record["id"]: record for record in iter_records(out)}


def assert_quotes(item: dict, records: dict[str, dict]) -> None:
    """A quoted piece of text is exactly the document's characters start:end."""
    text = records[item["doc_id"]]["text"]
    assert 0 <= item["start"] < item["end"] <= len(text)
    assert text[item["start"]:item["end"]] == item["text"], item


def sentence(start: int, end: int, stance: str, roles=(), score: float = 0.9) -> dict:
    scores = {"favor": 0.05, "against": 0.05, "neutral": 0.05}
    scores[stance] = 0.9
    return {"start": start, "end": end, "stance": stance, "stance_scores": scores, "roles": list(roles),
            "role_scores": {role: score for role in roles}}


def record(doc_id: str, text: str, body: str, body_type: str, date: str, stance: str, sentences: list[dict],
           speakers=(), segments=None) -> dict:
    """A minimal run record: one body segment over the whole text unless `segments` are given."""
    return {"id": doc_id, "text": text, "meta": {"body": body, "body_type": body_type, "date": date},
            "speakers": list(speakers), "segments": segments or [{"start": 0, "end": len(text), "label": "body"}],
            "sentences": sentences, "stance": stance,
            "stance_rollup": {"stance": stance, "score": 0.0, "confidence": 0.5, "low_confidence": False},
            "rollups": {"speakers": {}}}


def make_store(folder: Path, records: list[dict]) -> Path:
    """A run folder holding a store (and documents.jsonl) with `records`, written as `stance run` writes them."""
    folder.mkdir(parents=True, exist_ok=True)
    with Store(folder / "store.sqlite") as store:
        store.put([(json.dumps(r), record_rows(r), i, f"h{i}") for i, r in enumerate(records)], run=1)
    with open(folder / "documents.jsonl", "w", encoding="utf-8") as handle:
        for r in records:
            handle.write(json.dumps(r) + "\n")
    return folder
