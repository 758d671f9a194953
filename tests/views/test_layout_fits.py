"""Every screen fits a clerk's PC: the main window with demo content, every area and every dialog (the one
catalogue, scripts/ui_catalogue.py, which scripts/screenshots.py renders and the keyboard and text tests open too), in
Chinese and in English, can be made as small as 1280×680 logical pixels (1366×768, or 1920×1080 at 150 %, less
taskbar and title bar), and at that size no button's text is cut. One demo database (with its generated history)
serves the whole module."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from desktop.i18n import install_cjk_font, install_translators
from desktop.views.look import apply_look
from scripts import ui_catalogue as cat

LANGUAGES = ("zh_CN", "en")


@pytest.fixture(scope="module")
def demo_services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    database = cat.open_demo_database(tmp_path_factory.mktemp("layout") / "demo.sqlite3")
    yield cat.build_services(database)
    database.dispose()


@pytest.fixture(scope="module", params=LANGUAGES)
def windows(request: pytest.FixtureRequest, qapp: QApplication, demo_services: Any) -> Iterator[dict[str, Any]]:
    """The supervisor's and the engineer's windows, built in one language (the translators of that language)."""
    language = request.param
    font, palette = qapp.font(), qapp.palette()
    # What the application does at start: its own font (every PC the same), translators, look.
    install_cjk_font()
    install_translators(qapp, language)
    apply_look(qapp)
    built: dict[str, Any] = {"language": language}
    for user in cat.AREA_USERS:
        env = built[user] = cat.open_window(qapp, demo_services, cat.sign_in(demo_services, user), language)
        env.window.show()
        env.settle()
    yield built
    for user in cat.AREA_USERS:
        cat.close_window(built[user])
    # Other tests in this process see the application as they found it.
    qapp.setStyleSheet("")
    qapp.setStyle("Fusion")
    qapp.setPalette(palette)
    qapp.setFont(font)
    install_translators(qapp, "en")  # no translator: what the other view tests expect


def _cut_buttons(window: QWidget) -> list[str]:
    """Buttons whose text is wider than the room they got, with the window at its smallest (at most 1280×680)."""
    width, height = cat.minimum_size(window)
    window.resize(min(width, cat.FIT_WIDTH), min(height, cat.FIT_HEIGHT))
    QApplication.processEvents()
    QApplication.processEvents()
    return [f"{button.objectName() or type(button).__name__} {button.text()!r}: {button.width()} < "
            f"{button.sizeHint().width()} px"
            for button in window.findChildren(QAbstractButton)
            if button.isVisibleTo(window) and button.text() and button.width() < button.sizeHint().width()]


def _cut_labels(window: QWidget) -> list[str]:
    """Wrapped labels given fewer lines than their text needs at the window's present size: the last lines (a
    script's English line, a long question) would be cut off."""
    QApplication.processEvents()
    return [f"{label.objectName() or type(label).__name__} {label.text()[:40]!r}: {label.height()} < "
            f"{label.heightForWidth(label.width())} px"
            for label in window.findChildren(QLabel)
            if label.isVisibleTo(window) and label.wordWrap() and label.text()
            and label.height() + 2 < label.heightForWidth(label.width())]


def _assert_fits(name: str, window: QWidget) -> None:
    width, height = cat.minimum_size(window)
    assert width <= cat.FIT_WIDTH and height <= cat.FIT_HEIGHT, \
        f"{name} needs at least {width}×{height} px; a clerk's screen has {cat.FIT_WIDTH}×{cat.FIT_HEIGHT}"
    assert _cut_buttons(window) == [], f"{name}: button text cut at the smallest size"


def test_the_main_window_and_every_area_fit(qapp: QApplication, windows: dict[str, Any]) -> None:
    seen: set[str] = set()
    for user in cat.AREA_USERS:
        window = windows[user].window
        for key in window.area_keys():
            window.show_area(key)
            windows[user].settle(2)
            seen.add(key)
            # The window as a whole, with this area in front (the stack asks for its largest area anyway).
            _assert_fits(f"main window ({user}, {windows['language']}) on {key}", window)
    # The test walked the areas a branch has: a missing one would mean an area was not measured.
    assert {"intake", "tickets", "dispatch", "my_day", "claims", "callbacks", "dashboard", "stock",
            "charges", "customers", "installations", "consultations", "quality", "complaints"} <= seen


# The setup wizard's pages are measured one by one over an empty branch (test_every_page_of_the_setup_wizard_fits).
WHOLE_DIALOGS = [entry for entry in cat.DIALOGS if not entry.by_page]


@pytest.mark.parametrize("entry", WHOLE_DIALOGS, ids=[entry.name for entry in WHOLE_DIALOGS])
def test_every_dialog_fits(windows: dict[str, Any], entry: cat.DialogEntry) -> None:
    for _entry, dialog in cat.open_dialogs(windows, [entry.name], rounds=0):
        dialog.show()
        windows[entry.user].settle(2)
        assert _cut_labels(dialog) == [], f"{entry.name} ({windows['language']}): wrapped text cut as it opens"
        _assert_fits(f"{entry.name} ({windows['language']})", dialog)


def test_every_page_of_the_setup_wizard_fits(qapp: QApplication, windows: dict[str, Any],
                                             tmp_path: Path) -> None:
    pages = 0
    for name, wizard in cat.setup_wizard_pages(qapp, tmp_path / "setup.sqlite3", windows["language"]):
        wizard.show()
        cat.settle(qapp, None, 2)
        # Opened at the size the last language's run left it (its smallest): every line of every hint, and the
        # page no smaller than its form, or the fields below a hint are drawn over it.
        label = f"{name} ({windows['language']})"
        page = wizard.currentPage()
        assert _cut_labels(wizard) == [], f"{label}: wrapped text cut as it opens"
        assert page.height() >= page.minimumSizeHint().height(), f"{label}: the page is shorter than its form"
        _assert_fits(label, wizard)
        assert _cut_labels(wizard) == [], f"{label}: wrapped text cut at the smallest size"
        wizard.close()
        pages += 1
    assert pages == 6


def test_a_window_too_tall_for_the_screen_is_caught(qapp: QApplication) -> None:
    """The check itself can fail: a form that needs 800 px is reported."""
    from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

    dialog = QDialog()
    label = QLabel("tall", dialog)
    label.setMinimumHeight(800)
    QVBoxLayout(dialog).addWidget(label)
    with pytest.raises(AssertionError, match="needs at least"):
        _assert_fits("tall", dialog)
    dialog.deleteLater()


def test_a_cut_wrapped_label_is_caught(qapp: QApplication) -> None:
    from PySide6.QtWidgets import QDialog

    dialog = QDialog()
    label = QLabel("A question long enough to need several lines once it wraps in the room it gets " * 3, dialog)
    label.setObjectName("question_label")
    label.setWordWrap(True)
    label.setGeometry(0, 0, 200, 20)
    dialog.resize(300, 100)
    dialog.show()
    assert any("question_label" in cut for cut in _cut_labels(dialog))
    dialog.deleteLater()


def test_a_cut_button_is_caught(qapp: QApplication) -> None:
    from PySide6.QtWidgets import QDialog, QPushButton

    dialog = QDialog()
    button = QPushButton("A very long button text that cannot fit", dialog)
    button.setObjectName("long_button")
    button.setGeometry(0, 0, 40, 24)
    dialog.resize(200, 100)
    dialog.show()
    assert any("long_button" in cut for cut in _cut_buttons(dialog))
    dialog.deleteLater()


@pytest.mark.postgres
def test_the_hq_window_fits(qapp: QApplication, windows: dict[str, Any], demo_services: Any, pg_server: Any,
                            tmp_path: Path) -> None:
    """The HQ mode's window over the demo branch's last two months: the network, a branch, the loads."""
    url = pg_server.url(pg_server.create_database())
    pages = []
    for name, window in cat.hq_pages(qapp, demo_services, url, tmp_path, windows["language"]):
        _assert_fits(f"{name} ({windows['language']})", window)
        pages.append(name)
    assert pages == ["hq_network", "hq_branch", "hq_loads"]
