"""The rough check for secrets in access notes."""

from __future__ import annotations

import pytest

from tandem_desktop.domain.secrets import looks_like_secret


@pytest.mark.parametrize("text", [
    "Password: hunter2",
    "passwort=Sommer2026",
    "Kennwort: steht hier",
    "PIN: 4711",
    "api key = abc",
    "API_KEY: xyz",
    "Token: 123",
    "secret=s3cr3t",
    "Key for the portal: sk_live_4eC39HqLyjWDarjtT1zdp7dc",
])
def test_secrets_are_noticed(text: str) -> None:
    assert looks_like_secret(text)


@pytest.mark.parametrize("text", [
    "",
    "Password is in the company vault",
    "Ask the finance team for the PIN letter",
    "Second approver: finance team",
    "Zeichnungsbefugnis für Standardbriefe",
    "https://meet.example.org/tandem",
    "Replaced by the new CRM on 2026-09-30",
])
def test_ordinary_notes_pass(text: str) -> None:
    assert not looks_like_secret(text)


def test_long_notes_are_checked_quickly() -> None:
    assert not looks_like_secret("plain words " * 10_000)
