"""Command line: `eerstestap analyse ...` and `eerstestap analysis train|evaluate`."""

import argparse
import json
import sys
from pathlib import Path

from .engine import MAX_CHARS, TextTooLong, analyse, analyse_many

COLOURS = {"trap": "\033[33m", "growth": "\033[32m", "safety": "\033[1;31m"}
RESET = "\033[0m"
BATCH = 256


def _kind(label: str) -> str:
    from .model import GROWTH_LABELS, SAFETY_LABELS

    return "safety" if label in SAFETY_LABELS else "growth" if label in GROWTH_LABELS else "trap"


def _print_readable(text: str, colour: bool) -> None:
    result = analyse(text)
    print(f"language: {result.lang}   labels: {', '.join(result.labels) or '(none)'}")
    for sentence in result.sentences:
        print(f"\n  {sentence.text}")
        for hit in sentence.labels:
            words = " | ".join(text[a:b] for a, b in hit.spans)
            name = f"{COLOURS[_kind(hit.label)]}{hit.label}{RESET}" if colour else hit.label
            print(f"    - {name} ({hit.score:.2f}, {hit.source}): {words}")
    if result.has_safety:
        print("\n  Safety first: Veilig Thuis 0800-2000 · 113 Zelfmoordpreventie 0800-0113 · emergency 112")


def _jsonl(stdin, stdout) -> None:
    """One JSON line out per line in; bad lines get an `error` and the run goes on."""
    batch: list[tuple[object, str]] = []

    def flush():
        if not batch:
            return
        for (line_id, _), result in zip(batch, analyse_many([t for _, t in batch]), strict=True):
            stdout.write(json.dumps({"id": line_id, **result.to_dict()}, ensure_ascii=False) + "\n")
        batch.clear()

    for raw in stdin:
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                raise ValueError('each line needs an object with a string field "text"')
            if len(row["text"]) > MAX_CHARS:
                raise TextTooLong(f"text of {len(row['text'])} characters; at most {MAX_CHARS}")
        except (ValueError, TextTooLong) as error:
            flush()
            line_id = row.get("id") if isinstance(locals().get("row"), dict) else None
            stdout.write(json.dumps({"id": line_id, "error": str(error)}, ensure_ascii=False) + "\n")
            row = None
            continue
        batch.append((row.get("id"), row["text"]))
        row = None
        if len(batch) >= BATCH:
            flush()
    flush()


def analyse_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="eerstestap analyse", description="Show the patterns in a text.")
    parser.add_argument("source", nargs="?", help="a text in quotes, or a file to read")
    parser.add_argument("--jsonl", action="store_true", help='read {"id", "text"} lines on stdin, write JSON lines')
    parser.add_argument("--json", action="store_true", help="print the analysis as JSON")
    args = parser.parse_args(argv)
    if args.jsonl:
        _jsonl(sys.stdin, sys.stdout)
        return 0
    if args.source is None:
        parser.error("give a text, a file, or --jsonl")
    path = Path(args.source)
    text = path.read_text(encoding="utf-8") if len(args.source) < 4096 and path.is_file() else args.source
    try:
        if args.json:
            print(json.dumps(analyse(text).to_dict(), ensure_ascii=False, indent=2))
        else:
            _print_readable(text, colour=sys.stdout.isatty())
    except TextTooLong as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


def analysis_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="eerstestap analysis")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("train", help="train the model from the corpus's train split and write the artefact")
    evaluate = sub.add_parser("evaluate", help="per-label precision, recall, F1 and macro-F1")
    evaluate.add_argument("--split", choices=["test", "train"], default="test")
    evaluate.add_argument("--rules-only", action="store_true", help="score the rule layer alone")
    evaluate.add_argument("--file", type=Path, help="score a labelled JSON-lines file instead of the corpus split")
    evaluate.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "train":
        from .training import train_and_save

        train_and_save()
        return 0
    from .training import evaluate_file, evaluate_split

    if args.file is not None:
        results = evaluate_file(args.file)
        args.split = args.file.name
    else:
        results = evaluate_split(args.split, rules_only=args.rules_only)
    if args.json:
        print(json.dumps({lang: scores.as_dict() for lang, scores in results.items()}, indent=2))
    else:
        from .evaluate import format_table

        for lang, scores in results.items():
            source = args.split if args.file else f"{args.split} split"
            print(format_table(f"== {lang} ({source}{', rules only' if args.rules_only else ''})", scores))
            print()
    return 0
