# Generated from forms/dashboard_view.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard_view.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_DashboardView(object):
    def setupUi(self, DashboardView):
        if not DashboardView.objectName():
            DashboardView.setObjectName(u"DashboardView")
        DashboardView.resize(1000, 700)
        self.main_layout = QVBoxLayout(DashboardView)
        self.main_layout.setObjectName(u"main_layout")
        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.period_label = QLabel(DashboardView)
        self.period_label.setObjectName(u"period_label")

        self.toolbar_layout.addWidget(self.period_label)

        self.period_combo = QComboBox(DashboardView)
        self.period_combo.setObjectName(u"period_combo")

        self.toolbar_layout.addWidget(self.period_combo)

        self.refresh_button = QPushButton(DashboardView)
        self.refresh_button.setObjectName(u"refresh_button")

        self.toolbar_layout.addWidget(self.refresh_button)

        self.status_label = QLabel(DashboardView)
        self.status_label.setObjectName(u"status_label")

        self.toolbar_layout.addWidget(self.status_label)

        self.toolbar_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar_layout.addItem(self.toolbar_spacer)


        self.main_layout.addLayout(self.toolbar_layout)

        self.contacts_label = QLabel(DashboardView)
        self.contacts_label.setObjectName(u"contacts_label")
        self.contacts_label.setWordWrap(True)
        self.contacts_label.setTextFormat(Qt.PlainText)

        self.main_layout.addWidget(self.contacts_label)

        self.chart_area = QWidget(DashboardView)
        self.chart_area.setObjectName(u"chart_area")
        self.chart_grid = QGridLayout(self.chart_area)
        self.chart_grid.setObjectName(u"chart_grid")
        self.chart_grid.setContentsMargins(0, 0, 0, 0)

        self.main_layout.addWidget(self.chart_area)


        self.retranslateUi(DashboardView)
    # setupUi

    def retranslateUi(self, DashboardView):
        self.period_label.setText(QCoreApplication.translate("DashboardView", u"Period:", None))
        self.refresh_button.setText(QCoreApplication.translate("DashboardView", u"Refresh", None))
        pass
    # retranslateUi
