# ruff: noqa: E501
"""Byte-level golden: SHA-256 of a sample of simulated payloads, recorded with the pre-optimisation code.

Every endpoint kind is covered (NBA.com stats/cdn/PDFs, official.nba.com, BDL, Odds API current and
historical, ESPN API/HTML, BettingPros, BigDataBall via Drive, Basketball-Reference), on preseason,
regular-season, All-Star-break, play-in and playoff dates, plus 403/404 answers. ``FULL`` is a league
whose 2024-25 season is over; ``MID`` is the same seed seen mid-season (2025-01-08 evening, games of that
night partly final) with content faults (postponed games, name variants, duplicated bookmakers).

Performance work on the simulator must keep every one of these bodies byte-identical. To re-record
(only if a payload change is intended): render each URL with ``httpx.Client(transport=
SimulatorTransport(league, faults), headers={"Authorization": "g", "x-api-key": "g"})`` and store
``f"{status} {sha256(body)}"``.

Re-recorded once, deliberately (138 of 457 ``FULL`` and 44 of 206 ``MID`` bodies changed), for two
intended payload changes and nothing else:

- unique names: a league no longer gives two players one name (``League._new_player`` renames the later
  one, ignoring accents, case, punctuation and suffixes). 61 player-seasons got another first/last
  name/suffix (with the country and college that go with it); every other player field, every roster,
  trade and game result stayed identical, and each changed body differs only in those names (and in
  orders sorted by name) once every name spelling is masked;
- the ESPN box-score page now embeds the real ``gmStrp`` (status with ``statusState``, date, season
  type, both teams with ids, ``isHome``, scores, records, line scores), referees in ``gmInfo``, and ESPN's
  ``dnpRsn`` for players who did not play (every ``www.espn.com/nba/boxscore`` page answered 200 changed).
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import httpx

from nbaprops.simulator import Faults, League, SimulatorTransport

from .conftest import AS_OF

MID_AS_OF = datetime(2025, 1, 8, 23, 30, tzinfo=UTC)
MID_FAULTS = Faults(seed=3, postponed=0.1, name_variants=0.3, duplicate=0.5)


def _digests(league: League, urls, faults: Faults | None = None, processes: int = 1) -> dict[str, str]:
    out = {}
    with httpx.Client(transport=SimulatorTransport(league, faults, processes, start_after=0),
                      headers={"Authorization": "g", "x-api-key": "g"}) as client:
        for url in urls:
            resp = client.get(url)
            out[url] = f"{resp.status_code} {hashlib.sha256(resp.content).hexdigest()}"
    return out


def _assert_same(got: dict[str, str], want: dict[str, str]) -> None:
    bad = [u for u in want if got.get(u) != want[u]]
    assert not bad, f"{len(bad)} of {len(want)} payloads changed, e.g.:\n" + "\n".join(bad[:15])


def test_finished_season_payloads_are_byte_identical(league):
    assert league.seed == 7 and league.as_of == AS_OF
    _assert_same(_digests(league, FULL), FULL)


def test_mid_season_payloads_with_faults_are_byte_identical():
    _assert_same(_digests(League(7, as_of=MID_AS_OF), MID, MID_FAULTS), MID)


def test_payloads_rendered_in_helper_processes_are_byte_identical(league):
    """The render pool (two helper processes, game-affine routing, box scores shipped from the parent)
    answers every URL with the same bytes, faults included."""
    _assert_same(_digests(league, FULL, processes=2), FULL)
    _assert_same(_digests(League(7, as_of=MID_AS_OF), MID, MID_FAULTS, processes=2), MID)


def test_render_order_does_not_change_payloads():
    """Caches must not leak between requests: the reversed order gives the same bytes (fresh league)."""
    urls = [u for u in MID if "2025-01-08" in u or "0022400561" in u or "playbyplay" in u][::-1]
    _assert_same(_digests(League(7, as_of=MID_AS_OF), urls, MID_FAULTS), {u: MID[u] for u in urls})


# fmt: off
FULL = {'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2024-10-10_05PM.pdf': '403 e97ec55cf948cfc8a14dbc61474a65cf123f8b434b6ec337855e12dd8b2ce3dc',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2024-10-10_11AM.pdf': '403 e97ec55cf948cfc8a14dbc61474a65cf123f8b434b6ec337855e12dd8b2ce3dc',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2024-10-22_05PM.pdf': '200 cba7b6343b1770e2c57c91dc0676ab21f0158a5c4295d094e5e51f4dce0828de',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2024-10-22_11AM.pdf': '200 11c96f6006871c8d10c987201b8c34c4d081ff9bcbabe0ed031bd706e9614649',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-01-08_05PM.pdf': '200 538c05219551dad657617c861b232f521279817aef3b8214948a2480a9f8e453',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-01-08_11AM.pdf': '200 48265be6b036a1c6b6b87c73befa0d9410260082391d23b7c355bc1afd9b591a',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-02-14_05PM.pdf': '403 e97ec55cf948cfc8a14dbc61474a65cf123f8b434b6ec337855e12dd8b2ce3dc',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-02-14_11AM.pdf': '403 e97ec55cf948cfc8a14dbc61474a65cf123f8b434b6ec337855e12dd8b2ce3dc',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-02-19_05PM.pdf': '200 484f020a83eacf6e7f2743b012841af1b098398bb185472182914083d8efc6ab',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-02-19_11AM.pdf': '200 ef243d5a1256d155e45d29e003a2f08f589339d7499eb882d23847d71e29fbe8',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-03-15_05PM.pdf': '200 3930ad5005b4e88dacd1e627c4f05bcc22adf5e477fb992efef400ad58556969',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-03-15_11AM.pdf': '200 55bc88dcfe67ebf48c559eefd68655303e3c3c1abfd68c6108310d07448a072b',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-04-12_05PM.pdf': '200 f076b033b287b1704762516456033026a0eaaeeab169bbfa813437861720e112',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-04-12_11AM.pdf': '200 aa806a126cda636b61081116a570b21523b9c5b7d2f79377102798491732e5af',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-04-15_05PM.pdf': '200 9b582129d620f4af6164fa69bdf72eced22acbb04e12c219e49e3261b743690e',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-04-15_11AM.pdf': '200 59c8ef5c80b82b3974588a7bcae1b89cb37580e1a1045525375f2bf354bda751',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-04-18_05PM.pdf': '200 cd9b5d5f6369fb4bd413d4adb3a40fefdac20fd4fee6d9f46e641feb5118dbfe',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-04-18_11AM.pdf': '200 c028301dc5d61b7f08c75f46c1ed513ac6dd135993e4b7560c27e4a7b7ef0a55',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-04-19_05PM.pdf': '200 ee5a085c8223e01761b57387fbc10aa18d110ae08daf2bd4a9656c400e84ca75',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-04-19_11AM.pdf': '200 381a45c01dd84afb546f3442f4a3de5f1f3e9358cd9a11fc57610165ba1a1987',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-05-06_05PM.pdf': '200 98fd5c2f6906b02a740cb975211aa952ec4dcbdb47a6808b2f781bf1a7b71bbb',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-05-06_11AM.pdf': '200 c86b3c9d98358178ae36d5a2b82388678b81232dcef413f5c2611055b7598a07',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-05-19_05PM.pdf': '200 5c21e049776e2de42442176a2769c5ff0ca76b3c3582e2ee24d15786430670e0',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-05-19_11AM.pdf': '200 75942d5c9f630c8642a993a795467dfd2766cee21b934a825b906d5c2b294f7f',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-06-18_05PM.pdf': '200 ceddff123a141707b1b3202e03b74ba5980acbf5027048a367a1c1904480861b',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-06-18_11AM.pdf': '200 26360f493db7e7825dd98f28c58011aad9f7e318b31efee39029b44d9f9a815f',
 'https://api.balldontlie.io/v1/box_scores?date=2024-10-10': '200 8fe32e407a1038ee38753b70e5374b3a46d6ae9d5f16cd5b73c53abaca8f5ed0',
 'https://api.balldontlie.io/v1/box_scores?date=2024-10-22': '200 214cce631565633e2416a379961170b674a83c96ce0268926bd0e9fd4044b682',
 'https://api.balldontlie.io/v1/box_scores?date=2025-01-08': '200 5cfc8218a5a2a53b00d47749f16a554f4d176f10713dcf9a7ffe831550e96c44',
 'https://api.balldontlie.io/v1/box_scores?date=2025-02-14': '200 8fe32e407a1038ee38753b70e5374b3a46d6ae9d5f16cd5b73c53abaca8f5ed0',
 'https://api.balldontlie.io/v1/box_scores?date=2025-02-19': '200 58df020a004e491334fdfc1fe7bec64947425b40ff02abcbe957fa31bfaa7fa5',
 'https://api.balldontlie.io/v1/box_scores?date=2025-03-15': '200 f0305610e00ba37f1af77eecc15d66a6a36aae841f4f4206d6c1705eef947678',
 'https://api.balldontlie.io/v1/box_scores?date=2025-04-12': '200 d6d54527fafd03e348c30e832a9d240e8518288b9d34eb387edc861b2d0107d2',
 'https://api.balldontlie.io/v1/box_scores?date=2025-04-15': '200 2a5a70db7ffc68f16a7520dc8a7265613dc0ef7f7c4ef377658534b725da7e8a',
 'https://api.balldontlie.io/v1/box_scores?date=2025-04-18': '200 96dd63fe9732fd73aa8063124ae190c1293e3a06b31b166cc50968546829e2dc',
 'https://api.balldontlie.io/v1/box_scores?date=2025-04-19': '200 5761f1d5af1acc8990e4cdb7d5d63479e26ed33195f5a0ece94afebe2b622fa6',
 'https://api.balldontlie.io/v1/box_scores?date=2025-05-06': '200 d89868cc3e35d31df374727942b5b546a53e0ddc2f6b6d2013bd998d435c7ae1',
 'https://api.balldontlie.io/v1/box_scores?date=2025-05-19': '200 c2737512999cbda88baeaea097221984f41e6da736ba0c4b929b325851a2c83c',
 'https://api.balldontlie.io/v1/box_scores?date=2025-06-18': '200 15465a235960d072bd62d742ad832350fc8ff91c1941f85d68e664656b0249c9',
 'https://api.balldontlie.io/v1/player_injuries?per_page=25': '200 2dc541d8a359e1203de243ac1a5c3a399e33073ce4d15969069205d2da57f30d',
 'https://api.balldontlie.io/v1/players/active?per_page=100': '200 9cb537a28a3602b0208c3496c6c48ba0f70e6cca24a159c2377b8e2658bd5c83',
 'https://api.balldontlie.io/v1/players/active?per_page=100&cursor=500': '200 42b3b01cdac256f58c7c12550b58618e52819369bc8007ec89b9be6e012e45df',
 'https://api.balldontlie.io/v1/standings?season=2023': '200 70914c2c8ec4ae5a35e1343281ccaa8ed66081858fa8526ba0f602425a18fcf7',
 'https://api.balldontlie.io/v1/standings?season=2024': '200 c326281132cd34cd20d7672d6cb87102ac8d396abf1793138947657b62101a58',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2024-10-10': '200 ed03ae34de060cbfb298b89c87b4d0964e7fa23ce0d81902e5efb515bb8f6543',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2024-10-22': '200 28c67141b114563365cc75abe1c0f1146da3969518920a01fd950dbab6f26974',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-01-08': '200 ee05713190079050763001c5f2399967cee76c32070aef1795300ab2201772df',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-02-14': '200 9e20db46b0434c4dbc8b71ed65964937147a5b933b41ea2cba5c15c08d6364ab',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-02-19': '200 71d27dab7d37f7a170f6037ca9268f008d6cdda12aa2ed9ef27c21af6dd6573d',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-03-15': '200 ecf2331f2f38baffc19f7b765819e8239418966c423a65849205e2c4040d1501',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-04-12': '200 b0794cae6d265c58eb6d29923d57d4ff26cbc01905776bef19fa2a65aba10f8a',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-04-15': '200 2a70cde89438f3036be74da17eedcefefb9459df2e44ea0bbec7353fb4cf2f7f',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-04-18': '200 fb1ee72ea002a24fab53b2e3a04b2e14c55061d58bfd63ae7bea5b7e99d53bb1',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-04-19': '200 ec962a82d80e1ac31ab6544983ad878bb5982496b2d35540ebfd9a7d09ca7145',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-05-06': '200 bbd14952809033534f22e24e3d7a6af82055e5195a7064c4f67ee3829f12f006',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-05-19': '200 ddb7235bd357f2a7a842496a677eff6e239ea4c9e968316c93a54a88525a560c',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-06-18': '200 3fb05c1c35d6ca6960bc24e32b60a767c490fbeffce5fd938d29b0bae84a6836',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24200569&location=ALL&limit=10&page=2': '200 9a3a85a4d06664a79422898af48f155d95427297cc346b3d74722565a7dda3fa',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24200570&location=ALL&limit=10&page=2': '200 2862db73d449a7f7354ac84b63bc238a0b2e60fa22fca16bc34a35c2d52fe46a',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24400101&location=ALL&limit=10&page=2': '200 2c0ad0af8546d047e95f2cf513bb55882d227e87dd9f115560c3b81ab4b69e1a',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24400121&location=ALL&limit=10&page=2': '200 6fd6cc349f632639091caa7aff87a6bc4c6b80b5318e2c6f2b088c2781e22b64',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24400141&location=ALL&limit=10&page=2': '200 7601c6d5a269c87914b9c376d152d9dbd8668b92ddac3939968c933d806ab0e1',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24400405&location=ALL&limit=10&page=2': '200 6b5ff950911136e1d8c8272e1607890897585f800e6f36e309dfa910e29370be',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24500101&location=ALL&limit=10&page=2': '200 3ee55da2e1e4c86ede6a8cf7d2dba3cd04c004ee6594b27997718cb6b5e14b76',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24500131&location=ALL&limit=10&page=2': '200 48413e2d7659ca8001a5b20d72ff1febbd97086757d9c65c88c517c1cb7474b3',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200001&location=ALL&limit=50&page=1': '200 b5e675876ac8120195a12851aa75341f76e0cfb881c8a503dcd9c6a701da3735',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200002&location=ALL&limit=50&page=1': '200 b8171d87390fb7d573498d7d3601a3a0a080b351380b4cbec7ac3a2b6e79ea3a',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200003&location=ALL&limit=50&page=1': '200 66c3de33ef2ab4739d3099fe55b4cec8a6d1ac2f405c67216a0976784bf87e2e',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200004&location=ALL&limit=50&page=1': '200 2b73b3ecb635c410e97613c883df4f46cbf5690a78478e701da02b7eec9d487a',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200569&location=ALL&limit=10&page=2': '200 b97592a66b82a9cdf643887d3b3e7155ab390d551b82fd1134e90b09b3b5b9d5',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200569&location=ALL&limit=50&page=1': '200 6f837b4434713110cd8bd0d2fe193aa4f42a0e216bfdf7806eda44118657d248',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200570&location=ALL&limit=10&page=2': '200 bb80accd723c8c89266ff2dcb6cccb5638fe82c06f7433da7894ce59557b13ea',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200570&location=ALL&limit=50&page=1': '200 ce1828b1f517af4fb06a7cf4d6157baf54bfe11a1165d0ca9811daade25a60c1',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200834&location=ALL&limit=50&page=1': '200 9f63bba035f5023a74c83dd236ac2872d4f59a58ebc6adc36beb645c4d394c17',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200835&location=ALL&limit=50&page=1': '200 6194a1fc0d37575abd4dc5d1ae143eef35032f3d8a89ba50bfd04c8feaca2065',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200836&location=ALL&limit=50&page=1': '200 68eb47edf09d159faa8777f2a28774f6f3ce345b6307d91ad2e938afa9ffdda8',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200837&location=ALL&limit=50&page=1': '200 6ac41a2d184284207daf8b9397a94c83dcbf00e64f416b07214bcaae78b536bc',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24201013&location=ALL&limit=50&page=1': '200 0efb95788c350cc540868176b74c27413ef0426f2940cd256d28ea12ce6e649a',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24201014&location=ALL&limit=50&page=1': '200 0fccd0bdea70f05a37b333206a3eb1cbeda949c2d4b8eeb594f02b4a865fdf05',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24201015&location=ALL&limit=50&page=1': '200 93bc0d7f4ad00602bb20a84aabc85dd141948edc71f685137acf66f5bb5ecf88',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24201016&location=ALL&limit=50&page=1': '200 649192e72946ba7429f4e0863a22d50985094070363af3c49c0b0ba47f6d06ee',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24201227&location=ALL&limit=50&page=1': '200 19f14eab8a2d1435bfb80516581e42f467b1885d250aeeae9f8102caed673d33',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24201228&location=ALL&limit=50&page=1': '200 0e8fbaed4f233fef8c3be25c9fe49ff45c99b14e47e03c81daf37cf3fabfeea4',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24201229&location=ALL&limit=50&page=1': '200 93af13e0e493ea82fc33d7b09fe4b0726294885039e27e32bdfb7a9870aa9c26',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24201230&location=ALL&limit=50&page=1': '200 c47d804966224d91ed166ab5908b11882589ebadc4ef5d6a05a1e72c529c02cd',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24400101&location=ALL&limit=10&page=2': '200 dc3faeaae7b90b93503d26e812b6de8e31cd8af3ed0f52bd6b5f570956d257ff',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24400101&location=ALL&limit=50&page=1': '200 0bd0c42c4e0851783232de7dc03184ea9dbd146040fa9d58dab48ad8bfbb98cb',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24400121&location=ALL&limit=10&page=2': '200 93332e2bb9fdfe91214402a35ac5525e2ff77115f3d0d7b329da3219ddf487a9',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24400121&location=ALL&limit=50&page=1': '200 669e9ac6b8826d5360e161270f188665285a9ba26dde827a254db1b308bddcf2',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24400141&location=ALL&limit=10&page=2': '200 fc6a3a969c63366bc4410be6f5d556315c23084fc07f01c06bcee41af8bb2c09',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24400141&location=ALL&limit=50&page=1': '200 c184cc497b1b28473ba14f3d9260bd763cda6146f6deb6d0767b4d01b2b7650b',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24400161&location=ALL&limit=50&page=1': '200 fcc727b22058b05c9a9aaf000f95e89208eae4de4e8248cabbb86f6072c14c5c',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24400202&location=ALL&limit=50&page=1': '200 91aa020ac9a685f4ad5be6c3a8ed2f9d85f20e3c72ecf1e8e44a2fcfabcbeaf9',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24400222&location=ALL&limit=50&page=1': '200 2e2a06365eb78aec1c5a494ce6ea1baea0ac19cd71bdd318ba82fa9ced69cb99',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24400301&location=ALL&limit=50&page=1': '200 a1b289eeb89e461c59962c60aef1b49c63892c1a0e56632d282ac45a37f6c933',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24400405&location=ALL&limit=10&page=2': '200 93e41ceaa70309ed984fa45f4a394414e0e2e359a262b042002225d04586e44d',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24400405&location=ALL&limit=50&page=1': '200 e3108f9ab14948d7c0077af58b9cb0232c78403c633d5f8e1a2af9b51b50166f',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24500101&location=ALL&limit=10&page=2': '200 6ac1b6ac39350652d0cda386c462f0b8b04a4b14705233aaa90b242a860823e9',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24500101&location=ALL&limit=50&page=1': '200 ad4c52a78532c63755eaac4482d9bfccb0a36d4e825f1a60a75be8e283fcdc06',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24500131&location=ALL&limit=10&page=2': '200 9e016ca24b337079403bee0fbd4b1583702ffafbfe25d36cc7de9f479182e76d',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24500131&location=ALL&limit=50&page=1': '200 ce4d9910c13ada00887bdff59d0936f2e223fa7c773b8e72611bf90f21e1b076',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24500201&location=ALL&limit=50&page=1': '200 5ff05b3895fccc82946b42196f8dc63277aa3c6e6b06f705e5dc9823742a4653',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24500211&location=ALL&limit=50&page=1': '200 8e9b17600da2d919a8c47111150b32d406126116038d0bea424b32dd2278265e',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24200569&location=ALL&limit=10&page=2': '200 da9f326cc917d9dec6ca4c489623f656e0411f7f94a352458b37f6e2aab9f1a8',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24200570&location=ALL&limit=10&page=2': '200 0394f14cbc6fd2d0775ed1b7f899dba49f63385468e13d1c8b73d1dbef21c8dd',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24400101&location=ALL&limit=10&page=2': '200 11bcf08f9a8d2848410b88ce86af3b53db340130625fa0cd55dbc09cd6ecf161',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24400121&location=ALL&limit=10&page=2': '200 f477d2c9aaf065df85825fa4ee5c3692fb76320da2619c60237277e437a02fab',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24400141&location=ALL&limit=10&page=2': '200 603086dbc561d87aa84c44567a0fbec4d4fdc45c922c08d448b6d0ff338e5bad',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24400405&location=ALL&limit=10&page=2': '200 4d52d3c88d6e423c98dcd04246ca79473dd05993e9b9953fc1d5d2d1dd13912e',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24500101&location=ALL&limit=10&page=2': '200 6497aa2e0799a6b10d75146093da392a33fb2b8b6c6247243e32699b96033ef0',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24500131&location=ALL&limit=10&page=2': '200 d4e85ecf537c5aaed09ad6da60353ab191267850e37ecd3686a32a299ab1934a',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=162&event_id=24200569&location=ALL&limit=10&page=2': '200 05d89064c5eed46213affd951bc7e8511265587778fb5ab18e064992b8473570',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=162&event_id=24200570&location=ALL&limit=10&page=2': '200 606f93d350deecee1f04b0eb1492175d44f79a5eabf2a9c0e4dd0e1fc11682e5',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=162&event_id=24400101&location=ALL&limit=10&page=2': '200 606f93d350deecee1f04b0eb1492175d44f79a5eabf2a9c0e4dd0e1fc11682e5',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=162&event_id=24400121&location=ALL&limit=10&page=2': '200 606f93d350deecee1f04b0eb1492175d44f79a5eabf2a9c0e4dd0e1fc11682e5',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=162&event_id=24400141&location=ALL&limit=10&page=2': '200 606f93d350deecee1f04b0eb1492175d44f79a5eabf2a9c0e4dd0e1fc11682e5',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=162&event_id=24400405&location=ALL&limit=10&page=2': '200 bdaa912d021139ff455d5e72ad172b76e29462467f723066c1d9608e9bfb5ed1',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=162&event_id=24500101&location=ALL&limit=10&page=2': '200 606f93d350deecee1f04b0eb1492175d44f79a5eabf2a9c0e4dd0e1fc11682e5',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=162&event_id=24500131&location=ALL&limit=10&page=2': '200 606f93d350deecee1f04b0eb1492175d44f79a5eabf2a9c0e4dd0e1fc11682e5',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/0c075348c77ba2c3a2b7d50022401229/odds?apiKey=K&date=2025-04-12T23:30:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'bfdaaaa6a8d85fb14d0504090e4033194d44dd9db9d6f9ae418551f16a1c4048',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/176e8bf4e08bde522214a00042400141/odds?apiKey=K&date=2025-04-18T17:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '47a1e0c9c250ed721f4b6e8236f2d7850e18efacd5b544aea0e1822a4162d7cb',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/176e8bf4e08bde522214a00042400141/odds?apiKey=K&date=2025-04-19T11:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '0fc5fc334db4a3ba05d37c3434ac8c5f7f87477ecf07bfa1fcb5a2fe47cc3a1c',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/176e8bf4e08bde522214a00042400141/odds?apiKey=K&date=2025-04-19T21:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'a8a03ed225bdb818b1afbb3d38c52fa34a4205ae5b0717775a53e2ab264a85e0',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/176e8bf4e08bde522214a00042400141/odds?apiKey=K&date=2025-04-19T22:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'd39fd72273ee1d07858a20e19cf0b358fd1881d07c01d5c8938874b21c617a14',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/1dcf035f29787cfc4a79f70022400001/odds?apiKey=K&date=2024-10-22T22:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'e8602cfc82c8d18458ef1f637693a2a4286508514ead88fa554b8f46af1ac9be',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/34bfd27691f33c116c6c990022401013/odds?apiKey=K&date=2025-03-15T18:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'd663aa005cf8fedb25432861c218f24139d04467c8929d438bdd09afe1e4447b',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/360d988eacb3a7bdb30b1d0022401015/odds?apiKey=K&date=2025-03-15T21:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'a0580547681d86b970cad2399ad52539fcf091dc52b0b041bee9a9452fd5485b',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/4a34a0cfa61d9dd673af480042400121/odds?apiKey=K&date=2025-04-18T17:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '36a9f48d91f2735ca261fda3a06face5f047cbb3d5c4816b9db4fd6266fb4040',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/4a34a0cfa61d9dd673af480042400121/odds?apiKey=K&date=2025-04-19T11:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'ca11735586adf190196facb58fccb4b87ece4efa0dc289104314643200962ee3',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/4a34a0cfa61d9dd673af480042400121/odds?apiKey=K&date=2025-04-19T21:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '6b2695a164a7c41d81ef3fefaae78c71cc9660f3d57efbc091b20ac96dedcfdd',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/4a34a0cfa61d9dd673af480042400121/odds?apiKey=K&date=2025-04-19T22:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'c07a4fe88a22a7f0a338bc9611a2bae592199ffe6c29b566df3fe4da4242b640',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/4ba60a0242203982cbb8400022401016/odds?apiKey=K&date=2025-03-15T21:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '9f54cc5f239047bd1f2e9fa929dd877872a79e0fc7c756645ac68ea87b6a42a8',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/4e56d2f73c464c1cbf80e80022400835/odds?apiKey=K&date=2025-02-19T23:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '3acef35e2aba2b3930f1614d57eb6074f389ca87fb81466bd43938d4e586e454',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/54b0e4a34c5e47af7505270042400405/odds?apiKey=K&date=2025-06-17T17:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '1f87afb2e186a7bf054194a44de45ab13ac55d38901abe64fc213b2cb32df70a',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/54b0e4a34c5e47af7505270042400405/odds?apiKey=K&date=2025-06-18T11:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'f7b4ead7cb5796a5caac79fad58e9e0927e311a1be353e6c13cb8a2569e92e36',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/54b0e4a34c5e47af7505270042400405/odds?apiKey=K&date=2025-06-18T21:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '72ddcaafe972b79af90ac4a60216c1cea861c816dc80e7da730120c09e43ee28',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/54b0e4a34c5e47af7505270042400405/odds?apiKey=K&date=2025-06-18T22:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '8563c9659750c8d4c708a15d5c91607ab597bf934aaa26a2d47b67656f2156c8',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/5b6dc37fe315f79b48a3690022400002/odds?apiKey=K&date=2024-10-22T22:30:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'f9d47fb49f2313538089e87a45cd33fa654ee41c82922b6c3c0d9a596ee1f8de',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/6871f7276f6b97846624cc0042400101/odds?apiKey=K&date=2025-04-18T17:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '088818df1b7fd51dd94623436cea0aa27d31792f39450e3d98621e4478626afb',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/6871f7276f6b97846624cc0042400101/odds?apiKey=K&date=2025-04-19T11:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '2d88587c6b8ea951aaa1c3a370e73c9fa4c1874fd7735060dcc9dadfa9549f6d',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/6871f7276f6b97846624cc0042400101/odds?apiKey=K&date=2025-04-19T21:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '6d4c5611fb59423896654187beff70365b9965742b76a7a92cbf9db821eb6cb4',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/6871f7276f6b97846624cc0042400101/odds?apiKey=K&date=2025-04-19T22:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'c5e90b184c4da34e1ec5f3180c0a6744eb218bd517014f748d077f04e489eb13',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/6fad9d6a9cf631186d55ca0042400161/odds?apiKey=K&date=2025-04-19T22:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '40c1ba6babea13ada39c95319a6c6f265c6ea4f68b86468a2b2ca2e6c39ace5f',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/74002b47441c5c1af6f7b80022400003/odds?apiKey=K&date=2024-10-23T01:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'e25dc863872f099128a4368ca4cd0a709377bfe2b57137174b0ccbbded04e43f',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/7aa7779b75fd4d7b73d2d70022400834/odds?apiKey=K&date=2025-02-19T23:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'd7418f08fcd03d6c1367dd23b19f1968f9428f3375d26d1a98a9e8dab7e8263a',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/7d5eb0cf221720523e2f9a0022401228/odds?apiKey=K&date=2025-04-12T22:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '308003aec08b1a59443e5358eba55c01d83ec3dc9584c870c729ee3f017a80f5',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/80e2b572fbecc59dbe94b30042400222/odds?apiKey=K&date=2025-05-06T22:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '235f7efe348444e1b978ba7e2af9f76786b684137d5ae0ab37e7abc899101157',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/86f0f0c511ff1c69efdc7b0052400101/odds?apiKey=K&date=2025-04-14T17:30:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '14fe0f779635756366ff7546dd8942065f03931530f59483a301555cf4347f98',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/86f0f0c511ff1c69efdc7b0052400101/odds?apiKey=K&date=2025-04-15T11:30:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'd502aed99011f768bffccac47db7b3cbb7e491921c0929c5d4b130594d67e395',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/86f0f0c511ff1c69efdc7b0052400101/odds?apiKey=K&date=2025-04-15T21:30:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '8586e210c9b071ad9676adfe8bcd66b787d41255025adf904629aef5ab1bb106',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/86f0f0c511ff1c69efdc7b0052400101/odds?apiKey=K&date=2025-04-15T22:30:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '6f51855b4e5cd42d41e70919ab4aa7342d223ed054474e73180a05c7b0c67f5f',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/95e9429afd0822e17aa6630022400570/odds?apiKey=K&date=2025-01-07T21:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '336acc0cd82428853ef005d450ca23fba2e78d050858fdad54a9a8684ab5f237',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/95e9429afd0822e17aa6630022400570/odds?apiKey=K&date=2025-01-08T15:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'de559235303da693539bd7d1627ddc61b771e100b33b207262720fa680338c72',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/95e9429afd0822e17aa6630022400570/odds?apiKey=K&date=2025-01-09T01:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '1c0d4f168cac7d28d3bc8b8e070fcc17cfd8a4343546d43a701e337d8badd485',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/95e9429afd0822e17aa6630022400570/odds?apiKey=K&date=2025-01-09T02:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'd0b68dabcb1bc78d4cd0bc42622c84a88045d0cf3efa6cd6296954c34d7c1bf2',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/9e8a915cdaceb59e17e2e40052400211/odds?apiKey=K&date=2025-04-19T00:30:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'fcb4143b95dc05007d4e6f80acf7644162a8b95e47da393494653f91674b8927',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/aee6aeb21269c7e4c664970022400837/odds?apiKey=K&date=2025-02-20T00:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'ef0b88a78299bf30e1f63fef665857ad1504069898e2500dea0998a25dd3f4ae',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/af0f39ed3871c031136ba40022401230/odds?apiKey=K&date=2025-04-13T00:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'c65846f7da7d7c3fa97fc34629819045fab572d9c5b93c1d8864898e29c8cf97',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/c1a100a2056aa62583c1c10022400569/odds?apiKey=K&date=2025-01-07T19:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'f6321d62000449048d37e70033e06922b368fd35d819ab7fd28d337c6b84ba78',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/c1a100a2056aa62583c1c10022400569/odds?apiKey=K&date=2025-01-08T13:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '44569a6fc101d9f3491ad6b4e2a41018be683fe5c13af26e2dae203e548450d0',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/c1a100a2056aa62583c1c10022400569/odds?apiKey=K&date=2025-01-08T23:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'aae24b347654beed54037c214aa8f7ca785a7c63c7a08e29f7835dcfcbf4d669',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/c1a100a2056aa62583c1c10022400569/odds?apiKey=K&date=2025-01-09T00:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '29790954eb036c92dd96de27d6afb10a5bc0255bb5109b8bbd50661011e88e87',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/d11b07a4b29ba3bdab3f9a0022400836/odds?apiKey=K&date=2025-02-20T00:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'df9d8da5cdec09840c13820f4ca4d08a31b8feab95f391bac2773e8ef99f5aff',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/d59ee3962a4be205cf5fec0022401227/odds?apiKey=K&date=2025-04-12T22:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '2be6232e80bf1c990593748b021865f808224387a776b506444f841268c43d17',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/dc8fcaf7a9921298ded9020022400004/odds?apiKey=K&date=2024-10-23T01:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '6c37a352d395af7c4b3750dc10c96c209acf486e55ca01a941aedf32ee88a76e',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/e4e99b889c5d9676d81e950042400301/odds?apiKey=K&date=2025-05-19T22:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '8366210a4b14e07381d8ff810ca9f07900f74cd2206c95f5b1c422dae519e1ec',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/eb6ffd88fe6271186677eb0052400201/odds?apiKey=K&date=2025-04-18T22:30:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '31d4d00e4d7fb4ca1e53a181a6f0b3c28220678daf580529c4a1ce99d0b7442b',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/f32db252e3f80145e367f50022401014/odds?apiKey=K&date=2025-03-15T18:30:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'e13f476522034a0ae10d2c033e442e2393284b79016e26204816159e4b98891e',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/fd0452abeba5416c00a9300042400202/odds?apiKey=K&date=2025-05-06T22:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'c4756f6b5a941219701307b15e02137719263296b2729c98ac7865cd6bb55160',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/ffded49b772c3673dd186c0052400131/odds?apiKey=K&date=2025-04-14T19:30:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'f1285b9e331c2cd9fed4c0647cb6423af8c5579988cfe3ff681005ab0edad42f',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/ffded49b772c3673dd186c0052400131/odds?apiKey=K&date=2025-04-15T13:30:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '88426c85030960cd808549b562394f5c4e125f3b62abec0dfa212c9038e0ea92',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/ffded49b772c3673dd186c0052400131/odds?apiKey=K&date=2025-04-15T23:30:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '4b4e44ea65b261d852a52c64b9df5ac70e73d0e570563c7b6460a2a0385b55f2',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/ffded49b772c3673dd186c0052400131/odds?apiKey=K&date=2025-04-16T00:30:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'd24baf9e914706132da58e1126fb1dac942d75d3911369c79ff456513959205e',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events?apiKey=K&date=2025-01-08T16:02:00Z': '200 c15f81daa72196f4e2b09ecf19b345a74772395f1f7263b7fb0d638353a50607',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events?apiKey=K&date=2025-04-20T12:00:00Z': '200 1dc4cd6f56bb9a47e27bde12e3e2437cbc6cf8ac10ba054b0b955b88e3d51405',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events/176e8bf4e08bde522214a00042400141/odds?apiKey=K&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h': '200 '
                                                                                                                                                                                                                 '1706773f8c8ab8165248dd5b4f9c8fcaa8b303d922b00dd03eec262a3b68a8a5',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events/4a34a0cfa61d9dd673af480042400121/odds?apiKey=K&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h': '200 '
                                                                                                                                                                                                                 '1b64d07ecc4e8461b2b4763efe6141e22605980aed6180786cb00190147d44d7',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events/54b0e4a34c5e47af7505270042400405/odds?apiKey=K&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h': '200 '
                                                                                                                                                                                                                 '002ab8465c93857c0c7a9222f0f7cd972e03e20d3fb8539669e170bf3e8e536d',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events/6871f7276f6b97846624cc0042400101/odds?apiKey=K&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h': '200 '
                                                                                                                                                                                                                 '456b78b0afc290631893368da80ea36e73d8ed5df27ad962f3cb5ba115074d35',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events/86f0f0c511ff1c69efdc7b0052400101/odds?apiKey=K&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h': '200 '
                                                                                                                                                                                                                 'f591e7542ae921dc2890938d58156109a7ae943deb72f6f399dbe27d374b4c1a',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events/95e9429afd0822e17aa6630022400570/odds?apiKey=K&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h': '200 '
                                                                                                                                                                                                                 'e633001a36f61bb515414dd520b60322ea9ac01d3564106b2f18ccef5d8471a2',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events/c1a100a2056aa62583c1c10022400569/odds?apiKey=K&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h': '200 '
                                                                                                                                                                                                                 '8a92be017bac43962c0a7d9bcd52813fb0d7917354942abbf555ff95cf64a78e',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events/ffded49b772c3673dd186c0052400131/odds?apiKey=K&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h': '200 '
                                                                                                                                                                                                                 '0f1cd3c23dd9a4e2cdc1501da7d96f75cebe8507e27803740cfc359394a2ecf1',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events?apiKey=K': '200 4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events?apiKey=K&commenceTimeFrom=2025-01-08T00:00:00Z&commenceTimeTo=2025-01-10T00:00:00Z': '200 '
                                                                                                                                                    'e01112110ec0e856ce1f221ddad7c9629c89ff30b4cfb3c30ec3e50f29f6d4b2',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400001.json': '200 93cfb4f192dfaf7c9ecc26a511efb320b115d6a6f3dc320650fcae1017d1bd17',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400002.json': '200 b8951bbdcbfb9b682255172a2078a44b7da536b809133aca3755c99556915f91',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400003.json': '200 a6be0757aa3abf1800897fa54e276ea73db10f890bd891f73d7de4d6c61591bb',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400004.json': '200 c8eed3504752e03941f4c3b50bbf1157ebc069d19307a37629c82df2b167bbd0',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400569.json': '200 be06c399c9b2587985ec68350c041464cde60db4b1f7072a64ac69e3a4b30244',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400570.json': '200 e29ccf53b76bb980f6d978480e1bf95530d34e765d3529cd77bd9d9be2bde03c',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400834.json': '200 b73578fc772c6a657d49b71908e3b857f35f12c5f04bbdeba7b654aac7654886',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400835.json': '200 084d40654024eef7a89ebe5de57d43500236d1293f490c9a3c39968a67a8627a',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400836.json': '200 8d5571ad5703a0b140346025223fedfb6dca01742417f98054cbba52989b48d8',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400837.json': '200 61f5e65e042fb1c9512d90d1be829ed3f7b37560dbc9c33b4b6ed867bea80cea',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022401013.json': '200 b72bd5ce4db5f9bd38f36fafe6a176c8d2845f66efba6443c53dcb340af529f9',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022401014.json': '200 8421e0243d36cd72301ecc5bb303b20ad331756b75751d66fd0716d4b3c56007',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022401015.json': '200 c4135631d7648d8cb2a9a5eabb22f33ed4ee80ea1aedc4578e87ab9d6ded76ae',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022401016.json': '200 a6e648836a1be26f834ea62404a69b6003acfba75fb1d398e0385aec7bda8e17',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022401227.json': '200 082a7e2f04b6389fbe3685569fdfb8b69893192948968c9b11e98c4577d9a179',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022401228.json': '200 5a2b3d9b758fe3737cb092201b3dae9aee98c67ed5e2c4e5d53ed0451c5f1a74',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022401229.json': '200 b2b6bf9803c54a6f7a512672fa222cc2e09b5841d086be74ffe2392c9395b30c',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022401230.json': '200 6a62954f0c3de9e0e87de9033ba9ae8ddae079811b67f6f183ce1fa8b8c0221f',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0042400101.json': '200 b6e1680fd7a4eb7676684981453f2ff4b956e621ec601318d4ad656d12b33f0f',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0042400121.json': '200 b95415e5894afd7016633f1e6f6c2beb512544e918e1bede11d1e94243a44899',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0042400141.json': '200 2851a0e62baa72a6c8dfc4bea9631d70a95a63baa0e16363948c9f8f8d7d96c4',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0042400161.json': '200 89f65dd38c0b5f1075cd8c6cd794d1b3a31c87f0a22b801dadfa766733281c33',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0042400202.json': '200 3038ed48df316846ada2812e51a50fc0e41cd22fa57a9aaff3679a6433dcef38',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0042400222.json': '200 3b04af5aa88fe78b27ba53820d4553c938c2ec7406a8e12ae0a6b6b9d966226c',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0042400301.json': '200 9294a9e9e712ca06643244592c339d3b45cbf9a92ff333af53b059e8f121e06a',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0042400405.json': '200 3b2b628263509a31fe97d68253869593e42159c3b669f7ba386f7f17f35c26c8',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0052400101.json': '200 178a4db43e651bcce2843fe4625cc71b84068316a3f75b260b5151cd18dd4469',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0052400131.json': '200 d6207839a12449d290970170a34d2679085819fcb70639fb29be6e653da526c2',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0052400201.json': '200 e9fb76e4d312e509367483bce86f6a090b2054eced5d19c47f10331c6dc8f172',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0052400211.json': '200 eed32810fd90225d88ee9bcc9ea1bc0edfe515af1d111a6d82d91bb74b6699b1',
 'https://official.nba.com/wp-json/api/v1/get-game-officials?&date=2024-10-10': '200 3f05e43ab28aff9bfb0912cd1ae9e59a45651e714cc9c4141bc221aaef82ae3f',
 'https://official.nba.com/wp-json/api/v1/get-game-officials?&date=2024-10-22': '200 67fa69d961e5e9230d69afacf376e52df0678aa6756c25bafd32f3a586f6a17a',
 'https://official.nba.com/wp-json/api/v1/get-game-officials?&date=2025-01-08': '200 d9c4f583506a1900f7522934110bc1f4cb483489da2afd484bf215dca081d025',
 'https://official.nba.com/wp-json/api/v1/get-game-officials?&date=2025-02-14': '200 79ad7e4d9e5f1cfd9d276486c7225696b75c279886bc2bb6518cb87b59e4d8f1',
 'https://official.nba.com/wp-json/api/v1/get-game-officials?&date=2025-02-19': '200 e7d979e8f76ebe3e2bf4204bc25d4ea4fa4c99f423239bfe804bac47c01acb0a',
 'https://official.nba.com/wp-json/api/v1/get-game-officials?&date=2025-03-15': '200 a0a2b3813971cd5bcd979b3f5bbbcf250e1226b7210fda7af851222988f3e3b6',
 'https://official.nba.com/wp-json/api/v1/get-game-officials?&date=2025-04-12': '200 faa2a47b508a00a2a3e50861fe5c161dfdf52ce9a48748fd192b2d736285fca8',
 'https://official.nba.com/wp-json/api/v1/get-game-officials?&date=2025-04-15': '200 4a95add9231b64d3fd0faad728b3acfc0ff659b53bcff7f7b9503e030739df36',
 'https://official.nba.com/wp-json/api/v1/get-game-officials?&date=2025-04-18': '200 6b6cb550bb83a07b8c76859ddbea1b17fc72d4cf0a1adfcfc3e1a5c5a82d4d80',
 'https://official.nba.com/wp-json/api/v1/get-game-officials?&date=2025-04-19': '200 ad65bcc629439ca6b118052f6d24aef909603582a7c9ef5129ee6ff018a771a1',
 'https://official.nba.com/wp-json/api/v1/get-game-officials?&date=2025-05-06': '200 589f4e909fad8fcc743db770f5ed0fe3bddf1af8fc8b4b61287692ea9c6ae60b',
 'https://official.nba.com/wp-json/api/v1/get-game-officials?&date=2025-05-19': '200 45340d1858ee3e040af389424796b2240ff220bf9b8789be7ff72b0031d164b8',
 'https://official.nba.com/wp-json/api/v1/get-game-officials?&date=2025-06-18': '200 31aababfedfc3d991c220051f895837dd6753d5573416566932d75f6c4f3e5fe',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates=20241010': '200 ddad125a0bd34b1da50678dd700d241e7108e2afb1d7fe47d18c1cf7cc9c3fc4',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates=20241022': '200 212a2f500eb1cc8c1f343941e5a9b6b6f507bc3cbe81ddf9db3765a0f4fbc924',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates=20250108': '200 6e0bcb22b4b4cd305ee407e58add4b85b6bc440de77c1f686f36993698aa9d79',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates=20250214': '200 ddad125a0bd34b1da50678dd700d241e7108e2afb1d7fe47d18c1cf7cc9c3fc4',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates=20250219': '200 150fee0a514bf29e33419b3ed5bea34473cd26fe67d7b2faacec05caf0761be4',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates=20250315': '200 42d425186e6cf2ba4e37ba49e3270190936011e64ceffb68a2f6e4f881b65dc8',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates=20250412': '200 b2ab7698d962ea0d99d3cd9a78d4f4cf0bf53d91caac91e94744802382c5a418',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates=20250415': '200 b4dbdc9ca9e486f3f6559c8c6b934097fc05634f6ce5c6bd84c4e3fdfff7ab3d',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates=20250418': '200 d76e5f44440df5d992b65466cd20c155cee9e303d8016a6ab870155305c8a2f0',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates=20250419': '200 52e9523042cb408a7ce08acdf85116f6781c4bde9c2724963a4eca3cb8b1bd92',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates=20250506': '200 6e3b6c19f687c6b407da70835890b7b768ecf15e1725bf52b0bea3f12fde5f3f',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates=20250519': '200 0a0877ec3071e869cab6b18adf4c544118a93d2bee2313b2e782afa9dc2e76da',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates=20250618': '200 eed2f1cc4ed97b118107b51e00044284a62d5265c7d28cd5031e77492a20a8b7',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/10?enable=roster': '200 04088645fb997923d98997733e5faad101939854377148f15040856755cebf6a',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/14?enable=roster': '200 787dede54645ec80d6315200fdc9c1943108adef7422ba5f28713625160ecf9f',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/1?enable=roster': '200 95442d0012404e4cc4439cdf4f9508d736e9ef29a1fcbab3d5d54e1b37289a12',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/23?enable=roster': '200 91dabb6ab7704a02e46f9d349af6575e3cbbd026428663fa0f3be3da773ef5bf',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/25?enable=roster': '200 086d6270fb18df25d2db009c510d108c52efa4120d1628bebaf5cf79969b6f5a',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/5?enable=roster': '200 3b6630657806cbe93ec50a76a1e63e25f0679bd42ce53a543026dc0a34f29123',
 'https://stats.nba.com/js/data/playermovement/NBA_Player_Movement.json': '200 95c2750b439e9121b1b883dc0012c2834cdef68bf563b22faf2507158188edf7',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400001&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '00169a53ab3c30ad5a1b1bb8ca462d0d2ff6d202567d31b23cb656e4e56e92f0',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400002&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '28bd5a2c75732ef8272311af0c1bd7109b0189976b7ee82265f4bcbdbea98bce',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400003&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '5bd46949224fd99ea6d521c99e5d217ef086d8adbe87187bdaba2794f585ed8b',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400004&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'c85c8da08e1d3e8d25cf0a2b4794b0ec504c81a9bea6f9f879a510554c0b7a01',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400569&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'f4b547aa88b7f8e57bc1b1aa217edc65febc03a1fe88c7b9d36ab0bcf82030cc',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400570&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '7239f278d16e1dbbb45867fc4bb8dd5a0e1c6f4c52501e0690697fdac0c3865f',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400834&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'b86b34ce9e97544654523e6c5a8ce76b98c274bac4e076171a2fe38d7669dbbb',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400835&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'd88df6a159570902dc4a57503f520c0f35c6976da939f14d06c536640d0ee8c0',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400836&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '2d29175c4c793b53fe6e477b2b5fc3bfae8e94af085828d03f401e4406112bdd',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400837&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '8f9aca39e4b5ffc65d229ea3723c9dd6cf0eb0bc3ef75665801b0b1523fe834c',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022401013&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '82212f10b5b9ed2a52a64ad64a38b6bbd51e4b724ca6e1e75a2890af314e7494',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022401014&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '34248b5ced31c2b67faf95dc49faae97aef1ef304ea690a82ee3871adc609897',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022401015&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'e9f0929d32723364b075ff843416c28cd71d674c48099df07f6ff0fdaaea730a',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022401016&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '886c92a113b542a23f4e6fb112740f3e2b8a29e22a69def41430d8b66216c761',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022401227&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '26d8df0efe33d9a47bf4f528d641eedf87358abf7aeb68aab0fc2f8df156a34e',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022401228&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'b90e64b5f79e023d384818586ca710d1262fb985662c565fe148deee8b7fb4d8',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022401229&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'd8d504203a187a52d12b6b781ff34c721a9da0b85ac2925b5a7078e36f5bd3b1',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022401230&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '7ddce0cbcde694c1b983b2e63e4fa9afb06a4876d25fc10197c0926c58204eee',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022499999': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0042400101&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'b30facee07a599670a7f971f85f935a96382484632784029a825251ac73638d5',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0042400121&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '371f375b8afd376218e3403621813ec29e51cb18a4cbc5028117fb36870edf19',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0042400141&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '5e6d46862ff9c4336c8c0e1fe25e9a690322b4f3be5a7efee93859647a0cf30b',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0042400161&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'f4a631d80f793ca696cffe4e086a08fba059031f4e65e6220d2d9f2efd5c85ee',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0042400202&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '5531408c5d48645611461233313c86797a25ac2613db0d988e22f29a1a68cd35',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0042400222&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'e4ab6088073cf845967dbe9cfcdeb970440338da86818cbe8e4eb1d3cc444f6f',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0042400301&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '9ad0adab3fe52c54519ed1b6e629c31b436dee3020980ce62212318ad2ef6f0b',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0042400405&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '20250b12dbe94b8b9d21d0ed4b01e60d073af9ae0c0c77309f4f85de9988b1fe',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0052400101&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'bcb682c7817a1fb82569c3ff0b0843420ce0af366c706b038374ae4388ab7a4a',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0052400131&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'f818c113fe2934c93ef8ca7be6e9db683df81712db56d755ddfb4876e6e4e266',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0052400201&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '231ec6fdf86799e3e9623106c44685a2859e43363fc109fb2bd3bb3d14291d03',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0052400211&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'bfc3859440612dd5c36d51fc3b7b9d5058dc31688bad2174a460bc537894d482',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2024-10-10&DateTo=2024-10-10&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=PlayIn&Sorter=DATE': '200 '
                                                                                                                                                                                        'f7a33d3e7b638af1b71bcf11a9f7c4773b517cd54c0f7509b51344718f26a2f6',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2024-10-10&DateTo=2024-10-10&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Playoffs&Sorter=DATE': '200 '
                                                                                                                                                                                          'c5378c95b00a9d7c161cda5b57e8c6c5c368978639f933d16df4c899f9722ffa',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2024-10-10&DateTo=2024-10-10&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE': '200 '
                                                                                                                                                                                                  'f701ebc64cf4330ce02abaa4f023e97a111993f33a07b48d2ec4df5a88699ada',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2024-10-22&DateTo=2024-10-22&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=PlayIn&Sorter=DATE': '200 '
                                                                                                                                                                                        '6e22baf6b6d6efd08e9b0e5c394bddeada399b5af230175e2360a70a87e34b12',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2024-10-22&DateTo=2024-10-22&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Playoffs&Sorter=DATE': '200 '
                                                                                                                                                                                          'a2e859756c961062aa79a416039af84305ae546c68611cc988b5f76eabc903c4',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2024-10-22&DateTo=2024-10-22&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE': '200 '
                                                                                                                                                                                                  '6d99748e65f3c103a3f732ae1b1e5e7acf534fcf363941554ca121c4262b83f3',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-01-01&DateTo=2025-01-09&Direction=ASC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE': '200 '
                                                                                                                                                                                                 'a0646c3d773ba52e007bb8029ad1709814ecce382a8c4ad89b32da4b31fa7907',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-01-08&DateTo=2025-01-08&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=PlayIn&Sorter=DATE': '200 '
                                                                                                                                                                                        '850f6d498641fc1a5536899cbfb09c92fea4aed930b1c29654e699ddabb57329',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-01-08&DateTo=2025-01-08&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Playoffs&Sorter=DATE': '200 '
                                                                                                                                                                                          '8dc5da175defafacdddeba0b7b29c0aa3a0b4aefb3cc3f846ea41893ef081d3a',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-01-08&DateTo=2025-01-08&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE': '200 '
                                                                                                                                                                                                  '9d3240e86a1ca18dbef424f1cd78a4fe3118fa07d02c6733f247e710a6a0a94c',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-02-14&DateTo=2025-02-14&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=PlayIn&Sorter=DATE': '200 '
                                                                                                                                                                                        'b521aeac6ded2e4a7c5e11a68bb4a899916af1e655503e765da42c7f4a3b6c70',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-02-14&DateTo=2025-02-14&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Playoffs&Sorter=DATE': '200 '
                                                                                                                                                                                          '6419c6f53c71cfa67e02ebeaf44f258d782e58282fea1f4dc35ae96cd495a2ae',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-02-14&DateTo=2025-02-14&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE': '200 '
                                                                                                                                                                                                  '14f56219fca0b815f4b949896c5e465f5199a285d215338533875f7b7066ecda',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-02-19&DateTo=2025-02-19&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=PlayIn&Sorter=DATE': '200 '
                                                                                                                                                                                        '019157801d7f03a1c7f21c9fccaf93216f7ed5b9009e7ec6d539013147814355',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-02-19&DateTo=2025-02-19&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Playoffs&Sorter=DATE': '200 '
                                                                                                                                                                                          '2a645c688c2a980c203f1e5c6d4f38a74dcac494549bfb2c114c41e70f46fdd6',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-02-19&DateTo=2025-02-19&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE': '200 '
                                                                                                                                                                                                  '37c9acd0f53d4a228f368af405767eea4daaedde922dd437bbd47c34ccf85227',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-03-15&DateTo=2025-03-15&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=PlayIn&Sorter=DATE': '200 '
                                                                                                                                                                                        '5b4842ba761211e5aaca5732026e4478df9358abffbda44b3f28de34f68dd249',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-03-15&DateTo=2025-03-15&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Playoffs&Sorter=DATE': '200 '
                                                                                                                                                                                          '74cffd79e24363bc849774a52820e5c5fe5d69185976593986fe198e51fe0290',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-03-15&DateTo=2025-03-15&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE': '200 '
                                                                                                                                                                                                  '6c36f4b1ec5b18b2e48fad332df32491725cebf7e10af72a4a20ae8a8b03af26',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-04-12&DateTo=2025-04-12&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=PlayIn&Sorter=DATE': '200 '
                                                                                                                                                                                        '9ed23faee6e150dbf62ebe87820085069bbd03f14c41a5a2fa20eead808448a3',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-04-12&DateTo=2025-04-12&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Playoffs&Sorter=DATE': '200 '
                                                                                                                                                                                          '3ffd331f0d2a382e3bbf8fb15e11cf8e7464779568dc95190bc505cc271deb63',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-04-12&DateTo=2025-04-12&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE': '200 '
                                                                                                                                                                                                  '4dd1ab0a729aaff1eb3646f914593a9371cc1e7a04f9f49284d83d9a60b113dc',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-04-15&DateTo=2025-04-15&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=PlayIn&Sorter=DATE': '200 '
                                                                                                                                                                                        '5a65ddbc031f41a7de7e0e13c6a62a580e222cda0dc522739a737f691b8342c7',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-04-15&DateTo=2025-04-15&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Playoffs&Sorter=DATE': '200 '
                                                                                                                                                                                          '83b9d1bdf976c091593dbda11e4c16a69fa38d311edc40d2a6587aa748d853fd',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-04-15&DateTo=2025-04-15&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE': '200 '
                                                                                                                                                                                                  '7803e803d783f90f1f115fd877c33ac8f0917a2395a0f08afa7817184f22a80b',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-04-18&DateTo=2025-04-18&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=PlayIn&Sorter=DATE': '200 '
                                                                                                                                                                                        'ec1e51bdbf8b337d0827d992dfaa86cf6221e4c92b4817bb17f59adf4083d5b2',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-04-18&DateTo=2025-04-18&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Playoffs&Sorter=DATE': '200 '
                                                                                                                                                                                          '8ef81e31e2df483e671bad5fe1d3c24cb5995c1ca5e61a55d870413880868aa4',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-04-18&DateTo=2025-04-18&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE': '200 '
                                                                                                                                                                                                  'f9c10821540f9875c002202b6ea2430fc286ef759c73790d3b5a3eac954c1c31',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-04-19&DateTo=2025-04-19&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=PlayIn&Sorter=DATE': '200 '
                                                                                                                                                                                        '36afb6c858bf30d7ff731d9c50f699a4188670eefc4ac9bac17a20d297985315',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-04-19&DateTo=2025-04-19&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Playoffs&Sorter=DATE': '200 '
                                                                                                                                                                                          '267bb6f573aa8b60bb9874b068db437e1df1614e309220daecdbcc2b18c9dbfe',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-04-19&DateTo=2025-04-19&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE': '200 '
                                                                                                                                                                                                  '665213d24ce8c3aae2e67eabf01cd34d781fef3e0883fd9f82fe661d4bdbfd8e',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-05-06&DateTo=2025-05-06&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=PlayIn&Sorter=DATE': '200 '
                                                                                                                                                                                        '2f63f0201c44793f906ec4080c72e4b32eb4f1cdf5b7b66a88682b9ae3a3064d',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-05-06&DateTo=2025-05-06&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Playoffs&Sorter=DATE': '200 '
                                                                                                                                                                                          'ec0a48175096f17249d7dd7b255f5fed312d23f1944672c1df043620a34a568d',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-05-06&DateTo=2025-05-06&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE': '200 '
                                                                                                                                                                                                  '33bbdd263a4cf5322091197f00a572c3fac81c68090beb337529ff2958cb28fd',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-05-19&DateTo=2025-05-19&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=PlayIn&Sorter=DATE': '200 '
                                                                                                                                                                                        '4dd0b55c8bec9c199b5d499b00ff04ce89696038c44b6b6af5887ec9d5fe51ed',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-05-19&DateTo=2025-05-19&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Playoffs&Sorter=DATE': '200 '
                                                                                                                                                                                          '252a56b014c30819b104433b12a39b916dcbb53def7cded4369cdfddf0d0d79e',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-05-19&DateTo=2025-05-19&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE': '200 '
                                                                                                                                                                                                  '94eb5ce1d28d9bb8af5a212bb0099a8d92826ccb682f6d1a4686fff636a12d75',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-06-18&DateTo=2025-06-18&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=PlayIn&Sorter=DATE': '200 '
                                                                                                                                                                                        '4ca0a476312620a5a8f326076dcea60cb4271a01291fee8957224e1ed8445170',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-06-18&DateTo=2025-06-18&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Playoffs&Sorter=DATE': '200 '
                                                                                                                                                                                          '65e8671b6fb02b430dff0a5f73636fa1bb45392bc3d96aea2aad6189823002b9',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-06-18&DateTo=2025-06-18&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE': '200 '
                                                                                                                                                                                                  'a5e1ff3d2f29c7b73986431a05e8f41bc58be84f7ffa6994bdc9358965c24286',
 'https://stats.nba.com/stats/nope': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://stats.nba.com/stats/playerindex?LeagueID=00&Season=2023-24&Historical=0': '200 0dc3897d73eb5f43787c07cda86f9715f430d3df443fd59b1f38cd1ace1f0b62',
 'https://stats.nba.com/stats/playerindex?LeagueID=00&Season=2024-25&Historical=0': '200 6d3e9454905d003e634842158bc891c7aab91e17fb4f7600bd0820cba1101647',
 'https://stats.nba.com/stats/scheduleleaguev2?LeagueID=00&Season=2024-25': '200 0921df90d719bbcbfb6a35b9d95b9c060d4719417e985beee1dfbe555e8cce1b',
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2024-10-10&LeagueID=00&DayOffset=0': '200 3edce5a9f84a0817ed791a85b0ddceecc28e966e14f490838cbd35c69f420bd5',
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2024-10-22&LeagueID=00&DayOffset=0': '200 8cd0902ce6ff551312d54c1d9f99885decc533b7697b1ab6ca7824107e43c14f',
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2025-01-08&LeagueID=00&DayOffset=0': '200 76bb346dd99e17b1fe3973a6777260fcb9e1275d25b4a3da6ec7ebc953a9b9ed',
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2025-02-14&LeagueID=00&DayOffset=0': '200 cf27ff870151613b1eaec335f78300e7aa15936d9d2a4a24c2f1162ec9532c66',
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2025-02-19&LeagueID=00&DayOffset=0': '200 030e502dac4ee49140d9ba03b76bf2897a9585c85ad1f4c1bb63b7746d159b50',
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2025-03-15&LeagueID=00&DayOffset=0': '200 94d8ab2d4032132900dc70a2a0dedffefc631957f71a87eb6f29286f72168141',
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2025-04-12&LeagueID=00&DayOffset=0': '200 b615ef24bb1c5542766296219341c510ad3375ae6458cb52fff712211d9c2479',
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2025-04-15&LeagueID=00&DayOffset=0': '200 e243f1bcbb260dd7b961d87ff83d2c93f8c2960d0af7a661149c4f51f4f578ef',
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2025-04-18&LeagueID=00&DayOffset=0': '200 e4978c912afb13dc16c5f5e5ca14bc8aa6ef129c8edb21b505124cccf2c28b8b',
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2025-04-19&LeagueID=00&DayOffset=0': '200 1d450c8db9d4cb99fab06ae2a484bac6406285520ca44cae80e132c25d1041e5',
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2025-05-06&LeagueID=00&DayOffset=0': '200 c9fd9d971ca97897de76cbf4b79916fc23310be3daf4762f5acbf3292c5961d3',
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2025-05-19&LeagueID=00&DayOffset=0': '200 b9dfec40c7cea84ba079d2dd548495653ae789817a2bc3f440dfc5d078a24001',
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2025-06-18&LeagueID=00&DayOffset=0': '200 4c29a2ff0784c696da04e1d470e68a6efed53583aef01488d53c7ee1956cc31b',
 'https://statsdmz.nba.com/pdfs/20241022/20241022_ATLPHX_book.pdf': '200 a7ca98757a1b4474223ad4a2f76981086e4c474a73ab0784828e9b3f06a200ac',
 'https://statsdmz.nba.com/pdfs/20241022/20241022_LACMIA_book.pdf': '200 68a344589963797f421f822303424a5d4468aec06a4e3cd91acc502b93fd1914',
 'https://statsdmz.nba.com/pdfs/20241022/20241022_MILPHI_book.pdf': '200 999550cc932415198d972ab4ea179235e0575c3ddc4857145933329597d996d8',
 'https://statsdmz.nba.com/pdfs/20241022/20241022_ORLLAL_book.pdf': '200 29bffa7d4ac6e665839bbcf3df76ef330f086cb3f2a87e062febd478d5335c7e',
 'https://statsdmz.nba.com/pdfs/20250108/20250108_DALOKC_book.pdf': '200 07baacef563b47597d87965b2bbace148d9813cc666e481e15351ac96953dad4',
 'https://statsdmz.nba.com/pdfs/20250108/20250108_NOPPHX_book.pdf': '200 1504af38c69f6ea20a9a00ac462b5120909354275ef1fa40aecd47f9983bf596',
 'https://statsdmz.nba.com/pdfs/20250219/20250219_LACMEM_book.pdf': '200 71040febad77509ec2008e9f816a1cfae0b3d97b8ea89238134d32a506adb2be',
 'https://statsdmz.nba.com/pdfs/20250219/20250219_MINCHA_book.pdf': '200 e353d0fb6c1ec9da791c409206008827017f541f6d536eb6f683e35841a4e957',
 'https://statsdmz.nba.com/pdfs/20250219/20250219_NOPWAS_book.pdf': '200 945ba5708bf5ca98a82093c2c484943d1ea8f93da0160566cbcbe32474ee410b',
 'https://statsdmz.nba.com/pdfs/20250219/20250219_ORLDAL_book.pdf': '200 a53409ce0636027b656f80b5ee65abec95e4986ba8fd2927c9c1329db3d2efd1',
 'https://statsdmz.nba.com/pdfs/20250315/20250315_DENLAL_book.pdf': '200 596ca3397a283aadf9c7523005dc2dfee75c4ca52979fec371d21d550d786b69',
 'https://statsdmz.nba.com/pdfs/20250315/20250315_HOUBKN_book.pdf': '200 aa56f29719b94a13202c336dbf25b3357ead4754fae65dd9e1eed3a37aee7b10',
 'https://statsdmz.nba.com/pdfs/20250315/20250315_MININD_book.pdf': '200 bf9f0241be623b0bb06bdb8321fa39c38d9dc89441d7076873cbe9aba5f1358d',
 'https://statsdmz.nba.com/pdfs/20250315/20250315_PHICLE_book.pdf': '200 d9aa119bbe6fabbba57dcd6af01ab812cdc1339f0d9586f5c0b7f50575238d5c',
 'https://statsdmz.nba.com/pdfs/20250412/20250412_ATLCHA_book.pdf': '200 5099aff2fa83b3143fb714e7a476eb62f68bcee226a2c4e2484a342e8f13fd6b',
 'https://statsdmz.nba.com/pdfs/20250412/20250412_BOSPHI_book.pdf': '200 3f27fd44215b5f336a0722d96b19082add4367b0b493e06606383745f74cea36',
 'https://statsdmz.nba.com/pdfs/20250412/20250412_CLEDEN_book.pdf': '200 396cc46563328382a77e2732cd43f73ebd30fe42d2be87515653e3fd76b2e946',
 'https://statsdmz.nba.com/pdfs/20250412/20250412_SASNOP_book.pdf': '200 761e57a2ca94df4b92c1de4167751a9a28b5d1a4b1b709e4928134ac7d0ac73c',
 'https://statsdmz.nba.com/pdfs/20250415/20250415_ATLPHI_book.pdf': '200 a82aa040c5ee59ba29f0995937cebf657a9d091e204b45bbd64385d27271236c',
 'https://statsdmz.nba.com/pdfs/20250415/20250415_PHXLAC_book.pdf': '200 687e06797e9d9624ae084dbb21887ae25d32e9964a1151ebc04c3fa1e0874126',
 'https://statsdmz.nba.com/pdfs/20250418/20250418_INDATL_book.pdf': '200 488f1322417b315fdf8422ddaf50fb246e7b40db15d4a509f826922781badf2b',
 'https://statsdmz.nba.com/pdfs/20250418/20250418_PHXOKC_book.pdf': '200 75637a294f37c309996dc15e8245c334ae3f359e3b40d7277bb7f37ca931e49a',
 'https://statsdmz.nba.com/pdfs/20250419/20250419_CHAWAS_book.pdf': '200 3047b3bbf4654fab6c841ee18bb780f99ce6836ff8e247772efbc4a14fe3bd60',
 'https://statsdmz.nba.com/pdfs/20250419/20250419_INDMIL_book.pdf': '200 aca1372b58470e4771652d74a3a2d96e185f7016735f0401369541f9b00a3c98',
 'https://statsdmz.nba.com/pdfs/20250419/20250419_LALMEM_book.pdf': '200 4b00fff4413f97864fc8e3e5addd08b4648e564c064a8d99abef769b043ebf8a',
 'https://statsdmz.nba.com/pdfs/20250419/20250419_OKCGSW_book.pdf': '200 0f2477af707107a9e7d077c16103a6f4c0e7633bda8502ed358dd41cdd6e9d34',
 'https://statsdmz.nba.com/pdfs/20250506/20250506_INDTOR_book.pdf': '200 86545c5accaf0c64f2acabe4b598859f400bbee78d33081f190c66260fc8c1dc',
 'https://statsdmz.nba.com/pdfs/20250506/20250506_SASGSW_book.pdf': '200 6c3b0530892d6eb1f0984f826fc6146aa2095a99a1b2398f20b9abf93531f878',
 'https://statsdmz.nba.com/pdfs/20250519/20250519_INDCHI_book.pdf': '200 820814ddef3e4260c904af4ebaf8d95aec92a2c869c02dd9ca7d3deb2de234a0',
 'https://statsdmz.nba.com/pdfs/20250618/20250618_CHIGSW_book.pdf': '200 4b24e3de5bdfe0d64809d9ddb97de0b4b947bf3417be6e058647f523710b4298',
 'https://www.basketball-reference.com/teams/ATL/2024.html': '200 f49918d5a3748bb1bf942e10b0cb21c2784cbe57a9b4653d6e931e5ebeafc9e1',
 'https://www.basketball-reference.com/teams/ATL/2025.html': '200 19b5672823fbeda2185359261e55022dc7888648b4b22e00d9c89e949e40b7a5',
 'https://www.basketball-reference.com/teams/DEN/2024.html': '200 dff3724076f2de4f70316ab0cc30e8ea5d765ca2822efbcaa9cfdb2ef2973efb',
 'https://www.basketball-reference.com/teams/DEN/2025.html': '200 0dc00af20c5b3f3f0617ec395bdede6c1ba142fe83f4cded8e96e4ada0e901cb',
 'https://www.basketball-reference.com/teams/MEM/2024.html': '200 5dc554814cc86f56a8da9d7a3da774f65250768df025cefabf8db0f4663e37c0',
 'https://www.basketball-reference.com/teams/MEM/2025.html': '200 dd32389c82bf9a1bcd6521af6358559677c0d8c25e40a05b0198104885ef717c',
 'https://www.basketball-reference.com/teams/ORL/2024.html': '200 bda02cefbe83b634988a29d7ed18e69acabecc7b3a2032df1deb1af1ada9ea59',
 'https://www.basketball-reference.com/teams/ORL/2025.html': '200 7787074fd0b63c5ed6e81e6e56484f4a4617e18a4d97ae948ca2363c1f41c454',
 'https://www.basketball-reference.com/teams/UTA/2024.html': '200 1dfb7583bafb9014aa9261f29beb3a8f43273612bd63440e9037574f8fb32a1d',
 'https://www.basketball-reference.com/teams/UTA/2025.html': '200 644a8f4dedcc6006f0555494c6d4b1a528aaa2b8e79af1e37a3b35bd80892ed1',
 'https://www.espn.com/nba/boxscore/_/gameId/424200001': '200 060c11cec253e387d0af5f0145b1410d4b5ae86ae9c7fa64651d1514320e4124',
 'https://www.espn.com/nba/boxscore/_/gameId/424200002': '200 75fdd85c2e1c75b2ef016903f522431511b7ff77e4d3f3ca354d7ad0cef5fa97',
 'https://www.espn.com/nba/boxscore/_/gameId/424200003': '200 840fa886250c648e3703997127eb399b405e35e4efb5d8fc313b31cd0b5cdde5',
 'https://www.espn.com/nba/boxscore/_/gameId/424200004': '200 2aaeba88b7af4fcc9b2ec32de1ef063dd88eabb52dfcc85f1e4ec3cb6bef0cd5',
 'https://www.espn.com/nba/boxscore/_/gameId/424200569': '200 ab14118b12105cb7fd943b48272e9fab42a9e93522b56f120f8c20c19ee48e7c',
 'https://www.espn.com/nba/boxscore/_/gameId/424200570': '200 25676e0a0abaf50847e60dee6867a1519e145b344d1f4cad3c0f67e418552a64',
 'https://www.espn.com/nba/boxscore/_/gameId/424200834': '200 bd9e00598a5f86dbd62f49741ebc943a470721bc3430205db7f39ea2c0679d0f',
 'https://www.espn.com/nba/boxscore/_/gameId/424200835': '200 ac362038dcad6b7a74391fb46ed4ca21ee520c4b525a6b8e1f046d966dfb549a',
 'https://www.espn.com/nba/boxscore/_/gameId/424200836': '200 7d5595aa718f2ca9a703d3fcec4505fadc65b29451174c7f3218a890e3340ae5',
 'https://www.espn.com/nba/boxscore/_/gameId/424200837': '200 01cf3a7e0d283f6f1b9b2aafb781c0c9cb6f9d821df1628e09845db65a1ede46',
 'https://www.espn.com/nba/boxscore/_/gameId/424201013': '200 4f8a973b49d9056c68bae03ba8456efec558d5b4b360092b7dfe7a5f25a3830e',
 'https://www.espn.com/nba/boxscore/_/gameId/424201014': '200 d5d638040926b453d37e40193e36e7c926ed26fbf83708e6255f9a862be91bc1',
 'https://www.espn.com/nba/boxscore/_/gameId/424201015': '200 7e50a6c0a9fa3ce51562b107487013c5a9c48726abfd8a97a99f170c3f85a560',
 'https://www.espn.com/nba/boxscore/_/gameId/424201016': '200 70b9b88a07fa878ff7358e059ad8094292a7cc2a52a24a962d25347fa04b77d4',
 'https://www.espn.com/nba/boxscore/_/gameId/424201227': '200 9c19c28e45ccccf8aeefe8d94642e00fb480fdc720aa81fbb010e37adfc6008c',
 'https://www.espn.com/nba/boxscore/_/gameId/424201228': '200 382a3ed8dacef9d52e92ca31dab097f959cffd3457abb7495b3ade07db758c32',
 'https://www.espn.com/nba/boxscore/_/gameId/424201229': '200 f6502ceb41b3e20dbcf758a9d6840c918a48027cecfb7d70ed4f43367c7acdf2',
 'https://www.espn.com/nba/boxscore/_/gameId/424201230': '200 aac1aa33764a836675741fee9cf5d13286d2ad4655e0e2ddca0227aa667c715c',
 'https://www.espn.com/nba/boxscore/_/gameId/424400101': '200 37d2a291ed8dac4b4363e1bd075b2f86d8f4ff30738f9352a758ae6f9c0b65ea',
 'https://www.espn.com/nba/boxscore/_/gameId/424400121': '200 bc4b24548c53e941101ed1d62cccbe6f7124991b4a5d68496d1b03c0df312196',
 'https://www.espn.com/nba/boxscore/_/gameId/424400141': '200 75b42a5a4461b9f29efbef19539e66dfd5cd13ee201022b0b494349f8ce9eb88',
 'https://www.espn.com/nba/boxscore/_/gameId/424400161': '200 d7085ca63a0b27fc211bf003649008f5d9d7eb87011c71987dfe5ab23634b94d',
 'https://www.espn.com/nba/boxscore/_/gameId/424400202': '200 1f6ab637833310ad9b1f9793d205f930b28e75376fc234bb779ca917f9080976',
 'https://www.espn.com/nba/boxscore/_/gameId/424400222': '200 26b88ece58624ee1838d5e428ea6ce0b3c4f4dc5e3bc00cec34f275216f48e5f',
 'https://www.espn.com/nba/boxscore/_/gameId/424400301': '200 704c4f15ba4e0211b1fa837fba5347d68ba3a13f210285a7baca0bcfbff07cc2',
 'https://www.espn.com/nba/boxscore/_/gameId/424400405': '200 4e6834e81c58812f000115e63af82d22705383a84a510ee652e73e8feb1cf7d8',
 'https://www.espn.com/nba/boxscore/_/gameId/424500101': '200 ec797577889b82e21daad8d4a3a9c2bb82a86d99099967d8bfbb6cd189c72f54',
 'https://www.espn.com/nba/boxscore/_/gameId/424500131': '200 42143b2b8ff83d3d39d4616c9de541c08aa91afcc46996627102dd3df6da5a89',
 'https://www.espn.com/nba/boxscore/_/gameId/424500201': '200 c0cfba20bbeb40ee1826531659ee14632e84b78b26d3f859a2987c067cf3fef0',
 'https://www.espn.com/nba/boxscore/_/gameId/424500211': '200 2d86f157e38b17f440f626b17ad9a7b03f37c1c6fc294e363b24dde4a8af44c4',
 'https://www.googleapis.com/drive/v3/files/10feba16e0756c72a5829fc0022400001?alt=media': '200 a88a471fa84c3c73c62d1c051ed30b95998927731a9a41414ac0c3fd29d3af51',
 'https://www.googleapis.com/drive/v3/files/11680252b276c22657d77040022401230?alt=media': '200 1f8a7eddb6b80212055abb4b00d3c13bd6e38e6c10189b2ca1b04555f0f9afb7',
 'https://www.googleapis.com/drive/v3/files/11c5c9f4af37700ad134d790052400201?alt=media': '200 faf3cf7d9475a426c990f58d736ae6182ab015ddf8cb09fe7b804397867948e6',
 'https://www.googleapis.com/drive/v3/files/11e7d036398b6db56d7cefd0022401229?alt=media': '200 cabb70ebb9d8dae1afd36bcbe972ae7ae978527882c72ad909aeba0e4dcbf92b',
 'https://www.googleapis.com/drive/v3/files/12134b701bdb716514ad6380022401015?alt=media': '200 31f7d025950dbca5e9ffbad3b8eb11e9e3f91b6cb512b7a73736af557aefcc33',
 'https://www.googleapis.com/drive/v3/files/129878cec2b4f390bc3d36e0042400101': '200 f31ade38d9a219d5f73cb5bf7ee235e7c0981fbe0bac1b6a340fdf2956659a6c',
 'https://www.googleapis.com/drive/v3/files/129878cec2b4f390bc3d36e0042400101?alt=media': '200 28aa2cc4deff43cd574150a5be9899dd670f129696fa3a7245c2092da121fcb7',
 'https://www.googleapis.com/drive/v3/files/13021d21870544805a3b0e20022400004?alt=media': '200 462393658a018cfcd685cb68b48af7f938bd7132cf96bc5f55a33429388d87ea',
 'https://www.googleapis.com/drive/v3/files/13b5648cf2c5eb96b6a3f2b0042400405': '200 11b0e75489b3def78ad4477a02881995553363db81f531afedb7227864e77bcd',
 'https://www.googleapis.com/drive/v3/files/13b5648cf2c5eb96b6a3f2b0042400405?alt=media': '200 5be81a9ec28c340f7ceae66e580ac5da43afd342639d14403256e4e86c0f9cdb',
 'https://www.googleapis.com/drive/v3/files/13d95464ec23aa6b9f966280022400836?alt=media': '200 5b318292ad4e3fa27667636952e7cfe7f2ce86d77ff61821481b4914ae173758',
 'https://www.googleapis.com/drive/v3/files/13eaf0334ff3633b072895a0022400835?alt=media': '200 26fb4bb5c4c8f706e52a40859a090a2ac14720e92e71ed46e63eca48268d65ce',
 'https://www.googleapis.com/drive/v3/files/1486e3ed39d620151e959860022400837?alt=media': '200 9014ab136b94c8242ccf9303c1b6f122842130ce3b4cce86d281de3245e89640',
 'https://www.googleapis.com/drive/v3/files/14b94c79ce16d1cdd4e29ac0042400202?alt=media': '200 d0af379d94ef3ed43e0770a5d2cb6e977cb029b874318238addb9342d682a3f4',
 'https://www.googleapis.com/drive/v3/files/14ce4dbcfa4b27c7d8ec5fe0022400569': '200 28adcb82e2b8b1dd41162fbe8f35424a9d85d110a34471675edc0e00b7f302f2',
 'https://www.googleapis.com/drive/v3/files/14ce4dbcfa4b27c7d8ec5fe0022400569?alt=media': '200 24e7ccdc425e7c92eb3a0958e335fc2efff42b10d2c4ad6cd1ce7360063c2c1f',
 'https://www.googleapis.com/drive/v3/files/154318d78e2ad9980cb17890022401228?alt=media': '200 7ba77f53f2a8a61a595e9e17322305dd7477c72a222af0dd89c7a083edb49f7b',
 'https://www.googleapis.com/drive/v3/files/15559ecc21293da2cc9cbc90022400002?alt=media': '200 240e4692518c3ebbad235c81aee4c61a00dd286100035b6accdee0417bff4d8f',
 'https://www.googleapis.com/drive/v3/files/176302dfc938d48b2041ea00022400003?alt=media': '200 a2f7fcfa9a862b03b17eac665367f649290a42f9b65995c8f64f822b174dba30',
 'https://www.googleapis.com/drive/v3/files/1766a00c45058137bbaa28a0042400222?alt=media': '200 bc41e2e84f80d1ad17372398d73fddab3f3a5c8a2d4735069cf7d4278a5fda95',
 'https://www.googleapis.com/drive/v3/files/1778f14eba8e6179ac2946c0022400570': '200 52ec8ff6c6259d56f901ea02e06856c9aa9233492016c0b7bde5b06a2d5824c4',
 'https://www.googleapis.com/drive/v3/files/1778f14eba8e6179ac2946c0022400570?alt=media': '200 270a7c245dcaf1efd1bca1ed2c53c2c8fa2ff1377e7a6185f8f30bcd8f5668ab',
 'https://www.googleapis.com/drive/v3/files/17c9aa8ae615682845071350052400211?alt=media': '200 c64a7b7b17a2c64860f8857985928b1419c5d54ba3d724ba770ed002a74867da',
 'https://www.googleapis.com/drive/v3/files/188aaed2caa027c156d32140042400121': '200 6ae0324a166b55a5d47c2483733b5a24c2c89f7caac7aa3b1bb24e887c9c710c',
 'https://www.googleapis.com/drive/v3/files/188aaed2caa027c156d32140042400121?alt=media': '200 cbd447fc83551301739a5bc147a3bc36db2ab14f8c9b60e62162257ddf733466',
 'https://www.googleapis.com/drive/v3/files/1a9e3327e85294145a336de0022401227?alt=media': '200 98ddd91cc884f533f5d57c1b639d18e14c80e5dd6fa0cfd455b59746285fbabe',
 'https://www.googleapis.com/drive/v3/files/1aced8fd92c4c0ea648ce540022401016?alt=media': '200 1af1b9d571a1a82e8867d5914d422c61f00ad641c16a5dce9ac0d9435a4f3e5e',
 'https://www.googleapis.com/drive/v3/files/1ae1f4a4b754716db5f91c10042400141': '200 6173a8dcf49354226a8011f257bfc6576f50d17d21c9364b3315cb953c333668',
 'https://www.googleapis.com/drive/v3/files/1ae1f4a4b754716db5f91c10042400141?alt=media': '200 3a02284f281f83dcf340ee9793cddd74d310d40820ece98cc023f01b41eb2639',
 'https://www.googleapis.com/drive/v3/files/1aef3cbc796af0f091454ca0022401014?alt=media': '200 1a3a73169a5b26cba598f5060ad666b956dabaf3bbf520ae51647aba4b383f60',
 'https://www.googleapis.com/drive/v3/files/1b19dfee52e4a1510f3b7e70022401013?alt=media': '200 0cd9497c2ce4f02af5ab770c0afb9fa01cefb905a51c5ae64423feb38ee5e509',
 'https://www.googleapis.com/drive/v3/files/1c2a498368b115636be35ed0052400131': '200 ffbfc24558e34c9d5bd991f6b67bef6fc6d439e46e1dd79ac6ab6c68a7f5e793',
 'https://www.googleapis.com/drive/v3/files/1c2a498368b115636be35ed0052400131?alt=media': '200 5beef83f931427156c6f970dfdbd2c30e4be7be537cf6dce28a14c2e7e2cbc84',
 'https://www.googleapis.com/drive/v3/files/1c3e3020d4087099d9c3dbb0022400834?alt=media': '200 466fa28f874078f734bfe2e60a1c9c2d9771e1381bb7ad0bd9aa797ee76e41c4',
 'https://www.googleapis.com/drive/v3/files/1d0e137e637b862582462480042400301?alt=media': '200 25f8d529dacf411f801087cf3d2169c490b41ca3a59d77830933ddf7c7f01e7a',
 'https://www.googleapis.com/drive/v3/files/1e1728577756841d843768e0052400101': '200 b82e50b4d79b989e9566478411bc48669ab7c9d37ee70b13575137f231b9139f',
 'https://www.googleapis.com/drive/v3/files/1e1728577756841d843768e0052400101?alt=media': '200 9588cee85357a4d09580230a38d67ac7ef010c0e6d867f085d5f066289b1e6bb',
 'https://www.googleapis.com/drive/v3/files/1e51c6e68fefeac261499060042400161?alt=media': '200 14cbc1ef8d2270ae019d2cf803173880a8d11ee5b48810b631b6b2a82d961586',
 'https://www.googleapis.com/drive/v3/files?q=name%20contains%20%27[2024-10-10]%27': '200 4cc9aafb3ef4dc0a2fbd46f55d4825499b81302620cbe125f49828cf35d730d2',
 'https://www.googleapis.com/drive/v3/files?q=name%20contains%20%27[2024-10-22]%27': '200 6127882a9f2e24cea26dc7a8685bfc771208a99dcaef42a6c58002ca17cbd643',
 'https://www.googleapis.com/drive/v3/files?q=name%20contains%20%27[2025-01-08]%27': '200 df3aeaed7f71368c2663b66197107f7abcebea3f3267e71e9a20f7aed2fb2934',
 'https://www.googleapis.com/drive/v3/files?q=name%20contains%20%27[2025-02-14]%27': '200 4cc9aafb3ef4dc0a2fbd46f55d4825499b81302620cbe125f49828cf35d730d2',
 'https://www.googleapis.com/drive/v3/files?q=name%20contains%20%27[2025-02-19]%27': '200 05464c275e7bdb1ec15ede5ac94d17588b7bdbe541519eb4024d8d54bec16117',
 'https://www.googleapis.com/drive/v3/files?q=name%20contains%20%27[2025-03-15]%27': '200 1bf45d6d530137ec8204eff4abbc1ed8a9ea865ac5369580ac9dd49cad11ee79',
 'https://www.googleapis.com/drive/v3/files?q=name%20contains%20%27[2025-04-12]%27': '200 19bdd115a9b7727e041ea7e38e9ec48cb3e5b95c182ec45bbbc0ca09507770aa',
 'https://www.googleapis.com/drive/v3/files?q=name%20contains%20%27[2025-04-15]%27': '200 29ca4581844571c530f801d37fa94c8fe8937239165099a11c8f639e08a42e55',
 'https://www.googleapis.com/drive/v3/files?q=name%20contains%20%27[2025-04-18]%27': '200 3e51d3dc2855bec5b1dacf0447fc128c9a8eb8e843b3ab166dea1e26dd25510f',
 'https://www.googleapis.com/drive/v3/files?q=name%20contains%20%27[2025-04-19]%27': '200 11353eb34b08599ba7f73a39a4f45eed1ec7f7470159c468e2e7878346e8a363',
 'https://www.googleapis.com/drive/v3/files?q=name%20contains%20%27[2025-05-06]%27': '200 3faba88eceb47a4130dabf06a3607cf9620b646b0c39481fcf8c685246e4b963',
 'https://www.googleapis.com/drive/v3/files?q=name%20contains%20%27[2025-05-19]%27': '200 7082936914d186898a1d545779593d747cbe6ac1286b0d1aee5a46d05876a478',
 'https://www.googleapis.com/drive/v3/files?q=name%20contains%20%27[2025-06-18]%27': '200 091cfa1969544540b2b3f6e03a068da3d869942e815b730d83fceb4d8842210e'}
MID = {'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-01-07_05PM.pdf': '200 6526f189f96df5b8d6e2cb6b6eef2e8c2435498c99ea2fbcd1b575929b686340',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-01-07_11AM.pdf': '200 6e0b1d2b73efdfa0b392183643865178e59ddb277f3daa4c4fab91e4cf154ddb',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-01-08_05PM.pdf': '200 538c05219551dad657617c861b232f521279817aef3b8214948a2480a9f8e453',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-01-08_11AM.pdf': '200 48265be6b036a1c6b6b87c73befa0d9410260082391d23b7c355bc1afd9b591a',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-01-09_05PM.pdf': '200 ddfb031a742c2ca18ed20ef989fd4600774c97abd950554d5e443b0b3d72977e',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-01-09_11AM.pdf': '200 ea6d849ec6e3ddc233c5f739161ef76b66a06d149966985de759eb817d906fae',
 'https://api.balldontlie.io/v1/box_scores?date=2025-01-07': '200 f1785e83a62506300233346e647696686b06396eb180902885252787796609dd',
 'https://api.balldontlie.io/v1/box_scores?date=2025-01-08': '200 8fe32e407a1038ee38753b70e5374b3a46d6ae9d5f16cd5b73c53abaca8f5ed0',
 'https://api.balldontlie.io/v1/box_scores?date=2025-01-09': '200 8fe32e407a1038ee38753b70e5374b3a46d6ae9d5f16cd5b73c53abaca8f5ed0',
 'https://api.balldontlie.io/v1/player_injuries?per_page=25': '200 db70c07d553b3d1374ae3f7e0a8d6847bfda0aa9dad95fe042fafa2ee5d14b15',
 'https://api.balldontlie.io/v1/players/active?per_page=100': '200 411f7c622f715fa99cec54ed2abdfad43056b265e18be7ee47d245b49d53caf8',
 'https://api.balldontlie.io/v1/players/active?per_page=100&cursor=500': '200 4ced881f85577a3858aba7fb3d3878ffee0ee6ad16f4bac7982089bb00bd6860',
 'https://api.balldontlie.io/v1/standings?season=2023': '200 70914c2c8ec4ae5a35e1343281ccaa8ed66081858fa8526ba0f602425a18fcf7',
 'https://api.balldontlie.io/v1/standings?season=2024': '200 c7ddbf5066ddd17453279a29d5c6dea4db56a13bbe52a92ed07803ae8596d8c8',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-01-07': '200 9a482b14a2c486811cb91170aa08415dc5fc297169d858eb38f1181136b68ce4',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-01-08': '200 43358504faa8df88da19d9646a41115657b301f7c93de6248faf18f9413b6b69',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-01-09': '200 529ae1c480450ac53ef75cb895dabb0f58ce7ef86a075aa8fbdfd46ef2363230',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24200556&location=ALL&limit=10&page=2': '200 bec96d4aaae0bd4867dfc068fb995eea14255bf454f27d86d2c21b698d123769',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24200557&location=ALL&limit=10&page=2': '200 e838ba5d9fd1280457c5c82c1a950c26e3b2a4bfd8533296f1e7bdcb88ad4d66',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24200558&location=ALL&limit=10&page=2': '200 af56fc76b73f7ce2c03ed5b752c1cf1abe5398fd6e5c72c0408b8d83ff7cc395',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24200569&location=ALL&limit=10&page=2': '200 158654f31775ee39fffa64df52b4487b86351765460bcc03926d1ece00431479',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24200570&location=ALL&limit=10&page=2': '200 91d2bf0243cccaaf915aba972eff7f88c72b6f71a682c8970e26960570c1e3fa',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24200571&location=ALL&limit=10&page=2': '200 91a9a85e041e0f4bfddb424f088d5ea5ad32b4def31df32830cc7d171aeba047',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24200572&location=ALL&limit=10&page=2': '200 0ef44a04b753f4bea89cc9f87957180e1a9e8b40a1dd23c4a04b327946064f69',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24200573&location=ALL&limit=10&page=2': '200 606f93d350deecee1f04b0eb1492175d44f79a5eabf2a9c0e4dd0e1fc11682e5',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200556&location=ALL&limit=10&page=2': '200 20936826d5edb4d2b93be04622b60c68f43c5298d35d047135c366fff9d50d9a',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200556&location=ALL&limit=50&page=1': '200 2cea9056eca544fbed49cf892899226e856e9edec2ae10c3ea1c03c043eb3832',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200557&location=ALL&limit=10&page=2': '200 feff3a3be8418fb86a222e2d8ed602e899c0d93d48d306e5ae83faf5936298e8',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200557&location=ALL&limit=50&page=1': '200 669a0e237959e544c6808840ec44fe6cdcf880546dca4cf4c5e6e8943844c8de',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200558&location=ALL&limit=10&page=2': '200 b7cfb54bb948513404ff919df2696eb97fd1f4f5f1ae22958788818a576e3410',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200558&location=ALL&limit=50&page=1': '200 e11fc3c2c675c1d82d35e007dea8ef28afdd4030738af14d798869750e6b5127',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200559&location=ALL&limit=50&page=1': '200 56e24d6b249d4cac89bd581a3aa73c14694678c18ffb49022d6cdd56d6d6500e',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200569&location=ALL&limit=10&page=2': '200 512595fc6362df448576f3c049d8f755f3915b99519b051b541704eea7378c73',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200569&location=ALL&limit=50&page=1': '200 44330ec6492013344eb11a08615d8e642ac2645f5bc2d3da35154e15b38048c0',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200570&location=ALL&limit=10&page=2': '200 be562c90bdbd9fdf6102a13020d72a1ad7a37b17fe6927dbf810ecac1e5a5539',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200570&location=ALL&limit=50&page=1': '200 b577cbe7f6ce1bc0cb56107bbd366c56c4b75216da6ada6160301920db2074c4',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200571&location=ALL&limit=10&page=2': '200 cd24186948a962dfaa857163acf236bfc69bf86b42fe5f8052bc20624203a85d',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200571&location=ALL&limit=50&page=1': '200 f0fa87b5c8292d40fa47c7dfae8d1a04bbc73a3daa2b34b4fa8339ffd68a02f2',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200572&location=ALL&limit=10&page=2': '200 4f0cc2e7e59802154c453b7e72e4027eaddeb6f68f24585872a73b07bd8461bd',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200572&location=ALL&limit=50&page=1': '200 663011abef286727a6fcb558d138935b69652d4ce02bdab3de11969f14c36ebb',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200573&location=ALL&limit=10&page=2': '200 606f93d350deecee1f04b0eb1492175d44f79a5eabf2a9c0e4dd0e1fc11682e5',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200573&location=ALL&limit=50&page=1': '200 07279235825aeb4125eb02c5296b73ddacb289f40db8d76eacafca592178f8c7',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200574&location=ALL&limit=50&page=1': '200 07279235825aeb4125eb02c5296b73ddacb289f40db8d76eacafca592178f8c7',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24200556&location=ALL&limit=10&page=2': '200 4597224be8c8407fda361a9600e166b7256e83104b0fd4867662345fcce96f81',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24200557&location=ALL&limit=10&page=2': '200 6f907cf59e155b323c95db4eae3de09b3dae904ff0188f688a6954dd9faf449a',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24200558&location=ALL&limit=10&page=2': '200 cc4d2d72504808f64ab3322a9d2abcc0b15204957645aa17059751b32193f47f',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24200569&location=ALL&limit=10&page=2': '200 759d67330b1c395510a0e54b15575a89e1df382dd5806a5a48ecd18a6463bb0c',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24200570&location=ALL&limit=10&page=2': '200 716c0996fc53eb9e277e5f9881f2e62e9f444bab6f3c099568be767a73b5ef2b',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24200571&location=ALL&limit=10&page=2': '200 75f4a37a6bddcaeedd6bc2ac8651857dc69a2c1cf642ff771c080cafa428acb2',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24200572&location=ALL&limit=10&page=2': '200 e555a21028b75fd511b4b0cb9856bb333f93a6f4101a084ee31f5b925013d670',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24200573&location=ALL&limit=10&page=2': '200 606f93d350deecee1f04b0eb1492175d44f79a5eabf2a9c0e4dd0e1fc11682e5',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=162&event_id=24200556&location=ALL&limit=10&page=2': '200 606f93d350deecee1f04b0eb1492175d44f79a5eabf2a9c0e4dd0e1fc11682e5',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=162&event_id=24200557&location=ALL&limit=10&page=2': '200 606f93d350deecee1f04b0eb1492175d44f79a5eabf2a9c0e4dd0e1fc11682e5',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=162&event_id=24200558&location=ALL&limit=10&page=2': '200 6686b44e6f00f89b976c57887f16367d8b3447d38bb4fe99107a64a53953e73e',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=162&event_id=24200569&location=ALL&limit=10&page=2': '200 a1ae75145ba9368e015ae15085f97e7b807b0008d5a704b42630fbf3733b9778',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=162&event_id=24200570&location=ALL&limit=10&page=2': '200 606f93d350deecee1f04b0eb1492175d44f79a5eabf2a9c0e4dd0e1fc11682e5',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=162&event_id=24200571&location=ALL&limit=10&page=2': '200 c1f7f90314af746da60afb3dd3bf3f5e43fceb6aa6aff7a0f7f3fe3b978694b2',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=162&event_id=24200572&location=ALL&limit=10&page=2': '200 606f93d350deecee1f04b0eb1492175d44f79a5eabf2a9c0e4dd0e1fc11682e5',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=162&event_id=24200573&location=ALL&limit=10&page=2': '200 606f93d350deecee1f04b0eb1492175d44f79a5eabf2a9c0e4dd0e1fc11682e5',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/00a444595777ed0e073a860022400559/odds?apiKey=K&date=2025-01-07T23:30:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '4d5032d02f736ccd4cadea58e742a30c57f84b08444b8f11cd733c1abd1ea259',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/2a873f67dc92a1d229848f0022400572/odds?apiKey=K&date=2025-01-08T18:30:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'b966f548785406217060bbeea29ec72711a94732ecebcb90412dddda9ab87316',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/2a873f67dc92a1d229848f0022400572/odds?apiKey=K&date=2025-01-09T12:30:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '8187395a58b48b00d70d92b81f049c008e19fc0b9f95ae956a400e870d5f294c',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/2a873f67dc92a1d229848f0022400572/odds?apiKey=K&date=2025-01-09T22:30:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'c4199f1de7a71116de96e7ab5196cf839b51f4094778957fc325f9c14acb7dda',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/2a873f67dc92a1d229848f0022400572/odds?apiKey=K&date=2025-01-09T23:30:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '9f3f79f0a7db6560e2b1e2ff80405ac158f40855a3bea8d8b5184d42a17a8bb8',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/2c8420ba296e32d91d34ad0022400558/odds?apiKey=K&date=2025-01-06T18:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'f89b05c29f49ae1d7c7232bd5a87a209da4fccaa302b671b505b47910af81836',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/2c8420ba296e32d91d34ad0022400558/odds?apiKey=K&date=2025-01-07T12:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '9d1a004b2bf9e9e8bf96efbd2ed72df329be913fc1a0b83bf521d6d5c3a85df0',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/2c8420ba296e32d91d34ad0022400558/odds?apiKey=K&date=2025-01-07T22:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '117de78dfc7bed946425e785c271a4c818348bfe138586d8e2f11e4cf8a8885c',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/2c8420ba296e32d91d34ad0022400558/odds?apiKey=K&date=2025-01-07T23:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '0c75a0b7f8e395a5bbf164e69ee3520c3ccae771db375114cea341723b04f7d4',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/53cd4eefae4052782064fd0022400571/odds?apiKey=K&date=2025-01-08T18:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '076a2a48f764b719d830137354af048a5da6a975d4e4ea90c5107eb8ae4278fd',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/53cd4eefae4052782064fd0022400571/odds?apiKey=K&date=2025-01-09T12:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'bb5f66ecaac47f1595d044932598f5bf1c8d33f37b8e5d52db3c9edd2668be16',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/53cd4eefae4052782064fd0022400571/odds?apiKey=K&date=2025-01-09T22:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'cc67e38a94790f8c6288e2b22b16f7fd30972bde4de236d82566b046f70b055b',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/53cd4eefae4052782064fd0022400571/odds?apiKey=K&date=2025-01-09T23:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '81c1e39a8e75fc759ecab366f8a2278ef65d2f0f0f9c9886a2666a655c9a8292',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/58125b7cb47bb1d3b8c1be0022400557/odds?apiKey=K&date=2025-01-06T18:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'babd4539ddf67c78bde7ac0ef18844b4cab1df9317952651acf68a7aa01d4c31',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/58125b7cb47bb1d3b8c1be0022400557/odds?apiKey=K&date=2025-01-07T12:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'e6aef109a767fb701a0b4288a52e3b8b06070b54a6ccfcbdc92bfa32f5b68aa0',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/58125b7cb47bb1d3b8c1be0022400557/odds?apiKey=K&date=2025-01-07T22:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'bb5fea1b725c2c5e7fac950807e3710357e00d6f88bd5708a3c4f69dbedc184e',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/58125b7cb47bb1d3b8c1be0022400557/odds?apiKey=K&date=2025-01-07T23:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '4068b396fa0c7f5de7422f707e7651ed33e93688df6a9dde6261dc11d8c9ac19',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/6730f2af4d2c27c23cdd0d0022400556/odds?apiKey=K&date=2025-01-06T18:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'b332fc47e52c917318ad875af060340a9fedd127f3565fabfebe93fa6d905e6d',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/6730f2af4d2c27c23cdd0d0022400556/odds?apiKey=K&date=2025-01-07T12:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '8054391b376a80b78ff3be9f1057b725c3d25f84807f22e1289ac6c617b9f7af',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/6730f2af4d2c27c23cdd0d0022400556/odds?apiKey=K&date=2025-01-07T22:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '6e575bb1d0d6d615e40f81e025a2374b84563b7d047b223fe21b08afee2e1713',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/6730f2af4d2c27c23cdd0d0022400556/odds?apiKey=K&date=2025-01-07T23:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '3295d1ed68166c25e71c8acebad4d1d8639e0e77348a1d3314e1b200adc20569',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/95e9429afd0822e17aa6630022400570/odds?apiKey=K&date=2025-01-07T21:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '336acc0cd82428853ef005d450ca23fba2e78d050858fdad54a9a8684ab5f237',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/95e9429afd0822e17aa6630022400570/odds?apiKey=K&date=2025-01-08T15:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '0ec9e24c78630ec62c06c4382e00d61d421622a384a4fff522c0d61b4eac5514',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/95e9429afd0822e17aa6630022400570/odds?apiKey=K&date=2025-01-09T01:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '637c0142759da4e8555072aeaa173b76fa477b1bf4ab51df8ec0c221a2e5fa9b',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/95e9429afd0822e17aa6630022400570/odds?apiKey=K&date=2025-01-09T02:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '30c067173075adea8be76c64b514e40779a8ec42a5e1461df1e6fbed53f7b287',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/9f672554e96779066758b60022400574/odds?apiKey=K&date=2025-01-09T23:30:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '0216691565b1a4a5625fcbbd4de625565c567298db4f70da4c7ff229a9731a75',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/b6bd6831c2130fb6d63bae0022400573/odds?apiKey=K&date=2025-01-08T18:30:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'a33afebcdd96a4316b7596e89cf913c88bd642d169deaa70686a64a051a8d0ea',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/b6bd6831c2130fb6d63bae0022400573/odds?apiKey=K&date=2025-01-09T12:30:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '55e29868824ad4129b3701ab70b9fb685d4a143e5c1b808c078e086b99be684d',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/b6bd6831c2130fb6d63bae0022400573/odds?apiKey=K&date=2025-01-09T22:30:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'ac73c0546e6dae1cb18a35af06ebf9d546340489c1500839400ccd99df0a50de',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/b6bd6831c2130fb6d63bae0022400573/odds?apiKey=K&date=2025-01-09T23:30:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'f07f6630d11845d90652f580e4dd9fd8a562dacece1232d514aeb07ec7c56f87',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/c1a100a2056aa62583c1c10022400569/odds?apiKey=K&date=2025-01-07T19:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'f6321d62000449048d37e70033e06922b368fd35d819ab7fd28d337c6b84ba78',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/c1a100a2056aa62583c1c10022400569/odds?apiKey=K&date=2025-01-08T13:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '0a3fba049fb76db616971905ec8a60c9559a3a6c5269d3a73699159fa7caf782',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/c1a100a2056aa62583c1c10022400569/odds?apiKey=K&date=2025-01-08T23:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'a70497f493199cbf2a192a9cb686c9b8033bb057036ae6afa4669a1928eae534',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/c1a100a2056aa62583c1c10022400569/odds?apiKey=K&date=2025-01-09T00:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'db562803d7246b96e22ec732cbd66b94dc3d268f7b3ee1843ea493bb27a52648',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events?apiKey=K&date=2025-01-08T16:02:00Z': '200 c15f81daa72196f4e2b09ecf19b345a74772395f1f7263b7fb0d638353a50607',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events?apiKey=K&date=2025-04-20T12:00:00Z': '200 1dc4cd6f56bb9a47e27bde12e3e2437cbc6cf8ac10ba054b0b955b88e3d51405',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events/2a873f67dc92a1d229848f0022400572/odds?apiKey=K&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h': '200 '
                                                                                                                                                                                                                 '2cb4295fd7a059fbe227fc05fc8ed801437a3597d0015decef95a00eae5aac87',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events/2c8420ba296e32d91d34ad0022400558/odds?apiKey=K&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h': '200 '
                                                                                                                                                                                                                 '38a6b9fbcf51d22934326ecf96f4d0133cc73f1fcfa183536ac2654589468466',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events/53cd4eefae4052782064fd0022400571/odds?apiKey=K&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h': '200 '
                                                                                                                                                                                                                 '30bbb6267b02eb09fff74e5a448a3b473eec9828fc0ab71a6dba19c717afd868',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events/58125b7cb47bb1d3b8c1be0022400557/odds?apiKey=K&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h': '200 '
                                                                                                                                                                                                                 'e49544eb8e9eb7061cb9efede5b73a2a35b057a278c05a35d210c5a18f37685d',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events/6730f2af4d2c27c23cdd0d0022400556/odds?apiKey=K&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h': '200 '
                                                                                                                                                                                                                 '9e2f189830714298aa57a223bea7d20f24cfd8bc801ad30e9d94a2f1c111a28c',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events/95e9429afd0822e17aa6630022400570/odds?apiKey=K&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h': '200 '
                                                                                                                                                                                                                 'd517d2a66db2e83c27ec4642e05d518965cd9930af1d01e31e77a7048b913555',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events/b6bd6831c2130fb6d63bae0022400573/odds?apiKey=K&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h': '200 '
                                                                                                                                                                                                                 '0120a81d760f7493baf0aecaafd5daac8bbeb6a19ec3961c77fb72d20668c2f9',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events/c1a100a2056aa62583c1c10022400569/odds?apiKey=K&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h': '200 '
                                                                                                                                                                                                                 '0b45d9114a5d665c8667cf6cbcc28b977a87463a43b78bf2d78f38c1c90a40dc',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events?apiKey=K': '200 8a16afb8dd5c85aaddac2c0f9c9305b93c3ec205175078061a3ad7f96c2588d3',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events?apiKey=K&commenceTimeFrom=2025-01-08T00:00:00Z&commenceTimeTo=2025-01-10T00:00:00Z': '200 '
                                                                                                                                                    'e01112110ec0e856ce1f221ddad7c9629c89ff30b4cfb3c30ec3e50f29f6d4b2',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400556.json': '200 368475832d20208a9c384a3845412121b07b29970bf86d4970df22920df68187',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400557.json': '200 14509632b9a84229230e6d624a0180884303865cdc157f17e43e3aff0f967235',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400558.json': '200 84a4ca475bee47120b23371ca08c37228eef4d398d8e1ce8de7bfc24d2bf2dfd',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400559.json': '200 e0cbbb52e6c4a68fe599d3d4d579887c80801bbdfe942166cdb707f14f51cf75',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400569.json': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400570.json': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400571.json': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400572.json': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400573.json': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400574.json': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://official.nba.com/wp-json/api/v1/get-game-officials?&date=2025-01-07': '200 02004872c7384cd7ff31f16d3b887a1f724ce17880c67b865f11eee8ea4233a0',
 'https://official.nba.com/wp-json/api/v1/get-game-officials?&date=2025-01-08': '200 d9c4f583506a1900f7522934110bc1f4cb483489da2afd484bf215dca081d025',
 'https://official.nba.com/wp-json/api/v1/get-game-officials?&date=2025-01-09': '200 5f2e420ed4354196fb58476de6660fa29006f4c17b57e38a18124da14f85d842',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates=20250107': '200 a287aa460bf2ccb93c857f7bf8c45ad41c9df5579bb85846ab4ae698364faf19',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates=20250108': '200 b2346eb9195764a09e99835a87401a5ac9cb962eb2268ce37c6cda81e41323ff',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates=20250109': '200 96f8e5049602cddff283610a40123bc1288263de4a34f5630bff7e710e9e2b6d',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/10?enable=roster': '200 3290988b0cfa301f549d39215124303e2b428b07c6dadd111f76599afe65ff06',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/14?enable=roster': '200 b51560047f4649f45ab5eb1cccd86bae98ac55ee37b1259350163338ea434e69',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/1?enable=roster': '200 13da78d2bf6f5f4b4fa6001c8af1a12a17904fccf26cf6213a7ce928f521b508',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/23?enable=roster': '200 e8e11716d8588f3dfccc81a98bb3acc90b1443c718e5fef6890f560ec60e1c76',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/25?enable=roster': '200 88347bd1354806368b16205053675ead4e6f67dbe18360f8f9993bcb49ed3161',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/5?enable=roster': '200 5764a31dd6e282e0e8f6fe235710dc55e6de6fd2d407f34035ec48c9af265303',
 'https://stats.nba.com/js/data/playermovement/NBA_Player_Movement.json': '200 7cdfaec2d2890308c6bd04f01784f62c4e124191beaa79ea83cca74766b4cef0',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400556&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'f6a47143e566c9088097f74bd89c8df8f569c7699fe6a21022d3cacc00535ff9',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400557&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '5e6f8d1f7f81e458caa53a70054b8b33038db463587012a3c936809648d88e9c',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400558&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '0f38f27bb572a5bcdb750bef93f0cee6b8cc69034b57f76846dbda76ab9770c2',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400559&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'e0eaef0cc839b1a8a1d71d70b5c8baa4848637544179e642b2ea6e85dde5d739',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400569&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '404 '
                                                                                                                                           'edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400570&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '404 '
                                                                                                                                           'edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400571&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '404 '
                                                                                                                                           'edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400572&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '404 '
                                                                                                                                           'edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400573&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '404 '
                                                                                                                                           'edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400574&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '404 '
                                                                                                                                           'edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022499999': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-01-01&DateTo=2025-01-09&Direction=ASC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE': '200 '
                                                                                                                                                                                                 '468262d0843a448b3ad065977e706b60770033d2cb6c3eeb9e34a01cd99ac3fc',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-01-07&DateTo=2025-01-07&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=PlayIn&Sorter=DATE': '200 '
                                                                                                                                                                                        'b9161a7b30716cfc1fe8706f016651ca474870105c591626c37f2819fd1fb0f1',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-01-07&DateTo=2025-01-07&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Playoffs&Sorter=DATE': '200 '
                                                                                                                                                                                          'c4574c4d176aa7376128822537c35168869adfa462688835012f8020cef529f6',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-01-07&DateTo=2025-01-07&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE': '200 '
                                                                                                                                                                                                  'f5fbe1b58b3c1b511be13ba7cd24246a4e0317b6eadfd95dab86b0fbb4c94d09',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-01-08&DateTo=2025-01-08&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=PlayIn&Sorter=DATE': '200 '
                                                                                                                                                                                        '850f6d498641fc1a5536899cbfb09c92fea4aed930b1c29654e699ddabb57329',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-01-08&DateTo=2025-01-08&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Playoffs&Sorter=DATE': '200 '
                                                                                                                                                                                          '8dc5da175defafacdddeba0b7b29c0aa3a0b4aefb3cc3f846ea41893ef081d3a',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-01-08&DateTo=2025-01-08&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE': '200 '
                                                                                                                                                                                                  'b95880bdc9e324a1b9b3215dd0af96305acfe09fff768faa7f2e2a52e6c4e9bb',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-01-09&DateTo=2025-01-09&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=PlayIn&Sorter=DATE': '200 '
                                                                                                                                                                                        '07bdafbad2f4b97a95a15fbcd3b3096210bf3b457298fdb387dc722a8c488836',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-01-09&DateTo=2025-01-09&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Playoffs&Sorter=DATE': '200 '
                                                                                                                                                                                          '519f6b90c011810351ac8388bac4d438aff2c53b9764bd6a5a7abc09b711cafc',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-01-09&DateTo=2025-01-09&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE': '200 '
                                                                                                                                                                                                  '1dd5d82b2abd0b7f1224e4a3575ba84d2785760ca78560b433244bc9b11209d7',
 'https://stats.nba.com/stats/nope': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://stats.nba.com/stats/playerindex?LeagueID=00&Season=2023-24&Historical=0': '200 0dc3897d73eb5f43787c07cda86f9715f430d3df443fd59b1f38cd1ace1f0b62',
 'https://stats.nba.com/stats/playerindex?LeagueID=00&Season=2024-25&Historical=0': '200 0764ba697160fb7cead0e96e2356bf1479c5d8554295ac62625f7d2c80f41691',
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2025-01-07&LeagueID=00&DayOffset=0': '200 8cd3baa1301effa164874e4ee57f0732d0d7711dcce722390daf89c6a44582bf',
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2025-01-08&LeagueID=00&DayOffset=0': '200 033e96a2b20dfeee3a11e3e36e3f595afb430a9df6943d960d0af548d4d95ada',
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2025-01-09&LeagueID=00&DayOffset=0': '200 7feaf04d568d8f66c039d0048a08a048a31e0e8a22d224d44cee1c10ddd336a5',
 'https://statsdmz.nba.com/pdfs/20250107/20250107_CHADET_book.pdf': '200 415b6694ab7cd18588e830c8515afcc7b56290d1c62f51f91586eef9ad2b5146',
 'https://statsdmz.nba.com/pdfs/20250107/20250107_CLEBOS_book.pdf': '200 ab24aa5a47e350949405d8515bf3e0e3dce7863b5a96969bafb18cde2b81ec4b',
 'https://statsdmz.nba.com/pdfs/20250107/20250107_MINPHI_book.pdf': '200 e5ea9e41438802a3e37322efeda9dc55449d799676f2cd9d15f14fae62a92a07',
 'https://statsdmz.nba.com/pdfs/20250107/20250107_PORMIA_book.pdf': '200 bcc451d098281579b82e2e55a7de4f71fde938524ea225c3eb97af207aea91d9',
 'https://statsdmz.nba.com/pdfs/20250108/20250108_DALOKC_book.pdf': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://statsdmz.nba.com/pdfs/20250108/20250108_NOPPHX_book.pdf': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://statsdmz.nba.com/pdfs/20250109/20250109_GSWBOS_book.pdf': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://statsdmz.nba.com/pdfs/20250109/20250109_MILATL_book.pdf': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://statsdmz.nba.com/pdfs/20250109/20250109_NOPIND_book.pdf': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://statsdmz.nba.com/pdfs/20250109/20250109_ORLPHI_book.pdf': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.basketball-reference.com/teams/ATL/2024.html': '200 f49918d5a3748bb1bf942e10b0cb21c2784cbe57a9b4653d6e931e5ebeafc9e1',
 'https://www.basketball-reference.com/teams/ATL/2025.html': '200 19b5672823fbeda2185359261e55022dc7888648b4b22e00d9c89e949e40b7a5',
 'https://www.basketball-reference.com/teams/DEN/2024.html': '200 dff3724076f2de4f70316ab0cc30e8ea5d765ca2822efbcaa9cfdb2ef2973efb',
 'https://www.basketball-reference.com/teams/DEN/2025.html': '200 31707255d1159c917c7692bf4b2ca3b6bf007e4b0dbbe493733b4aa7e5522e63',
 'https://www.basketball-reference.com/teams/MEM/2024.html': '200 5dc554814cc86f56a8da9d7a3da774f65250768df025cefabf8db0f4663e37c0',
 'https://www.basketball-reference.com/teams/MEM/2025.html': '200 dd32389c82bf9a1bcd6521af6358559677c0d8c25e40a05b0198104885ef717c',
 'https://www.basketball-reference.com/teams/ORL/2024.html': '200 bda02cefbe83b634988a29d7ed18e69acabecc7b3a2032df1deb1af1ada9ea59',
 'https://www.basketball-reference.com/teams/ORL/2025.html': '200 7787074fd0b63c5ed6e81e6e56484f4a4617e18a4d97ae948ca2363c1f41c454',
 'https://www.basketball-reference.com/teams/UTA/2024.html': '200 1dfb7583bafb9014aa9261f29beb3a8f43273612bd63440e9037574f8fb32a1d',
 'https://www.basketball-reference.com/teams/UTA/2025.html': '200 644a8f4dedcc6006f0555494c6d4b1a528aaa2b8e79af1e37a3b35bd80892ed1',
 'https://www.espn.com/nba/boxscore/_/gameId/424200556': '200 3912f644f0e14e28ed26a6956a1bc6166fd192fe926bd14b99993c1ab7ba6999',
 'https://www.espn.com/nba/boxscore/_/gameId/424200557': '200 a463debb2c0131210b22132949eac19f8bfa3b382a700957327b72eaea74e644',
 'https://www.espn.com/nba/boxscore/_/gameId/424200558': '200 908f3262ba819697e1aa8bd962b497504a39245681e583d6c96b2eb2d2761b4f',
 'https://www.espn.com/nba/boxscore/_/gameId/424200559': '200 507dfce8212b201e716bc33ffcd24024df1009c73d687d7794df4dab90cb4345',
 'https://www.espn.com/nba/boxscore/_/gameId/424200569': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.espn.com/nba/boxscore/_/gameId/424200570': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.espn.com/nba/boxscore/_/gameId/424200571': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.espn.com/nba/boxscore/_/gameId/424200572': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.espn.com/nba/boxscore/_/gameId/424200573': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.espn.com/nba/boxscore/_/gameId/424200574': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.googleapis.com/drive/v3/files/110a9e58bbcd761f0be48fe0022400558': '200 a9ae59578caf2e4625d0ac04eb2bfcc4009a36ac18ce4b5da351caeb3f424473',
 'https://www.googleapis.com/drive/v3/files/110a9e58bbcd761f0be48fe0022400558?alt=media': '200 0562539dd5bd88be2cfe7a63a7dc4eea0da793c22ebeb0299365a68525b4950b',
 'https://www.googleapis.com/drive/v3/files/12329fd57b29c78dbe754e60022400571': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.googleapis.com/drive/v3/files/12329fd57b29c78dbe754e60022400571?alt=media': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.googleapis.com/drive/v3/files/14ce4dbcfa4b27c7d8ec5fe0022400569': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.googleapis.com/drive/v3/files/14ce4dbcfa4b27c7d8ec5fe0022400569?alt=media': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.googleapis.com/drive/v3/files/1559f7ef88f14f2463fc6ca0022400556': '200 02de4fdaea95cc090fca31eee08f3cecf2bd46c1d8a2e93dadd8f7498d2e77e4',
 'https://www.googleapis.com/drive/v3/files/1559f7ef88f14f2463fc6ca0022400556?alt=media': '200 b975fcffeb083bd21c8cd672e212942800c0e5eb7df9896e3cf75030834af98a',
 'https://www.googleapis.com/drive/v3/files/159322a6880868f91c5ec0f0022400572': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.googleapis.com/drive/v3/files/159322a6880868f91c5ec0f0022400572?alt=media': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.googleapis.com/drive/v3/files/1778f14eba8e6179ac2946c0022400570': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.googleapis.com/drive/v3/files/1778f14eba8e6179ac2946c0022400570?alt=media': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.googleapis.com/drive/v3/files/179f87120b9130bad2cdf990022400559?alt=media': '200 ac428d4fa3ceaeaa7d19a865cbd0a00d89c2c262ab3f35fc8a5da667e8073d6e',
 'https://www.googleapis.com/drive/v3/files/19f8969f5042c46684dd9c30022400574?alt=media': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.googleapis.com/drive/v3/files/1cff7afb15aeb8e6ff7a35b0022400573': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.googleapis.com/drive/v3/files/1cff7afb15aeb8e6ff7a35b0022400573?alt=media': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.googleapis.com/drive/v3/files/1d591a8a7c7a97b949504b70022400557': '200 7bfef4a47e37fcd75c7932feac313bcea359be4aa03f42fa505c6855281c8834',
 'https://www.googleapis.com/drive/v3/files/1d591a8a7c7a97b949504b70022400557?alt=media': '200 c11063cdbd2db9ed66f164a1924e819e4b2636d172b06e9bd4b01c6429b932c2',
 'https://www.googleapis.com/drive/v3/files?q=name%20contains%20%27[2025-01-07]%27': '200 42b34301899e17a989455461a4c55d65a4e941ebf0f13cbddb1a2d8e13404877',
 'https://www.googleapis.com/drive/v3/files?q=name%20contains%20%27[2025-01-08]%27': '200 4cc9aafb3ef4dc0a2fbd46f55d4825499b81302620cbe125f49828cf35d730d2',
 'https://www.googleapis.com/drive/v3/files?q=name%20contains%20%27[2025-01-09]%27': '200 4cc9aafb3ef4dc0a2fbd46f55d4825499b81302620cbe125f49828cf35d730d2'}
