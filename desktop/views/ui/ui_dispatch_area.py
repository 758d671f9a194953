# Generated from forms/dispatch_area.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dispatch_area.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QToolButton, QVBoxLayout, QWidget)

class Ui_DispatchArea(object):
    def setupUi(self, DispatchArea):
        if not DispatchArea.objectName():
            DispatchArea.setObjectName(u"DispatchArea")
        DispatchArea.resize(1200, 700)
        self.main_layout = QVBoxLayout(DispatchArea)
        self.main_layout.setObjectName(u"main_layout")
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.previous_button = QToolButton(DispatchArea)
        self.previous_button.setObjectName(u"previous_button")

        self.filter_layout.addWidget(self.previous_button)

        self.today_button = QPushButton(DispatchArea)
        self.today_button.setObjectName(u"today_button")

        self.filter_layout.addWidget(self.today_button)

        self.next_button = QToolButton(DispatchArea)
        self.next_button.setObjectName(u"next_button")

        self.filter_layout.addWidget(self.next_button)

        self.period_label = QLabel(DispatchArea)
        self.period_label.setObjectName(u"period_label")

        self.filter_layout.addWidget(self.period_label)

        self.filter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)

        self.view_label = QLabel(DispatchArea)
        self.view_label.setObjectName(u"view_label")

        self.filter_layout.addWidget(self.view_label)

        self.view_combo = QComboBox(DispatchArea)
        self.view_combo.setObjectName(u"view_combo")

        self.filter_layout.addWidget(self.view_combo)

        self.area_label = QLabel(DispatchArea)
        self.area_label.setObjectName(u"area_label")

        self.filter_layout.addWidget(self.area_label)

        self.area_combo = QComboBox(DispatchArea)
        self.area_combo.setObjectName(u"area_combo")

        self.filter_layout.addWidget(self.area_combo)

        self.product_line_label = QLabel(DispatchArea)
        self.product_line_label.setObjectName(u"product_line_label")

        self.filter_layout.addWidget(self.product_line_label)

        self.product_line_combo = QComboBox(DispatchArea)
        self.product_line_combo.setObjectName(u"product_line_combo")

        self.filter_layout.addWidget(self.product_line_combo)

        self.refresh_button = QPushButton(DispatchArea)
        self.refresh_button.setObjectName(u"refresh_button")

        self.filter_layout.addWidget(self.refresh_button)


        self.main_layout.addLayout(self.filter_layout)

        self.splitter = QSplitter(DispatchArea)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.panel_box = QGroupBox(self.splitter)
        self.panel_box.setObjectName(u"panel_box")
        self.panel_layout = QVBoxLayout(self.panel_box)
        self.panel_layout.setObjectName(u"panel_layout")
        self.splitter.addWidget(self.panel_box)
        self.board_container = QWidget(self.splitter)
        self.board_container.setObjectName(u"board_container")
        self.board_layout = QVBoxLayout(self.board_container)
        self.board_layout.setObjectName(u"board_layout")
        self.board_layout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.board_container)

        self.main_layout.addWidget(self.splitter)

        self.action_layout = QHBoxLayout()
        self.action_layout.setObjectName(u"action_layout")
        self.plan_button = QPushButton(DispatchArea)
        self.plan_button.setObjectName(u"plan_button")

        self.action_layout.addWidget(self.plan_button)

        self.agree_button = QPushButton(DispatchArea)
        self.agree_button.setObjectName(u"agree_button")

        self.action_layout.addWidget(self.agree_button)

        self.arrival_button = QPushButton(DispatchArea)
        self.arrival_button.setObjectName(u"arrival_button")

        self.action_layout.addWidget(self.arrival_button)

        self.result_button = QPushButton(DispatchArea)
        self.result_button.setObjectName(u"result_button")

        self.action_layout.addWidget(self.result_button)

        self.escalate_button = QPushButton(DispatchArea)
        self.escalate_button.setObjectName(u"escalate_button")

        self.action_layout.addWidget(self.escalate_button)

        self.history_button = QPushButton(DispatchArea)
        self.history_button.setObjectName(u"history_button")

        self.action_layout.addWidget(self.history_button)

        self.quality_button = QPushButton(DispatchArea)
        self.quality_button.setObjectName(u"quality_button")

        self.action_layout.addWidget(self.quality_button)

        self.print_button = QPushButton(DispatchArea)
        self.print_button.setObjectName(u"print_button")

        self.action_layout.addWidget(self.print_button)

        self.status_label = QLabel(DispatchArea)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.action_layout.addWidget(self.status_label)


        self.main_layout.addLayout(self.action_layout)

        self.main_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.view_label.setBuddy(self.view_combo)
        self.area_label.setBuddy(self.area_combo)
        self.product_line_label.setBuddy(self.product_line_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DispatchArea)
    # setupUi

    def retranslateUi(self, DispatchArea):
        self.previous_button.setText(QCoreApplication.translate("DispatchArea", u"<", None))
#if QT_CONFIG(tooltip)
        self.previous_button.setToolTip(QCoreApplication.translate("DispatchArea", u"Previous period", None))
#endif // QT_CONFIG(tooltip)
        self.today_button.setText(QCoreApplication.translate("DispatchArea", u"Today", None))
        self.next_button.setText(QCoreApplication.translate("DispatchArea", u">", None))
#if QT_CONFIG(tooltip)
        self.next_button.setToolTip(QCoreApplication.translate("DispatchArea", u"Next period", None))
#endif // QT_CONFIG(tooltip)
        self.period_label.setText("")
        self.view_label.setText(QCoreApplication.translate("DispatchArea", u"&View", None))
        self.area_label.setText(QCoreApplication.translate("DispatchArea", u"Ar&ea", None))
        self.product_line_label.setText(QCoreApplication.translate("DispatchArea", u"Product l&ine", None))
        self.refresh_button.setText(QCoreApplication.translate("DispatchArea", u"Refresh", None))
        self.panel_box.setTitle(QCoreApplication.translate("DispatchArea", u"Waiting tickets (drag onto the board)", None))
        self.plan_button.setText(QCoreApplication.translate("DispatchArea", u"&Plan visit...", None))
        self.agree_button.setText(QCoreApplication.translate("DispatchArea", u"A&gree time...", None))
        self.arrival_button.setText(QCoreApplication.translate("DispatchArea", u"Arrive&d", None))
        self.result_button.setText(QCoreApplication.translate("DispatchArea", u"Record re&sult...", None))
        self.escalate_button.setText(QCoreApplication.translate("DispatchArea", u"Es&calate...", None))
        self.history_button.setText(QCoreApplication.translate("DispatchArea", u"Hist&ory", None))
        self.quality_button.setText(QCoreApplication.translate("DispatchArea", u"&Quality problem...", None))
#if QT_CONFIG(tooltip)
        self.quality_button.setToolTip(QCoreApplication.translate("DispatchArea", u"Report a product quality problem seen on this visit to HQ (\u8d28\u91cf\u95ee\u9898\u53cd\u9988\u5355)", None))
#endif // QT_CONFIG(tooltip)
        self.print_button.setText(QCoreApplication.translate("DispatchArea", u"Print engineer's da&y...", None))
        self.status_label.setText("")
        pass
    # retranslateUi
