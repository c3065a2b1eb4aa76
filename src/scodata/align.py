"""Paragraph alignment of the language versions of one work (same meeting, same document type).

A Gale–Church dynamic programme over paragraph lengths (lengths scaled by the ratio of the two texts' total
lengths, so Chinese characters and Latin or Cyrillic letters compare), with beads 1-1, 1-0, 0-1, 2-1, 1-2 and
2-2, helped by anchors that survive translation: numbers (dates, years, paragraph numbers) and the gazetteer ids
of the states and organisations named. Corpus step: paragraph_alignments() runs on the assembled tables.

A 2-2 bead is split into its two 1-1 pairs, in order, when the anchors place the paragraph boundary: the
in-order pairs keep every anchor the group shares (none crosses between a1/b2 or a2/b1), each pair agrees on
its anchors at least as well as the group (or has none on either side), and neither pair's length mismatch
costs more than the prior premium the model charges the 2-2 bead for its rarity. Summing two paragraphs
cancels length deviations of opposite sign, so the programme alone otherwise prefers such a 2-2 group over
two ordinary translations whose anchors agree pair by pair.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from itertools import combinations

from scodata import gazetteer
from scodata.model import Record, Tables

METHOD = "gale-church+anchors"
# Prior probabilities of the bead types (Gale & Church 1993), as costs.
BEADS: dict[tuple[int, int], float] = {(1, 1): 0.89, (1, 0): 0.0099 / 2, (0, 1): 0.0099 / 2, (2, 1): 0.089 / 2,
                                       (1, 2): 0.089 / 2, (2, 2): 0.011}
VARIANCE = 6.8  # variance of the length ratio per unit of length (Gale & Church)
ANCHOR_WEIGHT = 4.0  # cost removed for a perfect anchor match (Dice of the anchor multisets)
ANCHOR_MISMATCH = 2.0  # cost added when both sides have anchors and share none

Unit = tuple[int, str]  # (seq, text)


def anchors(text: str, language: str) -> Counter[str]:
    """Translation-invariant tokens of a paragraph: numbers and gazetteer ids (states, organisations)."""
    found: Counter[str] = Counter(f"#{int(n)}" for n in re.findall(r"\d+", text) if len(n) <= 4)
    if language.startswith("zh"):
        matches = gazetteer.scan(text)
    else:
        from scodata.lang import names

        matches = names.scan(text, language.split("-")[0])
    found.update(m.entity.entity_id for m in matches if not m.entity.is_sco)
    return found


def _norm_sf(x: float) -> float:
    """Two-sided tail probability of a standard normal: 2 * (1 - Phi(|x|))."""
    return math.erfc(abs(x) / math.sqrt(2))


def _length_cost(la: float, lb: float) -> float:
    """Gale–Church length cost; la is already scaled into b's units (characters of the other script)."""
    if la == 0 and lb == 0:
        return 0.0
    mean = (la + lb) / 2
    delta = (lb - la) / math.sqrt(max(mean, 1.0) * VARIANCE)
    return -math.log(max(_norm_sf(delta), 1e-12))


def _anchor_cost(a: Counter[str], b: Counter[str]) -> float:
    if not a and not b:
        return 0.0
    if not a or not b:
        return ANCHOR_MISMATCH / 2
    shared = sum((a & b).values())
    if shared == 0:
        return ANCHOR_MISMATCH
    dice = 2 * shared / (sum(a.values()) + sum(b.values()))
    return -ANCHOR_WEIGHT * dice


def align_pair(a: Sequence[Unit], b: Sequence[Unit], lang_a: str, lang_b: str
               ) -> list[tuple[list[int], list[int], float]]:
    """Beads (seqs in a, seqs in b, score in 0..1) aligning two versions, in order. The length ratio of the
    two scripts is first taken from the whole texts, then re-estimated from the 1-1 beads of that first pass
    (a paragraph missing from one version no longer skews it) and the alignment is run again."""
    total_a = sum(len(t) for _, t in a) or 1
    total_b = sum(len(t) for _, t in b) or 1
    beads = _align(a, b, lang_a, lang_b, total_b / total_a)
    by_seq_a, by_seq_b = dict(a), dict(b)
    ones = [(by_seq_a[x[0]], by_seq_b[y[0]]) for x, y, _ in beads if len(x) == 1 and len(y) == 1]
    if ones:
        ratio = (sum(len(tb) for _, tb in ones) or 1) / (sum(len(ta) for ta, _ in ones) or 1)
        beads = _align(a, b, lang_a, lang_b, ratio)
    return beads


def _align(a: Sequence[Unit], b: Sequence[Unit], lang_a: str, lang_b: str, ratio: float
           ) -> list[tuple[list[int], list[int], float]]:
    """One pass of the dynamic programme; ratio is characters of b per character of a."""
    len_a = [len(t) * ratio for _, t in a]
    len_b = [float(len(t)) for _, t in b]
    anc_a = [anchors(t, lang_a) for _, t in a]
    anc_b = [anchors(t, lang_b) for _, t in b]
    n, m = len(a), len(b)
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if cost[i][j] == inf:
                continue
            for (di, dj), prior in BEADS.items():
                ni, nj = i + di, j + dj
                if ni > n or nj > m:
                    continue
                la, lb = sum(len_a[i:ni]), sum(len_b[j:nj])
                step = -math.log(prior)  # a paragraph without counterpart costs its prior only
                if di and dj:
                    step += _length_cost(la, lb) + _anchor_cost(sum(anc_a[i:ni], Counter()), sum(anc_b[j:nj], Counter()))
                if cost[i][j] + step < cost[ni][nj]:
                    cost[ni][nj] = cost[i][j] + step
                    back[ni][nj] = (di, dj)
    beads: list[tuple[list[int], list[int], float]] = []
    i, j = n, m
    while (i, j) != (0, 0):
        move = back[i][j]
        assert move is not None
        di, dj = move
        pairs = _split(i - di, j - dj, di, len_a, len_b, anc_a, anc_b) if di == dj > 1 else None
        if pairs is None:
            step = cost[i][j] - cost[i - di][j - dj]
            score = _score(step) if di and dj else 0.0
            beads.append(([s for s, _ in a[i - di : i]], [s for s, _ in b[j - dj : j]], score))
        else:
            for k in reversed(range(di)):
                beads.append(([a[i - di + k][0]], [b[j - dj + k][0]], _score(pairs[k])))
        i, j = i - di, j - dj
    return beads[::-1]


def _score(step: float) -> float:
    """Confidence of a bead from its cost: 1 for a cost no higher than the prior of a 1-1 bead."""
    return round(min(1.0, math.exp(-(step + math.log(BEADS[(1, 1)])) / 4)), 4)


def _split(i: int, j: int, k: int, len_a: Sequence[float], len_b: Sequence[float],
           anc_a: Sequence[Counter[str]], anc_b: Sequence[Counter[str]]) -> list[float] | None:
    """Costs of the k in-order 1-1 pairs of the k-k group at a[i:i+k], b[j:j+k] when their own evidence
    supports pairing them one to one, else None (the group stays). Anchors: the group shares some, the pairs
    keep all of them (none crosses), and every pair has a Dice at least the group's or no anchors on either
    side. Lengths: no pair's length cost exceeds the premium of the k-k prior over k 1-1 priors."""
    group_a, group_b = sum(anc_a[i : i + k], Counter()), sum(anc_b[j : j + k], Counter())
    shared = sum((group_a & group_b).values())
    if shared == 0:
        return None
    group_anchor = _anchor_cost(group_a, group_b)
    premium = -math.log(BEADS[(k, k)]) + k * math.log(BEADS[(1, 1)])
    costs, kept = [], 0
    for x in range(k):
        pa, pb = anc_a[i + x], anc_b[j + x]
        kept += sum((pa & pb).values())
        anchor = _anchor_cost(pa, pb)
        length = _length_cost(len_a[i + x], len_b[j + x])
        if ((pa or pb) and anchor > group_anchor) or length > premium:
            return None
        costs.append(-math.log(BEADS[(1, 1)]) + length + anchor)
    return costs if kept == shared else None


def align_versions(versions: dict[str, Sequence[object]]) -> dict[tuple[str, int, str], set[int]]:
    """Counterparts of every paragraph in every other version: {(lang_a, seq_a, lang_b): {seq_b, …}}.
    Versions map a language tag to paragraphs (objects with .seq and .text, or (seq, text) pairs)."""
    units = {tag: [(p.seq, p.text) if hasattr(p, "seq") else p for p in paras]  # type: ignore[attr-defined]
             for tag, paras in versions.items()}
    out: dict[tuple[str, int, str], set[int]] = {}
    for x, y in combinations(sorted(units), 2):
        for seqs_x, seqs_y, _ in align_pair(units[x], units[y], x, y):
            for s in seqs_x:
                out.setdefault((x, s, y), set()).update(seqs_y)
            for s in seqs_y:
                out.setdefault((y, s, x), set()).update(seqs_x)
    return out


def paragraph_alignments(data: Tables) -> list[Record]:
    """Rows of the paragraph_alignments table: each paragraph with its counterparts in the other versions of
    its work (both directions), with the bead it belongs to and a score."""
    docs_by_work: dict[str, list[Record]] = {}
    for doc in data.get("documents", []):
        if doc.get("work_id"):
            docs_by_work.setdefault(str(doc["work_id"]), []).append(doc)
    paragraphs: dict[str, list[Record]] = {}
    for row in data.get("paragraphs", []):
        paragraphs.setdefault(str(row["doc_id"]), []).append(row)
    rows: list[Record] = []
    for work_id, docs in sorted(docs_by_work.items()):
        if len(docs) < 2:
            continue
        for doc_a, doc_b in combinations(sorted(docs, key=lambda d: str(d["doc_id"])), 2):
            pa = sorted(paragraphs.get(str(doc_a["doc_id"]), []), key=lambda r: int(r["seq"]))  # type: ignore[call-overload]
            pb = sorted(paragraphs.get(str(doc_b["doc_id"]), []), key=lambda r: int(r["seq"]))  # type: ignore[call-overload]
            units_a = [(int(r["seq"]), str(r["text"])) for r in pa]  # type: ignore[call-overload]
            units_b = [(int(r["seq"]), str(r["text"])) for r in pb]  # type: ignore[call-overload]
            for seqs_a, seqs_b, score in align_pair(units_a, units_b, str(doc_a["language"]), str(doc_b["language"])):
                bead = f"{len(seqs_a)}-{len(seqs_b)}"
                for sa in seqs_a:
                    for sb in seqs_b:
                        for (da, xa), (db, xb), b in (((doc_a, sa), (doc_b, sb), bead),
                                                      ((doc_b, sb), (doc_a, sa), bead[::-1])):
                            rows.append({
                                "paragraph_id": f"{da['doc_id']}:p{xa:03d}", "doc_id": da["doc_id"],
                                "language": da["language"],
                                "aligned_paragraph_id": f"{db['doc_id']}:p{xb:03d}", "aligned_doc_id": db["doc_id"],
                                "aligned_language": db["language"], "work_id": work_id, "method": METHOD,
                                "bead": b, "score": score,
                            })
    return rows
