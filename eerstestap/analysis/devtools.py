"""For people improving the rules: show what the rule layer misses and what it wrongly finds.

python -m eerstestap.analysis.devtools --lang nl --label waiting [--split train] [--limit 30]
"""

import argparse

from . import corpus
from .training import _rules_only


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", required=True, choices=["nl", "en"])
    parser.add_argument("--label", required=True)
    parser.add_argument("--split", default="train", choices=["train", "test"])
    parser.add_argument("--limit", type=int, default=30)
    args = parser.parse_args()
    misses, false_hits = [], []
    for example in corpus.load(args.split, args.lang):
        found = _rules_only(example.text, args.lang)
        if args.label in example.labels and args.label not in found:
            misses.append(example)
        if args.label not in example.labels and args.label in found:
            false_hits.append(example)
    print(f"== missed ({len(misses)})")
    for example in misses[: args.limit]:
        print(f"  {example.id}: {example.text}   [{', '.join(sorted(example.labels))}]")
    print(f"== found wrongly ({len(false_hits)})")
    for example in false_hits[: args.limit]:
        print(f"  {example.id}: {example.text}   [{', '.join(sorted(example.labels))}]")


if __name__ == "__main__":
    main()
