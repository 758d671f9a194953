"""One window per user and database: a second start asks the first to come to the front, then quits.

The first start listens on a local socket (a named pipe on Windows) whose name comes from the OS user and the
database, so two users of one PC, or one user on two databases, each keep their own window."""

from __future__ import annotations

import hashlib
import logging
import sys

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

CONNECT_MS = 1000


def server_name(user: str, database: str) -> str:
    """Short, and free of the characters a pipe or socket name cannot hold (paths, URLs, Chinese user names)."""
    digest = hashlib.sha256(f"{user}\n{database}".encode()).hexdigest()[:24]
    return f"BranchServiceDesk-{digest}"


class SingleInstance(QObject):
    activation_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """True: this is the first start (now listening). False: another start has the window and was told to
        come to the front; this one should quit."""
        if self._signal_running():
            return False
        # Nobody answered: a socket file left by a crash (POSIX) would make listen() fail, so it goes first.
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # Two starts racing: the other one won a moment ago.
            if self._signal_running():
                return False
            log.warning("single-instance socket %s unavailable: %s", self.name, server.errorString())
            return True
        server.newConnection.connect(self._on_new_connection)
        self._server = server
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    def _signal_running(self) -> bool:
        socket = QLocalSocket(self)
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_MS):
            socket.deleteLater()
            return False
        if sys.platform == "win32":
            # Windows lets only the process the user just started take the foreground; hand that right over.
            import ctypes

            ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY
        socket.write(b"raise\n")
        socket.waitForBytesWritten(CONNECT_MS)
        socket.disconnectFromServer()
        socket.deleteLater()
        return True

    def _on_new_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.disconnected.connect(connection.deleteLater)
            connection.disconnectFromServer()
        self.activation_requested.emit()


def bring_forward(fallback: QWidget | None = None) -> QWidget | None:
    """Show the dialog in front (the sign-in, a question) or else the main window, restored and active."""
    widget = QApplication.activeModalWidget() or fallback
    if widget is None:
        visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        widget = visible[0] if visible else None
    if widget is None:
        return None
    widget.setWindowState((widget.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
    widget.show()
    widget.raise_()
    widget.activateWindow()
    return widget
