"""ClaimsArea: the claims navigation area, the list above and the adjudication view (退换货裁定) below."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from desktop.services.claims.claim_service import ClaimService
from desktop.services.core.actor import Actor
from desktop.views import shortcuts
from desktop.views.claims.adjudication_view import AdjudicationView
from desktop.views.claims.claim_list_view import ClaimListView
from desktop.views.claims.claim_texts import error_messages
from desktop.views.claims.policy_editor_dialog import PolicyEditorDialog
from desktop.views.messages import register_messages

if TYPE_CHECKING:
    from desktop.services.admin.signing_service import SigningService
    from desktop.views.background import BackgroundRunner


class ClaimsArea(QWidget):
    def __init__(self, service: ClaimService, actor: Actor, language: str = "zh_CN",
                 runner: BackgroundRunner | None = None,
                 signing: SigningService | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claims_area")
        register_messages(error_messages)
        self._service = service
        self._actor = actor
        self.list_view = ClaimListView(service, actor, self)
        self.adjudication_view = AdjudicationView(service, actor, language, runner, signing, self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list_view)
        splitter.addWidget(self.adjudication_view)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        # Room for about eight claims above the adjudication panel on a 1366x768 counter PC.
        splitter.setSizes([260, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.policy_dialog: PolicyEditorDialog | None = None
        shortcuts.install(self, "claims")
        self._connect_signals()
        self.list_view.reload()

    def _connect_signals(self) -> None:
        self.list_view.claim_selected.connect(self.adjudication_view.load)
        self.list_view.claim_started.connect(self.adjudication_view.load)
        self.list_view.policy_requested.connect(self._on_list_view_policy_requested)
        self.adjudication_view.claim_changed.connect(lambda _claim_id: self.list_view.reload())

    def _on_list_view_policy_requested(self) -> None:
        self.policy_dialog = PolicyEditorDialog(self._service, self._actor, self)
        self.policy_dialog.open()
