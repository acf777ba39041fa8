"""Tests for pipeline.training_data: each format, label sets from the data, unlabelled fields and errors."""

import hashlib
import json
from pathlib import Path

import pytest

from pipeline.errors import StanceError
from pipeline.examples import SentenceExample
from pipeline.training_data import TrainingData, label_sets, read_training_files

SEMEVAL = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks" / "semeval2016-task6"


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def jsonl(*records) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


def raises(path: Path) -> str:
    """The message of the StanceError that reading `path` raises."""
    with pytest.raises(StanceError) as info:
        read_training_files([path])
    return str(info.value)


# --- ANNOTATION.md JSONL ---------------------------------------------------------------------------

TEXT = "Police warn.\nJo Bloggs said:\nEncryption protects us. It must stay."


def span(part: str, **fields) -> dict:
    """Character offsets of `part` in TEXT, with the other fields of a segment or sentence."""
    return {"start": TEXT.index(part), "end": TEXT.index(part) + len(part), **fields}


DOCUMENT = {
    "id": "d1",
    "text": TEXT,
    "meta": {"body": "Privacy Org", "body_type": "civil_society"},
    "speakers": [{"id": "s1", "name": "Jo Bloggs", "role": "Director", "org": "Privacy Org"}],
    "segments": [
        span("Police warn.", label="headline"),
        span("Jo Bloggs said:", label="lead"),
        span("Encryption protects us. It must stay.", label="quote", speaker="s1"),
    ],
    "sentences": [
        span("Police warn.", stance="neutral", roles=[]),
        span("Jo Bloggs said:", stance="neutral", roles=[]),
        span("Encryption protects us.", stance="FAVOR", roles=["causal_claim"]),
        span("It must stay.", stance="favor", roles=["policy_ask"]),
    ],
    "stance": "favor",
}


def test_annotation_documents_become_examples_with_context(tmp_path):
    path = write(tmp_path / "gold.jsonl", jsonl(DOCUMENT))
    data = read_training_files([path])
    assert data.documents == [DOCUMENT]
    assert data.examples[2] == SentenceExample(
        text="Encryption protects us.",
        segment="quote",
        previous="Jo Bloggs said:",
        following="It must stay.",
        speaker_side="own",
        body_type="civil_society",
        target="e2ee",
        stance="favor",
        roles=["causal_claim"],
        doc_id="d1",
        start=29,
        end=52,
    )
    assert [e.segment for e in data.examples] == ["headline", "lead", "quote", "quote"]


def test_annotation_document_target_sets_every_example_target(tmp_path):
    path = write(tmp_path / "gold.jsonl", jsonl({**DOCUMENT, "target": "client-side scanning"}))
    assert {e.target for e in read_training_files([path]).examples} == {"client-side scanning"}


def test_annotation_document_without_id_gets_file_and_line_as_doc_id(tmp_path):
    record = {key: value for key, value in DOCUMENT.items() if key != "id"}
    path = write(tmp_path / "gold.jsonl", "\n" + jsonl(record))
    assert {e.doc_id for e in read_training_files([path]).examples} == {f"{path}:2"}


def test_unlabelled_sentences_in_documents_keep_none(tmp_path):
    record = {**DOCUMENT, "sentences": [{"start": 0, "end": 12}]}
    path = write(tmp_path / "gold.jsonl", jsonl(record))
    [example] = read_training_files([path]).examples
    assert (example.stance, example.roles) == (None, None)


# --- Prodigy-style JSONL ---------------------------------------------------------------------------


def test_prodigy_cats_give_one_stance_and_the_other_accepted_cats_as_roles(tmp_path):
    record = {"text": "Backdoors hurt everyone.", "cats": {"AGAINST": 0.1, "FAVOR": 0.9, "harm_claim": 1.0, "evidence": 0.2}}
    path = write(tmp_path / "p.jsonl", jsonl(record))
    [example] = read_training_files([path]).examples
    assert (example.stance, example.roles, example.target, example.doc_id) == ("favor", ["harm_claim"], "e2ee", None)


def test_prodigy_spans_add_new_roles_from_the_data(tmp_path):
    record = {
        "text": "Encryption keeps your messages private.",
        "cats": {"favor": 1.0},
        "spans": [{"start": 0, "end": 10, "label": "privacy_claim"}, {"start": 0, "end": 10}],
        "meta": {"target": "e2ee-messaging", "segment": "quote"},
        "answer": "accept",
    }
    path = write(tmp_path / "p.jsonl", jsonl(record))
    data = read_training_files([path])
    [example] = data.examples
    assert (example.stance, example.roles, example.target, example.segment) == (
        "favor", ["privacy_claim"], "e2ee-messaging", "quote"
    )
    assert label_sets(data.examples) == (["favor"], ["privacy_claim"])


@pytest.mark.parametrize("answer, expected", [("accept", 1), ("reject", 0), ("ignore", 0)])
def test_prodigy_rejected_and_ignored_answers_are_skipped(tmp_path, answer, expected):
    path = write(tmp_path / "p.jsonl", jsonl({"text": "A sentence.", "cats": {"favor": 1.0}, "answer": answer}))
    assert len(read_training_files([path]).examples) == expected


@pytest.mark.parametrize(
    "record, expected",
    [
        ({"text": "S.", "cats": {"favor": 1.0, "against": 0.0}}, ("favor", None)),
        ({"text": "S.", "cats": {"favor": 0.0, "harm_claim": 0.0}}, (None, [])),
        ({"text": "S.", "spans": []}, (None, [])),
        ({"text": "S.", "answer": "accept"}, (None, None)),
        ({"text": "S.", "cats": {"Neutral": 1.0}, "target": "Atheism"}, ("neutral", None)),
    ],
)
def test_prodigy_unlabelled_stance_and_roles_stay_none(tmp_path, record, expected):
    path = write(tmp_path / "p.jsonl", jsonl(record))
    [example] = read_training_files([path]).examples
    assert (example.stance, example.roles) == expected


def test_prodigy_top_level_target_is_used(tmp_path):
    path = write(tmp_path / "p.jsonl", jsonl({"text": "S.", "cats": {"favor": 1.0}, "target": "Atheism"}))
    assert read_training_files([path]).examples[0].target == "Atheism"


def test_custom_stance_labels_decide_which_cats_are_stances(tmp_path):
    path = write(tmp_path / "p.jsonl", jsonl({"text": "S.", "cats": {"PRO": 1.0, "favor": 1.0}}))
    [example] = read_training_files([path], stance_labels=["pro", "con"]).examples
    assert (example.stance, example.roles) == ("pro", ["favor"])


def test_prodigy_two_accepted_stances_are_an_error_naming_the_line(tmp_path):
    records = jsonl({"text": "A.", "cats": {"favor": 1.0}}, {"text": "B.", "cats": {"favor": 0.6, "against": 0.5}})
    path = write(tmp_path / "p.jsonl", records)
    assert raises(path) == f"{path}:2: more than one stance in `cats` scores >= 0.5 (favor, against); keep exactly one."


def test_empty_prodigy_text_is_skipped(tmp_path):
    records = jsonl({"text": "  ", "cats": {"favor": 1.0}}, {"text": "Kept.", "cats": {"favor": 1.0}})
    path = write(tmp_path / "p.jsonl", records)
    assert [e.text for e in read_training_files([path]).examples] == ["Kept."]


# --- CSV and TSV -----------------------------------------------------------------------------------


def test_csv_reads_stance_target_segment_and_roles_split_on_semicolon_or_bar(tmp_path):
    path = write(
        tmp_path / "data.csv",
        "text,label,target,role,segment\n"
        '"Scanning, not backdoors.",Against,,policy_ask;harm_claim,quote\n'
        "Keep it private.,favor,messaging,privacy_claim | evidence,\n"
        "Background.,neutral,,,\n"
        "Unlabelled.,,,,\n"
        ",favor,,,\n",
    )
    data = read_training_files([path])
    assert [(e.text, e.stance, e.target, e.roles, e.segment) for e in data.examples] == [
        ("Scanning, not backdoors.", "against", "e2ee", ["policy_ask", "harm_claim"], "quote"),
        ("Keep it private.", "favor", "messaging", ["privacy_claim", "evidence"], None),
        ("Background.", "neutral", "e2ee", [], None),
        ("Unlabelled.", None, "e2ee", [], None),
    ]
    assert label_sets(data.examples) == (
        ["against", "favor", "neutral"], ["evidence", "harm_claim", "policy_ask", "privacy_claim"]
    )


def test_csv_without_role_column_leaves_roles_unlabelled(tmp_path):
    path = write(tmp_path / "data.csv", "label,text\nfavor,Encryption matters.\n")
    assert read_training_files([path]).examples == [SentenceExample(text="Encryption matters.", stance="favor")]


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("\ufefftext,label\nCaf\u00e9 \u201cok\u201d,favor\n".encode("utf-8"), "Caf\u00e9 \u201cok\u201d"),
        ("text,label\nCaf\u00e9 \u201cok\u201d,favor\n".encode("cp1252"), "Caf\u00e9 \u201cok\u201d"),
        (b"Text , LABEL \r\nplain,favor\r\n", "plain"),
    ],
)
def test_csv_decodes_utf8_with_bom_else_cp1252(tmp_path, raw, expected):
    path = write(tmp_path / "data.csv", raw)
    assert [e.text for e in read_training_files([path]).examples] == [expected]


def test_tsv_with_text_and_label_columns_reads_like_csv(tmp_path):
    path = write(tmp_path / "data.tsv", "text\tlabel\trole\nA sentence.\tfavor\tevidence\n")
    data = read_training_files([path])
    assert [(e.text, e.stance, e.roles) for e in data.examples] == [("A sentence.", "favor", ["evidence"])]
    assert data.files[0]["format"] == "tsv"


def test_csv_without_label_column_is_an_error(tmp_path):
    path = write(tmp_path / "data.csv", "text,stance\nA.,favor\n")
    assert raises(path) == (
        f"{path}:1: header lacks the column(s) label (found text, stance); a training CSV needs `text` and `label`."
    )


def test_csv_row_with_wrong_field_count_names_its_line(tmp_path):
    path = write(tmp_path / "data.csv", "text,label\nA.,favor\nB.,favor,extra\n")
    assert raises(path) == f"{path}:3: row has 3 fields but the header has 2; check the delimiter and quoting."


# --- SemEval-2016 Task 6 TSV -----------------------------------------------------------------------

SEMEVAL_HEADER = "ID\tTarget\tTweet\tStance\tOpinion towards\tSentiment\r\n"


def test_semeval_rows_keep_target_and_lowercase_stance_with_quoting_off(tmp_path):
    content = (
        SEMEVAL_HEADER
        + '101\tAtheism\tRT "quoted start\tAGAINST\tOTHER\tPOSITIVE\r\n'
        + "102\tHillary Clinton\t\u2018curly\u2019 in cp1252 #SemST\tFAVOR\tTARGET\tPOSITIVE\r\n"
        + "103\tClimate Change is a Real Concern\tNo view.\tNONE\tNO ONE\tNEITHER\r\n"
    )
    path = write(tmp_path / "semeval.txt", content.encode("cp1252"))
    data = read_training_files([path])
    assert [(e.text, e.target, e.stance, e.roles, e.extra) for e in data.examples] == [
        ('RT "quoted start', "Atheism", "against", None, {"id": "101"}),
        ("\u2018curly\u2019 in cp1252 #SemST", "Hillary Clinton", "favor", None, {"id": "102"}),
        ("No view.", "Climate Change is a Real Concern", "none", None, {"id": "103"}),
    ]
    assert data.files[0]["format"] == "semeval2016-tsv"


def test_semeval_row_missing_a_column_names_its_line(tmp_path):
    path = write(tmp_path / "semeval.tsv", SEMEVAL_HEADER + "1\tAtheism\tTweet\tAGAINST\tOTHER\r\n")
    assert raises(path) == f"{path}:2: row has 5 fields but the header has 6; check the delimiter and quoting."


@pytest.mark.skipif(not SEMEVAL.is_dir(), reason="shared/benchmarks is not beside the checkout")
@pytest.mark.parametrize(
    "names, expected",
    [
        (["trainingdata-all-annotations.txt"], 2814),
        (["trialdata-all-annotations.txt"], 100),
        (["trialdata-all-annotations.txt", "trainingdata-all-annotations.txt"], 2914),
        (["testdata-taskA-all-annotations.txt"], 1249),
    ],
)
def test_semeval_benchmark_files_read_every_row(names, expected):
    data = read_training_files([SEMEVAL / name for name in names])
    assert len(data.examples) == expected
    assert label_sets(data.examples) == (["against", "favor", "none"], [])


# --- files, folders and provenance -----------------------------------------------------------------


def test_folders_read_data_files_sorted_and_skip_readmes_and_other_txt(tmp_path):
    write(tmp_path / "b.csv", "text,label\nB.,favor\n")
    write(tmp_path / "a.jsonl", jsonl({"text": "A.", "cats": {"against": 1.0}}))
    write(tmp_path / "sub" / "c.txt", SEMEVAL_HEADER + "1\tAtheism\tC.\tNONE\tOTHER\tNEITHER\r\n")
    write(tmp_path / "readme.txt", "About this data.\n")
    write(tmp_path / "ids.txt", "ID\tTweet ID\r\n1\t12345\r\n")
    write(tmp_path / ".hidden.csv", "text,label\nH.,favor\n")
    write(tmp_path / "notes.md", "Not data.\n")
    data = read_training_files([tmp_path])
    assert [e.text for e in data.examples] == ["A.", "B.", "C."]
    assert [(Path(f["path"]).name, f["format"], f["examples"]) for f in data.files] == [
        ("a.jsonl", "prodigy-jsonl", 1), ("b.csv", "csv", 1), ("c.txt", "semeval2016-tsv", 1)
    ]


def test_each_file_records_the_sha256_of_its_bytes(tmp_path):
    raw = "text,label\nA.,favor\n".encode("utf-8")
    path = write(tmp_path / "data.csv", raw)
    assert read_training_files([path]).files == [
        {"path": str(path), "sha256": hashlib.sha256(raw).hexdigest(), "format": "csv", "examples": 1}
    ]


def test_files_of_several_formats_combine_in_argument_order(tmp_path):
    csv_path = write(tmp_path / "data.csv", "text,label,role\nA.,favor,privacy_claim\n")
    gold_path = write(tmp_path / "gold.jsonl", jsonl(DOCUMENT))
    data = read_training_files([csv_path, gold_path])
    assert isinstance(data, TrainingData)
    assert [e.text for e in data.examples][:2] == ["A.", "Police warn."]
    assert label_sets(data.examples) == (
        ["favor", "neutral"], ["causal_claim", "policy_ask", "privacy_claim"]
    )
    assert data.documents == [DOCUMENT]


# --- errors ----------------------------------------------------------------------------------------


def test_bad_json_names_file_and_line(tmp_path):
    path = write(tmp_path / "p.jsonl", jsonl({"text": "A.", "cats": {}}) + "{not json\n")
    assert raises(path) == (
        f"{path}:2: malformed JSON (Expecting property name enclosed in double quotes); fix or remove the line."
    )


@pytest.mark.parametrize(
    "line, why",
    [
        ('{"cats": {"favor": 1.0}}', "no string `text`"),
        ('["text"]', "a JSON list, not an object"),
        ('{"text": 3, "sentences": []}', "no string `text`"),
    ],
)
def test_records_without_text_name_file_and_line(tmp_path, line, why):
    path = write(tmp_path / "p.jsonl", line + "\n")
    assert raises(path) == f"{path}:1: {why}; each record needs a string `text`."


def test_jsonl_record_of_unknown_format_is_an_error(tmp_path):
    path = write(tmp_path / "p.jsonl", jsonl({"text": "A.", "cats": {"favor": 1}}, {"text": "Plain document."}))
    message = raises(path)
    assert message.startswith(f"{path}:2: unknown training data format (no `sentences`, `cats`, `spans` or `answer`)")


def test_txt_file_given_by_name_without_known_header_is_an_error(tmp_path):
    path = write(tmp_path / "notes.txt", "Just some text.\n")
    assert raises(path).startswith(f"{path}:1: unknown training data format (.txt file without a known header)")


def test_malformed_sentences_name_file_and_line(tmp_path):
    path = write(tmp_path / "gold.jsonl", jsonl({"text": "A.", "sentences": [{"stance": "favor"}]}))
    assert raises(path).startswith(f"{path}:1: field 'sentences' has a malformed entry")


def test_missing_path_and_empty_folder_are_errors(tmp_path):
    assert raises(tmp_path / "nope.csv") == (
        f"{tmp_path / 'nope.csv'}: cannot be read as training data (no such file or folder); "
        "check that it exists and is readable."
    )
    (tmp_path / "empty").mkdir()
    assert "No training files found under" in raises(tmp_path / "empty")
