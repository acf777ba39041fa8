"""Check that the Dask backend writes the same output as a single process, on the demo corpus and
on a corpus of N statements (default 2,000), with the shipped model.

    .venv/bin/python bench/dask_check.py [--docs 2000] [--out bench/results/dask.json]

Compares `documents.jsonl` byte for byte and the store's rows table by table, and reports the time
of each run (a local cluster of two worker processes on this machine).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from run import corpus_texts, write_jsonl  # noqa: E402  (bench/run.py)

from pipeline.run import run_corpus  # noqa: E402

TABLES = ("documents", "speakers", "segments", "sentences", "sentence_roles")


def table_rows(store: Path, table: str) -> list:
    with sqlite3.connect(store) as db:
        columns = [row[1] for row in db.execute(f"PRAGMA table_info({table})") if row[1] != "run"]
        return db.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY 1, 2").fetchall()


def compare(corpus: Path, folder: Path) -> dict:
    timings = {}
    for backend in ("local", "dask"):
        started = time.perf_counter()
        report = run_corpus(corpus, folder / backend, backend=backend, n_process=2 if backend == "dask" else 1)
        timings[backend] = {"seconds": round(time.perf_counter() - started, 1), "documents": report.documents,
                            "failures": len(report.failures)}
    same_jsonl = (folder / "local" / "documents.jsonl").read_bytes() == (folder / "dask" / "documents.jsonl").read_bytes()
    same_tables = {t: table_rows(folder / "local" / "store.sqlite", t) == table_rows(folder / "dask" / "store.sqlite", t)
                   for t in TABLES}
    return {"runs": timings, "documents_jsonl_identical": same_jsonl, "store_tables_identical": same_tables}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "dask.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        results = {"demo": compare(ROOT / "corpora" / "demo", folder / "demo")}
        corpus = write_jsonl(corpus_texts(args.docs, seed=3), folder / "corpus.jsonl")
        results[f"{args.docs}_statements"] = compare(corpus, folder / "large")
    print(json.dumps(results, indent=2))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
