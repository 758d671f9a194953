# Generated from forms/installation_list_view.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'installation_list_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_InstallationListView(object):
    def setupUi(self, InstallationListView):
        if not InstallationListView.objectName():
            InstallationListView.setObjectName(u"InstallationListView")
        InstallationListView.resize(1000, 600)
        self.main_layout = QVBoxLayout(InstallationListView)
        self.main_layout.setObjectName(u"main_layout")
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.search_edit = QLineEdit(InstallationListView)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.search_edit)

        self.open_only_check = QCheckBox(InstallationListView)
        self.open_only_check.setObjectName(u"open_only_check")
        self.open_only_check.setChecked(True)

        self.filter_layout.addWidget(self.open_only_check)

        self.refresh_button = QPushButton(InstallationListView)
        self.refresh_button.setObjectName(u"refresh_button")

        self.filter_layout.addWidget(self.refresh_button)

        self.filter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)

        self.new_button = QPushButton(InstallationListView)
        self.new_button.setObjectName(u"new_button")

        self.filter_layout.addWidget(self.new_button)


        self.main_layout.addLayout(self.filter_layout)

        self.installation_table = QTableView(InstallationListView)
        self.installation_table.setObjectName(u"installation_table")
        self.installation_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.installation_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.installation_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.installation_table.setAlternatingRowColors(True)

        self.main_layout.addWidget(self.installation_table)

        self.message_label = QLabel(InstallationListView)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.action_layout = QHBoxLayout()
        self.action_layout.setObjectName(u"action_layout")
        self.open_ticket_button = QPushButton(InstallationListView)
        self.open_ticket_button.setObjectName(u"open_ticket_button")

        self.action_layout.addWidget(self.open_ticket_button)

        self.action_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_layout.addItem(self.action_spacer)

        self.result_button = QPushButton(InstallationListView)
        self.result_button.setObjectName(u"result_button")

        self.action_layout.addWidget(self.result_button)

        self.print_button = QPushButton(InstallationListView)
        self.print_button.setObjectName(u"print_button")

        self.action_layout.addWidget(self.print_button)


        self.main_layout.addLayout(self.action_layout)


        self.retranslateUi(InstallationListView)
    # setupUi

    def retranslateUi(self, InstallationListView):
        InstallationListView.setWindowTitle(QCoreApplication.translate("InstallationListView", u"Installations", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("InstallationListView", u"Ticket number, customer, serial or phone", None))
        self.open_only_check.setText(QCoreApplication.translate("InstallationListView", u"Open only", None))
        self.refresh_button.setText(QCoreApplication.translate("InstallationListView", u"Refresh", None))
        self.new_button.setText(QCoreApplication.translate("InstallationListView", u"&New installation...", None))
        self.open_ticket_button.setText(QCoreApplication.translate("InstallationListView", u"&Open ticket", None))
        self.result_button.setText(QCoreApplication.translate("InstallationListView", u"Record a&cceptance...", None))
        self.print_button.setText(QCoreApplication.translate("InstallationListView", u"&Print acceptance form...", None))
    # retranslateUi
