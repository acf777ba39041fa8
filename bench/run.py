"""Speed and memory of the pipeline, measured in one run so the figures can be compared.

    .venv/bin/python bench/run.py [--docs 2000] [--out bench/results/run.json]

Reports bare-tokenizer words/s, full-pipeline words/s and their ratio, docs/s, peak resident
memory of a `stance run` over the corpus (in a child process), the `n_process=2` speed-up, training
time on `corpora/labelled` and model load time. Absolute times on shared machines are noisy: the
ratio to the tokenizer, measured in the same run, is the figure to compare across machines.
"""

from __future__ import annotations

import argparse
import os
import json
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus_texts(n_docs: int, seed: int = 0) -> list[str]:
    """`n_docs` statements drawn (with repetition) from the labelled corpus."""
    texts = []
    for name in ("train", "dev", "test"):
        for line in (ROOT / "corpora" / "labelled" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            texts.append(json.loads(line)["text"])
    rng = random.Random(seed)
    return [rng.choice(texts) for _ in range(n_docs)]


def words_per_second(run, texts: list[str]) -> float:
    words = sum(len(t.split()) for t in texts)
    started = time.perf_counter()
    run(texts)
    return words / (time.perf_counter() - started)


def peak_memory_of_run(texts: list[str]) -> float:
    """Peak RSS (MB) of a child process running `stance run` over the texts written as a JSONL corpus."""
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.jsonl"
        with open(corpus, "w", encoding="utf-8") as handle:
            for index, text in enumerate(texts):
                handle.write(json.dumps({"id": f"d{index}", "text": text}) + "\n")
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        subprocess.run([sys.executable, "-m", "pipeline.cli", "run", str(corpus), "--out", str(Path(folder) / "out"),
                        "--no-progress"], check=True, capture_output=True, cwd=ROOT)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(peak, before) / 1024.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "run.json")
    parser.add_argument("--skip-training", action="store_true")
    args = parser.parse_args()

    from pipeline.nlp import load_pipeline

    started = time.perf_counter()
    nlp = load_pipeline()
    load_seconds = time.perf_counter() - started
    texts = corpus_texts(args.docs)
    words = sum(len(t.split()) for t in texts)
    tokenizer = words_per_second(lambda ts: list(nlp.tokenizer.pipe(ts)), texts)
    single = words_per_second(lambda ts: list(nlp.pipe(ts, batch_size=64)), texts)
    double = words_per_second(lambda ts: list(nlp.pipe(ts, batch_size=64, n_process=2)), texts)
    results = {
        "machine": {"python": platform.python_version(), "processor": platform.machine(), "cores": os.cpu_count()},
        "documents": len(texts),
        "words": words,
        "tokenizer_words_per_second": round(tokenizer),
        "pipeline_words_per_second": round(single),
        "ratio_to_tokenizer": round(single / tokenizer, 4),
        "docs_per_second": round(single * len(texts) / words, 1),
        "n_process_2_words_per_second": round(double),
        "n_process_2_speedup": round(double / single, 2),
        "peak_rss_mb_stance_run": round(peak_memory_of_run(texts), 1),
        "model_load_seconds": round(load_seconds, 2),
    }
    if not args.skip_training:
        from pipeline.train import train

        with tempfile.TemporaryDirectory() as folder:
            started = time.perf_counter()
            labelled = ROOT / "corpora" / "labelled"
            train([labelled / "train.jsonl", labelled / "dev.jsonl", labelled / "test.jsonl"], Path(folder) / "m")
            results["training_seconds_whole_corpus"] = round(time.perf_counter() - started, 1)
    for key, value in results.items():
        print(f"{key:32} {value}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
