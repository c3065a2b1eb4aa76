"""What the accuracy benchmarks share: the tables scored, how records are compared, the printed scores,
and the test helpers of tests/extract/docs.py (cleaning, segmenting and projecting test documents)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]  # this checkout's code, whatever is installed

from tests.extract import docs  # noqa: E402, F401 (re-exported for the benchmarks)

TABLES = ("participants", "cited_documents", "meetings", "initiatives", "mentions", "paragraphs")


def record_key(record: dict[str, object]) -> str:
    """A projected record as comparable text (records are compared whole, on the fields of docs.FIELDS)."""
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def print_scores(label: str, totals: dict[str, tuple[int, int, int]]) -> None:
    """One block: per table, gold and predicted counts, true positives, precision and recall (tables neither
    annotated nor predicted are left out)."""
    print(f"\n{label}")
    print(f"{'table':<18}{'gold':>6}{'pred':>6}{'tp':>6}{'precision':>11}{'recall':>8}")
    for table, (tp, n_pred, n_gold) in totals.items():
        if not n_pred and not n_gold:
            continue  # not annotated in this set
        precision = tp / n_pred if n_pred else 1.0
        recall = tp / n_gold if n_gold else 1.0
        print(f"{table:<18}{n_gold:>6}{n_pred:>6}{tp:>6}{precision:>11.3f}{recall:>8.3f}")
