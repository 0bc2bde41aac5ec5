"""The pairing code the partners pass on by phone or in person, and the key it unlocks.

24 characters from an alphabet without look-alikes (no 0/O, 1/I/L): about 119
bits, shown in groups of four. The code itself is never written anywhere; the
marker file holds only a salt and the data key wrapped by a key derived from it.
"""

from __future__ import annotations

import secrets

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
LENGTH = 24
GROUP = 4
# scrypt's cost: 2**15 x 8 x 128 bytes = 32 MiB and about a tenth of a second.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1

_LOOK_ALIKES = {"0": "O", "O": "O", "1": "I", "I": "I", "L": "I"}


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def grouped(code: str) -> str:
    """The code as shown: ``ABCD-EFGH-…``."""
    return "-".join(code[i:i + GROUP] for i in range(0, len(code), GROUP))


class BadCode(ValueError):
    """What was typed cannot be a pairing code."""


def normalized(typed: str) -> str:
    """The code from what a person typed: any case, spaces and dashes ignored."""
    code = "".join(ch for ch in typed.upper() if ch not in " -\t\n")
    wrong = sorted({ch for ch in code if ch not in ALPHABET})
    if wrong:
        raise BadCode(f"a pairing code has no {', '.join(wrong)}")
    if len(code) != LENGTH:
        raise BadCode(f"a pairing code has {LENGTH} characters, not {len(code)}")
    return code


def derive_key(code: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R,
               p: int = SCRYPT_P) -> bytes:
    """The 256-bit key that wraps the data key."""
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(code.encode("ascii"))
