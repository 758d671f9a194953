# Generated from forms/complaint_list_view.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaint_list_view.ui'
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
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_ComplaintListView(object):
    def setupUi(self, ComplaintListView):
        if not ComplaintListView.objectName():
            ComplaintListView.setObjectName(u"ComplaintListView")
        ComplaintListView.resize(900, 560)
        self.main_layout = QVBoxLayout(ComplaintListView)
        self.main_layout.setObjectName(u"main_layout")
        self.indicator_label = QLabel(ComplaintListView)
        self.indicator_label.setObjectName(u"indicator_label")
        self.indicator_label.setWordWrap(True)

        self.main_layout.addWidget(self.indicator_label)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.status_label = QLabel(ComplaintListView)
        self.status_label.setObjectName(u"status_label")

        self.filter_layout.addWidget(self.status_label)

        self.status_combo = QComboBox(ComplaintListView)
        self.status_combo.setObjectName(u"status_combo")

        self.filter_layout.addWidget(self.status_combo)

        self.filter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)

        self.new_button = QPushButton(ComplaintListView)
        self.new_button.setObjectName(u"new_button")

        self.filter_layout.addWidget(self.new_button)

        self.refresh_button = QPushButton(ComplaintListView)
        self.refresh_button.setObjectName(u"refresh_button")

        self.filter_layout.addWidget(self.refresh_button)

        self.open_button = QPushButton(ComplaintListView)
        self.open_button.setObjectName(u"open_button")

        self.filter_layout.addWidget(self.open_button)


        self.main_layout.addLayout(self.filter_layout)

        self.complaint_table = QTableView(ComplaintListView)
        self.complaint_table.setObjectName(u"complaint_table")
        self.complaint_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.complaint_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.complaint_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.complaint_table.setAlternatingRowColors(True)

        self.main_layout.addWidget(self.complaint_table)


        self.retranslateUi(ComplaintListView)
    # setupUi

    def retranslateUi(self, ComplaintListView):
        ComplaintListView.setWindowTitle(QCoreApplication.translate("ComplaintListView", u"Complaints", None))
        self.status_label.setText(QCoreApplication.translate("ComplaintListView", u"Show", None))
        self.new_button.setText(QCoreApplication.translate("ComplaintListView", u"&New complaint...", None))
        self.refresh_button.setText(QCoreApplication.translate("ComplaintListView", u"Refresh", None))
        self.open_button.setText(QCoreApplication.translate("ComplaintListView", u"&Open complaint", None))
    # retranslateUi
