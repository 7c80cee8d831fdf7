"""People and their roles."""

from __future__ import annotations

import enum
from datetime import datetime

from flask_babel import lazy_gettext as _l
from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from marketplace.db import Base, UTCDateTime, utcnow


class Role(enum.StrEnum):
    """Roles beyond buyer, which everyone is."""

    ARTIST = "artist"
    CURATOR = "curator"
    ADMIN = "admin"

    @property
    def title(self) -> str:
        return str(ROLE_TITLES[self])


ROLE_TITLES = {
    Role.ARTIST: _l("Artist"),
    Role.CURATOR: _l("Curator"),
    Role.ADMIN: _l("Administrator"),
}

#: Currencies a visitor may choose to see approximate prices in.
DISPLAY_CURRENCIES = ("USD", "EUR", "CNY", "KES", "NGN", "ZAR", "XOF", "GHS", "TZS", "EGP", "MAD")


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    display_name: Mapped[str] = mapped_column(String(80))
    preferred_language: Mapped[str] = mapped_column(String(5), default="en")
    display_currency: Mapped[str] = mapped_column(String(3), default="USD")
    # Bumped to end every session of the user (sign-out everywhere, password change).
    session_version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    password_changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    roles: Mapped[list[UserRole]] = relationship(
        back_populates="user",
        cascade="all, delete-orphan",
        lazy="selectin",
        order_by="UserRole.role",
        foreign_keys="UserRole.user_id",
    )

    __table_args__ = (CheckConstraint("email = lower(email)", name="email_lowercase"),)

    def has_role(self, role: Role) -> bool:
        return any(r.role == role for r in self.roles)

    @property
    def role_names(self) -> list[str]:
        return [r.role for r in self.roles]

    # Flask-Login protocol ------------------------------------------------------------------
    is_active = True
    is_authenticated = True
    is_anonymous = False

    def get_id(self) -> str:
        # The session version is part of the id, so bumping it invalidates every session and
        # remember-me cookie that carries the old one.
        return f"{self.id}:{self.session_version}"


class UserRole(Base):
    __tablename__ = "user_roles"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    granted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    granted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    user: Mapped[User] = relationship(back_populates="roles", foreign_keys=[user_id])

    __table_args__ = (
        UniqueConstraint("user_id", "role"),
        CheckConstraint("role IN ('artist', 'curator', 'admin')", name="role_known"),
    )
