# Generated from forms/users_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_UsersDialog(object):
    def setupUi(self, UsersDialog):
        if not UsersDialog.objectName():
            UsersDialog.setObjectName(u"UsersDialog")
        UsersDialog.resize(640, 420)
        self.main_layout = QVBoxLayout(UsersDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.users_table = QTableWidget(UsersDialog)
        if (self.users_table.columnCount() < 4):
            self.users_table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.users_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.users_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.users_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.users_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.users_table.setObjectName(u"users_table")
        self.users_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.users_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.users_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.users_table.setColumnCount(4)

        self.main_layout.addWidget(self.users_table)

        self.edit_group = QGroupBox(UsersDialog)
        self.edit_group.setObjectName(u"edit_group")
        self.edit_layout = QFormLayout(self.edit_group)
        self.edit_layout.setObjectName(u"edit_layout")
        self.username_label = QLabel(self.edit_group)
        self.username_label.setObjectName(u"username_label")

        self.edit_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_edit = QLineEdit(self.edit_group)
        self.username_edit.setObjectName(u"username_edit")
        self.username_edit.setMaxLength(40)

        self.edit_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username_edit)

        self.display_name_label = QLabel(self.edit_group)
        self.display_name_label.setObjectName(u"display_name_label")

        self.edit_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.display_name_label)

        self.display_name_edit = QLineEdit(self.edit_group)
        self.display_name_edit.setObjectName(u"display_name_edit")
        self.display_name_edit.setMaxLength(60)

        self.edit_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.display_name_edit)

        self.role_label = QLabel(self.edit_group)
        self.role_label.setObjectName(u"role_label")

        self.edit_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_combo = QComboBox(self.edit_group)
        self.role_combo.setObjectName(u"role_combo")

        self.edit_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role_combo)

        self.password_label = QLabel(self.edit_group)
        self.password_label.setObjectName(u"password_label")

        self.edit_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(self.edit_group)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.edit_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.password_edit)


        self.main_layout.addWidget(self.edit_group)

        self.message_label = QLabel(UsersDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.add_button = QPushButton(UsersDialog)
        self.add_button.setObjectName(u"add_button")

        self.buttons_layout.addWidget(self.add_button)

        self.save_button = QPushButton(UsersDialog)
        self.save_button.setObjectName(u"save_button")

        self.buttons_layout.addWidget(self.save_button)

        self.toggle_active_button = QPushButton(UsersDialog)
        self.toggle_active_button.setObjectName(u"toggle_active_button")

        self.buttons_layout.addWidget(self.toggle_active_button)

        self.reset_password_button = QPushButton(UsersDialog)
        self.reset_password_button.setObjectName(u"reset_password_button")

        self.buttons_layout.addWidget(self.reset_password_button)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.spacer)

        self.close_button = QPushButton(UsersDialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)


        self.retranslateUi(UsersDialog)
    # setupUi

    def retranslateUi(self, UsersDialog):
        UsersDialog.setWindowTitle(QCoreApplication.translate("UsersDialog", u"Users", None))
        ___qtablewidgetitem = self.users_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("UsersDialog", u"User name", None))
        ___qtablewidgetitem1 = self.users_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("UsersDialog", u"Name", None))
        ___qtablewidgetitem2 = self.users_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("UsersDialog", u"Role", None))
        ___qtablewidgetitem3 = self.users_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("UsersDialog", u"Status", None))
        self.edit_group.setTitle(QCoreApplication.translate("UsersDialog", u"New user / selected user", None))
        self.username_label.setText(QCoreApplication.translate("UsersDialog", u"User name", None))
        self.display_name_label.setText(QCoreApplication.translate("UsersDialog", u"Name", None))
        self.role_label.setText(QCoreApplication.translate("UsersDialog", u"Role", None))
        self.password_label.setText(QCoreApplication.translate("UsersDialog", u"Password", None))
        self.add_button.setText(QCoreApplication.translate("UsersDialog", u"&Add user", None))
        self.save_button.setText(QCoreApplication.translate("UsersDialog", u"&Save changes", None))
        self.toggle_active_button.setText(QCoreApplication.translate("UsersDialog", u"&Deactivate / activate", None))
        self.reset_password_button.setText(QCoreApplication.translate("UsersDialog", u"&Reset password", None))
        self.close_button.setText(QCoreApplication.translate("UsersDialog", u"&Close", None))
    # retranslateUi
