# Generated from forms/region_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'region_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_RegionDialog(object):
    def setupUi(self, RegionDialog):
        if not RegionDialog.objectName():
            RegionDialog.setObjectName(u"RegionDialog")
        RegionDialog.resize(560, 520)
        self.main_layout = QVBoxLayout(RegionDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.province_label = QLabel(RegionDialog)
        self.province_label.setObjectName(u"province_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.province_label)

        self.province_edit = QLineEdit(RegionDialog)
        self.province_edit.setObjectName(u"province_edit")
        self.province_edit.setMaxLength(20)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.province_edit)

        self.city_label = QLabel(RegionDialog)
        self.city_label.setObjectName(u"city_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.city_label)

        self.city_edit = QLineEdit(RegionDialog)
        self.city_edit.setObjectName(u"city_edit")
        self.city_edit.setMaxLength(20)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.city_edit)


        self.main_layout.addLayout(self.form_layout)

        self.district_tree = QTreeWidget(RegionDialog)
        self.district_tree.setObjectName(u"district_tree")
        self.district_tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.district_tree.header().setVisible(False)

        self.main_layout.addWidget(self.district_tree)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.place_edit = QLineEdit(RegionDialog)
        self.place_edit.setObjectName(u"place_edit")
        self.place_edit.setMaxLength(20)

        self.buttons_layout.addWidget(self.place_edit)

        self.add_district_button = QPushButton(RegionDialog)
        self.add_district_button.setObjectName(u"add_district_button")

        self.buttons_layout.addWidget(self.add_district_button)

        self.add_town_button = QPushButton(RegionDialog)
        self.add_town_button.setObjectName(u"add_town_button")

        self.buttons_layout.addWidget(self.add_town_button)

        self.remove_place_button = QPushButton(RegionDialog)
        self.remove_place_button.setObjectName(u"remove_place_button")

        self.buttons_layout.addWidget(self.remove_place_button)


        self.main_layout.addLayout(self.buttons_layout)

        self.message_label = QLabel(RegionDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(u"color: #b00020;")

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(RegionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.province_label.setBuddy(self.province_edit)
        self.city_label.setBuddy(self.city_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RegionDialog)
    # setupUi

    def retranslateUi(self, RegionDialog):
        RegionDialog.setWindowTitle(QCoreApplication.translate("RegionDialog", u"Districts and towns", None))
        self.province_label.setText(QCoreApplication.translate("RegionDialog", u"&Province", None))
        self.city_label.setText(QCoreApplication.translate("RegionDialog", u"C&ity", None))
        ___qtreewidgetitem = self.district_tree.headerItem()
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("RegionDialog", u"Place", None))
        self.place_edit.setPlaceholderText(QCoreApplication.translate("RegionDialog", u"District, county or town", None))
        self.add_district_button.setText(QCoreApplication.translate("RegionDialog", u"Add &district", None))
        self.add_town_button.setText(QCoreApplication.translate("RegionDialog", u"Add &town to district", None))
        self.remove_place_button.setText(QCoreApplication.translate("RegionDialog", u"&Remove", None))
    # retranslateUi
