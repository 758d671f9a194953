# Generated from forms/old_part_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'old_part_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_OldPartDialog(object):
    def setupUi(self, OldPartDialog):
        if not OldPartDialog.objectName():
            OldPartDialog.setObjectName(u"OldPartDialog")
        OldPartDialog.resize(480, 220)
        self.main_layout = QVBoxLayout(OldPartDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.part_label = QLabel(OldPartDialog)
        self.part_label.setObjectName(u"part_label")
        self.part_label.setWordWrap(True)

        self.main_layout.addWidget(self.part_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.tag_label = QLabel(OldPartDialog)
        self.tag_label.setObjectName(u"tag_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.tag_label)

        self.tag_edit = QLineEdit(OldPartDialog)
        self.tag_edit.setObjectName(u"tag_edit")
        self.tag_edit.setMaxLength(40)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.tag_edit)

        self.note_label = QLabel(OldPartDialog)
        self.note_label.setObjectName(u"note_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(OldPartDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(500)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.main_layout.addLayout(self.form_layout)

        self.message_label = QLabel(OldPartDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(OldPartDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.tag_label.setBuddy(self.tag_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OldPartDialog)
    # setupUi

    def retranslateUi(self, OldPartDialog):
        OldPartDialog.setWindowTitle(QCoreApplication.translate("OldPartDialog", u"Old part handed in", None))
        self.part_label.setText("")
        self.tag_label.setText(QCoreApplication.translate("OldPartDialog", u"&Tag number", None))
        self.note_label.setText(QCoreApplication.translate("OldPartDialog", u"N&ote", None))
        self.message_label.setText("")
    # retranslateUi
