"""Error codes of the stock and charges services in the user's language (registered once, on import)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.views.messages import register_messages


def stock_messages() -> dict[str, str]:
    return {
        "stock_insufficient": QCoreApplication.translate(
            "StockErrors", "Not enough {part} on record: {available} on hand, {wanted} needed. Record the receipt "
                           "or the issue first, or ask a supervisor to let the stock go below zero with a reason."),
        "charge_reason_required": QCoreApplication.translate(
            "StockErrors", "These charges differ from what the warranty and the fee schedule allow (money asked "
                           "for something free, or a part left uncharged). Write the reason: it is printed on the "
                           "report and kept in the audit log."),
        "nothing_to_issue": QCoreApplication.translate(
            "StockErrors", "Everything this visit needs has already been issued to the engineer."),
        "too_many_lines": QCoreApplication.translate("StockErrors", "Too many lines (at most {maximum})."),
        "page_invalid": QCoreApplication.translate("StockErrors", "The list could not be read page by page."),
        "bad_code": QCoreApplication.translate(
            "StockErrors", "A part code uses letters, digits and . _ / + # - only, at most 40 characters."),
        "part_code_taken": QCoreApplication.translate("StockErrors", "The part code {part} is already in the "
                                                                     "catalogue."),
        "consumable_and_warranty": QCoreApplication.translate(
            "StockErrors", "A consumable is always charged, so it cannot be a warranty part as well."),
        "price_list_unreadable": QCoreApplication.translate(
            "StockErrors", "{file} is not a readable Excel workbook (.xlsx). Ask HQ for the price list again."),
        "part_usage_not_found": QCoreApplication.translate("StockErrors", "That part line no longer exists."),
        "not_a_warranty_replacement": QCoreApplication.translate(
            "StockErrors", "Only a warranty part fitted free comes back as an old part."),
        "old_part_already_returned": QCoreApplication.translate(
            "StockErrors", "This old part has already been handed in."),
        "tag_no_taken": QCoreApplication.translate(
            "StockErrors", "The tag {tag_no} is already on another old part. Use the next tag."),
        "old_part_not_found": QCoreApplication.translate("StockErrors", "That old part is no longer on the shelf."),
        "old_part_already_sent": QCoreApplication.translate(
            "StockErrors", "The old part with tag {tag_no} has already been sent back."),
        "return_list_not_found": QCoreApplication.translate("StockErrors", "That return list no longer exists."),
        "unknown_fault_category": QCoreApplication.translate("StockErrors", "Unknown fault category."),
        "report_not_found": QCoreApplication.translate("StockErrors", "That service report no longer exists."),
        "amount_invalid": QCoreApplication.translate("StockErrors", "Enter an amount above zero."),
        "paid_in_future": QCoreApplication.translate("StockErrors", "The payment time cannot be in the future."),
        "payment_exceeds_outstanding": QCoreApplication.translate(
            "StockErrors", "That is more than is owed: only ¥{outstanding} is still to pay."),
        "payment_not_found": QCoreApplication.translate("StockErrors", "That receipt no longer exists."),
        "payment_already_void": QCoreApplication.translate("StockErrors", "This receipt is already void."),
        "amount_out_of_range": QCoreApplication.translate("StockErrors", "The amount is out of range."),
    }


register_messages(stock_messages)
