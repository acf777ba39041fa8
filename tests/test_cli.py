"""The `stance` command line, run through click's CliRunner on small corpora in tmp_path."""

import json

from click.testing import CliRunner
from spacy.language import Language

from conftest import SEED_GOLD
from pipeline.cli import main
from pipeline.nlp import build_pipeline
from pipeline.run import run_corpus
from pipeline.validate import validate_files


def make_bad_corpus(root):
    root.mkdir()
    (root / "good.txt").write_text(
        "Police warn on encryption\n\nJane Roe, Chief Constable, said:\n\n\u201cWe are going dark.\u201d\n",
        encoding="utf-8",
    )
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (root / "legacy.txt").write_bytes("Caf\u00e9 owners \u201cwelcome\u201d encryption.".encode("cp1252"))
    (root / "garbage.txt").write_bytes(bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xC3, 0x28, 0xA0, 0xFF]) * 40)
    (root / "page.html").write_text(
        "<html><head><title>Statement</title><script>alert('x')</script></head>"
        "<body><nav>Home | News</nav><h1>Ministry statement</h1><p>We support lawful access.</p></body></html>",
        encoding="utf-8",
    )
    good = {"id": "j1", "text": "A JSONL statement.", "meta": {"body": "Lab"}}
    (root / "docs.jsonl").write_text(json.dumps(good) + "\n{not json\n", encoding="utf-8")
    (root / "huge.txt").write_text("word " * 4_200_000, encoding="utf-8")  # about 21 MB


def test_run_reports_each_bad_file_and_exports_every_good_one(tmp_path):
    make_bad_corpus(tmp_path / "corpus")
    result = CliRunner().invoke(main, ["run", str(tmp_path / "corpus"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 5
    for name in ("empty.txt", "binary.txt", "garbage.txt", "docs.jsonl:2", "huge.txt"):
        assert sum(name in line for line in errors) == 1, name
    records = [json.loads(line) for line in (tmp_path / "out" / "documents.jsonl").read_text().splitlines()]
    assert sorted(r["id"] for r in records) == ["good.txt", "j1", "legacy.txt", "page.html"]
    page = next(r for r in records if r["id"] == "page.html")
    assert "alert" not in page["text"] and "Home | News" not in page["text"]
    assert "5 failures" in result.output.splitlines()[-1]


def test_rules_only_output_validates_and_has_no_invented_labels(tmp_path):
    make_bad_corpus(tmp_path / "corpus")
    run_corpus([tmp_path / "corpus"], tmp_path / "out", nlp=build_pipeline())
    checked, problems = validate_files([tmp_path / "out" / "documents.jsonl"])
    assert (checked, problems) == (4, [])
    good = json.loads((tmp_path / "out" / "documents.jsonl").read_text().splitlines()[1])
    assert good["speakers"][0]["name"] == "Jane Roe"
    assert all(set(s) == {"start", "end"} for s in good["sentences"])
    assert (tmp_path / "out" / "store.sqlite").stat().st_size > 0


def test_run_on_a_clean_corpus_exits_zero(tmp_path):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text("Headline\n\nSome text.", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(tmp_path / "c"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0
    assert "1 documents" in result.output


def test_rules_only_run_writes_no_stance(tmp_path):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text("Headline\n\nEncryption protects us.", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(tmp_path / "c"), "--out", str(tmp_path / "o"), "--rules-only"])
    assert result.exit_code == 0
    record = json.loads((tmp_path / "o" / "documents.jsonl").read_text(encoding="utf-8"))
    assert "stance" not in record and record["sentences"][1] == {"start": 10, "end": 33}


def test_validate_accepts_the_seed_gold():
    result = CliRunner().invoke(main, ["validate", str(SEED_GOLD)])
    assert result.exit_code == 0
    assert "1 documents checked, 0 problems" in result.output


def test_validate_rejects_each_broken_document(tmp_path, seed_gold):
    broken = []
    for mutate in (
        lambda d: d["segments"][0].update(end=len(d["text"]) + 5),
        lambda d: d["segments"][1].update(start=d["segments"][0]["start"]),
        lambda d: d["segments"][2].update(label="title"),
        lambda d: d["segments"][4].update(speaker="s9"),
    ):
        doc = json.loads(json.dumps(seed_gold))
        mutate(doc)
        broken.append(json.dumps(doc))
    path = tmp_path / "broken.jsonl"
    path.write_text("\n".join(broken) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    for line_number in (1, 2, 3, 4):
        assert any(line.startswith(f"{path}:{line_number} ") for line in lines), line_number


def test_missing_corpus_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["run", str(tmp_path / "nothing"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "No input files found" in result.output


def test_run_with_a_trained_model_writes_labels_scores_and_the_model_name(tmp_path, tiny_model):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text(
        "Police warn\n\nJane Roe, Chief Constable, said:\n\n\u201cEncrypted chats create a safe haven for predators.\u201d",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        main, ["run", str(tmp_path / "c"), "--out", str(tmp_path / "out"), "--model", str(tiny_model)]
    )
    assert result.exit_code == 0, result.output
    record = json.loads((tmp_path / "out" / "documents.jsonl").read_text(encoding="utf-8"))
    assert record["meta"]["model"] == "e2ee_stance" and record["meta"]["model_version"] == "0.25.1"
    assert record["stance"] in {"favor", "against", "mixed", "neutral"}
    quote = record["sentences"][2]
    assert set(quote) == {"start", "end", "stance", "stance_scores", "roles", "role_scores"}
    assert record["rollups"]["speakers"]["s1"]["counts"]["against"] == 1
    assert validate_files([tmp_path / "out" / "documents.jsonl"]) == (1, [])


@Language.component("fails_on_broken")
def fails_on_broken(doc):
    """A component that breaks on one document (ingestion now repairs every input known to break spaCy)."""
    if "Broken" in doc.text:
        raise ValueError("broken on purpose")
    return doc


def test_a_document_that_breaks_the_pipeline_is_reported_and_the_rest_exported(tmp_path):
    (tmp_path / "c").mkdir()
    lines = [{"id": "ok1", "text": "Fine statement."}, {"id": "bad", "text": "Broken text."},
             {"id": "ok2", "text": "Another fine one."}]
    (tmp_path / "c" / "d.jsonl").write_text("\n".join(json.dumps(l) for l in lines) + "\n", encoding="utf-8")
    nlp = build_pipeline()
    nlp.add_pipe("fails_on_broken")
    report = run_corpus(tmp_path / "c", tmp_path / "out", nlp=nlp)
    assert report.documents == 2
    assert len(report.failures) == 1 and "'bad'" in report.failures[0]
    ids = [json.loads(l)["id"] for l in (tmp_path / "out" / "documents.jsonl").read_text().splitlines()]
    assert ids == ["ok1", "ok2"]


def test_run_corpus_takes_a_single_path_string(tmp_path):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text("Headline\n\nText.", encoding="utf-8")
    assert run_corpus(str(tmp_path / "c"), tmp_path / "out", nlp=build_pipeline()).documents == 1
