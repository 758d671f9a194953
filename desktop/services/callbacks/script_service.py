"""The words of each product line (brand, service name, callback script) and the branch's satisfaction grades, as the
supervisor edits them: with a preview, and with seed 003's never-say list checked on every edited line."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.clock import utc_now
from desktop.errors import NotFoundError, ValidationError
from desktop.models import Branch, ProductLine, ScriptText, Setting
from desktop.rules import callback_script as script
from desktop.rules import satisfaction
from desktop.rules.callback_script import ScriptLine, TextProblem
from desktop.services.callbacks.script_book import edited_texts
from desktop.services.core import audit
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service
from desktop.services.core.grades import branch_grades
from desktop.services.core.permissions import require
from desktop.services.core.product_words import LineWords, line_words, neutral_company
from desktop.services.core.validation import clean_text

# The customer the preview speaks to: a made-up household, never a real record.
SAMPLE = {"surname": "王", "agent_no": "001", "date": "5月6日", "consumables": "PP棉滤芯",
          "consumables_en": "PP filter", "due_date": "6月1日", "due_date_en": "2026-06-01"}


@dataclass(frozen=True)
class ProductLineRow:
    id: int
    code: str
    name_zh: str
    name_en: str
    brand: str
    service_name: str


@dataclass(frozen=True)
class ScriptTextRow:
    line_id: str
    when: str
    zh: str
    en: str
    default_zh: str
    default_en: str

    @property
    def edited(self) -> bool:
        return (self.zh, self.en) != (self.default_zh, self.default_en)


@dataclass(frozen=True)
class LineWording:
    line: ProductLineRow
    texts: tuple[ScriptTextRow, ...]


@dataclass(frozen=True)
class ScriptPreview:
    company: str  # who "we" are on the phone for this line
    company_is_fallback: bool  # the branch name would have named another line: a neutral name is used instead
    lines: tuple[ScriptLine, ...]  # every editable line, filled for a sample customer
    problems: tuple[TextProblem, ...]


class ScriptService(Service):
    def product_lines(self, actor: Actor) -> tuple[ProductLineRow, ...]:
        with self._reading(actor, "callback.read") as session:
            return tuple(_line_row(line) for line in session.scalars(select(ProductLine).order_by(ProductLine.id)))

    def wording(self, actor: Actor, product_line_id: int) -> LineWording:
        with self._reading(actor, "callback.read") as session:
            line = _line(session, product_line_id)
            defaults = script.default_texts(line.code)
            texts = {**defaults, **edited_texts(session, line.id)}
            return LineWording(_line_row(line), tuple(
                ScriptTextRow(seed.id, seed.when, *texts[seed.id], *defaults[seed.id]) for seed in script.EDITABLE))

    def preview(self, actor: Actor, product_line_id: int, brand: str, service_name: str,
                texts: dict[str, tuple[str, str]]) -> ScriptPreview:
        """The script as a customer of this line would hear it with these (unsaved) words, and what is wrong."""
        with self._reading(actor, "callback.read") as session:
            line = _line(session, product_line_id)
            words = line_words(session, line.id, actor.branch_id)
            branch = session.get(Branch, actor.branch_id)
            return _preview(words, brand.strip(), service_name.strip(), texts, branch.name if branch else "",
                            branch.hotline if branch else "")

    def save(self, actor: Actor, product_line_id: int, brand: str, service_name: str,
             texts: dict[str, tuple[str, str]]) -> LineWording:
        """Saves the brand, the service name and the lines that differ from the seed default (a line put back to
        the default loses its row). Refuses the whole save when any line says a never-say phrase, names another
        product line or uses an unknown placeholder; nothing is stored then."""
        require(actor, "script.manage")
        brand = clean_text(brand, "brand", max_length=40)
        service_name = clean_text(service_name, "service_name", max_length=100)
        unknown = sorted(set(texts) - set(script.EDITABLE_IDS))
        if unknown:
            raise ValidationError("unknown_script_line", "texts", line_id=unknown[0])
        with self._writing(actor, "script.manage") as session:
            line = _line(session, product_line_id)
            words = line_words(session, line.id, actor.branch_id)
            for word in script.foreign_words(service_name, line.name_zh, words.other_names):
                raise ValidationError("service_name_other_product_line", "service_name", word=word)
            defaults = script.default_texts(line.code)
            merged = {**defaults, **edited_texts(session, line.id), **texts}
            for line_id, (zh, en) in merged.items():
                for problem in script.check_line(line_id, zh, en, own_name=line.name_zh,
                                                 other_names=words.other_names):
                    raise ValidationError(f"script_{problem.code}", "texts", line_id=line_id, word=problem.detail)
            before = {"brand": line.brand, "service_name": line.service_name}
            line.brand, line.service_name = brand, service_name
            if before != {"brand": brand, "service_name": service_name}:
                audit.record(session, actor, "product_line.words", "product_line", line.id, before,
                             {"brand": brand, "service_name": service_name})
            rows = {r.line_id: r for r in session.scalars(
                select(ScriptText).where(ScriptText.product_line_id == line.id))}
            now = utc_now()
            for line_id, (zh, en) in sorted(merged.items()):
                row = rows.get(line_id)
                if (zh, en) == defaults[line_id]:
                    if row is not None:
                        audit.record(session, actor, "script_text.reset", "script_text", row.id,
                                     audit.snapshot(row), None)
                        session.delete(row)
                    continue
                if row is not None and (row.zh, row.en) == (zh, en):
                    continue
                snapshot = audit.snapshot(row) if row is not None else None
                if row is None:
                    row = ScriptText(product_line_id=line.id, line_id=line_id, zh=zh, en=en, updated_at=now,
                                     updated_by=actor.user_id)
                    session.add(row)
                else:
                    row.zh, row.en, row.updated_at, row.updated_by = zh, en, now, actor.user_id
                session.flush()
                audit.record(session, actor, "script_text.set", "script_text", row.id, snapshot, audit.snapshot(row))
            session.flush()
            defaults_now = script.default_texts(line.code)
            texts_now = {**defaults_now, **edited_texts(session, line.id)}
            return LineWording(_line_row(line), tuple(
                ScriptTextRow(seed.id, seed.when, *texts_now[seed.id], *defaults_now[seed.id])
                for seed in script.EDITABLE))

    # ---- satisfaction grades (a branch setting) ------------------------------------------------------------
    def grades(self, actor: Actor) -> tuple[str, ...]:
        with self._reading(actor, "callback.read") as session:
            return branch_grades(session, actor.branch_id)

    def set_grades(self, actor: Actor, grades: tuple[str, ...]) -> tuple[str, ...]:
        require(actor, "settings.manage")
        problem = satisfaction.grade_problem(list(grades))
        if problem is not None:
            raise ValidationError(problem, "grades")
        value = list(satisfaction.ordered(grades))
        with self._writing(actor, "settings.manage") as session:
            row = session.scalar(select(Setting).where(Setting.branch_id == actor.branch_id,
                                                       Setting.key == "satisfaction.grades"))
            before = None if row is None else {"key": row.key, "value": row.value}
            if row is None:
                session.add(Setting(branch_id=actor.branch_id, key="satisfaction.grades", value=value))
            elif row.value != value:
                row.value = value
            else:
                return tuple(value)
            audit.record(session, actor, "setting.set", "setting", None, before,
                         {"key": "satisfaction.grades", "value": value})
            return tuple(value)


def _line(session: Session, product_line_id: int) -> ProductLine:
    line = session.get(ProductLine, product_line_id)
    if line is None:
        raise NotFoundError("product_line_not_found")
    return line


def _line_row(line: ProductLine) -> ProductLineRow:
    return ProductLineRow(line.id, line.code, line.name_zh, line.name_en, line.brand, line.service_name)


def _preview(words: LineWords, brand: str, service_name: str, texts: dict[str, tuple[str, str]], branch_name: str,
             hotline: str) -> ScriptPreview:
    company = service_name or branch_name
    fallback = False
    if not service_name and script.foreign_words(company, words.name_zh, words.other_names):
        company, fallback = neutral_company(brand, words.name_zh), True
    book = script.ScriptBook.of(words.code, {k: v for k, v in texts.items() if k in script.EDITABLE_IDS})
    ctx = script.ScriptContext(
        company=company, hotline=hotline, brand=brand, agent_no=SAMPLE["agent_no"], surname=SAMPLE["surname"],
        visit_date=SAMPLE["date"], product=words.name_zh, product_en=words.product_en_spoken,
        consumables=SAMPLE["consumables"], consumables_en=SAMPLE["consumables_en"], due_date=SAMPLE["due_date"],
        due_date_en=SAMPLE["due_date_en"])
    problems: list[TextProblem] = []
    for word in script.foreign_words(service_name, words.name_zh, words.other_names):
        problems.append(TextProblem("", "other_product_line", word))
    for line_id in script.EDITABLE_IDS:
        line = book.lines[line_id]
        problems += script.check_line(line_id, line.zh, line.en, own_name=words.name_zh,
                                      other_names=words.other_names)
    return ScriptPreview(company, fallback, tuple(script.fill(book.lines[i], ctx) for i in script.EDITABLE_IDS),
                         tuple(problems))
