"""Installs the app and Qt translators for the chosen locale (zh_CN by default) and the bundled CJK font."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase

from desktop import paths
from desktop.rules.names import name_in

log = logging.getLogger(__name__)

SUPPORTED = ("zh_CN", "en")
DEFAULT_LOCALE = "zh_CN"
_installed: list[QTranslator] = []


def catalogue_name(zh: str, en: str) -> str:
    """A name the branch's catalogue holds in both languages (product line, fault category), in the interface
    language; the other one when that one is blank."""
    return name_in(zh, en, "zh" if QLocale().language() == QLocale.Language.Chinese else "en")


def install_translators(app: QCoreApplication, locale_name: str = DEFAULT_LOCALE) -> bool:
    """Replace any installed translators; returns whether the app's own catalogue loaded."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(locale_name if locale_name != "en" else "en_US"))
    if locale_name == "en":
        return True
    loaded_app = False
    app_translator = QTranslator(app)
    if app_translator.load(str(paths.translations_dir() / f"app_{locale_name}.qm")):
        app.installTranslator(app_translator)
        _installed.append(app_translator)
        loaded_app = True
    else:
        log.error("app translation for %s not found in %s", locale_name, paths.translations_dir())
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    # qtbase_zh_CN gives the standard dialogs and the OK/Cancel buttons in Chinese.
    if qt_translator.load(f"qtbase_{locale_name}", qt_dir):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    else:
        log.warning("qtbase_%s.qm not found in %s", locale_name, qt_dir)
    return loaded_app


def install_cjk_font() -> str | None:
    """Register the bundled font and make it the UI font, so Chinese never shows as boxes."""
    font_id = QFontDatabase.addApplicationFont(str(paths.cjk_font_path()))
    if font_id < 0:
        log.error("could not load the bundled CJK font %s", paths.cjk_font_path())
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        return None
    font = QFont(families[0])
    font.setPointSize(10)
    QCoreApplication.instance().setFont(font)  # type: ignore[union-attr]
    return families[0]
