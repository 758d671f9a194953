"""The keys for frequent actions: one table that both binds them (`install`) and lists them in Help → Keyboard
shortcuts, so the list can never promise a key that does nothing.

A key is bound with a window-wide QShortcut owned by the target widget: Qt makes it live only while that widget is
visible and enabled, so the same key serves each area's own action (F5 refreshes whichever list is shown) and a
greyed-out button cannot be pressed by its key either. Each button's tooltip shows its key."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

translate = QCoreApplication.translate

NEW, FIND, OPEN, SAVE, PRINT, REFRESH = "Ctrl+N", "Ctrl+F", "Ctrl+O", "Ctrl+S", "Ctrl+P", "F5"
PLAN, AGREE, ARRIVED, RESULT = "Ctrl+Shift+P", "Ctrl+Shift+T", "Ctrl+Shift+A", "Ctrl+Shift+R"
COMPLETE = "Ctrl+Return"
SHOW_SHORTCUTS = "Ctrl+/"


@dataclass(frozen=True)
class Binding:
    # Which window or area the key lives in (the `install` caller names it), the target's object name (a button
    # is clicked, a text box takes the focus, a table opens its current row), the key, and what it does.
    place: str
    target: str
    key: str
    action: Callable[[], str]


def bindings() -> list[Binding]:
    """Every bound key, in the order Help → Keyboard shortcuts lists them (lupdate reads the literal calls)."""
    return [
        Binding("intake", "clear_button", NEW, lambda: translate("Shortcuts", "New call (clear the form)")),
        Binding("intake", "phone_edit", FIND, lambda: translate("Shortcuts", "Search the caller's phone")),
        Binding("intake", "open_ticket_button", SAVE, lambda: translate("Shortcuts", "Save: open the ticket")),
        Binding("tickets", "search_edit", FIND, lambda: translate("Shortcuts", "Search tickets")),
        Binding("tickets", "table_view", OPEN, lambda: translate("Shortcuts", "Open the selected ticket")),
        Binding("tickets", "refresh_button", REFRESH, lambda: translate("Shortcuts", "Refresh")),
        Binding("ticket", "print_sheet_button", PRINT, lambda: translate("Shortcuts", "Print the service sheet")),
        Binding("dispatch", "plan_button", PLAN, lambda: translate("Shortcuts", "Plan a visit")),
        Binding("dispatch", "agree_button", AGREE, lambda: translate("Shortcuts", "Agree the time with the customer")),
        Binding("dispatch", "arrival_button", ARRIVED, lambda: translate("Shortcuts", "The engineer has arrived")),
        Binding("dispatch", "result_button", RESULT, lambda: translate("Shortcuts", "Record the visit result")),
        Binding("dispatch", "print_button", PRINT, lambda: translate("Shortcuts", "Print the engineer's day")),
        Binding("dispatch", "refresh_button", REFRESH, lambda: translate("Shortcuts", "Refresh")),
        Binding("visit_result", "save_button", SAVE, lambda: translate("Shortcuts", "Save the visit result")),
        Binding("my_day", "arrival_button", ARRIVED, lambda: translate("Shortcuts", "I have arrived")),
        Binding("my_day", "result_button", RESULT, lambda: translate("Shortcuts", "Record the visit result")),
        Binding("my_day", "print_button", PRINT, lambda: translate("Shortcuts", "Print the day's sheets")),
        Binding("my_day", "refresh_button", REFRESH, lambda: translate("Shortcuts", "Refresh")),
        Binding("installations", "new_button", NEW, lambda: translate("Shortcuts", "New installation")),
        Binding("installations", "search_edit", FIND, lambda: translate("Shortcuts", "Search installations")),
        Binding("installations", "open_ticket_button", OPEN, lambda: translate("Shortcuts", "Open the ticket")),
        Binding("installations", "result_button", RESULT, lambda: translate("Shortcuts", "Record the acceptance")),
        Binding("installations", "print_button", PRINT, lambda: translate("Shortcuts", "Print the acceptance form")),
        Binding("installations", "refresh_button", REFRESH, lambda: translate("Shortcuts", "Refresh")),
        Binding("installation_result", "save_button", SAVE, lambda: translate("Shortcuts", "Save the acceptance")),
        Binding("customers", "search_edit", FIND, lambda: translate("Shortcuts", "Search customers")),
        Binding("customers", "edit_customer_button", "Ctrl+E", lambda: translate("Shortcuts", "Edit the customer")),
        Binding("stock", "receive_button", "Ctrl+Shift+R", lambda: translate("Shortcuts", "Receive parts")),
        Binding("stock", "issue_button", "Ctrl+Shift+I", lambda: translate("Shortcuts", "Issue parts to an engineer")),
        Binding("stock", "print_list_button", PRINT, lambda: translate("Shortcuts", "Print the return list")),
        Binding("charges", "pay_button", "Ctrl+Shift+R", lambda: translate("Shortcuts", "Record a payment")),
        Binding("charges", "print_receipt_button", PRINT, lambda: translate("Shortcuts", "Print the receipt")),
        Binding("payment", "save_button", SAVE, lambda: translate("Shortcuts", "Save the payment")),
        Binding("claims", "search_edit", FIND, lambda: translate("Shortcuts", "Search claims")),
        Binding("claims", "print_button", PRINT, lambda: translate("Shortcuts", "Print the return certificate")),
        Binding("callbacks", "new_callback_button", NEW, lambda: translate("Shortcuts", "New callback")),
        Binding("callbacks", "open_button", OPEN, lambda: translate("Shortcuts", "Open the call card")),
        Binding("callbacks", "refresh_button", REFRESH, lambda: translate("Shortcuts", "Refresh")),
        Binding("call_card", "complete_button", COMPLETE, lambda: translate("Shortcuts", "Complete the callback")),
        Binding("call_card", "print_record_button", PRINT, lambda: translate("Shortcuts", "Print the callback record")),
        Binding("complaints", "new_button", NEW, lambda: translate("Shortcuts", "New complaint")),
        Binding("complaints", "open_button", OPEN, lambda: translate("Shortcuts", "Open the complaint")),
        Binding("complaints", "refresh_button", REFRESH, lambda: translate("Shortcuts", "Refresh")),
        Binding("consultations", "new_button", NEW, lambda: translate("Shortcuts", "New question")),
        Binding("consultations", "search_edit", FIND, lambda: translate("Shortcuts", "Search consultations")),
        Binding("consultations", "open_button", OPEN, lambda: translate("Shortcuts", "Open the consultation")),
        Binding("consultations", "refresh_button", REFRESH, lambda: translate("Shortcuts", "Refresh")),
        Binding("consultation", "reply_button", COMPLETE, lambda: translate("Shortcuts", "Record the reply")),
        Binding("new_consultation", "save_button", SAVE, lambda: translate("Shortcuts", "Save the question")),
        Binding("quality", "search_edit", FIND, lambda: translate("Shortcuts", "Search quality feedback")),
        Binding("quality", "open_button", OPEN, lambda: translate("Shortcuts", "Open the form")),
        Binding("quality", "refresh_button", REFRESH, lambda: translate("Shortcuts", "Refresh")),
        Binding("quality_form", "save_button", SAVE, lambda: translate("Shortcuts", "Save the form")),
        Binding("quality_form", "print_button", PRINT, lambda: translate("Shortcuts", "Print the form")),
    ]


def place_names() -> dict[str, str]:
    return {
        "window": translate("Shortcuts", "Everywhere"),
        "intake": translate("Shortcuts", "Intake"),
        "tickets": translate("Shortcuts", "Tickets"),
        "ticket": translate("Shortcuts", "Ticket window"),
        "dispatch": translate("Shortcuts", "Dispatch board"),
        "visit_result": translate("Shortcuts", "Visit result"),
        "my_day": translate("Shortcuts", "My day"),
        "installations": translate("Shortcuts", "Installations"),
        "installation_result": translate("Shortcuts", "Installation acceptance"),
        "customers": translate("Shortcuts", "Customer file"),
        "stock": translate("Shortcuts", "Parts stock"),
        "charges": translate("Shortcuts", "Charges"),
        "payment": translate("Shortcuts", "Payment"),
        "claims": translate("Shortcuts", "Returns and exchanges"),
        "callbacks": translate("Shortcuts", "Callbacks"),
        "call_card": translate("Shortcuts", "Call card"),
        "complaints": translate("Shortcuts", "Complaints"),
        "consultations": translate("Shortcuts", "Consultations"),
        "consultation": translate("Shortcuts", "Consultation"),
        "new_consultation": translate("Shortcuts", "New question"),
        "quality": translate("Shortcuts", "Quality feedback"),
        "quality_form": translate("Shortcuts", "Quality feedback form"),
    }


def window_keys() -> list[tuple[str, str]]:
    """Keys of the main window itself (its menus and the counter's scan box), for the Help list."""
    return [
        ("Ctrl+K", translate("Shortcuts", "Scan a sheet or open a ticket by its number")),
        ("Ctrl+1 … Ctrl+9", translate("Shortcuts", "Go to the first … ninth area of the list on the left")),
        ("Alt", translate("Shortcuts", "With the underlined letter: press that button or go to that field")),
        ("Ctrl+L", translate("Shortcuts", "Lock the screen")),
        ("Ctrl+Shift+U", translate("Shortcuts", "Switch user")),
        (SHOW_SHORTCUTS, translate("Shortcuts", "Show these keyboard shortcuts")),
        ("Ctrl+Q", translate("Shortcuts", "Quit")),
    ]


def key_text(key: str) -> str:
    """The key as the user's keyboard names it (Ctrl+Shift+A)."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def install(root: QWidget, place: str) -> list[QShortcut]:
    """Bind the keys of `place` to the widgets of that name under `root` (and `root` itself)."""
    made: list[QShortcut] = []
    for binding in bindings():
        if binding.place != place:
            continue
        target = root if root.objectName() == binding.target else root.findChild(QWidget, binding.target)
        if target is None:
            raise LookupError(f"no widget {binding.target!r} for the {place} shortcut {binding.key}")
        made.append(bind(target, binding.key))
    return made


def bind(target: QWidget, key: str) -> QShortcut:
    shortcut = QShortcut(QKeySequence(key), target)
    shortcut.setObjectName(f"{target.objectName()}_shortcut")
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    if isinstance(target, QAbstractButton):
        shortcut.activated.connect(target.click)
    elif isinstance(target, QLineEdit):
        shortcut.activated.connect(lambda: (target.setFocus(Qt.FocusReason.ShortcutFocusReason), target.selectAll()))
    elif isinstance(target, QAbstractItemView):
        shortcut.activated.connect(lambda: _open_current(target))
    else:
        raise TypeError(f"cannot bind {key} to {type(target).__name__}")
    show_key_in_tooltip(target, key)
    return shortcut


def show_key_in_tooltip(target: QWidget, key: str) -> None:
    tip = target.toolTip() or (target.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
                               if isinstance(target, QAbstractButton) else "")
    target.setToolTip(f"{tip} ({key_text(key)})" if tip else key_text(key))


def _open_current(view: QAbstractItemView) -> None:
    index = view.currentIndex()
    if index.isValid():
        # The same as a double click: every list opens its record on doubleClicked.
        view.doubleClicked.emit(index)


class TabMovesFocus(QObject):
    """Tab in a multi-line box moves to the next field, as in every single-line one (typing a tab character into a
    fault description is never wanted; the keyboard user would be trapped). Installed on the application."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish and isinstance(watched, (QPlainTextEdit, QTextEdit)):
            watched.setTabChangesFocus(True)
        return False


def install_tab_moves_focus(app: QObject) -> TabMovesFocus:
    """Once per application (a switch of user builds a new window, not a second filter)."""
    tab_filter = app.findChild(TabMovesFocus)
    if tab_filter is None:
        tab_filter = TabMovesFocus(app)
        app.installEventFilter(tab_filter)
        # Boxes already polished (the first window installs this once it has been drawn) are set here.
        for widget in QApplication.allWidgets():
            if isinstance(widget, (QPlainTextEdit, QTextEdit)):
                widget.setTabChangesFocus(True)
    return tab_filter
