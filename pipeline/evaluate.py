"""`stance evaluate`: score a trained pipeline on labelled data; `evaluate()` returns a dict."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from spacy.language import Language

from .errors import Errors, error_summary
from .metrics import document_stance_accuracy, role_metrics, stance_metrics
from .nlp import MODEL_COMPONENTS, RULE_COMPONENTS, load_pipeline
from .scoring import segment_counts, segment_scores, speaker_matches
from .sentence_pipe import doc_fields
from .training_data import read_training_files


def _predict_document(nlp: Language, gold: dict) -> dict:
    """Predicted segments and speakers, and model labels on the gold sentence spans."""
    doc = nlp.make_doc(gold["text"])
    doc._.doc_id, doc._.meta = gold.get("id"), dict(gold.get("meta") or {})
    for name in RULE_COMPONENTS:
        if name in nlp.pipe_names:
            doc = nlp.get_pipe(name)(doc)
    # the models label the gold sentences, so their scores line up one to one with the gold labels
    doc._.sentences = [{"start": s["start"], "end": s["end"]} for s in gold.get("sentences") or []]
    for name in MODEL_COMPONENTS:
        if name in nlp.pipe_names:
            doc = nlp.get_pipe(name)(doc)
    predicted = doc_fields(doc)
    predicted["stance"] = (doc._.stance or {}).get("stance")
    return predicted


def evaluate_pipeline(nlp: Language, paths) -> dict:
    """Metrics of `nlp` on the labelled files `paths` (see `evaluate`)."""
    data = read_training_files(paths)
    gold_stance, predicted_stance, gold_roles, predicted_roles = [], [], [], []
    doc_gold, doc_predicted = [], []
    counts: Counter = Counter()
    speakers_right = speakers_total = 0
    has_segments = False
    role_labels = list(nlp.get_pipe("e2ee_roles").labels) if "e2ee_roles" in nlp.pipe_names else []
    failed = []
    for gold in data.documents:
        try:
            predicted = _predict_document(nlp, gold)
        except Exception as error:  # noqa: BLE001 - one document the pipeline cannot process must not cost the rest
            failed.append(Errors.E115.format(path=gold.get("path") or ", ".join(map(str, paths)), doc_id=gold.get("id"),
                                             why=error_summary(error)))
            continue
        for g, p in zip(sorted(gold.get("sentences") or [], key=lambda s: s["start"]), predicted["sentences"]):
            if g.get("stance") is not None and "stance" in p:
                gold_stance.append(g["stance"])
                predicted_stance.append(p["stance"])
            if g.get("roles") is not None and "roles" in p:
                gold_roles.append(set(g["roles"]))
                predicted_roles.append(set(p["roles"]))
        if gold.get("stance") and predicted["stance"]:
            doc_gold.append(gold["stance"])
            doc_predicted.append(predicted["stance"])
        if gold.get("segments"):
            has_segments = True
            counts += segment_counts(gold["text"], gold["segments"], predicted["segments"])
            right, total = speaker_matches(gold, predicted)
            speakers_right, speakers_total = speakers_right + right, speakers_total + total
    loose = [e for e in data.examples if e.doc_id is None]  # sentences of documents were scored above
    if loose:
        _predict_examples(nlp, loose, gold_stance, predicted_stance, gold_roles, predicted_roles)
    result = {
        "stance_macro_f1": None, "stance_f_avg": None, "role_micro_f1": None, "role_macro_f1": None,
        "doc_stance_accuracy": document_stance_accuracy(doc_gold, doc_predicted),
        "segment_micro_f1": segment_scores(counts)["segment_micro_f1"] if has_segments else None,
        "speaker_accuracy": speakers_right / speakers_total if speakers_total else None,
        "failed_documents": failed,
    }
    if gold_stance:
        report = stance_metrics(gold_stance, predicted_stance)
        result.update(stance_macro_f1=report["macro_f1"], stance_f_avg=report["f_avg"], stance=report)
    if gold_roles:
        labels = role_labels or sorted({r for roles in gold_roles for r in roles})
        report = role_metrics(gold_roles, predicted_roles, labels=labels)
        result.update(role_micro_f1=report["micro_f1"], role_macro_f1=report["macro_f1"], roles=report)
    if has_segments:
        result["segments"] = segment_scores(counts)["segments"]
    if doc_gold:
        # which document stances are confused with which: "mixed" read as one side, say
        result["documents"] = stance_metrics(doc_gold, doc_predicted)
    return result


def _predict_examples(nlp, examples, gold_stance, predicted_stance, gold_roles, predicted_roles) -> None:
    """Sentence-level data without documents (CSV, Prodigy, SemEval): score the examples directly."""
    if "e2ee_stance" in nlp.pipe_names:
        component = nlp.get_pipe("e2ee_stance")
        labelled = [e for e in examples if e.stance]
        scores = component.predict_examples(labelled) if labelled else []
        for example, row in zip(labelled, scores):
            gold_stance.append(example.stance)
            predicted_stance.append(component.labels[int(row.argmax())])
    if "e2ee_roles" in nlp.pipe_names:
        component = nlp.get_pipe("e2ee_roles")
        labelled = [e for e in examples if e.roles is not None]
        scores = component.predict_examples(labelled) if labelled else []
        sentences = [{} for _ in labelled]
        component.annotate(sentences, scores)  # the same thresholds as in the pipeline
        for example, sentence in zip(labelled, sentences):
            gold_roles.append(set(example.roles))
            predicted_roles.append(set(sentence["roles"]))


def evaluate(model_dir: str | Path, paths) -> dict:
    """Per-label scores, stance confusion matrix, macro-F1, F_avg, role micro/macro F1, document stance
    accuracy (and per-label scores and confusion under "documents"), segment micro-F1 and speaker
    accuracy (None where the data has no such labels)."""
    return evaluate_pipeline(load_pipeline(model_dir), paths)
