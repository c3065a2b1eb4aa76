"""Extraction accuracy on the held-out documents (tests/fixtures/holdout/), per language and table.

    .venv/bin/python benchmarks/holdout_accuracy.py [--details] [--dir tests/fixtures/holdout2]

The held-out documents were written and annotated by someone who never read the extraction rules nor ran
them (see tests/fixtures/holdout/README.md); nobody tunes rules on them. Records are compared as in
benchmarks/multilingual_accuracy.py (whole records on the fields of tests/extract/docs.py FIELDS);
document-level fields (id, title, type, council, session, meeting date) through the real pipeline.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from benchmarks.multilingual_accuracy import alignment_accuracy, predict, report  # noqa: E402
from benchmarks.scores import TABLES, record_key  # noqa: E402
from scodata.model import RawSource  # noqa: E402
from scodata.pipeline import process_source  # noqa: E402

HOLDOUT = ROOT / "tests" / "fixtures" / "holdout"
DOCUMENT_FIELDS = ("doc_id", "title", "doc_type", "council", "session_number", "meeting_date")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="print missed and spurious records")
    parser.add_argument("--dir", type=Path, default=HOLDOUT, help="the held-out set (default: %(default)s)")
    args = parser.parse_args()
    totals: dict[str, dict[str, tuple[int, int, int]]] = defaultdict(lambda: {t: (0, 0, 0) for t in TABLES})
    fields: dict[str, Counter] = defaultdict(Counter)
    for path in sorted(args.dir.glob("*.expected.json")):
        expected = json.loads(path.read_text(encoding="utf-8"))
        source = path.with_name(path.name.replace(".expected.json", ".txt"))
        text = source.read_text(encoding="utf-8")
        tag, predicted = predict(text, expected.get("n_preamble"), expected.get("meeting_date"))
        tag = tag.split("-")[0]
        for table in TABLES:
            if table not in expected["tables"]:
                continue  # a set may annotate only some tables
            gold, pred = Counter(map(record_key, expected["tables"].get(table, []))), Counter(map(record_key, predicted.get(table, [])))
            tp = sum((gold & pred).values())
            a, b, c = totals[tag][table]
            totals[tag][table] = (a + tp, b + sum(pred.values()), c + sum(gold.values()))
            if args.details:
                for k in gold - pred:
                    print(f"  [{path.stem}] {table} missed:   {k}")
                for k in pred - gold:
                    print(f"  [{path.stem}] {table} spurious: {k}")
        document = expected.get("document") or {}
        doc = process_source(RawSource(data=source.read_bytes(), kind="file", uri=source.name)).tables["documents"][0]
        for name in DOCUMENT_FIELDS:
            if name in document:
                fields[tag][name] += 1
                fields[tag][f"{name}_ok"] += doc.get(name) == document[name]
                if args.details and doc.get(name) != document[name]:
                    print(f"  [{path.stem}] document {name}: expected {document[name]!r}, got {doc.get(name)!r}")
    report(totals)
    for tag, counts in sorted(fields.items()):
        cells = [f"{n} {counts[n + '_ok']}/{counts[n]}" for n in DOCUMENT_FIELDS if counts[n]]
        print(f"\n{tag} document fields: " + ", ".join(cells))
    correct, total = alignment_accuracy(args.details, args.dir)
    if total:
        print(f"\nparagraph alignment: {correct}/{total} correct ({correct / total:.3f})")


if __name__ == "__main__":
    main()
