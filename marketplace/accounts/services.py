"""Account rules: registration, authentication, passwords, sessions and roles. Never commits.

Registration answers the same whether or not the address has an account, so that nobody can learn who
has one: a new address receives a link (:func:`registration_token`) that creates the account when its
owner opens it and enters the password they chose, and an address already taken receives a note that
someone tried. The link carries the registration itself, encrypted and authenticated with a key derived
from ``SECRET_KEY`` (the password only as its hash): nothing is stored until the address is proven.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from flask_babel import lazy_gettext as _l
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from marketplace.accounts.models import DISPLAY_CURRENCIES, Role, User, UserRole
from marketplace.db import utcnow
from marketplace.errors import Refused

PASSWORD_MIN_LENGTH = 10
PASSWORD_MAX_LENGTH = 128
_COMMON_PASSWORDS = frozenset(
    {
        "password",
        "1234567890",
        "12345678910",
        "0123456789",
        "qwertyuiop",
        "1q2w3e4r5t",
        "password123",
        "password1234",
        "iloveyou123",
        "qwerty1234",
        "abcdefghij",
        "1111111111",
        "0000000000",
        "passw0rd123",
        "letmein123",
        "welcome123",
        "administrator",
        "changeme123",
        "motdepasse",
        "nenosiri123",
        "mimi123456",
    }
)
# A real hash so that a missing account costs as much time as a wrong password.
_DUMMY_HASH = generate_password_hash(secrets.token_hex(16))
#: How long the link that finishes a registration works.
REGISTRATION_LINK_MAX_AGE = 24 * 3600


class AccountError(Refused):
    """A rule of accounts was not met."""


def normalize_email(email: str) -> str:
    return (email or "").strip().lower()


def find_by_email(session: Session, email: str) -> User | None:
    return session.scalar(select(User).where(User.email == normalize_email(email)))


def password_problem(password: str, email: str = "") -> str | None:
    """Why a password is too weak, or None when it is acceptable."""
    if not password:
        return _l("Enter a password.")
    if len(password) < PASSWORD_MIN_LENGTH:
        return _l("Use at least %(count)d characters for your password.", count=PASSWORD_MIN_LENGTH)
    if len(password) > PASSWORD_MAX_LENGTH:
        return _l("Use at most %(count)d characters for your password.", count=PASSWORD_MAX_LENGTH)
    lowered = password.lower()
    if lowered in _COMMON_PASSWORDS or len(set(password)) < 4:
        return _l("This password is too easy to guess. Choose a less common one.")
    local_part = normalize_email(email).split("@", 1)[0]
    if email and (lowered == normalize_email(email) or (len(local_part) >= 4 and local_part in lowered)):
        return _l("Your password must not contain your email address.")
    return None


def register(
    session: Session, email: str, password: str, display_name: str, language: str, currency: str = "USD"
) -> User:
    """Create an account at once (administrators' command, demo data, tests); visitors go through
    :func:`registration_token` and :func:`create_registered`."""
    email = normalize_email(email)
    if find_by_email(session, email) is not None:
        raise AccountError(_l("An account with this email address already exists."), field="email")
    check_new_password(password, email)
    return _create(session, email, generate_password_hash(password), display_name, language, currency)


def check_new_password(password: str, email: str) -> None:
    problem = password_problem(password, email)
    if problem:
        raise AccountError(problem, field="password")


@dataclass(frozen=True)
class Registration:
    """What a visitor asked for on the registration form, carried by the link emailed to them."""

    email: str
    display_name: str
    language: str
    password_hash: str


def registration_token(secret_key: str, email: str, password: str, display_name: str, language: str) -> str:
    """The link's token for a new registration (call :func:`check_new_password` first)."""
    registration = {"e": normalize_email(email), "n": display_name.strip(), "l": language,
                    "h": generate_password_hash(password)}  # fmt: skip
    return _registration_cipher(secret_key).encrypt(json.dumps(registration).encode()).decode()


def spend_like_a_registration(password: str) -> None:
    """The work :func:`registration_token` does, for an address that has an account already: both
    answers then take the same time."""
    _registration_cipher(secrets.token_hex(16)).encrypt(generate_password_hash(password).encode())


def registration_from_token(
    secret_key: str, token: str, max_age: int = REGISTRATION_LINK_MAX_AGE
) -> Registration:
    cipher = _registration_cipher(secret_key)
    try:
        data = json.loads(cipher.decrypt(token.encode()))
        age = time.time() - cipher.extract_timestamp(token.encode())
    except (InvalidToken, ValueError, TypeError):
        raise AccountError(_l("This link is not valid. Create your account again.")) from None
    if age > max_age:
        raise AccountError(_l("This link has expired. Create your account again.")) from None
    return Registration(email=data["e"], display_name=data["n"], language=data["l"], password_hash=data["h"])


def create_registered(session: Session, registration: Registration, password: str) -> User:
    """The account of a registration whose link was opened, once its owner has entered the password they
    chose: someone who did not register cannot be given an account whose password another person knows."""
    if not check_password_hash(registration.password_hash, password or ""):
        raise AccountError(_l("This is not the password you chose when you created the account."),
                           field="password")  # fmt: skip
    if find_by_email(session, registration.email) is not None:
        raise AccountError(_l("This account has already been created. Sign in."))
    return _create(session, registration.email, registration.password_hash, registration.display_name,
                   registration.language)  # fmt: skip


def _create(
    session: Session, email: str, password_hash: str, display_name: str, language: str, currency: str = "USD"
) -> User:
    user = User(
        email=email,
        password_hash=password_hash,
        display_name=display_name.strip(),
        preferred_language=language,
        display_currency=currency if currency in DISPLAY_CURRENCIES else "USD",
    )
    session.add(user)
    session.flush()
    return user


def _registration_cipher(secret_key: str) -> Fernet:
    key = HKDF(hashes.SHA256(), length=32, salt=None, info=b"registration link").derive(secret_key.encode())
    return Fernet(base64.urlsafe_b64encode(key))


def authenticate(session: Session, email: str, password: str) -> User | None:
    user = find_by_email(session, email)
    if user is None:
        check_password_hash(_DUMMY_HASH, password or "")
        return None
    if not check_password_hash(user.password_hash, password or ""):
        return None
    user.last_sign_in_at = utcnow()
    return user


def load_session_user(session: Session, session_id: str) -> User | None:
    """The user a Flask-Login id ('<id>:<version>') belongs to, if that session is still valid."""
    user_id, _, version = (session_id or "").partition(":")
    if not user_id.isdigit() or not version.isdigit():
        return None
    user = session.get(User, int(user_id))
    if user is None or user.session_version != int(version):
        return None
    return user


def end_all_sessions(user: User) -> None:
    user.session_version += 1


def change_password(user: User, current_password: str, new_password: str) -> None:
    if not check_password_hash(user.password_hash, current_password or ""):
        raise AccountError(_l("Your current password is not correct."), field="current_password")
    set_password(user, new_password)


def set_password(user: User, new_password: str) -> None:
    problem = password_problem(new_password, user.email)
    if problem:
        raise AccountError(problem, field="password")
    user.password_hash = generate_password_hash(new_password)
    user.password_changed_at = utcnow()
    end_all_sessions(user)


def update_profile(user: User, display_name: str, language: str, currency: str) -> None:
    user.display_name = display_name.strip()
    user.preferred_language = language
    user.display_currency = currency


# --- password reset -------------------------------------------------------------------------------


def make_reset_token(secret_key: str, user: User) -> str:
    return _reset_serializer(secret_key).dumps({"u": user.id, "h": _hash_fingerprint(user)})


def user_for_reset_token(session: Session, secret_key: str, token: str, max_age: int) -> User:
    """The user a reset token belongs to. A token dies when it expires or once the password changes."""
    try:
        data = _reset_serializer(secret_key).loads(token, max_age=max_age)
    except SignatureExpired:
        raise AccountError(_l("This password reset link has expired. Ask for a new one.")) from None
    except BadSignature:
        raise AccountError(_l("This password reset link is not valid. Ask for a new one.")) from None
    user = session.get(User, data.get("u")) if isinstance(data, dict) else None
    if user is None or not hmac.compare_digest(str(data.get("h")), _hash_fingerprint(user)):
        raise AccountError(_l("This password reset link has already been used. Ask for a new one."))
    return user


def _reset_serializer(secret_key: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret_key, salt="password-reset")


def _hash_fingerprint(user: User) -> str:
    return hashlib.sha256(user.password_hash.encode()).hexdigest()[:20]


# --- roles ------------------------------------------------------------------------------------------


def grant_role(session: Session, user: User, role: Role, granted_by: User | None = None) -> bool:
    if user.has_role(role):
        return False
    user.roles.append(UserRole(role=role.value, granted_by_id=granted_by.id if granted_by else None))
    session.flush()
    return True


def revoke_role(session: Session, user: User, role: Role, revoked_by: User | None = None) -> bool:
    if role is Role.ADMIN and revoked_by is not None and revoked_by.id == user.id:
        raise AccountError(_l("You cannot remove your own administrator role."))
    if role is Role.ADMIN and user.has_role(Role.ADMIN) and count_with_role(session, Role.ADMIN) <= 1:
        raise AccountError(_l("The last administrator cannot lose the administrator role."))
    for held in list(user.roles):
        if held.role == role:
            user.roles.remove(held)
            session.flush()
            return True
    return False


def count_with_role(session: Session, role: Role) -> int:
    return session.scalar(select(func.count()).select_from(UserRole).where(UserRole.role == role.value)) or 0


def generate_password() -> str:
    return secrets.token_urlsafe(15)
