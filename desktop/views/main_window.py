"""Main window: navigation of the areas, status bar (user, branch, database), menus, idle screen lock.

An area is built the first time it is shown (`add_area` takes a factory): a start builds only the area its role
begins in. Badges in the navigation need no built area, and work that may wait (the clock watch, scheduling,
backups) is started with `after_first_paint`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QListWidgetItem, QMainWindow, QMessageBox, QPushButton, QWidget

from desktop.services.core.actor import Actor
from desktop.views import shortcuts, window_state
from desktop.views.icons import ICONS, decorate_buttons, icon
from desktop.views.look import NAVIGATION_STYLE, REMINDER_STYLE
from desktop.views.ui.ui_main_window import Ui_MainWindow

if TYPE_CHECKING:
    from desktop.views.change_watcher import ChangeWatcher
    from desktop.views.tickets.clock_alerts import ClockAlerts

# Where each role starts: the clerk at intake, the dispatcher at the board, the engineer on their own day, the
# supervisor on the dashboard.
START_AREAS = {"clerk": "intake", "dispatcher": "dispatch", "engineer": "my_day", "supervisor": "dashboard"}


@dataclass
class Area:
    key: str
    title: Callable[[], str]
    factory: Callable[[], QWidget]
    # Stands in the stack (so stack index = navigation row) until the area is first shown.
    placeholder: QWidget | None = None
    widget: QWidget | None = None
    built: list[Callable[[QWidget], None]] = field(default_factory=list)


class IdleWatcher(QObject):
    """Counts time since the last key or mouse input anywhere in the app (shared counter PCs)."""

    idle_timeout = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle_timeout)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self._enabled = minutes > 0
        self._timer.setInterval(max(1, minutes) * 60_000)
        if self._enabled:
            self._timer.start()
        else:
            self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # 0 minutes turns the lock off: input must not restart it (it would lock after one idle minute).
        if self._enabled and event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self._timer.start()
        return False


class MainWindow(QMainWindow):
    language_chosen = Signal(str)
    lock_requested = Signal()
    backup_requested = Signal()
    restore_requested = Signal()
    users_requested = Signal()
    settings_requested = Signal()
    engineers_requested = Signal()
    # A save on this PC (the change watcher reports only other PCs' changes).
    engineers_changed = Signal()
    audit_check_requested = Signal()
    verify_requested = Signal()
    signing_key_requested = Signal()
    export_requested = Signal()
    hq_merge_requested = Signal()
    import_requested = Signal()
    # Shared counter PCs: the next person signs in without restarting the application.
    switch_user_requested = Signal()
    sign_out_requested = Signal()
    # Set by app.py's builder: the idle lock, and the feed of other PCs' changes that areas refresh on.
    watcher: IdleWatcher
    change_watcher: ChangeWatcher
    # Kept here so they live as long as the window: Tab moving focus out of text boxes, and the clock alerts.
    tab_filter: QObject
    clock_alerts: ClockAlerts

    def __init__(self, actor: Actor, branch_name: str, database_label: str, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._actor = actor
        self._areas: list[Area] = []
        self._painted = False
        self._after_paint: list[Callable[[], None]] = []
        # Set once the user confirmed leaving (sign out, switch user), so closing does not ask a second time.
        self.leaving = False
        self.setWindowTitle(self.tr("Branch Service Desk — {branch}").format(branch=branch_name))
        self.user_label = QLabel(self)
        self.user_label.setObjectName("user_label")
        self.branch_label = QLabel(branch_name, self)
        self.branch_label.setObjectName("branch_label")
        self.database_label = QLabel(database_label, self)
        self.database_label.setObjectName("database_label")
        for label in (self.user_label, self.branch_label, self.database_label):
            self.ui.status_bar.addPermanentWidget(label)
        self.set_actor(actor)
        self.ui.chinese_action.setChecked(language == "zh_CN")
        self.ui.english_action.setChecked(language == "en")
        self._language = language
        self.help_dialog: QWidget | None = None
        admin = actor.role == "supervisor"
        self.ui.admin_menu.menuAction().setVisible(admin)
        self._add_keyboard_help()
        self._decorate()
        self.ui.navigation_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ui.navigation_list.setStyleSheet(NAVIGATION_STYLE)
        # Size, position and splitters come back as the user left them; a window never opens off the screen.
        window_state.keep(self, "main_window")
        self._connect_signals()

    def _decorate(self) -> None:
        for action, name in ((self.ui.lock_action, "lock"), (self.ui.export_action, "export"),
                             (self.ui.import_action, "import"), (self.ui.user_guide_action, "guide"),
                             (self.ui.users_action, "users"), (self.ui.settings_action, "settings"),
                             (self.ui.signing_key_action, "key"), (self.ui.verify_action, "verify"),
                             (self.ui.sign_out_action, "sign_out")):
            action.setIcon(icon(name))

    def _connect_signals(self) -> None:
        self.ui.navigation_list.currentRowChanged.connect(self._on_navigation_list_current_row_changed)
        self.ui.quit_action.triggered.connect(self.close)
        self.ui.about_action.triggered.connect(self._on_about_action_triggered)
        self.ui.user_guide_action.triggered.connect(self.show_user_guide)
        self.ui.chinese_action.triggered.connect(lambda: self._on_language_chosen("zh_CN"))
        self.ui.english_action.triggered.connect(lambda: self._on_language_chosen("en"))
        self.ui.lock_action.triggered.connect(self.lock_requested)
        self.ui.backup_action.triggered.connect(self.backup_requested)
        self.ui.restore_action.triggered.connect(self.restore_requested)
        self.ui.users_action.triggered.connect(self.users_requested)
        self.ui.settings_action.triggered.connect(self.settings_requested)
        self.ui.engineers_action.triggered.connect(self.engineers_requested)
        self.ui.audit_check_action.triggered.connect(self.audit_check_requested)
        self.ui.verify_action.triggered.connect(self.verify_requested)
        self.ui.signing_key_action.triggered.connect(self.signing_key_requested)
        self.ui.export_action.triggered.connect(self.export_requested)
        self.ui.hq_merge_action.triggered.connect(self.hq_merge_requested)
        self.ui.import_action.triggered.connect(self.import_requested)
        self.ui.switch_user_action.triggered.connect(self.switch_user_requested)
        self.ui.sign_out_action.triggered.connect(self.sign_out_requested)

    def _add_keyboard_help(self) -> None:
        """Help → Keyboard shortcuts, and Ctrl+1 … Ctrl+9 for the areas in the order the list shows them."""
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.setObjectName("shortcuts_action")
        self.shortcuts_action.setShortcut(QKeySequence(shortcuts.SHOW_SHORTCUTS))
        self.ui.help_menu.insertAction(self.ui.about_action, self.shortcuts_action)
        self.shortcuts_action.triggered.connect(self._on_shortcuts_action_triggered)
        self.area_shortcuts = []
        for number in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.setObjectName(f"area_{number}_shortcut")
            shortcut.activated.connect(lambda row=number - 1: self._go_to_row(row))
            self.area_shortcuts.append(shortcut)

    def _go_to_row(self, row: int) -> None:
        if row < self.ui.navigation_list.count():
            self.ui.navigation_list.setCurrentRow(row)

    def _on_shortcuts_action_triggered(self) -> None:
        from desktop.views.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self).exec()

    @property
    def actor(self) -> Actor:
        return self._actor

    def set_actor(self, actor: Actor) -> None:
        self._actor = actor
        role = {
            "clerk": self.tr("Clerk"),
            "dispatcher": self.tr("Dispatcher"),
            "supervisor": self.tr("Supervisor"),
            "engineer": self.tr("Engineer"),
        }.get(actor.role, actor.role)
        self.user_label.setText(self.tr("User: {name} ({role})").format(name=actor.display_name, role=role))

    def set_export_allowed(self, allowed: bool) -> None:
        # The merge works on files only (HQ's own PC), so it stays available to every role.
        self.ui.export_action.setVisible(allowed)

    def set_import_allowed(self, allowed: bool) -> None:
        self.ui.import_action.setVisible(allowed)

    def show_start_area(self) -> None:
        """The area the signed-in role works in first (the first area when that role has none of its own)."""
        key = START_AREAS.get(self._actor.role)
        if key is None or self.show_area(key) is None:
            self.ui.navigation_list.setCurrentRow(0)

    def add_reminder(self, text: str, on_click: Callable[[], None] | None = None) -> QPushButton:
        """A standing reminder in the status bar (e.g. no branch signing key yet); clicking it opens the fix."""
        button = QPushButton(text, self)
        button.setObjectName("reminder_button")
        button.setStyleSheet(REMINDER_STYLE)
        button.setFlat(True)
        if on_click is not None:
            button.clicked.connect(on_click)
        self.ui.status_bar.insertPermanentWidget(0, button)
        return button

    def confirm_leave(self) -> bool:
        """Every area with unsaved input asks first; False when the user chose to stay."""
        if self.leaving:
            # Decided already (signed out from the lock screen, with nobody there to answer).
            return True
        for area in self._areas:
            confirm = getattr(area.widget, "confirm_close", None)
            if callable(confirm) and not confirm():
                self.show_area(area.key)
                return False
        return True

    def add_area(self, key: str, title: Callable[[], str], factory: Callable[[], QWidget]) -> None:
        """A navigation entry now; `factory()` builds the area's widget when it is first shown (`show_area`,
        the navigation list) or asked for (`built_area`)."""
        placeholder = QWidget(self.ui.area_stack)
        placeholder.setObjectName(f"{key}_placeholder")
        self._areas.append(Area(key, title, factory, placeholder))
        self.ui.area_stack.addWidget(placeholder)
        item = QListWidgetItem(icon(key) if key in ICONS else QIcon(), title())
        item.setData(0x0100, key)
        self.ui.navigation_list.addItem(item)
        self._fit_navigation()

    def _area(self, key: str) -> Area | None:
        return next((area for area in self._areas if area.key == key), None)

    def area_widget(self, key: str) -> QWidget | None:
        """The area's widget if it has been built, else None (nothing is built)."""
        area = self._area(key)
        return area.widget if area is not None else None

    def built_area(self, key: str) -> QWidget | None:
        """The area's widget, built now if it was not yet; None for an area this window does not have."""
        area = self._area(key)
        if area is None:
            return None
        if area.widget is None:
            widget = area.factory()
            widget.setObjectName(widget.objectName() or f"{key}_area")
            stack, placeholder = self.ui.area_stack, area.placeholder
            index = stack.indexOf(placeholder) if placeholder is not None else stack.count()
            showing = placeholder is not None and stack.currentWidget() is placeholder
            area.widget = widget
            stack.insertWidget(index, widget)
            if showing:
                stack.setCurrentWidget(widget)
            if placeholder is not None:
                stack.removeWidget(placeholder)
                placeholder.deleteLater()
                area.placeholder = None
            decorate_buttons(widget)
            # An area built after the window was shown gets its remembered splitters and column widths too.
            window_state.restore_added(self, widget)
            for callback in area.built:
                callback(widget)
            area.built.clear()
        return area.widget

    def when_built(self, key: str, callback: Callable[[QWidget], None]) -> None:
        """callback(widget) once the area exists: now if it is built, else when it is first shown. Wiring between
        areas goes through here, so neither side is built for the other's sake."""
        area = self._area(key)
        if area is None:
            return
        if area.widget is not None:
            callback(area.widget)
        else:
            area.built.append(callback)

    def _fit_navigation(self) -> None:
        """The navigation is as wide as its longest title (with a badge), never squeezed by a wide area."""
        navigation = self.ui.navigation_list
        navigation.ensurePolished()  # the style sheet's font, not the default one
        metrics = navigation.fontMetrics()
        widest = max((metrics.horizontalAdvance(navigation.item(row).text()) for row in range(navigation.count())),
                     default=0)
        # icon, its gap, the item padding (look.py) and the frame, plus room for a badge that grows a digit
        width = widest + navigation.iconSize().width() + 44
        navigation.setFixedWidth(max(150, min(width, 240)))

    def show_area(self, key: str) -> QWidget | None:
        for row, area in enumerate(self._areas):
            if area.key == key:
                self.ui.navigation_list.setCurrentRow(row)
                return self.built_area(key)
        return None

    def after_first_paint(self, work: Callable[[], None]) -> None:
        """Run `work` once the window has been drawn the first time (now, if it has been): what a start may do
        a moment later (the clock watch, scheduling, counts, backups) does not delay the first picture."""
        if self._painted:
            QTimer.singleShot(0, self, work)
        else:
            self._after_paint.append(work)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Queued: the whole window (every child) is drawn and flushed before the work starts.
            QTimer.singleShot(0, self, self._run_after_paint)

    def _run_after_paint(self) -> None:
        work, self._after_paint = self._after_paint, []
        for item in work:
            item()

    def area_keys(self) -> list[str]:
        return [a.key for a in self._areas]

    def set_area_badge(self, key: str, count: int) -> None:
        """Counts in the navigation (e.g. callbacks due), without losing the translated title."""
        for row, area in enumerate(self._areas):
            if area.key == key:
                text = area.title() if count <= 0 else f"{area.title()} ({count})"
                self.ui.navigation_list.item(row).setText(text)
        self._fit_navigation()

    def add_tool_widget(self, widget: QWidget) -> None:
        """Counter tools along the top (the scan box), visible from every area."""
        self.ui.tool_bar.addWidget(widget)

    def add_status_widget(self, widget: QWidget) -> None:
        self.ui.status_bar.insertPermanentWidget(0, widget)

    def _on_navigation_list_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._areas):
            widget = self.built_area(self._areas[row].key)
            if widget is not None:
                self.ui.area_stack.setCurrentWidget(widget)

    def _on_language_chosen(self, language: str) -> None:
        self.ui.chinese_action.setChecked(language == "zh_CN")
        self.ui.english_action.setChecked(language == "en")
        QSettings().setValue("ui/language", language)
        self.language_chosen.emit(language)
        QMessageBox.information(self, self.tr("Language"),
                                self.tr("The new language is used from the next start of the application."))

    def show_user_guide(self) -> None:
        """Help → User guide (F1): one guide window, brought forward when it is already open."""
        from desktop.views.help_dialog import HelpDialog

        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self._language, self)
        self.help_dialog.show()
        self.help_dialog.raise_()
        self.help_dialog.activateWindow()

    def _on_about_action_triggered(self) -> None:
        from desktop.views.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.leaving and not self.confirm_leave():
            # An area with unsaved input asked the user, who chose to stay.
            event.ignore()
            return
        event.accept()


def install_idle_watcher(app: QApplication, minutes: int, *, from_first_paint_of: MainWindow | None = None,
                         ) -> IdleWatcher:
    """The idle time counts from now; input restarts it once the filter is installed: now, or when the given window
    has first been drawn (before that there is no input to see, only the events of building it)."""
    watcher = IdleWatcher(minutes, app)
    window = from_first_paint_of
    if window is None:
        app.installEventFilter(watcher)
    else:
        window.after_first_paint(lambda: None if window.leaving else app.installEventFilter(watcher))
    return watcher
