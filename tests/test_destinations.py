"""Where goods arrive tells who receives them: a port, a base or a region named with its owner
(「ロシア極東の港に」「ベネズエラの空軍基地に」) stands for the owner's state, and a kind of place
(「空軍基地」) is never taken for a party of its own."""

from __future__ import annotations

import pytest
from tests.parties import name as _name
from tests.parties import pairs as _pairs

from materiel.pipeline import analyze_text


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # one more place between the owner and the port
        ("ロシアのカスピ海にある港に、イランから弾道ミサイル200発以上が到着したと米紙が報じた。", ("Iran", "Russia")),
        ("ロシアのカスピ海沿岸の港に、イランから短距離弾道ミサイルが到着した。", ("Iran", "Russia")),
        # a region of the gazetteer owning the port
        ("ロシア極東の港に北朝鮮から砲弾を積んだ貨物船が到着したと韓国情報機関が明かした。", ("North Korea", "Russia")),
        # a kind of base, not a name
        ("ベネズエラの空軍基地に、イランから無人機が到着した。", ("Iran", "Venezuela")),
    ],
)
def test_the_owner_of_the_destination_receives(text: str, pair: tuple[str, str]) -> None:
    assert _pairs(text) == {pair}


def test_a_kind_of_base_is_no_party() -> None:
    analysis = analyze_text("ベネズエラの空軍基地に、イランから無人機が到着した。", lang="ja")
    assert not any(e.name in ("空軍基地", "基地") for e in analysis.entities.values())


def test_own_forces_moving_their_arms_to_a_base_of_their_host_is_no_transfer() -> None:
    # no から: the goods come from no one; the host owns the island, not the goods
    text = "米海兵隊の高機動ロケット砲システムが、日本の沖縄県石垣島の空港に、米軍の輸送機で搬入された。"
    assert _pairs(text) == set()


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("中国企業がキルギスの商社を通じて、ロシアの軍需企業に工作機械を輸出していた。", ["Kyrgyzstan"]),
        ("米国製の電子部品は、カザフスタンとアルメニアの企業を介してロシアに再輸出された。", ["Kazakhstan", "Armenia"]),
        (
            "欧州製の半導体がトルコやアラブ首長国連邦(UAE)の業者を経由してロシアに流れている。",
            ["Turkey", "United Arab Emirates"],
        ),
    ],
)
def test_the_state_of_a_go_between_goes_between(text: str, via: list[str]) -> None:
    [t] = analyze_text(text, lang="ja").transfers
    assert _name(t.recipient) == "Russia"
    assert [_name(p) for p in t.intermediaries] == via
