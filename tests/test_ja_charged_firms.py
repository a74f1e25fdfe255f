"""Japanese court and police reports on illegal exports: the firm's officer told as the doer
(「横浜市の電子部品商社の元社長は…送った」) acts for the firm's state; and the firm charged (told right
after its charge: 「…の罪に問われた東京都千代田区の商社「A」の元社長」), or its defendant told again
(被告, 容疑者), is the one the story means, not the go-between firm abroad it sent the goods through."""

from __future__ import annotations

from functools import partial

from tests.parties import name, transfers, via

_ja = partial(transfers, lang="ja", published="2025-09-19")


def _routes(text: str) -> list[tuple[str | None, str | None, set[str | None]]]:
    """Each record's supplier, recipient and go-betweens, in the order told."""
    return [(name(t.supplier), name(t.recipient), via(t)) for t in _ja(text)]


def test_a_city_firms_former_president_acts_for_its_state() -> None:
    text = "横浜市の電子部品商社の元社長は、中国を経由してロシアに電子部品を送ったとして起訴された。"
    assert _routes(text) == [("Japan", "Russia", {"China"})]


def test_the_defendant_of_a_charged_firm_sends_for_its_state_through_the_shell_abroad() -> None:
    text = (
        "外為法違反の罪に問われた大阪市北区の電子部品商社「サクラ電子」の元社長、田中一郎被告（58）の"
        "判決公判が10日、大阪地裁であった。\n\n"
        "判決によると、被告は2023年、半導体約5千個を香港の会社に送り、そこからモスクワの商社に転送させた。"
        "香港の会社は登記上の住所に実体がなかった。"
    )
    assert ("Japan", "Russia", {"Hong Kong"}) in _routes(text)
    assert not any(s == "Hong Kong" for s, _, _ in _routes(text))


def test_the_charged_firm_told_again_is_not_the_shell_abroad() -> None:
    text = (
        "外為法違反の罪に問われた東京都港区の商社「アオバ」の元社長、佐藤次郎被告の初公判が開かれた。"
        "香港のペーパーカンパニーは実体がなかった。"
        "捜査関係者によると、同社は昨年、光学センサー数百個をトルコ経由でロシアに出荷した疑いがある。"
    )
    assert _routes(text) == [("Japan", "Russia", {"Turkey"})]
