# Generated from forms/policy_editor_dialog.ui by scripts/build_forms.py (pyside6-uic); do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'policy_editor_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QDoubleSpinBox, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_PolicyEditorDialog(object):
    def setupUi(self, PolicyEditorDialog):
        if not PolicyEditorDialog.objectName():
            PolicyEditorDialog.setObjectName(u"PolicyEditorDialog")
        PolicyEditorDialog.resize(760, 640)
        self.main_layout = QVBoxLayout(PolicyEditorDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.periods_group = QGroupBox(PolicyEditorDialog)
        self.periods_group.setObjectName(u"periods_group")
        self.periods_layout = QVBoxLayout(self.periods_group)
        self.periods_layout.setObjectName(u"periods_layout")
        self.periods_table = QTableWidget(self.periods_group)
        if (self.periods_table.columnCount() < 4):
            self.periods_table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.periods_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.periods_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.periods_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.periods_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.periods_table.setObjectName(u"periods_table")
        self.periods_table.setColumnCount(4)

        self.periods_layout.addWidget(self.periods_table)


        self.main_layout.addWidget(self.periods_group)

        self.parts_group = QGroupBox(PolicyEditorDialog)
        self.parts_group.setObjectName(u"parts_group")
        self.parts_layout = QGridLayout(self.parts_group)
        self.parts_layout.setObjectName(u"parts_layout")
        self.line_label = QLabel(self.parts_group)
        self.line_label.setObjectName(u"line_label")

        self.parts_layout.addWidget(self.line_label, 0, 0, 1, 1)

        self.line_combo = QComboBox(self.parts_group)
        self.line_combo.setObjectName(u"line_combo")

        self.parts_layout.addWidget(self.line_combo, 0, 1, 1, 1)

        self.main_parts_label = QLabel(self.parts_group)
        self.main_parts_label.setObjectName(u"main_parts_label")

        self.parts_layout.addWidget(self.main_parts_label, 1, 0, 1, 1)

        self.consumables_label = QLabel(self.parts_group)
        self.consumables_label.setObjectName(u"consumables_label")

        self.parts_layout.addWidget(self.consumables_label, 1, 1, 1, 1)

        self.main_parts_list = QListWidget(self.parts_group)
        self.main_parts_list.setObjectName(u"main_parts_list")

        self.parts_layout.addWidget(self.main_parts_list, 2, 0, 1, 1)

        self.consumables_list = QListWidget(self.parts_group)
        self.consumables_list.setObjectName(u"consumables_list")

        self.parts_layout.addWidget(self.consumables_list, 2, 1, 1, 1)


        self.main_layout.addWidget(self.parts_group)

        self.rules_group = QGroupBox(PolicyEditorDialog)
        self.rules_group.setObjectName(u"rules_group")
        self.rules_layout = QFormLayout(self.rules_group)
        self.rules_layout.setObjectName(u"rules_layout")
        self.depreciation_label = QLabel(self.rules_group)
        self.depreciation_label.setObjectName(u"depreciation_label")

        self.rules_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.depreciation_label)

        self.depreciation_spin = QDoubleSpinBox(self.rules_group)
        self.depreciation_spin.setObjectName(u"depreciation_spin")
        self.depreciation_spin.setDecimals(3)
        self.depreciation_spin.setMaximum(99.998999999999995)
        self.depreciation_spin.setSingleStep(0.010000000000000)

        self.rules_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.depreciation_spin)

        self.repair_warranty_label = QLabel(self.rules_group)
        self.repair_warranty_label.setObjectName(u"repair_warranty_label")

        self.rules_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repair_warranty_label)

        self.repair_warranty_spin = QSpinBox(self.rules_group)
        self.repair_warranty_spin.setObjectName(u"repair_warranty_spin")
        self.repair_warranty_spin.setMaximum(3650)

        self.rules_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repair_warranty_spin)

        self.failed_repairs_label = QLabel(self.rules_group)
        self.failed_repairs_label.setObjectName(u"failed_repairs_label")

        self.rules_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.failed_repairs_label)

        self.failed_repairs_spin = QSpinBox(self.rules_group)
        self.failed_repairs_spin.setObjectName(u"failed_repairs_spin")
        self.failed_repairs_spin.setMaximum(10)

        self.rules_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.failed_repairs_spin)

        self.clock_start_label = QLabel(self.rules_group)
        self.clock_start_label.setObjectName(u"clock_start_label")

        self.rules_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.clock_start_label)

        self.clock_start_combo = QComboBox(self.rules_group)
        self.clock_start_combo.setObjectName(u"clock_start_combo")

        self.rules_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.clock_start_combo)

        self.no_proof_label = QLabel(self.rules_group)
        self.no_proof_label.setObjectName(u"no_proof_label")

        self.rules_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.no_proof_label)

        self.no_proof_spin = QSpinBox(self.rules_group)
        self.no_proof_spin.setObjectName(u"no_proof_spin")
        self.no_proof_spin.setMaximum(365)

        self.rules_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.no_proof_spin)

        self.hq_exchange_check = QCheckBox(self.rules_group)
        self.hq_exchange_check.setObjectName(u"hq_exchange_check")

        self.rules_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.hq_exchange_check)

        self.hq_refund_check = QCheckBox(self.rules_group)
        self.hq_refund_check.setObjectName(u"hq_refund_check")

        self.rules_layout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.hq_refund_check)

        self.holiday_check = QCheckBox(self.rules_group)
        self.holiday_check.setObjectName(u"holiday_check")

        self.rules_layout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.holiday_check)


        self.main_layout.addWidget(self.rules_group)

        self.message_label = QLabel(PolicyEditorDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.save_button = QPushButton(PolicyEditorDialog)
        self.save_button.setObjectName(u"save_button")

        self.buttons_layout.addWidget(self.save_button)

        self.cancel_button = QPushButton(PolicyEditorDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.buttons_layout.addWidget(self.cancel_button)


        self.main_layout.addLayout(self.buttons_layout)


        self.retranslateUi(PolicyEditorDialog)
    # setupUi

    def retranslateUi(self, PolicyEditorDialog):
        PolicyEditorDialog.setWindowTitle(QCoreApplication.translate("PolicyEditorDialog", u"Warranty policy (\u4e09\u5305)", None))
        self.periods_group.setTitle(QCoreApplication.translate("PolicyEditorDialog", u"Periods per product line and usage (months)", None))
        ___qtablewidgetitem = self.periods_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("PolicyEditorDialog", u"Product line", None))
        ___qtablewidgetitem1 = self.periods_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("PolicyEditorDialog", u"Usage", None))
        ___qtablewidgetitem2 = self.periods_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("PolicyEditorDialog", u"Whole unit (months)", None))
        ___qtablewidgetitem3 = self.periods_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("PolicyEditorDialog", u"Main parts (months)", None))
        self.parts_group.setTitle(QCoreApplication.translate("PolicyEditorDialog", u"Main parts and consumables", None))
        self.line_label.setText(QCoreApplication.translate("PolicyEditorDialog", u"Product line", None))
        self.main_parts_label.setText(QCoreApplication.translate("PolicyEditorDialog", u"Main parts", None))
        self.consumables_label.setText(QCoreApplication.translate("PolicyEditorDialog", u"Consumables", None))
        self.rules_group.setTitle(QCoreApplication.translate("PolicyEditorDialog", u"Rules", None))
        self.depreciation_label.setText(QCoreApplication.translate("PolicyEditorDialog", u"Depreciation per day (% of price)", None))
        self.repair_warranty_label.setText(QCoreApplication.translate("PolicyEditorDialog", u"Repair warranty (days)", None))
        self.failed_repairs_label.setText(QCoreApplication.translate("PolicyEditorDialog", u"Failed repairs before exchange", None))
        self.clock_start_label.setText(QCoreApplication.translate("PolicyEditorDialog", u"Period starts on", None))
        self.no_proof_label.setText(QCoreApplication.translate("PolicyEditorDialog", u"Without proof, start after production (days)", None))
        self.hq_exchange_check.setText(QCoreApplication.translate("PolicyEditorDialog", u"HQ confirms every whole-unit exchange", None))
        self.hq_refund_check.setText(QCoreApplication.translate("PolicyEditorDialog", u"HQ confirms every refund", None))
        self.holiday_check.setText(QCoreApplication.translate("PolicyEditorDialog", u"A period ending on a rest day ends on the next working day", None))
        self.message_label.setText("")
        self.save_button.setText(QCoreApplication.translate("PolicyEditorDialog", u"Save", None))
        self.cancel_button.setText(QCoreApplication.translate("PolicyEditorDialog", u"Cancel", None))
    # retranslateUi
