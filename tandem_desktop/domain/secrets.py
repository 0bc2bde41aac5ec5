"""A simple check whether notes look like they hold a password or a key.

The access register records *that* something is shared, never the secret itself.
The check is deliberately rough: it should catch "Password: hunter2" and pasted
API tokens, and a false alarm costs the user one extra click.
"""

from __future__ import annotations

import re

# A word that names a secret, followed by ':' or '=' and something after it.
_LABELLED = re.compile(
    r"\b(pass(?:wort|word|wd)?|kennwort|pin|token|api[\s_-]?key|secret|geheimnis"
    r"|zugangsdaten|credentials?)\b\s*[:=]\s*\S",
    re.IGNORECASE,
)
# A long run of letters and digits that mixes both, like a generated key.
_RANDOM = re.compile(r"[A-Za-z0-9+/_\-]{20,}")


def looks_like_secret(text: str) -> bool:
    """True when ``text`` seems to contain a password, PIN, token or key."""
    if _LABELLED.search(text):
        return True
    for match in _RANDOM.finditer(text):
        run = match.group(0)
        has_digit = any(ch.isdigit() for ch in run)
        has_upper = any(ch.isupper() for ch in run)
        has_lower = any(ch.islower() for ch in run)
        if has_digit and has_lower and (has_upper or len(run) >= 32):
            return True
    return False
