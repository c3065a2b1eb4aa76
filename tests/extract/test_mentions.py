from scodata.extract.mentions import extract_mentions
from scodata.model import Paragraph


def test_longest_match_skips_sco_and_keeps_spans():
    text = "上合组织同联合国、联合国安理会、欧亚经济联盟及东盟国家合作，白俄罗斯共和国和中方支持。"
    rows = extract_mentions("d", [Paragraph(3, text, 50, 50 + len(text))])
    assert [(r["text"], r["entity_id"], r["kind"]) for r in rows] == [
        ("联合国", "UN", "organisation"), ("联合国安理会", "UNSC", "organisation"),
        ("欧亚经济联盟", "EAEU", "organisation"), ("东盟", "ASEAN", "organisation"),
        ("白俄罗斯共和国", "BLR", "state"), ("中方", "CHN", "state")]
    first = rows[0]
    assert (first["start"], first["end"], first["paragraph_id"], first["mention_id"]) == (55, 58, "d:p003", "d:n001")
