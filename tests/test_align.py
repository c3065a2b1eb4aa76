"""Paragraph alignment: a 2-2 group whose members pair one to one in order, by their own anchors and lengths, is
split into two 1-1 pairs; a real split (one paragraph translated as two) stays a 1-2 group. The texts are invented."""

from __future__ import annotations

from collections import Counter

from scodata.align import _split, align_pair, align_versions

# An invented statement in three versions. The second paragraphs carry no anchors; the third ones share the
# year and two states. The Russian second paragraph is shorter than the English one and the Russian third one
# longer, so the sums of the two agree better than either pair: the length programme alone prefers 2-2.
ZH = [(1, "外长理事会会议于2031年3月12日在塔什干举行。"),
      (2, "外长们就跨界河流的利用交换了意见，认为地区共享水资源应通过协商加以管理，并关注下游农民的需要和湿地保护。"),
      (3, "外长们欢迎哈萨克斯坦和吉尔吉斯斯坦提出于2032年主办专家会谈。"),
      (4, "下次会议将于2033年举行。")]
EN = [(1, "The Council of Foreign Ministers met in Tashkent on 12 March 2031."),
      (2, "The ministers exchanged views on the use of transboundary rivers and agreed that the shared water of the "
          "region should be managed through consultation, with attention to the needs of farmers downstream and to "
          "the protection of wetlands."),
      (3, "They welcomed the offer of Kazakhstan and Kyrgyzstan to host expert talks in 2032."),
      (4, "The next meeting will take place in 2033.")]
RU = [(1, "Совет министров иностранных дел провёл заседание в Ташкенте 12 марта 2031 года."),
      (2, "Министры обменялись мнениями об использовании трансграничных рек и условились решать вопросы общей воды "
          "региона путём консультаций, учитывая нужды фермеров в низовьях."),
      (3, "Они приветствовали предложение Казахстана и Киргизии провести у себя в 2032 году переговоры экспертов "
          "по воде и по охране водно-болотных угодий."),
      (4, "Следующее заседание состоится в 2033 году.")]


def _shapes(beads: list[tuple[list[int], list[int], float]]) -> list[tuple[list[int], list[int]]]:
    return [(x, y) for x, y, _ in beads]


def test_consecutive_pairs_with_agreeing_anchors_are_two_one_to_one_pairs() -> None:
    one_to_one = [([1], [1]), ([2], [2]), ([3], [3]), ([4], [4])]
    versions = {"zh-Hans": ZH, "en": EN, "ru": RU}
    for x, y in (("en", "ru"), ("en", "zh-Hans"), ("ru", "zh-Hans")):
        beads = align_pair(versions[x], versions[y], x, y)
        assert _shapes(beads) == one_to_one, (x, y)
        assert all(0 <= score <= 1 for _, _, score in beads)
    counterparts = align_versions(versions)
    assert counterparts[("en", 2, "ru")] == {2} and counterparts[("ru", 3, "en")] == {3}


def test_consecutive_pairs_with_the_same_anchors_are_two_one_to_one_pairs() -> None:
    en = [(1, "The ministers met on 4 June 2031."),
          (2, "Kazakhstan and Tajikistan will hold a joint exercise in 2032, open to observers from all member "
              "states."),
          (3, "Kazakhstan and Tajikistan will also exchange cadets of their military schools in 2032."),
          (4, "The ministers thanked the hosts.")]
    ru = [(1, "Министры встретились 4 июня 2031 года."),
          (2, "Казахстан и Таджикистан проведут в 2032 году совместное учение."),
          (3, "Казахстан и Таджикистан также обменяются в 2032 году курсантами военных училищ по программе, "
              "открытой для всех государств-членов."),
          (4, "Министры поблагодарили принимающую сторону.")]
    assert _shapes(align_pair(en, ru, "en", "ru")) == [([1], [1]), ([2], [2]), ([3], [3]), ([4], [4])]


def test_a_boundary_moved_between_two_paragraphs_stays_a_two_to_two_group() -> None:
    # The clause on planning is at the end of the second English paragraph and of the third Russian one; the
    # anchors agree pair by pair, but each pair's lengths disagree far more than a 2-2 bead is rare.
    en = [(1, "The ministers met on 4 June 2031."),
          (2, "Kazakhstan and Tajikistan will hold a joint exercise in 2032, open to observers from all member states "
              "and planned by the defence ministries of the two countries."),
          (3, "Kazakhstan and Tajikistan will also exchange cadets in 2032."),
          (4, "The ministers thanked the hosts.")]
    ru = [(1, "Министры встретились 4 июня 2031 года."),
          (2, "Казахстан и Таджикистан проведут в 2032 году совместное учение."),
          (3, "Казахстан и Таджикистан также обменяются в 2032 году курсантами, а учение с участием наблюдателей "
              "от всех государств-членов спланируют оборонные ведомства двух стран."),
          (4, "Министры поблагодарили принимающую сторону.")]
    assert _shapes(align_pair(en, ru, "en", "ru")) == [([1], [1]), ([2, 3], [2, 3]), ([4], [4])]


def test_one_paragraph_translated_as_two_stays_a_one_to_two_group() -> None:
    zh = [(1, "国防部长会议于2031年6月4日举行。"),
          (2, "部长们商定，哈萨克斯坦和塔吉克斯坦将于2032年举行联合演习，邀请各成员国派观察员参加，"
              "并由两国国防部共同制订演习计划和后勤保障方案。"),
          (3, "部长们感谢东道国的热情接待。")]
    en = [(1, "The defence ministers met on 4 June 2031."),
          (2, "The ministers agreed that Kazakhstan and Tajikistan will hold a joint exercise in 2032, to which all "
              "member states are invited to send observers."),
          (3, "The defence ministries of the two countries will draw up the plan of the exercise and its logistics "
              "together."),
          (4, "The ministers thanked the host country for its warm hospitality.")]
    assert _shapes(align_pair(zh, en, "zh-Hans", "en")) == [([1], [1]), ([2], [2, 3]), ([3], [4])]
    assert align_versions({"zh-Hans": zh, "en": en})[("zh-Hans", 2, "en")] == {2, 3}


def test_a_two_to_two_group_stays_when_its_own_evidence_does_not_pair_it_in_order() -> None:
    lengths = [100.0, 100.0]
    agree = [Counter({"#2032": 1, "KAZ": 1}), Counter()]
    assert _split(0, 0, 2, lengths, lengths, agree, agree) is not None
    # no anchors at all: nothing places the boundary, the programme's choice stands
    assert _split(0, 0, 2, lengths, lengths, [Counter(), Counter()], [Counter(), Counter()]) is None
    # an anchor crosses (in a1 and b2): the boundary is not where the paragraphs break
    crossing_a = [Counter({"#2032": 1, "KAZ": 1}), Counter()]
    crossing_b = [Counter({"KAZ": 1}), Counter({"#2032": 1})]
    assert _split(0, 0, 2, lengths, lengths, crossing_a, crossing_b) is None
    # a pair whose lengths disagree by far more than a 2-2 bead is rare
    assert _split(0, 0, 2, [300.0, 60.0], [120.0, 240.0], agree, agree) is None
