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

Re-recorded a second time, deliberately, for issue #14 (a league calibrated against the real 2024-25
season, and efficient books): the game engine's rates, minutes plan and the night's form changed every
game's box score and play-by-play (so every body derived from games: box scores, play-by-play, gamebook
PDFs, BigDataBall, ESPN, BDL, standings), and the books' player-points lines, prices and Odds API
alternates changed every odds and offers body. Bodies independent of games (schedule, player index,
rosters, player movement, 403/404 answers) stayed identical; every shape test against the real captures
and every Phase 2 parser test still passes on the new bodies.

Re-recorded a third time, deliberately, for issue #12 (the simulator's own clock): 10 ``MID`` bodies,
nothing in ``FULL``. Seen mid-season, BettingPros' offers are the lines posted as of the request (before,
only the opening or the closing ones).
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
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-04-15_05PM.pdf': '200 1f766eb4b10a099825dd787b482cb022f5d5107b302ab7ef0a929518e0034b96',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-04-15_11AM.pdf': '200 b29aa431ca3fb0fd32ff434caead1b0eeaaede376c607f58f7eb5bebaab19779',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-04-18_05PM.pdf': '200 c7145c18a24abb3e67f0ff44284bb7a57119d957c002c98fd3039ebe2b9cecd6',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-04-18_11AM.pdf': '200 7a5c304e3c21f95b400c72f8599f4931de2936987ca21bfed069d875e4db3e9e',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-04-19_05PM.pdf': '200 1e30d3378ffe3aca8d796bd0e07185686a79e98c3fff6cf1ece4ec7f050acf90',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-04-19_11AM.pdf': '200 0c7ac1943b351d8e47fb8787969dc45c192cf22112d6c6456d9c8f8944514c40',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-05-06_05PM.pdf': '200 862b338f4c78fa392af0429f9c47a3840bc49438102027d9f3dab3db71f0059b',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-05-06_11AM.pdf': '200 eb9306fdbe68f2501f2a2a905ac145374ff56774c3731720b565dcadb7cf37c3',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-05-19_05PM.pdf': '200 f52631e9f1318866efd15727b9f7d9bb5f2833973a4ec76392249ed89bf1b1db',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-05-19_11AM.pdf': '200 92977b05427a8f76a6826d86d4eb7794df8717e6c3270b0334313883dcf0ff72',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-06-18_05PM.pdf': '200 052f18e8bdf9284c0e7a749e1f810fc8b3de4f8a291a190af989700feb1ec095',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-06-18_11AM.pdf': '200 8ca77e600ee64b974f33d083359cc669703f3950a787d627ba7cdbd394386aeb',
 'https://api.balldontlie.io/v1/box_scores?date=2024-10-10': '200 8fe32e407a1038ee38753b70e5374b3a46d6ae9d5f16cd5b73c53abaca8f5ed0',
 'https://api.balldontlie.io/v1/box_scores?date=2024-10-22': '200 066c0b8a995d43509dffb43424a5d1ac776d4c8e862a5478da70da025d816896',
 'https://api.balldontlie.io/v1/box_scores?date=2025-01-08': '200 4c5ef7b3d54de2ac0c6eba7cc805d0cd2221fd6cb25f4f7929ade8e21811946a',
 'https://api.balldontlie.io/v1/box_scores?date=2025-02-14': '200 8fe32e407a1038ee38753b70e5374b3a46d6ae9d5f16cd5b73c53abaca8f5ed0',
 'https://api.balldontlie.io/v1/box_scores?date=2025-02-19': '200 36cdb042484e730ed1c92367902a8e8b32752667de0a93cc9decfe1a16e8331c',
 'https://api.balldontlie.io/v1/box_scores?date=2025-03-15': '200 3921ac7fd0fe7db5aa5d18df17555fe809b6e0649a35d037acb3aaca0b4ee677',
 'https://api.balldontlie.io/v1/box_scores?date=2025-04-12': '200 847b35d21564c61c4d4921ece632a7e4521df94d950d2299284af3ec6270592f',
 'https://api.balldontlie.io/v1/box_scores?date=2025-04-15': '200 debc3b44ace8bd26f378f0787d67b1527c113e4e8101c894712759b334d638bf',
 'https://api.balldontlie.io/v1/box_scores?date=2025-04-18': '200 a6f4c33f4b076f93fb1768bef2b632f14f459fe584193ed9f29244918c2020a1',
 'https://api.balldontlie.io/v1/box_scores?date=2025-04-19': '200 7e4d43b012a54dc9b408c06aba93b711db1d889d1ff5f3c927fcd05b35f08a8c',
 'https://api.balldontlie.io/v1/box_scores?date=2025-05-06': '200 aa6d0405a0450bae399fb2f8f433250476f2fca15071c3ef08c4fd36aab63ff8',
 'https://api.balldontlie.io/v1/box_scores?date=2025-05-19': '200 55146b033be4c51221f1ec891f6ad516514fbab3ce6c92116a668031015ba5f8',
 'https://api.balldontlie.io/v1/box_scores?date=2025-06-18': '200 6f1a8abe7ac729aa86463eb649e3291fd899d31002609c7496420da5b277dcef',
 'https://api.balldontlie.io/v1/player_injuries?per_page=25': '200 2dc541d8a359e1203de243ac1a5c3a399e33073ce4d15969069205d2da57f30d',
 'https://api.balldontlie.io/v1/players/active?per_page=100': '200 9cb537a28a3602b0208c3496c6c48ba0f70e6cca24a159c2377b8e2658bd5c83',
 'https://api.balldontlie.io/v1/players/active?per_page=100&cursor=500': '200 42b3b01cdac256f58c7c12550b58618e52819369bc8007ec89b9be6e012e45df',
 'https://api.balldontlie.io/v1/standings?season=2023': '200 6a04c9b90ecd4901eb9645a4e24ac0fdc89f24793275e4bcf36786d949758558',
 'https://api.balldontlie.io/v1/standings?season=2024': '200 ee2945b44fb8b873fac694e947f903abde1439056baeb3213ff03c52e7041fbf',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2024-10-10': '200 ed03ae34de060cbfb298b89c87b4d0964e7fa23ce0d81902e5efb515bb8f6543',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2024-10-22': '200 d10ddf85193b6cc2bfbd28169f0cbe765031330fcf2307c395d1ba90f050775b',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-01-08': '200 add62b8fc02f26f89e39959411f3030ec87c1e29562490c921dfa6541fe9a20b',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-02-14': '200 9e20db46b0434c4dbc8b71ed65964937147a5b933b41ea2cba5c15c08d6364ab',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-02-19': '200 d70f4b8fb5bbfdef43cf37e67abc297d01662672d7c3e3dc3cd9c2347b92ea3b',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-03-15': '200 0d9e11c8a625ec2d5de9bcb1147b0bf54b1e56c234c54123bb0f6b97a3728eac',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-04-12': '200 bc253209478bdd5ea0a3be394e816dcab6612d3631e3d95b1d020288f3950f45',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-04-15': '200 bdc73554149bfa8be654fcc8e2f0bd2bd00f77b0054dfa03762ab20234875165',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-04-18': '200 99a9297a3705f492d6c8f890d607df69d5b9b6e9ecb55ef3ba870f05cdf4ac4a',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-04-19': '200 222bbc3ee02f8bb9864ac274dedf7b0912e78ebaa09a7c9a0832ff904dadb5d3',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-05-06': '200 84b8569e38fbf8e9cdfdbb6d900a8e379958b797c679a73c5e3f2cd536dd9346',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-05-19': '200 373262c3006bd8eb1e2c0c2c3f131e4e0d0fee996113e035651e9382a994c623',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-06-18': '200 a74cf68703c20e26a9ba98c45e3ccbd46a5a8bd792a8158e52f8915b1b9a30e1',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24200569&location=ALL&limit=10&page=2': '200 52e4d815b362af455cf03957274f3388684e7d8117c32e362621d387d43431b1',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24200570&location=ALL&limit=10&page=2': '200 cc22f4a853a5da2a808ab958654d66e4b5fbf33537aa11436c6ad12f0626ea92',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24400101&location=ALL&limit=10&page=2': '200 baf82a6237ab92cd1ae06164911b9d7bf79192f3d62889e71e9fa99239dd1f4d',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24400121&location=ALL&limit=10&page=2': '200 0d9e313528e253bac460d1cb84d6b7238c7b63bf86ca640daa2f9b4408a75612',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24400141&location=ALL&limit=10&page=2': '200 25df855660cca4f0be0481f5fe4c1ee69d1bf4467a637a1c924e9275b10332d9',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24400405&location=ALL&limit=10&page=2': '200 0db36237abc1b291e011aaa1000165bd7e5446e7cac97f259fdc02fb7cfa6de1',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24500101&location=ALL&limit=10&page=2': '200 376e438cf9128f126e5e7cce8da881c15c0fac90eb8118bae05ac20b169b4d4a',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24500131&location=ALL&limit=10&page=2': '200 bbc7dddc6a2d33af38283517153b064bee6ffd5b119975be17fe27278976fb5a',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200001&location=ALL&limit=50&page=1': '200 7f9b3813b199b7af85eee9f2f98ba5e7447b7309e6f6a33457ce4df74dee6544',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200002&location=ALL&limit=50&page=1': '200 2dbf829b75da97720eb9ab6782c4ab55d48b3d000db8890039859163637a69f6',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200003&location=ALL&limit=50&page=1': '200 18ad13d976f43d3c0c21d55da99e05d1a75cc37b56b9f3e987e3f3723d9ae344',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200004&location=ALL&limit=50&page=1': '200 870d7598b327fc81ff44ee9eb814663fe9152037b84338d53a358670af97341f',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200569&location=ALL&limit=10&page=2': '200 87b42d523222fa857af053a38eb622c851ab75436c1996995bbd738b572c4e71',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200569&location=ALL&limit=50&page=1': '200 2276d369d34cec4aa10a89a2fd31bd9ce54086b1a7abf86f0b2a6a02a4994f12',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200570&location=ALL&limit=10&page=2': '200 086dfa3401dabb8f4c996b05474d0a6bd24f7b5685ab0736f57a8af469ae0255',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200570&location=ALL&limit=50&page=1': '200 9056e25eb5b48a2f3445fed39b939ed6d050ddef7e18590a6145af768e59f5e3',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200834&location=ALL&limit=50&page=1': '200 6676741f1fd119a8f08d21a8584281cd88c711f4c2c8e6d5b44a4f0a3f2be99d',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200835&location=ALL&limit=50&page=1': '200 e65ec04f257d6fe8687c22d671d02f47c30c30fd699907eb714fc813ab2a2c4c',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200836&location=ALL&limit=50&page=1': '200 466a25bcfcf241dfacef14cc795a7321d860321c05ddb78ee8f984b59ebd23da',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200837&location=ALL&limit=50&page=1': '200 1e6e7fdc391866ae3547359ac5fc3b8d9f06740c407856124313b63d70a509c7',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24201013&location=ALL&limit=50&page=1': '200 ef6d5b22a33b5b5eae51fca56149b4b2d5aa232b28dc13af0203777842f80c0b',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24201014&location=ALL&limit=50&page=1': '200 cc8460e2cf6d8ebba328556d6c388965a686358c8082e195b793d647886a0bf9',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24201015&location=ALL&limit=50&page=1': '200 f6595dc7f99c24bda3f671da98df6f40ce3befbfac41445481ea19d89aae84fa',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24201016&location=ALL&limit=50&page=1': '200 ffd51611eb3232e74118ae7a804108b497d51119514a31e335be62aee7277d8d',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24201227&location=ALL&limit=50&page=1': '200 5f9d4782aeed853d0de2f2043c52528d4551665e21ccbce8d4de3ad256994df9',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24201228&location=ALL&limit=50&page=1': '200 717c98ca58585312b7250f1514a2c2427e23901ec095a8fb4d1d0dc2e36184ae',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24201229&location=ALL&limit=50&page=1': '200 a4596e2cecbf434e34f3cf36f1bd31e946f05264b5fe0d96da2310e4e49c4d4d',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24201230&location=ALL&limit=50&page=1': '200 eaa2c1d8792a41e89469b84391b9f3d8087f8250c2603ebcad74a05c1783b298',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24400101&location=ALL&limit=10&page=2': '200 7ad701f9b311b56dbe40b968fd2974818e8a193b9ead9c7df1e2ea92bcbd81cf',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24400101&location=ALL&limit=50&page=1': '200 f30cbd1327d62ebe6a907e2c7ab4ff4c421ffbe355e0403eaebc06e8ae2e541b',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24400121&location=ALL&limit=10&page=2': '200 33d896badb9270cd0ac333f601ea63859190ca4fa0ebb9705605eac077836ef6',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24400121&location=ALL&limit=50&page=1': '200 cc2be51458622005dfa6b9f887fa8032f70adb8fd28c775572839e465a04703b',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24400141&location=ALL&limit=10&page=2': '200 04d134007995bd4f143f022ca0945b3dcd643ef25865683e02394bd43b22fbb4',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24400141&location=ALL&limit=50&page=1': '200 14399897a4adc726cf4600c228bd58f89cf16df0d326637b73cf2288a43dad09',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24400161&location=ALL&limit=50&page=1': '200 ab5ccc2c319a3f1c76ae5e4ef54dc50589529c9928e3872a097815b16032fc86',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24400202&location=ALL&limit=50&page=1': '200 26f5e27eb7f74e5f3baebf2065c1f2a63bc506ec59a9e7908ecb02dfb58b5c16',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24400222&location=ALL&limit=50&page=1': '200 671907a0b55ae09c74910af45b64fae556b8529ce6ebd8e23aa90ad43cb26162',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24400301&location=ALL&limit=50&page=1': '200 a62968eaf5247ca5ae65319c43d502d8c9f045fe29e26ad19cb309790982fcce',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24400405&location=ALL&limit=10&page=2': '200 97c47f798b99bbe65ad0479491d5685114827346eb026c9eea2687439faf569e',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24400405&location=ALL&limit=50&page=1': '200 94745d2a52eda36ad5f350daafedc059a7424b3d3ab6c6fae72f36e6a7e97ccf',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24500101&location=ALL&limit=10&page=2': '200 edaac3b8a72ad104f7dd2d8322a9cf8c306d5d31977c2cde42e301bf42b9fc9a',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24500101&location=ALL&limit=50&page=1': '200 8ecddc8cd3c8a26b0d72acde3211263c62a1f0027df0dd2f7ca6926beb859206',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24500131&location=ALL&limit=10&page=2': '200 75cb5cbf642dbbc1929761d64c57d113b9d1536456aa0c72124e833fa5372907',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24500131&location=ALL&limit=50&page=1': '200 ef2b5b78b785ae48af75e22e46785846e438999aa7ab6bf9a13beda6327d36c7',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24500201&location=ALL&limit=50&page=1': '200 4285e9e64a22e367f9a4f7db1105923cb668051acd7b62c8415789db6c89537c',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24500211&location=ALL&limit=50&page=1': '200 a658149f6fc480280d9b75037a077daf11bd389c978ce7eb95ad3f1a2a126362',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24200569&location=ALL&limit=10&page=2': '200 8988c365f27168092d2ffc7439a0553566d72558a7b2b16b6493561af8fb1a01',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24200570&location=ALL&limit=10&page=2': '200 cb66c03bad265be98fcae6b5be7662677e5f53773e372256ad4ddf89d169fa89',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24400101&location=ALL&limit=10&page=2': '200 d832407b376f1db1a34e9c946c55b3dea85d3734f28ac3b8744ae29d97cff59b',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24400121&location=ALL&limit=10&page=2': '200 791772102456dff69fd6678697515991c1f808a2e6f7c2393ba2c6e5a2a649ce',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24400141&location=ALL&limit=10&page=2': '200 2dd2fc5a4ec73de2eaf263f9ab2ab3ba053d356cc09cd3034250c33e46aeb7b7',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24400405&location=ALL&limit=10&page=2': '200 e35260b2f8bb2bbe4949bce1203bfac2d01ba95a021c2f6024e272471d90e530',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24500101&location=ALL&limit=10&page=2': '200 2d989137c1a6eb60fb1349cae1d4585269fad0a4c9e331f93427a59b848427cb',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24500131&location=ALL&limit=10&page=2': '200 83ccc9de0b5ccb5fdc8d80e4217e1b295ac01e94ae9db72386770d3c891d213c',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=162&event_id=24200569&location=ALL&limit=10&page=2': '200 1a63489859d2038e89077e63480d09591c1075d8cac573f020e89b39eb5b350e',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=162&event_id=24200570&location=ALL&limit=10&page=2': '200 396012526323f668f5e7a518da4fc280b6fbd9b16ca24214297c0eba0924c441',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=162&event_id=24400101&location=ALL&limit=10&page=2': '200 61bc80bb87fb0642fb71cc720ff6ad779d167d58d0c23120e4f9d9ed8f6c5987',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=162&event_id=24400121&location=ALL&limit=10&page=2': '200 035aef2cc59bdf923680fee4b06ad351af462b79ab519a9555abd026261a1d8f',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=162&event_id=24400141&location=ALL&limit=10&page=2': '200 291dc1f485904eb49b60866e95e68957d29fa3c75c07f414eb9ab8ca1be68c65',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=162&event_id=24400405&location=ALL&limit=10&page=2': '200 1a61d90db6571744964592bab7a7a0799ba3536bfb9807cf2d324e73a755dfa9',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=162&event_id=24500101&location=ALL&limit=10&page=2': '200 606f93d350deecee1f04b0eb1492175d44f79a5eabf2a9c0e4dd0e1fc11682e5',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=162&event_id=24500131&location=ALL&limit=10&page=2': '200 d78eb45c9dfae6e0b62d51df1e2ad89057ff586842e3af5754de8792c8ccce8d',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/0c075348c77ba2c3a2b7d50022401229/odds?apiKey=K&date=2025-04-12T23:30:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '0933f2ff81b0285af60069c25adac7fc9711455f0e7369d839d726a9ece49083',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/176e8bf4e08bde522214a00042400141/odds?apiKey=K&date=2025-04-18T17:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '0295a85da096e6e561ad21df3f16a3b9ecfe47ffc72dd56659b7adad93006bc5',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/176e8bf4e08bde522214a00042400141/odds?apiKey=K&date=2025-04-19T11:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'd76dfb92e3355b3c3f1a4551e7e33dea7d6ee6687da89af485b1d3fc8135c469',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/176e8bf4e08bde522214a00042400141/odds?apiKey=K&date=2025-04-19T21:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'bba077b37badb3c7d8aee9b515f864c6880077b62f346c67b8e4aa73744a2b18',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/176e8bf4e08bde522214a00042400141/odds?apiKey=K&date=2025-04-19T22:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '61ff796ce5f115f051e47506f7e00e8705613e4becd4169d3d3300a904ab8aaa',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/1dcf035f29787cfc4a79f70022400001/odds?apiKey=K&date=2024-10-22T22:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'e408a46cba6aa4784169b6d461741055ebb715b49f04250ca8ab81ea6f15d8be',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/34bfd27691f33c116c6c990022401013/odds?apiKey=K&date=2025-03-15T18:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '877b4e599ea1b45d5c75c97b3b7784e52f341c7634a8f9236991750cd9ee37e1',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/360d988eacb3a7bdb30b1d0022401015/odds?apiKey=K&date=2025-03-15T21:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '5c52962912ff736aadb1aa3d69d14f77f75fb2d4a0f3b19afccc0169d696a992',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/4a34a0cfa61d9dd673af480042400121/odds?apiKey=K&date=2025-04-18T17:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '69cc4f70c047bbd14b0287879eab00bd6512831af0f536ec9f9ccc22794902e5',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/4a34a0cfa61d9dd673af480042400121/odds?apiKey=K&date=2025-04-19T11:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '54a09ab6bd197e92b4c9d18e00c233eca86c4835adbe4418825175bc6452cc13',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/4a34a0cfa61d9dd673af480042400121/odds?apiKey=K&date=2025-04-19T21:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'e3bd9ae8c41389b5adf28a522deccf177a2ad43b3ac1524aeb3e743cad944221',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/4a34a0cfa61d9dd673af480042400121/odds?apiKey=K&date=2025-04-19T22:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'd4f13702990bfb9fefc08df054acc6787e3498df84572b130ba4b0e3c7fd2b7d',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/4ba60a0242203982cbb8400022401016/odds?apiKey=K&date=2025-03-15T21:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'b11a7d819975d04a522c1dabe55ba4383b87ec45278086c8ef67b52dca5ab7e4',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/4e56d2f73c464c1cbf80e80022400835/odds?apiKey=K&date=2025-02-19T23:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'de85af9c6e123faa0a052f5bb02855724d96cd283c10abe1007951b8f17f5e2b',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/54b0e4a34c5e47af7505270042400405/odds?apiKey=K&date=2025-06-17T17:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '47d9e378e999ab73b9eaee0abd866901be62ff87372d86893a5d8625a10aa873',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/54b0e4a34c5e47af7505270042400405/odds?apiKey=K&date=2025-06-18T11:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '79013820ff0ddf8ed23ff21880433353659e9e09d20ec84d33cb646da29edf25',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/54b0e4a34c5e47af7505270042400405/odds?apiKey=K&date=2025-06-18T21:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '09cc12534cfa62cb9b92f41685c392add8ddae7b71059952c58415051987ee61',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/54b0e4a34c5e47af7505270042400405/odds?apiKey=K&date=2025-06-18T22:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '52eab2af7839371bb50f3d690dfb70d259c22a78d9df5c08a0c9ad4d65b36044',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/5b6dc37fe315f79b48a3690022400002/odds?apiKey=K&date=2024-10-22T22:30:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'f46de89efd07e4ad6ae892f0b82c9bb94373d916bbc155bfed3752472115fd64',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/6871f7276f6b97846624cc0042400101/odds?apiKey=K&date=2025-04-18T17:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '48a5cd393dcc31d3a0962bf1ac442baf4edcbf373fd908040a05eec4ef873cdb',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/6871f7276f6b97846624cc0042400101/odds?apiKey=K&date=2025-04-19T11:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '941f5e7a4cc6a5aa8b7ceb8f3469e95eb6b8aa76fa962aae768553ce7d8034ac',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/6871f7276f6b97846624cc0042400101/odds?apiKey=K&date=2025-04-19T21:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '61fdf2f46770ed9c00b64b99638120ce69116bb970cd9f7c500ea7a184f1ec9c',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/6871f7276f6b97846624cc0042400101/odds?apiKey=K&date=2025-04-19T22:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'e50cd330d8eb329949a3f7c06cc9b50387e55a9b908c665bbdfcf658de66e65c',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/6fad9d6a9cf631186d55ca0042400161/odds?apiKey=K&date=2025-04-19T22:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '7d357cc31c3be75e6402c1ec965780480a5312287a620d8c555ca8748d75328c',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/74002b47441c5c1af6f7b80022400003/odds?apiKey=K&date=2024-10-23T01:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '8e6e79bf1072ea08a172c994a38a90f16155411727c2acb8cf51fbd7c4b8095e',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/7aa7779b75fd4d7b73d2d70022400834/odds?apiKey=K&date=2025-02-19T23:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'ae82d6a00acde4cd6ddd46c823eec53ab6e50551db39ff1220ad85a58f5b91db',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/7d5eb0cf221720523e2f9a0022401228/odds?apiKey=K&date=2025-04-12T22:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '573edd87946ce43459fb0eb4108b840937385e195d16a4695543fc15b71adf8a',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/80e2b572fbecc59dbe94b30042400222/odds?apiKey=K&date=2025-05-06T22:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'ad7e7697d9cbbb16531de0809cacf2c15d7633d04542644547b93352a70c4206',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/86f0f0c511ff1c69efdc7b0052400101/odds?apiKey=K&date=2025-04-14T17:30:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'cb37ddc68ea722ae3c416594e3a9a30eb2b9f269275df14ecf5846522aec192b',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/86f0f0c511ff1c69efdc7b0052400101/odds?apiKey=K&date=2025-04-15T11:30:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'ed823d5368851e6a0501b37156821e4c2f89e0bf17875929907897e0560b521b',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/86f0f0c511ff1c69efdc7b0052400101/odds?apiKey=K&date=2025-04-15T21:30:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '108f484bd3a145e9abaf05964bf41225be074f9fe33a43fa3fa94fa79a627e2b',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/86f0f0c511ff1c69efdc7b0052400101/odds?apiKey=K&date=2025-04-15T22:30:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '06a79ff8838775b8a5ea3af18bb90f555b5e1e11d709d18358080bf1090e06e1',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/95e9429afd0822e17aa6630022400570/odds?apiKey=K&date=2025-01-07T21:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '336acc0cd82428853ef005d450ca23fba2e78d050858fdad54a9a8684ab5f237',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/95e9429afd0822e17aa6630022400570/odds?apiKey=K&date=2025-01-08T15:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '046c4202ace39ec6ae6d893c3bb4f8e37c1a84630de3f0604bdc1a5cb680885b',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/95e9429afd0822e17aa6630022400570/odds?apiKey=K&date=2025-01-09T01:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '07ff9b39e6ed5e82c928b1702f42c228e4b43cd3ce4cf736ce223cec8a3d6af3',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/95e9429afd0822e17aa6630022400570/odds?apiKey=K&date=2025-01-09T02:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '663f737800e83a3dd61d64f2a32ba378a627e0609eae2368c1721d3ab7e9d8ed',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/9e8a915cdaceb59e17e2e40052400211/odds?apiKey=K&date=2025-04-19T00:30:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '9d2ce1e811b1bfab494a2277f57a2018b5a7efd44f45c0db008b0edc04bb42b6',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/aee6aeb21269c7e4c664970022400837/odds?apiKey=K&date=2025-02-20T00:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'aa561e5519846eecbd3cef588198254e6af1498f7602783471ec6c6fe91000d9',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/af0f39ed3871c031136ba40022401230/odds?apiKey=K&date=2025-04-13T00:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '95a9fc23d9aea7bc3945632c8f4530efb3dba7b302a0e5d3cc0ffb00cada844a',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/c1a100a2056aa62583c1c10022400569/odds?apiKey=K&date=2025-01-07T19:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'f6321d62000449048d37e70033e06922b368fd35d819ab7fd28d337c6b84ba78',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/c1a100a2056aa62583c1c10022400569/odds?apiKey=K&date=2025-01-08T13:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '9ba2c3cd22c32c519dc2de28c3b54001970ea1a7d9a8454d185c5118a2349fef',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/c1a100a2056aa62583c1c10022400569/odds?apiKey=K&date=2025-01-08T23:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '98980efbbb933afca8dc7fbc43f36c8e5a9d264ce00c6ba06b0d6dad5e81f208',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/c1a100a2056aa62583c1c10022400569/odds?apiKey=K&date=2025-01-09T00:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '48896f4e559ed005301732b7849e54237d69c382f79c046c75e5381e40bced27',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/d11b07a4b29ba3bdab3f9a0022400836/odds?apiKey=K&date=2025-02-20T00:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'e7c7ca3b7f2f9357c9ed53e75bec4f782f5a497f2cd2cbe4fba1f8744fd47c6c',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/d59ee3962a4be205cf5fec0022401227/odds?apiKey=K&date=2025-04-12T22:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '9cd3007d05d9a5a0377cd4ff14321535a684357130a36e483f8ae43bf9e275e5',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/dc8fcaf7a9921298ded9020022400004/odds?apiKey=K&date=2024-10-23T01:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '70ea4d763a7d1fe68cabb4f4b0171e7aab0269dc6d8bbdc18e948689d2216214',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/e4e99b889c5d9676d81e950042400301/odds?apiKey=K&date=2025-05-19T22:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '2fa900d63a05e737570ca298c413b68c63cbdbf813cdcb237e0b55a5f5451217',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/eb6ffd88fe6271186677eb0052400201/odds?apiKey=K&date=2025-04-18T22:30:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'd4534b51f36a259393a83eb5da42e4dbfaf9be48235098bd7e945710b547ac34',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/f32db252e3f80145e367f50022401014/odds?apiKey=K&date=2025-03-15T18:30:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'a1a276e71206141f4deb2fbc61fcd24548fe776afec41db2173b0529fcca497f',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/fd0452abeba5416c00a9300042400202/odds?apiKey=K&date=2025-05-06T22:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'f8c4743ead3166282e8ad2dd76ca6bdfad99e98af734f2e0b226d5807c08ffb0',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/ffded49b772c3673dd186c0052400131/odds?apiKey=K&date=2025-04-14T19:30:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '22a3360442090cb4095e93b89f20c2fdb64a4d77bb705030b0da81c5b6f6a7e4',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/ffded49b772c3673dd186c0052400131/odds?apiKey=K&date=2025-04-15T13:30:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '84407434621cb6245a99502e6640573c6653d88ffc9aa0f1acdeeabb53bd9e22',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/ffded49b772c3673dd186c0052400131/odds?apiKey=K&date=2025-04-15T23:30:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '9e7c58fd08fd87bc1a040a743ae43ac86cf72ab72d480aed9368acc10e5c908f',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/ffded49b772c3673dd186c0052400131/odds?apiKey=K&date=2025-04-16T00:30:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'db97e572fbd88215e40b57d1dd96aee15cb93aed83d42df179769e0edc9e3737',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events?apiKey=K&date=2025-01-08T16:02:00Z': '200 c15f81daa72196f4e2b09ecf19b345a74772395f1f7263b7fb0d638353a50607',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events?apiKey=K&date=2025-04-20T12:00:00Z': '200 01af7e6f9bfbc91085ce9429c4f38744f83a3a7b7fef2d20e7b5f0da08a4f4f0',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events/176e8bf4e08bde522214a00042400141/odds?apiKey=K&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h': '200 '
                                                                                                                                                                                                                 '0abc9c633aa4f350d8d44d92555ebbd4623a7ec0f6fa85921c8d6180fc61b756',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events/4a34a0cfa61d9dd673af480042400121/odds?apiKey=K&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h': '200 '
                                                                                                                                                                                                                 '365e0d1cb3e00d32b158f5ada952bd79b409952749dcc30315f0cb2883cd0111',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events/54b0e4a34c5e47af7505270042400405/odds?apiKey=K&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h': '200 '
                                                                                                                                                                                                                 '3736aa32f474c87be4d5852d42469fb6e466700e04f7e5216c72549f2dac1ee4',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events/6871f7276f6b97846624cc0042400101/odds?apiKey=K&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h': '200 '
                                                                                                                                                                                                                 '551f9945e2a708bea762a6b863aec53746380617cf16db670621cf096df4582c',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events/86f0f0c511ff1c69efdc7b0052400101/odds?apiKey=K&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h': '200 '
                                                                                                                                                                                                                 '7ad3fd26d68a01694b0e863948baae7ba3fe35c1ff28c06a0a5743991b31ad44',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events/95e9429afd0822e17aa6630022400570/odds?apiKey=K&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h': '200 '
                                                                                                                                                                                                                 '0291f650567a68052212ea5d5ca622067742123598d97784804865573d6aec3f',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events/c1a100a2056aa62583c1c10022400569/odds?apiKey=K&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h': '200 '
                                                                                                                                                                                                                 'cedd872dee2c3528bedb85df03f853a67ad2fe109baf36d5042c8e2071fee77b',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events/ffded49b772c3673dd186c0052400131/odds?apiKey=K&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h': '200 '
                                                                                                                                                                                                                 '4219a62037938fb297bfd677ae9d57c90c5ec593ddc6e6fa1b35d09ac73c436c',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events?apiKey=K': '200 4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events?apiKey=K&commenceTimeFrom=2025-01-08T00:00:00Z&commenceTimeTo=2025-01-10T00:00:00Z': '200 '
                                                                                                                                                    'e01112110ec0e856ce1f221ddad7c9629c89ff30b4cfb3c30ec3e50f29f6d4b2',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400001.json': '200 2c65f5365d72e09d17c774bb43b60e9c102a4d5822a2b4d43fea548877345236',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400002.json': '200 ea3d076018981ad287ad330b68bbe9e54eb122462f48a5a3ed00161ef6ae73b4',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400003.json': '200 03cbd60fc529c24e443b95bf7cb3c15026f5703178c98138fd9433831f0edf3a',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400004.json': '200 23844bab17fb259c4fa624e43c05fdb0917c2e5ce026f595bcd29e778b17679f',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400569.json': '200 3726fa940a11a8c3f09ae0ffae1becfef8027fe2ad56812a7802fd397a53e6f1',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400570.json': '200 569c73bc0b545f782b46e78049ce8eef2d8ba3a2071f873dfcd9d0230395e5c3',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400834.json': '200 83fac481908aedf2f4dbb85ec29ad9ee9171397a243a1ae7ce8f51b278170297',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400835.json': '200 e4a475a1839bdb8371de8978fb001913d2ea0c421df64745b58a992858c04d59',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400836.json': '200 16f84d11054fc19587d58ed466a10415429eaa29dee4733fde5dcd4e4567455d',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400837.json': '200 635c20c354eb52dc4926d573cda26d9a116bc18b44d44c6a3a91cfe8fb8741e4',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022401013.json': '200 a260a218119b05d636c9525cbf690e4a276bc11913f36d8bd80caa1e12eafc77',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022401014.json': '200 523dc56800ac427285e4708949f882526f4c53dd64b70f37c22deee488192b43',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022401015.json': '200 241d9eae006f380c98c2fb16cac7230d3c95cb8938e0451c2c5146a36cd1c75a',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022401016.json': '200 cb9a60b1fc37e2b7946fc98a078ae101491b4df3451733af003340eeb6605d75',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022401227.json': '200 ea79a661a80893a563f95a6360b6c9f2364bd7b63d51bae2e54871ee0023034d',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022401228.json': '200 69bef7e084f8ede59f549970a1af000ab42cc4d5bd99e16b7a7e41f5aa0b88ba',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022401229.json': '200 847df8396ee6a21b2a02349f3eeca81c1effe8a39266acfe85223152e433fefb',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022401230.json': '200 1facbfc309ebe89761498f11c330c4e51262e6a2aa18e6fcece1e8dc40487667',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0042400101.json': '200 97870d42d019c7134141370c93166169b1e8b600f149e018365fc3b05f5a2471',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0042400121.json': '200 f24656397ad6d1a06311cbba4a2e1c3657066ba2b18346556ef63443d718f3be',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0042400141.json': '200 4a853de58d04208a118787267e64761ee2a61bc76128ef06f8683908440f8fab',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0042400161.json': '200 dc8061b2fc921afd44a1aa945b26664578081b9a03a4eaf1dd68138788042f67',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0042400202.json': '200 64d004b69696c72c623c0b617b4ebfb75aa174013bc952130446ce6048d39f4d',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0042400222.json': '200 d78bdc6be33fcb6f2581d23eedda31e613a3b6501c0c65e81af0b8bf88a3d6fe',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0042400301.json': '200 da1882e6c316fdc70a989abfe04d79a7030bb4e792cd6bfe497004871f65a3e1',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0042400405.json': '200 e4ae9e21dc2921d0c66a76900953ec8d661ee39fab246193789e2fe0ecedc7ee',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0052400101.json': '200 16ebe1675f7a2ef989d6fe42bb8b200e2e327bb4916bc00a9b783860a9761666',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0052400131.json': '200 6a7b533de76a6c73fc0ea3bbf2d2e8abac4fd648ff9dc2254e90a51c9c33d956',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0052400201.json': '200 8e3d8adc9f3b428ae4a4c0c7f2db25787e5fc5d3fd593e737f4c7007b7ec3532',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0052400211.json': '200 946e1fec226cc4a5b657b1e63a1aae05bc09c3e8a50b9e11c37063c1e750fbad',
 'https://official.nba.com/wp-json/api/v1/get-game-officials?&date=2024-10-10': '200 3f05e43ab28aff9bfb0912cd1ae9e59a45651e714cc9c4141bc221aaef82ae3f',
 'https://official.nba.com/wp-json/api/v1/get-game-officials?&date=2024-10-22': '200 67fa69d961e5e9230d69afacf376e52df0678aa6756c25bafd32f3a586f6a17a',
 'https://official.nba.com/wp-json/api/v1/get-game-officials?&date=2025-01-08': '200 d9c4f583506a1900f7522934110bc1f4cb483489da2afd484bf215dca081d025',
 'https://official.nba.com/wp-json/api/v1/get-game-officials?&date=2025-02-14': '200 79ad7e4d9e5f1cfd9d276486c7225696b75c279886bc2bb6518cb87b59e4d8f1',
 'https://official.nba.com/wp-json/api/v1/get-game-officials?&date=2025-02-19': '200 e7d979e8f76ebe3e2bf4204bc25d4ea4fa4c99f423239bfe804bac47c01acb0a',
 'https://official.nba.com/wp-json/api/v1/get-game-officials?&date=2025-03-15': '200 a0a2b3813971cd5bcd979b3f5bbbcf250e1226b7210fda7af851222988f3e3b6',
 'https://official.nba.com/wp-json/api/v1/get-game-officials?&date=2025-04-12': '200 faa2a47b508a00a2a3e50861fe5c161dfdf52ce9a48748fd192b2d736285fca8',
 'https://official.nba.com/wp-json/api/v1/get-game-officials?&date=2025-04-15': '200 bf74f1edc29682a38a91feffc5bd5f37e21e501a60ca62c09a3706ad65c8321c',
 'https://official.nba.com/wp-json/api/v1/get-game-officials?&date=2025-04-18': '200 275111b4a0226a8b2139cbf4eda78a1ca890d71ecdf7121604c32731efa6cac7',
 'https://official.nba.com/wp-json/api/v1/get-game-officials?&date=2025-04-19': '200 8127f0fb2835570d54b2a0f32f42c0b03d83f698cf726ca74253cd27d5b69a09',
 'https://official.nba.com/wp-json/api/v1/get-game-officials?&date=2025-05-06': '200 8ac565965e34a25806161fa848218bb071052e12f00621397255c515dce9a4e2',
 'https://official.nba.com/wp-json/api/v1/get-game-officials?&date=2025-05-19': '200 ba307237b4ab4f67447f7ad8c926354823e9983fb16e3630f2e60ff9dbc6b0ac',
 'https://official.nba.com/wp-json/api/v1/get-game-officials?&date=2025-06-18': '200 c0773134dca1d08e9b689e911e31e63cde9178b5712f51cd80ade53d141a4448',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates=20241010': '200 ddad125a0bd34b1da50678dd700d241e7108e2afb1d7fe47d18c1cf7cc9c3fc4',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates=20241022': '200 90920d9ec2132813255979bf5d8a27c16f107af1477c7a104a537f8f4dd1b935',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates=20250108': '200 df4f6554b149568a4748ebba4600858bb48e1826c48370a69dd4dadf0534b5fb',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates=20250214': '200 ddad125a0bd34b1da50678dd700d241e7108e2afb1d7fe47d18c1cf7cc9c3fc4',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates=20250219': '200 72a926681915ae72cbe1ae4fc3b67ffc5f0fe88c883d365e75acd2b106abb9df',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates=20250315': '200 f4fa28d5ccdbdb801b0e78e3640df3dfd8aad37c48f114d376217ba02145af9f',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates=20250412': '200 ce567e71555063fd1d2e02624f6484da9bdff89b543b89803422597dad9a022c',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates=20250415': '200 178ccb8f56debadc03844024999d6e548a602214ab846de4f14375f7908d3e58',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates=20250418': '200 71b272b9255486c10248b7c0036ce3fb7f4fe6f663f0fd55c031b5b650c75e2d',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates=20250419': '200 60dc16478ff45ac3e3b506413cb7bfcdd99ab041760242a4d85c76e97d0a67ea',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates=20250506': '200 7ec6daedd567d0f0a87ddcebd0e944f4f623c47eba2bfd6baccd14ecafa0325f',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates=20250519': '200 1efda41d15ac3666a00bdc2a56b29d33485c29983461dc03e49466cc394cb855',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates=20250618': '200 8a102f245ff9f66ad736454b7056137da98ae55f213952cbea1f682ca211d3ab',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/10?enable=roster': '200 04088645fb997923d98997733e5faad101939854377148f15040856755cebf6a',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/14?enable=roster': '200 787dede54645ec80d6315200fdc9c1943108adef7422ba5f28713625160ecf9f',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/1?enable=roster': '200 95442d0012404e4cc4439cdf4f9508d736e9ef29a1fcbab3d5d54e1b37289a12',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/23?enable=roster': '200 91dabb6ab7704a02e46f9d349af6575e3cbbd026428663fa0f3be3da773ef5bf',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/25?enable=roster': '200 086d6270fb18df25d2db009c510d108c52efa4120d1628bebaf5cf79969b6f5a',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/5?enable=roster': '200 3b6630657806cbe93ec50a76a1e63e25f0679bd42ce53a543026dc0a34f29123',
 'https://stats.nba.com/js/data/playermovement/NBA_Player_Movement.json': '200 95c2750b439e9121b1b883dc0012c2834cdef68bf563b22faf2507158188edf7',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400001&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '3351f94bcda8e51e35bb261f443cf4ab703322dded2125d2561a9c14f4e78ec9',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400002&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '0e94e3e16356191b4ed829bc0c413e32fa4a7b81807b5c3e88dfd84958308c37',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400003&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '6479b23710eddbfb3ad9ea1ca59cc5a7016775891bf6222fed005c061122fe0d',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400004&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'c2dace67d2f8336c0240b4d145090321bfa4ead73e62649861111a1d469c3ba2',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400569&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'eba761e9113639ce64336e49614e92d786016f197c6afa8beafffce66f10b48f',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400570&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '161ddd63ca45482ae76559b62e913fd0392c53f6230104701a3c55913739af57',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400834&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'e2d3666a4af0490039e32150cbfce9ce2470e7628ad4c2d84677b6de46e18394',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400835&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '27214222b2455a6c09f97d7225d520183b754ec3ba70be1574db01f2f767f54a',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400836&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'ea88c574445d033f4f84c7639bba662bc4410d3cd7f4c0a759836fb773ddbe57',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400837&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '5f43a1611ee4bd1c1bd7f03739c8042350a246bda104b26e626796862094de0b',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022401013&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '08a784f49f51ab2b959fbcbb7abcadecfb81ceaa7204b011425e1a883634c531',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022401014&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '6ef79890bdf969f9fa7e91572951e081889bfcd29daa70f18b6775ba4120e4cf',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022401015&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '1cfb79406addd9a75b845df359dd464d0184f07f8218023c3bbb855af2a78f02',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022401016&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '46202fad1839a77f93214f53ab0cd4c9e3b753b0593d6776700a59ceb2059422',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022401227&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'fab45f524640b8b9e9bd1a0bd4fe3f59ebe3a69bcd9b15ef5e05ead8c99f5146',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022401228&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'b1a1962603d96cd343c4b31c672aeb3f422d3aefdde88c7755612f67a2ed0cdc',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022401229&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'abe2e6dbc4f50cac3c36113db63ebf506b9d650b9c86ac233b0118c5bec58d52',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022401230&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '66948462279ddbce4e53a35b4057004c887d972f44ddd95d88c0d06fc267489c',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022499999': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0042400101&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '85542b24dc013475cad6ab480be27705501ac87ab21ea984495c0df98be8ea96',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0042400121&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '68915348277538d3dd2afe0c95f18683d79e5ade1e19c01dad1854c772bf0574',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0042400141&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '3cc4bb588814cfdbb341bfed837ac32bc99d8855f4e1a3548d9c51390d231492',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0042400161&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'f25b78303fb4becdfbc48a10249b1bbb175ab8aff6642449ea8489661a56fb31',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0042400202&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '58b35e72d0c056887110ba6ad87a618f7c3c4f02bbafca777c9fbefb7fd581c9',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0042400222&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '47f72744a4b4f10b07471c84f554ce0f3b957e98edc1abf759e27cf650a0cf1a',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0042400301&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '504f5011483ad4411837c8b3f0be64be9533041f5d298d7b1ca688a6f5fcad0c',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0042400405&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'd43e37e7da7efc00034974a5b860e2954c34f04367a905d5748ca8dd83917f7e',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0052400101&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'c167ab8e3aa6bbedee72991ee37719c1192fe06dfb47f48baa0eb3ed574f2703',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0052400131&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '88c4722445a2b94bb11070571667d6e4a07b6ebaab23fe2c25d76ed634ab86da',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0052400201&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '1b6f2f72b4023daed0f39c5126849d27d0116726e71cfac706941c86c1f33fad',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0052400211&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'd9855c6d246989ccce9ad6a898a9f556555dbf1cb423f714f57b90e39de5a048',
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
                                                                                                                                                                                                  'cdf2653f669d18dbefb1f67a3671da45de16878245237b088f3cf2353722f1cc',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-01-01&DateTo=2025-01-09&Direction=ASC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE': '200 '
                                                                                                                                                                                                 '729d23a2b214e2880bb44b5e92fd7ad0101e36ea4296748ff912cd339eceb4c8',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-01-08&DateTo=2025-01-08&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=PlayIn&Sorter=DATE': '200 '
                                                                                                                                                                                        '850f6d498641fc1a5536899cbfb09c92fea4aed930b1c29654e699ddabb57329',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-01-08&DateTo=2025-01-08&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Playoffs&Sorter=DATE': '200 '
                                                                                                                                                                                          '8dc5da175defafacdddeba0b7b29c0aa3a0b4aefb3cc3f846ea41893ef081d3a',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-01-08&DateTo=2025-01-08&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE': '200 '
                                                                                                                                                                                                  '7c44aaf043c457953da36acdf66f6a83fbfb122a54aa1df359325f30affe0a4d',
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
                                                                                                                                                                                                  '522a8dc52201b1e3d5c3af2ae1d55eca3415edff6f4bc1e0b9045ca39997e59b',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-03-15&DateTo=2025-03-15&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=PlayIn&Sorter=DATE': '200 '
                                                                                                                                                                                        '5b4842ba761211e5aaca5732026e4478df9358abffbda44b3f28de34f68dd249',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-03-15&DateTo=2025-03-15&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Playoffs&Sorter=DATE': '200 '
                                                                                                                                                                                          '74cffd79e24363bc849774a52820e5c5fe5d69185976593986fe198e51fe0290',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-03-15&DateTo=2025-03-15&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE': '200 '
                                                                                                                                                                                                  '9e8562f4a86b622adc85bfbbdcd71314ac8c230e9cc5ed0f55c946921e4eb13f',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-04-12&DateTo=2025-04-12&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=PlayIn&Sorter=DATE': '200 '
                                                                                                                                                                                        '9ed23faee6e150dbf62ebe87820085069bbd03f14c41a5a2fa20eead808448a3',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-04-12&DateTo=2025-04-12&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Playoffs&Sorter=DATE': '200 '
                                                                                                                                                                                          '3ffd331f0d2a382e3bbf8fb15e11cf8e7464779568dc95190bc505cc271deb63',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-04-12&DateTo=2025-04-12&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE': '200 '
                                                                                                                                                                                                  '242c1510914ce3c9ba537e600061cc87cead55ef75e2d8612047869a50da1750',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-04-15&DateTo=2025-04-15&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=PlayIn&Sorter=DATE': '200 '
                                                                                                                                                                                        'eb082d0909410eff45a0193c77c7cddf244d8edf32f036b6edc6f0270e47fafb',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-04-15&DateTo=2025-04-15&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Playoffs&Sorter=DATE': '200 '
                                                                                                                                                                                          '83b9d1bdf976c091593dbda11e4c16a69fa38d311edc40d2a6587aa748d853fd',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-04-15&DateTo=2025-04-15&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE': '200 '
                                                                                                                                                                                                  '7803e803d783f90f1f115fd877c33ac8f0917a2395a0f08afa7817184f22a80b',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-04-18&DateTo=2025-04-18&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=PlayIn&Sorter=DATE': '200 '
                                                                                                                                                                                        'c0ca60f84260b2919f39c402a6e6495343e724458bdb044694baa5603b794f67',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-04-18&DateTo=2025-04-18&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Playoffs&Sorter=DATE': '200 '
                                                                                                                                                                                          '8ef81e31e2df483e671bad5fe1d3c24cb5995c1ca5e61a55d870413880868aa4',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-04-18&DateTo=2025-04-18&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE': '200 '
                                                                                                                                                                                                  'f9c10821540f9875c002202b6ea2430fc286ef759c73790d3b5a3eac954c1c31',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-04-19&DateTo=2025-04-19&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=PlayIn&Sorter=DATE': '200 '
                                                                                                                                                                                        '36afb6c858bf30d7ff731d9c50f699a4188670eefc4ac9bac17a20d297985315',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-04-19&DateTo=2025-04-19&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Playoffs&Sorter=DATE': '200 '
                                                                                                                                                                                          'f153ce81dc8131f38fc9bfa4f387eb8f2914022e4e34d8248e96098a894a3821',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-04-19&DateTo=2025-04-19&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE': '200 '
                                                                                                                                                                                                  '665213d24ce8c3aae2e67eabf01cd34d781fef3e0883fd9f82fe661d4bdbfd8e',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-05-06&DateTo=2025-05-06&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=PlayIn&Sorter=DATE': '200 '
                                                                                                                                                                                        '2f63f0201c44793f906ec4080c72e4b32eb4f1cdf5b7b66a88682b9ae3a3064d',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-05-06&DateTo=2025-05-06&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Playoffs&Sorter=DATE': '200 '
                                                                                                                                                                                          'fd3436c3cb77018d78f957b44c40617ef68e064d0ba8ed38408314470824e4d6',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-05-06&DateTo=2025-05-06&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE': '200 '
                                                                                                                                                                                                  '33bbdd263a4cf5322091197f00a572c3fac81c68090beb337529ff2958cb28fd',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-05-19&DateTo=2025-05-19&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=PlayIn&Sorter=DATE': '200 '
                                                                                                                                                                                        '4dd0b55c8bec9c199b5d499b00ff04ce89696038c44b6b6af5887ec9d5fe51ed',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-05-19&DateTo=2025-05-19&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Playoffs&Sorter=DATE': '200 '
                                                                                                                                                                                          '4b50b206213215d23f11e0d688c96660f345947be6447c9b9692cd21a181033c',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-05-19&DateTo=2025-05-19&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE': '200 '
                                                                                                                                                                                                  '94eb5ce1d28d9bb8af5a212bb0099a8d92826ccb682f6d1a4686fff636a12d75',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-06-18&DateTo=2025-06-18&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=PlayIn&Sorter=DATE': '200 '
                                                                                                                                                                                        '4ca0a476312620a5a8f326076dcea60cb4271a01291fee8957224e1ed8445170',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-06-18&DateTo=2025-06-18&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Playoffs&Sorter=DATE': '200 '
                                                                                                                                                                                          '42e4ae4eb70006eaf495c839c442e7e3371e47e2e957db56e21afe7bdbbef404',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-06-18&DateTo=2025-06-18&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE': '200 '
                                                                                                                                                                                                  'a5e1ff3d2f29c7b73986431a05e8f41bc58be84f7ffa6994bdc9358965c24286',
 'https://stats.nba.com/stats/nope': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://stats.nba.com/stats/playerindex?LeagueID=00&Season=2023-24&Historical=0': '200 0dc3897d73eb5f43787c07cda86f9715f430d3df443fd59b1f38cd1ace1f0b62',
 'https://stats.nba.com/stats/playerindex?LeagueID=00&Season=2024-25&Historical=0': '200 6d3e9454905d003e634842158bc891c7aab91e17fb4f7600bd0820cba1101647',
 'https://stats.nba.com/stats/scheduleleaguev2?LeagueID=00&Season=2024-25': '200 c7ef514fc5bba4488e88142957a1c5fe6aba7567f00cc07804fdd34a4e10cab3',
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2024-10-10&LeagueID=00&DayOffset=0': '200 3edce5a9f84a0817ed791a85b0ddceecc28e966e14f490838cbd35c69f420bd5',
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2024-10-22&LeagueID=00&DayOffset=0': '200 be8b2270eeb8cf9b7ae74eef017ad772d82d418aeb7ff76ed499628f183069ca',
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2025-01-08&LeagueID=00&DayOffset=0': '200 6cdea58650f5bf94d5d944e4cc05f2961e46b450ee9b463f283e30c560308ae4',
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2025-02-14&LeagueID=00&DayOffset=0': '200 5a97e5b907b2663f6223c97f5735a69fe2ac192ef6d5a424fa311c2202b942fd',
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2025-02-19&LeagueID=00&DayOffset=0': '200 0c765f4685743488f906eee8b61d93a6e58ffe87b0716ca1304bee08de67c889',
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2025-03-15&LeagueID=00&DayOffset=0': '200 0c37865d64230ae3dbf580260c449a97b2e79c5b5f5eef25b24fb9734798e1d8',
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2025-04-12&LeagueID=00&DayOffset=0': '200 e7ae4e57d0e129fb0cbd564ef4fd9de7cc72ec1e8edf543e94a1d5f6b9078044',
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2025-04-15&LeagueID=00&DayOffset=0': '200 b82472de756514310cbb6bc102a7b87d159fa2e59dd94e265c9d5b156e37078a',
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2025-04-18&LeagueID=00&DayOffset=0': '200 7b50e2295ce9be81b4048bafdac26dacdba0b1bd0c9d4e76c27e571339f37f01',
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2025-04-19&LeagueID=00&DayOffset=0': '200 9f3638689a753fcd778c6c0a7fe1fbf3d5646c0ecdff26a5187d3e35696a3171',
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2025-05-06&LeagueID=00&DayOffset=0': '200 032f7fae16fea7f268eaa3ff4ac71087dc45cf7325dccdc2d0329a4ffc10e9cb',
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2025-05-19&LeagueID=00&DayOffset=0': '200 20f6fc2aad4e7b4834c9f4ef7525df182ec3c78019b53e304cb289aa03d3075c',
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2025-06-18&LeagueID=00&DayOffset=0': '200 c013ec895ed1cdfa05b89d8c8777f884355c986d7baa20e08de4e3febd5100a5',
 'https://statsdmz.nba.com/pdfs/20241022/20241022_ATLPHX_book.pdf': '200 d450d858e251c5b137057f0a5bec1d52dfbccd3d813d7df6e9feabf7411f84c2',
 'https://statsdmz.nba.com/pdfs/20241022/20241022_LACMIA_book.pdf': '200 14ce861b7673a5706a8190817e3ff2208c402e8921316f6d5386fcbb118f1df3',
 'https://statsdmz.nba.com/pdfs/20241022/20241022_MILPHI_book.pdf': '200 fc4437faf7c062dc0e0f4062cb2ede492941086797bcece4ef27ba8cdac466b3',
 'https://statsdmz.nba.com/pdfs/20241022/20241022_ORLLAL_book.pdf': '200 5774386d6aeddd08af83673d0f8198a25f8b64a2dcfd54882bd57eaf273a3b2e',
 'https://statsdmz.nba.com/pdfs/20250108/20250108_DALOKC_book.pdf': '200 b9494bf8bc95141cb86a53cd8e4fe29ba6fff5d3964365014e2b8fcf6fc205d2',
 'https://statsdmz.nba.com/pdfs/20250108/20250108_NOPPHX_book.pdf': '200 f7003fc551cef2e33cae3ec2abb041cbfb4edb707a7e97305e4b07f1fdfb5905',
 'https://statsdmz.nba.com/pdfs/20250219/20250219_LACMEM_book.pdf': '200 e295ed930d317da7ac7772721c1f858cc34df79e5ae2b70fc3ac55b3bd50de72',
 'https://statsdmz.nba.com/pdfs/20250219/20250219_MINCHA_book.pdf': '200 ac0661200e1a63f60d99dcd9d74c16b502d19eec9120dcab95addbb8f53ac5fb',
 'https://statsdmz.nba.com/pdfs/20250219/20250219_NOPWAS_book.pdf': '200 9cb29e9078d8c818c42189b2a9cb4710b4974a6f4b8346758683522dfb473d06',
 'https://statsdmz.nba.com/pdfs/20250219/20250219_ORLDAL_book.pdf': '200 d6f99b92de2324cf0d8b47ef56e2c62701044575ee92eeab3e81e4bc7602aeda',
 'https://statsdmz.nba.com/pdfs/20250315/20250315_DENLAL_book.pdf': '200 5207669f5d24e208d771769523eedfdbd0ec672322c2f1132d3b65bc84e4909b',
 'https://statsdmz.nba.com/pdfs/20250315/20250315_HOUBKN_book.pdf': '200 98312aaec44cbdf2f2cca19b649485ae1158f45fa156abf3c1ac37ef76669d6f',
 'https://statsdmz.nba.com/pdfs/20250315/20250315_MININD_book.pdf': '200 c63b629e7ca0d2f059dcc28c05b482b537a91ccb9d9e9cc8a5ac9169b1a7e2da',
 'https://statsdmz.nba.com/pdfs/20250315/20250315_PHICLE_book.pdf': '200 5a5849d1dcbe4086490abbe63811074d6598f77796ba9a47c8284ee5d4d79218',
 'https://statsdmz.nba.com/pdfs/20250412/20250412_ATLCHA_book.pdf': '200 d7b461a8a10ba9a1e67d6978e544ef3fedc08fd7ff53c9e084886524739d4b30',
 'https://statsdmz.nba.com/pdfs/20250412/20250412_BOSPHI_book.pdf': '200 7ed1dc3edb10d8de87a9738d39ff370a1262c442a95153d35f5ef7c6541c98cc',
 'https://statsdmz.nba.com/pdfs/20250412/20250412_CLEDEN_book.pdf': '200 da01332d0e7329c0377a89c8863ced10667f184358d7ab0912b6a29a20edc324',
 'https://statsdmz.nba.com/pdfs/20250412/20250412_SASNOP_book.pdf': '200 b113d1dd901d8530b690a0ae931e21dbf885d21e7b8a8a6daa5327715af978b9',
 'https://statsdmz.nba.com/pdfs/20250415/20250415_ATLPHI_book.pdf': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://statsdmz.nba.com/pdfs/20250415/20250415_PHXLAC_book.pdf': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://statsdmz.nba.com/pdfs/20250418/20250418_INDATL_book.pdf': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://statsdmz.nba.com/pdfs/20250418/20250418_PHXOKC_book.pdf': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://statsdmz.nba.com/pdfs/20250419/20250419_CHAWAS_book.pdf': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://statsdmz.nba.com/pdfs/20250419/20250419_INDMIL_book.pdf': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://statsdmz.nba.com/pdfs/20250419/20250419_LALMEM_book.pdf': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://statsdmz.nba.com/pdfs/20250419/20250419_OKCGSW_book.pdf': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://statsdmz.nba.com/pdfs/20250506/20250506_INDTOR_book.pdf': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://statsdmz.nba.com/pdfs/20250506/20250506_SASGSW_book.pdf': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://statsdmz.nba.com/pdfs/20250519/20250519_INDCHI_book.pdf': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://statsdmz.nba.com/pdfs/20250618/20250618_CHIGSW_book.pdf': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
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
 'https://www.espn.com/nba/boxscore/_/gameId/424200001': '200 622b7df0fa52b66194f4f3d3139e11fc6715f5d76d28e1e7c1c10c818336810b',
 'https://www.espn.com/nba/boxscore/_/gameId/424200002': '200 dff33e18677984f13d448cf5c2a384f5923747b9de785763319162b79b281d4f',
 'https://www.espn.com/nba/boxscore/_/gameId/424200003': '200 9a7c8f74003fddf99f0db5676dc3496db47d7852b452b2d0d9e4a519e177aa1c',
 'https://www.espn.com/nba/boxscore/_/gameId/424200004': '200 c033ed38f78bf4823b51e486d60a0a1e7896dea9dd1aaabaaa9e7f1114749eca',
 'https://www.espn.com/nba/boxscore/_/gameId/424200569': '200 eb6e40adee3fcffd3ec57bf328e60fa53ce6ff80dfb6826d93c1b4f4ab4b7506',
 'https://www.espn.com/nba/boxscore/_/gameId/424200570': '200 cbdd226bcdca7a47fb8867a6b6e608e014c20feb83d9317c7ace22615a1ff7ae',
 'https://www.espn.com/nba/boxscore/_/gameId/424200834': '200 63116eab94c851a8cf43e4b60e705fd48a4fcde8c3ba95f356e960c602383376',
 'https://www.espn.com/nba/boxscore/_/gameId/424200835': '200 79663eb4e77f6f906b8f6e2919a0b39939c9667b2ab392c35def870a9a44eef8',
 'https://www.espn.com/nba/boxscore/_/gameId/424200836': '200 4ad615875c4c6670f3786dad2227c54b58bf6f7b8e7183369436d82edfd23cbe',
 'https://www.espn.com/nba/boxscore/_/gameId/424200837': '200 95b52cf597a047b59065f1aef9c19bffddf5f5a1ecdddf3d583375aef7e86951',
 'https://www.espn.com/nba/boxscore/_/gameId/424201013': '200 0e8216f6a328abb500615233d49b10cd5bc5e90a6cf908286ca57a5484399008',
 'https://www.espn.com/nba/boxscore/_/gameId/424201014': '200 21cfadd3b673426cea991b415bf49f367f495cc86d85dea80f24061bdf4bb9ad',
 'https://www.espn.com/nba/boxscore/_/gameId/424201015': '200 62fdfa08d9f89034335c59d59611f0f896bfdebfc72a8fbf6ab21348cff11418',
 'https://www.espn.com/nba/boxscore/_/gameId/424201016': '200 1bcd29744d9d4173a3afbbaf4a3b410206d1aec8189ad14a7b087502d6a0b6ed',
 'https://www.espn.com/nba/boxscore/_/gameId/424201227': '200 f69d764469fc67a20efd55dfeda22224294f33d9ccf45fe5690b51402a7f8009',
 'https://www.espn.com/nba/boxscore/_/gameId/424201228': '200 d466617b58a57a805665fb96892c2670dac42217332cf9b792845512dec651a4',
 'https://www.espn.com/nba/boxscore/_/gameId/424201229': '200 8a3c9ce45b2356c11d66285398e995d7a0284a96697446c10206fad6b61eee92',
 'https://www.espn.com/nba/boxscore/_/gameId/424201230': '200 6cdea8a494f77cb536c7cd3e5bd0d555f4583b791d01353f5abbce9f8ebc1003',
 'https://www.espn.com/nba/boxscore/_/gameId/424400101': '200 fa43aa039dd66a8d4892b2b457846669bbca3e99a638b984d926f080663589fe',
 'https://www.espn.com/nba/boxscore/_/gameId/424400121': '200 a8e97527cce071bec6687ea09dfeae538f912a8f681d17b8ca80f19f218f434f',
 'https://www.espn.com/nba/boxscore/_/gameId/424400141': '200 1b6013d4e866a9d2642125fdf32d02d5bbcf79bfbd8025e913e69195d1b8a623',
 'https://www.espn.com/nba/boxscore/_/gameId/424400161': '200 5677a052006e9ce6f2933e1b82d6bd1d45c79572ab7f4cc8d44ca14d83dfde33',
 'https://www.espn.com/nba/boxscore/_/gameId/424400202': '200 05421944166925699615ba3fd21b9015c740c5a1bfbebe84c857545cac260a37',
 'https://www.espn.com/nba/boxscore/_/gameId/424400222': '200 efae34ecf530fd2f55b5cf689670added520cef8ffa13097be522d791a69dbc4',
 'https://www.espn.com/nba/boxscore/_/gameId/424400301': '200 c1c2e2976a9403067e5ecf67210bbd9ab01b22101566b9615767f016410f17b2',
 'https://www.espn.com/nba/boxscore/_/gameId/424400405': '200 901b0af3be45b04956db2ad3fc90d077161addc459d8887c78e4788ea94a5457',
 'https://www.espn.com/nba/boxscore/_/gameId/424500101': '200 48be789019e397f30cea121bd4279d264bd90e1be237f6d3ba566703e2fcfd7d',
 'https://www.espn.com/nba/boxscore/_/gameId/424500131': '200 63b0a83429038fc0afcda45c9bde21fc0d93044d8b9bc83b875d79ec2413d5f5',
 'https://www.espn.com/nba/boxscore/_/gameId/424500201': '200 e2cd5cd78cf0efaf1eb8db4a81aa1444ae17d8ac25934378fd4876ead8581fc2',
 'https://www.espn.com/nba/boxscore/_/gameId/424500211': '200 3d1b3869f9b236b8a96bcf301be9446a1082a6391ea7f059f5dd2f70a68fc05e',
 'https://www.googleapis.com/drive/v3/files/10feba16e0756c72a5829fc0022400001?alt=media': '200 04cff15b8d37a55712fe183e49a0a8786bd3e984babfae38ee1e393ce8bed0cf',
 'https://www.googleapis.com/drive/v3/files/11680252b276c22657d77040022401230?alt=media': '200 d9a28fb0ba8c3e9f06e984a587e3ec9bb3e51ddeeeae9bfcb6ec92baacce3e45',
 'https://www.googleapis.com/drive/v3/files/11c5c9f4af37700ad134d790052400201?alt=media': '200 83c09b63c3c3a7627b64c06244f9e27c6b825fa5a832632752267023770ce8d2',
 'https://www.googleapis.com/drive/v3/files/11e7d036398b6db56d7cefd0022401229?alt=media': '200 796d62dcbe9a1c57127d52839f2b1b8a83def62f097d930c454e4396749d2b42',
 'https://www.googleapis.com/drive/v3/files/12134b701bdb716514ad6380022401015?alt=media': '200 4dd467fd18b3c63d3a564ecf6813f2f1ea5149751bcfc4c014658ace5fd43f36',
 'https://www.googleapis.com/drive/v3/files/129878cec2b4f390bc3d36e0042400101': '200 d703ba0bf11b14725b770fc3ef4e82ff0ea26f30ece03ce4fb4ed8526c5313a4',
 'https://www.googleapis.com/drive/v3/files/129878cec2b4f390bc3d36e0042400101?alt=media': '200 7a6a3c2a33ee92caeefcff7dcdb80ae30be8d5719257855f036ea1a4dcaaa8fb',
 'https://www.googleapis.com/drive/v3/files/13021d21870544805a3b0e20022400004?alt=media': '200 18bf0e0461b342ae09668cda8b5546a35768ec0969ce5bd37335bed026c795cf',
 'https://www.googleapis.com/drive/v3/files/13b5648cf2c5eb96b6a3f2b0042400405': '200 bf75f940db9d0761d0ebdf107019929a13d7e7a7b125f716a443e4c1b806b771',
 'https://www.googleapis.com/drive/v3/files/13b5648cf2c5eb96b6a3f2b0042400405?alt=media': '200 c1ade572d19d4b7b802a97297d7fb01ebf5570cb898bd5c9082c020667a6a7b9',
 'https://www.googleapis.com/drive/v3/files/13d95464ec23aa6b9f966280022400836?alt=media': '200 6245b4ba3b4a16228b2d8fac43a9906a7b54401074ac9bcb22a79d49b83ab9bb',
 'https://www.googleapis.com/drive/v3/files/13eaf0334ff3633b072895a0022400835?alt=media': '200 eab6097a2a571a81faac228c2b5942c2a0df5f731e612e5ff89c66e849cd5604',
 'https://www.googleapis.com/drive/v3/files/1486e3ed39d620151e959860022400837?alt=media': '200 726200b43d132c135c97f27d98e27593e4c5970c9776b58ff39fbfbdf36ee827',
 'https://www.googleapis.com/drive/v3/files/14b94c79ce16d1cdd4e29ac0042400202?alt=media': '200 365e07ce5fed77fff09a463c08b5f32246ae143413d79cb51d90a83154d5eeba',
 'https://www.googleapis.com/drive/v3/files/14ce4dbcfa4b27c7d8ec5fe0022400569': '200 28adcb82e2b8b1dd41162fbe8f35424a9d85d110a34471675edc0e00b7f302f2',
 'https://www.googleapis.com/drive/v3/files/14ce4dbcfa4b27c7d8ec5fe0022400569?alt=media': '200 9a7c49245fb32921f61b78f6a4d2a160f617ca8e31fd60b85dfd29de376759b8',
 'https://www.googleapis.com/drive/v3/files/154318d78e2ad9980cb17890022401228?alt=media': '200 ad706fc3b5c86365be1f2cb2c8a0c85d3abe3edf55f4b03090c117214844e623',
 'https://www.googleapis.com/drive/v3/files/15559ecc21293da2cc9cbc90022400002?alt=media': '200 92a9e861ddf3935aeae2434db4f3d27a54b554afec4097fb5f58482a01998628',
 'https://www.googleapis.com/drive/v3/files/176302dfc938d48b2041ea00022400003?alt=media': '200 1705c2edf0e603710063a157567e08a822524ceec824dcb53759a1a79ca469e4',
 'https://www.googleapis.com/drive/v3/files/1766a00c45058137bbaa28a0042400222?alt=media': '200 1e2d87c43c8e8b88d36a0fa44414de3960846e795d0fb3dcc9af4380ac0c8d20',
 'https://www.googleapis.com/drive/v3/files/1778f14eba8e6179ac2946c0022400570': '200 52ec8ff6c6259d56f901ea02e06856c9aa9233492016c0b7bde5b06a2d5824c4',
 'https://www.googleapis.com/drive/v3/files/1778f14eba8e6179ac2946c0022400570?alt=media': '200 2dd12c247e9d6d7c2ea3a09a7a19e60d71d5ec0f7594647c19f3fc81cf919a70',
 'https://www.googleapis.com/drive/v3/files/17c9aa8ae615682845071350052400211?alt=media': '200 5e98218d1b7b171c5fa94acf50de51ba46bf962fff981ce0e014883d356d3aab',
 'https://www.googleapis.com/drive/v3/files/188aaed2caa027c156d32140042400121': '200 1a3246206111500d4229f658fc4bfe23ebb0de002cda25829b1eceef22d1ccb3',
 'https://www.googleapis.com/drive/v3/files/188aaed2caa027c156d32140042400121?alt=media': '200 54b71ba9971ff6c02e8c1486c849dbd30dc4bd884d989d2ab6375f0c2f83e17f',
 'https://www.googleapis.com/drive/v3/files/1a9e3327e85294145a336de0022401227?alt=media': '200 aac7405f7adb1bce51269d4eed035129f1550ff4a656e41a458f1f07a75b73a8',
 'https://www.googleapis.com/drive/v3/files/1aced8fd92c4c0ea648ce540022401016?alt=media': '200 47a0d83d1cc8ea9ab4a884dff2039d34b81e7deeef1eb969899c1058d2039f25',
 'https://www.googleapis.com/drive/v3/files/1ae1f4a4b754716db5f91c10042400141': '200 8b527fc0cf98e1fa0e8515ac398f1a98902f0b5a423a0ee1fc57f1fbac673dcc',
 'https://www.googleapis.com/drive/v3/files/1ae1f4a4b754716db5f91c10042400141?alt=media': '200 e64cb124a8c909db1175a52b5bfbba0726e77ea152c960eb8e323c5e08ea63a9',
 'https://www.googleapis.com/drive/v3/files/1aef3cbc796af0f091454ca0022401014?alt=media': '200 912d0c82edbd0db216b037e8289b089f2bd6e7354f3b0c111c57cd9b6cdf2c5f',
 'https://www.googleapis.com/drive/v3/files/1b19dfee52e4a1510f3b7e70022401013?alt=media': '200 cb76b3840746598d45c04d221f523b846c5e6cf2bb4e67496b92d2002746e1f3',
 'https://www.googleapis.com/drive/v3/files/1c2a498368b115636be35ed0052400131': '200 d5e1a00bf7f953d6f623d371875df2b3ae8aee841150ecc6cb5e36f2b22d5e39',
 'https://www.googleapis.com/drive/v3/files/1c2a498368b115636be35ed0052400131?alt=media': '200 862b8368dcdfe0469bfc652ea462e3df4cd9ba3a517c2a0a68bff74fc6511baa',
 'https://www.googleapis.com/drive/v3/files/1c3e3020d4087099d9c3dbb0022400834?alt=media': '200 921f8251e36cb7f0295c4ae5022fef9df5b029242c7c207d11a07c99338ab312',
 'https://www.googleapis.com/drive/v3/files/1d0e137e637b862582462480042400301?alt=media': '200 771e70b03365954b6a1729494a90adf7b6465ad8ea9ca3277ee8779bc507b8d0',
 'https://www.googleapis.com/drive/v3/files/1e1728577756841d843768e0052400101': '200 d2b316f4082419e811c58188a3933babdcfd71526003c2b45d5391b83ace4b53',
 'https://www.googleapis.com/drive/v3/files/1e1728577756841d843768e0052400101?alt=media': '200 9e6b71d7f315beb35021a0655c1aa53b14bc70342b4493ee19a2d4546e64aa13',
 'https://www.googleapis.com/drive/v3/files/1e51c6e68fefeac261499060042400161?alt=media': '200 bbd21fcadbfbc50a46181d53b08cf38d82a3a2ee29dd1f31199ee3f8d4c3fd96',
 'https://www.googleapis.com/drive/v3/files?q=name%20contains%20%27[2024-10-10]%27': '200 4cc9aafb3ef4dc0a2fbd46f55d4825499b81302620cbe125f49828cf35d730d2',
 'https://www.googleapis.com/drive/v3/files?q=name%20contains%20%27[2024-10-22]%27': '200 6127882a9f2e24cea26dc7a8685bfc771208a99dcaef42a6c58002ca17cbd643',
 'https://www.googleapis.com/drive/v3/files?q=name%20contains%20%27[2025-01-08]%27': '200 df3aeaed7f71368c2663b66197107f7abcebea3f3267e71e9a20f7aed2fb2934',
 'https://www.googleapis.com/drive/v3/files?q=name%20contains%20%27[2025-02-14]%27': '200 4cc9aafb3ef4dc0a2fbd46f55d4825499b81302620cbe125f49828cf35d730d2',
 'https://www.googleapis.com/drive/v3/files?q=name%20contains%20%27[2025-02-19]%27': '200 05464c275e7bdb1ec15ede5ac94d17588b7bdbe541519eb4024d8d54bec16117',
 'https://www.googleapis.com/drive/v3/files?q=name%20contains%20%27[2025-03-15]%27': '200 1bf45d6d530137ec8204eff4abbc1ed8a9ea865ac5369580ac9dd49cad11ee79',
 'https://www.googleapis.com/drive/v3/files?q=name%20contains%20%27[2025-04-12]%27': '200 19bdd115a9b7727e041ea7e38e9ec48cb3e5b95c182ec45bbbc0ca09507770aa',
 'https://www.googleapis.com/drive/v3/files?q=name%20contains%20%27[2025-04-15]%27': '200 4602c83cb3e61a9bc32ccb2108198b4432066abf428e477176afedc5a2e1ee18',
 'https://www.googleapis.com/drive/v3/files?q=name%20contains%20%27[2025-04-18]%27': '200 fbb74707beb6e2b991f1a143ad0e4331177110fb1ed1ed0dcf316336e47ab7aa',
 'https://www.googleapis.com/drive/v3/files?q=name%20contains%20%27[2025-04-19]%27': '200 c24541a89f89cad634ef6c5f1b6422156359435a521e7521f67be83f2711c45c',
 'https://www.googleapis.com/drive/v3/files?q=name%20contains%20%27[2025-05-06]%27': '200 ae4f42df4ebe04386fdf85b150f7358b095589d1c04d6d632652e28b038169a7',
 'https://www.googleapis.com/drive/v3/files?q=name%20contains%20%27[2025-05-19]%27': '200 a26bb80a282847f02bcea0035d10a20dec630d38a6a36145d59282757d99a2f3',
 'https://www.googleapis.com/drive/v3/files?q=name%20contains%20%27[2025-06-18]%27': '200 5df255c6625e84db3a0b6046a4142b7218fa69a6af88b75b5928a0628956e491'}

MID = {'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-01-07_05PM.pdf': '200 6526f189f96df5b8d6e2cb6b6eef2e8c2435498c99ea2fbcd1b575929b686340',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-01-07_11AM.pdf': '200 6e0b1d2b73efdfa0b392183643865178e59ddb277f3daa4c4fab91e4cf154ddb',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-01-08_05PM.pdf': '200 538c05219551dad657617c861b232f521279817aef3b8214948a2480a9f8e453',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-01-08_11AM.pdf': '200 48265be6b036a1c6b6b87c73befa0d9410260082391d23b7c355bc1afd9b591a',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-01-09_05PM.pdf': '200 ddfb031a742c2ca18ed20ef989fd4600774c97abd950554d5e443b0b3d72977e',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-01-09_11AM.pdf': '200 ea6d849ec6e3ddc233c5f739161ef76b66a06d149966985de759eb817d906fae',
 'https://api.balldontlie.io/v1/box_scores?date=2025-01-07': '200 6aeea678821a9322dc96e7ab8024e5efb37feebf033d5f733277bfd0681d3904',
 'https://api.balldontlie.io/v1/box_scores?date=2025-01-08': '200 8fe32e407a1038ee38753b70e5374b3a46d6ae9d5f16cd5b73c53abaca8f5ed0',
 'https://api.balldontlie.io/v1/box_scores?date=2025-01-09': '200 8fe32e407a1038ee38753b70e5374b3a46d6ae9d5f16cd5b73c53abaca8f5ed0',
 'https://api.balldontlie.io/v1/player_injuries?per_page=25': '200 db70c07d553b3d1374ae3f7e0a8d6847bfda0aa9dad95fe042fafa2ee5d14b15',
 'https://api.balldontlie.io/v1/players/active?per_page=100': '200 411f7c622f715fa99cec54ed2abdfad43056b265e18be7ee47d245b49d53caf8',
 'https://api.balldontlie.io/v1/players/active?per_page=100&cursor=500': '200 4ced881f85577a3858aba7fb3d3878ffee0ee6ad16f4bac7982089bb00bd6860',
 'https://api.balldontlie.io/v1/standings?season=2023': '200 6a04c9b90ecd4901eb9645a4e24ac0fdc89f24793275e4bcf36786d949758558',
 'https://api.balldontlie.io/v1/standings?season=2024': '200 f4c3bc092bed2c91432a03b453c69c426444ee83955458d26a4482555d7c4f39',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-01-07': '200 914283409e9688076cbf62f8628d68efdce59666c98b60bb4288b18f17bb08d1',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-01-08': '200 6ffa0f2ed4d138cf66c526c9cc0e97f9aba6caf7d9ce7fb16db7c97741263a6a',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-01-09': '200 bc50fafea54f603e46f97a94ee5bd81a1f56bb5ec33992973f73980391eaeec1',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24200556&location=ALL&limit=10&page=2': '200 f85c9371216641dff964dff86bba6d63000c74883f2870cf4544e8a122902d3e',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24200557&location=ALL&limit=10&page=2': '200 ec9539509112e19efabb340bd9731edcde21cd4de464888f1d157a819bbebd7f',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24200558&location=ALL&limit=10&page=2': '200 0fdc1a7013c2750b53bf1aed745488442124eadbdb7de5bfa39fe1d24ae01a0f',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24200569&location=ALL&limit=10&page=2': '200 32536e97575fdf171f9a44e20e0068bff662d1723807b52deb0bd58ae8354a46',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24200570&location=ALL&limit=10&page=2': '200 db92976e5a9ee6cbcef88afaa67b11fd6af153142557b81d9c1bcac063388762',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24200571&location=ALL&limit=10&page=2': '200 cd7262c4d2fd6dc0cd8bda37ec97965aec417cb3bfc30732e0c56d8d5973008c',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24200572&location=ALL&limit=10&page=2': '200 985630a27a0da985fec9834f795e005949d28ee32c974342d595ee98296e32d2',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24200573&location=ALL&limit=10&page=2': '200 606f93d350deecee1f04b0eb1492175d44f79a5eabf2a9c0e4dd0e1fc11682e5',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200556&location=ALL&limit=10&page=2': '200 bf51cdd3bf3442060bb0c2ff1ed945400783cab32a44af3c37f6cfeda9d315e5',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200556&location=ALL&limit=50&page=1': '200 ebac79b35837e703f7b1200434e5167cc765fce352228663c0b38a5e0cb8161c',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200557&location=ALL&limit=10&page=2': '200 6c4b2536d6d13c9d85bb745624a6a68fc6e70ff3acef157c543c34a2b0f053c2',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200557&location=ALL&limit=50&page=1': '200 ab47d51b577824a13da14e605a5360a00638172f5242c5157058771f8fa6ff1c',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200558&location=ALL&limit=10&page=2': '200 375fba87aa3eb8a4dc55bdd9bedea55afb8ee44a3931e6168c42b0289175c57e',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200558&location=ALL&limit=50&page=1': '200 7ccc0fcdb271a811acdb5e872ed514d497f521abff9216b2050e536f244d1009',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200559&location=ALL&limit=50&page=1': '200 69d2fb5f459fbe169b15382eb44282977341cdb80604c35b9f8e6388227b0167',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200569&location=ALL&limit=10&page=2': '200 67a43af6ceb8f3c31ad33163a7704bc352df15dac66dd64c8e4d840d68e10a17',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200569&location=ALL&limit=50&page=1': '200 83ca6205dc959995ebde911647f86e26f12f9fd13c3aa22c24593710526ff296',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200570&location=ALL&limit=10&page=2': '200 92c90c6240611f93804326bb2e14807deb37e06142659106361fd6d9e2a92daf',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200570&location=ALL&limit=50&page=1': '200 ca7759e9545f8ccfad752ed2c69f427c06ffbde2ba6255edc6dcf6b84971c4ba',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200571&location=ALL&limit=10&page=2': '200 3f38ea468bd50743b135166737fbddd86ccae386852bc2ed409c23ad3814570a',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200571&location=ALL&limit=50&page=1': '200 7f0b743635b4aa5c65a56b6ff55c8580419d42cbaf7a06360377081c1596509d',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200572&location=ALL&limit=10&page=2': '200 10e5f80a291d98a03d019ed14a5c8a71e525938fe919d38ae77319d42dbe88b0',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200572&location=ALL&limit=50&page=1': '200 390ad31840787688ee602e5b78188f98feb865dd8950014ac8d6ade9ef717ae6',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200573&location=ALL&limit=10&page=2': '200 606f93d350deecee1f04b0eb1492175d44f79a5eabf2a9c0e4dd0e1fc11682e5',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200573&location=ALL&limit=50&page=1': '200 07279235825aeb4125eb02c5296b73ddacb289f40db8d76eacafca592178f8c7',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200574&location=ALL&limit=50&page=1': '200 07279235825aeb4125eb02c5296b73ddacb289f40db8d76eacafca592178f8c7',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24200556&location=ALL&limit=10&page=2': '200 6f827cb43e92f038241c24d16b820d578749890d9a826c215b6d7ab6c68b1dae',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24200557&location=ALL&limit=10&page=2': '200 02f9b02231be36da40003e368cd76bb82c935e3b5f5a966416f3d33e38c438c6',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24200558&location=ALL&limit=10&page=2': '200 127e9a956c75fd1d59b5ae78c9ce20e05d9352994e3134eef40df546cbd2a9b4',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24200569&location=ALL&limit=10&page=2': '200 821e45e0a3383b9d404a567c6847455b79681b53f14857ccacbc6196a17a01b1',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24200570&location=ALL&limit=10&page=2': '200 44911a575866575445837e6fd8d6a71a52c8e881d372b20b94c4f7b0619182ca',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24200571&location=ALL&limit=10&page=2': '200 acc55c2cf3b96a3832c6935a8e5d68e5cfe23e75dbd34840b98f9d68229f0d23',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24200572&location=ALL&limit=10&page=2': '200 9a1ab47b66bc3d3db3ec511a3e246440f281a564e6090a1f1875eef08b7e911e',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24200573&location=ALL&limit=10&page=2': '200 606f93d350deecee1f04b0eb1492175d44f79a5eabf2a9c0e4dd0e1fc11682e5',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=162&event_id=24200556&location=ALL&limit=10&page=2': '200 d09716a4ed802ed5fd50548ebfab94712cba44aba55d20c71e9c326808462ddc',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=162&event_id=24200557&location=ALL&limit=10&page=2': '200 606f93d350deecee1f04b0eb1492175d44f79a5eabf2a9c0e4dd0e1fc11682e5',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=162&event_id=24200558&location=ALL&limit=10&page=2': '200 2477ba7deaf5754a7c554c1e7e7506dcc127f14da2450e6ba22ff5ec8114d2ea',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=162&event_id=24200569&location=ALL&limit=10&page=2': '200 b32ac04f3d90b2936fffb3514106fba2091ba3a865151e73f0e1f520cbe1740a',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=162&event_id=24200570&location=ALL&limit=10&page=2': '200 181d2e23c21366273bfdbe2a2e3ce199885b5538c9310ae08f420878ce1cf26f',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=162&event_id=24200571&location=ALL&limit=10&page=2': '200 108967fbf0b873d872ecf892699bfe1afcdeb306152331693ce295d4bf54e766',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=162&event_id=24200572&location=ALL&limit=10&page=2': '200 c26a82f94eccd4e51bdefbcd0a8386f1d0c87d89149dde1b68e1a2f67d925485',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=162&event_id=24200573&location=ALL&limit=10&page=2': '200 606f93d350deecee1f04b0eb1492175d44f79a5eabf2a9c0e4dd0e1fc11682e5',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/00a444595777ed0e073a860022400559/odds?apiKey=K&date=2025-01-07T23:30:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'd6dafba4fb21cc89508a0f055c55051c9f6cc403314ad900406f10b8d9335a58',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/2a873f67dc92a1d229848f0022400572/odds?apiKey=K&date=2025-01-08T18:30:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'b966f548785406217060bbeea29ec72711a94732ecebcb90412dddda9ab87316',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/2a873f67dc92a1d229848f0022400572/odds?apiKey=K&date=2025-01-09T12:30:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '87173c34a9ba78c2ebe7e016ecc496bf85e6c0cf2ba4f16718a91bd17012c2b6',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/2a873f67dc92a1d229848f0022400572/odds?apiKey=K&date=2025-01-09T22:30:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'e577b25204775118b9bf00f0d8b28e8e2138ac52a30d29699c14ff03e410b584',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/2a873f67dc92a1d229848f0022400572/odds?apiKey=K&date=2025-01-09T23:30:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'a8c5b6a2c114e3c0a12dc27264dfc5d1bc7ba4ca436a1c45124f78cbfd388dca',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/2c8420ba296e32d91d34ad0022400558/odds?apiKey=K&date=2025-01-06T18:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'f89b05c29f49ae1d7c7232bd5a87a209da4fccaa302b671b505b47910af81836',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/2c8420ba296e32d91d34ad0022400558/odds?apiKey=K&date=2025-01-07T12:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'ef731c26e02ba18956e54488d3ddc9182e6bb1a4f6522045397fd93dc8a70f2a',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/2c8420ba296e32d91d34ad0022400558/odds?apiKey=K&date=2025-01-07T22:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '60a945fbcf0796f0ecbf48d26dfc87dedd56947441bdeaed802248f874d6923c',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/2c8420ba296e32d91d34ad0022400558/odds?apiKey=K&date=2025-01-07T23:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '26ae14dbf89be1faf7d46108ba12cb3cf29a5da1bd6bb848d20b03f51914b2c5',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/53cd4eefae4052782064fd0022400571/odds?apiKey=K&date=2025-01-08T18:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '076a2a48f764b719d830137354af048a5da6a975d4e4ea90c5107eb8ae4278fd',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/53cd4eefae4052782064fd0022400571/odds?apiKey=K&date=2025-01-09T12:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '8e079c61ce0443e49025ffa3750bcc9991bfa7e8cbeee3295c79f6b88bce905c',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/53cd4eefae4052782064fd0022400571/odds?apiKey=K&date=2025-01-09T22:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'b4a1b066f81dc51460069f489391341547afeb4774515712f883bb10f6b996cb',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/53cd4eefae4052782064fd0022400571/odds?apiKey=K&date=2025-01-09T23:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '69e73756a05519a2678572f67c0fecd51fbd1bead3cf6e1e89edca33fd71cd91',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/58125b7cb47bb1d3b8c1be0022400557/odds?apiKey=K&date=2025-01-06T18:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'babd4539ddf67c78bde7ac0ef18844b4cab1df9317952651acf68a7aa01d4c31',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/58125b7cb47bb1d3b8c1be0022400557/odds?apiKey=K&date=2025-01-07T12:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'fa924e4b20a3cfd4573a5c6267e3f31e682561973849e86f4ac4a382b11a8902',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/58125b7cb47bb1d3b8c1be0022400557/odds?apiKey=K&date=2025-01-07T22:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '5647afeaee4e41b4e5f3d1f4414e2fef97494a39d1d0c617c6b37f73c2c44396',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/58125b7cb47bb1d3b8c1be0022400557/odds?apiKey=K&date=2025-01-07T23:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'bbc0a6bffecdea25b4777d93ce675d74f69aaefc1703b7cd4369184fa8d2ffcc',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/6730f2af4d2c27c23cdd0d0022400556/odds?apiKey=K&date=2025-01-06T18:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'b332fc47e52c917318ad875af060340a9fedd127f3565fabfebe93fa6d905e6d',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/6730f2af4d2c27c23cdd0d0022400556/odds?apiKey=K&date=2025-01-07T12:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '43709bab88c4d79fd17a247cb0845b2c1592aff72398eb22e6a31e6c9006e9ca',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/6730f2af4d2c27c23cdd0d0022400556/odds?apiKey=K&date=2025-01-07T22:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'f5af4e0779c7c25687ebf03ee5c7d34857f7f087fc8897ab0ee76054dec15c36',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/6730f2af4d2c27c23cdd0d0022400556/odds?apiKey=K&date=2025-01-07T23:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '5074576cd45ded40fbb91c7ebdbfe8aaf8df8470f87a92011ebd5a5e0d357e2f',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/95e9429afd0822e17aa6630022400570/odds?apiKey=K&date=2025-01-07T21:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '336acc0cd82428853ef005d450ca23fba2e78d050858fdad54a9a8684ab5f237',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/95e9429afd0822e17aa6630022400570/odds?apiKey=K&date=2025-01-08T15:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'd339babe09f6f72ce00508ab60e96e4a9030022fb8a6b9dc6cd6b2e13ef0904d',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/95e9429afd0822e17aa6630022400570/odds?apiKey=K&date=2025-01-09T01:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'ed8241bca213fadc83af798c90532480b8afd60cd5024e0be2478b126e947fa9',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/95e9429afd0822e17aa6630022400570/odds?apiKey=K&date=2025-01-09T02:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '385d60ae189b6f4f4129f5aa36a98a0bb2cbadff13114ccbcabece7b219ce5b7',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/9f672554e96779066758b60022400574/odds?apiKey=K&date=2025-01-09T23:30:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '3bc0f9e51d57a7ff515fd6e97c2d8efb5356de418ef76574c1483a5085338cea',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/b6bd6831c2130fb6d63bae0022400573/odds?apiKey=K&date=2025-01-08T18:30:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'a33afebcdd96a4316b7596e89cf913c88bd642d169deaa70686a64a051a8d0ea',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/b6bd6831c2130fb6d63bae0022400573/odds?apiKey=K&date=2025-01-09T12:30:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'f390e9c8ef73be0b17f676e15e4c32b6193b8f2f43b3f3b6939dba3872900415',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/b6bd6831c2130fb6d63bae0022400573/odds?apiKey=K&date=2025-01-09T22:30:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '6bde7569fb8ebc13bd5e85dcfaba539cf343f3da2a08607a990951e3f4100211',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/b6bd6831c2130fb6d63bae0022400573/odds?apiKey=K&date=2025-01-09T23:30:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'a2a6fc05c522952f913b0bf6b6afc5acb7ac844fad97c9cbf0c9724c2a9e58b3',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/c1a100a2056aa62583c1c10022400569/odds?apiKey=K&date=2025-01-07T19:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'f6321d62000449048d37e70033e06922b368fd35d819ab7fd28d337c6b84ba78',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/c1a100a2056aa62583c1c10022400569/odds?apiKey=K&date=2025-01-08T13:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '7e971ac84978b403a1d734d0b8fad430a72d1d97785b3cbd379f88b02e50f641',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/c1a100a2056aa62583c1c10022400569/odds?apiKey=K&date=2025-01-08T23:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '26c856be0b75db0f5758eefd88915f7f3e83c6ce30fbbd438630c430ab7b1fc8',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/c1a100a2056aa62583c1c10022400569/odds?apiKey=K&date=2025-01-09T00:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '5849024a6fa04b3495a2de3ddfd9607fb32abf33984ba382599b147e9c5fe8ff',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events?apiKey=K&date=2025-01-08T16:02:00Z': '200 c15f81daa72196f4e2b09ecf19b345a74772395f1f7263b7fb0d638353a50607',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events?apiKey=K&date=2025-04-20T12:00:00Z': '200 01af7e6f9bfbc91085ce9429c4f38744f83a3a7b7fef2d20e7b5f0da08a4f4f0',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events/2a873f67dc92a1d229848f0022400572/odds?apiKey=K&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h': '200 '
                                                                                                                                                                                                                 '62c872454a1f3d2503a55fe4a96bfc88dcfc0ded775b228fcc1eec9a8c84c6e3',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events/2c8420ba296e32d91d34ad0022400558/odds?apiKey=K&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h': '200 '
                                                                                                                                                                                                                 'f2894385facb236979db55e1152e3c226ca0b45ad346ba585ce2d97cee23f592',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events/53cd4eefae4052782064fd0022400571/odds?apiKey=K&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h': '200 '
                                                                                                                                                                                                                 '7e8dd22f41d1281ad0d64b3b1e61394aa8b29a39cb12b9f41d045fff6452f9c8',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events/58125b7cb47bb1d3b8c1be0022400557/odds?apiKey=K&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h': '200 '
                                                                                                                                                                                                                 'daf599f6c990ad023691385b167af4f4069eb0e39d258b42a1201033d9298e1b',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events/6730f2af4d2c27c23cdd0d0022400556/odds?apiKey=K&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h': '200 '
                                                                                                                                                                                                                 'dcc1de54ecb3fc85654075f4c49edda1c623e1d46e224c6fdd7e09d23c18b6d2',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events/95e9429afd0822e17aa6630022400570/odds?apiKey=K&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h': '200 '
                                                                                                                                                                                                                 '21b338255b2b4c357157f8ef93e52934e677efdf093bd986fa9c6fd68379886b',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events/b6bd6831c2130fb6d63bae0022400573/odds?apiKey=K&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h': '200 '
                                                                                                                                                                                                                 '5f086b1f48c858c93f0722159d888095740e9f5b1030f6eb79e65db84b2b05ef',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events/c1a100a2056aa62583c1c10022400569/odds?apiKey=K&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h': '200 '
                                                                                                                                                                                                                 'abac29f03c1c0afaf0316dae5598410d23ef25c2ae947a7880f288ebd3a72dd5',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events?apiKey=K': '200 8a16afb8dd5c85aaddac2c0f9c9305b93c3ec205175078061a3ad7f96c2588d3',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events?apiKey=K&commenceTimeFrom=2025-01-08T00:00:00Z&commenceTimeTo=2025-01-10T00:00:00Z': '200 '
                                                                                                                                                    'e01112110ec0e856ce1f221ddad7c9629c89ff30b4cfb3c30ec3e50f29f6d4b2',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400556.json': '200 e53cce6e21fa1427689014fe69f53cbd7cf3258e1b4601d9cbd391c32ca645a7',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400557.json': '200 6198d08b91872d9683560901c0e55161eeb8a7df3cb31ceb2c6397f4834636f4',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400558.json': '200 16fa7e942f95212f0d13620100256c07d3266c09247a95d5aa742c11f74cceb4',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400559.json': '200 64bcd26f906a628859b7d474339721e89ad1d29b968cc802e4fc84c31910a567',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400569.json': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400570.json': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400571.json': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400572.json': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400573.json': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400574.json': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://official.nba.com/wp-json/api/v1/get-game-officials?&date=2025-01-07': '200 02004872c7384cd7ff31f16d3b887a1f724ce17880c67b865f11eee8ea4233a0',
 'https://official.nba.com/wp-json/api/v1/get-game-officials?&date=2025-01-08': '200 d9c4f583506a1900f7522934110bc1f4cb483489da2afd484bf215dca081d025',
 'https://official.nba.com/wp-json/api/v1/get-game-officials?&date=2025-01-09': '200 5f2e420ed4354196fb58476de6660fa29006f4c17b57e38a18124da14f85d842',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates=20250107': '200 9fc37ddd86a9f9b437a5c67816ad302ae1c77aa6ef4bbb9384fd5bccd30ea406',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates=20250108': '200 b2346eb9195764a09e99835a87401a5ac9cb962eb2268ce37c6cda81e41323ff',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/scoreboard?dates=20250109': '200 96f8e5049602cddff283610a40123bc1288263de4a34f5630bff7e710e9e2b6d',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/10?enable=roster': '200 4871b14fafca654e8ee977e2ee9cbbc553cdf4e84e27473a978a69790dd4e1dc',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/14?enable=roster': '200 b51560047f4649f45ab5eb1cccd86bae98ac55ee37b1259350163338ea434e69',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/1?enable=roster': '200 0087164bda82aaab928a8cd62823de3d601a1fe8deb5ed98dfe6f6fe7d23305c',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/23?enable=roster': '200 e8e11716d8588f3dfccc81a98bb3acc90b1443c718e5fef6890f560ec60e1c76',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/25?enable=roster': '200 88347bd1354806368b16205053675ead4e6f67dbe18360f8f9993bcb49ed3161',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/5?enable=roster': '200 f95fe6b4cbe779b54a7f437748098363662a4b82f6bcdf0ebbd88785791d990e',
 'https://stats.nba.com/js/data/playermovement/NBA_Player_Movement.json': '200 7cdfaec2d2890308c6bd04f01784f62c4e124191beaa79ea83cca74766b4cef0',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400556&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '2ece73d56ffc81513894b9a46fde59620a3637b2b9dfb21dc9ddb016905fddfd',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400557&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'bba82c29dd4ff34712d58c1ce88e6e65b058c9ae2865ec61a087b0f7a2481a82',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400558&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '1bda1147745ce8f78baae1ea15185762899aede9cb3142a930f9f04593a9e86f',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400559&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'd95b00560bf219093f8a3803652046e6cb14f3dfcec0df650cdacde7c1dab256',
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
                                                                                                                                                                                                 '8b4c6494d86a1cd8ed0a811eb807303f75cc6a07291435ba527efa4a70645009',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-01-07&DateTo=2025-01-07&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=PlayIn&Sorter=DATE': '200 '
                                                                                                                                                                                        'b9161a7b30716cfc1fe8706f016651ca474870105c591626c37f2819fd1fb0f1',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-01-07&DateTo=2025-01-07&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Playoffs&Sorter=DATE': '200 '
                                                                                                                                                                                          'c4574c4d176aa7376128822537c35168869adfa462688835012f8020cef529f6',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-01-07&DateTo=2025-01-07&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE': '200 '
                                                                                                                                                                                                  'ad26ebd32cf0ac53dad0f326f4dfc934010eda90d851e828a917e8186d7a5130',
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
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2025-01-07&LeagueID=00&DayOffset=0': '200 543301bc6ba8a5487fd16efc83c34527bbac8975eda7cb8d159712176df1f7e2',
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2025-01-08&LeagueID=00&DayOffset=0': '200 5e282e2846ff9fcfba64a9b379bf9fa3cd41eaf833641adb0bca528a32ad5554',
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2025-01-09&LeagueID=00&DayOffset=0': '200 404b10580dd67191fafd98a8e7b32380e539c0e0ad92ffe7e73009c29f8d1e2a',
 'https://statsdmz.nba.com/pdfs/20250107/20250107_CHADET_book.pdf': '200 bbf81127495f19ee9538dedf1cf38c712df278c2747df42480aef49cba7892f5',
 'https://statsdmz.nba.com/pdfs/20250107/20250107_CLEBOS_book.pdf': '200 2c349a95975aa7babc55a90850d1ce9bc7d327d2a09a9ba96f9132cf49c8c2a1',
 'https://statsdmz.nba.com/pdfs/20250107/20250107_MINPHI_book.pdf': '200 2d3f21b1c7b1e5d37ab6f855b367a6c96ac44b7d08f2d3e98db9a66af2821314',
 'https://statsdmz.nba.com/pdfs/20250107/20250107_PORMIA_book.pdf': '200 0cc45579675f7f2ed5ee3251ec46f8d9b1303f5afeaf57b569c1a623473e7653',
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
 'https://www.espn.com/nba/boxscore/_/gameId/424200556': '200 f1e3bf751a4a4a031b615096f336b2557fe6c86e5661984768f2d0c34b180756',
 'https://www.espn.com/nba/boxscore/_/gameId/424200557': '200 b58040350716dca27ac9d11fc930ac0d11c38a143f97d548078635b38a2d4752',
 'https://www.espn.com/nba/boxscore/_/gameId/424200558': '200 495cda963c5a62dcf7bcc7b16c9d32fdb846b77da3d9bec12b4115deba97150f',
 'https://www.espn.com/nba/boxscore/_/gameId/424200559': '200 d424a0a4b0dde7ebfd330d89c3783dbf8a58651d46d70b22733055fa040b7dce',
 'https://www.espn.com/nba/boxscore/_/gameId/424200569': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.espn.com/nba/boxscore/_/gameId/424200570': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.espn.com/nba/boxscore/_/gameId/424200571': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.espn.com/nba/boxscore/_/gameId/424200572': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.espn.com/nba/boxscore/_/gameId/424200573': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.espn.com/nba/boxscore/_/gameId/424200574': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.googleapis.com/drive/v3/files/110a9e58bbcd761f0be48fe0022400558': '200 a9ae59578caf2e4625d0ac04eb2bfcc4009a36ac18ce4b5da351caeb3f424473',
 'https://www.googleapis.com/drive/v3/files/110a9e58bbcd761f0be48fe0022400558?alt=media': '200 03c48f86a02905acd374c0251a2c6c64da1c8729da3b25f328e603269df3ddb5',
 'https://www.googleapis.com/drive/v3/files/12329fd57b29c78dbe754e60022400571': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.googleapis.com/drive/v3/files/12329fd57b29c78dbe754e60022400571?alt=media': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.googleapis.com/drive/v3/files/14ce4dbcfa4b27c7d8ec5fe0022400569': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.googleapis.com/drive/v3/files/14ce4dbcfa4b27c7d8ec5fe0022400569?alt=media': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.googleapis.com/drive/v3/files/1559f7ef88f14f2463fc6ca0022400556': '200 02de4fdaea95cc090fca31eee08f3cecf2bd46c1d8a2e93dadd8f7498d2e77e4',
 'https://www.googleapis.com/drive/v3/files/1559f7ef88f14f2463fc6ca0022400556?alt=media': '200 732d9d0b400baf332b1f8a4121880af3ff11fedd7d9a74b67a10aca0b11ae0bb',
 'https://www.googleapis.com/drive/v3/files/159322a6880868f91c5ec0f0022400572': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.googleapis.com/drive/v3/files/159322a6880868f91c5ec0f0022400572?alt=media': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.googleapis.com/drive/v3/files/1778f14eba8e6179ac2946c0022400570': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.googleapis.com/drive/v3/files/1778f14eba8e6179ac2946c0022400570?alt=media': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.googleapis.com/drive/v3/files/179f87120b9130bad2cdf990022400559?alt=media': '200 135f8ae9ddde7de22ceeb52f6512c6b95e8cb76d19e0433af74a1243476ae66b',
 'https://www.googleapis.com/drive/v3/files/19f8969f5042c46684dd9c30022400574?alt=media': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.googleapis.com/drive/v3/files/1cff7afb15aeb8e6ff7a35b0022400573': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.googleapis.com/drive/v3/files/1cff7afb15aeb8e6ff7a35b0022400573?alt=media': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.googleapis.com/drive/v3/files/1d591a8a7c7a97b949504b70022400557': '200 7bfef4a47e37fcd75c7932feac313bcea359be4aa03f42fa505c6855281c8834',
 'https://www.googleapis.com/drive/v3/files/1d591a8a7c7a97b949504b70022400557?alt=media': '200 078d858007295559c6b625e2a7b4d09db835e58747f6e980f5951f43d182a2ea',
 'https://www.googleapis.com/drive/v3/files?q=name%20contains%20%27[2025-01-07]%27': '200 42b34301899e17a989455461a4c55d65a4e941ebf0f13cbddb1a2d8e13404877',
 'https://www.googleapis.com/drive/v3/files?q=name%20contains%20%27[2025-01-08]%27': '200 4cc9aafb3ef4dc0a2fbd46f55d4825499b81302620cbe125f49828cf35d730d2',
 'https://www.googleapis.com/drive/v3/files?q=name%20contains%20%27[2025-01-09]%27': '200 4cc9aafb3ef4dc0a2fbd46f55d4825499b81302620cbe125f49828cf35d730d2'}
