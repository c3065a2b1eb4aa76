"""Throughput of cleaning + extraction (scodata.pipeline.process_source) on one core, and an output-identity check.

    .venv/bin/python benchmarks/extract_speed.py                  # MB/s and docs/s, median of 5 passes
    .venv/bin/python benchmarks/extract_speed.py --profile        # plus a cProfile top-20 (by own time)
    .venv/bin/python benchmarks/extract_speed.py --seed --repeat 40   # the bundled seed communiqué alone
    .venv/bin/python benchmarks/extract_speed.py --dump DIR       # write every document's tables as JSON
    .venv/bin/python benchmarks/extract_speed.py --compare DIR    # exit 1 unless the tables equal the dump
    .venv/bin/python benchmarks/extract_speed.py --src OLD/src --dump DIR   # the dump of another copy of the code

The corpus: the bundled seed communiqué, tests/fixtures/communique_2023_hog.txt, the unseen test communiqués
(tests/fixtures/unseen), the English and Russian test documents (identity only) and --synth synthetic ones
(benchmarks/synth.py). MB are 10^6 bytes of UTF-8 source text, one process, documents processed in turn, timed in
CPU seconds, caches keyed by text cleared before each document (--warm keeps them).

Issue 14, on the shared 2-core machine (load 4-6, so every figure is low; base and new code timed in turn):
  corpus (123 documents, 0.54 MB), median of 7 passes: before 0.93-0.99 MB/s (211-226 docs/s),
      after 1.74-2.05 MB/s (396-467 docs/s);
  the seed alone (12 KB, the issue's 15.5 ms), median of 40: before 12.9-13.9 ms (0.86-0.93 MB/s),
      after 4.5-6.1 ms (2.0-2.7 MB/s; best 4.2 ms, 2.9 MB/s).
Second round (load 1.9-2.1; base = the same accuracy code with the first round's speed code, timed in turn, five
rounds; medians of the round medians): corpus (129 documents, 0.55 MB, median of 7) 2.01 -> 2.27 MB/s
(range 1.88-2.08 -> 2.17-2.44); seed (--seed, median of 60) 5.05 -> 4.36 ms, 2.38 -> 2.76 MB/s (range 1.74-2.41 ->
2.58-2.81). Fixed: traditional-script sources (scodata.t2s: OpenCC's t2s through one Aho–Corasick scan, 20x
faster, and difflib's alignment checked run by run; cleaning u3 14.6 -> 7.9 ms, the seed in traditional script
175 -> 65 ms); language detection (letters counted by runs, CJK alone when it is a quarter of the text; no
traditional test in detection, one CJK count only for a text with traditional characters); the stance annotator
passes over clauses that open with nothing it reads after one test; citations (_BEFORE tried only where it can
start, titles normalised without a translation table); initiatives (names by bisection).
  Still not the 4 MB/s goal. What is left (seed, best of 300, ms): participants 0.8-0.9 (not speed-tuned here),
  cleaning 0.6 (25 rules, each 5-50 µs), the gazetteer scan 0.35 (pyahocorasick's iteration alone is 0.15),
  the stance annotator 0.5 (about 800 regex calls per document: 74 clauses read of 144), citations 0.45
  (20 titles), meetings 0.3, initiatives 0.3, mentions 0.13, paragraph records 0.1; a traditional-script 12 KB
  source still pays 30-45 ms in the aligned difflib check (substring lists per recursion window) and ~1,400
  logged edits.
Third round (load 1.3-1.5; base = the same accuracy code with the second round's speed code, timed in turn, five
rounds; medians of the round medians): seed (--seed, median of 60) 4.07 -> 3.87 ms, 2.96 -> 3.11 MB/s (range
2.84-2.98 -> 3.09-3.15); corpus (129 documents, 0.55 MB, median of 7) 2.42 -> 2.55 MB/s (range 2.40-2.43 ->
2.49-2.57). Stages of the seed, best of 300, ms, base -> new: cleaning 0.55 -> 0.45, participants 0.70 -> 0.61,
stances 0.49 -> 0.42, meetings 0.28 -> 0.25, initiatives 0.21 -> 0.20. Changed: patterns tried at every position
open with a look-ahead for their first characters (attendance leads and verbs, initiatives' stance phrases: 3x
faster scans); cleaning's line rules (page numbers, news furniture, URL lines, the wire dateline) look for a line
break instead of testing ^ at every position, repeated headers split lines, the origin map copies whole runs;
the gazetteer scans unscanned texts (entries, clauses) with the automaton and tries its name pattern only at a
character some name starts with, status_on cached; the stance annotator reads a collective subject and its verb,
a run of verbs and a modal with one match each and tests a clause's first character before OPENER;
participants test a first character before the role markers; meetings try a document's action only after a 《
and the name before a date only before 于. Each fast path is tested against the plain pattern or steps on random
texts (tests/extract/test_fast_paths.py, tests/test_clean_fast_paths.py).
  Still not the 4 MB/s goal (3.2 ms for the seed); the cost is now spread thin. In sequence (seed, median, ms):
  extraction 2.6 of 3.6 (participants ~0.6, stances ~0.45, citations ~0.4, the gazetteer scan ~0.25 of which
  pyahocorasick's iteration is 0.18 at ~40 ns a character, meetings ~0.25, initiatives ~0.2, mentions ~0.12),
  cleaning 0.5 (a regex scan of the 4,300 characters costs 10-40 µs whatever the rule; 25 rules), segmentation
  0.1, paragraph records 0.09, language detection 0.08, describe 0.06. Tried and dropped: a trie regex for the
  gazetteer scan (1.3x on the seed, 1.1x on the corpus: not worth its size), clause starts by str.find (slower
  than the regex), dict-based substring checks in t2s (slower than list.count).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# --src DIR runs another copy of the package (e.g. the sources of a base commit, to dump the reference tables)
SRC = Path(sys.argv[sys.argv.index("--src") + 1]) if "--src" in sys.argv else ROOT / "src"
sys.path.insert(0, str(SRC))
sys.path.insert(0, str(ROOT))

from benchmarks.synth import communique  # noqa: E402
from scodata import clean, gazetteer  # noqa: E402
from scodata.model import RawSource  # noqa: E402
from scodata.pipeline import process_source  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"


def corpus(n_synth: int, multilingual: bool = False) -> list[tuple[str, bytes]]:
    """(name, UTF-8 bytes) of the benchmark documents, in a fixed order."""
    files = [ROOT / "sources" / "raw" / "000_740a038ea85bf232.txt", FIXTURES / "communique_2023_hog.txt",
             *sorted((FIXTURES / "unseen").glob("*.txt"))]
    if multilingual:
        files += sorted((FIXTURES / "multilingual").glob("*.txt"))
    docs = [(p.stem, p.read_bytes()) for p in files]
    return docs + [(f"synth_{i:04d}", communique(i).encode("utf-8")) for i in range(n_synth)]


def cold() -> None:
    """Forget what was computed for earlier texts (the synthetic documents share paragraphs, which real ones
    seldom do): each document is timed as if it were the first of its paragraphs."""
    if hasattr(gazetteer, "clear_cache"):  # (older code, timed with --src, has no such caches)
        gazetteer.clear_cache()
    if hasattr(clean, "is_traditional_sample"):
        clean.is_traditional_sample.cache_clear()


def run(docs: list[tuple[str, bytes]], warm: bool = False) -> float:
    """CPU seconds of this process to process every document once (CPU time: other processes on a shared
    machine slow the wall clock, not this); caches are cleared before each document unless warm."""
    sources = [RawSource(data, "file", f"{name}.txt") for name, data in docs]
    start = time.process_time()
    for source in sources:
        if not warm:
            cold()
        process_source(source)
    return time.process_time() - start


def tables_json(data: bytes, name: str) -> str:
    """The tables of one document as canonical JSON (sorted keys; non-JSON values by repr)."""
    build = process_source(RawSource(data, "file", f"{name}.txt"))
    return json.dumps(build.tables, ensure_ascii=False, sort_keys=True, indent=1, default=repr)


def dump(docs: list[tuple[str, bytes]], directory: Path) -> None:
    """Write <name>.json with the tables of each document."""
    directory.mkdir(parents=True, exist_ok=True)
    for name, data in docs:
        (directory / f"{name}.json").write_text(tables_json(data, name), encoding="utf-8")
    print(f"dumped {len(docs)} documents to {directory}")


def compare(docs: list[tuple[str, bytes]], directory: Path) -> bool:
    """True when every dumped document's tables equal its dump exactly; prints those that differ (documents added
    to the fixtures since the dump are listed and skipped)."""
    dumped = [(name, data) for name, data in docs if (directory / f"{name}.json").exists()]
    differ = [name for name, data in dumped
              if tables_json(data, name) != (directory / f"{name}.json").read_text(encoding="utf-8")]
    for name in differ:
        print(f"DIFFERS: {name}")
    new = [name for name, _ in docs if not (directory / f"{name}.json").exists()]
    if new:
        print(f"not in the dump (skipped): {', '.join(new)}")
    print(f"{len(dumped) - len(differ)}/{len(dumped)} documents identical to {directory}")
    return not differ


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--synth", type=int, default=100, help="synthetic documents added to the corpus")
    parser.add_argument("--repeat", type=int, default=5, help="timed passes (the median is reported)")
    parser.add_argument("--profile", action="store_true", help="print a cProfile top-20 of one pass")
    parser.add_argument("--dump", type=Path, help="write each document's tables as JSON into DIR")
    parser.add_argument("--compare", type=Path, help="compare each document's tables with the JSON in DIR")
    parser.add_argument("--src", type=Path, help="import scodata from DIR instead of src/")
    parser.add_argument("--warm", action="store_true", help="keep per-text caches from one document to the next")
    parser.add_argument("--seed", action="store_true", help="time the bundled seed communiqué alone")
    args = parser.parse_args()
    if args.dump or args.compare:
        docs = corpus(args.synth, multilingual=True)
        if args.dump:
            dump(docs, args.dump)
        if args.compare and not compare(docs, args.compare):
            sys.exit(1)
        return
    docs = corpus(0)[:1] if args.seed else corpus(args.synth)
    size = sum(len(data) for _, data in docs)
    run(corpus(0)[:3])  # warm-up: imports, compiled patterns, gazetteer
    times = [run(docs, args.warm) for _ in range(args.repeat)]
    median = statistics.median(times)
    print(f"{len(docs)} documents, {size / 1e6:.2f} MB; passes (CPU s): {', '.join(f'{t:.3f}' for t in times)}")
    for label, seconds in (("median", median), ("best", min(times))):
        print(f"{label}: {size / 1e6 / seconds:.2f} MB/s, {len(docs) / seconds:.0f} docs/s, "
              f"{1000 * seconds / len(docs):.2f} ms/doc")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        run(docs, args.warm)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(20)


if __name__ == "__main__":
    main()
