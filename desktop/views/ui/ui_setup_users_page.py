# Generated from forms/setup_users_page.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_users_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
    QWizardPage)

class Ui_SetupUsersPage(object):
    def setupUi(self, SetupUsersPage):
        if not SetupUsersPage.objectName():
            SetupUsersPage.setObjectName(u"SetupUsersPage")
        self.main_layout = QVBoxLayout(SetupUsersPage)
        self.main_layout.setObjectName(u"main_layout")
        self.supervisor_group = QGroupBox(SetupUsersPage)
        self.supervisor_group.setObjectName(u"supervisor_group")
        self.supervisor_layout = QFormLayout(self.supervisor_group)
        self.supervisor_layout.setObjectName(u"supervisor_layout")
        self.supervisor_username_label = QLabel(self.supervisor_group)
        self.supervisor_username_label.setObjectName(u"supervisor_username_label")

        self.supervisor_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.supervisor_username_label)

        self.supervisor_username_edit = QLineEdit(self.supervisor_group)
        self.supervisor_username_edit.setObjectName(u"supervisor_username_edit")
        self.supervisor_username_edit.setMaxLength(40)

        self.supervisor_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.supervisor_username_edit)

        self.supervisor_name_label = QLabel(self.supervisor_group)
        self.supervisor_name_label.setObjectName(u"supervisor_name_label")

        self.supervisor_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.supervisor_name_label)

        self.supervisor_name_edit = QLineEdit(self.supervisor_group)
        self.supervisor_name_edit.setObjectName(u"supervisor_name_edit")
        self.supervisor_name_edit.setMaxLength(60)

        self.supervisor_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.supervisor_name_edit)

        self.supervisor_password_label = QLabel(self.supervisor_group)
        self.supervisor_password_label.setObjectName(u"supervisor_password_label")

        self.supervisor_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.supervisor_password_label)

        self.supervisor_password_edit = QLineEdit(self.supervisor_group)
        self.supervisor_password_edit.setObjectName(u"supervisor_password_edit")
        self.supervisor_password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.supervisor_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.supervisor_password_edit)

        self.supervisor_confirm_label = QLabel(self.supervisor_group)
        self.supervisor_confirm_label.setObjectName(u"supervisor_confirm_label")

        self.supervisor_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.supervisor_confirm_label)

        self.supervisor_confirm_edit = QLineEdit(self.supervisor_group)
        self.supervisor_confirm_edit.setObjectName(u"supervisor_confirm_edit")
        self.supervisor_confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.supervisor_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.supervisor_confirm_edit)


        self.main_layout.addWidget(self.supervisor_group)

        self.users_table = QTableWidget(SetupUsersPage)
        if (self.users_table.columnCount() < 5):
            self.users_table.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.users_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.users_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.users_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.users_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.users_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.users_table.setObjectName(u"users_table")
        self.users_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.users_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.users_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.users_table.setColumnCount(5)

        self.main_layout.addWidget(self.users_table)

        self.user_group = QGroupBox(SetupUsersPage)
        self.user_group.setObjectName(u"user_group")
        self.user_layout = QGridLayout(self.user_group)
        self.user_layout.setObjectName(u"user_layout")
        self.username_label = QLabel(self.user_group)
        self.username_label.setObjectName(u"username_label")

        self.user_layout.addWidget(self.username_label, 0, 0, 1, 1)

        self.username_edit = QLineEdit(self.user_group)
        self.username_edit.setObjectName(u"username_edit")
        self.username_edit.setMaxLength(40)

        self.user_layout.addWidget(self.username_edit, 0, 1, 1, 1)

        self.name_label = QLabel(self.user_group)
        self.name_label.setObjectName(u"name_label")

        self.user_layout.addWidget(self.name_label, 0, 2, 1, 1)

        self.name_edit = QLineEdit(self.user_group)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(60)

        self.user_layout.addWidget(self.name_edit, 0, 3, 1, 1)

        self.role_label = QLabel(self.user_group)
        self.role_label.setObjectName(u"role_label")

        self.user_layout.addWidget(self.role_label, 1, 0, 1, 1)

        self.role_combo = QComboBox(self.user_group)
        self.role_combo.setObjectName(u"role_combo")

        self.user_layout.addWidget(self.role_combo, 1, 1, 1, 1)

        self.engineer_label = QLabel(self.user_group)
        self.engineer_label.setObjectName(u"engineer_label")

        self.user_layout.addWidget(self.engineer_label, 1, 2, 1, 1)

        self.engineer_combo = QComboBox(self.user_group)
        self.engineer_combo.setObjectName(u"engineer_combo")

        self.user_layout.addWidget(self.engineer_combo, 1, 3, 1, 1)

        self.password_label = QLabel(self.user_group)
        self.password_label.setObjectName(u"password_label")

        self.user_layout.addWidget(self.password_label, 2, 0, 1, 1)

        self.password_edit = QLineEdit(self.user_group)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.user_layout.addWidget(self.password_edit, 2, 1, 1, 1)

        self.user_buttons_layout = QHBoxLayout()
        self.user_buttons_layout.setObjectName(u"user_buttons_layout")
        self.add_user_button = QPushButton(self.user_group)
        self.add_user_button.setObjectName(u"add_user_button")

        self.user_buttons_layout.addWidget(self.add_user_button)

        self.remove_user_button = QPushButton(self.user_group)
        self.remove_user_button.setObjectName(u"remove_user_button")

        self.user_buttons_layout.addWidget(self.remove_user_button)


        self.user_layout.addLayout(self.user_buttons_layout, 2, 2, 1, 2)


        self.main_layout.addWidget(self.user_group)

        self.message_label = QLabel(SetupUsersPage)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(u"color: #b00020;")

        self.main_layout.addWidget(self.message_label)

#if QT_CONFIG(shortcut)
        self.supervisor_username_label.setBuddy(self.supervisor_username_edit)
        self.supervisor_name_label.setBuddy(self.supervisor_name_edit)
        self.supervisor_password_label.setBuddy(self.supervisor_password_edit)
        self.supervisor_confirm_label.setBuddy(self.supervisor_confirm_edit)
        self.username_label.setBuddy(self.username_edit)
        self.name_label.setBuddy(self.name_edit)
        self.role_label.setBuddy(self.role_combo)
        self.engineer_label.setBuddy(self.engineer_combo)
        self.password_label.setBuddy(self.password_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SetupUsersPage)
    # setupUi

    def retranslateUi(self, SetupUsersPage):
        SetupUsersPage.setTitle(QCoreApplication.translate("SetupUsersPage", u"Users and roles", None))
        SetupUsersPage.setSubTitle(QCoreApplication.translate("SetupUsersPage", u"The supervisor manages users and settings; everyone signs in with their own account.", None))
        self.supervisor_group.setTitle(QCoreApplication.translate("SetupUsersPage", u"Supervisor", None))
        self.supervisor_username_label.setText(QCoreApplication.translate("SetupUsersPage", u"User &name", None))
        self.supervisor_name_label.setText(QCoreApplication.translate("SetupUsersPage", u"&Display name", None))
        self.supervisor_password_label.setText(QCoreApplication.translate("SetupUsersPage", u"&Password", None))
        self.supervisor_password_edit.setPlaceholderText(QCoreApplication.translate("SetupUsersPage", u"at least 8 characters, letters and digits", None))
        self.supervisor_confirm_label.setText(QCoreApplication.translate("SetupUsersPage", u"&Repeat password", None))
        ___qtablewidgetitem = self.users_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SetupUsersPage", u"User name", None))
        ___qtablewidgetitem1 = self.users_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SetupUsersPage", u"Display name", None))
        ___qtablewidgetitem2 = self.users_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SetupUsersPage", u"Role", None))
        ___qtablewidgetitem3 = self.users_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SetupUsersPage", u"Engineer", None))
        ___qtablewidgetitem4 = self.users_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("SetupUsersPage", u"Password", None))
        self.user_group.setTitle(QCoreApplication.translate("SetupUsersPage", u"Another user", None))
        self.username_label.setText(QCoreApplication.translate("SetupUsersPage", u"U&ser name", None))
        self.name_label.setText(QCoreApplication.translate("SetupUsersPage", u"Displa&y name", None))
        self.role_label.setText(QCoreApplication.translate("SetupUsersPage", u"R&ole", None))
        self.engineer_label.setText(QCoreApplication.translate("SetupUsersPage", u"&Engineer", None))
        self.password_label.setText(QCoreApplication.translate("SetupUsersPage", u"Initial pass&word", None))
        self.add_user_button.setText(QCoreApplication.translate("SetupUsersPage", u"&Add user", None))
        self.remove_user_button.setText(QCoreApplication.translate("SetupUsersPage", u"Re&move selected", None))
    # retranslateUi
