# Generated from forms/setup_branch_page.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_branch_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_SetupBranchPage(object):
    def setupUi(self, SetupBranchPage):
        if not SetupBranchPage.objectName():
            SetupBranchPage.setObjectName(u"SetupBranchPage")
        self.main_layout = QHBoxLayout(SetupBranchPage)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.name_label = QLabel(SetupBranchPage)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(SetupBranchPage)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMinimumSize(QSize(220, 0))
        self.name_edit.setMaxLength(100)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.code_label = QLabel(SetupBranchPage)
        self.code_label.setObjectName(u"code_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code_edit = QLineEdit(SetupBranchPage)
        self.code_edit.setObjectName(u"code_edit")
        self.code_edit.setMaxLength(8)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.code_edit)

        self.code_hint_label = QLabel(SetupBranchPage)
        self.code_hint_label.setObjectName(u"code_hint_label")
        self.code_hint_label.setWordWrap(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.code_hint_label)

        self.address_label = QLabel(SetupBranchPage)
        self.address_label.setObjectName(u"address_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QLineEdit(SetupBranchPage)
        self.address_edit.setObjectName(u"address_edit")
        self.address_edit.setMaxLength(200)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.address_edit)

        self.hotline_label = QLabel(SetupBranchPage)
        self.hotline_label.setObjectName(u"hotline_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.hotline_label)

        self.hotline_edit = QLineEdit(SetupBranchPage)
        self.hotline_edit.setObjectName(u"hotline_edit")
        self.hotline_edit.setMaxLength(40)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.hotline_edit)

        self.province_label = QLabel(SetupBranchPage)
        self.province_label.setObjectName(u"province_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.province_label)

        self.province_edit = QLineEdit(SetupBranchPage)
        self.province_edit.setObjectName(u"province_edit")
        self.province_edit.setMaxLength(20)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.province_edit)

        self.city_label = QLabel(SetupBranchPage)
        self.city_label.setObjectName(u"city_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.city_label)

        self.city_edit = QLineEdit(SetupBranchPage)
        self.city_edit.setObjectName(u"city_edit")
        self.city_edit.setMaxLength(20)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.city_edit)

        self.message_label = QLabel(SetupBranchPage)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(u"color: #b00020;")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.message_label)


        self.main_layout.addLayout(self.form_layout)

        self.region_group = QGroupBox(SetupBranchPage)
        self.region_group.setObjectName(u"region_group")
        self.region_layout = QVBoxLayout(self.region_group)
        self.region_layout.setObjectName(u"region_layout")
        self.region_hint_label = QLabel(self.region_group)
        self.region_hint_label.setObjectName(u"region_hint_label")
        self.region_hint_label.setWordWrap(True)

        self.region_layout.addWidget(self.region_hint_label)

        self.district_tree = QTreeWidget(self.region_group)
        self.district_tree.setObjectName(u"district_tree")
        self.district_tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.district_tree.header().setVisible(False)

        self.region_layout.addWidget(self.district_tree)

        self.region_buttons_layout = QHBoxLayout()
        self.region_buttons_layout.setObjectName(u"region_buttons_layout")
        self.place_edit = QLineEdit(self.region_group)
        self.place_edit.setObjectName(u"place_edit")
        self.place_edit.setMinimumSize(QSize(140, 0))
        self.place_edit.setMaxLength(20)

        self.region_buttons_layout.addWidget(self.place_edit)

        self.add_district_button = QPushButton(self.region_group)
        self.add_district_button.setObjectName(u"add_district_button")

        self.region_buttons_layout.addWidget(self.add_district_button)

        self.add_town_button = QPushButton(self.region_group)
        self.add_town_button.setObjectName(u"add_town_button")

        self.region_buttons_layout.addWidget(self.add_town_button)

        self.remove_place_button = QPushButton(self.region_group)
        self.remove_place_button.setObjectName(u"remove_place_button")

        self.region_buttons_layout.addWidget(self.remove_place_button)


        self.region_layout.addLayout(self.region_buttons_layout)


        self.main_layout.addWidget(self.region_group)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.code_label.setBuddy(self.code_edit)
        self.address_label.setBuddy(self.address_edit)
        self.hotline_label.setBuddy(self.hotline_edit)
        self.province_label.setBuddy(self.province_edit)
        self.city_label.setBuddy(self.city_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SetupBranchPage)
    # setupUi

    def retranslateUi(self, SetupBranchPage):
        SetupBranchPage.setTitle(QCoreApplication.translate("SetupBranchPage", u"The branch", None))
        SetupBranchPage.setSubTitle(QCoreApplication.translate("SetupBranchPage", u"Printed on every service sheet and sent to HQ with every workbook.", None))
        self.name_label.setText(QCoreApplication.translate("SetupBranchPage", u"Branch &name", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("SetupBranchPage", u"e.g. Xinxiang solar after-sales branch", None))
        self.code_label.setText(QCoreApplication.translate("SetupBranchPage", u"Branch &code", None))
        self.code_edit.setPlaceholderText(QCoreApplication.translate("SetupBranchPage", u"2 to 8 capital letters or digits, e.g. XX02", None))
        self.code_hint_label.setText(QCoreApplication.translate("SetupBranchPage", u"Every ticket number starts with the code; it can be changed in the settings until the first ticket is opened.", None))
        self.address_label.setText(QCoreApplication.translate("SetupBranchPage", u"&Address", None))
        self.hotline_label.setText(QCoreApplication.translate("SetupBranchPage", u"Service &hotline", None))
        self.hotline_edit.setPlaceholderText(QCoreApplication.translate("SetupBranchPage", u"e.g. 0373-2108187 or 400-800-1234", None))
        self.province_label.setText(QCoreApplication.translate("SetupBranchPage", u"&Province", None))
        self.city_label.setText(QCoreApplication.translate("SetupBranchPage", u"C&ity", None))
        self.region_group.setTitle(QCoreApplication.translate("SetupBranchPage", u"Districts and towns the branch serves", None))
        self.region_hint_label.setText(QCoreApplication.translate("SetupBranchPage", u"Intake offers these places for a customer's address, engineers cover them and the board filters by them. Double-click a name to change it.", None))
        ___qtreewidgetitem = self.district_tree.headerItem()
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("SetupBranchPage", u"Place", None))
        self.place_edit.setPlaceholderText(QCoreApplication.translate("SetupBranchPage", u"District, county or town", None))
        self.add_district_button.setText(QCoreApplication.translate("SetupBranchPage", u"Add &district", None))
        self.add_town_button.setText(QCoreApplication.translate("SetupBranchPage", u"Add &town to district", None))
        self.remove_place_button.setText(QCoreApplication.translate("SetupBranchPage", u"&Remove", None))
    # retranslateUi
