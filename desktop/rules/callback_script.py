"""Callback scripts (DOMAIN_RULES §4) as data, and the pure choices around them: lines, closing, retries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

PHONE_KINDS = frozenset({"after_service", "after_install", "after_return", "key_account_phone"})
ON_SITE_KINDS = frozenset({"key_account_visit"})
# Outcomes of a call that did not reach anyone willing to talk: the task is tried again later.
RETRY_OUTCOMES = frozenset({"no_answer", "busy", "wrong_number"})
SATISFACTION = ("satisfied", "basically_satisfied", "dissatisfied")
# 满意 and 基本满意 both count as satisfied in the satisfaction rate (HQ reads the three counts too).
SATISFIED = frozenset({"satisfied", "basically_satisfied"})


@dataclass(frozen=True)
class ScriptLine:
    id: str
    when: str  # opening | question | handler | closing | visit | response
    zh: str
    en: str
    answer: str = ""  # the answer field a question fills: key in Callback.answers


# Seed 000 回访规范 1 and seed 003 电话服务标准用语; placeholders are filled by fill().
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
    ScriptLine("Q4", "question", "您对我们的服务和产品还有什么建议吗？",
               "Any suggestions about our service or products?", "q4_suggestions"),
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

_EN_PLACEHOLDERS = {"公司": "company", "品牌": "brand", "热线": "hotline", "工号": "agent_no", "姓": "surname",
                    "日期": "date"}
# Two-character surnames still met among customers; everything else takes the first character.
_COMPOUND_SURNAMES = frozenset({"欧阳", "司马", "诸葛", "上官", "司徒", "东方", "夏侯", "皇甫", "尉迟", "公孙", "慕容",
                                "令狐", "长孙", "宇文", "澹台", "轩辕"})


@dataclass(frozen=True)
class ScriptContext:
    """Branch and call data for the placeholders; the hotline always comes from the branch record."""

    company: str
    hotline: str
    brand: str = ""
    agent_no: str = ""
    surname: str = ""
    visit_date: str = ""


def fill(line: ScriptLine, ctx: ScriptContext) -> ScriptLine:
    values = {"公司": ctx.company, "品牌": ctx.brand, "热线": ctx.hotline, "工号": ctx.agent_no, "姓": ctx.surname,
              "日期": ctx.visit_date}
    zh, en = line.zh, line.en
    for key, value in values.items():
        zh = zh.replace("{" + key + "}", value)
        en = en.replace("{" + _EN_PLACEHOLDERS[key] + "}", value)
    return ScriptLine(line.id, line.when, zh, en, line.answer)


def is_on_site(kind: str) -> bool:
    return kind in ON_SITE_KINDS


def script_for(kind: str, *, repaired: bool, opening: str = "G1") -> tuple[ScriptLine, ...]:
    """The lines to read, in order, before the closing line (which depends on the answers)."""
    if is_on_site(kind):
        return VISIT_SCRIPT
    lines = [line for line in PHONE_SCRIPT if line.when != "opening" or line.id == opening]
    # Q3 asks whether our engineer fixed the unit: only meaningful after a repair.
    return tuple(line for line in lines if line.id != "Q3" or repaired)


def needs_follow_up(answers: dict[str, object], satisfaction: str | None) -> bool:
    """Needs repair or dissatisfied (seed 000 结束语 B)."""
    return (
        answers.get("q3_working") is False
        or answers.get("q1_service_satisfied") is False
        or satisfaction == "dissatisfied"
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


def visit_responses(answers: dict[str, object]) -> tuple[ScriptLine, ...]:
    """V3 after a service complaint, V4 after a product complaint (seed 000 上门回访 5, 6)."""
    out = []
    if str(answers.get("service_complaint") or "").strip():
        out.append(VISIT_RESPONSES["V3"])
    if str(answers.get("product_complaint") or "").strip():
        out.append(VISIT_RESPONSES["V4"])
    return tuple(out)


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
