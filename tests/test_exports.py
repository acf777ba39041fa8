"""`stance export`: each format from a real run over corpora/demo, re-import, and the round trip
export -> correct one label in the tool's file -> train -> the model predicts the correction."""

import csv
import json
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pyarrow.parquet
import pytest
from click.testing import CliRunner

from conftest import ROOT, write_tiny_csv
from pipeline.cli import main
from pipeline.errors import StanceError
from pipeline.examples import examples_from_document
from pipeline.exports import export
from pipeline.labels import ROLES
from pipeline.results import iter_records
from pipeline.train import train
from pipeline.training_data import read_training_files

DEMO = ROOT / "corpora" / "demo"
NAMES = {"csv": "s.csv", "parquet": "s.parquet", "prodigy": "p.jsonl", "doccano": "d.jsonl", "label-studio": "ls.json"}
STANCES = ["favor", "against", "neutral"]
CONTEXT = ("text", "segment", "previous", "following", "speaker_side", "body_type", "stance", "roles")


def run(corpus, out: Path, model: Path) -> Path:
    result = CliRunner().invoke(main, ["run", str(corpus), "--out", str(out), "--model", str(model), "--no-progress"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def demo_run(tiny_model, tmp_path_factory):
    return run(DEMO, tmp_path_factory.mktemp("demo") / "run", tiny_model)


@pytest.fixture(scope="module")
def records(demo_run):
    return list(iter_records(demo_run))


@pytest.fixture(scope="module")
def exported(demo_run, tmp_path_factory):
    folder = tmp_path_factory.mktemp("exports")
    for fmt, name in NAMES.items():
        export(demo_run, folder / name, fmt)
    return {fmt: folder / name for fmt, name in NAMES.items()}


def expected_rows(records):
    """The csv rows, computed from the records without the export code."""
    rows = []
    for record in records:
        speakers = {speaker["id"]: speaker for speaker in record["speakers"]}
        for index, sentence in enumerate(sorted(record["sentences"], key=lambda s: s["start"])):
            [segment] = [s for s in record["segments"] if s["start"] <= sentence["start"] < s["end"]]
            speaker = speakers.get(segment.get("speaker"), {})
            rows.append({
                "doc_id": record["id"], "sentence": str(index), "start": str(sentence["start"]),
                "end": str(sentence["end"]), "text": record["text"][sentence["start"]:sentence["end"]],
                "segment": segment["label"], "speaker_name": speaker.get("name") or "",
                "speaker_role": speaker.get("role") or "", "speaker_org": speaker.get("org") or "",
                "stance": sentence["stance"],
                **{f"p_{label}": str(sentence["stance_scores"][label]) for label in STANCES},
                "roles": ";".join(sentence["roles"]),
                **{f"role_{label}": str(sentence["role_scores"][label]) for label in ROLES},
                "body": record["meta"].get("body") or "", "body_type": record["meta"].get("body_type") or "",
                "date": record["meta"].get("date") or "",
            })
    return rows


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_csv_has_one_row_per_sentence_with_its_span_text_labels_scores_and_speaker(records, exported):
    rows = read_csv(exported["csv"])
    assert rows == expected_rows(records)
    assert len(rows) == sum(len(record["sentences"]) for record in records)
    assert any(row["segment"] == "quote" and row["speaker_name"] for row in rows)


def test_parquet_holds_the_csv_rows_with_numbers_typed(exported):
    table = pyarrow.parquet.read_table(exported["parquet"])
    assert str(table.schema.field("start").type) == "int64"
    assert str(table.schema.field("p_favor").type) == "double"
    assert table.column_names == list(read_csv(exported["csv"])[0])
    as_text = [{name: "" if value is None else str(value) for name, value in row.items()} for row in table.to_pylist()]
    assert as_text == read_csv(exported["csv"])


@pytest.mark.parametrize("fmt", ["prodigy", "doccano", "label-studio", "csv"])
def test_exports_read_back_as_the_labels_and_context_the_model_predicted_from(records, exported, fmt):
    data = read_training_files([exported[fmt]], use_predictions=True)
    truth = [example for record in records for example in examples_from_document(record)]
    assert [tuple(getattr(e, key) for key in CONTEXT) for e in data.examples] == [
        tuple(getattr(e, key) for key in CONTEXT) for e in truth
    ]
    texts = {record["id"]: record["text"] for record in records}
    assert all(texts[e.extra["doc_id"]][e.extra["start"]:e.extra["end"]] == e.text for e in data.examples)


def test_prodigy_tasks_offer_every_label_and_preselect_the_prediction(records, exported):
    tasks = [json.loads(line) for line in exported["prodigy"].read_text(encoding="utf-8").splitlines()]
    first = records[0]["sentences"][0]
    assert [option["id"] for option in tasks[0]["options"]] == STANCES + list(ROLES)
    assert tasks[0]["accept"] == [first["stance"], *first["roles"]]
    assert (tasks[0]["meta"]["doc_id"], tasks[0]["meta"]["start"], tasks[0]["meta"]["end"]) == (
        records[0]["id"], first["start"], first["end"]
    )
    assert len({task["_input_hash"] for task in tasks}) == len(tasks)


def test_doccano_lines_carry_labels_and_offsets_as_metadata(records, exported):
    lines = [json.loads(line) for line in exported["doccano"].read_text(encoding="utf-8").splitlines()]
    first = records[0]["sentences"][0]
    assert lines[0]["label"] == [first["stance"], *first["roles"]]
    assert (lines[0]["doc_id"], lines[0]["start"], lines[0]["end"]) == (records[0]["id"], first["start"], first["end"])
    assert lines[0]["text"] == records[0]["text"][first["start"]:first["end"]]


def test_label_studio_tasks_predict_choices_the_written_label_config_offers(exported):
    tasks = json.loads(exported["label-studio"].read_text(encoding="utf-8"))
    config = ElementTree.fromstring((exported["label-studio"].parent / "label_config.xml").read_text(encoding="utf-8"))
    offered = {
        choices.get("name"): (choices.get("choice"), [choice.get("value") for choice in choices])
        for choices in config.iter("Choices")
    }
    assert offered == {"stance": ("single-radio", STANCES), "roles": ("multiple", list(ROLES))}
    assert config.find("Text").get("value") == "$text"
    for task in tasks:
        [prediction] = task["predictions"]
        for result in prediction["result"]:
            assert result["to_name"] == "text" and result["type"] == "choices"
            assert set(result["value"]["choices"]) <= set(offered[result["from_name"]][1])
        assert prediction["score"] == max(task["data"][f"p_{label}"] for label in STANCES)


def test_min_confidence_keeps_only_the_sentences_the_model_is_sure_of(records, demo_run, tmp_path):
    report = export(demo_run, tmp_path / "sure.csv", "csv", min_confidence=0.6)
    sure = [s for record in records for s in record["sentences"] if max(s["stance_scores"].values()) >= 0.6]
    rows = read_csv(tmp_path / "sure.csv")
    assert report.sentences == len(rows) == len(sure)
    assert 0 < len(sure) < sum(len(record["sentences"]) for record in records)
    assert all(max(float(row[f"p_{label}"]) for label in STANCES) >= 0.6 for row in rows)


def test_max_confidence_keeps_the_doubtful_sentences_for_review(records, demo_run, tmp_path):
    export(demo_run, tmp_path / "doubtful.jsonl", "doccano", max_confidence=0.5)
    doubtful = [s for record in records for s in record["sentences"] if max(s["stance_scores"].values()) <= 0.5]
    lines = [json.loads(line) for line in (tmp_path / "doubtful.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(line["start"], line["end"]) for line in lines] == [(s["start"], s["end"]) for s in doubtful]
    assert len(doubtful) > 0


def test_confidence_bounds_outside_0_1_are_refused(demo_run, tmp_path):
    with pytest.raises(StanceError, match=r"^Confidence bound 1.5 is not between 0 and 1"):
        export(demo_run, tmp_path / "x.csv", "csv", max_confidence=1.5)


def test_a_run_without_a_model_exports_the_standard_columns_and_no_labels(tmp_path):
    text = "Police warn.\nEncryption helps."
    record = {"id": "d", "text": text, "meta": {}, "speakers": [],
              "segments": [{"start": 0, "end": 12, "label": "headline"}, {"start": 13, "end": 30, "label": "body"}],
              "sentences": [{"start": 0, "end": 12}, {"start": 13, "end": 30}]}
    (tmp_path / "documents.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    export(tmp_path, tmp_path / "s.csv", "csv")
    export(tmp_path, tmp_path / "p.jsonl", "prodigy")
    rows = read_csv(tmp_path / "s.csv")
    assert [(row["text"], row["stance"], row["roles"], row["p_favor"]) for row in rows] == [
        ("Police warn.", "", "", ""), ("Encryption helps.", "", "", "")
    ]
    assert list(rows[0]) == [
        "doc_id", "sentence", "start", "end", "text", "segment", "speaker_name", "speaker_role", "speaker_org",
        "stance", "p_favor", "p_against", "p_neutral", "roles", "role_harm_claim", "role_causal_claim",
        "role_policy_ask", "role_evidence", "body", "body_type", "date",
    ]
    assert [json.loads(line)["accept"] for line in (tmp_path / "p.jsonl").read_text().splitlines()] == [[], []]
    assert [(e.stance, e.roles) for e in read_training_files([tmp_path / "s.csv"]).examples] == [(None, None)] * 2


def test_a_broken_run_file_stops_the_export_and_leaves_no_file(tmp_path, records):
    source = tmp_path / "documents.jsonl"
    source.write_text(json.dumps(records[0]) + "\n{broken\n", encoding="utf-8")
    with pytest.raises(StanceError, match=r"documents.jsonl:2: malformed JSON"):
        export(source, tmp_path / "out.csv", "csv")
    source.write_text(json.dumps({**records[0], "sentences": [{"start": 5, "end": 10 ** 6}]}) + "\n", encoding="utf-8")
    with pytest.raises(StanceError) as error:
        export(source, tmp_path / "out.csv", "csv")
    assert str(error.value) == (
        f"{source}: record 1 cannot be exported (sentences[0] has no offsets inside its text); "
        "pass the documents.jsonl that `stance run` wrote."
    )
    assert sorted(path.name for path in tmp_path.iterdir()) == ["documents.jsonl"]


def test_cli_export_writes_tasks_and_label_config_into_a_new_folder(demo_run, records, tmp_path):
    out = tmp_path / "review" / "tasks.json"
    result = CliRunner().invoke(main, ["export", str(demo_run), "--format", "label-studio", "--out", str(out)])
    assert result.exit_code == 0, result.output
    total = sum(len(record["sentences"]) for record in records)
    assert result.output == f"{total} sentences -> {out}, {out.parent / 'label_config.xml'}\n"


@pytest.mark.parametrize(
    "args, message",
    [
        (["--format", "csv"], "no documents.jsonl here"),
        (["--format", "csv", "--min-confidence", "1.5"], "1.5 is not in the range 0<=x<=1"),
        (["--format", "xlsx"], "'xlsx' is not one of"),
    ],
)
def test_cli_export_refuses_bad_input_with_exit_status_2(tmp_path, args, message):
    result = CliRunner().invoke(main, ["export", str(tmp_path), *args, "--out", str(tmp_path / "x")])
    assert result.exit_code == 2
    assert message in result.output


# --- the round trip: export -> correct one sentence in the tool's file -> train -> new prediction --------


@pytest.fixture(scope="module")
def round_trip(tiny_model, tmp_path_factory):
    """A run over one demo file, the sentence to correct and the model trained on the uncorrected export.

    The corrected sentence is the least certain one whose top two stances are at least 0.1 apart (a
    reviewer's typical pick); it is corrected to the runner-up stance.
    """
    folder = tmp_path_factory.mktemp("round_trip")
    corpus = DEMO / "more-statements.jsonl"
    run_dir = run(corpus, folder / "run", tiny_model)
    base = write_tiny_csv(folder / "tiny.csv")
    candidates = []
    for record in iter_records(run_dir):
        for sentence in record["sentences"]:
            top, second = sorted(sentence["stance_scores"].items(), key=lambda item: -item[1])[:2]
            if top[1] - second[1] >= 0.1:
                candidates.append((top[1] - second[1], record["id"], sentence, second[0]))
    _, doc_id, sentence, corrected = min(candidates, key=lambda candidate: candidate[0])
    case = {"corpus": corpus, "run": run_dir, "base": base, "doc_id": doc_id, "sentence": sentence,
            "corrected": corrected}
    export(run_dir, folder / "unedited.jsonl", "prodigy")
    train([base, folder / "unedited.jsonl"], folder / "control")
    case["control_stance"] = predicted_stance(folder / "control", case, folder / "control_run")
    return case


def predicted_stance(model: Path, case: dict, out: Path) -> str:
    run(case["corpus"], out, model)
    [record] = [record for record in iter_records(out) if record["id"] == case["doc_id"]]
    [sentence] = [s for s in record["sentences"] if s["start"] == case["sentence"]["start"]]
    return sentence["stance"]


def is_target(case, doc_id, start) -> bool:
    return doc_id == case["doc_id"] and start == case["sentence"]["start"]


def correct_prodigy(path: Path, case: dict) -> None:
    """What Prodigy's choice interface returns: the reviewer's `accept`, and an `answer` on every task."""
    tasks = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for task in tasks:
        if is_target(case, task["meta"]["doc_id"], task["meta"]["start"]):
            task["accept"] = [case["corrected"], *task["accept"][1:]]
        task["answer"] = "accept"
    path.write_text("".join(json.dumps(task) + "\n" for task in tasks), encoding="utf-8")


def correct_doccano(path: Path, case: dict) -> None:
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for line in lines:
        if is_target(case, line["doc_id"], line["start"]):
            line["label"] = [case["corrected"], *line["label"][1:]]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")


def correct_label_studio(path: Path, case: dict) -> None:
    """Label Studio's export: the task keeps its prediction and gains annotations; the latest one that
    was not cancelled holds the correction (an older one agrees with the model, a newer one was cancelled)."""
    tasks = json.loads(path.read_text(encoding="utf-8"))
    for task in tasks:
        if is_target(case, task["data"]["doc_id"], task["data"]["start"]):
            predicted = task["predictions"][0]["result"]
            stance = {"from_name": "stance", "to_name": "text", "type": "choices"}
            task["annotations"] = [
                {"id": 1, "result": predicted, "was_cancelled": False, "updated_at": "2025-01-01T10:00:00Z"},
                {"id": 2, "result": [{**stance, "value": {"choices": [case["corrected"]]}}, *predicted[1:]],
                 "was_cancelled": False, "updated_at": "2025-01-02T10:00:00Z"},
                {"id": 3, "result": predicted, "was_cancelled": True, "updated_at": "2025-01-03T10:00:00Z"},
            ]
    path.write_text(json.dumps(tasks, indent=2), encoding="utf-8")


def correct_csv(path: Path, case: dict) -> None:
    rows = read_csv(path)
    for row in rows:
        if is_target(case, row["doc_id"], int(row["start"])):
            row["stance"] = case["corrected"]
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


@pytest.mark.parametrize(
    "fmt, name, correct",
    [
        ("prodigy", "reviewed.jsonl", correct_prodigy),
        ("doccano", "reviewed.jsonl", correct_doccano),
        ("label-studio", "reviewed.json", correct_label_studio),
        ("csv", "reviewed.csv", correct_csv),
    ],
)
def test_a_label_corrected_in_the_tool_changes_the_retrained_models_prediction(round_trip, tmp_path, fmt, name, correct):
    case = round_trip
    original = case["sentence"]["stance"]
    assert case["corrected"] != original
    # without the correction, retraining on the export keeps the model's original answer
    assert case["control_stance"] == original

    reviewed = tmp_path / name
    export(case["run"], reviewed, fmt)
    correct(reviewed, case)
    data = read_training_files([reviewed], use_predictions=True)
    [example] = [e for e in data.examples if is_target(case, e.extra["doc_id"], e.extra["start"])]
    assert example.stance == case["corrected"]

    result = CliRunner().invoke(
        main, ["train", str(case["base"]), str(reviewed), "--out", str(tmp_path / "model"), "--use-predictions"]
    )
    assert result.exit_code == 0, result.output
    assert predicted_stance(tmp_path / "model", case, tmp_path / "new_run") == case["corrected"]
