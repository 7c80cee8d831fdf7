"""The platform's Ed25519 key, which signs every certificate of authenticity.

The key comes from configuration (``CERTIFICATE_SIGNING_KEY``: a PEM private key, or the path of a file
holding one). Development and tests generate one on first use under the instance folder; production
refuses to start without it (see config.py), because a key that changes makes every certificate invalid.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

LOCAL_KEY_FILE = "certificate_signing_key.pem"


@dataclass(frozen=True)
class Signer:
    private_key: Ed25519PrivateKey

    @property
    def public_key(self) -> Ed25519PublicKey:
        return self.private_key.public_key()

    @property
    def key_id(self) -> str:
        """A short fingerprint of the public key, printed on certificates."""
        raw = self.public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return hashlib.sha256(raw).hexdigest()[:16]

    def public_pem(self) -> str:
        return self.public_key.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ).decode()

    def sign(self, payload: bytes) -> str:
        return base64.urlsafe_b64encode(self.private_key.sign(payload)).decode().rstrip("=")

    def order_nonce(self, code: str) -> str:
        """A secret of one certificate, derived from the private key (so nothing more to store or lose):
        it hides the order number inside the statement's commitment (``services.order_opening``)."""
        seed = self.private_key.private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )
        key = HKDF(hashes.SHA256(), length=32, salt=None, info=b"certificate order commitment").derive(seed)
        return hmac.new(key, code.encode("utf-8"), hashlib.sha256).hexdigest()[:32]

    def verify(self, payload: bytes, signature: str) -> bool:
        try:
            raw = base64.urlsafe_b64decode(signature + "=" * (-len(signature) % 4))
            self.public_key.verify(raw, payload)
        except (InvalidSignature, ValueError):
            return False
        return True


def load_signer(configured: str | None, instance_dir: str, generate: bool) -> Signer:
    """The configured key; with ``generate`` (development, tests) a local key made once and kept."""
    if configured:
        text = configured
        if not configured.lstrip().startswith("-----BEGIN"):
            text = Path(configured).read_text()
        key = serialization.load_pem_private_key(text.encode(), password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise ValueError("CERTIFICATE_SIGNING_KEY must be an Ed25519 private key")
        return Signer(key)
    if not generate:
        raise ValueError("CERTIFICATE_SIGNING_KEY is not set")
    path = Path(instance_dir) / LOCAL_KEY_FILE
    if not path.exists():
        _write_local_key(path)
    return load_signer(str(path), instance_dir, generate=False)


def _write_local_key(path: Path) -> None:
    """Make the local key without a reader ever seeing a half-written file.

    The key is written whole to a private temporary file and then hard-linked into place: the link appears
    complete or not at all, and fails if another thread or process got there first, whose key is kept.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".signing-key-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(pem)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(FileExistsError):  # another thread or process made it first: keep theirs
            os.link(temporary, path)
    finally:
        os.unlink(temporary)


def signer_for(app) -> Signer:
    """The application's signer, loaded once."""
    signer = app.extensions.get("certificate_signer")
    if signer is None:
        config = app.config
        generate = config["ENV_NAME"] != "production"
        signer = load_signer(config.get("CERTIFICATE_SIGNING_KEY"), config["INSTANCE_DIR"], generate=generate)
        app.extensions["certificate_signer"] = signer
    return signer
