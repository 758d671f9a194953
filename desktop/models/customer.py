"""Customers with several phones and addresses, and their installed units."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from desktop.models.base import Base, UTCDateTime, one_of
from desktop.rules.addresses import KEY_LENGTH, TOWN_LENGTH, address_key

PHONE_KINDS = ("mobile", "landline")
PROOFS = ("invoice", "card_only", "none")
USAGES = ("household", "commercial")
UNIT_STATES = ("active", "returned", "replaced")


class Customer(Base):
    __tablename__ = "customer"
    __table_args__ = (one_of("kind", ("person", "company"), "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"))
    name: Mapped[str] = mapped_column(String(100), index=True)
    kind: Mapped[str] = mapped_column(String(10), default="person")
    is_key_account: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    # A duplicate merged into another customer keeps its row (and id) for the audit trail, with nothing left on it.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)

    phones: Mapped[list[CustomerPhone]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="CustomerPhone.id"
    )
    addresses: Mapped[list[CustomerAddress]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="CustomerAddress.id"
    )

    __mapper_args__ = {"version_id_col": version}


class CustomerPhone(Base):
    __tablename__ = "customer_phone"
    # One phone number belongs to one customer of the branch: intake finds, never duplicates.
    __table_args__ = (UniqueConstraint("branch_id", "number"), one_of("kind", PHONE_KINDS, "kind"))

    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    # Digits only (landlines with area code, no dash) so prefix and fragment searches are simple.
    number: Mapped[str] = mapped_column(String(20), index=True)
    extension: Mapped[str] = mapped_column(String(8), default="")
    kind: Mapped[str] = mapped_column(String(10))

    customer: Mapped[Customer] = relationship(back_populates="phones")


class CustomerAddress(Base):
    __tablename__ = "customer_address"
    __table_args__ = (
        # Registering a customer looks for a similar name at the same address: an equality on this index, then the
        # few customers found by primary key (their branch is checked there; an address has no branch of its own).
        # Equality keeps one good plan whatever the statistics say, including a prepared statement's generic plan
        # and a server that has never analysed the table.
        Index("ix_customer_address_district_detail_key", "district", "detail_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    province: Mapped[str] = mapped_column(String(20))
    city: Mapped[str] = mapped_column(String(20))
    district: Mapped[str] = mapped_column(String(20))
    # The 乡镇/街道 within the district (rules.addresses.TOWN_LENGTH); empty when not known (every address made
    # before 0015_address_town, and imports whose source had none). Engineers' areas match it or the district.
    town: Mapped[str] = mapped_column(String(TOWN_LENGTH), default="", server_default="")
    detail: Mapped[str] = mapped_column(String(200))
    # rules.addresses.address_key(detail), kept in step by _keep_key below for every write through the ORM; writers
    # that insert rows directly (imports, the demo history) pass it themselves (NOT NULL refuses a row without it).
    detail_key: Mapped[str] = mapped_column(String(KEY_LENGTH))

    customer: Mapped[Customer] = relationship(back_populates="addresses")

    @validates("detail")
    def _keep_key(self, _name: str, detail: str) -> str:
        self.detail_key = address_key(detail)
        return detail


class Unit(Base):
    __tablename__ = "unit"
    __table_args__ = (
        UniqueConstraint("model_id", "serial"),
        one_of("proof", PROOFS, "proof"),
        one_of("usage", USAGES, "usage"),
        one_of("status", UNIT_STATES, "status"),
        CheckConstraint(
            "installation_date IS NULL OR invoice_date IS NULL OR installation_date >= invoice_date",
            name="installed_after_sale",
        ),
        CheckConstraint("invoice_price_fen IS NULL OR invoice_price_fen >= 0", name="price_nonneg"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    model_id: Mapped[int] = mapped_column(ForeignKey("product_model.id"))
    address_id: Mapped[int | None] = mapped_column(ForeignKey("customer_address.id"))
    serial: Mapped[str] = mapped_column(String(40), index=True)
    invoice_date: Mapped[date | None] = mapped_column(Date)
    installation_date: Mapped[date | None] = mapped_column(Date)
    production_date: Mapped[date | None] = mapped_column(Date)
    proof: Mapped[str] = mapped_column(String(10), default="invoice")
    usage: Mapped[str] = mapped_column(String(12), default="household")
    installed_by_us: Mapped[bool] = mapped_column(Boolean, default=True)
    invoice_price_fen: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(10), default="active")
    # After a 三包 exchange the new unit points at the one it replaced; its period restarts (S-3).
    replaces_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    warranty_restart_date: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
