"""SignaturePad records vector strokes from real mouse events; undo, clear and the change signal."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from desktop.printing.signature import signature_from_json, signature_to_json
from desktop.views.widgets.signature_pad import SignaturePad


def _draw(qtbot, pad: SignaturePad, points: list[tuple[int, int]]) -> None:
    canvas = pad.canvas
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*points[0]))
    for x, y in points[1:]:
        QTest.mouseMove(canvas, QPoint(x, y))
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*points[-1]))


def test_mouse_strokes_are_recorded_as_vectors(qtbot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(480, 220)
    pad.show()
    qtbot.waitExposed(pad)
    assert pad.is_empty() and not pad.undo_button.isEnabled()

    with qtbot.waitSignal(pad.signature_changed, timeout=1000):
        _draw(qtbot, pad, [(20, 40), (60, 80), (100, 60), (140, 90)])
    _draw(qtbot, pad, [(200, 50), (240, 100)])

    signature = pad.strokes()
    assert len(signature.strokes) == 2
    assert [(round(x), round(y)) for x, y, _ in signature.strokes[0]] == [(20, 40), (60, 80), (100, 60), (140, 90)]
    assert all(0.0 < p <= 1.0 for stroke in signature.strokes for _, _, p in stroke)
    assert signature.width == pad.canvas.width() and signature.height == pad.canvas.height()
    assert signature_from_json(signature_to_json(signature)).strokes[1][-1][:2] == (240.0, 100.0)
    assert pad.undo_button.isEnabled()


def test_undo_and_clear(qtbot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(480, 220)
    pad.show()
    qtbot.waitExposed(pad)
    _draw(qtbot, pad, [(20, 40), (60, 80)])
    _draw(qtbot, pad, [(100, 40), (160, 80)])

    with qtbot.waitSignal(pad.signature_changed, timeout=1000):
        qtbot.mouseClick(pad.undo_button, Qt.MouseButton.LeftButton)
    assert len(pad.strokes().strokes) == 1

    with qtbot.waitSignal(pad.signature_changed, timeout=1000):
        qtbot.mouseClick(pad.clear_button, Qt.MouseButton.LeftButton)
    assert pad.is_empty() and pad.strokes().is_empty
    assert not pad.clear_button.isEnabled()


def test_moves_without_a_press_draw_nothing(qtbot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(480, 220)
    pad.show()
    qtbot.waitExposed(pad)
    QTest.mouseMove(pad.canvas, QPoint(50, 50))
    QTest.mouseMove(pad.canvas, QPoint(90, 70))
    assert pad.is_empty()


def test_stored_signature_can_be_shown_again(qtbot) -> None:
    from tests.printing.conftest import wavy_signature

    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(420, 200)
    pad.show()
    qtbot.waitExposed(pad)
    pad.set_strokes(wavy_signature())
    assert len(pad.strokes().strokes) == 5
    pad.grab()  # paints every stroke without error
