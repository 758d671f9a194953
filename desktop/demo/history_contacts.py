"""The demo history's consultations (咨询) and quality problem feedback forms (质量问题反馈单), so those two lists
show what a working branch sees: questions answered at once, replies promised (one of them late), and quality
problems raised from tickets, sent to HQ and answered with corrective actions.

Written after the tickets, over a few of them, with a random stream of its own (the tickets of a seed stay as
they were), and numbered through the branch's own counters for the day each record was made."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.clock import BRANCH_TZ
from desktop.database import Database
from desktop.models import Branch, Consultation, Customer, ProductLine, QualityFeedback, Ticket, Unit, User
from desktop.services.core.numbering import next_number

# (topic, product line or None, question, answer): from the questions seed 000 §3.2.4 lists for the hotline.
QUESTIONS: tuple[tuple[str, str | None, str, str], ...] = (
    ("usage", "solar", "冬天太阳能热水器水温不高，是不是坏了？",
     "冬季日照短、气温低，水温偏低属正常。阴雨天可开启电加热辅助，早晚用水前先放掉管道里的冷水。"),
    ("usage", "solar", "太阳能上水上到一半就溢流了，是什么原因？",
     "请检查控制仪水位设置，并看看溢流管是否被堵；仍不正常请报修，我们安排师傅上门。"),
    ("usage", "purifier", "净水器出水变慢了，需要怎么处理？",
     "多为前置滤芯堵塞，建议更换 PP 棉滤芯；自来水压力低时出水也会变慢。"),
    ("usage", "purifier", "净水器废水比例正常是多少？",
     "反渗透净水器纯水与废水比约为 1:1 至 1:2，属正常现象。"),
    ("purchase", "purifier", "净水器滤芯在哪里买？多少钱？",
     "可到网点或专卖店购买原厂滤芯，PP 棉 35 元、活性炭 45 元、RO 膜 380 元，也可预约师傅上门更换。"),
    ("purchase", "solar", "想给老房子再装一台太阳能，有哪些型号？",
     "已介绍 18 管、24 管两种家用型号，并告知附近专卖店地址。"),
    ("installation", "solar", "搬家后热水器能帮忙移机吗？怎么收费？",
     "可以移机，按收费标准收取移机费，支架和管路需更换的按配件价格另计。"),
    ("installation", "purifier", "净水器安装需要预留什么位置？",
     "厨房水槽下方需有进水角阀和电源插座，柜内高度不低于 45 厘米。"),
    ("warranty", "solar", "热水器买了两年，内胆漏水还保修吗？",
     "内胆整机三包期内免费维修，请提供三包凭证或发票，已为您说明报修方式。"),
    ("warranty", "purifier", "没有发票了还能保修吗？",
     "可凭三包凭证或机身编号查询出厂日期，按出厂日期推算保修期。"),
    ("maintenance", "purifier", "净水器多久换一次滤芯？",
     "PP 棉 6 个月，活性炭 12 个月，RO 膜 24 个月，视水质情况可提前更换。"),
    ("maintenance", "solar", "太阳能多久需要清洗一次？",
     "建议每年清洗一次真空管和水箱，水质硬的地区半年一次。"),
    ("other", None, "你们网点周末上班吗？",
     "网点全年无休，热线 24 小时有人接听。"),
    ("other", None, "上次维修的发票什么时候能开？",
     "已转告收费员，三个工作日内开具并通知您领取。"),
)
# Questions that could not be answered on the phone: a reply is promised (the consultation's clock).
OPEN_QUESTIONS: tuple[tuple[str, str | None, str], ...] = (
    ("warranty", "solar", "真空管被冰雹砸坏了，厂家有没有特殊政策？需要问一下总部。"),
    ("purchase", "purifier", "单位想批量采购 20 台商用净水器，能给个报价吗？"),
    ("installation", "solar", "楼顶做了防水层，安装支架会不会破坏防水？想请技术人员答复。"),
    ("other", None, "以前在别的网点买的热水器，能不能转到你们这里保养？"),
)
# (fault, analysis, corrective action, preventive action): what seed 002 §4.9 asks HQ's technical department for.
QUALITY_CASES: tuple[tuple[str, str, str, str, str], ...] = (
    ("solar", "同一批次真空管在冬季首次使用后连续出现炸管，本月已有 3 例。",
     "该批次真空管内层镀膜厚度不均，局部应力集中。", "网点库存该批次真空管全部退回总部更换。",
     "供应商增加镀膜厚度抽检，出厂前做冷热冲击试验。"),
    ("solar", "控制仪水位显示与实际不符，重启后恢复，数日后再次出现。",
     "水位传感器接插件防水等级不足，受潮后接触不良。", "更换为带防水套的新型接插件。",
     "新批次控制仪改用 IP65 接插件。"),
    ("purifier", "增压泵运行噪音大，使用半年内出现异响。", "", "", ""),
    ("purifier", "RO 膜滤芯装机三个月出水 TDS 明显升高。",
     "部分滤芯密封圈尺寸偏小，造成原水旁漏。", "更换新批次滤芯并检查密封圈。",
     "密封圈来料增加尺寸全检。"),
    ("solar", "电加热管使用一年内烧断，客户家电压正常。", "", "", ""),
    ("purifier", "废水比例阀堵塞，导致不停机持续排水。", "", "", ""),
)


@dataclass(frozen=True)
class ContactStats:
    consultations: int
    quality_feedback: int


def _local_day(moment: datetime) -> date:
    return moment.astimezone(BRANCH_TZ).date()


def _working_moment(now: datetime, days_back: float, rng: random.Random) -> datetime:
    moment = now - timedelta(days=days_back)
    local = moment.astimezone(BRANCH_TZ)
    hour = rng.randint(8, 18)
    local = local.replace(hour=hour, minute=rng.randrange(60), second=0, microsecond=0)
    return min(local.astimezone(now.tzinfo), now - timedelta(minutes=5))


def add_contacts(database: Database, seed: int, now: datetime) -> ContactStats:
    rng = random.Random(f"contacts-{seed}")
    with database.write.begin() as session:
        branch = session.scalars(select(Branch).order_by(Branch.id).limit(1)).one()
        users = {u.username: u.id for u in session.scalars(select(User).where(User.branch_id == branch.id))}
        clerk, supervisor = users.get("clerk"), users.get("admin")
        if clerk is None or supervisor is None:
            return ContactStats(0, 0)
        lines = {line.code: line.id for line in session.scalars(select(ProductLine))}
        consultations = _consultations(session, branch, lines, clerk, rng, now)
        feedback = _quality_feedback(session, branch, lines, clerk, supervisor, rng, now)
    return ContactStats(consultations, feedback)


def _consultations(session: Session, branch: Branch, lines: dict[str, int], clerk: int, rng: random.Random,
                   now: datetime) -> int:
    customers = session.execute(select(Customer.id, Customer.name).where(Customer.branch_id == branch.id)
                                .order_by(Customer.id).limit(400)).all()
    from desktop.models import CustomerPhone

    phones = dict(session.execute(select(CustomerPhone.customer_id, CustomerPhone.number)
                                  .where(CustomerPhone.customer_id.in_([c.id for c in customers]))).all())
    made = 0
    plan: list[tuple[str, str | None, str, str, float]] = []
    for _round in range(3):
        for topic, line, question, answer in QUESTIONS:
            plan.append((topic, line, question, answer, rng.uniform(1, 60)))
    for topic, line, question in OPEN_QUESTIONS:
        plan.append((topic, line, question, "", 0.0))
    plan.sort(key=lambda item: -item[4])
    late = True
    for topic, line, question, answer, days_back in plan:
        created = _working_moment(now, days_back, rng) if days_back else now - timedelta(hours=rng.uniform(1, 30))
        known = rng.random() < 0.7
        customer_id, name = rng.choice(customers) if known else (None, rng.choice(("王先生", "李女士", "赵先生")))
        phone = phones.get(customer_id) if customer_id else f"13{rng.randrange(10**9):09d}"
        replied_at = due = closed_at = None
        status = "closed"
        if answer:
            replied_at = closed_at = created
            # A few were answered by a call back later the same day: answered, left open for the caller's word.
            if rng.random() < 0.15:
                due = created + timedelta(hours=4)
                replied_at = created + timedelta(hours=rng.uniform(0.5, 3.5))
                closed_at = None
                status = "answered"
        else:
            # One promise already broken (the list shows it overdue), the others still running.
            due = (now - timedelta(minutes=40)) if late else now + timedelta(hours=rng.uniform(2, 20))
            due = max(due, created + timedelta(minutes=30))
            late = False
            status = "awaiting_reply"
        row = Consultation(
            branch_id=branch.id, customer_id=customer_id, caller_name=name, phone=phone or "0372-2108187",
            product_line_id=lines.get(line) if line else None, channel=rng.choice(("hotline", "hotline", "walk_in")),
            topic=topic, question=question, answer=answer, status=status, reply_due_at=due, replied_at=replied_at,
            replied_by=clerk if replied_at else None, closed_at=closed_at, created_at=created, created_by=clerk,
            number=next_number(session, branch.id, branch.code, "consult", _local_day(created)))
        session.add(row)
        made += 1
    session.flush()
    return made


def _quality_feedback(session: Session, branch: Branch, lines: dict[str, int], clerk: int, supervisor: int,
                      rng: random.Random, now: datetime) -> int:
    made = 0
    states = ("closed", "answered", "sent", "raised", "sent", "raised")
    for index, (line, fault, analysis, corrective, preventive) in enumerate(QUALITY_CASES):
        line_id = lines.get(line)
        if line_id is None:
            continue
        ticket = session.execute(
            select(Ticket.id, Ticket.opened_at, Unit.model_id, Unit.serial)
            .join(Unit, Unit.id == Ticket.unit_id)
            .where(Ticket.branch_id == branch.id, Ticket.product_line_id == line_id, Ticket.kind == "repair",
                   Ticket.status.in_(("closed", "completed")))
            .order_by(Ticket.opened_at.desc()).offset(index * 7).limit(1)).first()
        if ticket is None:
            continue
        status = states[index % len(states)] if analysis else ("sent" if index % 2 else "raised")
        created = max(ticket.opened_at + timedelta(hours=2), now - timedelta(days=40 - index * 5))
        created = min(created, now - timedelta(hours=3))
        sent = created + timedelta(hours=rng.uniform(1, 24)) if status != "raised" else None
        answered = sent + timedelta(days=rng.uniform(2, 6)) if sent and status in ("answered", "closed") else None
        if answered is not None and answered > now:
            answered = now - timedelta(hours=1)
        closed = answered + timedelta(days=1) if answered and status == "closed" else None
        if closed is not None and closed > now:
            closed = now - timedelta(minutes=30)
        answer = status in ("answered", "closed")
        row = QualityFeedback(
            branch_id=branch.id, source="ticket", ticket_id=ticket.id, product_line_id=line_id,
            model_id=ticket.model_id, batch=f"{_local_day(ticket.opened_at):%Y%m}-{rng.randint(1, 9)}",
            serials=[ticket.serial], fault=fault, cases=rng.randint(1, 4),
            analysis=analysis if answer else "", corrective_action=corrective if answer else "",
            preventive_action=preventive if answer else "", hq_responder="总部技术部 刘工" if answer else "",
            status=status, sent_at=sent, sent_by=supervisor if sent else None, answered_at=answered,
            answered_by=supervisor if answered else None, closed_at=closed, closed_by=supervisor if closed else None,
            created_at=created, created_by=clerk,
            number=next_number(session, branch.id, branch.code, "quality", _local_day(created)))
        session.add(row)
        made += 1
    session.flush()
    return made
