"""Durations as people say them ("24 小时", "2 days", "1 hour 30 minutes"), for commitments and clocks.

Settings are kept and edited in exact minutes (the service rules count minutes: 10 minutes to call, 30 minutes on
site); a person reads 1440 minutes as 24 hours. The editors stay exact and show the words beside them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QWidget

from desktop.views.look import MUTED

translate = QCoreApplication.translate

MINUTES_PER_DAY = 24 * 60
# Up to two days people count hours (24 小时上门, 48 hours); from two whole days on, days.
DAYS_FROM = 2 * MINUTES_PER_DAY


def minutes_words(count: int) -> str:
    if count == 1:
        return translate("Durations", "1 minute")
    return translate("Durations", "{count} minutes").format(count=count)


def hours_words(count: int) -> str:
    if count == 1:
        return translate("Durations", "1 hour")
    return translate("Durations", "{count} hours").format(count=count)


def days_words(count: int) -> str:
    if count == 1:
        return translate("Durations", "1 day")
    return translate("Durations", "{count} days").format(count=count)


def duration_words(minutes: int) -> str:
    """A length of time in the largest units that say it: 1440 → "24 hours", 2880 → "2 days", 90 → "1 hour 30
    minutes". Beyond two days the minutes are left out (a clock three days overdue is not read to the minute)."""
    minutes = abs(int(minutes))
    if minutes >= DAYS_FROM:
        days, hours = divmod(minutes // 60, 24)
        return _joined(days_words(days), hours_words(hours) if hours else "")
    hours, rest = divmod(minutes, 60)
    if not hours:
        return minutes_words(rest)
    return _joined(hours_words(hours), minutes_words(rest) if rest else "")


def unit_words(value: int, unit: str) -> str:
    """A setting's value in its own unit ("minutes", "hours", "days") as people say it."""
    if unit == "days":
        return days_words(value)
    if unit == "hours":
        return duration_words(value * 60)
    return duration_words(value)


def _joined(first: str, second: str) -> str:
    return f"{first} {second}" if second else first


def with_words(spin: QSpinBox, unit: str = "minutes", parent: QWidget | None = None) -> QWidget:
    """The spin box with the value in words beside it ("1440 minutes" → "= 24 hours"), kept up to date as it is
    edited; the words are left blank where they would only repeat the number. Returns the widget to lay out in the
    spin box's place (its `words` attribute is the label, `spin` the spin box)."""
    box = QWidget(parent)
    name = spin.objectName() or "duration"
    box.setObjectName(f"{name}_box")
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    words = QLabel(box)
    words.setObjectName(f"{name}_words")
    words.setStyleSheet(f"QLabel {{ color: {MUTED.name()}; }}")
    layout.addWidget(spin, 1)
    layout.addWidget(words)

    def show(value: int) -> None:
        said = unit_words(value, unit)
        plain = {"days": days_words, "hours": hours_words}.get(unit, minutes_words)(value)
        words.setText("" if said == plain else "= " + said)

    spin.valueChanged.connect(show)
    show(spin.value())
    box.words = words  # type: ignore[attr-defined]
    box.spin = spin  # type: ignore[attr-defined]
    return box


def words_beside(spin: QSpinBox, unit: str = "minutes") -> QLabel:
    """with_words for a spin box already laid out (a form from Qt Designer): the box takes its place."""
    holder = spin.parentWidget()
    layout = holder.layout() if holder is not None else None
    if layout is None:
        raise ValueError(f"{spin.objectName()} is not in a layout")
    placeholder = QWidget(holder)
    layout.replaceWidget(spin, placeholder)
    box = with_words(spin, unit, holder)
    layout.replaceWidget(placeholder, box)
    placeholder.deleteLater()
    return box.words  # type: ignore[attr-defined]
