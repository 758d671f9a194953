# Generated from forms/quality_list_view.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'quality_list_view.ui'
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

class Ui_QualityListView(object):
    def setupUi(self, QualityListView):
        if not QualityListView.objectName():
            QualityListView.setObjectName(u"QualityListView")
        QualityListView.resize(1000, 560)
        self.main_layout = QVBoxLayout(QualityListView)
        self.main_layout.setObjectName(u"main_layout")
        self.indicator_label = QLabel(QualityListView)
        self.indicator_label.setObjectName(u"indicator_label")
        self.indicator_label.setWordWrap(True)

        self.main_layout.addWidget(self.indicator_label)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.status_label = QLabel(QualityListView)
        self.status_label.setObjectName(u"status_label")

        self.filter_layout.addWidget(self.status_label)

        self.status_combo = QComboBox(QualityListView)
        self.status_combo.setObjectName(u"status_combo")

        self.filter_layout.addWidget(self.status_combo)

        self.product_line_combo = QComboBox(QualityListView)
        self.product_line_combo.setObjectName(u"product_line_combo")

        self.filter_layout.addWidget(self.product_line_combo)

        self.search_edit = QLineEdit(QualityListView)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setMaxLength(60)
        self.search_edit.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.search_edit)

        self.refresh_button = QPushButton(QualityListView)
        self.refresh_button.setObjectName(u"refresh_button")

        self.filter_layout.addWidget(self.refresh_button)

        self.open_button = QPushButton(QualityListView)
        self.open_button.setObjectName(u"open_button")

        self.filter_layout.addWidget(self.open_button)


        self.main_layout.addLayout(self.filter_layout)

        self.hint_label = QLabel(QualityListView)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.quality_table = QTableView(QualityListView)
        self.quality_table.setObjectName(u"quality_table")
        self.quality_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.quality_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.quality_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.quality_table.setAlternatingRowColors(True)
        self.quality_table.setWordWrap(False)

        self.main_layout.addWidget(self.quality_table)

#if QT_CONFIG(shortcut)
        self.status_label.setBuddy(self.status_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(QualityListView)
    # setupUi

    def retranslateUi(self, QualityListView):
        QualityListView.setWindowTitle(QCoreApplication.translate("QualityListView", u"Quality feedback", None))
        self.status_label.setText(QCoreApplication.translate("QualityListView", u"Sho&w", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("QualityListView", u"Number, serial, batch, model or words of the problem", None))
        self.refresh_button.setText(QCoreApplication.translate("QualityListView", u"Refresh", None))
        self.open_button.setText(QCoreApplication.translate("QualityListView", u"&Open", None))
    # retranslateUi
