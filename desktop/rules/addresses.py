"""When two ways of writing an address are the same place: the key a customer address is stored and compared by.

Clerks type the same address differently from one call to the next: full-width digits from a Chinese input method
(１２号), spaces between the parts (中华路 12 号), 3号楼 / 3栋 / 3幢 for building 3. The key is the address detail
with those differences taken out; it is stored beside the detail (customer_address.detail_key) so the check for a
namesake at the same address is one indexed equality, and compared in memory when addresses are merged or imported.

Changing this function changes every stored key: a migration must then compute them again (as 0014_address_key
first did, with this function).
"""

from __future__ import annotations

import unicodedata

# customer_address.detail_key's width: the detail's (NFKC can lengthen a rare symbol such as ㈠; such a key is cut).
KEY_LENGTH = 200
# A building written out or as '#': 3号楼, 3栋, 3幢 and 3# are building 3.
_BUILDING = ("号楼", "栋", "幢")


def address_key(detail: str) -> str:
    """The detail as compared: NFKC (full-width digits, letters, '－' and '＃' become ASCII), no whitespace at all,
    every way of writing "building" as '#', ASCII letters in capitals (A栋 / a栋)."""
    text = "".join(unicodedata.normalize("NFKC", detail).split()).upper()
    for word in _BUILDING:
        text = text.replace(word, "#")
    return text[:KEY_LENGTH]
