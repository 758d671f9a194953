"""Windows remember their size, splitters and column widths, never open larger than the screen, and tables fit
their columns to what they hold with one column taking the rest."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPoint, QSettings, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.views import window_state
from desktop.views.widgets.table_columns import fit_columns


def _dialog(name: str) -> tuple[QDialog, QSplitter, QTableView]:
    dialog = QDialog()
    dialog.setObjectName(name)
    splitter = QSplitter(dialog)
    splitter.setObjectName("splitter")
    splitter.addWidget(QLabel("left"))
    table = QTableView()
    table.setObjectName("table")
    model = QStandardItemModel(0, 3, table)
    model.setHorizontalHeaderLabels(["Ticket", "Note", "Engineer"])
    table.setModel(model)
    splitter.addWidget(table)
    QVBoxLayout(dialog).addWidget(splitter)
    window_state.keep(dialog)
    return dialog, splitter, table


def test_size_splitter_and_column_widths_come_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    QSettings().remove("windows/remembering_dialog")
    dialog, splitter, table = _dialog("remembering_dialog")
    qtbot.addWidget(dialog)
    dialog.resize(640, 420)
    dialog.show()
    splitter.setSizes([100, 500])
    table.horizontalHeader().resizeSection(0, 177)
    sizes = splitter.sizes()
    dialog.close()
    # A new dialog of the same kind opens as the user left the last one.
    again, splitter2, table2 = _dialog("remembering_dialog")
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (640, 420)
    assert splitter2.sizes() == sizes
    assert table2.horizontalHeader().sectionSize(0) == 177


def test_column_widths_are_kept_per_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Widths fitted to Chinese text would cut the English words: after switching the language the columns are
    fitted afresh, and switching back brings the Chinese widths back."""
    QSettings().remove("windows/language_dialog")
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("zh_CN"))
        dialog, _splitter, table = _dialog("language_dialog")
        qtbot.addWidget(dialog)
        dialog.show()
        table.horizontalHeader().resizeSection(0, 177)
        dialog.close()
        QLocale.setDefault(QLocale("en_US"))
        english, _s, english_table = _dialog("language_dialog")
        qtbot.addWidget(english)
        english.show()
        assert english_table.horizontalHeader().sectionSize(0) != 177
        assert not english_table.horizontalHeader().property(window_state.RESTORED)
        english.close()
        QLocale.setDefault(QLocale("zh_CN"))
        chinese, _s2, chinese_table = _dialog("language_dialog")
        qtbot.addWidget(chinese)
        chinese.show()
        assert chinese_table.horizontalHeader().sectionSize(0) == 177
    finally:
        QLocale.setDefault(before)


def test_a_window_larger_than_the_screen_is_brought_inside_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    QSettings().remove("windows/huge_dialog")
    dialog, _splitter, _table = _dialog("huge_dialog")
    qtbot.addWidget(dialog)
    dialog.resize(5000, 4000)
    dialog.move(3000, 3000)
    dialog.show()
    area = dialog.screen().availableGeometry()
    assert dialog.width() <= area.width() and dialog.height() <= area.height()
    assert area.contains(dialog.pos())


def test_columns_fit_their_content_and_one_takes_the_rest(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = QTableView()
    qtbot.addWidget(table)
    model = QStandardItemModel(0, 3, table)
    model.setHorizontalHeaderLabels(["Ticket", "Fault", "Engineer"])
    table.setModel(model)
    fit_columns(table, stretch=1)
    table.resize(900, 300)
    table.show()
    number = "AY01-20261128-0008 （返修）"
    model.appendRow([QStandardItem(number), QStandardItem("不上水"), QStandardItem("刘师傅")])
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(0) >= table.fontMetrics().horizontalAdvance(number))
    # The free-text column takes what is left; the others are not stretched across the window.
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive
    assert header.sectionSize(2) < 200 and header.sectionSize(1) > 300


def test_the_free_text_column_keeps_room_on_a_narrow_table(qtbot) -> None:  # type: ignore[no-untyped-def]
    """At 1280 px (150 %) the fitted columns left the fault column a bare "…": it keeps MIN_STRETCH_WIDTH and the
    table scrolls sideways, and it stretches again once the table is wide enough."""
    from desktop.views.widgets.table_columns import MIN_STRETCH_WIDTH

    table = QTableView()
    qtbot.addWidget(table)
    model = QStandardItemModel(0, 4, table)
    model.setHorizontalHeaderLabels(["Ticket", "Fault", "Customer", "Address"])
    table.setModel(model)
    fit_columns(table, stretch=1)
    table.resize(420, 300)
    table.show()
    model.appendRow([QStandardItem("AY01-20261128-0008 （返修）"), QStandardItem("不上水 上水很慢 水箱漏水"),
                     QStandardItem("龙安福商贸有限公司"), QStandardItem("河南省安阳市文峰区文明大道10号金色苑19号楼")])
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(1) >= MIN_STRETCH_WIDTH)
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() > 0)
    table.resize(1400, 300)
    qtbot.waitUntil(lambda: header.sectionResizeMode(1) == QHeaderView.ResizeMode.Stretch)
    qtbot.waitUntil(lambda: header.sectionSize(1) > MIN_STRETCH_WIDTH)


def test_fitted_widths_the_user_never_touched_are_not_kept(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Widths fitted to an empty list (an engineer's empty queue) came back in the supervisor's window on the same
    PC and cut every cell: only widths the user set are kept; the others are fitted afresh to what the list holds."""
    QSettings().remove("windows/fitted_dialog")
    dialog, _splitter, table = _dialog("fitted_dialog")
    qtbot.addWidget(dialog)
    fit_columns(table, stretch=1)
    dialog.show()
    qtbot.wait(20)
    dialog.close()
    again, _s, table2 = _dialog("fitted_dialog")
    qtbot.addWidget(again)
    fit_columns(table2, stretch=1)
    again.show()
    model = table2.model()
    assert isinstance(model, QStandardItemModel)
    number = "AY01-20261128-0008 （返修）"
    model.appendRow([QStandardItem(number), QStandardItem("不上水"), QStandardItem("刘师傅")])
    header = table2.horizontalHeader()
    assert not header.property(window_state.RESTORED)
    qtbot.waitUntil(lambda: header.sectionSize(0) >= table2.fontMetrics().horizontalAdvance(number))


def test_a_window_saved_with_shorter_text_grows_to_show_the_longer(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Saved in Chinese, opened in English: the wrapped hint needs more lines at the saved width, and was cut."""
    QSettings().remove("windows/wrapping_dialog")

    def wrapping(text: str) -> tuple[QDialog, QLabel]:
        dialog = QDialog()
        dialog.setObjectName("wrapping_dialog")
        label = QLabel(text)
        label.setWordWrap(True)
        QVBoxLayout(dialog).addWidget(label)
        window_state.keep(dialog)
        return dialog, label

    short, _label = wrapping("上门时限")
    qtbot.addWidget(short)
    short.show()
    short.resize(300, 60)
    short.close()
    long_text = "Minutes from intake (or dispatch) to the engineer on site, per product line and priority. " * 4
    again, label = wrapping(long_text)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    assert again.width() == 300


def test_widths_the_user_dragged_are_not_fitted_again(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = QTableView()
    qtbot.addWidget(table)
    model = QStandardItemModel(0, 2, table)
    table.setModel(model)
    fit_columns(table, stretch=1)
    table.show()
    header = table.horizontalHeader()
    # A drag: the section is resized while the left button is down on the header.
    from pytest import MonkeyPatch

    border = QPoint(header.sectionViewportPosition(1) - 1, header.height() // 2)
    with MonkeyPatch.context() as patch:
        patch.setattr(QApplication, "mouseButtons", staticmethod(lambda: Qt.MouseButton.LeftButton))
        qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=border)
        header.resizeSection(0, 333)
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=border)
    model.appendRow([QStandardItem("x"), QStandardItem("y")])
    qtbot.wait(50)
    assert header.sectionSize(0) == 333


def test_a_tab_opened_with_the_mouse_is_not_a_drag(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The parts catalogue's tab clicked open (the button is down while the table is laid out and its stretching
    column resized): the columns still fit the first part saved, not "KZ…" and "¥1…"."""
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    table = QTableView()
    model = QStandardItemModel(0, 3, table)
    model.setHorizontalHeaderLabels(["编码", "名称", "单价"])
    table.setModel(model)
    tabs.addTab(QWidget(), "库存")
    tabs.addTab(table, "配件目录")
    fit_columns(table, stretch=1)
    tabs.resize(900, 400)
    tabs.show()
    qtbot.waitExposed(tabs)
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert tabs.currentWidget() is table
    header = table.horizontalHeader()
    assert not header.property(window_state.RESTORED)
    model.appendRow([QStandardItem("KZQ-01"), QStandardItem("智能控制器"), QStandardItem("¥180.00")])
    metrics = table.fontMetrics()
    qtbot.waitUntil(lambda: header.sectionSize(0) >= metrics.horizontalAdvance("KZQ-01")
                    and header.sectionSize(2) >= metrics.horizontalAdvance("¥180.00"))
