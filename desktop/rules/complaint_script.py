"""What to say while handling a complaint (seed 004 第六章 投诉处理的语言技巧), beside what never to say (seed 003
服务日常工作忌语) and the calming lines for an upset caller (seed 003 接待用户标准用语 A–C).

The seed is a paint maker's: its 施工方 is whoever installed the product, here the installer or dealer. The company
name and the handler's name are placeholders filled from the branch and the signed-in user.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.rules.callback_script import CALMING_LINES, FORBIDDEN_PHRASES, ScriptLine


@dataclass(frozen=True)
class PhraseGroup:
    key: str  # intake | first_contact | installer
    lines: tuple[ScriptLine, ...]


# 第一节 一、电话受理: the clerk taking the complaint shows that the company takes it seriously and calms the caller.
INTAKE = PhraseGroup("intake", (
    ScriptLine("K1", "complaint", "您不用着急，我马上和我们的技术员联系。",
               "Don't worry, I'll contact our technician right away."),
    ScriptLine("K2", "complaint", "请放心，我们一定尽力帮助您解决，妥善处理。",
               "Rest assured, we will do our best to resolve it properly."),
    ScriptLine("K3", "complaint", "我们的技术员接到通知后会马上和您联系，协助您处理此事。",
               "Our technician will call you as soon as he is notified and help you settle it."),
))

# 第一节 二、1 技术员电话联系: the first contact with the complainant (the clock the branch promises).
FIRST_CONTACT = PhraseGroup("first_contact", (
    ScriptLine("K4", "complaint", "您好，我是{公司}技术服务员{姓名}，我刚刚接到通知，"
               "请问您那里是什么情况，大概给我介绍一下，可以吗？",
               "Hello, I'm {name}, a service technician from {company}. I've just been told; what is happening "
               "there? Could you describe it briefly?"),
    ScriptLine("K5", "complaint", "您什么时候有空，我们一起到现场看一下？",
               "When are you free? Let's look at it on site together."),
    ScriptLine("K6", "complaint", "这种情况很容易处理，请放心，我们一定会帮您解决好这个问题。",
               "(an easy case) This is easy to handle; rest assured, we will certainly solve it for you."),
    ScriptLine("K7", "complaint", "请放心，我们一定会尽力帮您解决好这个问题。",
               "(a difficult case) Rest assured, we will do our very best to solve it for you."),
))

# 第一节 二、2 和施工方联系: working the problem out with the installer or dealer.
INSTALLER = PhraseGroup("installer", (
    ScriptLine("K8", "complaint", "您好，{姓名}师傅吗？我刚接到通知，{客户}那里有点问题，"
               "想跟您协商一下，您看怎么处理。",
               "(sounding out) Hello, is that {name}? I've just heard that {customer} has a problem; I'd like to "
               "talk it over with you. How shall we handle it?"),
    ScriptLine("K9", "complaint", "我们在{时间}一起到现场看一下，商量一个办法，把这个问题解决掉。",
               "(the installer cooperates) Let's meet on site at {time}, agree on a way and get it solved."),
    ScriptLine("K10", "complaint", "问题解决了，对我们都有好处，拖下去对大家都不利，我们双方合作，问题会更好处理。",
               "(the installer shifts the blame) Solving it is good for both of us; dragging it out hurts "
               "everyone. Working together, it will be easier to handle."),
))

HANDLING_GROUPS: tuple[PhraseGroup, ...] = (INTAKE, FIRST_CONTACT, INSTALLER)

__all__ = [
    "CALMING_LINES",
    "FIRST_CONTACT",
    "FORBIDDEN_PHRASES",
    "HANDLING_GROUPS",
    "INSTALLER",
    "INTAKE",
    "PhraseGroup",
    "ScriptLine",
    "fill",
]

_EN = {"公司": "company", "姓名": "name", "客户": "customer", "时间": "time"}
_BLANK = re.compile(r"\{[^{}]*\}")


def fill(line: ScriptLine, *, company: str, handler: str = "", customer: str = "") -> ScriptLine:
    """The company, the handler's and the customer's names filled in; what the clerk supplies while speaking (the
    installer's name, the time) shows as ×× as in the seed's own forms."""
    values = {"公司": company, "客户": customer, "姓名": handler if "技术服务员{姓名}" in line.zh else ""}
    zh, en = line.zh, line.en
    for key, value in values.items():
        if value:
            zh = zh.replace("{" + key + "}", value)
            en = en.replace("{" + _EN[key] + "}", value)
    return ScriptLine(line.id, line.when, _BLANK.sub("××", zh), _BLANK.sub("…", en), line.answer)
