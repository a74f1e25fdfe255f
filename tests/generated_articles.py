"""Short made-up news articles, English and Japanese, for tests that need a folder of many of them.

Each text is unique (the quantities differ), so each is one document; most report a transfer that
the pipeline finds. The English ones analyse fastest, so they are the majority.
"""

from __future__ import annotations

from pathlib import Path

PAIRS = [
    ("Iran", "Russia", "イラン", "ロシア"),
    ("North Korea", "Russia", "北朝鮮", "ロシア"),
    ("China", "Serbia", "中国", "セルビア"),
    ("Belarus", "Russia", "ベラルーシ", "ロシア"),
    ("Turkey", "Ukraine", "トルコ", "ウクライナ"),
]
ITEMS = ["Shahed-136 drones", "artillery shells", "anti-tank missiles", "air defence systems", "rifles"]
MONTHS = ["January", "March", "May", "July", "September", "November"]
ENGLISH = [
    "{sup} supplied {rec} with {n} {item} in {month} {year}, officials said on Tuesday.",
    "{sup} shipped {n} {item} to {rec} by rail in {month} {year}, according to Reuters. {rec} denied the report.",
    "{rec} received {n} {item} from {sup} in {month} {year}, the defence ministry said.",
]
JAPANESE = [
    "{sup}は{year}年{m}月、{rec}に無人機{n}機を供与したと米当局者が明らかにした。",
    "{sup}が{year}年{m}月以降、{rec}に砲弾{n}発を送ったと韓国国防省が明らかにした。{rec}はこの報道を否定した。",
]


def article(i: int, japanese: bool) -> str:
    sup, rec, sup_ja, rec_ja = PAIRS[i % len(PAIRS)]
    year = 2020 + i % 5
    n = 100 + 7 * i
    if japanese:
        return JAPANESE[i % len(JAPANESE)].format(sup=sup_ja, rec=rec_ja, year=year, m=1 + i % 12, n=n) + "\n"
    template = ENGLISH[i % len(ENGLISH)]
    return template.format(sup=sup, rec=rec, n=n, item=ITEMS[i % len(ITEMS)], month=MONTHS[i % 6], year=year) + "\n"


def write_articles(folder: Path, count: int, japanese_every: int = 5) -> list[Path]:
    """`count` articles as `folder/NNN-<lang>.txt`, one in `japanese_every` in Japanese (0: none)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        japanese = japanese_every > 0 and i % japanese_every == japanese_every - 1
        path = folder / f"{i:03d}-{'ja' if japanese else 'en'}.txt"
        path.write_text(article(i, japanese), encoding="utf-8")
        paths.append(path)
    return paths
