"""Speed, memory and scale of the pipeline, measured in one run so the figures can be compared.

    .venv/bin/python bench/run.py [--docs 2000] [--memory-docs 300] [--out bench/results/run.json]

Reports, in one run on the same statements: bare-tokenizer words/s, full-pipeline words/s (one
process, `nlp.pipe`) and their ratio; docs/s; `stance run` throughput with 1 and 2 worker processes
and the speed-up; peak resident memory of `stance run` over N and 10 N statements; model load time;
training time on `corpora/labelled`; summary query time on a 10,000-document store. Absolute times
on shared machines are noisy: the ratio to the tokenizer, measured in the same run, is the figure to
compare across machines. Each `stance run` measurement runs in a fresh child process.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Runs `stance run` in-process and prints its report and the process's own peak RSS as JSON.
CHILD = """
import json, resource, sys
from pipeline.run import run_corpus
report = run_corpus(sys.argv[1], sys.argv[2], n_process=int(sys.argv[3]), backend=sys.argv[4])
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
print(json.dumps({"words": report.words, "seconds": report.seconds, "documents": report.documents,
                  "failures": len(report.failures), "peak_rss_mb": peak}))
"""


def corpus_texts(n_docs: int, seed: int = 0) -> list[str]:
    """`n_docs` statements drawn (with repetition) from the labelled corpus."""
    texts = []
    for name in ("train", "dev", "test"):
        for line in (ROOT / "corpora" / "labelled" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            texts.append(json.loads(line)["text"])
    rng = random.Random(seed)
    return [rng.choice(texts) for _ in range(n_docs)]


def write_jsonl(texts: list[str], path: Path) -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        for index, text in enumerate(texts):
            meta = {"body": f"Body {index % 7}", "body_type": "government", "date": f"{2015 + index % 10}-01-01"}
            handle.write(json.dumps({"id": f"d{index}", "text": text, "meta": meta}) + "\n")
    return path


def words_per_second(run, texts: list[str]) -> float:
    words = sum(len(t.split()) for t in texts)
    started = time.perf_counter()
    run(texts)
    return words / (time.perf_counter() - started)


def stance_run(texts: list[str], n_process: int = 1, backend: str = "local") -> dict:
    """A `stance run` over `texts` in a fresh child process: its report and peak memory."""
    with tempfile.TemporaryDirectory() as folder:
        corpus = write_jsonl(texts, Path(folder) / "corpus.jsonl")
        done = subprocess.run([sys.executable, "-c", CHILD, str(corpus), str(Path(folder) / "out"), str(n_process),
                               backend], check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000, help="Statements for the speed figures.")
    parser.add_argument("--memory-docs", type=int, default=300, help="N for the N vs 10 N memory figure.")
    parser.add_argument("--summary-docs", type=int, default=10_000, help="Documents in the summary store.")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "run.json")
    parser.add_argument("--skip-training", action="store_true")
    args = parser.parse_args()

    from pipeline.nlp import load_pipeline

    started = time.perf_counter()
    nlp = load_pipeline()
    load_seconds = time.perf_counter() - started
    texts = corpus_texts(args.docs)
    words = sum(len(t.split()) for t in texts)
    import spacy

    bare = spacy.blank("en").tokenizer  # spaCy's own tokenizer, not the pipeline's text-keeping wrapper
    list(bare.pipe(texts[:200]))  # warm caches before timing either side
    list(nlp.pipe(texts[:200]))
    # best of three for both: the slowest passes are the ones other jobs on the machine interrupted
    tokenizer = max(words_per_second(lambda ts: list(bare.pipe(ts)), texts) for _ in range(3))
    single = max(words_per_second(lambda ts: list(nlp.pipe(ts, batch_size=64)), texts) for _ in range(3))
    run_one = stance_run(texts, 1)
    run_two = stance_run(texts, 2)
    small = stance_run(corpus_texts(args.memory_docs, seed=1), 1)
    large = stance_run(corpus_texts(10 * args.memory_docs, seed=1), 1)
    results = {
        "machine": {"python": platform.python_version(), "processor": platform.machine(), "cores": os.cpu_count(),
                    "platform": platform.platform()},
        "documents": len(texts),
        "words": words,
        "tokenizer_words_per_second": round(tokenizer),
        "pipeline_words_per_second": round(single),
        "ratio_to_tokenizer": round(single / tokenizer, 4),
        "docs_per_second": round(single * len(texts) / words, 1),
        "stance_run_words_per_second_1_process": round(run_one["words"] / run_one["seconds"]),
        "stance_run_words_per_second_2_processes": round(run_two["words"] / run_two["seconds"]),
        "n_process_2_speedup": round(run_one["seconds"] / run_two["seconds"], 2),
        f"peak_rss_mb_{args.memory_docs}_docs": round(small["peak_rss_mb"], 1),
        f"peak_rss_mb_{10 * args.memory_docs}_docs": round(large["peak_rss_mb"], 1),
        "peak_rss_ratio_10x_corpus": round(large["peak_rss_mb"] / small["peak_rss_mb"], 3),
        "model_load_seconds": round(load_seconds, 2),
    }
    sys.path.insert(0, str(ROOT / "bench"))
    from summary import time_summary  # bench/summary.py

    results["summary"] = time_summary(args.summary_docs)
    if not args.skip_training:
        from pipeline.train import train

        with tempfile.TemporaryDirectory() as folder:
            started = time.perf_counter()
            labelled = ROOT / "corpora" / "labelled"
            train([labelled / "train.jsonl", labelled / "dev.jsonl", labelled / "test.jsonl"], Path(folder) / "m")
            results["training_seconds_whole_corpus"] = round(time.perf_counter() - started, 1)
    for key, value in results.items():
        print(f"{key:40} {value}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
