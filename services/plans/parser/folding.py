"""Folding: the text with its variants unified, character for character.

Matching runs on a folded copy of the text (traditional characters and punctuation variants mapped to
one form), so every offset found in the folded copy is valid in the original.
"""

from __future__ import annotations

import re

from services.plans.parser.lazy_patterns import compile_lazily

# Traditional -> simplified, only the characters that appear in clause words, headings, units and
# annexes. Hand-written because no T->S library is a dependency and one-to-one mapping keeps offsets.
_TRADITIONAL = (
    "牽牵 頭头 責责 單单 負负 參参 與与 職职 務务 關关 於于 發发 區区 辦办 組组 長长 員员 會会 門门 號号 臺台 個个 輛辆 萬万 億亿 項项 點点 標标 準准 達达 實实 動动 劃划 計计 強强 設设 "
    "備备 總总 體体 領领 導导 協协 鎮镇 縣县 級级 業业 廠厂 將将 應应 時时 數数 據据 產产 經经 濟济 環环 護护 農农 機机 醫医 療疗 衛卫 為为 並并 進进 續续 爭争 確确 現现 規规 構构 屬属 "
    "檢检 測测 網网 電电 車车 舊旧 換换 書书 記记 廣广 東东 處处 廳厅 園园 統统 籌筹 調调 約约 兩两 餘余 專专 欄栏 畝亩 條条 種种 類类 價价 億亿 節节 能能 資资 源源 財财 稅税 銀银 貿贸 "
    "商商 聯联 絡络 組组 黨党 樣样 層层 鄉乡 園园 場场 館馆 醫医 藥药 監监 營营 運运 輸输 務务 創创 新新 團团 體体 區区 鎮镇 街街 幹干 圍围 綜综 態态 規规 劃划 橋桥 縣县 鄰邻 術术 養养 "
    "護护 災灾 應应 急急 責责 質质 屆届 週周 歲岁 億亿 圓圆 億亿 門门 戶户 處处 點点 讓让 這这 對对 個个 從从 及及 們们 來来 後后 與与 開开 間间 問问 題题 義义 學学 習习 傳传 報报 訊讯 "
    "證证 議议 論论 認认 識识 試试 讀读 請请 風风 氣气 電电 熱热 燈灯 爐炉 煤煤 礦矿 鋼钢 鐵铁 銷销 購购 買买 賣卖 費费 貸贷 貼贴 補补 獎奖 勵励 樓楼 萬万 億亿 臺台 級级 處处 爲为 衆众 "
    "綫线 裏里 纔才 着着 見见 綱纲 細细 則则 決决 訂订 內内 額额 總总 織织 維维 際际 視视 訪访 預预 評评 審审 註注 歸归 險险 優优 勞劳 權权 稱称 緊紧 繼继 響响 錢钱 幫帮 貧贫 兒儿 婦妇 "
    "殘残 龍龙 樂乐 觀观 覽览 範范 轉转 變变 遷迁 滅灭 燒烧 隊队 歷历 線线 邊边 島岛 灣湾 擊击 罰罚 違违 紀纪 執执 獲获 選选 舉举 輕轻 載载 駕驾 駛驶 較较 顯显 齊齐 聲声 勢势 況况 狀状 "
    "傷伤 損损 濫滥 溝沟 淨净 潔洁 漲涨 橫横 檔档 韌韧 亂乱 辭辞 蘇苏 寧宁 陽阳 陰阴 遼辽 滬沪 閩闽 贛赣 魯鲁 粵粤 瓊琼 隴陇 陝陕 紮扎 貫贯 徹彻 衝冲 擔担 嚴严 壓压 彙汇 匯汇 圖图 嶺岭 "
    "帶带 廢废 張张 彈弹 復复 複复 懲惩 戰战 擴扩 攜携 斷断 榮荣 殺杀 沒没 淺浅 滿满 獨独 畢毕 異异 當当 盡尽 眾众 礎础 禮礼 禦御 穩稳 窮穷 競竞 築筑 糧粮 終终 結结 給给 絕绝 綠绿 緩缓 "
    "編编 縮缩 績绩 繳缴 罷罢 聽听 膽胆 脅胁 興兴 艱艰 藝艺 蘭兰 蠶蚕 製制 親亲 觸触 討讨 訓训 許许 訴诉 診诊 詢询 該该 詳详 誠诚 談谈 諮咨 謀谋 講讲 謝谢 譜谱 貨货 貴贵 賦赋 賽赛 贊赞 "
    "趕赶 軍军 輔辅 輪轮 連连 遊游 過过 遠远 適适 遺遗 還还 釋释 針针 鋪铺 鏈链 閒闲 閱阅 階阶 隨随 隱隐 雙双 雜杂 雞鸡 離离 難难 靈灵 韓韩 順顺 須须 頻频 飛飞 飯饭 飲饮 駐驻 驗验 髮发 "
    "鬥斗 魚鱼 鳥鸟 鹽盐 麥麦 黃黄 齡龄"
)
_FOLD_PAIRS = {pair[0]: pair[1] for pair in _TRADITIONAL.split()}
_FOLD_PAIRS.update(
    {
        "(": "（",
        ")": "）",
        ":": "：",
        ";": "；",
        ",": "，",
        "﹒": ".",
        "．": ".",
        "\u3000": " ",
        "\xa0": " ",
        "％": "%",
        "［": "〔",
        "］": "〕",
        "[": "〔",
        "]": "〕",
        "【": "〔",
        "】": "〕",
    }
)
# Full-width digits fold to ASCII so one pattern reads both.
_FOLD_PAIRS.update({chr(0xFF10 + i): str(i) for i in range(10)})
_FOLD_PAIRS = {variant: form for variant, form in _FOLD_PAIRS.items() if variant != form}
# A regex substitution scans in C and looks up only the characters it changes: six times faster than
# str.translate with a dict, which looks up every character (fold runs on every line many times).
_VARIANT = compile_lazily("[" + "".join(re.escape(variant) for variant in _FOLD_PAIRS) + "]")


def _form(match: re.Match[str]) -> str:
    return _FOLD_PAIRS[match.group()]


def fold(text: str) -> str:
    """The same text with variants unified; same length as `text`, so offsets carry over."""
    return _VARIANT.sub(_form, text)
