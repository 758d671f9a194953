# Generated from forms/override_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'override_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_OverrideDialog(object):
    def setupUi(self, OverrideDialog):
        if not OverrideDialog.objectName():
            OverrideDialog.setObjectName(u"OverrideDialog")
        OverrideDialog.resize(440, 320)
        self.main_layout = QVBoxLayout(OverrideDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(OverrideDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.warnings_list = QListWidget(OverrideDialog)
        self.warnings_list.setObjectName(u"warnings_list")

        self.main_layout.addWidget(self.warnings_list)

        self.reason_label = QLabel(OverrideDialog)
        self.reason_label.setObjectName(u"reason_label")
        self.reason_label.setWordWrap(True)

        self.main_layout.addWidget(self.reason_label)

        self.reason_edit = QPlainTextEdit(OverrideDialog)
        self.reason_edit.setObjectName(u"reason_edit")

        self.main_layout.addWidget(self.reason_edit)

        self.button_box = QDialogButtonBox(OverrideDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OverrideDialog)
    # setupUi

    def retranslateUi(self, OverrideDialog):
        OverrideDialog.setWindowTitle(QCoreApplication.translate("OverrideDialog", u"Dispatch warnings", None))
        self.intro_label.setText(QCoreApplication.translate("OverrideDialog", u"This plan needs attention:", None))
        self.reason_label.setText(QCoreApplication.translate("OverrideDialog", u"To dispatch anyway, give the &reason (it is recorded):", None))
    # retranslateUi
