# Generated from forms/claim_list_view.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'claim_list_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_ClaimListView(object):
    def setupUi(self, ClaimListView):
        if not ClaimListView.objectName():
            ClaimListView.setObjectName(u"ClaimListView")
        ClaimListView.resize(900, 300)
        self.main_layout = QVBoxLayout(ClaimListView)
        self.main_layout.setObjectName(u"main_layout")
        self.start_layout = QHBoxLayout()
        self.start_layout.setObjectName(u"start_layout")
        self.source_edit = QLineEdit(ClaimListView)
        self.source_edit.setObjectName(u"source_edit")
        self.source_edit.setMaxLength(40)

        self.start_layout.addWidget(self.source_edit)

        self.remedy_label = QLabel(ClaimListView)
        self.remedy_label.setObjectName(u"remedy_label")

        self.start_layout.addWidget(self.remedy_label)

        self.remedy_combo = QComboBox(ClaimListView)
        self.remedy_combo.setObjectName(u"remedy_combo")

        self.start_layout.addWidget(self.remedy_combo)

        self.start_button = QPushButton(ClaimListView)
        self.start_button.setObjectName(u"start_button")

        self.start_layout.addWidget(self.start_button)

        self.start_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.start_layout.addItem(self.start_spacer)

        self.policy_button = QPushButton(ClaimListView)
        self.policy_button.setObjectName(u"policy_button")

        self.start_layout.addWidget(self.policy_button)


        self.main_layout.addLayout(self.start_layout)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.status_combo = QComboBox(ClaimListView)
        self.status_combo.setObjectName(u"status_combo")

        self.filter_layout.addWidget(self.status_combo)

        self.search_edit = QLineEdit(ClaimListView)
        self.search_edit.setObjectName(u"search_edit")

        self.filter_layout.addWidget(self.search_edit)

        self.refresh_button = QPushButton(ClaimListView)
        self.refresh_button.setObjectName(u"refresh_button")

        self.filter_layout.addWidget(self.refresh_button)


        self.main_layout.addLayout(self.filter_layout)

        self.claims_table = QTableView(ClaimListView)
        self.claims_table.setObjectName(u"claims_table")
        self.claims_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.claims_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.claims_table.setSortingEnabled(True)

        self.main_layout.addWidget(self.claims_table)

        self.message_label = QLabel(ClaimListView)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)


        self.retranslateUi(ClaimListView)
    # setupUi

    def retranslateUi(self, ClaimListView):
        ClaimListView.setWindowTitle(QCoreApplication.translate("ClaimListView", u"Return and exchange claims", None))
        self.source_edit.setPlaceholderText(QCoreApplication.translate("ClaimListView", u"Ticket no. or unit serial", None))
        self.remedy_label.setText(QCoreApplication.translate("ClaimListView", u"Customer asks for", None))
        self.start_button.setText(QCoreApplication.translate("ClaimListView", u"Start claim", None))
        self.policy_button.setText(QCoreApplication.translate("ClaimListView", u"Warranty policy...", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("ClaimListView", u"Search claim no., serial, customer or ticket", None))
        self.refresh_button.setText(QCoreApplication.translate("ClaimListView", u"Refresh", None))
        self.message_label.setText("")
    # retranslateUi
