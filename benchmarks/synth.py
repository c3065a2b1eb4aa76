"""Synthetic SCO-style communiqués in our own wording, deterministic by seed, for benchmarks."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import cn2an

COUNCILS = [("成员国元首理事会", "元首"), ("成员国政府首脑（总理）理事会", "总理"), ("成员国外长理事会", "外长")]
CITIES = ["阿斯塔纳", "比什凯克", "杜尚别", "塔什干", "莫斯科", "青岛", "新德里", "伊斯兰堡", "德黑兰", "明斯克"]
MEMBERS = [("中华人民共和国", "国务院总理", "甲"), ("俄罗斯联邦", "总理", "乙"), ("哈萨克斯坦共和国", "总理", "丙"),
           ("吉尔吉斯共和国", "内阁主席", "丁"), ("塔吉克斯坦共和国", "总理", "戊"), ("乌兹别克斯坦共和国", "总理", "己"),
           ("印度共和国", "外交部长", "庚"), ("巴基斯坦伊斯兰共和国", "总理", "辛")]
VERBS = ["强调", "支持", "注意到", "指出", "重申", "欢迎", "认为", "高度评价"]
TOPICS = ["贸易便利化", "粮食安全", "能源合作", "数字经济", "交通互联互通", "卫生防疫", "人文交流", "绿色发展",
          "中小企业合作", "减贫", "科技创新", "海关合作"]


def _session(n: int) -> str:
    return cn2an.an2cn(n)


def communique(index: int, seed: int = 0) -> str:
    """One communiqué: title, dated preamble, attendance, chair, 8–60 body paragraphs, closing."""
    rng = random.Random(seed * 1_000_003 + index)
    council, short = rng.choice(COUNCILS)
    date = dt.date(1990, 1, 1) + dt.timedelta(days=index)  # one meeting a day: unique document ids
    year, month, day = date.year, date.month, date.day
    session = 1 + index % 29
    city = rng.choice(CITIES)
    members = rng.sample(MEMBERS, k=rng.randint(5, len(MEMBERS)))
    people = "、".join(f"{state}{title}{name}{index % 97}" for state, title, name in members)
    paras = [f"上海合作组织{council}第{_session(session)}次会议联合公报",
             f"{year}年{month}月{day}日，上海合作组织{council}第{_session(session)}次会议在{city}举行。{people}出席会议。",
             f"{members[0][0]}{members[0][1]}{members[0][2]}{index % 97}主持会议。"]
    for k in range(rng.randint(8, 60)):
        topic, verb = rng.choice(TOPICS), rng.choice(VERBS)
        text = f"各代表团团长{verb}，应在{topic}领域深化务实合作，推动地区经济可持续发展。"
        if k % 5 == 0:
            text += f"落实{year - 1}年{month}月{day}日在{rng.choice(CITIES)}签署的《上合组织成员国{topic}合作协定》。"
        if k % 7 == 0:
            state = rng.choice(members)[0]
            text = f"各代表团团长注意到{state}关于加强{topic}合作的倡议。"
        if k % 11 == 0:
            text = f"各代表团团长积极评价{year}年{month}月{day}日以视频方式举行的上合组织成员国{topic}部长会议成果。"
        paras.append(text)
    if index % 9 == 4:  # a page-break split and a viewer trailer, as report sites produce
        paras[-1] = paras[-1][:12] + "\n\n" + paras[-1][12:]
        paras.append("预览已结束，完整报告链接和二维码如下：\n\nhttps://example.org/report/" + str(index))
    else:
        paras.append(f"各代表团团长对{city}方的热情接待表示感谢。{short}理事会下次会议将于{year + 1}年举行。")
    return "\n\n".join(paras) + "\n"


def write_corpus(directory: Path, n: int, seed: int = 0) -> list[Path]:
    """Write n communiqués as UTF-8 files; return their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = directory / f"synth_{i:05d}.txt"
        if not path.exists():
            path.write_text(communique(i, seed), encoding="utf-8")
        paths.append(path)
    return paths
