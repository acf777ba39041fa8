"""e2ee-stance: a spaCy pipeline and CLI for stance and argument mining on E2EE policy statements.

Build or load the pipeline with `pipeline.nlp.build_pipeline()` / `pipeline.nlp.load_pipeline()`; the
command line is `stance` (`pipeline.cli`).
"""

__version__ = "0.1.0"
