"""SemEval-2016 Task 6 (Task A) through the same train/evaluate code as `stance train` / `stance evaluate`.

Trains one model on the official training set (trial + training data, 2,914 tweets; the target is a
feature) and reports F_avg pooled over the 1,249 test tweets beside the published results.

    .venv/bin/python bench/semeval.py [--out bench/results/semeval.json]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from pipeline.evaluate import evaluate
from pipeline.train import train

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks" / "semeval2016-task6"
PUBLISHED = [
    ("organisers' SVM, word 1-3 + char 2-5 grams, per target", 0.6898),
    ("best of 19 teams (MITRE)", 0.6782),
    ("2nd team", 0.6733),
    ("3rd team", 0.6683),
    ("majority class", 0.6522),
]
CONFIG = Path(__file__).resolve().parent / "semeval_config.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "results" / "semeval.json")
    args = parser.parse_args()
    training = [DATA / "trialdata-all-annotations.txt", DATA / "trainingdata-all-annotations.txt"]
    test = [DATA / "testdata-taskA-all-annotations.txt"]
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        card = train(training, Path(folder) / "model", config_path=CONFIG)
        seconds = time.perf_counter() - started
        result = evaluate(Path(folder) / "model", test)
    ours = result["stance_f_avg"]
    rows = [("this pipeline (stance train / stance evaluate)", ours)] + PUBLISHED
    print("SemEval-2016 Task 6, Task A: F_avg pooled over the 1,249 test tweets")
    for name, value in sorted(rows, key=lambda row: -row[1]):
        print(f"  {value:.4f}  {name}")
    print(f"  training: {card['labels']['examples']} tweets in {seconds:.1f} s; "
          f"macro-F1 {result['stance_macro_f1']:.4f}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"f_avg": ours, "macro_f1": result["stance_macro_f1"],
                                    "stance": result.get("stance"), "training_seconds": seconds,
                                    "published": dict(PUBLISHED)}, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
