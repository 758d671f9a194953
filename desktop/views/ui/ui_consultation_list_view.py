# Generated from forms/consultation_list_view.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consultation_list_view.ui'
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
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

class Ui_ConsultationListView(object):
    def setupUi(self, ConsultationListView):
        if not ConsultationListView.objectName():
            ConsultationListView.setObjectName(u"ConsultationListView")
        ConsultationListView.resize(1000, 560)
        self.main_layout = QVBoxLayout(ConsultationListView)
        self.main_layout.setObjectName(u"main_layout")
        self.indicator_label = QLabel(ConsultationListView)
        self.indicator_label.setObjectName(u"indicator_label")
        self.indicator_label.setWordWrap(True)

        self.main_layout.addWidget(self.indicator_label)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.status_label = QLabel(ConsultationListView)
        self.status_label.setObjectName(u"status_label")

        self.filter_layout.addWidget(self.status_label)

        self.status_combo = QComboBox(ConsultationListView)
        self.status_combo.setObjectName(u"status_combo")

        self.filter_layout.addWidget(self.status_combo)

        self.search_edit = QLineEdit(ConsultationListView)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setMaxLength(60)
        self.search_edit.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.search_edit)

        self.new_button = QPushButton(ConsultationListView)
        self.new_button.setObjectName(u"new_button")

        self.filter_layout.addWidget(self.new_button)

        self.refresh_button = QPushButton(ConsultationListView)
        self.refresh_button.setObjectName(u"refresh_button")

        self.filter_layout.addWidget(self.refresh_button)

        self.open_button = QPushButton(ConsultationListView)
        self.open_button.setObjectName(u"open_button")

        self.filter_layout.addWidget(self.open_button)


        self.main_layout.addLayout(self.filter_layout)

        self.consultation_table = QTableView(ConsultationListView)
        self.consultation_table.setObjectName(u"consultation_table")
        self.consultation_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.consultation_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.consultation_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.consultation_table.setAlternatingRowColors(True)
        self.consultation_table.setWordWrap(False)

        self.main_layout.addWidget(self.consultation_table)

#if QT_CONFIG(shortcut)
        self.status_label.setBuddy(self.status_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConsultationListView)
    # setupUi

    def retranslateUi(self, ConsultationListView):
        ConsultationListView.setWindowTitle(QCoreApplication.translate("ConsultationListView", u"Consultations", None))
        self.status_label.setText(QCoreApplication.translate("ConsultationListView", u"Sho&w", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("ConsultationListView", u"Number, caller, phone, ticket or words of the question", None))
        self.new_button.setText(QCoreApplication.translate("ConsultationListView", u"&New question...", None))
        self.refresh_button.setText(QCoreApplication.translate("ConsultationListView", u"Refresh", None))
        self.open_button.setText(QCoreApplication.translate("ConsultationListView", u"&Open", None))
    # retranslateUi
