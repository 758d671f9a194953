# Generated from forms/hq_network_view.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hq_network_view.ui'
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
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_HqNetworkView(object):
    def setupUi(self, HqNetworkView):
        if not HqNetworkView.objectName():
            HqNetworkView.setObjectName(u"HqNetworkView")
        HqNetworkView.resize(1200, 640)
        self.main_layout = QVBoxLayout(HqNetworkView)
        self.main_layout.setObjectName(u"main_layout")
        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.months_label = QLabel(HqNetworkView)
        self.months_label.setObjectName(u"months_label")

        self.toolbar_layout.addWidget(self.months_label)

        self.first_month_combo = QComboBox(HqNetworkView)
        self.first_month_combo.setObjectName(u"first_month_combo")

        self.toolbar_layout.addWidget(self.first_month_combo)

        self.to_label = QLabel(HqNetworkView)
        self.to_label.setObjectName(u"to_label")

        self.toolbar_layout.addWidget(self.to_label)

        self.last_month_combo = QComboBox(HqNetworkView)
        self.last_month_combo.setObjectName(u"last_month_combo")

        self.toolbar_layout.addWidget(self.last_month_combo)

        self.rank_label = QLabel(HqNetworkView)
        self.rank_label.setObjectName(u"rank_label")

        self.toolbar_layout.addWidget(self.rank_label)

        self.rank_combo = QComboBox(HqNetworkView)
        self.rank_combo.setObjectName(u"rank_combo")

        self.toolbar_layout.addWidget(self.rank_combo)

        self.refresh_button = QPushButton(HqNetworkView)
        self.refresh_button.setObjectName(u"refresh_button")

        self.toolbar_layout.addWidget(self.refresh_button)

        self.status_label = QLabel(HqNetworkView)
        self.status_label.setObjectName(u"status_label")

        self.toolbar_layout.addWidget(self.status_label)

        self.toolbar_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar_layout.addItem(self.toolbar_spacer)


        self.main_layout.addLayout(self.toolbar_layout)

        self.totals_label = QLabel(HqNetworkView)
        self.totals_label.setObjectName(u"totals_label")
        self.totals_label.setWordWrap(True)

        self.main_layout.addWidget(self.totals_label)

        self.splitter = QSplitter(HqNetworkView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Vertical)
        self.branches_table = QTableView(self.splitter)
        self.branches_table.setObjectName(u"branches_table")
        self.branches_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.branches_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.branches_table.setAlternatingRowColors(True)
        self.branches_table.setSortingEnabled(True)
        self.splitter.addWidget(self.branches_table)
        self.trend_area = QWidget(self.splitter)
        self.trend_area.setObjectName(u"trend_area")
        self.trend_layout = QHBoxLayout(self.trend_area)
        self.trend_layout.setObjectName(u"trend_layout")
        self.trend_layout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.trend_area)

        self.main_layout.addWidget(self.splitter)

        self.hint_label = QLabel(HqNetworkView)
        self.hint_label.setObjectName(u"hint_label")

        self.main_layout.addWidget(self.hint_label)


        self.retranslateUi(HqNetworkView)
    # setupUi

    def retranslateUi(self, HqNetworkView):
        self.months_label.setText(QCoreApplication.translate("HqNetworkView", u"Months:", None))
        self.to_label.setText(QCoreApplication.translate("HqNetworkView", u"to", None))
        self.rank_label.setText(QCoreApplication.translate("HqNetworkView", u"Rank by:", None))
        self.refresh_button.setText(QCoreApplication.translate("HqNetworkView", u"Refresh", None))
        self.hint_label.setText(QCoreApplication.translate("HqNetworkView", u"Double-click a branch (or press Enter) to open its figures month by month and its tickets.", None))
        pass
    # retranslateUi
