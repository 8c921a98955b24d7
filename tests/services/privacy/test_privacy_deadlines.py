"""Statement §6: an answer within one calendar month of receipt."""

from __future__ import annotations

from datetime import UTC, datetime

from services.privacy.privacy_requests import due_date


def test_a_request_received_on_31_january_is_due_on_28_february_in_a_common_year() -> None:
    received = datetime(2025, 1, 31, 15, 30, tzinfo=UTC)
    assert due_date(received) == datetime(2025, 2, 28, 15, 30, tzinfo=UTC)


def test_a_request_received_on_31_january_is_due_on_29_february_in_a_leap_year() -> None:
    received = datetime(2024, 1, 31, 9, 0, tzinfo=UTC)
    assert due_date(received) == datetime(2024, 2, 29, 9, 0, tzinfo=UTC)


def test_a_request_received_mid_month_is_due_the_same_day_next_month() -> None:
    assert due_date(datetime(2026, 11, 15, tzinfo=UTC)) == datetime(2026, 12, 15, tzinfo=UTC)
