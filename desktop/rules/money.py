"""Amounts typed in yuan (元) as the clerk reads them off an invoice, stored as whole fen (分)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from desktop.errors import ValidationError

# 1,000,000 yuan: far above any household unit, catches a price typed with extra zeros.
MAX_PRICE_FEN = 100_000_000
_CENT = Decimal("0.01")


def parse_yuan(text: str | None, field: str) -> int | None:
    """"1280", "1,280.50", "¥1280", "1280元" -> fen; blank -> None (not known). Bad input -> ValidationError."""
    raw = (text or "").strip()
    for mark in ("¥", "￥", "元", ",", "，", " "):
        raw = raw.replace(mark, "")
    if not raw:
        return None
    try:
        amount = Decimal(raw)
    except InvalidOperation as exc:
        raise ValidationError("not_a_decimal", field) from exc
    if not amount.is_finite():
        raise ValidationError("not_a_decimal", field)
    if amount < 0:
        raise ValidationError("negative_money", field)
    # Before quantize(): "1e400" has more digits than the decimal context holds and would not quantize at all.
    if amount * 100 > MAX_PRICE_FEN:
        raise ValidationError("amount_too_large", field)
    if amount != amount.quantize(_CENT):
        raise ValidationError("too_many_decimals", field)
    return int(amount * 100)


def yuan_text(fen: int | None) -> str:
    """Fen as the yuan figure with two decimals ("1280.00"); "" when not known."""
    if fen is None:
        return ""
    return f"{Decimal(fen) / 100:.2f}"
