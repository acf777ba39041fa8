"""The `stance` command line: thin wrappers that parse options and call the core functions."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from tqdm import tqdm

from .corpus_cli import corpus
from .errors import StanceError
from .export_cli import export_command
from .summary_cli import compare, summary
from .views_cli import views


class UsageError(click.ClickException):
    """A problem the user must fix before anything can run (exit status 2)."""

    exit_code = 2


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main():
    """Stance and argument mining on policy statements about end-to-end encryption."""


@main.command()
@click.argument("corpus", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path), help="Output folder.")
@click.option("--max-bytes", default=5_000_000, show_default=True, type=click.IntRange(min=1), help="Largest file or JSONL line read.")
@click.option("--batch-size", default=64, show_default=True, type=click.IntRange(min=1), help="Documents per batch.")
@click.option("--n-process", default=1, show_default=True, type=click.IntRange(min=1),
              help="Worker processes (local backend) or local Dask workers (dask backend without --scheduler).")
@click.option("--backend", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Run here, or partition the corpus across a Dask cluster.")
@click.option("--scheduler", default=None, help="Dask scheduler address (default: a local cluster).")
@click.option("--keep-missing", is_flag=True, help="Keep documents of earlier runs that left the corpus.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal).")
@click.option("--model", type=click.Path(path_type=Path), default=None,
              help="Pipeline directory from `stance train` (default: models/e2ee-stance).")
@click.option("--rules-only", is_flag=True, help="Segments, speakers and sentences only: no stance or roles.")
def run(corpus, out_dir, max_bytes, batch_size, n_process, backend, scheduler, keep_missing, progress, model,
        rules_only):
    """Segment every statement in CORPUS (files or folders), label its sentences' stance and argument roles,
    and bring OUT up to date: OUT/store.sqlite (the queryable store), OUT/documents.jsonl, OUT/run.json.

    Reads .txt, .md, .html/.htm and .jsonl; metadata comes from a metadata.csv beside the files or
    from the JSONL `meta`. A bad file is reported with its problem and skipped. Re-running processes
    only new or changed documents and removes those that left the corpus (unless --keep-missing).

    Exit status: 0 when every file succeeded, 1 when any failed, 2 on a usage or output error.
    """
    from .run import run_corpus  # imported per command: spaCy and the models load only when needed

    show = sys.stderr.isatty() if progress is None else progress
    with tqdm(unit=" docs", disable=not show, file=sys.stderr) as bar:
        try:
            report = run_corpus(
                corpus, out_dir, model=model, rules_only=rules_only, max_bytes=max_bytes, batch_size=batch_size,
                n_process=n_process, backend=backend, scheduler=scheduler, prune=not keep_missing,
                progress=lambda words: bar.update(1),
            )
        except StanceError as error:
            raise UsageError(str(error)) from error
    for failure in report.failures:
        click.echo(f"error: {failure}", err=True)
    click.echo(f"{report.summary()} -> {out_dir}")
    sys.exit(1 if report.failures else 0)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--require-labels", is_flag=True, help="Every sentence needs stance and roles, every document a stance.")
@click.option("--role", "extra_roles", multiple=True, help="Accept an extra role label (repeatable).")
@click.option("--use-predictions", is_flag=True, help="Read Label Studio tasks without an annotation from their predictions.")
def validate(files, require_labels, extra_roles, use_predictions):
    """Check JSONL documents against ANNOTATION.md, and Prodigy, doccano or Label Studio files for their labels;
    print every problem. Exit status 1 on any problem."""
    from .labels import ROLES
    from .validate import validate_files

    roles = tuple(ROLES) + tuple(extra_roles)
    checked, problems = validate_files(files, require_labels=require_labels, roles=roles, use_predictions=use_predictions)
    for problem in problems:
        click.echo(str(problem))
    click.echo(f"{checked} documents checked, {len(problems)} problems")
    sys.exit(1 if problems else 0)


@main.command()
@click.argument("data", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path), help="Pipeline directory to write.")
@click.option("--config", "config_path", type=click.Path(exists=True, path_type=Path),
              help="JSON overriding configs/train.json (hyper-parameters, folds, threshold grid).")
@click.option("--dev", "dev_paths", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="Labelled data to report dev metrics on (repeatable).")
@click.option("--use-predictions", is_flag=True, help="Train on Label Studio tasks without an annotation from their predictions.")
def train(data, out_dir, config_path, dev_paths, use_predictions):
    """Train the role and stance components on DATA and write a pipeline that spacy.load() opens.

    DATA: ANNOTATION.md JSONL, Prodigy JSONL (text, spans, cats, accept, answer), doccano JSONL, Label Studio
    JSON, CSV (text,label[,target][,role], or a `stance export` CSV) or SemEval-2016 TSV. Label sets come from the data. Writes MODEL_CARD.md and meta.json beside the model.
    """
    from .train import train as train_pipeline

    try:
        card = train_pipeline(data, out_dir, config_path=config_path, dev_paths=dev_paths or None,
                              use_predictions=use_predictions)
    except StanceError as error:
        raise UsageError(str(error)) from error
    cv = card["cross_validated"]
    click.echo(
        f"trained on {card['labels']['examples']} sentences in {card['training_seconds']:.1f} s; "
        f"cross-validated stance macro-F1 {cv['stance'].get('macro_f1', float('nan')):.3f}, "
        f"role micro-F1 {cv['roles'].get('micro_f1', float('nan')):.3f} -> {out_dir}"
    )


@main.command()
@click.argument("data", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--model", "model_dir", required=True, type=click.Path(path_type=Path), help="Pipeline directory.")
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
def evaluate(data, model_dir, as_json):
    """Score a trained pipeline on labelled DATA: per-label P/R/F1, confusion matrix, F_avg, role F1,
    document stance accuracy, segment micro-F1 and speaker accuracy.

    A document the pipeline cannot process is named on stderr and left out of every figure; the exit
    status is then 1 (0 when every document was scored)."""
    import json

    from .evaluate import evaluate as evaluate_model
    from .report import render_evaluation

    try:
        result = evaluate_model(model_dir, data)
    except StanceError as error:
        raise UsageError(str(error)) from error
    click.echo(json.dumps(result, indent=2) if as_json else render_evaluation(result))
    for message in result["failed_documents"]:
        click.echo(message, err=True)
    sys.exit(1 if result["failed_documents"] else 0)


main.add_command(corpus)
main.add_command(views)
main.add_command(summary)
main.add_command(compare)
main.add_command(export_command)


if __name__ == "__main__":
    main()
