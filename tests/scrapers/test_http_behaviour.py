"""Retries, rate limits, resume and key hygiene, observed on the server side of real HTTP."""

from __future__ import annotations

import itertools
import json
from datetime import date

import pytest

from nbaprops.scrapers import Limits, RetryPolicy
from nbaprops.storage.layout import LAYOUT
from tests.scrapers.conftest import KEYS, log_rows
from tests.scrapers.replay import Reply

BOX = "https://api.balldontlie.io/v1/box_scores"
BODY = json.dumps({"data": [{"date": "2024-01-15", "home_team_score": 1}]}).encode()
DAY = date(2024, 1, 15)


def test_429_waits_for_retry_after_then_succeeds(env, server, scrape):
    server.add(BOX, Reply(429, b'{"message":"Too Many Requests"}', {"Retry-After": "1"}), BODY)
    report = scrape("bdl_box_scores", DAY)
    first, second = server.requests("api.balldontlie.io")
    assert second.at - first.at >= 0.95
    [row] = log_rows(env)
    assert (row["status"], row["retry_count"], row["http_status"]) == ("success", 1, 200)
    assert report.ok


def test_a_retry_after_beyond_the_bound_is_not_waited_for(env, server, scrape):
    server.add(BOX, Reply(429, b"slow down", {"Retry-After": "3600"}))
    report = scrape("bdl_box_scores", DAY)
    assert len(server.requests()) == 1
    [row] = log_rows(env)
    assert row["status"] == "failed" and row["http_status"] == 429 and "after 1 attempt" in row["error"]
    assert not report.ok


def test_a_burst_of_500s_is_retried_with_backoff(env, server, scrape):
    server.add(BOX, Reply(500, b"oops"), Reply(503, b"oops"), BODY)
    scrape("bdl_box_scores", DAY)
    assert len(server.requests()) == 3
    [row] = log_rows(env)
    assert (row["status"], row["retry_count"]) == ("success", 2)


def test_retries_are_bounded(env, server, scrape):
    server.add(BOX, Reply(500, b"down"))
    report = scrape("bdl_box_scores", DAY, policy=RetryPolicy(attempts=3, backoff_initial=0.01, backoff_max=0.02))
    assert len(server.requests()) == 3
    [failure] = report.failures()
    assert failure.error == "HTTP 500 after 3 attempt(s)" and failure.retries == 2


@pytest.mark.parametrize("status", [401, 404, 422])
def test_client_errors_are_answers_not_retried(env, server, scrape, status):
    server.add(BOX, Reply(status, b'{"error":"no"}'))
    report = scrape("bdl_box_scores", DAY)
    assert len(server.requests()) == 1
    [row] = log_rows(env)
    assert (row["status"], row["http_status"], row["retry_count"]) == ("failed", status, 0)
    assert not report.ok and LAYOUT["bdl_box_scores"].prefix() not in "".join(env.store.list())


def test_a_truncated_json_body_is_refetched_and_never_stored_broken(env, server, scrape):
    server.add(BOX, BODY[: len(BODY) // 2], BODY)
    scrape("bdl_box_scores", DAY)
    [(path)] = env.store.list()
    assert env.store.read(path) == BODY and len(server.requests()) == 2


def test_the_rate_limit_holds_across_worker_threads(env, server, scrape):
    server.add(BOX, BODY)
    limits = lambda source: Limits(rate=10.0, burst=1, concurrency=4)  # noqa: E731
    scrape("bdl_box_scores", date(2024, 1, 1), date(2024, 1, 8), limits=limits, workers=8)
    times = sorted(s.at for s in server.requests())
    assert len(times) == 8
    assert times[-1] - times[0] >= 0.65  # 8 requests at 10/s with a burst of 1: at least 0.7 s (minus jitter)
    gaps = sorted(b - a for a, b in itertools.pairwise(times))
    # the median, not the smallest: the server stamps arrivals, and on a busy machine one late stamp
    # shortens the gap after it though the client sent the requests 0.1 s apart
    assert gaps[len(gaps) // 2] >= 0.08


def test_a_rerun_resumes_and_force_refetches(env, server, scrape):
    server.add(BOX, BODY)
    first = scrape("bdl_box_scores", date(2024, 1, 1), date(2024, 1, 3))
    assert first.files == 3 and len(server.requests()) == 3
    again = scrape("bdl_box_scores", date(2024, 1, 1), date(2024, 1, 3))
    assert len(server.requests()) == 3  # nothing fetched
    assert again.scrapers["bdl_box_scores"].count("skipped") == 3 and again.files == 0
    forced = scrape("bdl_box_scores", date(2024, 1, 1), date(2024, 1, 3), force=True)
    assert len(server.requests()) == 6 and forced.files == 3
    assert len(env.store.list("ball-dont-lie/boxscores/2024-01-01/")) >= 1


def test_resume_continues_pagination_from_stored_pages(env, server, scrape):
    page1 = json.dumps({"data": [{"id": 1}], "meta": {"next_cursor": 5}}).encode()
    page2 = json.dumps({"data": [{"id": 2}], "meta": {}}).encode()
    server.add("https://api.balldontlie.io/v1/players/active", page1)
    route2 = server.add("https://api.balldontlie.io/v1/players/active?cursor=5", Reply(500, b"x"))
    scrape("bdl_active_players", DAY)
    assert [r["status"] for r in log_rows(env)] == ["success", "failed"]
    (first_page,) = env.store.list(LAYOUT["bdl_active_players"].prefix())
    earlier = first_page.replace(LAYOUT["bdl_active_players"].parse(first_page)["ts"], "20240115_080000")
    env.store.move(first_page, earlier)  # the interrupted fetch happened earlier than the resume
    route2.replies = [Reply(200, page2)]
    route2.served = 0
    before = len(server.requests())
    scrape("bdl_active_players", DAY)
    after = server.requests()[before:]
    assert [s.query.get("cursor") for s in after] == ["5"]  # page 1 came from the store
    stored = env.store.list(LAYOUT["bdl_active_players"].prefix())
    assert len(stored) == 2
    # the resumed page is filed under the first page's fetch time: the two load as one fetch, not as a
    # newer fetch of page 2 alone (which Phase 2's "newest fetch wins" would load without page 1)
    times = {LAYOUT["bdl_active_players"].parse(path)["ts"] for path in stored}
    assert len(times) == 1, stored


def test_keys_never_reach_the_log_the_paths_or_the_errors(env, server, scrape, seed_schedule):
    events = json.dumps([{"id": "abc123", "commence_time": "2024-01-16T00:30:00Z",
                          "home_team": "Toronto Raptors", "away_team": "Boston Celtics"}]).encode()
    server.add("https://api.the-odds-api.com/v4/sports/basketball_nba/events", events)
    server.add("https://api.the-odds-api.com/v4/sports/basketball_nba/events/abc123/odds", Reply(500, b"boom"))
    server.add(BOX, Reply(404, b"{}"))
    seed_schedule([(DAY, "BOS", "TOR", "0022300555")])
    report = scrape(["oddsa_player_props", "bdl_box_scores"], DAY)
    assert not report.ok
    text = json.dumps(log_rows(env), default=str) + " ".join(env.store.list())
    text += " ".join(str(o) for r in report.scrapers.values() for o in r.outcomes)
    for key in KEYS.values():
        assert key not in text
    assert any(s.query.get("apiKey") == KEYS["ODDS_API_KEY"] for s in server.requests())


def test_a_connection_error_message_is_scrubbed(env, keys):
    from nbaprops.scrapers import ScrapeRunner, loopback_profile

    runner = ScrapeRunner(env, loopback_profile("http://127.0.0.1:9"),
                          policy=RetryPolicy(attempts=2, backoff_initial=0.01, backoff_max=0.01))
    events_day = date(2024, 1, 15)
    report = runner.run(["bdl_box_scores"], events_day, events_day)
    [failure] = report.failures()
    assert "ConnectError after 2 attempt(s)" in (failure.error or "")
    assert KEYS["BDL_API_KEY"] not in json.dumps(log_rows(env), default=str)


def test_live_requests_without_a_key_fail_without_going_out(env, monkeypatch):
    from nbaprops.scrapers import ScrapeRunner, live_profile

    monkeypatch.delenv("BDL_API_KEY", raising=False)
    report = ScrapeRunner(env, live_profile()).run(["bdl_box_scores"], DAY, DAY)
    [failure] = report.failures()
    assert "BDL_API_KEY is not set" in (failure.error or "") and not failure.requested


def test_bigdataball_mints_a_drive_token_from_a_service_account_key(server, tmp_path, monkeypatch):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    from nbaprops.scrapers import HttpClient, loopback_profile
    from tests.scrapers.conftest import FAST_RETRIES

    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
    key_file = tmp_path / "sa.json"
    key_file.write_text(json.dumps({"client_email": "bot@proj.iam.gserviceaccount.com", "private_key": pem,
                                    "private_key_id": "k1", "token_uri": "https://oauth2.googleapis.com/token"}))
    monkeypatch.delenv("BIGDATABALL_ACCESS_TOKEN", raising=False)
    monkeypatch.setenv("BIGDATABALL_SERVICE_ACCOUNT_KEY_PATH", str(key_file))
    server.add("https://oauth2.googleapis.com/token",
               json.dumps({"access_token": "minted-TOKEN-5521", "expires_in": 3600}).encode())
    server.add("https://www.googleapis.com/drive/v3/files", b'{"files": [{"id": "x", "name": "n"}]}')
    with HttpClient(loopback_profile(server.url), FAST_RETRIES) as client:
        fetch = client.get("bigdataball", "https://www.googleapis.com/drive/v3/files?q=x")
    assert fetch.status == 200
    token_request = server.requests("oauth2.googleapis.com")[0]
    assert token_request.query["grant_type"] == "urn:ietf:params:oauth:grant-type:jwt-bearer"
    assert token_request.query["assertion"].count(".") == 2
    assert server.requests("www.googleapis.com")[0].headers["authorization"] == "Bearer minted-TOKEN-5521"
