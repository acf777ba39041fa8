"""`stance train`: fit the role and stance components on labelled data and write a pipeline directory."""

from __future__ import annotations

import copy
import json
import os
import shutil
import tempfile
import time
import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy
from joblib import Parallel, delayed
from scipy.special import expit
from sklearn.exceptions import ConvergenceWarning
from sklearn.model_selection import GroupKFold, StratifiedKFold

from .errors import Errors, StanceError
from .doc_stance import DocumentStanceModel
from .doc_text import DocumentTextModel, document_text, text_out_of_fold
from .estimators import STANCE_OPTIONS, RoleModel, StanceModel, platt
from .examples import SentenceExample
from .metrics import role_metrics, stance_metrics
from .model_card import write_model_card
from .model_io import library_versions, write_manifest
from .nlp import build_pipeline
from .rules.config import DEFAULT_CONFIGS
from .stance_context import StanceContext
from .training_data import TrainingData, read_training_files


def load_train_config(path: str | Path | None = None) -> dict:
    """configs/train.json, overridden key by key by a user's JSON file."""
    config = json.loads((DEFAULT_CONFIGS / "train.json").read_text(encoding="utf-8"))
    if path:
        user = json.loads(Path(path).read_text(encoding="utf-8"))
        for key, value in user.items():
            both = isinstance(config.get(key), dict) and isinstance(value, dict)
            config[key] = {**config[key], **value} if both else value  # null switches a section off
    return config


def _folds(examples: list[SentenceExample], labels, n_folds: int):
    """Folds by document when examples come from documents (no leakage between sentences of one doc)."""
    groups = [e.doc_id or f"#{i}" for i, e in enumerate(examples)]
    if len(set(groups)) >= n_folds and any(e.doc_id for e in examples):
        return list(GroupKFold(n_splits=n_folds).split(examples, labels, groups))
    return list(StratifiedKFold(n_splits=n_folds, shuffle=True, random_state=0).split(examples, labels))


def out_of_fold(make_model, examples, targets, n_folds: int, stratify, columns: list | None = None,
                method: str = "predict_proba", fold_features: list | None = None) -> numpy.ndarray:
    """Cross-validated probabilities (or another `method`'s scores): each example scored by a model
    that never saw its document.

    With `columns` (the global class labels), each fold's classes are placed in the right column
    even when a fold lacks a class. The folds are fitted in parallel on threads, one per core: the SVM
    fits release the GIL, and threads share the examples and features a process would have to be sent.
    `fold_features`: per fold, a featurizer fitted on the fold's training sentences and its matrix of
    all the examples (`fold_features`, for the same examples and folds), shared by the stance and
    role models instead of each fold fitting and featurising its own.
    """
    folds = _folds(examples, stratify, n_folds)
    jobs = max(1, min(len(folds), os.cpu_count() or 1))
    results = Parallel(n_jobs=jobs, prefer="threads")(
        delayed(_fit_fold)(make_model, examples, targets, train_index, test_index, columns, method,
                           *(fold_features[k] if fold_features else (None, None)))
        for k, (train_index, test_index) in enumerate(folds))
    scores = numpy.zeros((len(examples), results[0].shape[1]))
    for (_, test_index), predicted in zip(folds, results):
        scores[test_index] = predicted
    return scores


def _fit_fold(make_model, examples, targets, train_index, test_index, columns, method, featurizer,
              features) -> numpy.ndarray:
    rows = (lambda index: None) if features is None else (lambda index: features[index])
    model = make_model().fit([examples[i] for i in train_index], targets[train_index], featurizer=featurizer,
                             features=rows(train_index))
    test_examples = [examples[i] for i in test_index]
    predicted = getattr(model, method)(test_examples, features=rows(test_index))
    if columns is not None:
        aligned = numpy.zeros((len(test_examples), len(columns)))
        aligned[:, [columns.index(c) for c in model.classes_]] = predicted
        predicted = aligned
    return predicted


def choose_thresholds(truth: numpy.ndarray, scores: numpy.ndarray, labels: list[str], grid: list[float]) -> dict:
    """Per role, the threshold on held-out scores that maximises that role's F1."""
    chosen = {}
    for column, label in enumerate(labels):
        best, best_f1 = 0.5, -1.0
        for threshold in grid:
            predicted = scores[:, column] >= threshold
            tp = int(numpy.sum(predicted & (truth[:, column] == 1)))
            fp = int(numpy.sum(predicted & (truth[:, column] == 0)))
            fn = int(numpy.sum(~predicted & (truth[:, column] == 1)))
            f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
            if f1 > best_f1:
                best, best_f1 = threshold, f1
        chosen[label] = best
    return chosen


def _train_stance(data: TrainingData, config: dict, lexicons: dict, fold_features=None) -> tuple[dict, dict | None]:
    """(cross-validated report, what the final fits need)."""
    examples = [e for e in data.examples if e.stance]
    if not examples:
        return {}, None
    y = numpy.array([e.stance for e in examples])
    settings = config["stance"]
    labels = sorted(set(y))
    folds = min(config["cv_folds"], int(numpy.unique(y, return_counts=True)[1].min()))
    report, held_out, first_stage = {}, [], None
    stacking = config.get("stacking")
    with ThreadPoolExecutor(max_workers=1) as background:
        # the document text model needs only the gold documents: it fits while the sentence folds do
        document_text = background.submit(_document_text, data.documents, config["document"])
        if folds >= 2:
            shared = fold_features if folds == config["cv_folds"] else None  # fewer folds: other splits
            scores = out_of_fold(lambda: StanceModel(lexicons, **settings), examples, y, folds, y, columns=labels,
                                 fold_features=shared)
            if stacking:
                first_stage = scores
                scores = _context_out_of_fold(examples, first_stage, y, labels, folds, stacking["C"])
            predicted = [labels[i] for i in scores.argmax(axis=1)]
            report = stance_metrics(list(y), predicted, positive=tuple(config["positive_stances"]))
            held_out = _documents_with_scores(data.documents, examples, scores, labels)
        text_scores, text_model = document_text.result()
    if held_out:
        report["document_accuracy"] = _document_cv_accuracy(held_out, folds, config["document"], text_scores,
                                                             text_model)
    return report, {"examples": examples, "documents": held_out, "first_stage": first_stage,
                    "stacking": stacking, "text_scores": text_scores, "text_model": text_model, **settings}


def _context_out_of_fold(examples, first_stage, y, labels, n_folds: int, C: float) -> numpy.ndarray:
    """The context stage's held-out probabilities, over the sentence model's out-of-fold scores."""
    scores = numpy.zeros_like(first_stage)

    def fold(train_index, test_index):
        model = StanceContext(C=C).fit([examples[i] for i in train_index], first_stage[train_index],
                                       y[train_index], labels)
        scores[test_index] = model.predict_proba([examples[i] for i in test_index], first_stage[test_index])

    # the folds on threads: each fit is single-threaded numpy, which releases the GIL
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        for future in [pool.submit(fold, *indices) for indices in _folds(examples, y, n_folds)]:
            future.result()
    return scores


def _documents_with_scores(documents, examples, scores, labels) -> list[dict]:
    """Gold documents whose sentences carry the out-of-fold stance scores (document model training)."""
    by_key = {(e.doc_id, e.start): row for e, row in zip(examples, scores)}
    records = []
    for document in documents:
        if not document.get("stance"):
            continue
        sentences = []
        for sentence in document.get("sentences") or []:
            row = by_key.get((document.get("id"), sentence["start"]))
            if row is not None:
                sentences.append({"start": sentence["start"], "end": sentence["end"],
                                  "stance_scores": dict(zip(labels, map(float, row)))})
        records.append({**document, "sentences": sentences})
    return records


def _document_text(documents: list[dict], settings: dict) -> tuple[numpy.ndarray | None, DocumentTextModel | None]:
    """The document text model's held-out probabilities for the documents with a stance, in order
    (the order of `_documents_with_scores`), and the model fitted on all of them; (None, None)
    when the config switches it off or a stance has too few documents."""
    labelled = [d for d in documents if d.get("stance")]
    C, min_df = settings.get("text_C"), settings.get("text_min_df", 10)
    if not C or not labelled:
        return None, None
    texts, stances = [document_text(d) for d in labelled], [d["stance"] for d in labelled]
    scores = text_out_of_fold(texts, stances, C, min_df)
    return (scores, DocumentTextModel(C, min_df).fit(texts, stances)) if scores is not None else (None, None)


def _document_cv_accuracy(records: list[dict], folds: int, settings: dict, text_scores=None,
                          text_model=None) -> float | None:
    stances = [r["stance"] for r in records]
    smallest = min(stances.count(s) for s in set(stances))
    folds = min(folds, smallest)
    if len(set(stances)) < 2 or folds < 2:
        return None  # too few documents of some stance to hold any out
    correct = 0
    for train_index, test_index in StratifiedKFold(n_splits=folds, shuffle=True, random_state=0).split(records, stances):
        # the text model's probabilities are held out already (stacking): no text model per fold
        held = (lambda index: text_scores[index]) if text_scores is not None else (lambda index: None)
        model = DocumentStanceModel(**settings).fit([records[i] for i in train_index], [stances[i] for i in train_index],
                                                    held(train_index), text_model)
        predicted = model.predict_proba([records[i] for i in test_index], text_scores=held(test_index)).argmax(axis=1)
        correct += sum(model.classes_[p] == stances[i] for p, i in zip(predicted, test_index))
    return correct / len(records)


def _train_roles(data: TrainingData, config: dict, lexicons: dict, fold_features=None) -> tuple[dict, dict | None]:
    examples = [e for e in data.examples if e.roles is not None]
    labels = sorted({role for e in examples for role in e.roles})
    if not examples or not labels:
        return {}, None
    truth = numpy.array([[role in e.roles for role in labels] for e in examples], dtype=int)
    settings = config["roles"]
    stratify = truth.argmax(axis=1) * truth.max(axis=1)
    classifier = settings.get("classifier", "logistic")
    thresholds = {label: settings["default_threshold"] for label in labels}
    report, calibration = {}, None
    if len(examples) >= 2 * config["cv_folds"]:
        def make_model():
            return RoleModel(lexicons, labels, C=settings["C"], char_ngrams=settings["char_ngrams"],
                             classifier=classifier, max_iter=settings.get("max_iter", 1000))
        if classifier == "svm":
            # the SVMs' held-out margins give each role's sigmoid (Platt) and then its threshold
            margins = out_of_fold(make_model, examples, truth, config["cv_folds"], stratify,
                                  method="decision_function", fold_features=fold_features)
            calibration = [platt(margins[:, c], truth[:, c]) for c in range(len(labels))]
            scores = expit(margins * [a for a, _ in calibration] + [b for _, b in calibration])
        else:
            scores = out_of_fold(make_model, examples, truth, config["cv_folds"], stratify,
                                 fold_features=fold_features)
        thresholds = choose_thresholds(truth, scores, labels, config["threshold_grid"])
        predicted = [
            {label for column, label in enumerate(labels) if scores[row, column] >= thresholds[label]}
            for row in range(len(examples))
        ]
        report = role_metrics([set(e.roles) for e in examples], predicted, labels=labels)
    return report, {"examples": examples, "labels": labels, "thresholds": thresholds, "calibration": calibration,
                    "classifier": classifier, **settings}


def train(paths, out_dir: str | Path, *, config_path: str | Path | None = None, dev_paths=None,
          use_predictions: bool = False) -> dict:
    """Train on `paths` (ANNOTATION.md JSONL, Prodigy JSONL, doccano, Label Studio, CSV, SemEval TSV)
    and write a pipeline. `use_predictions`: see `read_training_files`.

    RETURNS: the model card's metadata (data files, labels and counts, hyper-parameters,
    cross-validated metrics, dev metrics when `dev_paths` are given, versions, training time).
    """
    started = time.perf_counter()
    config = load_train_config(config_path)
    # A `max_iter` below scikit-learn's 1,000 in the config stops the SVMs early on purpose (estimators.py):
    # liblinear's warning that it stopped there says nothing then. Filtered here, on the calling thread,
    # for the fits on threads below (`catch_warnings` is not thread-safe, so not inside them); while
    # training runs the filter holds for the whole process, and a config that leaves `max_iter` at
    # 1,000 or more keeps every warning.
    capped = any(((config.get(key) or {}).get("max_iter") or 1000) < 1000 for key in ("stance", "roles"))
    with warnings.catch_warnings():
        if capped:
            warnings.filterwarnings("ignore", message="Liblinear failed to converge", category=ConvergenceWarning)
        return _train(paths, out_dir, config=config, dev_paths=dev_paths, use_predictions=use_predictions, started=started)


def _train(paths, out_dir: str | Path, *, config: dict, dev_paths, use_predictions: bool, started: float) -> dict:
    data = read_training_files(paths, use_predictions=use_predictions)
    lexicons = json.loads((DEFAULT_CONFIGS / "lexicons.json").read_text(encoding="utf-8"))
    folds, (shared, features) = fold_features(data, lexicons, config)
    stance_report, stance_fit = _train_stance(data, config, lexicons, folds)
    role_report, role_fit = _train_roles(data, config, lexicons, folds)
    del folds  # the folds' matrices (about 110 MB each on the whole corpus): not needed by the final fits
    if stance_fit is None and role_fit is None:
        raise StanceError(Errors.E055.format(what="stance or role", paths=", ".join(map(str, paths))))
    nlp = build_pipeline()
    stance_settings = {k: stance_fit[k] for k in STANCE_OPTIONS if k in stance_fit} if stance_fit else {}
    if shared is None and stance_fit and role_fit:
        shared = _shared_featurizer(data, lexicons, stance_settings, role_fit)
    fits = []
    if role_fit is not None:
        roles = nlp.add_pipe("e2ee_roles", config={"C": role_fit["C"], "default_threshold": role_fit["default_threshold"],
                                                   "char_ngrams": list(role_fit["char_ngrams"]),
                                                   "classifier": role_fit["classifier"],
                                                   "max_iter": role_fit.get("max_iter", 1000)})
        roles.initialize(lexicons=lexicons)
        fits.append(lambda: roles.fit(role_fit["examples"], labels=role_fit["labels"], featurizer=shared,
                                      calibration=role_fit["calibration"], features=features))
    if stance_fit is not None:
        stance = nlp.add_pipe("e2ee_stance", config=stance_settings)
        stance.initialize(lexicons=lexicons)
        fits.append(lambda: stance.fit(stance_fit["examples"], featurizer=shared, features=features))
    # the two final fits side by side: liblinear releases the GIL while it fits
    with ThreadPoolExecutor(max_workers=len(fits)) as pool:
        for future in [pool.submit(fit) for fit in fits]:
            future.result()
    if role_fit is not None:
        roles.cfg["thresholds"] = role_fit["thresholds"]
    if stance_fit is not None:
        if stance_fit["first_stage"] is not None:
            stance.fit_context(stance_fit["examples"], stance_fit["first_stage"], C=stance_fit["stacking"]["C"])
        stance.fit_documents(stance_fit["documents"], stance_fit["text_scores"], stance_fit["text_model"],
                             **config["document"])
    card = {
        "name": config["model_name"],
        "version": config["model_version"],
        "data": data.files,
        "labels": _label_counts(data.examples),
        "hyperparameters": {"stance": config["stance"], "roles": config["roles"], "document": config["document"],
                            "stacking": config.get("stacking"), "cv_folds": config["cv_folds"]},
        "role_thresholds": role_fit["thresholds"] if role_fit else {},
        "cross_validated": {"stance": stance_report, "roles": role_report},
        "versions": library_versions(),
    }
    if dev_paths:
        from .evaluate import evaluate_pipeline

        card["dev"] = evaluate_pipeline(nlp, dev_paths)
    card["training_seconds"] = round(time.perf_counter() - started, 2)
    nlp.meta.update({"name": config["model_name"], "version": config["model_version"]})
    _write_atomically(nlp, Path(out_dir), card)
    return card


def _common_featurizer(lexicons: dict, stance_settings: dict, role_settings: dict):
    """An unfitted featurizer both models can share, or None when their feature options differ
    (per-target stance models keep their own)."""
    stance = StanceModel(lexicons, **stance_settings)
    featurizer = stance.featurizer()
    roles = RoleModel(lexicons, [], char_ngrams=role_settings["char_ngrams"])
    if stance.per_target or featurizer.settings() != roles.featurizer().settings():
        return None
    return featurizer


def _shared_featurizer(data: TrainingData, lexicons: dict, stance_settings: dict, role_settings: dict):
    """One featurizer fitted on every labelled sentence for both models, when their feature options
    agree: the pipeline then featurises each batch once."""
    featurizer = _common_featurizer(lexicons, stance_settings, role_settings)
    if featurizer is None:
        return None
    return featurizer.fit([e for e in data.examples if e.stance or e.roles is not None])


def fold_features(data: TrainingData, lexicons: dict, config: dict) -> tuple[list | None, tuple]:
    """(per cross-validation fold, a featurizer fitted on the fold's training sentences and its
    matrix of all the labelled sentences; the same for a featurizer fitted on all of them), shared by
    the stance and role models' out-of-fold and final fits: each sentence is featurised once per
    fold instead of once per fold and model, and the four fits run in parallel.

    (None, (None, None)) unless both models label the same sentences of documents (then their folds
    by document are the same, and a matrix's rows are both models' examples) and featurise alike.
    """
    stance_examples = [e for e in data.examples if e.stance]
    role_examples = [e for e in data.examples if e.roles is not None]
    n_folds = config["cv_folds"]
    if (not config.get("roles") or not stance_examples or len(stance_examples) != len(role_examples)
            or any(a is not b for a, b in zip(stance_examples, role_examples))
            or not any(e.doc_id for e in stance_examples)
            or len({e.doc_id for e in stance_examples}) < n_folds):
        return None, (None, None)
    settings = {k: v for k, v in config["stance"].items() if k in STANCE_OPTIONS}
    featurizer = _common_featurizer(lexicons, settings, config["roles"])
    if featurizer is None:
        return None, (None, None)
    parts = [[stance_examples[i] for i in train_index] for train_index, _ in _folds(stance_examples, None, n_folds)]
    jobs = max(1, min(len(parts) + 1, os.cpu_count() or 1))
    fitted = Parallel(n_jobs=jobs, prefer="threads")(delayed(_fit_and_transform)(featurizer, part, stance_examples)
                                                     for part in [stance_examples, *parts])
    return fitted[1:], fitted[0]


def _fit_and_transform(featurizer, part, examples) -> tuple:
    # a copy per fit: the fits run on threads, and one unfitted featurizer is handed to all of them
    fitted = copy.deepcopy(featurizer).fit(part)
    return fitted, fitted.transform(examples)


def _label_counts(examples: list[SentenceExample]) -> dict:
    stances: dict[str, int] = {}
    roles: dict[str, int] = {}
    for example in examples:
        if example.stance:
            stances[example.stance] = stances.get(example.stance, 0) + 1
        for role in example.roles or []:
            roles[role] = roles.get(role, 0) + 1
    return {"stance": dict(sorted(stances.items())), "roles": dict(sorted(roles.items())),
            "examples": len(examples)}


def _write_atomically(nlp, out_dir: Path, card: dict) -> None:
    """Write the pipeline and its card into a temporary folder, then swap it into place.

    An existing `out_dir` is replaced only when it is a pipeline directory (or empty).
    """
    if out_dir.exists() and any(out_dir.iterdir()) and not (out_dir / "config.cfg").exists():
        raise StanceError(Errors.E058.format(path=out_dir))
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    umask = os.umask(0)
    os.umask(umask)
    staging.chmod(0o777 & ~umask)  # mkdtemp makes 0700: the model folder should be readable like any other
    try:
        nlp.to_disk(staging)
        write_model_card(staging, card)
        write_manifest(staging)  # last: it covers every file written above
        if out_dir.exists():
            backup = out_dir.with_name(f".{out_dir.name}.old")
            shutil.rmtree(backup, ignore_errors=True)
            out_dir.rename(backup)
            staging.rename(out_dir)
            shutil.rmtree(backup, ignore_errors=True)
        else:
            staging.rename(out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
