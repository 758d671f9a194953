"""Callback scripts (docs/domain.md) as data, and the pure choices around them: lines, closing, retries."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from desktop.rules.satisfaction import UNHAPPY

PHONE_KINDS = frozenset({"after_service", "after_install", "after_return", "key_account_phone", "ad_hoc_phone",
                         "maintenance"})
ON_SITE_KINDS = frozenset({"key_account_visit", "ad_hoc_visit"})
# Seed 001 产品保养提醒: the call reminds the customer of a due consumable and offers a maintenance visit; it is not a
# satisfaction survey, so it asks no satisfaction grade.
CARE_KINDS = frozenset({"maintenance"})
# Seed 004 「不定期的进行电话或人员回访」: a callback the clerk creates for any customer, with a reason.
AD_HOC_KINDS = frozenset({"ad_hoc_phone", "ad_hoc_visit"})
# Outcomes of a call that did not reach anyone willing to talk: the task is tried again later.
RETRY_OUTCOMES = frozenset({"no_answer", "busy", "wrong_number"})


@dataclass(frozen=True)
class ScriptLine:
    id: str
    when: str  # opening | question | handler | closing | visit | response
    zh: str
    en: str
    answer: str = ""  # the answer field a question fills: key in Callback.answers


# Seed 000 回访规范 1 and seed 003 电话服务标准用语; placeholders are filled by fill(). This is the seed wording, the
# default for solar water heaters; other product lines default to the same lines with {品牌}{产品} (default_texts).
PHONE_SCRIPT: tuple[ScriptLine, ...] = (
    ScriptLine("G1", "opening", "您好，我是{公司}回访员，能打扰一下吗？请问您的{品牌}太阳能使用情况好吗？",
               "Hello, I'm a callback agent from {company}. May I take a moment? How is your {brand} solar "
               "heater working?"),
    ScriptLine("G2", "opening", "您好！我们正在进行回访工作，我是{工号}号，"
               "现在使用情况如何？您对我们的服务有什么意见么？",
               "Hello, we are making follow-up calls; I'm agent {agent_no}. How is it working? Any comments on "
               "our service?"),
    ScriptLine("Q1", "question", "您对安装维修人员的服务是否满意？服务人员是否向您介绍产品的使用方法和注意事项？",
               "Were you satisfied with the installer/engineer? Did they explain how to use the product and what "
               "to watch out for?", "q1_service_satisfied"),
    ScriptLine("Q2", "question", "说明书您是否看过？有什么不了解的问题吗？",
               "Have you read the manual? Is anything unclear?", "q2_manual_read"),
    ScriptLine("Q3", "question", "我们的维修人员是否修好了您的太阳能热水器？目前使用是否正常？很抱歉，给您添麻烦了。",
               "Did our engineer fix your solar heater? Is it working normally now? Sorry for the trouble.",
               "q3_working"),
    # Seed 000 上门服务规范 (鞋套, 工完料净场地清) and seed 003 四不, asked of the customer after a visit.
    ScriptLine("Q5", "question", "上门的服务人员是否出示工作证、穿鞋套进门，完工后是否清理干净现场，"
               "做到不吃、不喝、不抽用户的东西？",
               "Did our engineer show the work card, wear shoe covers, leave the site clean, and take no food, "
               "drink or cigarettes from you?", "q5_conduct_kept"),
    ScriptLine("Q4", "question", "您对我们的服务和产品还有什么建议吗？",
               "Any suggestions about our service or products?", "q4_suggestions"),
)

# Seed 001 客户关怀「产品保养提醒」: the reminder call, in the tone of seed 000's phone script.
CARE_SCRIPT: tuple[ScriptLine, ...] = (
    ScriptLine("M1", "opening", "您好，我是{公司}客服，打扰您了。您家{品牌}{产品}的{耗材}到{到期日}就该更换了，"
               "为了保证使用效果，我们为您安排上门保养好吗？",
               "Hello, this is {company} customer care; sorry to disturb you. The {consumables} of your {brand} "
               "{product} is due for replacement by {due_date}. To keep it working well, shall we arrange a "
               "maintenance visit?"),
)

HANDLERS: tuple[ScriptLine, ...] = (
    ScriptLine("H2", "handler", "对您提出的问题，我们为您安排上门服务好么？{日期}您有时间么？",
               "Shall we arrange a visit for that problem? Are you free on {date}?"),
    ScriptLine("H4", "handler", "对不起，请您稍等，我让工程师给您解答，好吗？",
               "Sorry, one moment please. I'll have an engineer answer you, all right?"),
    ScriptLine("H5", "handler", "真对不起，请您把电话号码留下，几分钟后给您答复。",
               "Very sorry. Please leave your number; we'll answer within a few minutes."),
)

CLOSINGS: dict[str, ScriptLine] = {
    "E1": ScriptLine("E1", "closing", "如果您使用中有什么问题，请拨打{热线}电话，"
                     "我们将及时为您服务。谢谢您使用我们的产品。",
                     "If you have any problem in use, call {hotline} and we'll serve you promptly. Thank you for "
                     "using our product."),
    "E2": ScriptLine("E2", "closing", "对不起，给您添麻烦了，请不要着急，我们会尽快解决。"
                     "再次感谢您，如果有什么要求请拨打电话{热线}，我们将及时为您服务，谢谢，再见。",
                     "Sorry for the trouble; please don't worry, we'll solve it as soon as possible. Thanks again; "
                     "for anything you need call {hotline}. Goodbye."),
    "E3": ScriptLine("E3", "closing", "感谢您选购使用我公司产品，您在使用中还需要我们做什么？请拨打{热线}服务电话，"
                     "我们将提供最优质的服务，再见。",
                     "Thank you for choosing our product. Is there anything else we can do? Call {hotline}; we'll "
                     "give you the best service. Goodbye."),
    "V5": ScriptLine("V5", "closing", "谢谢您使用我们的产品，如果有问题请拨打售后服务热线{热线}，再见。",
                     "Thank you for using our product; if there's a problem call our service hotline {hotline}. "
                     "Goodbye."),
}

# Seed 000 回访规范 2: the on-site callback.
VISIT_SCRIPT: tuple[ScriptLine, ...] = (
    ScriptLine("V0", "visit", "（先电话联系，约定时间，按时上门，不得失约）",
               "Phone first, agree a time, never miss it."),
    ScriptLine("V1", "opening", "您好，请问这是{姓}先生家吗？我们是{公司}的回访员，打扰您了。",
               "Hello, is this Mr {surname}'s home? We're callback staff from {company}; sorry to disturb you."),
    ScriptLine("V2", "question", "您对{品牌}太阳能的使用效果还满意吗？您对我们的产品和服务有什么意见和建议？",
               "Are you satisfied with how the {brand} solar heater performs? Any comments or suggestions on our "
               "products and service?", "q1_service_satisfied"),
)
VISIT_RESPONSES: dict[str, ScriptLine] = {
    "V3": ScriptLine("V3", "response", "我们一定会加强管理，提高服务质量，使您更加满意。",
                     "We will tighten management and improve service quality to satisfy you better."),
    "V4": ScriptLine("V4", "response", "我们一定会把情况反馈给公司，以便改进质量。",
                     "We will report this to the company so the quality can be improved."),
}

# Seed 003 接待用户标准用语 A–C, shown on demand when the customer is upset.
CALMING_LINES: tuple[ScriptLine, ...] = (
    ScriptLine("A", "calming", "您刚才的问题我已经听明白了，我们非常理解您的心情，"
               "希望我们能够平心静气的来交流，把问题尽快解决，您看好么？",
               "I've understood your problem and fully understand how you feel. Let's talk it through calmly and "
               "solve it quickly, all right?"),
    ScriptLine("B", "calming", "您先消消气（别着急，别生气），有什么事情慢慢讲，我们马上给您解决，您看怎么样？",
               "Please don't be upset; tell us slowly and we'll sort it out right away. How's that?"),
    ScriptLine("C", "calming", "非常抱歉，给您添麻烦了，现在请您介绍一下具体情况，好么？",
               "Very sorry for the trouble. Could you describe exactly what happened?"),
)

# Seed 003 服务日常工作忌语: never to be said; the call card shows them as a warning.
FORBIDDEN_PHRASES: tuple[ScriptLine, ...] = (
    ScriptLine("F1", "forbidden", "不行", "No way."),
    ScriptLine("F2", "forbidden", "不清楚", "I don't know."),
    ScriptLine("F3", "forbidden", "这不是我们的事", "That's not our business."),
    ScriptLine("F4", "forbidden", "没法干", "Can't be done."),
    ScriptLine("F5", "forbidden", "找别人吧", "Ask someone else."),
    ScriptLine("F6", "forbidden", "那没有办法了", "Nothing can be done then."),
    ScriptLine("F7", "forbidden", "你再打×××电话，此事我不管", "Call ××× instead, this is not my concern."),
    ScriptLine("F8", "forbidden", "你使用不当，我们不负责（事实未查清前）",
               "You used it wrongly, we're not responsible (before the facts are established)."),
    ScriptLine("F9", "forbidden", "实在无法解决，你找我们领导吧", "It really can't be solved, go see our boss."),
)
# What an edited script line is searched for (punctuation and spaces removed first): the core words of each phrase,
# so 「你使用不当，我们不负责」 is caught however it is punctuated, and a script never blames the customer's use.
FORBIDDEN_CORES: dict[str, tuple[str, ...]] = {
    "F1": ("不行",), "F2": ("不清楚",), "F3": ("这不是我们的事",), "F4": ("没法干",), "F5": ("找别人吧",),
    "F6": ("那没有办法了", "没有办法了"), "F7": ("此事我不管",), "F8": ("使用不当",), "F9": ("找我们领导",),
}

_ZH_PLACEHOLDERS = ("公司", "品牌", "产品", "热线", "工号", "姓", "日期", "耗材", "到期日")
_EN_PLACEHOLDERS = {"公司": "company", "品牌": "brand", "产品": "product", "热线": "hotline", "工号": "agent_no",
                    "姓": "surname", "日期": "date", "耗材": "consumables", "到期日": "due_date"}
# Two-character surnames still met among customers; everything else takes the first character.
_COMPOUND_SURNAMES = frozenset({"欧阳", "司马", "诸葛", "上官", "司徒", "东方", "夏侯", "皇甫", "尉迟", "公孙", "慕容",
                                "令狐", "长孙", "宇文", "澹台", "轩辕"})

# The lines a supervisor may reword per product line, in the order the editor lists them. Calming lines and the
# never-say list are the seed's own standard and stay as they are.
EDITABLE: tuple[ScriptLine, ...] = (*PHONE_SCRIPT, *CARE_SCRIPT, *HANDLERS, *CLOSINGS.values(), *VISIT_SCRIPT[1:],
                                    *VISIT_RESPONSES.values())
EDITABLE_IDS = tuple(line.id for line in EDITABLE)
_SEED = {line.id: line for line in EDITABLE}
MAX_TEXT = 500
SOLAR_LINE = "solar"
# The seed manuals name only the solar heater; every other line's defaults say its brand and its own name.
_GENERIC = {
    "G1": ("您好，我是{公司}回访员，能打扰一下吗？请问您的{品牌}{产品}使用情况好吗？",
           "Hello, I'm a callback agent from {company}. May I take a moment? How is your {brand} {product} "
           "working?"),
    "Q3": ("我们的维修人员是否修好了您的{产品}？目前使用是否正常？很抱歉，给您添麻烦了。",
           "Did our engineer fix your {product}? Is it working normally now? Sorry for the trouble."),
    "V2": ("您对{品牌}{产品}的使用效果还满意吗？您对我们的产品和服务有什么意见和建议？",
           "Are you satisfied with how the {brand} {product} performs? Any comments or suggestions on our "
           "products and service?"),
}


def default_texts(line_code: str) -> dict[str, tuple[str, str]]:
    """(Chinese, English) of every editable line before any supervisor edit: the seed for solar heaters."""
    texts = {line.id: (line.zh, line.en) for line in EDITABLE}
    if line_code != SOLAR_LINE:
        texts.update(_GENERIC)
    return texts


@dataclass(frozen=True)
class ScriptContext:
    """Branch and call data for the placeholders; the hotline always comes from the branch record."""

    company: str
    hotline: str
    brand: str = ""
    agent_no: str = ""
    surname: str = ""
    visit_date: str = ""
    product: str = ""  # the product line's name as the customer hears it (净水器)
    product_en: str = ""
    consumables: str = ""  # the due consumables (PP棉滤芯、活性炭滤芯)
    consumables_en: str = ""
    due_date: str = ""
    due_date_en: str = ""


def fill(line: ScriptLine, ctx: ScriptContext) -> ScriptLine:
    shared = {"公司": ctx.company, "品牌": ctx.brand, "热线": ctx.hotline, "工号": ctx.agent_no, "姓": ctx.surname,
              "日期": ctx.visit_date}
    zh_values = {**shared, "产品": ctx.product, "耗材": ctx.consumables, "到期日": ctx.due_date}
    en_values = {**shared, "产品": ctx.product_en or ctx.product, "耗材": ctx.consumables_en or ctx.consumables,
                 "到期日": ctx.due_date_en or ctx.due_date}
    zh, en = line.zh, line.en
    for key in _ZH_PLACEHOLDERS:
        zh = zh.replace("{" + key + "}", zh_values[key])
        en = en.replace("{" + _EN_PLACEHOLDERS[key] + "}", en_values[key])
    # "{brand} {product}" with no brand set must not leave a double space in English.
    return ScriptLine(line.id, line.when, zh, " ".join(en.split()), line.answer)


@dataclass(frozen=True)
class ScriptBook:
    """One product line's script: the seed lines with that line's wording (defaults merged with edits)."""

    lines: dict[str, ScriptLine]

    @classmethod
    def of(cls, line_code: str = SOLAR_LINE, edits: dict[str, tuple[str, str]] | None = None) -> ScriptBook:
        texts = default_texts(line_code)
        texts.update(edits or {})
        return cls({line_id: ScriptLine(line_id, _SEED[line_id].when, zh, en, _SEED[line_id].answer)
                    for line_id, (zh, en) in texts.items()})

    def script_for(self, kind: str, *, repaired: bool, opening: str = "G1",
                   visited: bool = False) -> tuple[ScriptLine, ...]:
        """The lines to read, in order, before the closing line (which depends on the answers)."""
        if is_on_site(kind):
            return (VISIT_SCRIPT[0], self.lines["V1"], self.lines["V2"])
        if kind in CARE_KINDS:
            return (self.lines["M1"], self.lines["Q4"])
        chosen = [self.lines[line.id] for line in PHONE_SCRIPT if line.when != "opening" or line.id == opening]
        # Q3 asks whether our engineer fixed the unit: only meaningful after a repair. Q5 asks how the engineer
        # behaved in the customer's home: only after somebody went there.
        return tuple(line for line in chosen if (line.id != "Q3" or repaired) and (line.id != "Q5" or visited))

    def closings(self, kind: str) -> dict[str, ScriptLine]:
        return {key: self.lines[key] for key in allowed_closings(kind)}

    @property
    def handlers(self) -> tuple[ScriptLine, ...]:
        return tuple(self.lines[line.id] for line in HANDLERS)

    @property
    def visit_responses(self) -> tuple[ScriptLine, ...]:
        return tuple(self.lines[key] for key in VISIT_RESPONSES)


_SOLAR_BOOK = ScriptBook.of(SOLAR_LINE)


def is_on_site(kind: str) -> bool:
    return kind in ON_SITE_KINDS


def script_for(kind: str, *, repaired: bool, opening: str = "G1", visited: bool = False) -> tuple[ScriptLine, ...]:
    """The seed (solar) script; a product line's own wording comes from its ScriptBook."""
    return _SOLAR_BOOK.script_for(kind, repaired=repaired, opening=opening, visited=visited)


def needs_follow_up(answers: dict[str, object], satisfaction: str | None) -> bool:
    """Needs repair or dissatisfied (seed 000 结束语 B); an engineer who broke the visiting rules counts too."""
    return (
        answers.get("q3_working") is False
        or answers.get("q1_service_satisfied") is False
        or answers.get("q5_conduct_kept") is False
        or satisfaction in UNHAPPY
        or bool(str(answers.get("service_complaint") or "").strip())
        or bool(str(answers.get("product_complaint") or "").strip())
    )


def closing_for(kind: str, answers: dict[str, object], satisfaction: str | None) -> str:
    """E2 for a customer who needs a repair or is dissatisfied, E1 otherwise; V5 ends an on-site callback."""
    if is_on_site(kind):
        return "V5"
    return "E2" if needs_follow_up(answers, satisfaction) else "E1"


def allowed_closings(kind: str) -> tuple[str, ...]:
    return ("V5",) if is_on_site(kind) else ("E1", "E2", "E3")


def visit_responses(answers: dict[str, object],
                    responses: tuple[ScriptLine, ...] = tuple(VISIT_RESPONSES.values())) -> tuple[ScriptLine, ...]:
    """V3 after a service complaint, V4 after a product complaint (seed 000 上门回访 5, 6)."""
    by_id = {r.id: r for r in responses}
    out = []
    if str(answers.get("service_complaint") or "").strip():
        out.append(by_id["V3"])
    if str(answers.get("product_complaint") or "").strip():
        out.append(by_id["V4"])
    return tuple(out)


# ---- checking an edited line ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TextProblem:
    """Why an edited line cannot be used: a code for the view's message and the offending text."""

    line_id: str
    code: str  # forbidden_phrase | unknown_placeholder | other_product_line | empty | too_long
    detail: str = ""


_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_NOT_WORDS = re.compile(r"[\s\u3000，。！？、；：,.!?;:（）()“”\"'‘’…—-]+")
# Endings that name the kind of appliance rather than the product line (太阳能热水器 → 太阳能, 净水器 → 净水).
_GENERIC_ENDINGS = ("热水器", "器", "机")


def product_words(name_zh: str) -> tuple[str, ...]:
    """The words that name a product line in speech: its name, and the name without the appliance ending."""
    words = [name_zh.strip()]
    for ending in _GENERIC_ENDINGS:
        if words[0].endswith(ending) and len(words[0]) > len(ending) + 1:
            words.append(words[0][: -len(ending)])
            break
    return tuple(w for w in words if w)


def foreign_words(text: str, own_name: str, other_names: tuple[str, ...]) -> tuple[str, ...]:
    """Words of other product lines in `text` that are not this line's own (太阳能 said to a purifier customer)."""
    own = own_name.strip()
    found = []
    for name in other_names:
        for word in product_words(name):
            if word and word in text and word not in own and word not in found:
                found.append(word)
    return tuple(found)


def forbidden_in(text: str) -> tuple[str, ...]:
    """The never-say phrases (seed 003) present in a text, by their seed wording."""
    plain = _NOT_WORDS.sub("", text)
    return tuple(p.zh for p in FORBIDDEN_PHRASES if any(core in plain for core in FORBIDDEN_CORES[p.id]))


def check_line(line_id: str, zh: str, en: str, *, own_name: str = "",
               other_names: tuple[str, ...] = ()) -> tuple[TextProblem, ...]:
    """Everything wrong with an edited line; the defaults pass (a test checks every product line's defaults)."""
    problems: list[TextProblem] = []
    if not zh.strip() or not en.strip():
        problems.append(TextProblem(line_id, "empty"))
    if len(zh) > MAX_TEXT or len(en) > MAX_TEXT:
        problems.append(TextProblem(line_id, "too_long", str(MAX_TEXT)))
    for phrase in forbidden_in(zh):
        problems.append(TextProblem(line_id, "forbidden_phrase", phrase))
    zh_known, en_known = set(_ZH_PLACEHOLDERS), set(_EN_PLACEHOLDERS.values())
    for text, known in ((zh, zh_known), (en, en_known)):
        names = _PLACEHOLDER.findall(text)
        unknown = [n for n in names if n not in known]
        stray = _PLACEHOLDER.sub("", text)
        if unknown or "{" in stray or "}" in stray:
            problems.append(TextProblem(line_id, "unknown_placeholder", unknown[0] if unknown else "{ }"))
    for word in foreign_words(zh, own_name, other_names):
        problems.append(TextProblem(line_id, "other_product_line", word))
    return tuple(problems)


def surname_of(name: str) -> str:
    name = name.strip()
    if name[:2] in _COMPOUND_SURNAMES:
        return name[:2]
    return name[:1]


def brand_of(model_name: str) -> str:
    """The catalogue writes models as "<brand> <model>" (龙田 LT-18 ...); no brand field exists yet."""
    head, sep, _ = model_name.strip().partition(" ")
    return head if sep else ""


def next_retry(attempts_made: int, at: datetime, retry_minutes: list[int], max_attempts: int) -> datetime | None:
    """After the n-th unsuccessful attempt: the next due time, or None when the task becomes unreachable.

    retry_minutes is the branch setting (e.g. [120, 1440]: +2 h, then next day); the last step repeats."""
    if attempts_made >= max(1, max_attempts) or not retry_minutes:
        return None
    step = retry_minutes[min(attempts_made, len(retry_minutes)) - 1]
    return at + timedelta(minutes=max(1, int(step)))


# Nobody is called late at night: a retry that falls outside these local hours moves to the next morning.
CALLING_HOURS = (time(8, 0), time(20, 0))


def into_calling_hours(local_moment: datetime, hours: tuple[time, time] = CALLING_HOURS) -> datetime:
    """`local_moment` is aware, in the branch's zone; returns the same or the next allowed local time."""
    start, end = hours
    if local_moment.time() < start:
        return local_moment.replace(hour=start.hour, minute=start.minute, second=0, microsecond=0)
    if local_moment.time() >= end:
        nxt = local_moment + timedelta(days=1)
        return nxt.replace(hour=start.hour, minute=start.minute, second=0, microsecond=0)
    return local_moment


def key_account_due(last_first_due: date | None, today: date, period_days: int) -> bool:
    """A periodic key-account task is due once the period since the last one has passed (or none exists)."""
    return last_first_due is None or (today - last_first_due).days >= max(1, period_days)
