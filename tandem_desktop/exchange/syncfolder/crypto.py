"""Sealing the folder's files: AES-256-GCM, each file bound to where it belongs.

The associated data names the format's major version, the tandem, the device,
what the file is and its number: a file copied to another device's folder, or
renamed to another number, no longer opens.
"""

from __future__ import annotations

import json
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"TDS1"
NONCE = 12
TAG = 16


class Unreadable(ValueError):
    """A file that is short, not ours, or fails authentication (maybe still arriving)."""


def new_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


def binding(major: int, tandem_id: str, device_id: str, what: str, number: int) -> bytes:
    return json.dumps([major, tandem_id, device_id, what, number], separators=(",", ":")).encode()


def seal(key: bytes, plaintext: bytes, associated: bytes) -> bytes:
    nonce = os.urandom(NONCE)
    return MAGIC + nonce + AESGCM(key).encrypt(nonce, plaintext, associated)


def open_sealed(key: bytes, sealed: bytes, associated: bytes) -> bytes:
    if len(sealed) < len(MAGIC) + NONCE + TAG or not sealed.startswith(MAGIC):
        raise Unreadable("short or not a sealed file")
    nonce = sealed[len(MAGIC):len(MAGIC) + NONCE]
    try:
        return AESGCM(key).decrypt(nonce, sealed[len(MAGIC) + NONCE:], associated)
    except InvalidTag as error:
        raise Unreadable("fails authentication") from error
