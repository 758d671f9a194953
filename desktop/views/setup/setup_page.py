"""What every page of the setup wizard does: check and save itself through the setup service on Next, show what is
wrong next to the field (and keep everything typed), and give the wizard its typed content when it closes."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget, QWizardPage

from desktop.errors import DomainError
from desktop.services.core.actor import Actor
from desktop.services.setup.setup_records import PAGES
from desktop.services.setup.setup_service import Page, SetupService
from desktop.views.setup import setup_messages


class SetupPage(QWizardPage):
    key = ""

    def __init__(self, service: SetupService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        setup_messages.register()
        self._service = service
        self._actor = actor
        self._loaded = False
        self.message_label: QLabel | None = None

    # ---- what a page implements --------------------------------------------------------------------------------

    # Abstract: each wizard page (branch, catalogue, commitments, engineers, users, signing) implements these two;
    # Qt's metaclass rules out abc.ABC on a QWizardPage.
    def collect(self) -> Page:
        """What the page holds now, validated by the setup service when the page is left."""
        raise NotImplementedError(f"{type(self).__name__} must collect its page")

    def show_page(self, page: Any) -> None:
        """Fill the widgets from a saved (or kept) page."""
        raise NotImplementedError(f"{type(self).__name__} must show its page")

    def field_widgets(self) -> dict[str, QWidget]:
        return {}

    def refresh_choices(self) -> None:
        """Choices that come from earlier pages (districts, product lines, engineers)."""

    # ---- the wizard's calls ------------------------------------------------------------------------------------

    def load(self, saved: Any) -> None:
        """Once, when the wizard opens: what the draft holds for this page."""
        self._loaded = True
        if saved is not None:
            self.show_page(saved)

    def initializePage(self) -> None:
        # Every time the page is entered going forward: earlier pages may have changed its choices; what was typed
        # on this page stays (Back and Next never clear a page).
        self.refresh_choices()

    def cleanupPage(self) -> None:
        # Back: keep everything typed on this page (QWizardPage would reset registered fields).
        pass

    def next_key(self) -> str:
        index = PAGES.index(self.key)
        return PAGES[min(index + 1, len(PAGES) - 1)]

    def validatePage(self) -> bool:
        self.set_message("")
        try:
            saved = self._service.save_page(self._actor, self.collect(), next_page=self.next_key())
        except DomainError as exc:
            self.show_error(exc)
            return False
        self.show_page(saved)
        return self.after_save(saved)

    def after_save(self, saved: Any) -> bool:
        return True

    def set_message(self, text: str) -> None:
        if self.message_label is not None:
            self.message_label.setText(text)

    def show_error(self, exc: BaseException) -> None:
        self.set_message(setup_messages.describe(exc))
        if isinstance(exc, DomainError):
            widget = self.field_widgets().get(exc.field or "")
            if widget is not None:
                widget.setFocus()
