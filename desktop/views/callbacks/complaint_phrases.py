"""The phrase panel beside every complaint screen: what to say (seed 004 第六章 投诉处理的语言技巧), the calming
lines for an upset customer (seed 003 A–C) and, in red, what never to say (seed 003 服务日常工作忌语). Until now
these were shown only on the callback card."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser

if TYPE_CHECKING:
    from desktop.services.callbacks.complaint_service import ComplaintService
    from desktop.services.core.actor import Actor

translate = QCoreApplication.translate


def _group_titles() -> dict[str, str]:
    return {
        "intake": translate("ComplaintPhrases", "Taking the complaint"),
        "first_contact": translate("ComplaintPhrases", "Calling the customer back"),
        "installer": translate("ComplaintPhrases", "With the installer or dealer"),
    }


def _line(line: Any) -> str:
    return f"<p>{escape(line.zh)}<br><i style='color:#555'>{escape(line.en)}</i></p>"


def phrases_html(phrases: Any) -> str:
    titles = _group_titles()
    parts = []
    for key, lines in phrases.groups:
        parts.append(f"<h4>{escape(titles.get(key, key))}</h4>")
        parts.extend(_line(line) for line in lines)
    parts.append(f"<h4>{escape(translate('ComplaintPhrases', 'If the customer is upset'))}</h4>")
    parts.extend(_line(line) for line in phrases.calming)
    parts.append(f"<h4 style='color:#b00020'>{escape(translate('ComplaintPhrases', 'Never say'))}</h4>")
    parts.append("<br>".join(f"<span style='color:#b00020'>✗ {escape(p.zh)}</span> <i>{escape(p.en)}</i>"
                             for p in phrases.forbidden))
    return "".join(parts)


def show_phrases(browser: QTextBrowser, service: ComplaintService, actor: Actor,
                 complaint_id: int | None = None) -> None:
    """Fill the panel; a failure leaves it empty (the complaint itself still works)."""
    browser.setMinimumWidth(340)
    browser.setMaximumWidth(440)
    browser.setOpenLinks(False)
    try:
        browser.setHtml(phrases_html(service.handling_phrases(actor, complaint_id)))
    except Exception as exc:  # shown, never fatal: the complaint itself still works
        from desktop.views.messages import error_message

        browser.setPlainText(error_message(exc))
