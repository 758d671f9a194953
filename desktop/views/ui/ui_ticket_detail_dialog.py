# Generated from forms/ticket_detail_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ticket_detail_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_TicketDetailDialog(object):
    def setupUi(self, TicketDetailDialog):
        if not TicketDetailDialog.objectName():
            TicketDetailDialog.setObjectName(u"TicketDetailDialog")
        TicketDetailDialog.resize(820, 640)
        self.main_layout = QVBoxLayout(TicketDetailDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.header_label = QLabel(TicketDetailDialog)
        self.header_label.setObjectName(u"header_label")
        self.header_label.setWordWrap(True)
        self.header_label.setTextFormat(Qt.PlainText)

        self.main_layout.addWidget(self.header_label)

        self.clocks_label = QLabel(TicketDetailDialog)
        self.clocks_label.setObjectName(u"clocks_label")

        self.main_layout.addWidget(self.clocks_label)

        self.clock_tree = QTreeWidget(TicketDetailDialog)
        self.clock_tree.setObjectName(u"clock_tree")
        self.clock_tree.setRootIsDecorated(False)
        self.clock_tree.setMaximumSize(QSize(16777215, 140))

        self.main_layout.addWidget(self.clock_tree)

        self.timeline_label = QLabel(TicketDetailDialog)
        self.timeline_label.setObjectName(u"timeline_label")

        self.main_layout.addWidget(self.timeline_label)

        self.timeline_tree = QTreeWidget(TicketDetailDialog)
        self.timeline_tree.setObjectName(u"timeline_tree")
        self.timeline_tree.setRootIsDecorated(False)

        self.main_layout.addWidget(self.timeline_tree)

        self.print_layout = QHBoxLayout()
        self.print_layout.setObjectName(u"print_layout")
        self.print_sheet_button = QPushButton(TicketDetailDialog)
        self.print_sheet_button.setObjectName(u"print_sheet_button")

        self.print_layout.addWidget(self.print_sheet_button)

        self.print_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.print_layout.addItem(self.print_spacer)


        self.main_layout.addLayout(self.print_layout)

        self.message_label = QLabel(TicketDetailDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.PlainText)

        self.main_layout.addWidget(self.message_label)

        self.action_layout = QHBoxLayout()
        self.action_layout.setObjectName(u"action_layout")
        self.contact_button = QPushButton(TicketDetailDialog)
        self.contact_button.setObjectName(u"contact_button")

        self.action_layout.addWidget(self.contact_button)

        self.resolve_button = QPushButton(TicketDetailDialog)
        self.resolve_button.setObjectName(u"resolve_button")

        self.action_layout.addWidget(self.resolve_button)

        self.priority_button = QPushButton(TicketDetailDialog)
        self.priority_button.setObjectName(u"priority_button")

        self.action_layout.addWidget(self.priority_button)

        self.cancel_ticket_button = QPushButton(TicketDetailDialog)
        self.cancel_ticket_button.setObjectName(u"cancel_ticket_button")

        self.action_layout.addWidget(self.cancel_ticket_button)

        self.quality_button = QPushButton(TicketDetailDialog)
        self.quality_button.setObjectName(u"quality_button")

        self.action_layout.addWidget(self.quality_button)

        self.action_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_layout.addItem(self.action_spacer)

        self.close_button = QPushButton(TicketDetailDialog)
        self.close_button.setObjectName(u"close_button")

        self.action_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.action_layout)


        self.retranslateUi(TicketDetailDialog)
    # setupUi

    def retranslateUi(self, TicketDetailDialog):
        TicketDetailDialog.setWindowTitle(QCoreApplication.translate("TicketDetailDialog", u"Ticket", None))
        self.clocks_label.setText(QCoreApplication.translate("TicketDetailDialog", u"Service clocks", None))
        ___qtreewidgetitem = self.clock_tree.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("TicketDetailDialog", u"Time", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("TicketDetailDialog", u"State", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("TicketDetailDialog", u"Due", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("TicketDetailDialog", u"Commitment", None))
        self.timeline_label.setText(QCoreApplication.translate("TicketDetailDialog", u"Timeline", None))
        ___qtreewidgetitem1 = self.timeline_tree.headerItem()
        ___qtreewidgetitem1.setText(3, QCoreApplication.translate("TicketDetailDialog", u"Note", None))
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("TicketDetailDialog", u"Who", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("TicketDetailDialog", u"What", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("TicketDetailDialog", u"When", None))
        self.print_sheet_button.setText(QCoreApplication.translate("TicketDetailDialog", u"Print service sheet...", None))
        self.contact_button.setText(QCoreApplication.translate("TicketDetailDialog", u"Customer contacted", None))
        self.resolve_button.setText(QCoreApplication.translate("TicketDetailDialog", u"Resolved by phone...", None))
        self.priority_button.setText(QCoreApplication.translate("TicketDetailDialog", u"Priority...", None))
#if QT_CONFIG(tooltip)
        self.priority_button.setToolTip(QCoreApplication.translate("TicketDetailDialog", u"A more urgent ticket gets the shorter on-site window of its priority (Settings)", None))
#endif // QT_CONFIG(tooltip)
        self.cancel_ticket_button.setText(QCoreApplication.translate("TicketDetailDialog", u"Cancel ticket...", None))
        self.quality_button.setText(QCoreApplication.translate("TicketDetailDialog", u"Quality problem...", None))
#if QT_CONFIG(tooltip)
        self.quality_button.setToolTip(QCoreApplication.translate("TicketDetailDialog", u"Report a product quality problem to HQ (\u8d28\u91cf\u95ee\u9898\u53cd\u9988\u5355)", None))
#endif // QT_CONFIG(tooltip)
        self.close_button.setText(QCoreApplication.translate("TicketDetailDialog", u"Close", None))
    # retranslateUi
