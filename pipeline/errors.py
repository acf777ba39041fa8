"""Coded errors in spaCy's `errors.py` style: each says what went wrong and what to do next."""


class Errors:
    E001 = "{path}: file is empty; remove it or add the statement's text."
    E002 = "{path}: looks binary ({why}); only .txt, .md, .html, .htm and .jsonl statements are read."
    E003 = "{path}: not valid UTF-8 and no unambiguous encoding found; re-save it as UTF-8."
    E004 = "{path}: {size:,} bytes exceeds the {limit:,}-byte limit; split it or raise --max-bytes."
    E005 = "{path}: cannot be read ({why}); check that it exists and is readable."
    E006 = "{path}:{line}: malformed JSON ({why}); fix or remove the line."
    E007 = "{path}:{line}: {why}; each line must be an object with a string `text`."
    E008 = "{path}: duplicate document id {doc_id!r} (first seen in {first}); rename one of them."
    E009 = "{path}:{line}: metadata row refused ({why}); fix metadata.csv."
    E010 = "{path}: no text left after extracting the HTML main content."
    E011 = "{path}:{line}: line of {size:,} bytes exceeds the {limit:,}-byte limit; split the document."
    E012 = "{path}: unsupported file type {suffix!r}; only .txt, .md, .html, .htm and .jsonl statements are read."
    E013 = "{path}: symbolic link leads outside the corpus folder {root}; skipped, copy the target into the folder."
    E014 = "{path}: metadata.csv cannot be used ({why}); its files get no metadata until it is fixed."
    E015 = "{path}:{line}: meta field {field!r} dropped ({why}); fix the line's `meta`."
    E016 = "{path}: document {doc_id!r} could not be processed ({why}); it was skipped, please report it."
    E020 = "Rule configs not found at {path}; pass a configs directory or run from a source checkout."
    E021 = "{path}: rule file is not valid ({why}); fix the JSON in configs/."
    E022 = "Component '{name}' has no rules yet; call nlp.initialize() or load a saved pipeline."
    E060 = "{path}: no documents.jsonl here; pass the output folder of `stance run` or a JSONL file it wrote."
    E061 = "{path}:{line}: malformed JSON ({why}); re-run `stance run` to rebuild the output."
    E062 = "{path}: no store.sqlite here; pass the output folder of `stance run` or its store.sqlite."
    E063 = "{path}: the store cannot be opened ({why}); delete it and re-run `stance run` to rebuild it."
    E064 = ("{path}: store schema version {found} but this version of the tool writes {expected}; "
            "delete it or run into a new --out folder.")
    E065 = ("{path}: another `stance run` is writing to this folder; wait for it to finish or choose "
            "another --out.")
    E066 = "{path}: cannot write output ({why}); free disk space or choose another --out. Earlier output is intact."
    E072 = ("{path}: not a store written by `stance run`; pass the run's output folder or its store.sqlite "
            "(the file itself is left as it is).")
    E074 = ("Unknown role classifier {value!r}; set \"classifier\" in the \"roles\" section of the training "
            "config to 'logistic' or 'svm'.")
    E073 = "Cannot reach the Dask scheduler {address} ({why}); check --scheduler, or leave it out for a local cluster."
    E067 = "Unknown backend {backend!r}; use 'local' or 'dask'."
    E068 = ("The Dask backend needs a pipeline directory it can load on every worker (--model DIR or "
            "--rules-only), not a pipeline object.")
    E069 = "{path}: worker failed on this batch ({why}); the documents were skipped, re-run to retry them."
    E120 = "{path}: record {number} cannot be shown ({why}); pass the documents.jsonl that `stance run` wrote."
    E121 = "{path}: document {doc_id!r} cannot be shown ({why}); check the file with `stance validate`."
    E122 = "{path}: document id {doc_id!r} appears more than once; give every document its own id."
    E123 = "{path}: cannot write the views ({why}); choose another --out folder."
    E070 = "{path}: checksum manifest unreadable ({why}); retrain with `stance train` or restore the model directory."
    E071 = ("{path} {what} (its checksum is not the one recorded in checksums.json); the model directory was "
            "changed after training. Restore it, or retrain with `stance train`.")
    W059 = ("{path}: no checksums.json, so only the model files' own checksums are verified; "
            "save pipelines with `stance train` to protect every file.")
    E140 = "Unknown grouping {by!r}; use one of {choices}."
    E141 = "{path}: no documents from body {name!r}{hint}; list the bodies with `stance summary --by body`."
    E142 = "{path}: no documents of body type {name!r}{hint}; list them with `stance summary --by body_type`."
    E143 = "{option} {value!r} is not a date; give YYYY, YYYY-MM or YYYY-MM-DD."
    E144 = "--since {since} comes after --until {until}; swap them or widen the range."
    E145 = "Unknown {what} {value!r}; use one of {choices}."
    E146 = "--top {top} is not a count of sentences; give 1 or more."
    E147 = "`stance compare` needs at least two names, got {count}; name two or more bodies, body types or speakers."
    E148 = ("{path}: {name!r} is not a {kinds} in this run{hint}; check the spelling with `stance summary --by body` "
            "(or body_type, speaker).")
    E149 = "{path}: {name!r} is both a {kinds}; pass --kind to say which one you mean."
    E150 = "{name!r} is named twice; name each body, body type or speaker once."
    E151 = "{path}: cannot write the report ({why}); choose another --out."
    E152 = "An HTML report needs a file to go to; pass --out FILE_OR_FOLDER or --format markdown."
    E050 = ("{path}: checksum mismatch (expected {expected}, found {actual}); the model file was altered. "
            "Retrain with `stance train` or restore the original model directory.")
    E051 = ("{path}: model was saved with {library} {then} but {now} is installed; install {library}=={then} "
            "or retrain with `stance train`.")
    W052 = "{path}: model was saved with {library} {then}, {now} is installed; retrain if predictions look wrong."
    E053 = "{path}: model file missing; retrain with `stance train` or restore the model directory."
    E054 = "Component '{name}' is not trained; train a pipeline with `stance train` and load it with --model."
    E055 = "No training examples with {what} labels in {paths}; check the files and their format."
    E056 = "{path} is not a pipeline directory (no config.cfg); pass the folder `stance train --out` wrote."
    E057 = "Component '{name}': refusing model bytes not produced by this process; load the model from disk."
    E058 = "{path} exists and is not a pipeline directory; choose a new --out folder (nothing was changed)."
    E180 = ("{path}: this model was trained by an earlier version of e2ee-stance whose features differ "
            "(features version {found}, needed {needed}); train it again with `stance train`.")
    E030 = "Output directory {path} is not writable ({why}); choose another --out."
    E031 = "No input files found under {paths}; give files or folders holding .txt, .md, .html, .htm or .jsonl."
    E040 = "{path}: cannot be read as training data ({why}); check that it exists and is readable."
    E041 = "{path}:{line}: malformed JSON ({why}); fix or remove the line."
    E042 = "{path}:{line}: {why}; each record needs a string `text`."
    E043 = ("{path}:{line}: unknown training data format ({why}); use ANNOTATION.md JSONL (`sentences`), "
            "Prodigy JSONL (`cats`, `spans`, `accept` or `answer`), doccano JSONL (`text`, `label`), Label Studio "
            "JSON (`data`, `annotations`), CSV with `text` and `label` columns, or SemEval-2016 Task 6 TSV "
            "(columns ID, Target, Tweet, Stance).")
    E044 = "{path}:{line}: header lacks the column(s) {missing} (found {found}); a training CSV needs `text` and `label`."
    E045 = "{path}:{line}: field {field!r} {why}; fix the record."
    E046 = "{path}:{line}: more than one stance in `cats` scores >= 0.5 ({labels}); keep exactly one."
    E047 = "{path}:{line}: row has {found} fields but the header has {expected}; check the delimiter and quoting."
    E048 = "{path}: neither UTF-8 nor cp1252 ({why}); re-save it as UTF-8."
    E049 = "No training files found under {paths}; give files or folders holding .jsonl, .csv, .tsv or .txt files."
    E100 = "{path}:{line}: malformed JSON ({why}); export the file again from the annotation tool or fix it."
    E101 = ("{path}:{line}: Label Studio task has no string `data.text`; import the tasks `stance export "
            "--format label-studio` wrote, or give each task a `text` field.")
    E102 = "{path}:{line}: field {field!r} {why}; export the file again from the annotation tool or fix the record."
    E103 = "{path}:{line}: more than one stance label ({labels}); keep exactly one per sentence."
    E104 = ("{path}: none of its {tasks} Label Studio tasks has a submitted annotation; annotate them and export "
            "again, or pass --use-predictions to train on the tasks' predictions.")
    E105 = "{path}:{line}: span {start}-{end} is not inside the text ({size} characters); fix the offsets."
    E110 = "{path}: record {number} cannot be exported ({why}); pass the documents.jsonl that `stance run` wrote."
    E111 = "{path}: cannot write the export ({why}); choose another --out."
    E112 = "Unknown export format {fmt!r}; use one of {formats}."
    E114 = "--min-confidence {low} is above --max-confidence {high}: no sentence could be kept; swap them."
    E113 = "Confidence bound {value} is not between 0 and 1; give a probability such as 0.6."
    E116 = ("A feature matrix with {rows} rows was given for {examples} examples, {labelled} of them with {what} "
            "labels: pass the matrix only when every example is labelled (its rows are the examples').")
    E115 = ("{path}: document {doc_id!r} could not be processed ({why}); it is left out of every figure, "
            "please report it.")
    E160 = ("{path}:{line}: {fields} held {count} lone UTF-16 surrogate(s) (half of a character pair, such as an "
            "emoji cut in two), which UTF-8 cannot store; each became U+FFFD, one character for one, so offsets "
            "still hold. Fix the tool that wrote the file.")


class StanceError(Exception):
    """Base class for the errors the core functions raise; the CLI turns them into one-line messages."""


class InputError(StanceError):
    """A corpus file or line that cannot be turned into a document; the run goes on without it."""

    def __init__(self, message: str, path: str, line: int | None = None):
        super().__init__(message)
        self.path = path
        self.line = line


def error_summary(error: BaseException) -> str:
    """"TypeName: first line of the message" (at most 200 characters), for one-line reports."""
    first = str(error).splitlines()[0][:200] if str(error) else ""
    return f"{type(error).__name__}: {first}"
