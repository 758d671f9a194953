# Generated from forms/callback_queue_view.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'callback_queue_view.ui'
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

class Ui_CallbackQueueView(object):
    def setupUi(self, CallbackQueueView):
        if not CallbackQueueView.objectName():
            CallbackQueueView.setObjectName(u"CallbackQueueView")
        CallbackQueueView.resize(900, 560)
        self.main_layout = QVBoxLayout(CallbackQueueView)
        self.main_layout.setObjectName(u"main_layout")
        self.indicator_label = QLabel(CallbackQueueView)
        self.indicator_label.setObjectName(u"indicator_label")
        self.indicator_label.setWordWrap(True)

        self.main_layout.addWidget(self.indicator_label)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.bucket_label = QLabel(CallbackQueueView)
        self.bucket_label.setObjectName(u"bucket_label")

        self.filter_layout.addWidget(self.bucket_label)

        self.bucket_combo = QComboBox(CallbackQueueView)
        self.bucket_combo.setObjectName(u"bucket_combo")

        self.filter_layout.addWidget(self.bucket_combo)

        self.kind_label = QLabel(CallbackQueueView)
        self.kind_label.setObjectName(u"kind_label")

        self.filter_layout.addWidget(self.kind_label)

        self.kind_combo = QComboBox(CallbackQueueView)
        self.kind_combo.setObjectName(u"kind_combo")

        self.filter_layout.addWidget(self.kind_combo)

        self.clerk_label = QLabel(CallbackQueueView)
        self.clerk_label.setObjectName(u"clerk_label")

        self.filter_layout.addWidget(self.clerk_label)

        self.clerk_combo = QComboBox(CallbackQueueView)
        self.clerk_combo.setObjectName(u"clerk_combo")

        self.filter_layout.addWidget(self.clerk_combo)

        self.filter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)

        self.words_button = QPushButton(CallbackQueueView)
        self.words_button.setObjectName(u"words_button")

        self.filter_layout.addWidget(self.words_button)

        self.refresh_button = QPushButton(CallbackQueueView)
        self.refresh_button.setObjectName(u"refresh_button")

        self.filter_layout.addWidget(self.refresh_button)


        self.main_layout.addLayout(self.filter_layout)

        self.queue_table = QTableView(CallbackQueueView)
        self.queue_table.setObjectName(u"queue_table")
        self.queue_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queue_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue_table.setAlternatingRowColors(True)

        self.main_layout.addWidget(self.queue_table)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.counts_label = QLabel(CallbackQueueView)
        self.counts_label.setObjectName(u"counts_label")

        self.buttons_layout.addWidget(self.counts_label)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.new_callback_button = QPushButton(CallbackQueueView)
        self.new_callback_button.setObjectName(u"new_callback_button")

        self.buttons_layout.addWidget(self.new_callback_button)

        self.schedule_button = QPushButton(CallbackQueueView)
        self.schedule_button.setObjectName(u"schedule_button")

        self.buttons_layout.addWidget(self.schedule_button)

        self.assign_me_button = QPushButton(CallbackQueueView)
        self.assign_me_button.setObjectName(u"assign_me_button")

        self.buttons_layout.addWidget(self.assign_me_button)

        self.assign_to_button = QPushButton(CallbackQueueView)
        self.assign_to_button.setObjectName(u"assign_to_button")

        self.buttons_layout.addWidget(self.assign_to_button)

        self.open_button = QPushButton(CallbackQueueView)
        self.open_button.setObjectName(u"open_button")

        self.buttons_layout.addWidget(self.open_button)


        self.main_layout.addLayout(self.buttons_layout)


        self.retranslateUi(CallbackQueueView)
    # setupUi

    def retranslateUi(self, CallbackQueueView):
        CallbackQueueView.setWindowTitle(QCoreApplication.translate("CallbackQueueView", u"Callbacks", None))
        self.bucket_label.setText(QCoreApplication.translate("CallbackQueueView", u"Show", None))
        self.kind_label.setText(QCoreApplication.translate("CallbackQueueView", u"Type", None))
        self.clerk_label.setText(QCoreApplication.translate("CallbackQueueView", u"Clerk", None))
        self.words_button.setText(QCoreApplication.translate("CallbackQueueView", u"&Words, grades and care...", None))
        self.refresh_button.setText(QCoreApplication.translate("CallbackQueueView", u"Refresh", None))
        self.new_callback_button.setText(QCoreApplication.translate("CallbackQueueView", u"&New callback...", None))
        self.schedule_button.setText(QCoreApplication.translate("CallbackQueueView", u"Create &periodic tasks", None))
#if QT_CONFIG(tooltip)
        self.schedule_button.setToolTip(QCoreApplication.translate("CallbackQueueView", u"Key-account callbacks (weekly by phone, monthly on site) and care reminders for consumables falling due", None))
#endif // QT_CONFIG(tooltip)
        self.assign_me_button.setText(QCoreApplication.translate("CallbackQueueView", u"Ta&ke this task", None))
        self.assign_to_button.setText(QCoreApplication.translate("CallbackQueueView", u"&Give to", None))
#if QT_CONFIG(tooltip)
        self.assign_to_button.setToolTip(QCoreApplication.translate("CallbackQueueView", u"Give the selected task to a colleague, or back to everyone", None))
#endif // QT_CONFIG(tooltip)
        self.open_button.setText(QCoreApplication.translate("CallbackQueueView", u"&Open call card", None))
    # retranslateUi
