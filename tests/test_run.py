"""`run_corpus`: incremental re-runs, backends giving identical output, locking, full disks and kills."""

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.errors import StanceError
from pipeline.nlp import build_pipeline
from pipeline.run import LOCK_FILE, run_corpus
from pipeline.store import open_store

ROOT = Path(__file__).resolve().parents[1]


def statement(n: int) -> str:
    return (f"Statement {n} on encryption\n\nThe Council published its view today.\n\n"
            f"“Encryption protects {n} families,” said Ann Lee, director at Open Rights.\n\nENDS")


def write_corpus(folder: Path, count: int, start: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(start, start + count):
        (folder / f"doc{n:04d}.txt").write_text(statement(n), encoding="utf-8")
    return folder


def lines(out: Path) -> list[str]:
    return (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()


def test_rerun_processes_only_new_and_changed_documents_and_removes_vanished_ones(tmp_path, nlp):
    corpus = write_corpus(tmp_path / "c", 4)
    first = run_corpus(corpus, tmp_path / "out", nlp=nlp)
    assert (first.processed, first.unchanged, first.removed) == (4, 0, 0)
    (corpus / "doc0001.txt").write_text(statement(99), encoding="utf-8")
    (corpus / "doc0002.txt").unlink()
    write_corpus(corpus, 1, start=7)
    second = run_corpus(corpus, tmp_path / "out", nlp=nlp)
    assert (second.processed, second.unchanged, second.removed, second.documents) == (2, 2, 1, 4)
    ids = [json.loads(line)["id"] for line in lines(tmp_path / "out")]
    assert ids == ["doc0000.txt", "doc0001.txt", "doc0003.txt", "doc0007.txt"]
    assert "99 families" in json.loads(lines(tmp_path / "out")[1])["text"]


def test_keep_missing_keeps_documents_that_left_the_corpus(tmp_path, nlp):
    corpus = write_corpus(tmp_path / "c", 2)
    run_corpus(corpus, tmp_path / "out", nlp=nlp)
    (corpus / "doc0000.txt").unlink()
    report = run_corpus(corpus, tmp_path / "out", nlp=nlp, prune=False)
    assert (report.removed, report.documents) == (0, 2)


def test_a_changed_rule_file_reprocesses_every_document(tmp_path, nlp):
    corpus = write_corpus(tmp_path / "c", 2)
    run_corpus(corpus, tmp_path / "out", nlp=nlp)
    other = build_pipeline()
    segmenter = other.get_pipe("statement_segmenter")
    segmenter.set_data(dict(segmenter.data, speech_markers=list(segmenter.data["speech_markers"]) + ["quoth"]))
    assert run_corpus(corpus, tmp_path / "out", nlp=other).processed == 2


def test_store_rows_match_the_exported_records(tmp_path, nlp):
    run_corpus(write_corpus(tmp_path / "c", 3), tmp_path / "out", nlp=nlp)
    records = [json.loads(line) for line in lines(tmp_path / "out")]
    with open_store(tmp_path / "out") as store:
        rows = store.db.execute("SELECT doc_id, start, end, text FROM sentences ORDER BY doc_id, idx").fetchall()
    assert len(rows) == sum(len(r["sentences"]) for r in records)
    texts = {r["id"]: r["text"] for r in records}
    assert all(texts[doc_id][start:end] == text for doc_id, start, end, text in rows)


def test_two_processes_give_the_same_output_as_one(tmp_path, nlp):
    corpus = write_corpus(tmp_path / "c", 40)
    run_corpus(corpus, tmp_path / "one", nlp=nlp, batch_size=4)
    run_corpus(corpus, tmp_path / "two", nlp=nlp, batch_size=4, n_process=2)
    assert lines(tmp_path / "one") == lines(tmp_path / "two")


def test_dask_backend_gives_the_same_output_as_a_single_process(tmp_path, nlp):
    corpus = write_corpus(tmp_path / "c", 30)
    run_corpus(corpus, tmp_path / "one", nlp=nlp)
    report = run_corpus(corpus, tmp_path / "dask", rules_only=True, backend="dask", n_process=2, batch_size=4)
    assert (report.processed, report.failures) == (30, [])
    assert lines(tmp_path / "one") == lines(tmp_path / "dask")


def test_dask_refuses_a_pipeline_object_it_cannot_ship(tmp_path, nlp):
    with pytest.raises(StanceError, match="Dask backend needs a pipeline directory"):
        run_corpus(write_corpus(tmp_path / "c", 1), tmp_path / "out", nlp=nlp, backend="dask")


def test_a_second_run_into_a_locked_folder_is_refused(tmp_path, nlp):
    out = tmp_path / "out"
    out.mkdir()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from filelock import FileLock; "
         f"lock = FileLock({str(out / LOCK_FILE)!r}); lock.acquire(); print('held', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(StanceError, match="another `stance run` is writing to this folder"):
            run_corpus(write_corpus(tmp_path / "c", 1), out, nlp=nlp)
        assert not (out / "documents.jsonl").exists()
    finally:
        holder.kill()
        holder.wait()
    assert run_corpus(tmp_path / "c", out, nlp=nlp).documents == 1  # the lock dies with its holder


def test_stale_temporary_files_of_a_killed_run_are_removed(tmp_path, nlp):
    out = tmp_path / "out"
    out.mkdir()
    (out / ".documents.jsonl.abc.tmp").write_text("half a line", encoding="utf-8")
    run_corpus(write_corpus(tmp_path / "c", 1), out, nlp=nlp)
    assert not list(out.glob(".*.tmp"))


@pytest.fixture
def tiny_disk(tmp_path):
    """A 2 MB filesystem (tmpfs), so a run can really fill it; needs root, as in CI."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
                                           capture_output=True).returncode != 0:
        if os.environ.get("CI"):
            pytest.fail("CI must be able to mount a tmpfs (run as root) to test a full disk")
        pytest.skip("mounting a tmpfs needs root")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_is_reported_and_earlier_output_stays_intact(tmp_path, tiny_disk, nlp):
    out = tiny_disk / "out"
    run_corpus(write_corpus(tmp_path / "small", 2), out, nlp=nlp)
    before = (out / "documents.jsonl").read_bytes()
    big = tmp_path / "big"
    big.mkdir()
    text = "Headline\n\n" + "\n\n".join(f"Paragraph {n} says encryption matters a great deal." for n in range(400))
    for n in range(60):
        (big / f"big{n}.txt").write_text(text + f" {n}", encoding="utf-8")
    with pytest.raises(StanceError, match="cannot write output .*Earlier output is intact"):
        run_corpus(big, out, nlp=nlp)
    assert (out / "documents.jsonl").read_bytes() == before
    assert not list(out.glob(".*.tmp"))
    with open_store(out) as store:
        assert store.count() == 2  # the store kept its last good state


def test_a_read_only_output_folder_is_reported(tmp_path, tiny_disk, nlp):
    run_corpus(write_corpus(tmp_path / "c", 1), tiny_disk / "out", nlp=nlp)
    before = (tiny_disk / "out" / "documents.jsonl").read_bytes()
    subprocess.run(["mount", "-o", "remount,ro", str(tiny_disk)], check=True)
    with pytest.raises(StanceError, match="cannot be written|Read-only"):
        run_corpus(tmp_path / "c", tiny_disk / "out", nlp=nlp)
    assert (tiny_disk / "out" / "documents.jsonl").read_bytes() == before


def _stance_run(corpus: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pipeline.cli", "run", str(corpus), "--out", str(out),
                             "--rules-only", "--batch-size", "8", "--no-progress"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def test_runs_killed_at_random_points_then_resumed_equal_an_uninterrupted_run(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    texts = [json.loads(line)["text"] for line in (ROOT / "corpora" / "labelled" / "train.jsonl").open()]
    with corpus.open("w", encoding="utf-8") as handle:
        for n in range(900):
            handle.write(json.dumps({"id": f"d{n}", "text": texts[n % len(texts)]}) + "\n")
    started = time.perf_counter()
    assert _stance_run(corpus, tmp_path / "clean").wait() == 0
    duration = time.perf_counter() - started
    expected = (tmp_path / "clean" / "documents.jsonl").read_bytes()
    rng = random.Random(7)
    out = tmp_path / "killed"
    stored = []
    for _ in range(4):
        process = _stance_run(corpus, out)
        time.sleep(rng.uniform(0.3, 1.0) * duration)  # anywhere from start-up to the final export
        process.send_signal(signal.SIGKILL)
        process.wait()
        if (out / "store.sqlite").exists():
            with sqlite3.connect(out / "store.sqlite") as db:
                has_table = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'documents'").fetchone()
                stored.append(db.execute("SELECT COUNT(*) FROM documents").fetchone()[0] if has_table else 0)
        if (out / "documents.jsonl").exists():  # whatever is there is whole, never half a line
            for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines():
                json.loads(line)
    assert any(0 < count < 900 for count in stored), stored  # at least one kill landed mid-run
    assert _stance_run(corpus, out).wait() == 0
    assert (out / "documents.jsonl").read_bytes() == expected
    with open_store(out) as store, open_store(tmp_path / "clean") as clean:
        for table in ("documents", "segments", "sentences"):
            assert store.count(table) == clean.count(table), table
        assert store.db.execute("SELECT COUNT(DISTINCT doc_id) FROM documents").fetchone()[0] == 900


def test_outputs_are_written_with_the_usual_file_mode_not_mkstemps_0600(tmp_path, nlp):
    run_corpus(write_corpus(tmp_path / "c", 1), tmp_path / "out", nlp=nlp)
    umask = os.umask(0)
    os.umask(umask)
    for name in ("documents.jsonl", "run.json"):
        assert (tmp_path / "out" / name).stat().st_mode & 0o777 == 0o666 & ~umask, name


def test_dask_with_the_shipped_model_annotates_the_demo_corpus_exactly_as_one_process(tmp_path):
    demo = ROOT / "corpora" / "demo"
    run_corpus(demo, tmp_path / "one")
    report = run_corpus(demo, tmp_path / "dask", backend="dask", n_process=2)
    assert (report.documents, report.failures) == (14, [])
    assert lines(tmp_path / "one") == lines(tmp_path / "dask")
    assert '"stance_scores"' in lines(tmp_path / "dask")[0]
