"""Readings decided by the words around a character, where a phrase dictionary cannot decide.

Each rule says: this character is read so when the text before it ends with one pattern and the
text after it begins with another. Rules are tried in order and the first that fits wins; where
none fits, the dictionary's reading stays. The classes (an adjective after 很/太, a verb before its
object, a measure word after a number, a surname before a title ...) are the ones a member hears
wrong most; the corpus test (tests/data/mandarin_corpus.tsv) measures them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMERALS = "零〇一二三四五六七八九十百千万亿两几"
_NUM = f"[{NUMERALS}]"
_END = r"(?:$|[^\u3400-\u9fff〇])"  # the end of the text, or a character that is not Chinese
_CLAUSE_START = r"(?:^|[^\u3400-\u9fff〇])"
TITLES = (
    "书记|主任|老师|同志|先生|女士|大爷|大妈|大娘|大姐|大哥|大嫂|奶奶|爷爷|阿姨|叔叔|婶婶|师傅|医生|大夫|"
    "局长|县长|市长|镇长|乡长|村长|部长|厂长|校长|院长|所长|站长|主席|委员|教授|经理|总|老[^师人家年]|某|氏"
)
# Surnames read otherwise than the everyday character (现代汉语词典), with tones.
SURNAMES: dict[str, tuple[str, ...]] = {
    "万俟": ("mo4", "qi2"),
    "尉迟": ("yu4", "chi2"),
    "单于": ("chan2", "yu2"),
    "澹台": ("tan2", "tai2"),
    "长孙": ("zhang3", "sun1"),
    "曾": ("zeng1",),
    "单": ("shan4",),
    "解": ("xie4",),
    "仇": ("qiu2",),
    "朴": ("piao2",),
    "查": ("zha1",),
    "区": ("ou1",),
    "盖": ("ge3",),
    "乐": ("yue4",),
    "覃": ("qin2",),
    "缪": ("miao4",),
    "翟": ("zhai2",),
    "召": ("shao4",),
    "员": ("yun4",),
    "种": ("chong2",),
    "尉": ("yu4",),
    "繁": ("po2",),
}

# Words the phrase dictionary reads wrongly or not at all, added to the reading table.
PHRASES: dict[str, str] = {
    "所得": "suo3 de2",
    "长住": "chang2 zhu4",
    "长时间": "chang2 shi2 jian1",
    "称职": "chen4 zhi2",
    "应尽": "ying1 jin4",
    "晒干": "shai4 gan1",
    "调一调": "tiao2 yi1 tiao2",
    "干净": "gan1 jing4",
    "一场电影": "yi1 chang3 dian4 ying3",
    "照片": "zhao4 pian4",
    "冷了": "leng3 le5",
    "人参加": "ren2 can1 jia1",
    "乡长": "xiang1 zhang3",
    "堡垒": "bao3 lei3",
    "没过多久": "mei2 guo4 duo1 jiu3",
    "没过几天": "mei2 guo4 ji3 tian1",
    "处分": "chu3 fen4",
    "接种": "jie1 zhong4",
    "外传": "wai4 chuan2",
    "当回事": "dang4 hui2 shi4",
    "重重": "chong2 chong2",
    "大夫": "dai4 fu5",
    "受到处分": "shou4 dao4 chu3 fen4",
    "进行曲": "jin4 xing2 qu3",
    "吃拿卡要": "chi1 na2 qia3 yao4",
    "种养": "zhong4 yang3",
    "干妈": "gan1 ma1",
    "卒中": "cu4 zhong4",
    "脑卒中": "nao3 cu4 zhong4",
    "处在": "chu3 zai4",
    "流血": "liu2 xue4",
    "嗑瓜子": "ke4 gua1 zi3",
    "大山": "da4 shan1",
}


# Words that end in 一 (read yi1 at the end of a word, whatever follows).
ENDING_IN_一 = ("统一", "唯一", "万一", "专一", "如一", "划一", "之一", "单一", "合一", "归一", "均一", "始终如一")


@dataclass(frozen=True)
class Rule:
    char: str
    reading: str
    before: str | None = None  # a pattern the text before the character ends with
    after: str | None = None  # a pattern the text after it begins with
    alone: bool = False  # only when the character is a word by itself

    def fits(self, before: str, after: str, alone: bool) -> bool:
        if self.alone and not alone:
            return False
        if self.before is not None and not re.search(f"(?:{self.before})$", before):
            return False
        return self.after is None or re.match(self.after, after) is not None


_DEGREE = "很|太|真|较|多|更|最|挺|蛮|够|好|不|这么|那么|这样|那样|特别|非常|越|又|也不|不太|有多|时间一?|日子|夜|路"
_OBJECT_OF_铺 = "木|砖|石|路|地|床|上|开|好|满|平|设|了|着|一|成|草|席|垫|被|水泥|沥青|地毯|防|张|砂|沙|层|条|块"

_MANNER = (
    "有根据|光荣|亲切|独立|认真|积极|热情|主动|耐心|仔细|大胆|坚决|自觉|严格|深情|勇敢|顽强|热烈|广泛|充分|"
    "不断|逐步|默默|悄悄|静静|轻轻|偷偷|紧紧|牢牢|慢慢|好好|实事求是|有计划|有组织|有步骤|创造性|历史性|"
    "全面|科学|彻底|深入|高兴"
)
_NOT_AFTER_MANNER_地 = "方|区|点|上|下|里|面|图|址|位|带|球|铁|道|震|主|皮|产|势|形|质|租|段|盘|基|表|域|貌|理|名|步"

RULES: tuple[Rule, ...] = (
    # 长: an adjective after a degree word, before 住/期/时间, before a length; a verb before 大/高
    Rule("长", "chang2", None, "[和与、]?[宽短]"),  # 长和宽: the length
    Rule("长", "zhang3", None, "[大高出成]"),
    Rule("长", "chang2", _DEGREE),
    Rule("长", "zhang3", None, "[个得了]"),
    Rule("长", "chang2", None, "住|时间|久|远|寿"),
    Rule("长", "chang2", "[^增生成助滋]", _NUM),
    Rule("长", "zhang3", "[乡村县市镇厂校院局部处科组班船家团队军师连排社所站省区州]", "[和与]"),
    # 还: give back, before what is returned or at the end of a clause after a verb helper
    Rule("还", "huan2", None, "钱|款|债|贷|账|清|给|了?回来|了?回去|上" + _END),
    Rule("还", "huan2", "没有|没|不|要|会|得|该|能|按时|及时|就|先|时候|归|偿|退|交|欠债", _END),
    Rule("还", "huan2", "按时|及时|不光|没有|已经|马上|先|要", "了(?!解)"),
    Rule("还", "huan2", None, "[你我他她您](?:[，。！？”]|钱|$)"),  # 过两天还你
    # 着: catch fire, fall asleep, light
    Rule("着", "zhao2", None, "大?火"),
    Rule("着", "zhao2", "[煤柴炭木]|炉子|房子|被子|电线|灯", "了"),
    Rule("着", "zhao2", "点不?|烧不?|睡不?", None),
    Rule("着", "zhao2", "打不?", "火|了|$|[，。！？]"),
    # 没: mei2 except the few words of sinking and hiding (the phrase dictionary knows those)
    Rule("没", "mo4", None, "过(?:了)?(?:膝|头|腰|脚|脖|顶|胸|小腿|大腿)"),
    Rule("没", "mei2", None, "过"),
    # 调: adjust (tiao2) as a verb on its own, transfer (diao4) after 被/组织/上级 or before a place
    Rule("调", "diao4", "被|组织上?|上级|借|抽|对", None),
    Rule("调", "diao4", None, "到?[县乡省市镇村]|到部队|到外地|到机关|走|任|往|入"),
    Rule("调", "tiao2", None, "一?调|到|大|小|高|低|好|得|成|整|准|匀|淡|咸|慢|快", True),
    Rule("调", "tiao2", "乱|自己|来回|重新|可以|帮你?|帮我", _END),
    Rule("调", "tiao2", "声音", "[小大高低]"),  # 声音调小 (not 音调)
    # 铺: lay (pu1) before what is laid
    Rule("铺", "pu4", "[店药当饭肉卧床]", None),
    Rule("铺", "pu1", None, _OBJECT_OF_铺),
    # 教: teach as a verb on its own
    Rule("教", "jiao1", None, "徒弟"),  # 师傅教徒弟 (not 教徒)
    Rule("教", "jiao4", "请|领|受|求|宗|道|佛|传|任|助|家|指|管|说|调|赐|讨|施|政|国", None),
    Rule("教", "jiao1", None, "(?![育训师室授学堂材练导科程研务员养诲条会派徒父主士案具龄改规义益官化区堂])", True),
    # 种: a kind after a number or a pointing word; plant before what is planted
    Rule("种", "zhong3", f"{_NUM}|[这那各每哪某此该多]", None),
    Rule("种", "zhong4", None, "地|树|菜|田|粮|花|草|玉米|小麦|水稻|庄稼|瓜|豆|果|了|上|下|过|出|植|着"),
    Rule("种", "zhong4", None, "[\u4e00-\u9fff]", True),
    # 得: must before a verb, after the one who must; a complement after a verb
    Rule(
        "得",
        "dei3",
        "[你我他她它们咱人家就还也都可总先再又却只，。、]|^",
        "去|先|赶紧|赶快|马上|好好|按时|及时|多|少|早|快|注意|小心|试|自己|把|让|跟|问|有人|等|找|再|重新|认真|抓紧|交|学|看|留|听|打|花",
    ),
    Rule(
        "得",
        "de5",
        None,
        "很|越|不[好错]|太|真|非常|特别|十分|更|好|多|快|慢|清楚|干净|淡|滚瓜|工整|认真|整齐|满",
        True,
    ),
    Rule(
        "得",
        "de5",
        "(?<![取获赢求觉懂值记晓舍使免难只省认显博落夺所总非不必可自算未何怎安哪料占赚患彼相适心])",
        "很|越|不|太|真|非常|特别|十分|更|好|多|快|慢|清|干|明明白白|离谱|厉害|稳|正|见|对|分散|满|这么|那么|要命|发抖|透|直|够|出奇|热闹|整齐|认真|起|动|完|了[，。！？]",
    ),
    Rule(
        "得",
        "de5",
        "[\u4e00-\u9fff]",
        "(?!了|到|奖|病|分(?![散开明清])|益|知|出|失|逞|手|罪|救|力|天独厚|道|体|意|当|宠|势|胜|以|票|主|数|其)",
        True,
    ),
    # 行: a line after a number, a trade after 这一/各/同; otherwise the phrase dictionary
    Rule("行", "hang2", _NUM, "大?字|诗|泪"),
    Rule("行", "hang2", "(?:干|爱|钻|专|懂|精)一", None),  # 干一行爱一行
    Rule("行", "hang2", "这一|那一|哪一|干这|干一|各|同|本|改|转", "(?!人|[一二三四五六七八九十])"),
    # 为: be (wei2) in 以……为 ……, and after a verb of naming or making (定为, 概括为)
    Rule("为", "wei2", None, "准(?!备|确|时)"),  # 以……为准
    Rule("为", "wei2", "(?:选举|推举|推选|任命|聘请|聘任|命名)[\u4e00-\u9fff]{1,4}", "(?!了|什么|此|人民|民)"),
    Rule("为", "wei2", "(?:通过|接收|吸收|批准|追认)[他她我你其]们?", None),  # 通过他为预备党员
    Rule("为", "wei2", "[零〇一二三四五六七八九十]日|国旗|国歌|国徽|首都|国号", None),  # 十月一日为国庆日
    Rule(
        "为",
        "wei2",
        "定|概括|评|选|改|编|列|视|变|化|转|译|封|名|确定|规定|划|降|升|扩|缩|简|合|总结|归纳|称|分|奉|尊|拜|誉|立|当选|诊断|判|折合|换算",
        "(?!人民|民|公|群众|了|什么|此)",
    ),
    Rule(
        "为",
        "wei2",
        "以[^，。；！？]*",
        "荣|宜|主|辅|准|本|先|重|中心|核心|目标|标准|基础|重点|例|界|限|题|名|代|书记|主席|首",
    ),
    # 都: all (dou1) before 会, not the city (都会) after 首/大
    Rule("都", "dou1", "(?<![首大])(?<!国际)", "会(?![区市])"),
    # 地: the adverb marker (de5) after a word of manner (光荣地加入, 有根据地批评)
    Rule("地", "de5", _MANNER, f"(?!{_NOT_AFTER_MANNER_地})"),
    # 的: 上了骗子的当
    Rule("的", "de5", "(?<![目靶])", "当"),
    # 当: take for (dang4) in 把/拿/认……当……
    Rule(
        "当",
        "dang4",
        "(?:把|拿|认)[^，。；！？把拿认]{1,8}",
        "(?!面|天|时|年|初|中|地|场|众|即|前|晚|家|心|选|兵|上|官|成|作|下|好|事|代|局|然|今|着|务|权|政|街|头)",
    ),
    # 了: 上了当, 出了事, 开始了局部抗战 (not 了当, 了事, 了局)
    Rule("了", "le5", "[上出]", "[当事]"),
    Rule("了", "le5", "[\u4e00-\u9fff]", "局[部面势]"),
    # 分: 处分 (chu3 fen4) cut as 处 + 分时
    Rule("分", "fen4", "(?<![到各四])处", "(?![别发开散配布])"),
    # 发: post at random (乱发消息), not messy hair (一头乱发)
    Rule("发", "fa1", "(?<![头])乱", "(?![丝型梢])"),
    # 通: 电话一通 (once the call gets through)
    Rule("通", "tong1", "(?:电话|线路|手机|视频)一", None),
    # 和: and before a face (声音和面孔), not knead (和面)
    Rule("和", "he2", None, "面[孔容貌部]"),
    # 露: 露了馅
    Rule("露", "lou4", None, "了?馅"),
    # 间: 中间隔一分钟, 交费时间或者 (not 间隔, 间或)
    Rule("间", "jian1", "中", "隔"),
    Rule("间", "jian1", "时", "或者"),
    # 色: 褪了色 as 褪色 (tui4 shai3)
    Rule("色", "shai3", "褪了", None),
    # 挣: earn (zheng4), except 挣扎
    Rule("挣", "zheng4", None, "(?!扎)"),
    # 数: count as a verb
    Rule("数", "shu3", "数一?", None),
    Rule("数", "shu3", None, "一数|了|不清|不过来|到|钱|一下|过", True),
    # 参: the trap 人参 + 加/观/与 ...
    Rule("参", "can1", None, "[加观考与军谋战选赛保议政照阅拜展演]"),
    # 尽: to the end (jin4) after a verb; 尽管/尽量/尽快 are in the phrase dictionary
    Rule("尽", "jin4", "受|用|吃|历|想|耗|费|说|道|竭|穷|殆|详|应|享|绝|净|用不|数不", None),
    Rule("尽", "jin4", None, "到|职|责|力|心|孝|忠|义务|全力"),
    # 倒: fall (dao3) after a verb of falling, before the trap 倒不是
    Rule("倒", "dao3", "[跌摔绊推滑晕累病撞压吹刮砍踢卧栽歪颠昏醉翻放扳打]", None),
    # 难处: a difficulty (nan2 chu4), not "hard to get along with"
    Rule("处", "chu4", "(?:有|遇到|的|什么|没有|没|碰到|说出)难", None),
    # 量: measure (liang2) as a verb on its own
    Rule("量", "liang2", "时间|家里|连着|接着|坐着|躺着", None),  # 每天在相同的时间量; 连着量两遍
    Rule(
        "量",
        "liang2",
        "之前|以前|以后|之后|再|每次|在家|按时|要|先|去|来|又|就|时间|自己|天天|每天|定时|早晚",
        None,
        True,
    ),
    Rule(
        "量", "liang2", "(?<![的加减增用剂总])", "血压|体温|血糖|身高|体重|一次|完|出|之前|前|好|了|一下|一量|得", True
    ),
    # 了: 讲明了 is 讲明 + le, not 明了 liǎo
    Rule("了", "le5", "[讲说查弄搞写标注表指证点摸]明", None),
    # 处: deal with (chu3) before 分/理/罚
    Rule("处", "chu3", None, "[分理罚置决境事]"),
    Rule("处", "chu4", _NUM, None),
    # 干: dry after a degree word or a verb of drying
    Rule("干", "gan1", "太|很|真|晒|吹|烘|风|擦|烤|挺|变|比较|特别|又|饼", None),
    Rule("干", "gan4", None, None, True),
    # 背: carry on the back before what is carried
    Rule("背", "bei1", None, "着|起|上|包|不动|孩子|孙子|枪|柴|粮|水|回|走", True),
    # 只: a measure word after a number or a pointing word, not after a number said digit by digit
    Rule("只", "zhi3", "[零幺一二三四五六七八九]{3,}", None),  # 九六幺幺零只劝您
    Rule("只", "zhi1", f"[这那每哪]{_NUM}", None),
    Rule("只", "zhi1", f"{_NUM}|[这那每哪某半]", "(?![是有要能好会在得怕顾管])[\u3400-\u9fff]"),
    # 场: a show is chang3, rain and illness chang2
    Rule("场", "chang3", _NUM, "电影|戏|比赛|球|演出|晚会|考试|音乐会|节目"),
    Rule("场", "chang2", _NUM, "大?雨|大?雪|病|大?风|仗|战斗|大火|灾|梦|官司|误会|大战"),
    Rule("场", "chang2", f"{_NUM}|[这那]", "战争|战役|斗争|灾难|浩劫"),
)

# A surname followed by a given name and a verb, at the start of a clause or after a title
# (曾联松设计了, 老战士解振华讲), unless the two characters after it make an everyday word.
_NAME_BEFORE = (
    _CLAUSE_START
    + "|战士|同志|烈士|英雄|模范|代表|书记|主任|老师|先生|女士|作者|将军|元帅|主席|总理|部长|学者|专家|村民|党员|名叫|叫做|叫|姓"
)
_NAME_VERB = "设|是|说|讲|在|被|为|同|和|与|等|领|带|提|写|出|生|担|任|率|指|发|回|来|去|当|曾|也|就|的|，"
_NOT_A_NAME = {
    "曾": "经|几|是|在|去|来|有|为|任|被|和|与|到|多|不|一|参|获|先|两|三",
    "单": "位|独|纯|一|身|据|元|调|薄|价|词|打|干|个|方|项|车|人|亲|子|选|位|行",
    "解": "放|决|释|答|开|除|读|说|脱|散|体|冻|救|围|渴|馋|约|闷|手|毒|禁|剖|析|码|锁|题|法|难|忧|惑",
    "仇": "恨|人|视|敌|家",
    "朴": "实|素",
    "查": "看|找|询|处|明|清|办|验|获|阅|收|出|到|实|访|一|了|过|好|对|证|封|抄|岗|房|处",
    "区": "别|域|分|委|政|县|里|内|外|划|间|长|级|块|位|域",
    "盖": "章|上|住|房|楼|子|好|被|了|起|过|印",
}
RULES = RULES + tuple(
    Rule(char, SURNAMES[char][0], _NAME_BEFORE, f"(?!{words})[\u4e00-\u9fff]{{1,2}}(?:{_NAME_VERB}|{_END})")
    for char, words in _NOT_A_NAME.items()
)

_BY_CHAR: dict[str, tuple[Rule, ...]] = {}
for _rule in RULES:
    _BY_CHAR[_rule.char] = (*_BY_CHAR.get(_rule.char, ()), _rule)


_REACH = 16  # characters of context a rule looks at on each side
_CUT = "龘"  # stands for the cut-off text: Chinese, so that the cut is no clause boundary, and in no rule


def context(text: str, index: int) -> tuple[str, str]:
    """The text before and after text[index], at most _REACH characters each way (a paragraph of
    any length costs the same per character)."""
    start, end = max(0, index - _REACH), min(len(text), index + 1 + _REACH)
    before = (_CUT if start > 0 else "") + text[start:index]
    after = text[index + 1 : end] + (_CUT if end < len(text) else "")
    return before, after


def rule_reading(text: str, index: int, alone: bool) -> str | None:
    """The reading the rules give text[index], or None when no rule fits."""
    rules = _BY_CHAR.get(text[index], ())
    if not rules:
        return None
    before, after = context(text, index)
    for rule in rules:
        if rule.fits(before, after, alone):
            return rule.reading
    return None


# What may stand before a surname and its title (检查委员会 is no 查委员; 社区主任 no 区主任).
_BEFORE_SURNAME = re.compile(
    "(?:"
    + _CLAUSE_START
    + "|的|是|和|与|同|跟|及|请|叫|找|给|向|对|由|让|被|把|位|名|老|说|问|见|到|在|来|去|村|支部|乡|镇|县|我们|咱们|你们|他们|她们)$"
)


def surname_reading(text: str, index: int) -> tuple[str, ...] | None:
    """Syllables of a surname at text[index] when a title follows it (曾书记, 万俟先生)."""
    if not _BEFORE_SURNAME.search(context(text, index)[0]):
        return None
    for surname, syllables in SURNAMES.items():
        if text.startswith(surname, index) and re.match(TITLES, text[index + len(surname) :]):
            return syllables
    return None
