"""Time `stance summary` on a synthetic store of N documents (issue 5: under a second for 10,000).

    .venv/bin/python bench/summary.py [--docs 10000] [--repeat 5] [--from RUN] [--out bench/results/summary.json]

The store is built from a real `stance run` over `corpora/demo`: its 14 records are copied under new
ids, spread over 140 bodies (each demo body in 20 variants, keeping its body type and its position)
and over the years 2010-2025, and written through `Store.put` and `record_rows` exactly as a run
writes them. The texts repeat, but nothing in the summary caches by text, so every copy costs what
a distinct document would (`--from RUN` copies the records of an existing run instead). Timed: `summarize()` from opening the store to the returned groups
(median and best of `--repeat` calls), for each grouping and for a filtered query; `bench/run.py`
calls `time_summary()`.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.results import iter_records  # noqa: E402
from pipeline.store import STORE_FILE, Store, record_rows  # noqa: E402

BODY_VARIANTS = 20
FIRST_YEAR, YEARS = 2010, 16


def demo_records(folder: Path) -> list[dict]:
    """The records of a `stance run` over corpora/demo with the shipped model, run into `folder`."""
    from pipeline.run import run_corpus

    run_corpus(ROOT / "corpora" / "demo", folder)
    return list(iter_records(folder))


def synthetic_record(record: dict, number: int) -> dict:
    """Copy `number` of a demo record: new id, one of 20 variants of its body, a date in 2010-2025."""
    meta = dict(record.get("meta") or {})
    meta["body"] = f"{meta.get('body')} {number % BODY_VARIANTS:02d}"
    month = 1 + number % 12
    meta["date"] = f"{FIRST_YEAR + (number // 7) % YEARS}-{month:02d}-{1 + number % 28:02d}"
    return dict(record, id=f"{record['id']}#{number}", meta=meta)


def build_summary_store(path: Path, n_docs: int, records: list[dict], batch: int = 500) -> float:
    """Write a store of `n_docs` copies of `records` at `path`; return the seconds it took."""
    started = time.perf_counter()
    with Store(path) as store:
        items = []
        for number in range(n_docs):
            record = synthetic_record(records[number % len(records)], number)
            items.append((json.dumps(record, ensure_ascii=False), record_rows(record), number, f"h{number}"))
            if len(items) == batch:
                store.put(items, run=1)
                items = []
        if items:
            store.put(items, run=1)
    return time.perf_counter() - started


QUERIES = {
    "by_body": {"by": "body"},
    "by_body_type": {"by": "body_type"},
    "by_speaker": {"by": "speaker"},
    "by_year": {"by": "year"},
    "by_body_filtered": {"by": "body", "body_type": ["child_protection", "law_enforcement"], "since": "2015",
                         "until": "2020-06", "role": "policy_ask"},
}


def time_summary(n_docs: int = 10_000, repeat: int = 5, records: list[dict] | None = None) -> dict:
    """Build an `n_docs` store in a temporary folder and time `summarize()` on it.

    records: the run records to copy (default: a fresh `stance run` over corpora/demo).
    RETURNS: documents, sentences, store MB and build seconds, and for each query its groups and
    the median and best seconds of `repeat` calls (each call opens the store, as the command does).
    """
    from pipeline.summary import summarize

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        if records is None:
            records = demo_records(folder / "demo")
        path = folder / STORE_FILE
        build_seconds = build_summary_store(path, n_docs, records)
        with Store(path) as store:
            sentences = store.count("sentences")
        result = {"machine": {"python": platform.python_version(), "processor": platform.machine(),
                              "cores": os.cpu_count(), "load_average_1min": round(os.getloadavg()[0], 2)},
                  "documents": n_docs, "sentences": sentences, "store_mb": round(path.stat().st_size / 2**20, 1),
                  "build_seconds": round(build_seconds, 1), "queries": {}}
        for name, query in QUERIES.items():
            summarize(path, **query)  # warm the page cache, as a second query would find it
            times, groups = [], None
            for _ in range(repeat):
                started = time.perf_counter()
                groups = summarize(path, **query)
                times.append(time.perf_counter() - started)
            result["queries"][name] = {"groups": len(groups), "median_seconds": round(statistics.median(times), 3),
                                       "best_seconds": round(min(times), 3)}
        result["slowest_median_seconds"] = max(q["median_seconds"] for q in result["queries"].values())
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=10_000, help="Documents in the synthetic store.")
    parser.add_argument("--repeat", type=int, default=5, help="Timed calls per query.")
    parser.add_argument("--from", dest="run", type=Path, help="Copy the records of this run's output folder.")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "summary.json")
    args = parser.parse_args()
    result = time_summary(args.docs, args.repeat, list(iter_records(args.run)) if args.run else None)
    print(f"store: {result['documents']:,} documents, {result['sentences']:,} sentences, "
          f"{result['store_mb']} MB, built in {result['build_seconds']} s; "
          f"load average {result['machine']['load_average_1min']} on {result['machine']['cores']} cores")
    for name, query in result["queries"].items():
        print(f"{name:20} {query['groups']:5} groups  median {query['median_seconds']:.3f} s  "
              f"best {query['best_seconds']:.3f} s")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
