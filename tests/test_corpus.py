import copy
import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.authoring import build_document
from pipeline.corpus import (
    build_corpus,
    check_requirements,
    corpus_stats,
    readme_is_current,
    render_stats_markdown,
    seed_overlap,
    shared_paragraphs,
    update_readme,
)
from pipeline.corpus_cli import corpus
from pipeline.labels import BODY_TYPES, DOC_STANCES, HARD_CASES, LAYOUTS, ROLES

README_TEXT = "# Corpus\n\nIntro.\n\n<!-- stats:start -->\nold\n<!-- stats:end -->\n\nOutro.\n"


def source(doc_id, body_type="law_enforcement", stance="against", **extra):
    """A small valid authoring record: a boilerplate line, a headline, a lead and a curly quote."""
    record = {
        "id": doc_id,
        "meta": {"body": "Some Body", "body_type": body_type, "date": "2024-01-01", "title": "T"},
        "stance": stance,
        "speakers": [{"id": "s1", "name": "Jane Roe", "role": "Chief", "org": "Some Body"}],
        "blocks": [
            {"label": "boilerplate", "text": "PRESS RELEASE"},
            {"label": "headline", "sents": [["Police warn over encryption", "against"]]},
            {"label": "lead", "sents": [["Jane Roe said:", "neutral"]]},
            {
                "label": "quote",
                "speaker": "s1",
                "pre": "\u201c",
                "post": "\u201d",
                "sents": [
                    ["Encryption hides abuse.", "against", ["harm_claim"]],
                    ["We must act.", "against", ["policy_ask"]],
                ],
            },
        ],
    }
    if body_type is None:
        del record["meta"]["body_type"]
    record.update(extra)
    return record


def write_sources(folder: Path, records: list[dict], batch="b1") -> Path:
    (folder / batch).mkdir(parents=True, exist_ok=True)
    for record in records:
        (folder / batch / f"{record['id']}.json").write_text(json.dumps(record), encoding="utf-8")
    return folder


def read_ids(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]


def by_hash(ids):
    return sorted(ids, key=lambda doc_id: hashlib.sha1(doc_id.encode()).hexdigest())


# ------------------------------------------------------------------------------------------- build


def test_build_splits_each_body_type_by_id_hash(tmp_path):
    police = [f"police-{i:02d}" for i in range(10)]
    ministry = [f"ministry-{i}" for i in range(4)]
    records = [source(i) for i in police] + [source(i, "government") for i in ministry]
    sources = write_sources(tmp_path / "sources", records)
    counts = build_corpus(sources, tmp_path / "out")
    # police: round(1.5) = 2 test, 2 dev, 6 train; ministry: round(0.6) = 1 test, 1 dev, 2 train
    assert counts == {"train": 8, "dev": 3, "test": 3}
    test_ids = read_ids(tmp_path / "out" / "test.jsonl")
    dev_ids = read_ids(tmp_path / "out" / "dev.jsonl")
    assert test_ids == sorted(by_hash(police)[:2] + by_hash(ministry)[:1])
    assert dev_ids == sorted(by_hash(police)[2:4] + by_hash(ministry)[1:2])
    assert read_ids(tmp_path / "out" / "train.jsonl") == sorted(set(police + ministry) - set(test_ids + dev_ids))


def test_build_puts_documents_without_body_type_in_their_own_stratum(tmp_path):
    records = [source(f"doc-{i}", None) for i in range(4)] + [source("police-0")]
    counts = build_corpus(write_sources(tmp_path / "sources", records), tmp_path / "out")
    assert counts == {"train": 3, "dev": 1, "test": 1}


def test_build_output_does_not_depend_on_batch_folders(tmp_path):
    records = [source(f"police-{i}") for i in range(7)] + [source("ngo-1", "civil_society")]
    one = write_sources(tmp_path / "one", records)
    two = write_sources(tmp_path / "two", records[:3], batch="z")
    write_sources(two, records[3:], batch="a")
    build_corpus(one, tmp_path / "out1")
    build_corpus(two, tmp_path / "out2")
    for name in ("train.jsonl", "dev.jsonl", "test.jsonl"):
        assert (tmp_path / "out1" / name).read_bytes() == (tmp_path / "out2" / name).read_bytes()


def test_build_writes_built_documents_and_leaves_no_temp_files(tmp_path):
    record = source("police-1")
    sources = write_sources(tmp_path / "sources", [record])
    assert build_corpus(sources, tmp_path / "out") == {"train": 1, "dev": 0, "test": 0}
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["dev.jsonl", "test.jsonl", "train.jsonl"]
    assert (tmp_path / "out" / "dev.jsonl").read_text() == ""
    line = (tmp_path / "out" / "train.jsonl").read_text(encoding="utf-8")
    assert json.loads(line) == build_document(record)


def test_build_skips_the_example_folder(tmp_path):
    sources = write_sources(tmp_path / "sources", [source("police-1")])
    write_sources(sources, [source("example-doc")], batch="example")
    assert build_corpus(sources, tmp_path / "out") == {"train": 1, "dev": 0, "test": 0}


def test_build_rejects_invalid_documents_listing_every_problem(tmp_path):
    bad_speaker = source("police-1", speakers=[{"id": "s1", "name": 5, "role": None, "org": None}])
    records = [bad_speaker, source("police-2")]
    sources = write_sources(tmp_path / "sources", records)
    write_sources(sources, [source("police-2")], batch="b2")
    with pytest.raises(ValueError) as error:
        build_corpus(sources, tmp_path / "out")
    assert str(error.value).splitlines() == [
        "2 problem(s) in the corpus:",
        "police-1: speakers[0].name: must be a string or null, got number 5",
        "police-2: duplicate document id",
    ]
    assert not (tmp_path / "out").exists()


# ------------------------------------------------------------------------------------------- stats


def write_docs(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(build_document(r)) + "\n" for r in records), encoding="utf-8")
    return path


PRIVACY = "Privacy matters a lot here."


def two_speaker_source(doc_id):
    record = source(doc_id, "civil_society", "favor", layouts=["straight_quotes", "multi_speaker"])
    record["hard_cases"] = ["support_but"]
    record["speakers"].append({"id": "s2", "name": "John Doe", "role": None, "org": None})
    record["blocks"].append(
        {"label": "quote", "speaker": "s2", "pre": '"', "post": '"', "sents": [[PRIVACY, "favor"]]},
    )
    return record


@pytest.fixture
def stats(tmp_path):
    first = write_docs(tmp_path / "train.jsonl", [source("a", layouts=["curly_quotes"], hard_cases=["support_but"])])
    second = write_docs(tmp_path / "dev.jsonl", [two_speaker_source("b"), source("c", "government", "mixed")])
    return corpus_stats([first, second])


def test_stats_count_documents_and_sentences_per_file(stats):
    assert stats["files"] == {
        "train.jsonl": {"documents": 1, "sentences": 4},
        "dev.jsonl": {"documents": 2, "sentences": 9},
    }
    assert (stats["documents"], stats["sentences"]) == (3, 13)


def test_stats_count_sentence_labels(stats):
    assert stats["sentence_stances"] == {"favor": 1, "against": 9, "neutral": 3}
    assert stats["roles"] == {"harm_claim": 3, "causal_claim": 0, "policy_ask": 3, "evidence": 0}


def test_stats_count_segments_and_their_characters(stats):
    quote_characters = 3 * len("Encryption hides abuse. We must act.") + len(PRIVACY)
    assert stats["segments"]["quote"] == {"segments": 4, "characters": quote_characters}
    assert stats["segments"]["boilerplate"] == {"segments": 3, "characters": 3 * len("PRESS RELEASE")}
    assert stats["segments"]["body"] == {"segments": 0, "characters": 0}


def nonzero(counts: dict) -> dict:
    return {key: value for key, value in counts.items() if value}


def test_stats_count_documents_per_tag(stats):
    assert list(stats["layouts"]) == list(LAYOUTS)
    assert nonzero(stats["layouts"]) == {"multi_speaker": 1, "straight_quotes": 1, "curly_quotes": 1}
    assert stats["hard_cases"] == {case: 2 if case == "support_but" else 0 for case in HARD_CASES}
    assert nonzero(stats["body_types"]) == {"law_enforcement": 1, "government": 1, "civil_society": 1}
    assert stats["document_stances"] == {"favor": 1, "against": 1, "mixed": 1, "neutral": 0}
    assert stats["multi_speaker_documents"] == 1


def test_stats_measure_words_and_quote_styles(stats):
    # 15 words in a basic document (2 + 4 + 3 + 6), 20 with the second quote
    assert stats["words"] == {"min": 15, "median": 15, "max": 20}
    assert stats["quote_styles"] == {"straight": 1, "curly": 3}


def test_stats_of_no_files_are_zero():
    empty = corpus_stats([])
    assert (empty["documents"], empty["sentences"], empty["words"]) == (0, 0, {"min": 0, "median": 0, "max": 0})


# ------------------------------------------------------------------------------------ requirements


def passing_stats() -> dict:
    return {
        "documents": 150,
        "sentences": 2500,
        "sentence_stances": {"favor": 700, "against": 700, "neutral": 1100},
        "roles": dict.fromkeys(ROLES, 300),
        "layouts": dict.fromkeys(LAYOUTS, 1),
        "hard_cases": dict.fromkeys(HARD_CASES, 10),
        "body_types": dict.fromkeys(BODY_TYPES, 12),
        "document_stances": dict.fromkeys(DOC_STANCES, 1),
        "multi_speaker_documents": 25,
        "words": {"min": 80, "median": 400, "max": 1500},
    }


def test_requirements_met_exactly_at_the_targets_pass():
    assert check_requirements(passing_stats()) == []


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda s: s.update(documents=149), "documents: 149, need at least 150"),
        (lambda s: s.update(sentences=2499), "labelled sentences: 2499, need at least 2500"),
        (lambda s: s["body_types"].update(media=0), "documents of body_type media: 0, need at least 1"),
        (lambda s: s["body_types"].update(government=11), "documents of body_type government: 11, need at least 12"),
        (lambda s: s["layouts"].update(transcript=0), "documents with layout transcript: 0, need at least 1"),
        (lambda s: s.update(multi_speaker_documents=24), "documents with two or more speakers: 24, need at least 25"),
        (lambda s: s["sentence_stances"].update(against=699), "against sentences: 699, need at least 700"),
        (lambda s: s["document_stances"].update(neutral=0), "documents with stance neutral: 0, need at least 1"),
        (lambda s: s["roles"].update(evidence=299), "sentences with role evidence: 299, need at least 300"),
        (lambda s: s["hard_cases"].update(support_but=9), "documents with hard case support_but: 9, need at least 10"),
        (lambda s: s["words"].update(min=81), "shortest document: 81 words, need one of at most 80"),
        (lambda s: s["words"].update(max=1499), "longest document: 1499 words, need one of at least 1500"),
    ],
)
def test_each_missed_requirement_gives_one_message(change, message):
    stats = passing_stats()
    change(stats)
    assert check_requirements(stats) == [message]


def test_requirements_missing_from_a_tiny_corpus(stats):
    failed = check_requirements(stats)
    assert failed[:3] == [
        "documents: 3, need at least 150",
        "labelled sentences: 13, need at least 2500",
        "documents of body_type regulator: 0, need at least 1",
    ]
    assert "longest document: 20 words, need one of at least 1500" in failed
    assert not any(message.startswith("shortest") for message in failed)


# ---------------------------------------------------------------------------------------- overlaps

LONG = "The proposal would require providers to scan every private message before it is encrypted on the device."


def doc(doc_id, text, segments=None):
    return {"id": doc_id, "text": text, "segments": segments or []}


def test_shared_paragraphs_ignore_case_and_whitespace():
    a = doc("a", f"Title\n\n{LONG}\n\nEnd.")
    b = doc("b", "Other title\n\n" + LONG.upper().replace(" ", "  \n", 3))
    c = doc("c", f"Unrelated.\n\n{LONG[:40]}")
    assert shared_paragraphs([b, a, c]) == [("a", "b", LONG.lower())]


def test_shared_paragraphs_list_every_pair_once():
    docs = [doc(i, f"{LONG}\n\n{LONG}") for i in ("c", "a", "b")]
    assert shared_paragraphs(docs) == [("a", "b", LONG.lower()), ("a", "c", LONG.lower()), ("b", "c", LONG.lower())]


def test_shared_paragraphs_skip_short_paragraphs_and_boilerplate_lines():
    short = "Notes to editors: the unit was founded in 2019."  # 9 words
    furniture = "Share this article on every social network you use, and subscribe to our newsletter today"
    text = f"{short}\n\n{furniture}"
    segments = [
        {"start": 0, "end": len(short), "label": "note"},
        {"start": len(short) + 2, "end": len(text), "label": "boilerplate"},
    ]
    assert shared_paragraphs([doc("a", text, segments), doc("b", text, segments)]) == []
    # without segments nothing is known to be boilerplate, so the long line counts
    assert shared_paragraphs([doc("a", text), doc("b", text)]) == [("a", "b", furniture.lower())]


def test_shared_paragraphs_skip_set_formulas_but_not_the_paragraphs_around_them():
    formula = "I beg to move, That the clause be read a Second time."
    docs = [doc(i, f"{formula}\n\n{LONG}") for i in ("a", "b")]
    assert shared_paragraphs(docs) == [("a", "b", LONG.lower())]


def test_shared_paragraphs_drop_boilerplate_lines_inside_a_paragraph():
    text_a = f"{LONG}\nPrintable version"
    text_b = f"{LONG}\nShare this page"
    def with_segments(doc_id, text):
        furniture = {"start": len(LONG) + 1, "end": len(text), "label": "boilerplate"}
        return doc(doc_id, text, [{"start": 0, "end": len(LONG), "label": "body"}, furniture])

    docs = [with_segments("a", text_a), with_segments("b", text_b)]
    assert shared_paragraphs(docs) == [("a", "b", LONG.lower())]


def test_seed_overlap_reports_documents_over_five_percent():
    seed = " ".join(f"w{i}" for i in range(30))  # 23 distinct 8-grams
    copied = " ".join(f"W{i}," for i in range(10)) + " " + " ".join(f"x{i}" for i in range(10))  # 13, 3 shared
    unrelated = " ".join(f"y{i}" for i in range(30))
    docs = [doc("copy", copied), doc("new", unrelated), doc("short", "w1 w2 w3"), doc("all", seed + " " + unrelated)]
    assert seed_overlap(docs, seed) == [("all", 1.0), ("copy", 3 / 13)]


def test_seed_overlap_threshold_is_strict():
    seed = " ".join(f"w{i}" for i in range(27))  # 20 distinct 8-grams
    one_shared = " ".join(f"w{i}" for i in range(8)) + " " + " ".join(f"z{i}" for i in range(100))  # 1 of 20 = 5%
    assert seed_overlap([doc("edge", one_shared)], seed) == []
    assert seed_overlap([doc("edge", one_shared)], seed, n=7) == [("edge", 2 / 21)]


# ---------------------------------------------------------------------------------------- markdown


def test_render_stats_markdown_is_framed_and_deterministic(stats):
    text = render_stats_markdown(stats)
    assert text.startswith("<!-- stats:start -->\n\n**Files**")
    assert text.endswith("<!-- stats:end -->")
    assert text == render_stats_markdown(copy.deepcopy(stats))
    assert "| train.jsonl | 1 | 4 |\n| dev.jsonl | 2 | 9 |\n| **total** | 3 | 13 |" in text
    assert "| quote | 4 | 135 |" in text
    assert "| words per document (min / median / max) | 15 / 15 / 20 |" in text


def test_update_readme_replaces_only_the_block_and_is_idempotent(tmp_path, stats):
    readme = tmp_path / "README.md"
    readme.write_text(README_TEXT, encoding="utf-8")
    assert not readme_is_current(readme, stats)
    assert update_readme(readme, stats) is True
    expected = "# Corpus\n\nIntro.\n\n" + render_stats_markdown(stats) + "\n\nOutro.\n"
    assert readme.read_text(encoding="utf-8") == expected
    assert readme_is_current(readme, stats)
    assert update_readme(readme, stats) is False
    assert readme.read_text(encoding="utf-8") == expected


def test_update_readme_appends_a_block_when_there_is_none(tmp_path, stats):
    readme = tmp_path / "README.md"
    readme.write_text("# Corpus\n", encoding="utf-8")
    assert update_readme(readme, stats) is True
    assert readme.read_text(encoding="utf-8") == "# Corpus\n\n" + render_stats_markdown(stats) + "\n"


def test_readme_is_not_current_after_the_counts_change(tmp_path, stats):
    readme = tmp_path / "README.md"
    update_readme(readme, stats)
    stats["documents"] += 1
    assert not readme_is_current(readme, stats)
    assert not readme_is_current(tmp_path / "missing.md", stats)


# --------------------------------------------------------------------------------------------- CLI


def cli_corpus(tmp_path) -> tuple[Path, Path, Path]:
    sources = write_sources(tmp_path / "sources", [source(f"police-{i}") for i in range(4)])
    readme = tmp_path / "README.md"
    readme.write_text(README_TEXT, encoding="utf-8")
    return sources, tmp_path / "labelled", readme


def build_args(sources, out, readme) -> list[str]:
    return ["build", "--sources", str(sources), "--out", str(out), "--readme", str(readme)]


def test_cli_build_writes_splits_and_updates_the_readme(tmp_path):
    sources, out, readme = cli_corpus(tmp_path)
    args = build_args(sources, out, readme)
    result = CliRunner().invoke(corpus, args)
    assert result.exit_code == 0, result.output
    assert f"built 4 documents (train 2, dev 1, test 1) -> {out}" in result.output
    assert f"{readme}: stats updated" in result.output
    files = [out / f"{name}.jsonl" for name in ("train", "dev", "test")]
    assert readme_is_current(readme, corpus_stats(files))
    again = CliRunner().invoke(corpus, args)
    assert f"{readme}: stats already up to date" in again.output


def test_cli_build_leaves_a_missing_readme_alone(tmp_path):
    sources, out, readme = cli_corpus(tmp_path)
    readme.unlink()
    result = CliRunner().invoke(corpus, build_args(sources, out, readme))
    assert result.exit_code == 0, result.output
    assert not readme.exists()


def test_cli_build_fails_on_an_invalid_corpus(tmp_path):
    sources, out, readme = cli_corpus(tmp_path)
    write_sources(sources, [source("police-0")], batch="b2")
    result = CliRunner().invoke(corpus, build_args(sources, out, readme))
    assert result.exit_code == 1
    assert "police-0: duplicate document id" in result.output
    assert readme.read_text(encoding="utf-8") == README_TEXT


def test_cli_stats_prints_markdown_of_the_given_files(tmp_path):
    path = write_docs(tmp_path / "train.jsonl", [source("a")])
    result = CliRunner().invoke(corpus, ["stats", str(path)])
    assert result.exit_code == 0, result.output
    assert result.output == render_stats_markdown(corpus_stats([path])) + "\n"


def test_cli_stats_check_reports_a_stale_readme_and_missed_targets(tmp_path):
    sources, out, readme = cli_corpus(tmp_path)
    path = write_docs(tmp_path / "train.jsonl", [source("a")])
    result = CliRunner().invoke(corpus, ["stats", str(path), "--check", "--readme", str(readme)])
    assert result.exit_code == 1
    assert f"fail: {readme}: stats block is out of date (run `corpus build`)" in result.output
    assert "fail: documents: 1, need at least 150" in result.output
    update_readme(readme, corpus_stats([path]))
    fresh = CliRunner().invoke(corpus, ["stats", str(path), "--check", "--readme", str(readme)])
    assert fresh.exit_code == 1
    assert "out of date" not in fresh.output


def test_cli_stats_check_passes_when_targets_are_met(tmp_path, monkeypatch):
    path = write_docs(tmp_path / "train.jsonl", [source("a")])
    readme = tmp_path / "README.md"
    update_readme(readme, corpus_stats([path]))
    monkeypatch.setattr("pipeline.corpus.check_requirements", lambda stats: [])
    result = CliRunner().invoke(corpus, ["stats", str(path), "--check", "--readme", str(readme)])
    assert result.exit_code == 0, result.output
    assert "fail:" not in result.output


def test_cli_stats_rejects_missing_files(tmp_path):
    result = CliRunner().invoke(corpus, ["stats", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 1
    assert f"no such file: {tmp_path / 'nope.jsonl'}" in result.output
