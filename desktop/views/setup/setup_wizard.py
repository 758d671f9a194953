"""The first start of a real branch: six pages (branch, product lines, commitments, engineers, users, signing key).

Each Next checks and saves its page as a draft; closing the wizard keeps the page it was on with what was typed,
and the next start reopens it there (walking through the earlier pages, which are checked again). Finish creates
the branch in one transaction, sets up the signing key as chosen and signs the supervisor in."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QWidget, QWizard

from desktop.errors import DomainError
from desktop.services.admin.signing_service import SigningService
from desktop.services.core.actor import Actor
from desktop.services.core.permissions import setup_actor
from desktop.services.setup.setup_records import PAGES
from desktop.services.setup.setup_service import SetupService
from desktop.views import window_state
from desktop.views.icons import decorate_buttons
from desktop.views.messages import error_message
from desktop.views.setup import setup_messages
from desktop.views.setup.branch_page import BranchSetupPage
from desktop.views.setup.catalogue_page import CatalogueSetupPage
from desktop.views.setup.commitments_page import CommitmentsSetupPage
from desktop.views.setup.engineers_page import EngineersSetupPage
from desktop.views.setup.setup_page import SetupPage
from desktop.views.setup.signing_page import SigningSetupPage
from desktop.views.setup.users_page import UsersSetupPage

if TYPE_CHECKING:
    from desktop.composition import Services


class SetupWizard(QWizard):
    branch_created = Signal(object)

    def __init__(self, setup: SetupService, signing: SigningService, language: str = "zh_CN",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        window_state.keep(self)
        setup_messages.register()
        self.setObjectName("setup_wizard")
        self.setWindowTitle(self.tr("Set up the branch"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.resize(1040, 700)
        self._setup = setup
        self._signing = signing
        self._actor = setup_actor()
        self.supervisor: Actor | None = None
        self.signing_problem = ""
        self.resuming = False
        short = "zh" if language.startswith("zh") else "en"
        self.pages: list[SetupPage] = [
            BranchSetupPage(setup, self._actor), CatalogueSetupPage(setup, self._actor, short),
            CommitmentsSetupPage(setup, self._actor), EngineersSetupPage(setup, self._actor),
            UsersSetupPage(setup, self._actor), SigningSetupPage(setup, self._actor)]
        for index, page in enumerate(self.pages):
            self.setPage(index, page)
        # Icons before the wizard measures its pages (at its showing it would be too late for its minimum size).
        decorate_buttons(self)
        state = setup.state(self._actor)
        for page in self.pages:
            page.load(getattr(state, page.key))
        self.resume_page = state.page

    def page_for(self, key: str) -> SetupPage:
        return self.pages[PAGES.index(key)]

    def current_key(self) -> str:
        page = self.currentPage()
        return page.key if isinstance(page, SetupPage) else PAGES[0]

    def resume(self) -> None:
        """Open where the last session stopped: go forward through the saved pages (each checked again)."""
        target = PAGES.index(self.resume_page) if self.resume_page in PAGES else 0
        self.resuming = True
        try:
            while self.currentId() < target:
                before = self.currentId()
                self.next()
                if self.currentId() == before:
                    break  # an earlier page needs attention: it shows why
        finally:
            self.resuming = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.currentId() == 0 and self.resume_page != PAGES[0] and not getattr(self, "_resumed", False):
            self._resumed = True
            self.resume()

    # ---- closing half way ----------------------------------------------------------------------------------

    def keep_progress(self) -> None:
        """Remember the page and what is typed on it (never the passwords not yet accepted)."""
        page = self.currentPage()
        if not isinstance(page, SetupPage):
            return
        try:
            typed = page.collect()
        except DomainError:
            typed = None
        # Closing must never fail; the pages saved by Next are kept anyway.
        with contextlib.suppress(DomainError):
            self._setup.keep_page(self._actor, page.key, typed)

    def reject(self) -> None:
        if self.supervisor is None:
            if not self._may_drop_passwords():
                return  # the clerk stays; a close asked through the window's X is then ignored by QDialog
            self.keep_progress()
        super().reject()

    def _may_drop_passwords(self) -> bool:
        """Closing half way keeps every page (the next start continues there) but never a password: one typed and
        not yet in the branch would be gone without a word, after a stray Escape. Ask first."""
        # Only the page on screen: the others were checked and stored by Next (their passwords hashed). On it, every
        # hidden-text field (the supervisor's, a user's initial password, the key's passphrase) and the users added
        # to the list with a password since.
        page = self.currentPage()
        if page is None:
            return True
        typed = any(edit.text() for edit in page.findChildren(QLineEdit)
                    if edit.echoMode() != QLineEdit.EchoMode.Normal)
        if not typed and not any(account.password for account in getattr(page, "accounts", ())):
            return True
        answer = QMessageBox.question(
            self, self.tr("Close the setup"),
            self.tr("What is on the pages is kept, and the next start continues here. The passwords typed are "
                    "not kept: they must be typed again. Close the setup now?"))
        return answer == QMessageBox.StandardButton.Yes

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.supervisor is None and self.isVisible():
            self.keep_progress()
        super().closeEvent(event)

    # ---- finish ----------------------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        # QWizard.done() checks the last page again after Finish; here the check comes first, then the branch is
        # created, and only then the dialog closes (the page may no longer be saved once the branch exists).
        if result != QDialog.DialogCode.Accepted or self.supervisor is not None:
            super().done(result)
            return
        if not self.validateCurrentPage():
            return
        try:
            supervisor = self._setup.finish(self._actor)
        except DomainError as exc:
            self._show_finish_problem(exc)
            return
        self.supervisor = supervisor
        self._set_up_key(supervisor)
        self.branch_created.emit(supervisor)
        QDialog.done(self, result)

    def _show_finish_problem(self, exc: DomainError) -> None:
        key = exc.params.get("page")
        if key in PAGES:
            while self.currentId() > PAGES.index(key):
                self.back()
        page = self.currentPage()
        if isinstance(page, SetupPage):
            page.show_error(exc)

    def _set_up_key(self, supervisor: Actor) -> None:
        page = self.page_for("signing")
        assert isinstance(page, SigningSetupPage)
        try:
            if page.choice() == "create":
                self._signing.create_key(supervisor, page.passphrase())
            elif page.choice() == "import" and page.p12 is not None:
                self._signing.import_pkcs12(supervisor, page.p12, page.p12_password() or None, page.passphrase())
        except (DomainError, OSError) as exc:
            # The branch exists now; the key can be set up later, and the window reminds until it is.
            self.signing_problem = error_message(exc) if isinstance(exc, DomainError) else str(exc)


def run_setup_wizard(services: Services, language: str) -> Actor | None:
    """Runs the wizard; the supervisor, signed in, once the branch exists; None when the wizard was closed."""
    wizard = SetupWizard(services.setup, services.signing, language)
    if wizard.exec() != QWizard.DialogCode.Accepted or wizard.supervisor is None:
        return None
    if wizard.signing_problem:
        QMessageBox.warning(None, QCoreApplication.translate("SetupWizard", "Branch signing key"),
                            QCoreApplication.translate(
                                "SetupWizard", "The branch was set up, but the signing key was not: {problem}\nSet it "
                                "up under Tools → Branch signing key.").format(problem=wizard.signing_problem))
    return wizard.supervisor
