"""How a product line is named to its customers: its brand, its name, and the name the service introduces itself by.

The callback card, the printed forms and the certificates all ask here, so a purifier customer never hears or reads
another line's word (太阳能) — not even through a branch named after the solar heaters it also services."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Branch, ProductLine
from desktop.rules.callback_script import foreign_words


@dataclass(frozen=True)
class LineWords:
    product_line_id: int
    code: str
    name_zh: str
    name_en: str
    brand: str
    service_name: str  # as set for the line ("" when not set)
    company: str  # who "we" are to this line's customers: the line's service name, else the branch name
    company_is_fallback: bool  # the branch name would have said another line's word, so a neutral name is used
    other_names: tuple[str, ...]  # the other product lines' names, for the checks on edited wording

    def product(self, language: str) -> str:
        """The product as printed and spoken: 鸿盛净水器 / 鸿盛 Water purifier."""
        if language == "zh":
            return f"{self.brand}{self.name_zh}"
        return f"{self.brand} {self.name_en}".strip()

    @property
    def product_en_spoken(self) -> str:
        """The line's English name inside a sentence ("your 鸿盛 water purifier")."""
        return self.name_en[:1].lower() + self.name_en[1:] if self.name_en else ""


def neutral_company(brand: str, name_zh: str) -> str:
    return f"{brand}{name_zh}售后服务中心"


def line_words(session: Session, product_line_id: int, branch_id: int) -> LineWords:
    line = session.get(ProductLine, product_line_id)
    if line is None:
        return LineWords(product_line_id, "", "", "", "", "", "", False, ())
    branch_name = session.scalar(select(Branch.name).where(Branch.id == branch_id)) or ""
    others = tuple(session.scalars(select(ProductLine.name_zh).where(ProductLine.id != line.id)
                                   .order_by(ProductLine.id)))
    company = line.service_name.strip() or branch_name
    fallback = False
    if not line.service_name.strip() and foreign_words(company, line.name_zh, others):
        # A branch named for its solar heaters still services purifiers: their customers hear a neutral name.
        company, fallback = neutral_company(line.brand, line.name_zh), True
    return LineWords(line.id, line.code, line.name_zh, line.name_en, line.brand, line.service_name, company,
                     fallback, others)
