# Generated from forms/return_list_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'return_list_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ReturnListDialog(object):
    def setupUi(self, ReturnListDialog):
        if not ReturnListDialog.objectName():
            ReturnListDialog.setObjectName(u"ReturnListDialog")
        ReturnListDialog.resize(720, 600)
        self.main_layout = QVBoxLayout(ReturnListDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.destination_label = QLabel(ReturnListDialog)
        self.destination_label.setObjectName(u"destination_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.destination_label)

        self.destination_combo = QComboBox(ReturnListDialog)
        self.destination_combo.setObjectName(u"destination_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.destination_combo)

        self.note_label = QLabel(ReturnListDialog)
        self.note_label.setObjectName(u"note_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(ReturnListDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(500)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.main_layout.addLayout(self.form_layout)

        self.shelf_box = QGroupBox(ReturnListDialog)
        self.shelf_box.setObjectName(u"shelf_box")
        self.shelf_layout = QVBoxLayout(self.shelf_box)
        self.shelf_layout.setObjectName(u"shelf_layout")
        self.shelf_actions_layout = QHBoxLayout()
        self.shelf_actions_layout.setObjectName(u"shelf_actions_layout")
        self.all_button = QPushButton(self.shelf_box)
        self.all_button.setObjectName(u"all_button")

        self.shelf_actions_layout.addWidget(self.all_button)

        self.none_button = QPushButton(self.shelf_box)
        self.none_button.setObjectName(u"none_button")

        self.shelf_actions_layout.addWidget(self.none_button)

        self.shelf_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.shelf_actions_layout.addItem(self.shelf_spacer)


        self.shelf_layout.addLayout(self.shelf_actions_layout)

        self.shelf_list = QListWidget(self.shelf_box)
        self.shelf_list.setObjectName(u"shelf_list")

        self.shelf_layout.addWidget(self.shelf_list)


        self.main_layout.addWidget(self.shelf_box)

        self.stock_box = QGroupBox(ReturnListDialog)
        self.stock_box.setObjectName(u"stock_box")
        self.stock_layout = QVBoxLayout(self.stock_box)
        self.stock_layout.setObjectName(u"stock_layout")
        self.stock_entry_layout = QHBoxLayout()
        self.stock_entry_layout.setObjectName(u"stock_entry_layout")
        self.part_combo = QComboBox(self.stock_box)
        self.part_combo.setObjectName(u"part_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.part_combo.sizePolicy().hasHeightForWidth())
        self.part_combo.setSizePolicy(sizePolicy)

        self.stock_entry_layout.addWidget(self.part_combo)

        self.quantity_spin = QSpinBox(self.stock_box)
        self.quantity_spin.setObjectName(u"quantity_spin")
        self.quantity_spin.setMinimum(1)
        self.quantity_spin.setMaximum(9999)

        self.stock_entry_layout.addWidget(self.quantity_spin)

        self.add_button = QPushButton(self.stock_box)
        self.add_button.setObjectName(u"add_button")

        self.stock_entry_layout.addWidget(self.add_button)

        self.remove_button = QPushButton(self.stock_box)
        self.remove_button.setObjectName(u"remove_button")

        self.stock_entry_layout.addWidget(self.remove_button)


        self.stock_layout.addLayout(self.stock_entry_layout)

        self.stock_table = QTableWidget(self.stock_box)
        self.stock_table.setObjectName(u"stock_table")
        self.stock_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.stock_layout.addWidget(self.stock_table)


        self.main_layout.addWidget(self.stock_box)

        self.message_label = QLabel(ReturnListDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(ReturnListDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.destination_label.setBuddy(self.destination_combo)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReturnListDialog)
    # setupUi

    def retranslateUi(self, ReturnListDialog):
        ReturnListDialog.setWindowTitle(QCoreApplication.translate("ReturnListDialog", u"Send parts back", None))
        self.destination_label.setText(QCoreApplication.translate("ReturnListDialog", u"Send &to", None))
        self.note_label.setText(QCoreApplication.translate("ReturnListDialog", u"N&ote", None))
        self.shelf_box.setTitle(QCoreApplication.translate("ReturnListDialog", u"Old parts on the shelf (tick the ones in the box)", None))
        self.all_button.setText(QCoreApplication.translate("ReturnListDialog", u"Tick &all", None))
        self.none_button.setText(QCoreApplication.translate("ReturnListDialog", u"Tick &none", None))
        self.stock_box.setTitle(QCoreApplication.translate("ReturnListDialog", u"Parts from the warehouse", None))
        self.add_button.setText(QCoreApplication.translate("ReturnListDialog", u"A&dd", None))
        self.remove_button.setText(QCoreApplication.translate("ReturnListDialog", u"Remo&ve", None))
        self.message_label.setText("")
    # retranslateUi
