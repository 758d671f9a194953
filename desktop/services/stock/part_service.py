"""The parts catalogue (配件目录) per product line: kept by the supervisor, or imported from HQ's price list."""

from __future__ import annotations

import os
from dataclasses import asdict
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.errors import NotFoundError, ValidationError
from desktop.models import Part, ProductLine
from desktop.services.core import audit
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service, check_version
from desktop.services.core.permissions import require
from desktop.services.core.validation import clean_text
from desktop.services.stock import price_list
from desktop.services.stock.price_list import CODE_PATTERN
from desktop.services.stock.stock_records import CataloguePart, PartInput, PriceListCheck

MAX_PRICE_FEN = 100_000_000  # 1,000,000 yuan: above any part a branch stocks; catches extra zeros
MAX_REORDER = 100_000


def catalogue_part(part: Part, line_code: str) -> CataloguePart:
    return CataloguePart(part.id, line_code, part.code, part.name_zh, part.name_en, part.unit, part.price_fen,
                         part.is_warranty_part, part.is_main_part, part.is_consumable, part.reorder_level, part.active,
                         part.version)


def _line_codes(session: Session) -> dict[int, str]:
    return dict(session.execute(select(ProductLine.id, ProductLine.code)).all())


def _line_lookup(session: Session) -> dict[str, str]:
    """Lower-case code, Chinese name and English name → code, as a price list may name a product line."""
    found: dict[str, str] = {}
    for code, zh, en in session.execute(select(ProductLine.code, ProductLine.name_zh, ProductLine.name_en)):
        for name in (code, zh, en):
            found[name.strip().lower()] = code
    return found


def _clean(session: Session, data: PartInput) -> dict[str, object]:
    line_id = None
    if data.product_line:
        line_id = session.scalar(select(ProductLine.id).where(ProductLine.code == data.product_line))
        if line_id is None:
            raise ValidationError("unknown_product_line", "product_line", value=data.product_line)
    code = clean_text(data.code, "code", max_length=40, required=True)
    if not CODE_PATTERN.match(code):
        raise ValidationError("bad_code", "code")
    for name in ("price_fen", "reorder_level"):
        value = getattr(data, name)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError("not_an_integer", name)
    if not 0 <= data.price_fen <= MAX_PRICE_FEN:
        raise ValidationError("charge_invalid", "price_fen")
    if not 0 <= data.reorder_level <= MAX_REORDER:
        raise ValidationError("quantity_invalid", "reorder_level", maximum=MAX_REORDER)
    if data.is_consumable and data.is_warranty_part:
        raise ValidationError("consumable_and_warranty", "is_warranty_part")
    return {
        "product_line_id": line_id, "code": code,
        "name_zh": clean_text(data.name_zh, "name_zh", max_length=60, required=True),
        "name_en": clean_text(data.name_en, "name_en", max_length=80),
        "unit": clean_text(data.unit, "unit", max_length=10) or "个", "price_fen": data.price_fen,
        "is_warranty_part": bool(data.is_warranty_part), "is_main_part": bool(data.is_main_part),
        "is_consumable": bool(data.is_consumable), "reorder_level": data.reorder_level, "active": bool(data.active),
    }


class PartService(Service):
    def product_lines(self, actor: Actor) -> list[tuple[str, str, str]]:
        """(code, 中文 name, English name) of every product line, for the catalogue's filters and dialog."""
        with self._reading(actor, "stock.read") as session:
            return [(r[0], r[1], r[2]) for r in session.execute(
                select(ProductLine.code, ProductLine.name_zh, ProductLine.name_en).order_by(ProductLine.id))]

    def parts(self, actor: Actor, *, product_line: str | None = None, text: str = "",
              include_inactive: bool = False) -> list[CataloguePart]:
        """The catalogue by code; a product line's parts include the general ones (no product line)."""
        with self._reading(actor, "stock.read") as session:
            query = select(Part).order_by(Part.code)
            if not include_inactive:
                query = query.where(Part.active.is_(True))
            if product_line:
                line_id = session.scalar(select(ProductLine.id).where(ProductLine.code == product_line))
                query = query.where(or_(Part.product_line_id == line_id, Part.product_line_id.is_(None)))
            if text.strip():
                pattern = f"%{text.strip().lower()}%"
                query = query.where(or_(func.lower(Part.code).like(pattern), Part.name_zh.like(pattern),
                                        func.lower(Part.name_en).like(pattern)))
            lines = _line_codes(session)
            return [catalogue_part(p, lines.get(p.product_line_id, "") if p.product_line_id is not None else "")
                    for p in session.scalars(query)]

    def save_part(self, actor: Actor, part_id: int | None, data: PartInput, *,
                  version: int | None = None) -> CataloguePart:
        with self._writing(actor, "catalogue.manage") as session:
            values = _clean(session, data)
            clash = session.scalar(select(Part.id).where(func.upper(Part.code) == str(values["code"]).upper()))
            if clash is not None and clash != part_id:
                raise ValidationError("part_code_taken", "code", part=values["code"])
            if part_id is None:
                part = Part(**values)
                session.add(part)
                session.flush()
                audit.record(session, actor, "part.create", "part", part.id, None, audit.snapshot(part))
            else:
                found = session.get(Part, part_id)
                if found is None:
                    raise NotFoundError("part_not_found", "part_id")
                part = found
                check_version(part.version, version)
                before = audit.snapshot(part)
                for key, value in values.items():
                    setattr(part, key, value)
                session.flush()
                audit.record(session, actor, "part.update", "part", part.id, before, audit.snapshot(part))
            return catalogue_part(part, data.product_line)

    # ---- HQ's price list -----------------------------------------------------------------------------------------

    def write_price_list_template(self, actor: Actor, path: str | os.PathLike[str]) -> Path:
        with self._reading(actor, "stock.read") as session:
            lines = [(c, n) for c, n in session.execute(select(ProductLine.code, ProductLine.name_zh)
                                                        .order_by(ProductLine.id))]
        target = Path(path)
        if not target.parent.is_dir():
            raise ValidationError("export_folder_missing", "path", folder=str(target.parent))
        price_list.write_template(target, lines)
        return target

    def check_price_list(self, actor: Actor, path: str | os.PathLike[str]) -> PriceListCheck:
        """What an import would do, without changing anything: new, changed and unchanged parts, and every bad
        cell (row, column header, problem) so the clerk can send the file back to HQ with a precise note."""
        require(actor, "catalogue.manage")
        with self._reading(actor, "catalogue.manage") as session:
            return self._plan(session, Path(path))[0]

    def import_price_list(self, actor: Actor, path: str | os.PathLike[str]) -> PriceListCheck:
        """Adds and updates the good lines (matched by part code); the bad ones are reported and left out, so a
        corrected file can be imported again later without duplicates."""
        require(actor, "catalogue.manage")
        with self._writing(actor, "catalogue.manage") as session:
            check, work = self._plan(session, Path(path))
            for part, values in work:
                if part is None:
                    part = Part(**values)
                    session.add(part)
                    session.flush()
                    audit.record(session, actor, "part.import", "part", part.id, None, audit.snapshot(part))
                else:
                    before = audit.snapshot(part)
                    for key, value in values.items():
                        setattr(part, key, value)
                    session.flush()
                    audit.record(session, actor, "part.import", "part", part.id, before, audit.snapshot(part))
            audit.record(session, actor, "price_list.import", "part", None, None,
                         {"file": Path(path).name, "new": check.new, "changed": check.changed,
                          "unchanged": check.unchanged, "problems": [asdict(p) for p in check.problems]})
            return check

    def _plan(self, session: Session, path: Path) -> tuple[PriceListCheck, list[tuple[Part | None, dict[str, Any]]]]:
        lines, problems = price_list.read_price_list(path, _line_lookup(session))
        existing = {p.code.upper(): p for p in session.scalars(select(Part))}
        work: list[tuple[Part | None, dict[str, Any]]] = []
        new = changed = unchanged = 0
        for line in lines:
            values = _clean(session, line.part)
            part = existing.get(line.part.code.upper())
            if part is None:
                new += 1
                work.append((None, values))
                continue
            # The price list does not carry the active flag: importing it again must not revive a retired part.
            values.pop("active")
            if any(getattr(part, k) != v for k, v in values.items()):
                changed += 1
                work.append((part, values))
            else:
                unchanged += 1
        return PriceListCheck(len(lines) + len({p.row for p in problems if p.row > 1}), new, changed, unchanged,
                              tuple(problems)), work
