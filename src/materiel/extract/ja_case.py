"""Japanese case from the text: the particle (and what may sit between a name and it) after a mention."""

from __future__ import annotations

import re

from materiel.extract.frame import Arg, Sentence
from materiel.recognize import JA_FIRM_KINDS

_SUFFIX = (
    # (「米英独は」「日米豪が」: states abbreviated one character each, run together, share the particle)
    r"(?:[米露中韓朝英仏独日宇台比豪加伊印蘭]){0,3}"
    r"(?:[東西南北]{1,2}部|中部|沿岸部?|近郊|郊外)?"  # 「北朝鮮北東部の港から」「モスクワ近郊の空港に」: a part of it
    # 「シリア政府軍に」「ミャンマー国軍が」「ロシア軍需企業へ」「ロシア極東に」
    r"(?:政府軍|国軍|国防軍|正規軍|軍需企業|軍需産業|本土|極東|"
    # (「ロシア軍需企業に」: the recognizer may take ロシア軍 for the name, leaving 需企業 after it)
    r"需企業|需産業|需工場|"
    # (「マリ軍政に」: so the junta, taken as マリ軍 with 政 after it)
    r"政|"
    # 「モロッコなど30カ国以上に」: the list's tail counts the states it stands among
    r"(?:など|等)[0-9０-９一二三四五六七八九十数百]+(?:カ|か|ヶ|ケ|箇)国(?:以上|余り|超|近く)?|"
    # 「南アフリカなど第三国から」「北朝鮮など友好国から」: the kind of states it stands among
    r"(?:など|等)の?(?:複数の)?(?:第三国|友好国|同盟国|友好諸国|周辺国|近隣国|諸国|国々|各国)|"
    # (「マリ軍参謀本部は」: the forces' general staff speaks for the state)
    r"空軍|海軍|陸軍|海兵隊|政府|当局|側|軍隊|軍参謀本部|軍総参謀部|参謀本部|総参謀部|軍|自身|国防省|国営企業|企業|指導部|首脳|政権|両国|など|等|の部隊"
    # 「フィリピン沿岸警備隊に巡視船を」「ベトナム海上警察へ」: a state's coast guard takes its patrol ships
    r"|沿岸警備隊|海上警備隊|海上保安機構|海上警察|海警"
    # 「シリア暫定政府の国防省は」「同国の新政権に」「ギニア軍政に」: the state's rulers for now
    r"|暫定政府|暫定政権|移行政府|臨時政府|新政府|新政権|軍事政権|軍事政府|軍政"
    r"|港|国境検問所|検問所|空港|基地|州|地域|大統領|首相|外相|国防相|防衛相|国務長官|国防長官|長官|報道官|補佐官"
    r"|氏|総書記|主席|国家主席|・?グループ|社"  # 「独ラインメタル社も」
    # 「イランの革命防衛隊と関係の深い企業に」: a firm tied to the state or its forces acts for it
    r"|(?:の[一-龯ァ-ヺー]{1,10})?と(?:関係|つながり|繋がり|関わり)の(?:深い|ある|強い)(?:企業|会社|団体|組織|商社|業者)"
    # 「カービー戦略広報調整官は」「申国家安保室長が」: a name with its title, which the particle follows
    r"|[一-龯ァ-ヺー]{1,10}?(?:官|室長|局長|部長|長|相|大臣|委員|議員|大使)(?:氏)?)?"
    # 「カタイブ・ヒズボラなどの民兵組織が」「人民動員隊傘下の民兵組織に」: the group it heads
    # (「ロシアの軍隊のための」「ロシアの国防省に」: a state's forces or office, as a translation writes them)
    r"(?:(?:など|等)?の?(?:傘下の?)?(?:民兵組織|武装組織|民兵|組織|反政府勢力|反政府武装勢力|反体制派|勢力|武装勢力|部隊"
    r"|軍隊|軍|国防省|国防総省"
    # 「ウクライナ軍の第47機械化旅団に」「同国の第61戦闘航空基地の航空団へ」: a unit of its forces
    r"|(?:第[0-9０-９]+)?[一-龯ァ-ヺー]{0,8}?(?:旅団|師団|連隊|大隊|航空団))"
    # 「北朝鮮の軍需工業部傘下の企業が」: a firm under a state's ministry acts for it
    r"|の?傘下の?(?:企業|会社|商社|団体))?"
)
# 「トルコの造船所で建造された」「イラン国内で製造された」: where the goods were made
# (「アメリカで作られたチップ」: so translations put it)
MADE_AT = (
    r"(?:国内|領内)?(?:の[^、。がはをにへ]{0,8}?(?:造船所|工場|拠点|施設))?"
    r"で(?:(?:建造|製造|生産|製作)され|作られ|造られ)(?:た|ている)?"
)
# what follows a clause that is no relative clause on goods: 「…する計画」「…したと」「…する。」
_NOT_ON_GOODS = (
    r"(?![。、と]|計画|予定|方針|見通し|こと|ため|考え|意向|能力|体制|量|数|規模|ほか|一方|よう|など"
    r"|可能性|とみられ|という|ものの|が|は|も|か|が|の[でにはが]|場合|際|上で)"
)
# 「三菱重工業が建造する護衛艦」: a firm told as the maker in a clause on the goods (ja.py reads it as
# the goods' origin for a firm only: 「米国や日本が製造した部品」 names no supplier)
# (not 「…が生産する計画」「…が製造することを」: a plan or act of its own)
MAKER_CLAUSE = (
    # (「日本のメーカーが作った工作機械」: translations say 作る; 「三菱重工業が手がける護衛艦」: 手がける)
    r"が(?:(?:建造|製造|生産|開発|設計)(?:する|した|している|していた)|(?:作|造)(?:る|った|っている|っていた)"
    r"|手(?:が|掛)け(?:る|た|ている|ていた))" + _NOT_ON_GOODS
)
# 「ドイツのメーカーが製造した」「米国の半導体メーカーが開発した」: the state's firm told as the maker in
# such a clause (the state is the goods' make, not a party acting)
MAKER_FIRM = r"の[^、。がはをにへ]{0,8}?(?:企業|メーカー|会社|工場|造船所)"
# 「日本案を選定」「日本が提案した護衛艦を導入」: the state whose offer a buyer chooses (ja.py lets a
# choice stand only where another side's offer or make is told)
OFFERED = r"(?:案(?=を|が|の|に決)|が(?:提案|提示|売り込ん)(?:する|した|している|していた|だ)" + _NOT_ON_GOODS + ")"
# the name of a port, yard or base after the state's の: one phrase, with no case particle in it but
# a place it lies in (「北東部の羅先経済特区にある羅津港」), however many characters it runs to
_SITE_NAME = r"(?:[^、。がはをにへ]|にある|に位置する){0,30}?"
# 「トルコの港で積み替えられた」: where goods are moved onto another carrier lies on the way
TRANSSHIPPED = r"(?:の(?:[一-龯ァ-ヺー]{0,8}港|[一-龯ァ-ヺー]{0,8}空港))?で(?:積み替え|積み換え|積替え)"
# 「カザフスタンを通るトラックで」「イラクを通る陸路で」: the road or carrier through a state (ja.py
# gives the state to the act the road or carrier serves)
ROAD_THROUGH = (
    r"(?:領内|領土内?|国内)?を通る"
    r"(?=[^、。がはを]{0,6}?(?:ルート|経路|陸路|航路|道路|トラック|鉄道|列車|輸送路|補給路))"
)
# 「90回以上も」「何度も」「繰り返し」: how often a craft called, between the place and its landing
CALLS_COUNTED = (
    r"(?:[0-9０-９一二三四五六七八九十百数何]+(?:回|度)(?:以上|余り|近く|超)?も?"
    r"|繰り返し|たびたび|度々|頻繁に|定期的に)?"
)
# 「要請に応じて」「求めを受けて」「要請の枠内で」: what follows an ask the act after it answers
# (not 「要請を受けた」 alone: one who got an ask is asked to give)
ANSWERED_ASK = re.compile(r"(?:に応じ|に応え|を受けて(?![いおる])|に基づ|に沿|の枠内|の範囲内|の範囲)")
_ASKED_BY = r"の(?:要請|要求|求め|依頼|要望)" + ANSWERED_ASK.pattern
_CASES: list[tuple[str, str]] = [
    # 「ウクライナの要請に応じて戦車を供与した」: the one whose ask the act answers gets the goods
    (_ASKED_BY, "goal"),
    # 「イラン産の原油と引き換えに」「ロシア産の小麦の見返りに」: the make of goods paid in return, which
    # go the other way, names no origin of the arms
    (
        r"(?:製|産)の?(?:原油|石油|天然ガス|ガス|燃料|食料|食糧|穀物|小麦|肥料|石炭|資源)"
        r"(?:など)?(?:と引き換え|の見返り|と交換|の対価|の代金)",
        "other",
    ),
    (
        # (「トルコ設計のコルベット」: the state whose design the goods are is their make too)
        # (「日本メーカー製の工作機械」: so is the state whose makers made them)
        # (「カタールとオマーンがそれぞれ保有する戦闘機」: the holders of second-hand goods, each)
        r"(?:を起源と|が起源|由来の|を出(?:どころ|所)と(?:する|した|し)|が出(?:どころ|所)の|から流出した|(?:メーカー|企業)製|製|産|製の|製造の|設計の|が(?:それぞれ|現在)?保有(?:する|している|していた)|が所有する|の保有する|が持つ|が保管する"
        # 「デンマーク空軍が使ってきたF16」「オランダの中古F16」: the former user of second-hand goods
        # is where they come from
        r"|が(?:使っ|使用し|運用し)て(?:きた|いた)|が退役させた|の中古の?)",
        "origin",
    ),
    (MADE_AT, "origin"),
    # (「チャド東部の空港を通じて」「ポーランドの拠点を経由して」: through a port or base of the state)
    (
        # (「カザフスタンやキルギスといった中央アジア諸国を経由して」: states named as the region's)
        r"(?:の[^、。がはをにへ]{0,10}?(?:港|空港|拠点|基地|施設)|(?:の)?(?:密輸|仲介)?(?:業者|商人)?の手"
        r"|(?:といった|などの?)[^、。がはをにへ]{0,10}?(?:諸国|国々|各国|近隣国|第三国)"
        # (「シリア領を経由して」「イラク領内を通じて」: the state's ground the goods cross)
        r"|領内|領土内?|領"
        # (「キルギスに設けたペーパーカンパニーを通じて」: a firm set up or registered in the state)
        r"|に(?:設けた|設立した|設立された|登記された|登録された|置いた)[^、。がはをにへ]{0,10}?"
        r"(?:会社|企業|カンパニー|商社|業者))?"
        # (「ジョージアを抜けてロシアに運ばれる」「トルコを通過して」: a state crossed on the way)
        # (「キルギスを迂回して」「トルコの商社を隠れみのに」: a state or its firm the goods are passed
        # through to hide where they go)
        # (「香港の企業を通じ、」: the て dropped before a comma)
        r"(?:を経由して|を経由し|経由で|経由の|経由|を通じて|を通して|を通じ(?=[、，,])|を介して|を介し(?=[、，,])|を経て"
        r"|を通過して|を通過し|を抜けて"
        r"|を迂回(?:して|し)|を(?:隠れ蓑|隠れみの|抜け道|抜け穴)に"
        # (「オマーンを経由する陸路で」「トルコを通る密輸ルートで」: the way the goods take, told in a clause)
        r"|を(?:経由する|通る|抜ける)(?:密輸)?(?:陸路|海路|空路|ルート|経路|航路)"
        r")",
        "via",
    ),
    # 「香港のペーパー会社名義で」「UAE企業の名義を使って」: a firm of the state whose name the goods
    # travel under passes them on
    (r"の?名義(?:で|を使(?:って|い)|を借り(?:て)?|により|によって)", "via"),
    # 「ソマリアを中継地として」「オマーンを中継して」: a stop the goods are relayed through
    # (「UAEを中継地とする米国製半導体の輸出」: or in a clause on the goods)
    (r"を(?:中継地|中継点|中継拠点|経由地)(?:と(?:して|し|する|した)|に)|を中継(?:して|し)", "via"),
    # 「トルコが仲介し」「カタールの仲介で」「UAEを仲介役に」: the broker of a deal goes between
    (r"(?:が仲介(?:し|する|した|役)|の仲介(?:で|により|によって|の下|を受け)|を仲介(?:役|者)?(?:に|と|として))", "via"),
    (TRANSSHIPPED, "via"),
    # 「カザフスタン向けと申告された部品」「キルギス向けと偽って輸出した」: a destination declared on paper,
    # which the goods pass through on their way to another
    (r"向けと(?:偽って|偽り|称して|して)?(?:申告|表示|記載|届け出|偽装|偽)(?:され|し|って|り|られ)", "via"),
    # 「ポーランドの港に運ばれ、そこから鉄道で国境まで輸送された」: a port the goods reach and go on
    # from is a stop on the way
    (
        r"の(?:[一-龯ァ-ヺー]{0,8}港|[一-龯ァ-ヺー]{0,8}空港)(?:に|へ)(?:運ばれ|送られ|輸送され|陸揚げされ|到着し)(?:て)?、"
        r"(?:そこ|同港|同空港)から",
        "via",
    ),
    (r"(?:によって|により|による|によると|によれば|によりますと)", "agent"),
    # 「IMFからの融資を確保した」「米国からの資金で」: money comes from it, not the goods
    # (not money listed first with goods: 「イランから資金や武器を受け取っている」)
    (
        r"からの?(?:融資|資金|借款|支援金|援助金|財政支援|ローン|送金|投資|支払い)(?!(?:や|と|及び|および)(?:(?!から)[^、。]){1,10}?を)",
        "other",
    ),
    (OFFERED, "source"),
    # 「北朝鮮の羅津港を出港した貨物船」「北朝鮮の港で積み込み」: where a craft sets out or is loaded
    (
        # (a state left behind, 「ロシア軍はウクライナを出て」, is no port: the port is told)
        r"の[^、。がはをにへ]{0,10}?(?:港|空港|基地)を(?:出港|出航|出発|離れ|出)(?=た|て|し)"
        # (「…北東部の経済特区にある羅津港で」「中国江蘇省の造船所で」: a long name of the site, in one phrase)
        r"|(?:[^、。がはをにへ]{0,12}?の"
        + _SITE_NAME
        + r"(?:港|空港|基地|造船所|埠頭|ふ頭|岸壁|倉庫))?で(?=[^、。]{0,30}?(?:積み込|積載|積ん|積ま|積み出))"
        # (「北朝鮮の港に到着し、弾薬を積み込んだ」: a port the craft reaches to take goods on board)
        r"|(?:の[^、。がはをにへ]{0,10}?(?:港|空港|基地)|港|空港)?に(?="
        + CALLS_COUNTED
        + r"(?:到着|入港|寄港|飛来|着陸)(?:し|して)、?[^。]{0,20}?"
        r"(?:積み込|積載|積ん|積ま|積み出))",
        "source",
    ),
    (r"(?:からの|から|より)", "source"),
    # 「イラン発フーシ派向けの武器」「北朝鮮発ロシア行きの貨物」: where goods set out, told with where they go
    (r"発の?(?=[^、。がはを]{0,16}?(?:向け|行き|宛て?))", "source"),
    (
        # (「ロシアとの合弁で開発した」「英国との共同開発による」: a partner in making the goods, no
        # party to their transfer)
        r"(?:にある|にいる|に位置する|に拠点|にあった|を拠点|に本部|に近い|に隣接|に面した|と共同|と協力|と連携|と共に|とともに"
        r"|との?(?:合弁|共同開発|共同生産|共同で))",
        "other",
    ),
    # (not goods named for the strike they make: 「ポーランドへの攻撃ヘリの売却」「…への攻撃型無人機の供与」)
    (r"(?:への|に対する|を)(?:攻撃(?!ヘリ|機(?!能)|型)|侵攻|空爆|砲撃|進攻|派兵|派遣|爆撃|ミサイル攻撃)", "other"),
    # 「無人機の調達でイランへの依存を続けてきた」「部品の輸入を中国に依存している」: a state leaned on for
    # goods, told as the leaning goes on or grows, is where they come from (not 「依存を減らす」, a
    # leaning cut back, nor one only described, 「中国への依存が際立つ」)
    (r"(?:への|に)(?:依存|頼)(?:を(?:続け|強め|深め|高め)|し(?:て|続け)|って)", "source"),
    # 「中国への依存が際立つ」「ロシアに対する制裁」: a state leaned on, feared or punished, no destination
    # (not the goods 「フィリピンへの警戒管制レーダーの引き渡し」 whose name starts with 警戒)
    (r"(?:への|に対する)(?:依存|傾斜|懸念|警戒(?!管制|監視|レーダー|機)|不信感?|反発|圧力|制裁)", "other"),
    # 「国会情報委員会への報告で」「議会に対する説明で」: the audience of a statement, no destination
    (r"(?:への|に対する|に対して?の)(?:報告|説明|答弁|書簡|ブリーフィング|証言|通報)", "other"),
    # 「ウズベキスタンについても」「イランに関しては」「台湾をめぐり」: what is spoken about, no destination
    # 「フィリピンのほか、マレーシアへの…供与」: one set beside the party of the act, not a party to it
    (r"(?:のほか|の他|以外)(?:に|、|は|にも)?", "other"),
    (r"(?:について|につき|に関して|に関し|に関する|をめぐって|をめぐり|をめぐる|を巡って|を巡り|を巡る)", "other"),
    (
        # (「キルギスの企業あてに輸出した」「ロシア宛ての貨物」: goods addressed to a party go to it)
        r"(?:に対して|に対し|の(?:元|もと|手元|手|方|ほう)(?:へ|に)|のために|のための|の為に|向けに|向けの|向け|に向けて"
        r"|(?:あて|宛て?)(?:に|の)?|行きの|へと|への|へも|へは|へ|にも|には|まで|に)",
        "goal",
    ),
    (r"(?:では|は)", "topic"),
    (r"(?:が|も)", "subj"),
    # 「羅津港を出た貨物船が」「バンダルアッバス港を出港した船は」: the port the craft carrying the goods
    # left is where they came from (「ロシア軍はウクライナを出て」: a state left behind is no port)
    (
        r"(?:の[^、。がはをにへ]{0,10}?)?(?:港|空港)を(?:(?:出港|出航|出発)した|出た)"
        r"(?=[^、。がはを]{0,6}?(?:貨物船|輸送船|タンカー|船舶|船|貨物機|輸送機))",
        "source",
    ),
    # 「貨物船は砲弾を積んで羅津港を出港し、…に到着した」: a port a craft sails from, in any form of the verb
    (r"(?:港|空港)?を(?:出港|出航|離港)(?=し|して|した|する|後|の)", "source"),
    (r"(?:を渡|を横断|を通過|を航行|を抜け|(?:領内|領土内?|国内)?を通って)", "via"),  # 「ベラルーシ領内を通って」
    (ROAD_THROUGH, "via"),
    (r"(?:を)", "obj"),
    (r"(?:の)", "gen"),
    (r"(?:と|や|、|・|および|及び|ならびに)", "conj"),
]
# how far past a mention its case may be read: a clause of wire copy, however long its names
_TAIL = 80
# (「米政府 は」: machine translation may set a space before the particle after the title too)
_CASE_RE = [(re.compile(_SUFFIX + "[ \u3000]?(?:" + pat + ")"), case) for pat, case in _CASES]


# 「ロシアのプーチン大統領は」「米国の国防総省が」「イラン軍の幹部は」: the state speaks or acts through
# its office
_GEN_TITLE = re.compile(
    # (「アメリカ政府の高官は」: the state's government or ministry may come between)
    # (「イラン・イスラム共和国軍の広報部は」: the forces' full name may follow the state's)
    r"(?:・[一-龯ァ-ヺー]{1,10}?軍|政府|当局|軍|国防省|国防総省|外務省|国務省)?の[^、。のはがをに]{0,12}?"
    r"(?:大統領|首相|外相|国防相|防衛相|国防長官|国務長官|長官|報道官|政府|当局|国防省|外務省|国務省"
    r"|軍|首脳|高官|(?<=軍の)幹部|大使|政権|指導者|総書記|参謀本部|総参謀部"
    # (「台湾の顧立雄国防部長は」「英国の国防大臣が」「米軍の司令官は」: the ministers and officers
    # of other titles)
    r"|部長|大臣|司令官|広報官|補佐官|次官|参謀総長"
    # (「イラン軍の広報部は」: the office that speaks for the forces or a ministry)
    r"|広報部|報道部|広報室|報道室"
    # (「イランの国連代表部は」「北朝鮮の在ロシア大使館は」: its missions abroad)
    r"|代表部|大使館|領事館|代表団"
    # (「キルギスの国家安全保障委員会（GKNB）は」: a state's committee, past its gloss)
    r"|委員会(?:[（(][^（）()、。]{1,12}[）)])?)(?:氏)?(?P<p>は|が|も)"
    # (「イラン国連代表部は」「ロシア大使館が」: the mission written onto the state's name)
    r"|(?:国連|在[^、。のはがをに]{1,6}?)?(?:代表部|大使館|領事館|代表団)(?P<p2>は|が|も)"
)


# 「キルギスの貿易会社が」「UAEのフロント企業を通じて」: an unnamed firm of the state acts for it,
# in the case the firm takes
_GEN_FIRM = re.compile(
    # (「チェコの企業連合は」: firms joined for the deal act as one)
    # (「ドバイの別の会社は」「香港のある企業が」: one more firm of the place)
    r"(?:など|等)?の[ \u3000]?(?:別の|他の|ほかの|もう一つの|もう1つの|ある)?"
    + JA_FIRM_KINDS
    # (「中国の商社2社は」「キルギスの貿易会社3社が」: the firms counted)
    + r"(?:連合体?|グループ|コンソーシアム)?(?:[0-9０-９]+社|数社|各社|複数社)?"
    # (「キルギスの貿易会社「アルファ」は」: the firm's own name may follow its kind, in quotes)
    r"(?:[ \u3000]?[「『][^」』、。]{1,24}[」』])?"
    # (「横浜市の電子部品商社の元社長は」「貿易会社「A」社長らが」: the firm's officers act for it)
    r"(?:の?(?:元|前)?(?:社長|会長|役員|幹部|代表|代表取締役|社員|従業員)(?:ら)?)?"
    # (「ロシアの企業向けに」: goods bound for the firm)
    r"(?=[はがもをにへ]|から|経由|を通|を介|あて|宛|向け|の?名義)"
)


# 「大阪市西区の貿易会社が」「東京都品川区の商社を通じて」: the ward of a city the press places a firm
# in, between the city and the firm
# (「カザフスタン南部の商社は」: so may a part of the country)
_WARD = re.compile(r"(?:[一-龯]{1,3}区|[東西南北]{1,2}部|中部)(?=の)")


# 「香港のペーパーカンパニーを使い」「UAEの商社を利用して」: a state's firm the goods are passed through
_FIRM_USED = re.compile(r"を(?:使|利用)(?:って|い|し)")


# 「香港を拠点とするフロント企業が」「UAEに拠点を置く商社を通じて」: a firm based in a state passes the
# goods on; the state it is based in goes between (the goods' maker, if told, supplies)
# (「香港とトルコに登録されたフロント企業を通じて」: so does one registered there, and firms told by
# their count alone: 「シンガポールに登記された十数社が」)
_BASED_FIRM = re.compile(
    # (「キルギス、UAEなどに拠点を置く企業」: the last of a list)
    r"(?:など|等)?(?:を拠点と(?:する|した)|を拠点に(?:する|した)?|に(?:拠点|本社|本拠)を(?:置く|持つ|構える)"
    r"|(?:に|で)(?:登録|設立|登記)(?:された|されている|されていた|した))"
    r"[^、。はがをに]{0,8}?(?:" + JA_FIRM_KINDS + r"|[0-9０-９一二三四五六七八九十数複]{1,3}社)"
)


# 「ベラルーシ領内には」「シリア国内に」: the state's own ground, where goods go when no party
# receiving them is told (「ヒズボラ向けの兵器をシリア国内に運び込んだ」 names the party)
# the partner of a deal, named with と: 「韓国と」「韓国政府との間で」「日本側との」 (past a gloss in
# brackets: 「韓国航空宇宙産業（KAI）との間で」)
DEAL_PARTNER = re.compile(
    r"(?:[（(][^（）()、。]{1,20}[）)])?(?:政府|側|当局|国防省|空軍|陸軍|海軍|軍)?と(?:の間で|の間に|の間の|の)?"
)
_OWN_GROUND = re.compile(r"(?:領土内|領土|領内|国内)(?:に|へ)")


# 「フーシ (Houthi) の」「カービー(John Kirby)氏は」: a gloss in brackets between a name and its particle
_GLOSS = re.compile(r"[ \u3000]?[(（][^()（）、。]{1,40}[)）][ \u3000]?")


_SPACED_PARTICLE = re.compile(
    r"[ \u3000](?=[はがをにへもとの][^ぁ-ん]|から|より|による|によって|への|には|では|からの)"
)


# 「中国の厦門に拠点を置くメーカーが…ロシア向けに出荷していた」: a maker based in a state makes the goods
# there and sends them itself; the state acts through it, in the case the maker takes
_BASED_MAKER = re.compile(
    r"(?:を拠点と(?:する|した)|を拠点に(?:する|した)?|に(?:拠点|本社|本拠)を(?:置く|持つ|構える))"
    r"[^、。はがをに]{0,8}?(?:メーカー|製造業者|製造会社|製造企業|工場)(?P<p>は|が|も|から)"
)
_MAKER_CASE = {"は": "topic", "が": "subj", "も": "subj", "から": "source"}


# 「ドバイにある商社を通じて」「UAEのドバイにある商社を通じて」: a firm merely sited in a place is a
# go-between only where the goods are told as passed through it (「ロシア中部にある企業に届けた」 is
# where they go)
_SITED_FIRM_THROUGH = re.compile(
    r"(?:の[一-龯ァ-ヺー]{1,10})?に(?:ある|所在する)[^、。はがをに]{0,8}?"
    + JA_FIRM_KINDS
    + r"(?:を通じ|を通し|を介し|を経由|経由)"
)


# 「ロシア中部にある企業に輸出した」「ロシアのモスクワにある企業へ」: the state of the firm the goods are
# addressed to receives them
_SITED_FIRM_GOAL = re.compile(
    r"(?:[一-龯]{1,2}部|の[一-龯ァ-ヺー]{1,10})?に(?:ある|所在する)[^、。はがをに]{0,8}?"
    + JA_FIRM_KINDS
    + r"(?:に(?!よ|つ|関|対)|へ|あて|宛|向け)"
)


def firm_based_at(text: str, end: int) -> bool:
    """Whether the name ending at `end` is where a firm passing the goods on is based:
    「香港に登録されたフロント企業を通じて」「UAEに拠点を置く商社が」「ドバイにある商社を通じて」 (a gloss
    between them too: 「厦門(アモイ)に拠点を置くメーカーが」)."""
    gloss = _GLOSS.match(text, end)
    at = particle_at(text, gloss.end() if gloss else end)
    return _BASED_FIRM.match(text, at) is not None or _SITED_FIRM_THROUGH.match(text, at) is not None


# 「…に拠点を置く企業が」「…を拠点とする商社2社は」: such a firm as the subject of its clause
_BASED_FIRM_ACTS = re.compile(_BASED_FIRM.pattern + r"(?:など|等)?(?:[0-9０-９]+社|数社|複数社)?(?:が|は|も)")


def based_firm_acts(text: str, end: int) -> bool:
    """Whether the name ending at `end` is where a firm is based that is its clause's subject:
    「米財務省は、キルギスに拠点を置く企業がロシアに部品を供給したとして…」 (the topic before it is
    not the one who supplied)."""
    gloss = _GLOSS.match(text, end)
    return _BASED_FIRM_ACTS.match(text, particle_at(text, gloss.end() if gloss else end)) is not None


def particle_at(text: str, end: int) -> int:
    """Where the particle after a name starts: 「Duda は」「MiG-29 を」「ロシア へ」, machine translation
    sets a space between a name and its particle."""
    if end == 0:
        return end
    spaced = _SPACED_PARTICLE.match(text, end)
    return spaced.end() if spaced is not None else end


# 「トルコと米国の間でF16の購入をめぐる協議が続いている」: the two sides of talks on an act, told as one
# pair, act together as a topic does; so do the two sides of a deal of sale or purchase (「韓国と
# ポーランドの間で、K2戦車の売却契約が結ばれた」「…の間で戦闘機の購入で合意した」)
# (「両国の間で戦闘が続く中」「…の間で停戦協議が続く中」「…の間で停戦合意が結ばれた」 tell no sides
# of talks on goods)
SIDES_OF_TALKS = re.compile(
    r"の間(?:で|では|に|には)、?[^、。]{0,30}?"
    r"(?:(?:を|に)(?:めぐ|巡|関す|つい)[^、。]{0,6}?(?:協議|交渉|商談)"
    r"|(?:売却|購入|輸出|輸入|販売|調達)(?:の|に関する)?(?:契約|取引|商談|覚書|で合意|に合意))"
)


def _clause_end(text: str, end: int) -> int:
    """Where what a mention's case is read from ends: the end of its sentence (at most `_TAIL`
    characters on), so that a long name between the mention and its verb (「…の羅先経済特区にある
    羅津港で砲弾を積み込み」) does not cut the verb off; the patterns bound themselves by phrase."""
    stop = text.find("。", end, end + _TAIL)
    return stop + 1 if stop >= 0 else min(len(text), end + _TAIL)


# 「フィリピンとマレーシアの2カ国に」「英国とドイツの両国へ」: the last of states listed, then counted or
# summed up; the case is the count's
STATES_COUNT = r"の(?:[0-9０-９一二三四五六七八九十]+(?:カ国|か国|ヵ国|ヶ国|ケ国)|両国)"
_STATES_COUNTED = re.compile(STATES_COUNT + r"(?=[がはもにへをか])")


# 「フィリピン、マレーシアの2カ国が対象となり」「ベトナムも支援の対象に加わった」: states named as the
# ones a programme covers are its receivers to be, not the doers of the act that follows
COVERED = re.compile(
    r"(?:が|は|も)、?(?:[^、。がはをにへ]{0,12}?の)?対象(?:国|先)?(?:と|に)(?:な|され|決ま|選ば|加わ|含まれ)"
)


# 「インドの防衛輸出額は過去最高を記録し、アルメニアには…を供与した」: a state's exports set as the
# topic make the state the topic of the clauses that go on to tell what it sold
_EXPORTS_TOPIC = re.compile(
    r"の(?:防衛|武器|兵器|防衛装備品?)?(?:輸出|売却)(?:額|高|実績|総額)?(?:は|も)(?!、?(?:[^、。]{0,8}?の)?対象)"
)


def case_of(text: str, end: int) -> str:
    while end < len(text) and text[end] in '」』”"）)':
        end += 1  # 「ワグネル」に: the particle follows the closing quote
    gloss = _GLOSS.match(text, end)
    if gloss is not None:
        end = gloss.end()
        while end < len(text) and text[end] in '」』”"':
            end += 1  # 「即応支援部隊（RSF）」に: the gloss inside the quote, the particle after it
    end = particle_at(text, end)
    counted = _STATES_COUNTED.match(text, end)
    if counted is not None:
        end = counted.end()
    if COVERED.match(text, end):
        return "other"
    if _EXPORTS_TOPIC.match(text, end):
        return "topic"
    ward = _WARD.match(text, end)
    firm = _GEN_FIRM.match(text, ward.end() if ward else end)
    if firm is not None:
        end = firm.end()
        if _FIRM_USED.match(text, end):
            return "via"
    maker = _BASED_MAKER.match(text, end)
    if maker is not None:
        return _MAKER_CASE[maker["p"]]
    if _BASED_FIRM.match(text, end) or _SITED_FIRM_THROUGH.match(text, end):
        return "via"
    if _SITED_FIRM_GOAL.match(text, end):
        return "goal"
    if _OWN_GROUND.match(text, end):
        return "goal-gen"
    m = _GEN_TITLE.match(text, end)
    if m:
        return "topic" if (m["p"] or m["p2"]) == "は" else "subj"
    if SIDES_OF_TALKS.match(text, end):
        return "topic"
    tail = text[end : _clause_end(text, end)]
    for pattern, case in _CASE_RE:
        if pattern.match(tail):
            return case
    return "other"


# 「最大の役割を果たしている」「中心的な役割を担う」「主導する」: a main part told as played
_PART = (
    r"[^、。]{0,14}?(?:役割を(?:果た|担)|(?:中心|主役|主力)(?:的な)?(?:役割|存在)?(?:を担|とな|だ)"
    r"|主導|先行|突出|大半を(?:占め|担))"
)
# 「ロシアへの砲弾供給では、北朝鮮が最大の役割を果たしている」: the state after an act named as the
# frame, told as playing the main part in it
_FRAME_OF_PART = re.compile(r"(?:では|で|において|には)、?")
_PART_AFTER = re.compile(r"(?:が|は|も)、?" + _PART)
# 「ロシアに砲弾を送っているのは北朝鮮だ」「ロシアへの砲弾供給で中心的な役割を担っているのは、北朝鮮と
# イランだ」: the name a cleft puts in focus after an act's 「…のは」
# (「…送ったとみているのは米国だ」: the focus of a quoting verb is who says so, not the act's doer)
_VERB_END = r"(?:(?![とか])[ぁ-ん]){0,8}"
_CLEFT_GAP = re.compile(
    r"(?:" + _VERB_END + r"|(?:では|で|において|には)、?" + _PART + _VERB_END + r")のは、?(?:主に|おもに|いずれも)?"
)
_LISTED = re.compile(r"(?:と|や|、|・|および|及び)")
_DOERS = ("country", "armed-group", "company")
_CLEFT_CLOSE = re.compile(
    r"(?:の?" + JA_FIRM_KINDS + r")?(?:など|等)?(?:だ|である|です|であり|で、|とみられ|とされ|と(?:い|言)われ)"
)


def _focus_run(sentence: Sentence, first: int) -> list[Arg]:
    """The names listed from party `first` on (「北朝鮮とイラン」「中国、イラン」)."""
    parties, text, s0 = sentence.parties, sentence.text, sentence.start
    run = [parties[first]]
    for b in parties[first + 1 :]:
        if not _LISTED.fullmatch(text, run[-1].end - s0, b.start - s0):
            break
        run.append(b)
    return run


def focused_parties(sentence: Sentence) -> None:
    """Give an act the states a cleft puts in focus after it (「ロシアに砲弾を送っているのは北朝鮮だ」),
    or the ones told as playing the main part in an act named before them (「ロシアへの砲弾供給では
    北朝鮮が最大の役割を果たしている」): the clause names the act and leaves its doer to the predicate
    after it. Where the act's clause has its doer, a cleft's focus is where the goods go
    (「北朝鮮が砲弾を送っているのはロシアだ」)."""
    text, s0 = sentence.text, sentence.start
    for ti, h in enumerate(sentence.triggers):
        own = {a.case for a in sentence.parties if a.trigger == ti and a.direct}
        for k, a in enumerate(sentence.parties):
            if a.start < h.end or a.entity is None or a.entity.type not in _DOERS:
                continue
            gap = text[h.end - s0 : a.start - s0]
            run = _focus_run(sentence, k)
            tail = text[run[-1].end - s0 :]
            cleft = _CLEFT_GAP.fullmatch(gap) is not None and _CLEFT_CLOSE.match(tail) is not None
            framed = h.nominal and _FRAME_OF_PART.fullmatch(gap) is not None and _PART_AFTER.match(tail) is not None
            if not (cleft or framed):
                continue
            if not own & {"subj", "topic", "agent"}:
                case = "subj"
            elif cleft and h.trigger.direction in ("give", "move") and "goal" not in own:
                case = "goal"
            else:
                break
            for b in run:
                b.case, b.trigger, b.direct = case, ti, True
            break


# 「北朝鮮から来た砲弾」「イランからやって来た無人機」: goods told as come from a state, by a verb of
# coming that tells no act of its own
_CAME_FROM = re.compile(r"から(?:来|き|やって来|やってき)(?:た|ている|ていた|る)")


def came_from(sentence: Sentence) -> None:
    """Make the state goods are told as come from (「北朝鮮から来た砲弾もロシアに入った」) the source
    of the act on those goods, where that act names none: the goods' clause tells where they left."""
    text, s0 = sentence.text, sentence.start
    for a in sentence.parties:
        if a.case != "source" or (a.trigger is not None and a.trigger >= 0):
            continue
        goods = next((it for it in sentence.items if it.start >= a.end), None)
        if goods is None or goods.trigger is None or goods.trigger < 0:
            continue
        if not _CAME_FROM.fullmatch(text, a.end - s0, goods.start - s0):
            continue
        ti = goods.trigger
        if any(b.trigger == ti and b.case in ("source", "subj", "topic", "agent", "origin") for b in sentence.parties):
            continue
        a.trigger, a.direct = ti, True
