import copy
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.labels import ROLES, SENTENCE_STANCES
from pipeline.validate import Problem, validate_document, validate_files

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED_GOLD = SHARED / "seed" / "nca-2023-12-07-meta-e2ee.gold.jsonl"

HEADER = "PRESS RELEASE"
HEADLINE = "Police warn over encryption"
BODY = "Encryption protects users. It keeps them safe."
QUOTE = "We must be able to scan messages."
TEXT = f"{HEADER}\n\n{HEADLINE}\n\n{BODY}\n\n\u201c{QUOTE}\u201d"


def _span(part: str, offset: int = 0) -> dict:
    start = TEXT.index(part, offset)
    return {"start": start, "end": start + len(part)}


def _sentence(part: str, stance: str, roles: list[str]) -> dict:
    return {**_span(part), "stance": stance, "roles": roles}


BASE = {
    "id": "test-doc",
    "text": TEXT,
    "meta": {"body": "Some Police", "body_type": "law_enforcement", "date": "2024-01-01"},
    "speakers": [{"id": "s1", "name": "A. Person", "role": "Chief", "org": None}],
    "segments": [
        {**_span(HEADER), "label": "boilerplate"},
        {**_span(HEADLINE), "label": "headline"},
        {**_span(BODY), "label": "body"},
        {**_span(QUOTE), "label": "quote", "speaker": "s1"},
    ],
    "sentences": [
        _sentence(HEADLINE, "against", []),
        _sentence("Encryption protects users.", "favor", ["causal_claim"]),
        _sentence("It keeps them safe.", "favor", []),
        _sentence(QUOTE, "against", ["policy_ask"]),
    ],
    "stance": "against",
}


def make_doc(mutation=None) -> dict:
    doc = copy.deepcopy(BASE)
    if mutation is not None:
        mutation(doc)
    return doc


def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf8")
    return path


def _set(*keys_and_value):
    *keys, value = keys_and_value

    def mutate(doc):
        target = doc
        for key in keys[:-1]:
            target = target[key]
        target[keys[-1]] = value

    return mutate


def _delete(*keys):
    def mutate(doc):
        target = doc
        for key in keys[:-1]:
            target = target[key]
        del target[keys[-1]]

    return mutate


def _shift_start(kind, index, delta):
    def mutate(doc):
        doc[kind][index]["start"] += delta

    return mutate


def _append_sentence(start, end):
    def mutate(doc):
        doc["sentences"].append({"start": start, "end": end, "stance": "neutral", "roles": []})

    return mutate


def _append_speaker(speaker):
    def mutate(doc):
        doc["speakers"].append(speaker)

    return mutate


def test_base_document_is_valid():
    assert validate_document(make_doc(), require_labels=True) == []


def test_seed_gold_is_valid_with_labels_required():
    checked, problems = validate_files([SEED_GOLD], require_labels=True)
    assert checked == 1
    assert problems == []


@pytest.mark.parametrize(
    "mutation, expected_field, phrase",
    [
        (_set("segments", 3, "end", len(TEXT) + 5), "segments[3].end", "past the end of the text"),
        (_set("sentences", 3, "end", len(TEXT) + 1), "sentences[3].end", "past the end of the text"),
        (_set("segments", 0, "start", -1), "segments[0].start", "negative"),
        (_set("segments", 1, "start", BASE["segments"][1]["end"]), "segments[1]", "not before end"),
        (_set("sentences", 2, "end", BASE["sentences"][2]["start"]), "sentences[2]", "not before end"),
        (_shift_start("segments", 2, -4), "segments[2]", "overlaps segments[1]"),
        (_set("segments", 1, "label", "title"), "segments[1].label", "unknown segment label 'title'"),
        (_set("segments", 3, "speaker", "s9"), "segments[3].speaker", "'s9' does not match any id"),
        (_delete("segments", 3, "speaker"), "segments[3].speaker", "quote segment has no speaker"),
        (_set("segments", 2, "speaker", "s1"), "segments[2].speaker", "only quote segments have a speaker"),
        (_set("sentences", 0, "stance", "pro"), "sentences[0].stance", "unknown stance 'pro'"),
        (_set("sentences", 1, "roles", ["privacy_claim"]), "sentences[1].roles", "unknown role 'privacy_claim'"),
        (_set("sentences", 1, "roles", "harm_claim"), "sentences[1].roles", "must be an array of role names"),
        (_append_sentence(0, len(HEADER)), "sentences[4]", "inside boilerplate segments[0]"),
        (_append_sentence(len(HEADER), len(HEADER) + 2), "sentences[4]", "outside every segment"),
        (_set("segments", 1, "end", BASE["segments"][1]["end"] - 3), "sentences[0]", "crosses a segment boundary"),
        (_shift_start("sentences", 2, -3), "sentences[2]", "overlaps sentences[1]"),
        (_delete("text"), "text", "missing"),
        (_set("text", 42), "text", "must be a string, got number 42"),
        (_delete("id"), "id", "missing"),
        (_set("id", ""), "id", "must be a non-empty string"),
        (_set("segments", "headline"), "segments", "must be an array, got string"),
        (_set("sentences", {"start": 0}), "sentences", "must be an array, got an object"),
        (_set("segments", 1, "start", 15.0), "segments[1].start", "must be an integer character offset"),
        (_set("segments", 1, "end", True), "segments[1].end", "must be an integer character offset, got true"),
        (_set("sentences", 0, "start", None), "sentences[0].start", "got null"),
        (_delete("sentences", 0, "end"), "sentences[0].end", "missing"),
        (_set("segments", 2, "body"), "segments[2]", "must be an object, got string"),
        (_set("sentences", 1, 7), "sentences[1]", "must be an object, got number"),
        (_set("meta", "police"), "meta", "must be an object"),
        (_set("meta", "body_type", "police"), "meta.body_type", "unknown body type 'police'"),
        (_set("speakers", "s1"), "speakers", "must be an array"),
        (_set("speakers", 0, "name", 7), "speakers[0].name", "must be a string or null"),
        (_append_speaker({"id": "s1", "name": "B"}), "speakers[1].id", "duplicate speaker id 's1'"),
        (_append_speaker("s2"), "speakers[1]", "must be an object, got string"),
        (_set("speakers", 0, "id", 1), "speakers[0].id", "must be a non-empty string"),
        (_set("sentences", 0, "stance_scores", {"favor": 1.5}), "sentences[0].stance_scores.favor", "in [0, 1]"),
        (_set("sentences", 0, "role_scores", {"evidence": "high"}), "sentences[0].role_scores.evidence", "in [0, 1]"),
        (_set("sentences", 0, "role_scores", [0.5]), "sentences[0].role_scores", "must be an object"),
        (_set("stance", "supportive"), "stance", "unknown document stance 'supportive'"),
    ],
)
def test_each_defect_is_reported_once(mutation, expected_field, phrase):
    problems = validate_document(make_doc(mutation))
    assert len(problems) == 1, problems
    field, message = problems[0]
    assert field == expected_field
    assert phrase in message


def test_non_object_document_is_reported():
    assert validate_document(["not", "a", "doc"]) == [("document", "must be a JSON object, got an array")]


def test_dangling_speaker_after_speakers_are_dropped():
    problems = validate_document(make_doc(_delete("speakers")))
    assert problems == [("segments[3].speaker", "'s1' does not match any id in speakers")]


def test_every_overlapping_pair_is_reported():
    def stack(doc):
        doc["segments"][2]["start"] = doc["segments"][1]["start"]
        doc["segments"][3]["start"] = doc["segments"][1]["start"]

    fields = [field for field, message in validate_document(make_doc(stack)) if "overlaps" in message]
    assert sorted(fields) == ["segments[2]", "segments[3]", "segments[3]"]


def test_placement_is_skipped_when_segments_are_broken():
    """A bad segment offset is one problem, not one more for each sentence inside it."""
    problems = validate_document(make_doc(_set("segments", 2, "end", None)))
    assert [field for field, _ in problems] == ["segments[2].end"]


def test_sentences_without_segments_need_no_placement():
    assert validate_document(make_doc(_delete("segments"))) == []


@pytest.mark.parametrize(
    "mutation, expected_field",
    [
        (_delete("sentences", 1, "stance"), "sentences[1].stance"),
        (_delete("sentences", 2, "roles"), "sentences[2].roles"),
        (_delete("stance"), "stance"),
        (_delete("sentences"), "sentences"),
    ],
)
def test_require_labels(mutation, expected_field):
    doc = make_doc(mutation)
    assert validate_document(doc) == []
    problems = validate_document(doc, require_labels=True)
    assert len(problems) == 1, problems
    assert problems[0][0] == expected_field
    assert "missing" in problems[0][1]


def test_custom_role_is_accepted_when_passed():
    doc = make_doc(_set("sentences", 1, "roles", ["privacy_claim", "harm_claim"]))
    assert validate_document(doc, roles=ROLES + ("privacy_claim",), require_labels=True) == []
    assert validate_document(doc, roles=["privacy_claim", "policy_ask"]) == [
        ("sentences[1].roles", "unknown role 'harm_claim'; expected one of privacy_claim, policy_ask")
    ]


def test_custom_stance_is_accepted_when_passed():
    doc = make_doc(_set("sentences", 0, "stance", "unclear"))
    assert validate_document(doc, stances=SENTENCE_STANCES + ("unclear",)) == []
    assert validate_document(doc)[0][0] == "sentences[0].stance"


def test_extra_fields_are_accepted():
    def add_extras(doc):
        doc["layouts"] = ["newswire_furniture"]
        doc["meta"]["source"] = {"url": "somewhere"}
        doc["segments"][1]["confidence"] = 0.9
        doc["speakers"][0]["confidence"] = 0.8
        doc["speakers"][0]["wikidata"] = "Q1"
        doc["sentences"][0]["comment"] = "checked twice"
        doc["sentences"][0]["stance_scores"] = {"favor": 0.1, "against": 0.8, "neutral": 0.1}
        doc["sentences"][0]["role_scores"] = {role: 0 for role in ROLES}

    assert validate_document(make_doc(add_extras), require_labels=True) == []


def test_file_problems_carry_path_line_and_doc_id(tmp_path):
    good = json.dumps(make_doc())
    bad = json.dumps(make_doc(_set("sentences", 0, "stance", "pro")))
    path = write_jsonl(tmp_path / "docs.jsonl", [good, "", "   ", bad])
    checked, problems = validate_files([path])
    assert checked == 2
    assert problems == [
        Problem(str(path), 4, "test-doc", "sentences[0].stance", problems[0].message)
    ]
    assert str(problems[0]).startswith(f"{path}:4 [test-doc] sentences[0].stance: unknown stance 'pro'")


def test_malformed_json_line_is_reported_with_its_line_number(tmp_path):
    good = json.dumps(make_doc())
    path = write_jsonl(tmp_path / "docs.jsonl", [good, '{"id": "x", "text": ', good, "[1, 2]", "null"])
    checked, problems = validate_files([path])
    assert checked == 2
    assert [(p.line, p.field, p.doc_id) for p in problems] == [(2, "line", None), (4, "line", None), (5, "line", None)]
    assert "malformed JSON" in problems[0].message
    assert "must be a JSON object, got an array" in problems[1].message
    assert "got null" in problems[2].message


def test_deeply_nested_line_is_malformed_not_a_crash(tmp_path):
    path = write_jsonl(tmp_path / "deep.jsonl", ["[" * 100_000])
    checked, problems = validate_files([path])
    assert checked == 0
    assert [(p.line, p.field) for p in problems] == [(1, "line")]
    assert "malformed JSON" in problems[0].message


def test_non_utf8_file_is_a_problem_on_line_0(tmp_path):
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(json.dumps(make_doc()).encode() + b'\n{"id": "x", "text": "caf\xe9"}\n')
    checked, problems = validate_files([path])
    assert checked == 1
    assert [(p.line, p.field) for p in problems] == [(0, "file")]
    assert "not valid UTF-8 on line 2" in problems[0].message


def test_unreadable_file_is_a_problem_on_line_0(tmp_path):
    checked, problems = validate_files([tmp_path / "missing.jsonl", tmp_path])
    assert checked == 0
    assert [(p.line, p.field) for p in problems] == [(0, "file"), (0, "file")]
    assert all("cannot be read" in p.message for p in problems)


def test_single_path_and_keyword_arguments(tmp_path):
    unlabelled = make_doc(_delete("stance"))
    path = write_jsonl(tmp_path / "docs.jsonl", [json.dumps(unlabelled)])
    assert validate_files(path) == (1, [])
    checked, problems = validate_files(str(path), require_labels=True)
    assert [(p.line, p.field) for p in problems] == [(1, "stance")]


def test_problem_prints_on_one_line():
    problem = Problem("a.jsonl", 3, "doc\n1", "text", "missing")
    assert str(problem) == "a.jsonl:3 [doc\\n1] text: missing"
    assert str(Problem("a.jsonl", 0, None, "file", "cannot be read")) == "a.jsonl:0 [-] file: cannot be read"


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 200) | st.floats() | st.text(max_size=8),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=10,
)
SPAN_ITEMS = st.fixed_dictionaries(
    {},
    optional={
        key: st.sampled_from(values) | JSON_VALUES
        for key, values in {
            "start": [0, 3, 20],
            "end": [5, 40, 400],
            "label": ["quote", "body", "boilerplate"],
            "speaker": ["s1", "s2"],
            "stance": ["favor", "neutral"],
            "roles": [["evidence"], [], ["harm_claim", 3]],
            "stance_scores": [{"favor": 0.5}, {"favor": -1}],
            "role_scores": [{"evidence": 2}],
        }.items()
    },
)
DOCUMENTS = st.fixed_dictionaries(
    {},
    optional={
        "id": st.text(max_size=5) | JSON_VALUES,
        "text": st.text(max_size=60) | JSON_VALUES,
        "meta": st.fixed_dictionaries({}, optional={"body_type": st.sampled_from(["media", "x"]) | JSON_VALUES})
        | JSON_VALUES,
        "speakers": st.lists(
            st.fixed_dictionaries({}, optional={k: JSON_VALUES | st.just("s1") for k in ("id", "name", "role", "org")})
            | JSON_VALUES,
            max_size=3,
        )
        | JSON_VALUES,
        "segments": st.lists(SPAN_ITEMS | JSON_VALUES, max_size=4) | JSON_VALUES,
        "sentences": st.lists(SPAN_ITEMS | JSON_VALUES, max_size=4) | JSON_VALUES,
        "stance": st.sampled_from(["mixed", "pro"]) | JSON_VALUES,
    },
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=DOCUMENTS | JSON_VALUES, require_labels=st.booleans())
def test_never_raises_on_malformed_input(doc, require_labels):
    problems = validate_document(doc, require_labels=require_labels)
    assert all(isinstance(field, str) and isinstance(message, str) for field, message in problems)


# --- files from annotation tools: read as `stance train` reads them ---------------------------------


def _choices(control, *chosen):
    return {"from_name": control, "to_name": "text", "type": "choices", "value": {"choices": list(chosen)}}


def _ls_task(text, *results, doc_id="d1", annotated=True):
    annotations = [{"result": list(results), "was_cancelled": False, "updated_at": "2025-01-01"}] if annotated else []
    predictions = [{"model_version": "m", "result": [_choices("stance", "neutral")]}]
    return {"data": {"text": text, "doc_id": doc_id}, "annotations": annotations, "predictions": predictions}


def test_clean_tool_files_have_no_problems_and_count_their_records(tmp_path):
    prodigy = write_jsonl(tmp_path / "p.jsonl", [
        json.dumps({"text": "A.", "accept": ["favor", "evidence"], "answer": "accept"}),
        json.dumps({"text": "B.", "cats": {"against": 1.0}}),
    ])
    doccano = write_jsonl(tmp_path / "d.jsonl", [json.dumps({"text": "C.", "label": ["neutral"]})])
    studio = tmp_path / "ls.json"
    studio.write_text(json.dumps([_ls_task("D.", _choices("stance", "favor"))], indent=2), encoding="utf-8")
    assert validate_files([prodigy, doccano, studio]) == (4, [])


def test_tool_record_problems_carry_path_line_and_doc_id(tmp_path):
    path = write_jsonl(tmp_path / "d.jsonl", [
        json.dumps({"text": "A.", "label": ["favour", "harm_claim"], "doc_id": "d1"}),
        json.dumps({"text": "B.", "label": ["favor", "against"], "doc_id": "d2"}),
        json.dumps({"text": "C.", "label": ["neutral"]}),
    ])
    checked, problems = validate_files([path])
    assert checked == 3
    assert [str(problem) for problem in problems] == [
        f"{path}:1 [d1] label: unknown label 'favour'; expected a stance (favor, against, neutral) "
        "or a role (harm_claim, causal_claim, policy_ask, evidence)",
        f"{path}:2 [d2] record: more than one stance label (favor, against); keep exactly one per sentence.",
    ]


def test_an_extra_role_is_accepted_in_tool_records_when_passed(tmp_path):
    path = write_jsonl(tmp_path / "d.jsonl", [json.dumps({"text": "A.", "label": ["favor", "privacy_claim"]})])
    assert validate_files([path], roles=ROLES + ("privacy_claim",)) == (1, [])


def test_require_labels_asks_tool_records_for_stance_roles_and_an_annotation(tmp_path):
    tasks = [
        _ls_task("A.", _choices("roles", "evidence")),
        _ls_task("B.", _choices("stance", "favor")),
        _ls_task("C.", doc_id="d3", annotated=False),
    ]
    path = tmp_path / "ls.json"
    path.write_text(json.dumps(tasks, indent=2), encoding="utf-8")
    _, problems = validate_files([path], require_labels=True)
    lines = json.dumps(tasks, indent=2).splitlines()
    starts = [number for number, line in enumerate(lines, 1) if line == "  {"]
    assert [(p.line, p.doc_id, p.field) for p in problems] == [
        (starts[0], "d1", "stance"), (starts[2], "d3", "annotations")
    ]
    _, problems = validate_files([path], require_labels=True, use_predictions=True)
    assert [(p.line, p.field) for p in problems] == [(starts[0], "stance")]


def test_label_studio_file_without_annotations_is_a_file_problem_unless_predictions_count(tmp_path):
    path = tmp_path / "ls.json"
    path.write_text(json.dumps([_ls_task("A.", annotated=False)]), encoding="utf-8")
    _, problems = validate_files([path])
    assert [(p.line, p.field) for p in problems] == [(0, "file")]
    assert problems[0].message.startswith("none of its 1 Label Studio tasks has a submitted annotation")
    assert validate_files([path], use_predictions=True) == (1, [])


def test_malformed_json_list_is_a_problem_on_its_line(tmp_path):
    path = tmp_path / "ls.json"
    path.write_text('[\n {"data": {"text": "A."}},\n {"data": \n]\n', encoding="utf-8")
    assert validate_files([path]) == (0, [Problem(
        str(path), 4, None, "line",
        "malformed JSON (Expecting value); export the file again from the annotation tool or fix it.",
    )])


def test_a_corrected_export_csv_is_checked_row_by_row(tmp_path):
    path = tmp_path / "corrected.csv"
    path.write_text(
        "doc_id,sentence,start,end,text,stance,roles\n"
        "d1,0,0,2,A.,favor,evidence\n"
        "d1,1,3,5,B.,favour,\n"
        "d1,2,6,8,C.,,policy ask\n",
        encoding="utf-8",
    )
    _, problems = validate_files([path], require_labels=True)
    assert [(p.line, p.doc_id, p.field, p.message.split(";")[0]) for p in problems] == [
        (3, "d1", "stance", "unknown stance 'favour'"),
        (3, "d1", "roles", "missing"),  # no role cell and no role scores: roles unlabelled
        (4, "d1", "label", "unknown label 'policy ask'"),
        (4, "d1", "stance", "missing"),
    ]


LABEL_NAMES = st.sampled_from(["favor", "against", "evidence", "policy ask"]) | JSON_VALUES
TOOL_RECORDS = st.one_of(
    st.fixed_dictionaries({"text": st.text(max_size=9) | JSON_VALUES}, optional={
        "accept": st.lists(LABEL_NAMES, max_size=3) | JSON_VALUES,
        "options": st.lists(st.fixed_dictionaries({"id": LABEL_NAMES, "text": LABEL_NAMES}) | JSON_VALUES, max_size=3)
        | JSON_VALUES,
        "cats": st.dictionaries(st.text(max_size=5), JSON_VALUES, max_size=3) | JSON_VALUES,
        "meta": JSON_VALUES, "context": JSON_VALUES, "answer": JSON_VALUES,
    }),
    st.fixed_dictionaries({"label": st.lists(LABEL_NAMES | st.lists(JSON_VALUES | LABEL_NAMES, max_size=3), max_size=3)},
                          optional={"text": st.text(max_size=9) | JSON_VALUES, "entities": JSON_VALUES}),
    st.fixed_dictionaries({"data": st.fixed_dictionaries({}, optional={"text": st.text(max_size=9) | JSON_VALUES})},
                          optional={"annotations": st.lists(
                              st.fixed_dictionaries({}, optional={
                                  "result": st.lists(st.fixed_dictionaries({}, optional={
                                      "type": st.just("choices") | JSON_VALUES,
                                      "value": st.fixed_dictionaries({}, optional={"choices": JSON_VALUES}) | JSON_VALUES,
                                  }) | JSON_VALUES, max_size=2) | JSON_VALUES,
                                  "was_cancelled": JSON_VALUES, "updated_at": JSON_VALUES,
                              }) | JSON_VALUES, max_size=2) | JSON_VALUES,
                              "predictions": JSON_VALUES}),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(records=st.lists(TOOL_RECORDS, min_size=1, max_size=3), require_labels=st.booleans(), as_list=st.booleans())
def test_tool_files_never_raise_on_malformed_records(tmp_path, records, require_labels, as_list):
    path = tmp_path / ("tools.json" if as_list else "tools.jsonl")
    path.write_text(json.dumps(records) if as_list else "".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    checked, problems = validate_files([path], require_labels=require_labels)
    assert checked == len(records)
    assert all(isinstance(problem, Problem) and problem.path == str(path) for problem in problems)
