"""Walks a real window as the keyboard sees it: which keys are live together (mnemonics, shortcuts), and what text
a person can read (labels, buttons, table cells, tooltips). Used by the mnemonic and the text tests."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolBox,
    QWidget,
)


@dataclass(frozen=True)
class Key:
    key: str
    owner: str


def _name(widget: object) -> str:
    name = widget.objectName() if hasattr(widget, "objectName") else ""
    text = ""
    for getter in ("text", "title"):
        if hasattr(widget, getter):
            try:
                text = str(getattr(widget, getter)())
            except TypeError:
                continue
            break
    return f"{type(widget).__name__}:{name or '?'}[{text}]"


def mnemonic(text: str) -> str:
    """The key Alt+<letter> a text's single & gives ("" when none); && is a literal ampersand."""
    seq = QKeySequence.mnemonic(text)
    return seq.toString(QKeySequence.SequenceFormat.PortableText) if not seq.isEmpty() else ""


def _action_keys(action: QAction, owner: str) -> list[Key]:
    if not action.isVisible():
        return []
    return [Key(seq.toString(QKeySequence.SequenceFormat.PortableText), owner)
            for seq in action.shortcuts() if not seq.isEmpty()]


def _menu_keys(menu: QMenu) -> list[Key]:
    """Shortcuts of a menu's actions are live in the whole window, menu closed or open."""
    keys: list[Key] = []
    for action in menu.actions():
        if action.menu() is not None:
            keys += _menu_keys(action.menu())
        else:
            keys += _action_keys(action, _name(action))
    return keys


def _own_keys(widget: QWidget) -> list[Key]:
    keys: list[Key] = []
    owner = _name(widget)
    if isinstance(widget, QAbstractButton):
        seq = widget.shortcut()
        if not seq.isEmpty():
            keys.append(Key(seq.toString(QKeySequence.SequenceFormat.PortableText), owner))
    elif isinstance(widget, QLabel):
        if widget.buddy() is not None and mnemonic(widget.text()):
            keys.append(Key(mnemonic(widget.text()), owner))
    elif isinstance(widget, QGroupBox):
        if mnemonic(widget.title()):
            keys.append(Key(mnemonic(widget.title()), owner))
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            if widget.isTabVisible(i) and mnemonic(widget.tabText(i)):
                keys.append(Key(mnemonic(widget.tabText(i)), f"{owner}#tab{i}[{widget.tabText(i)}]"))
    elif isinstance(widget, QMenuBar):
        for action in widget.actions():
            if action.isVisible() and mnemonic(action.text()):
                keys.append(Key(mnemonic(action.text()), f"menu[{action.text()}]"))
            if action.isVisible() and action.menu() is not None:
                keys += _menu_keys(action.menu())
    for action in widget.actions():
        if not isinstance(widget, (QMenu, QMenuBar)):
            keys += _action_keys(action, _name(action))
    return keys


def _shortcut_keys(widget: QWidget) -> list[Key]:
    keys = []
    for shortcut in widget.findChildren(QShortcut, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if shortcut.isEnabled() and shortcut.context() != Qt.ShortcutContext.WidgetShortcut:
            keys += [Key(seq.toString(QKeySequence.SequenceFormat.PortableText),
                         f"QShortcut:{shortcut.objectName() or _name(widget)}") for seq in shortcut.keys()]  # noqa: SIM118
    return keys


def _children(widget: QWidget) -> list[QWidget]:
    return [c for c in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if not c.isWindow()]


def _collect(widget: QWidget, keys: list[Key], stacks: list[QStackedWidget]) -> None:
    """Keys of a widget's subtree, stopping at stacked pages (only one page of a stack is live at a time)."""
    for child in _children(widget):
        if child.isHidden() and not isinstance(widget, QStackedWidget):
            continue
        if isinstance(child, QStackedWidget):
            stacks.append(child)
            continue
        keys += _own_keys(child)
        keys += _shortcut_keys(child)
        _collect(child, keys, stacks)


def live_key_sets(window: QWidget) -> Iterator[tuple[str, list[Key]]]:
    """Each combination of live keys: the window's fixed part plus one page of each stack (recursively). A page
    inside a tab widget or stacked widget is its own set, together with everything outside the stack."""
    base: list[Key] = _own_keys(window) + _shortcut_keys(window)
    stacks: list[QStackedWidget] = []
    _collect(window, base, stacks)

    def walk(label: str, keys: list[Key], pending: list[QStackedWidget]) -> Iterator[tuple[str, list[Key]]]:
        if not pending:
            yield label, keys
            return
        stack, rest = pending[0], pending[1:]
        if stack.count() == 0:
            yield from walk(label, keys, rest)
            return
        for i in range(stack.count()):
            page = stack.widget(i)
            page_keys = _own_keys(page) + _shortcut_keys(page)
            page_stacks: list[QStackedWidget] = []
            _collect(page, page_keys, page_stacks)
            yield from walk(f"{label}/{stack.objectName() or 'stack'}:{page.objectName() or i}",
                            keys + page_keys, rest + page_stacks)

    yield from walk(window.objectName() or type(window).__name__, base, stacks)


def clashes(window: QWidget) -> list[str]:
    """Every key that two live things in one window answer to (Qt then only cycles focus between them)."""
    found: list[str] = []
    for label, keys in live_key_sets(window):
        by_key: dict[str, list[str]] = {}
        for key in keys:
            by_key.setdefault(key.key, []).append(key.owner)
        for key, owners in sorted(by_key.items()):
            if len(set(owners)) > 1:
                found.append(f"{label}: {key} -> {sorted(set(owners))}")
    for menu in window.findChildren(QMenu):
        by_key = {}
        for action in menu.actions():
            if action.isVisible() and not action.isSeparator() and mnemonic(action.text()):
                by_key.setdefault(mnemonic(action.text()), []).append(action.text())
        for key, owners in sorted(by_key.items()):
            if len(owners) > 1:
                found.append(f"menu {menu.title() or menu.objectName()}: {key} -> {owners}")
    return sorted(set(found))


# ---- readable text ---------------------------------------------------------------------------------------------

def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model keeps columnCount private
        return 1


def _has_children(model: QAbstractItemModel, index: QModelIndex) -> bool:
    try:
        return model.hasChildren(index)
    except TypeError:  # a flat model keeps hasChildren private
        return False


def _model_texts(model: QAbstractItemModel, parent: QModelIndex, limit: int) -> Iterator[str]:
    rows = min(model.rowCount(parent), limit)
    for row in range(rows):
        for column in range(_columns(model, parent)):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str) and value:
                    yield value
            if _has_children(model, index):
                yield from _model_texts(model, index, limit)
    for column in range(_columns(model, parent)):
        for orientation in (Qt.Orientation.Horizontal,):
            value = model.headerData(column, orientation, Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str) and value:
                yield value


def readable_texts(window: QWidget, rows: int = 60) -> Iterator[tuple[str, str]]:
    """(where, text) for everything a person can read in a window: labels, buttons, titles, tooltips, combo items,
    tab titles, table cells and headers, read-only text boxes, placeholder texts."""
    widgets = [window, *[w for w in window.findChildren(QWidget)]]
    for widget in widgets:
        where = _name(widget)
        texts: list[str] = []
        if widget.toolTip():
            texts.append(widget.toolTip())
        if isinstance(widget, QWidget) and widget.isWindow() and widget.windowTitle():
            texts.append(widget.windowTitle())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
            texts += [widget.tabToolTip(i) for i in range(widget.count())]
        elif isinstance(widget, (QToolBox, QComboBox)):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit):
            texts += [widget.placeholderText()] + ([widget.text()] if widget.isReadOnly() else [])
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            texts.append(widget.placeholderText())
            if widget.isReadOnly():
                texts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) \
                and widget.model() is not None:
            texts += list(_model_texts(widget.model(), QModelIndex(), rows))
        for action in widget.actions():
            texts += [action.text(), action.toolTip()]
        for text in texts:
            if text:
                yield where, text


# ---- tab order --------------------------------------------------------------------------------------------------

def _focus_chain(window: QWidget) -> dict[int, int]:
    """id(widget) → its place in the window's Tab chain."""
    order: dict[int, int] = {}
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window and id(widget) not in order:
        order[id(widget)] = len(order)
        widget = widget.nextInFocusChain()
    return order


def _tab_stops(widget: QWidget) -> list[QWidget]:
    found = []
    for w in [widget, *widget.findChildren(QWidget)]:
        if w.isHidden() or not w.isEnabled() or (w.isWindow() and w is not widget):
            continue
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and not w.focusProxy():
            found.append(w)
    return found


def _item_stops(item: Any) -> list[QWidget]:
    if item.widget() is not None:
        return [] if item.widget().isHidden() else _tab_stops(item.widget())
    if item.layout() is not None:
        layout = item.layout()
        return [w for i in range(layout.count()) for w in _item_stops(layout.itemAt(i))]
    return []


def _in_wizard_frame(layout: Any) -> bool:
    from PySide6.QtWidgets import QWizard, QWizardPage

    widget = layout.parentWidget()
    while widget is not None and not isinstance(widget, QWizardPage):
        if isinstance(widget, QWizard):
            return True
        widget = widget.parentWidget()
    return False


def tab_order_problems(root: QWidget) -> list[str]:
    """Each form or grid is walked row by row, left to right, and each row of buttons in order: Tab must visit
    their fields in that order. Returns the pairs it visits backwards."""
    from PySide6.QtWidgets import QBoxLayout, QFormLayout, QGridLayout, QLayout

    chain = _focus_chain(QWidget.window(root))
    problems: list[str] = []
    layouts = [w.layout() for w in [root, *root.findChildren(QWidget)] if w.layout() is not None]
    layouts += [layout for w in [root, *root.findChildren(QWidget)] for layout in w.findChildren(QLayout)]
    seen: set[int] = set()
    for layout in layouts:
        if id(layout) in seen:
            continue
        seen.add(id(layout))
        items = [layout.itemAt(i).widget() for i in range(layout.count())]
        if any(w is not None and w.objectName().startswith("qt_") for w in items) or _in_wizard_frame(layout):
            # Qt's own frames (a wizard's page above its buttons, a tab widget's bar) are Qt's to order.
            continue
        cells: list[tuple[tuple[int, int], Any]] = []
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if isinstance(layout, QFormLayout):
                row, role = layout.getItemPosition(index)
                position = (row, 0 if role == QFormLayout.ItemRole.LabelRole else 1)
            elif isinstance(layout, QGridLayout):
                row, column, rows, _columns = layout.getItemPosition(index)
                if rows > 1:
                    # A list beside several rows of fields (a second column) may come before or after them.
                    continue
                position = (row, column)
            elif isinstance(layout, QBoxLayout):
                reverse = layout.direction() in (QBoxLayout.Direction.RightToLeft, QBoxLayout.Direction.BottomToTop)
                position = (0, -index if reverse else index)
            else:
                continue
            stops = [w for w in _item_stops(item) if id(w) in chain]
            if stops:
                first = min(stops, key=lambda w: chain[id(w)])
                cells.append((position, first))
        cells.sort(key=lambda cell: cell[0])
        for (_p1, a), (_p2, b) in itertools.pairwise(cells):
            if chain[id(a)] > chain[id(b)]:
                problems.append(f"{a.objectName() or type(a).__name__} is reached after "
                                f"{b.objectName() or type(b).__name__}")
    return problems
