"""A large scraped corpus with broken files in it: every bad file reported once, every good one exported."""

import json

from pipeline.run import run_corpus

BROKEN_KINDS = ("empty", "binary", "latin_garbage", "huge", "bad_json", "deep_json", "no_text", "blank_html")


def write_broken(path, kind: str, n: int) -> str:
    """Write one broken file of `kind`; return the name the error must mention."""
    if kind == "empty":
        path.with_suffix(".txt").write_bytes(b"")
        return path.with_suffix(".txt").name
    if kind == "binary":
        path.with_suffix(".txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50 + bytes(range(256)))
        return path.with_suffix(".txt").name
    if kind == "latin_garbage":  # bytes no single-byte code page decodes unambiguously as text
        path.with_suffix(".md").write_bytes(bytes([0x81, 0x8d, 0x8f, 0x90, 0x9d]) * 40 + b"\xff\xfe\x00")
        return path.with_suffix(".md").name
    if kind == "huge":
        path.with_suffix(".txt").write_text("Encryption. " * 3000, encoding="utf-8")
        return path.with_suffix(".txt").name
    if kind == "bad_json":
        path.with_suffix(".jsonl").write_text('{"id": "x%d", "text": "unterminated\n' % n, encoding="utf-8")
        return path.with_suffix(".jsonl").name
    if kind == "deep_json":
        path.with_suffix(".jsonl").write_text("[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
        return path.with_suffix(".jsonl").name
    if kind == "no_text":
        path.with_suffix(".jsonl").write_text('{"id": "n%d", "text": 5}\n' % n, encoding="utf-8")
        return path.with_suffix(".jsonl").name
    path.with_suffix(".html").write_text("<html><script>alert(1)</script><nav>Home</nav></html>", encoding="utf-8")
    return path.with_suffix(".html").name


def test_a_5000_file_corpus_with_10_percent_broken_reports_each_once_and_exports_the_rest(tmp_path, nlp):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    broken, good = [], []
    for n in range(5000):
        stem = corpus / f"file {n:04d}"
        if n % 10 == 3:
            broken.append(write_broken(stem, BROKEN_KINDS[(n // 10) % len(BROKEN_KINDS)], n))
            continue
        stem.with_suffix(".txt").write_text(
            f"Statement {n}\n\n“Encryption keeps {n} people safe,” said Ann Lee, director at Open Rights.\n",
            encoding="utf-8")
        good.append(stem.with_suffix(".txt").name)
    report = run_corpus(corpus, tmp_path / "out", nlp=nlp, max_bytes=20_000, batch_size=256)
    assert len(broken) == 500 and report.documents == 4500
    for name in broken:
        assert sum(name in failure for failure in report.failures) == 1, name
    assert len(report.failures) == 500 and all("\n" not in failure for failure in report.failures)
    ids = [json.loads(line)["id"] for line in (tmp_path / "out" / "documents.jsonl").open(encoding="utf-8")]
    assert ids == good
