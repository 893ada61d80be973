from petdesk.sync import hlc


def test_tick_moves_forward_even_when_the_wall_clock_goes_back() -> None:
    first = hlc.tick(hlc.ZERO, now_ms=1_000)
    second = hlc.tick(first, now_ms=900)  # laptop clock set back
    third = hlc.tick(second, now_ms=900)
    assert hlc.ZERO < first < second < third
    assert hlc.decode(third) == (1_000, 2)


def test_observe_never_goes_behind_a_seen_value() -> None:
    local = hlc.encode(1_000, 0)
    remote = hlc.encode(5_000, 3)  # another office's clock runs fast
    seen = hlc.observe(local, remote)
    assert hlc.tick(seen, now_ms=2_000) > remote


def test_text_form_sorts_like_the_numbers() -> None:
    values = [hlc.encode(ms, c) for ms, c in [(9, 0), (10, 0), (10, 11), (10, 2), (123456789, 0)]]
    expected = [(9, 0), (10, 0), (10, 2), (10, 11), (123456789, 0)]
    assert sorted(values) == [hlc.encode(ms, c) for ms, c in expected]
    assert all(hlc.is_valid(v) for v in values)
    assert not hlc.is_valid("garbage")


def test_integer_form_sorts_as_the_text_and_round_trips() -> None:
    values = [
        hlc.ZERO,
        hlc.encode(1796215581431, 0),
        hlc.encode(1796215581431, 7),
        hlc.encode(1796215581432, 0),
        hlc.encode(hlc.MAX_MS, 999999),
    ]
    assert sorted(values) == values
    numbers = [hlc.to_int(v) for v in values]
    assert sorted(numbers) == numbers and len(set(numbers)) == len(numbers)
    assert numbers[-1] < 2**63  # fits SQLite's integers
    assert [hlc.from_int(n) for n in numbers] == values
    assert hlc.to_int(hlc.encode(1796215581431, 7)) == 1796215581431000007


def test_clock_values_past_the_integer_range_are_not_clock_values() -> None:
    assert hlc.is_valid(hlc.encode(hlc.MAX_MS, 999999))
    assert not hlc.is_valid(hlc.encode(hlc.MAX_MS + 1, 0))
    assert not hlc.is_valid("9999999999999.999999")
