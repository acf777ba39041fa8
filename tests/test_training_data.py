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
        speaker="s1",
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


def test_prodigy_choice_accept_gives_stance_and_roles_and_wins_over_stale_cats(tmp_path):
    record = {
        "text": "Scanning breaks encryption.",
        "options": [{"id": label, "text": label} for label in ("favor", "against", "neutral", "harm_claim", "evidence")],
        "accept": ["favor", "harm_claim"],
        "cats": {"against": 1.0},
        "answer": "accept",
    }
    path = write(tmp_path / "reviewed.jsonl", jsonl(record, {**record, "accept": ["neutral"]}))
    assert [(e.stance, e.roles) for e in read_training_files([path]).examples] == [
        ("favor", ["harm_claim"]), ("neutral", [])
    ]


def test_prodigy_choice_option_ids_that_are_numbers_map_to_their_text(tmp_path):
    record = {"text": "S.", "options": [{"id": 1, "text": "against"}, {"id": 2, "text": "policy_ask"}], "accept": [2, 1]}
    [example] = read_training_files([write(tmp_path / "p.jsonl", jsonl(record))]).examples
    assert (example.stance, example.roles) == ("against", ["policy_ask"])


def test_prodigy_context_and_meta_restore_the_features_and_location_of_an_exported_sentence(tmp_path):
    record = {
        "text": "It must stay.",
        "accept": ["favor"],
        "meta": {"doc_id": "d1", "sentence": 3, "start": 53, "end": 66, "segment": "body"},
        "context": {"previous": "Encryption protects us.", "following": "", "segment": "quote",
                    "speaker_side": "own", "body_type": "civil_society"},
    }
    [example] = read_training_files([write(tmp_path / "p.jsonl", jsonl(record))]).examples
    assert example == SentenceExample(
        text="It must stay.", segment="quote", previous="Encryption protects us.", following="",
        speaker_side="own", body_type="civil_society", stance="favor", roles=None,
        extra={"line": 1, "doc_id": "d1", "sentence": 3, "start": 53, "end": 66},
    )


@pytest.mark.parametrize(
    "record, why",
    [
        ({"text": "S.", "accept": "favor"}, "field 'accept' is not a list"),
        ({"text": "S.", "accept": [7], "options": [{"id": 1, "text": "favor"}]},
         "field 'accept' holds 7, which is no option id with a text label"),
        ({"text": "S.", "accept": ["favor", "against"]}, "more than one stance label (favor, against)"),
    ],
)
def test_prodigy_choice_errors_name_the_line(tmp_path, record, why):
    path = write(tmp_path / "p.jsonl", jsonl({"text": "A.", "accept": []}, record))
    assert raises(path).startswith(f"{path}:2: {why};")


# --- doccano ---------------------------------------------------------------------------------------


def test_doccano_labels_split_into_stance_and_roles_and_roles_count_for_the_whole_file(tmp_path):
    lines = jsonl(
        {"id": 4, "text": "Backdoors hurt everyone.", "label": ["against", "harm_claim"], "doc_id": "d1", "start": 0},
        {"id": 5, "text": "The bill passed.", "label": ["neutral"]},
        {"id": 6, "text": "No labels yet.", "label": []},
    )
    data = read_training_files([write(tmp_path / "doccano.jsonl", lines)])
    assert [(e.text, e.stance, e.roles) for e in data.examples] == [
        ("Backdoors hurt everyone.", "against", ["harm_claim"]),
        ("The bill passed.", "neutral", []),
        ("No labels yet.", None, []),
    ]
    assert data.examples[0].extra == {"line": 1, "doc_id": "d1", "start": 0}
    assert data.files[0]["format"] == "doccano-jsonl"


def test_doccano_file_without_role_labels_leaves_roles_unlabelled(tmp_path):
    lines = jsonl({"text": "A.", "label": ["FAVOR"]}, {"data": "B.", "cats": ["against"]})
    data = read_training_files([write(tmp_path / "doccano.jsonl", lines)])
    assert [(e.text, e.stance, e.roles) for e in data.examples] == [("A.", "favor", None), ("B.", "against", None)]


@pytest.mark.parametrize(
    "key, spans",
    [
        ("label", [[0, 23, "favor"], [24, 36, "against"], [0, 23, "causal_claim"]]),
        ("labels", [[0, 23, "favor"], [24, 36, "against"], [0, 23, "causal_claim"]]),
        ("entities", [{"id": 1, "start_offset": 0, "end_offset": 23, "label": "favor"},
                      {"id": 2, "start_offset": 24, "end_offset": 36, "label": "against"},
                      {"id": 3, "start_offset": 0, "end_offset": 23, "label": "causal_claim"}]),
    ],
)
def test_doccano_sequence_labels_make_one_sentence_per_labelled_span(tmp_path, key, spans):
    record = {"text": "Encryption protects us. Scan it all.", key: spans, "doc_id": "d9"}
    path = write(tmp_path / "doccano.jsonl", jsonl(record))
    assert [(e.text, e.stance, e.roles, e.extra) for e in read_training_files([path]).examples] == [
        ("Encryption protects us.", "favor", ["causal_claim"], {"line": 1, "doc_id": "d9", "start": 0, "end": 23}),
        ("Scan it all.", "against", [], {"line": 1, "doc_id": "d9", "start": 24, "end": 36}),
    ]


def test_doccano_record_without_spans_in_a_sequence_labelling_file_gives_no_example(tmp_path):
    lines = jsonl({"text": "Nothing marked.", "label": []}, {"text": "Keep this.", "label": [[0, 10, "favor"]]})
    data = read_training_files([write(tmp_path / "doccano.jsonl", lines)])
    assert [(e.text, e.stance) for e in data.examples] == [("Keep this.", "favor")]


@pytest.mark.parametrize(
    "record, message",
    [
        ({"text": "Short.", "label": [[0, 60, "favor"]]}, "span 0-60 is not inside the text (6 characters); fix the offsets."),
        ({"text": "Short.", "label": [[0, "6", "favor"]]},
         "field 'label[0]' is neither a label name nor a span [start, end, label] or {start_offset, end_offset, label}; "
         "export the file again from the annotation tool or fix the record."),
        ({"text": "Short.", "label": ["favor", "against"]},
         "more than one stance label (favor, against); keep exactly one per sentence."),
        ({"label": ["favor"]}, "no string `text`; each record needs a string `text`."),
    ],
)
def test_doccano_errors_name_file_and_line(tmp_path, record, message):
    path = write(tmp_path / "doccano.jsonl", jsonl({"text": "Fine.", "label": ["neutral"]}, record))
    assert raises(path) == f"{path}:2: {message}"


def test_doccano_json_list_export_is_read(tmp_path):
    path = write(tmp_path / "doccano.json", json.dumps([{"text": "A.", "label": ["favor"]}, {"text": "B.", "label": []}]))
    data = read_training_files([path])
    assert [(e.text, e.stance) for e in data.examples] == [("A.", "favor"), ("B.", None)]
    assert data.files[0]["format"] == "doccano-json"


# --- Label Studio ----------------------------------------------------------------------------------


def choices(control: str, *chosen: str) -> dict:
    return {"from_name": control, "to_name": "text", "type": "choices", "value": {"choices": list(chosen)}}


def annotation(when: str, *result: dict, cancelled: bool = False) -> dict:
    return {"result": list(result), "was_cancelled": cancelled, "created_at": when, "updated_at": when}


def task(text: str, annotations=(), predictions=(), **data) -> dict:
    return {"id": 1, "data": {"text": text, **data}, "annotations": list(annotations), "predictions": list(predictions)}


@pytest.mark.parametrize(
    "annotations, expected",
    [
        ([annotation("2025-01-01", choices("stance", "favor"))], ("favor", None)),
        ([annotation("2025-01-02", choices("stance", "against")), annotation("2025-01-01", choices("stance", "favor"))],
         ("against", None)),
        ([annotation("2025-01-01", choices("stance", "favor")),
          annotation("2025-01-03", choices("stance", "neutral"), cancelled=True)], ("favor", None)),
        ([annotation("2025-01-01", choices("stance", "Against"), choices("roles", "harm_claim", "evidence"))],
         ("against", ["harm_claim", "evidence"])),
        ([annotation("2025-01-01")], (None, None)),
    ],
)
def test_label_studio_takes_the_latest_annotation_that_was_not_cancelled(tmp_path, annotations, expected):
    path = write(tmp_path / "export.json", json.dumps([task("Encryption matters.", annotations)], indent=2))
    [example] = read_training_files([path]).examples
    assert (example.stance, example.roles) == expected


def test_label_studio_tasks_without_annotation_are_skipped_unless_predictions_are_asked_for(tmp_path):
    tasks = [
        task("Reviewed.", [annotation("2025-01-01", choices("stance", "favor"), choices("roles", "policy_ask"))]),
        task("Only predicted.", predictions=[{"model_version": "m", "result": [choices("stance", "against")]}],
             doc_id="d2", previous="Reviewed.", segment="body"),
        task("Cancelled.", [annotation("2025-01-01", choices("stance", "favor"), cancelled=True)]),
    ]
    path = write(tmp_path / "export.json", json.dumps(tasks, indent=2))
    assert [(e.text, e.stance, e.roles) for e in read_training_files([path]).examples] == [
        ("Reviewed.", "favor", ["policy_ask"])
    ]
    data = read_training_files([path], use_predictions=True)
    assert [(e.text, e.stance, e.roles) for e in data.examples] == [
        ("Reviewed.", "favor", ["policy_ask"]), ("Only predicted.", "against", [])
    ]
    assert (data.examples[1].previous, data.examples[1].segment, data.examples[1].extra["doc_id"]) == (
        "Reviewed.", "body", "d2"
    )
    assert data.files[0]["format"] == "label-studio-json"


def test_label_studio_tasks_one_a_line_and_legacy_completions_are_read(tmp_path):
    lines = jsonl({"data": {"text": "A."}, "completions": [annotation("1", choices("stance", "neutral"))]})
    data = read_training_files([write(tmp_path / "tasks.jsonl", lines)])
    assert [(e.text, e.stance) for e in data.examples] == [("A.", "neutral")]
    assert data.files[0]["format"] == "label-studio-jsonl"


def test_label_studio_file_without_any_annotation_is_an_error(tmp_path):
    path = write(tmp_path / "tasks.json", json.dumps([task("A."), task("B.")]))
    assert raises(path) == (
        f"{path}: none of its 2 Label Studio tasks has a submitted annotation; annotate them and export again, "
        "or pass --use-predictions to train on the tasks' predictions."
    )


def test_label_studio_errors_name_the_line_the_task_starts_on(tmp_path):
    tasks = [task("A.", [annotation("1", choices("stance", "favor"))]), {"id": 2, "data": {"sentence": "B."}}]
    path = write(tmp_path / "tasks.json", json.dumps(tasks, indent=1))
    line = json.dumps(tasks, indent=1).splitlines().index(" {", 2) + 1
    assert raises(path) == (
        f"{path}:{line}: Label Studio task has no string `data.text`; import the tasks `stance export "
        "--format label-studio` wrote, or give each task a `text` field."
    )


def test_label_studio_annotation_without_choices_is_an_error(tmp_path):
    labels = {"from_name": "label", "to_name": "text", "type": "labels", "value": {"start": 0, "end": 1, "labels": ["x"]}}
    path = write(tmp_path / "tasks.json", json.dumps([task("A.", [annotation("1", labels)])]))
    assert raises(path) == (
        f"{path}:1: field 'result' has no `choices` results (found labels); label with the config `stance export` "
        "wrote; export the file again from the annotation tool or fix the record."
    )


@pytest.mark.parametrize(
    "content, line, why",
    [
        ('[\n {"data": {"text": "A."}},\n {"data": \n]', 4, "Expecting value"),
        ('[\n {"data": {"text": "A."}}\n {"data": {"text": "B."}}\n]', 3, "expected ',' or ']' after a list item"),
        ('[\n {"data": {"text": "A."}}\n]\n]', 4, "extra data after the list"),
    ],
)
def test_malformed_json_list_names_the_line(tmp_path, content, line, why):
    path = write(tmp_path / "tasks.json", content)
    assert raises(path) == (
        f"{path}:{line}: malformed JSON ({why}); export the file again from the annotation tool or fix it."
    )


# --- the CSV `stance export` writes ----------------------------------------------------------------

EXPORT_HEADER = "doc_id,sentence,start,end,text,segment,speaker_name,speaker_role,speaker_org,stance,p_favor,roles,role_evidence,body,body_type,date\n"


def test_export_csv_reads_stance_roles_and_restores_neighbours_from_any_row_order(tmp_path):
    content = EXPORT_HEADER + (
        "d1,1,13,36,Encryption protects us.,quote,Jo Bloggs,Director,Privacy Org,Favor,0.9,evidence,0.7,Privacy Org,civil_society,\n"
        "d1,0,0,12,Police warn.,headline,,,,neutral,0.1,,0.1,Privacy Org,civil_society,\n"
        "d2,0,0,5,Text.,body,,,,,,,,,,\n"
    )
    data = read_training_files([write(tmp_path / "corrected.csv", content)])
    assert data.files[0]["format"] == "stance-export-csv"
    first, second, third = data.examples
    assert first == SentenceExample(
        text="Encryption protects us.", segment="quote", previous="Police warn.", following="",
        speaker_side="own", body_type="civil_society", stance="favor", roles=["evidence"],
        extra={"line": 2, "doc_id": "d1", "sentence": 1, "start": 13, "end": 36},
    )
    assert (second.following, second.speaker_side, second.stance, second.roles) == (
        "Encryption protects us.", "publisher", "neutral", []
    )
    assert (third.stance, third.roles) == (None, None)


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
    assert read_training_files([path]).examples == [
        SentenceExample(text="Encryption matters.", stance="favor", extra={"line": 2})
    ]


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


def test_folders_read_annotation_tool_json_and_skip_other_json(tmp_path):
    write(tmp_path / "ls" / "export.json", json.dumps([task("A.", [annotation("1", choices("stance", "favor"))])]))
    write(tmp_path / "ls" / "settings.json", json.dumps({"id": "x", "segments": [["headline", "A."]]}))
    write(tmp_path / "ls" / "numbers.json", "[1, 2, 3]")
    data = read_training_files([tmp_path])
    assert [(Path(f["path"]).name, f["format"]) for f in data.files] == [("export.json", "label-studio-json")]


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
    assert message.startswith(
        f"{path}:2: unknown training data format "
        "(no `sentences`, `cats`, `spans`, `accept`, `answer`, `label` or `data`)"
    )


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
