"""The team's labelled corpus itself: valid, meeting its targets, and documented with current counts."""

import json

from conftest import ROOT, SHARED
from pipeline.authoring import load_sources
from pipeline.corpus import check_requirements, corpus_stats, readme_is_current, seed_overlap, shared_paragraphs
from pipeline.validate import validate_files

LABELLED = ROOT / "corpora" / "labelled"
SPLITS = [LABELLED / f"{name}.jsonl" for name in ("train", "dev", "test")]


def test_every_labelled_file_validates_with_labels_required():
    checked, problems = validate_files(SPLITS, require_labels=True)
    assert checked >= 150
    assert [str(p) for p in problems] == []


def test_corpus_meets_its_targets_and_readme_counts_are_current():
    stats = corpus_stats(SPLITS)
    assert check_requirements(stats) == []
    assert readme_is_current(ROOT / "corpora" / "README.md", stats)


def test_splits_are_built_from_the_current_sources():
    built = {doc["id"]: doc for doc in load_sources([ROOT / "corpora" / "sources"]) if not doc["id"].startswith("example")}
    stored = {}
    for split in SPLITS:
        for line in split.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            stored[doc["id"]] = doc
    assert stored == built


def test_no_two_documents_share_a_paragraph_and_none_paraphrases_the_seed():
    docs = load_sources([ROOT / "corpora" / "sources"])
    seed = (SHARED / "seed" / "nca-2023-12-07-meta-e2ee.txt").read_text(encoding="utf-8")
    assert shared_paragraphs(docs) == []
    assert seed_overlap(docs, seed) == []


def test_authoring_guide_lists_exactly_the_layout_and_hard_case_names():
    from pipeline.labels import HARD_CASES, LAYOUTS

    guide = (ROOT / "corpora" / "AUTHORING.md").read_text(encoding="utf-8")
    listed = {line.split(" names")[0].strip("`"): [name.strip(" `.") for name in line.split(":", 1)[1].split(",")]
              for line in guide.splitlines() if line.startswith(("`layouts` names", "`hard_cases` names"))}
    assert listed == {"layouts": list(LAYOUTS), "hard_cases": list(HARD_CASES)}
