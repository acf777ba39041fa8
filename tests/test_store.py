"""The SQLite store: rows derived from a record, replacement, pruning and export order."""

import json

import pytest

from pipeline.errors import StanceError
from pipeline.store import Store, open_store, record_rows

RECORD = {
    "id": "a.txt",
    "text": "Headline\n\n“Encryption saves lives,” said Ann Lee. The bill is bad.",
    "meta": {"body": "Open Rights", "body_type": "civil_society", "date": "2024-05-01"},
    "speakers": [{"id": "s1", "name": "Ann Lee", "role": None, "org": None}],
    "segments": [{"start": 0, "end": 8, "label": "headline"},
                 {"start": 10, "end": 36, "label": "quote", "speaker": "s1"},
                 {"start": 36, "end": 66, "label": "body"}],
    "sentences": [
        {"start": 0, "end": 8, "stance": "neutral", "stance_scores": {"favor": 0.2, "against": 0.1, "neutral": 0.7},
         "roles": [], "role_scores": {"harm_claim": 0.1}},
        {"start": 10, "end": 50, "stance": "favor", "stance_scores": {"favor": 0.8, "against": 0.1, "neutral": 0.1},
         "roles": ["causal_claim"], "role_scores": {"harm_claim": 0.2, "causal_claim": 0.9}},
    ],
    "stance": "favor",
    "stance_rollup": {"stance": "favor", "score": 0.5, "confidence": 0.7, "low_confidence": False},
    "rollups": {"speakers": {"s1": {"stance": "favor", "score": 0.8, "confidence": 0.8}}},
}


def test_record_rows_give_sentence_text_segment_speaker_and_roles():
    rows = record_rows(RECORD)
    first, second = rows["sentences"]
    assert first[4:9] == ("Headline", "headline", None, None, "neutral")
    assert second[4:9] == (RECORD["text"][10:50], "quote", "s1", "Ann Lee", "favor")
    assert json.loads(second[13]) == ["causal_claim"]
    assert rows["sentence_roles"] == [("a.txt", 1, "causal_claim", 0.9)]
    assert rows["speakers"] == [("a.txt", "s1", "Ann Lee", None, None, "favor", 0.8, 0.8)]
    assert rows["documents"][0][1:5] == ("Open Rights", "civil_society", "2024-05-01", 2024)


def _put(store, record, position, run, digest="h"):
    store.put([(json.dumps(record), record_rows(record), position, digest)], run)


def test_put_replaces_a_document_and_prune_drops_unseen_ones(tmp_path):
    with Store(tmp_path / "s.sqlite") as store:
        _put(store, RECORD, 0, run=1)
        _put(store, dict(RECORD, id="b.txt"), 1, run=1)
        _put(store, RECORD, 2, run=2, digest="h2")  # a.txt edited: replaced, not duplicated
        assert store.count() == 2 and store.count("sentences") == 4
        assert store.hashes() == {"a.txt": "h2", "b.txt": "h"}
        assert store.prune(run=2) == 1
        assert [json.loads(line)["id"] for line in store.iter_lines()] == ["a.txt"]
        assert store.count("sentences") == 2 and store.count("sentence_roles") == 1


def test_lines_come_out_in_corpus_position_order(tmp_path):
    with Store(tmp_path / "s.sqlite") as store:
        _put(store, dict(RECORD, id="z"), 0, run=1)
        _put(store, dict(RECORD, id="a"), 1, run=1)
        store.touch([("a", 0), ("z", 1)], run=1)
        assert [json.loads(line)["id"] for line in store.iter_lines()] == ["a", "z"]


def test_a_failed_transaction_leaves_nothing_half_written(tmp_path):
    with Store(tmp_path / "s.sqlite") as store:
        bad = record_rows(RECORD)
        bad["sentences"].append(("a.txt", 0, 0, 1, "x", None, None, None, None, None, None, None, None, "[]"))
        with pytest.raises(Exception):  # duplicate primary key inside the same document
            store.put([("{}", bad, 0, "h")], run=1)
        assert store.count() == 0 and store.count("sentences") == 0


def test_open_store_names_a_folder_without_a_store(tmp_path):
    with pytest.raises(StanceError, match="E062|no store.sqlite"):
        open_store(tmp_path)


def test_a_corrupt_store_is_reported_not_crashed_on(tmp_path):
    (tmp_path / "store.sqlite").write_bytes(b"not a database" * 100)
    with pytest.raises(StanceError, match="not a store written by `stance run`"):
        open_store(tmp_path)


def test_queries_open_the_store_read_only_and_never_change_it(tmp_path):
    with Store(tmp_path / "store.sqlite") as store:
        _put(store, RECORD, 0, run=1)
    before = (tmp_path / "store.sqlite").read_bytes()
    with open_store(tmp_path) as store:
        assert store.count() == 1
        with pytest.raises(Exception, match="readonly"):
            store.db.execute("DELETE FROM documents")
    assert (tmp_path / "store.sqlite").read_bytes() == before


@pytest.mark.parametrize("content", [b"", b'{"id": "a", "text": "x"}\n'])
def test_a_file_that_is_not_a_store_is_named_and_left_untouched(tmp_path, content):
    path = tmp_path / "other.sqlite"
    path.write_bytes(content)
    with pytest.raises(StanceError, match="not a store written by `stance run`.*left as it is"):
        open_store(path)
    assert path.read_bytes() == content


@pytest.fixture
def dated_store(tmp_path):
    with Store(tmp_path / "store.sqlite") as store:
        for position, date in enumerate(["2023-03-21", "July 2023", "12/07/2023", "2024-01-05"]):
            record = dict(RECORD, id=f"d{position}", meta=dict(RECORD["meta"], date=date))
            _put(store, record, position, run=1)
    return tmp_path


@pytest.mark.parametrize("since, until, expected", [
    ("2023-03-01", "2023", ["d0"]),  # different precision is still a valid range
    ("2023", None, ["d0", "d3"]),  # dates that are not ISO cannot be placed in a range
    (None, "2023-12", ["d0"]),
])
def test_summary_date_filters_compare_iso_dates_only(dated_store, since, until, expected):
    from pipeline.summary import summarize

    groups = summarize(dated_store, by="document", since=since, until=until)
    assert sorted(group["group"] for group in groups) == expected
