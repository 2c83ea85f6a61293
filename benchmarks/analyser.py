"""Speed and memory of the pattern analyser, on one core. Prints figures; asserts nothing.

Run: .venv/bin/python benchmarks/analyser.py
Targets (issue 4): ≥ 2,000 texts of ~60 words per second; a 1,000-word entry in ≤ 20 ms; peak memory ≤ 250 MB.
"""

import os
import random
import resource
import statistics
import sys
import time
from pathlib import Path

# One core: numerical libraries must not spread work over more threads.
for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[variable] = "1"
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eerstestap.analysis import analyse, analyse_many, corpus  # noqa: E402
from eerstestap.analysis.classifier import load_bundle  # noqa: E402


def texts_of_about(words: int, count: int, rng: random.Random) -> list[str]:
    """Journal texts of about `words` words, made of corpus texts: a text is added while that brings the length
    closer to the aim, so the lengths scatter around it rather than all lying above it."""
    pool = [(e.text, len(e.text.split())) for e in corpus.load()]
    texts = []
    for _ in range(count):
        parts, length = [], 0
        while True:
            text, size = rng.choice(pool)
            if parts and abs(length + size - words) >= abs(length - words):
                break
            parts.append(text)
            length += size
        texts.append(" ".join(parts))
    return texts


def main() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {0})
    start = time.perf_counter()
    load_bundle()
    print(f"model load: {(time.perf_counter() - start) * 1000:.0f} ms")
    rng = random.Random(42)
    texts = texts_of_about(60, 4_000, rng)
    analyse_many(texts[:50])  # warm caches
    # Three timed runs: this machine shares its cores, and a neighbour's load can slow one run by a fifth. The best
    # run is the analyser's speed (as timeit takes the minimum); the median shows how much the machine varied.
    rates = []
    for _ in range(3):
        start = time.perf_counter()
        analyse_many(texts)
        rates.append(len(texts) / (time.perf_counter() - start))
    mean_words = statistics.mean(len(t.split()) for t in texts)
    print(
        f"throughput: {max(rates):,.0f} texts/s best of 3, median {statistics.median(rates):,.0f} "
        f"({len(texts)} texts of {mean_words:.0f} words on average, batched)"
    )
    start = time.perf_counter()
    for text in texts[:500]:
        analyse(text)
    print(f"one at a time: {500 / (time.perf_counter() - start):,.0f} texts/s")
    long_entries = texts_of_about(1_000, 20, rng)
    timings = []
    for text in long_entries:
        begin = time.perf_counter()
        analyse(text)
        timings.append((time.perf_counter() - begin) * 1000)
    print(f"1,000-word entry: median {statistics.median(timings):.1f} ms, max {max(timings):.1f} ms")
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak memory (max RSS): {peak_kib / 1024:.0f} MB")


if __name__ == "__main__":
    main()
