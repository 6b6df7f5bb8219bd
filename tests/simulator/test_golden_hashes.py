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
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import httpx

from nbaprops.simulator import Faults, League, SimulatorTransport

from .conftest import AS_OF

MID_AS_OF = datetime(2025, 1, 8, 23, 30, tzinfo=UTC)
MID_FAULTS = Faults(seed=3, postponed=0.1, name_variants=0.3, duplicate=0.5)


def _digests(league: League, urls, faults: Faults | None = None) -> dict[str, str]:
    out = {}
    with httpx.Client(transport=SimulatorTransport(league, faults),
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


def test_render_order_does_not_change_payloads():
    """Caches must not leak between requests: the reversed order gives the same bytes (fresh league)."""
    urls = [u for u in MID if "2025-01-08" in u or "0022400561" in u or "playbyplay" in u][::-1]
    _assert_same(_digests(League(7, as_of=MID_AS_OF), urls, MID_FAULTS), {u: MID[u] for u in urls})


# fmt: off
FULL = {'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2024-10-10_05PM.pdf': '403 e97ec55cf948cfc8a14dbc61474a65cf123f8b434b6ec337855e12dd8b2ce3dc',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2024-10-10_11AM.pdf': '403 e97ec55cf948cfc8a14dbc61474a65cf123f8b434b6ec337855e12dd8b2ce3dc',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2024-10-22_05PM.pdf': '200 e6c0c450a824029bcbb783e4f355c332fb7261341062a5abf8aed9cd10ca04d5',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2024-10-22_11AM.pdf': '200 11c96f6006871c8d10c987201b8c34c4d081ff9bcbabe0ed031bd706e9614649',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-01-08_05PM.pdf': '200 11dcb7d8317cc6550fbd655062b0bb02a8978545142a6a0995eeecdd6898a6a9',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-01-08_11AM.pdf': '200 c7104649e6ea91bf566f3d2c1ea841a19a75909080aa8a8f89372dcc8ea24092',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-02-14_05PM.pdf': '403 e97ec55cf948cfc8a14dbc61474a65cf123f8b434b6ec337855e12dd8b2ce3dc',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-02-14_11AM.pdf': '403 e97ec55cf948cfc8a14dbc61474a65cf123f8b434b6ec337855e12dd8b2ce3dc',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-02-19_05PM.pdf': '200 f39a326dff46543f9e6afe18fde9578ec7e2e14b39ca5530dbcd109cb16833cc',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-02-19_11AM.pdf': '200 8ec494b6cac370592f9c5b0cd2c656ab9c38aba5f1aafd6fc55febc4ac5f50cd',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-03-15_05PM.pdf': '200 60a272361656f21dba457c37d65866b62fcb604562ee74800f752ec3bb7c6b22',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-03-15_11AM.pdf': '200 55bc88dcfe67ebf48c559eefd68655303e3c3c1abfd68c6108310d07448a072b',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-04-12_05PM.pdf': '200 6d55ba13a85f05b1cd083c7b9526c28231eea14f1745a5ca731f82294a09ed4d',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-04-12_11AM.pdf': '200 6cf70586b895fb41d9de7900edb0a2502d217fd6b3533e5ffa4e8a4d259beed1',
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
 'https://api.balldontlie.io/v1/box_scores?date=2024-10-22': '200 f9437af576c901180b1766c6b63d5e965d312c29cbde681b249e3701d6198a9f',
 'https://api.balldontlie.io/v1/box_scores?date=2025-01-08': '200 8ae6de0cc322b707d0ce05637595bb976475d1385c002ccec7f8fe5ba8d215f2',
 'https://api.balldontlie.io/v1/box_scores?date=2025-02-14': '200 8fe32e407a1038ee38753b70e5374b3a46d6ae9d5f16cd5b73c53abaca8f5ed0',
 'https://api.balldontlie.io/v1/box_scores?date=2025-02-19': '200 ed6898300d368be98863ecad7f83bbb5b15a32cbbdc4a5759da673c7402b3da0',
 'https://api.balldontlie.io/v1/box_scores?date=2025-03-15': '200 56ba693eaec417e6268f793f1862c490078660ad893e16fd58c1aade05ee1c35',
 'https://api.balldontlie.io/v1/box_scores?date=2025-04-12': '200 a661625b70dc784ccc1f24e02f3c1423b2694414ed289cad1474dd1bc894f783',
 'https://api.balldontlie.io/v1/box_scores?date=2025-04-15': '200 7cf350a2b43155307e8d9d83af2ffc3796fcc993ca34d525d6c9daadcb6dc010',
 'https://api.balldontlie.io/v1/box_scores?date=2025-04-18': '200 96dd63fe9732fd73aa8063124ae190c1293e3a06b31b166cc50968546829e2dc',
 'https://api.balldontlie.io/v1/box_scores?date=2025-04-19': '200 b814beaa903fe5e043b9a0374a1ae90b12bf11f5c63fec83f54db11dac68a453',
 'https://api.balldontlie.io/v1/box_scores?date=2025-05-06': '200 defef6301aeae22e5db7f058f46be135b982d308b5cc15dab4f3520565dafcf3',
 'https://api.balldontlie.io/v1/box_scores?date=2025-05-19': '200 c2737512999cbda88baeaea097221984f41e6da736ba0c4b929b325851a2c83c',
 'https://api.balldontlie.io/v1/box_scores?date=2025-06-18': '200 15465a235960d072bd62d742ad832350fc8ff91c1941f85d68e664656b0249c9',
 'https://api.balldontlie.io/v1/player_injuries?per_page=25': '200 4126c62be98ebe9102ffeb4d7eb1fc3d32f06c44863b8f851b8c1b0bf5001054',
 'https://api.balldontlie.io/v1/players/active?per_page=100': '200 9cb537a28a3602b0208c3496c6c48ba0f70e6cca24a159c2377b8e2658bd5c83',
 'https://api.balldontlie.io/v1/players/active?per_page=100&cursor=500': '200 42b3b01cdac256f58c7c12550b58618e52819369bc8007ec89b9be6e012e45df',
 'https://api.balldontlie.io/v1/standings?season=2023': '200 70914c2c8ec4ae5a35e1343281ccaa8ed66081858fa8526ba0f602425a18fcf7',
 'https://api.balldontlie.io/v1/standings?season=2024': '200 c326281132cd34cd20d7672d6cb87102ac8d396abf1793138947657b62101a58',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2024-10-10': '200 ed03ae34de060cbfb298b89c87b4d0964e7fa23ce0d81902e5efb515bb8f6543',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2024-10-22': '200 fc67c64483e124be2794164f5a41f81694574aedf7ef5098dd19bdd145d72aba',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-01-08': '200 ee05713190079050763001c5f2399967cee76c32070aef1795300ab2201772df',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-02-14': '200 9e20db46b0434c4dbc8b71ed65964937147a5b933b41ea2cba5c15c08d6364ab',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-02-19': '200 50a673b4294a5aa9f9ec99d69aefddf890dcc58c32daf26558b23f9d34f30340',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-03-15': '200 ad1fe2761f290519a23083093f92f70b24a5da64fc0886782b04d00aa05e1753',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-04-12': '200 396b3ef6e5170301362eff78237099eae34f92f7bed6284c02ec91419b204deb',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-04-15': '200 815dd13b9737a5c8f6d176cfc4fc5e2eb67f41b6888255465d472b8d46c5e7de',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-04-18': '200 fb1ee72ea002a24fab53b2e3a04b2e14c55061d58bfd63ae7bea5b7e99d53bb1',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-04-19': '200 8347469f869341e7845fbe17662384240c9c9c7357fb527bbecc101b429517ff',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-05-06': '200 0e8ccb7d63e37566f4120aeffee30ed4a457afea5e64f6de79d02b989fbbccb7',
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
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200001&location=ALL&limit=50&page=1': '200 1ea59959d7770c0a6cb26d89ad77f087162a4d34542eb5a58bcbced2ae531c00',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200002&location=ALL&limit=50&page=1': '200 b8171d87390fb7d573498d7d3601a3a0a080b351380b4cbec7ac3a2b6e79ea3a',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200003&location=ALL&limit=50&page=1': '200 461be2e0e1dd181b7ee8458f502527f7060e6df4618f5162bc02f2abba65ebc9',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200004&location=ALL&limit=50&page=1': '200 2b73b3ecb635c410e97613c883df4f46cbf5690a78478e701da02b7eec9d487a',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200569&location=ALL&limit=10&page=2': '200 b97592a66b82a9cdf643887d3b3e7155ab390d551b82fd1134e90b09b3b5b9d5',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200569&location=ALL&limit=50&page=1': '200 6f837b4434713110cd8bd0d2fe193aa4f42a0e216bfdf7806eda44118657d248',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200570&location=ALL&limit=10&page=2': '200 bb80accd723c8c89266ff2dcb6cccb5638fe82c06f7433da7894ce59557b13ea',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200570&location=ALL&limit=50&page=1': '200 ce1828b1f517af4fb06a7cf4d6157baf54bfe11a1165d0ca9811daade25a60c1',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200834&location=ALL&limit=50&page=1': '200 9f63bba035f5023a74c83dd236ac2872d4f59a58ebc6adc36beb645c4d394c17',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200835&location=ALL&limit=50&page=1': '200 6194a1fc0d37575abd4dc5d1ae143eef35032f3d8a89ba50bfd04c8feaca2065',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200836&location=ALL&limit=50&page=1': '200 c57dce46e533232632b28822d0d15807a7daf4b5fc0ec5a91e4673dbf16facca',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200837&location=ALL&limit=50&page=1': '200 6ac41a2d184284207daf8b9397a94c83dcbf00e64f416b07214bcaae78b536bc',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24201013&location=ALL&limit=50&page=1': '200 dc6f6278187fb0bda91f35c86468d3ee47e531bdb1a4907197c355e302fbf315',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24201014&location=ALL&limit=50&page=1': '200 ae233cc9f2985f3cbe28d3a20b67a1c4941c1703df53e2f467e8bf9a72df3c9a',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24201015&location=ALL&limit=50&page=1': '200 93bc0d7f4ad00602bb20a84aabc85dd141948edc71f685137acf66f5bb5ecf88',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24201016&location=ALL&limit=50&page=1': '200 649192e72946ba7429f4e0863a22d50985094070363af3c49c0b0ba47f6d06ee',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24201227&location=ALL&limit=50&page=1': '200 19f14eab8a2d1435bfb80516581e42f467b1885d250aeeae9f8102caed673d33',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24201228&location=ALL&limit=50&page=1': '200 0e8fbaed4f233fef8c3be25c9fe49ff45c99b14e47e03c81daf37cf3fabfeea4',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24201229&location=ALL&limit=50&page=1': '200 93af13e0e493ea82fc33d7b09fe4b0726294885039e27e32bdfb7a9870aa9c26',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24201230&location=ALL&limit=50&page=1': '200 1f6f31aff86f24f1efb143a0b5f3a21ba76b75e9eb478fd507ea801bf6e4a37a',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24400101&location=ALL&limit=10&page=2': '200 dc3faeaae7b90b93503d26e812b6de8e31cd8af3ed0f52bd6b5f570956d257ff',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24400101&location=ALL&limit=50&page=1': '200 3f44e361bab268805640e7ba20cf98ffbc87b96d789ef221d3bf316e51a73ad5',
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
                                                                                                                                                                                                                                                                          '52c4dcd45ee69fe7932fd0bd35891ea7a9aecf7097100d29de90a19f0692154e',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/34bfd27691f33c116c6c990022401013/odds?apiKey=K&date=2025-03-15T18:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '5605ab727f1c743372706ea4f8e05f968863974ca7da8f13860b8beaab7aa29b',
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
                                                                                                                                                                                                                       'e5d4ffad984194eaed4c01bc5bf091ad8dc939506d93aca98e25c388bafd4004',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/6871f7276f6b97846624cc0042400101/odds?apiKey=K&date=2025-04-19T21:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '17cafb9623f84a3d24b9bc170e9061d5c0e77c75916feed083c1acab636aef40',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/6871f7276f6b97846624cc0042400101/odds?apiKey=K&date=2025-04-19T22:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'af8e36406876d008c5a86545edc18b5846b62fd4cdc4ec51312923aa83039ee5',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/6fad9d6a9cf631186d55ca0042400161/odds?apiKey=K&date=2025-04-19T22:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '40c1ba6babea13ada39c95319a6c6f265c6ea4f68b86468a2b2ca2e6c39ace5f',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/74002b47441c5c1af6f7b80022400003/odds?apiKey=K&date=2024-10-23T01:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '1ac4ce91dd04451bde52d40d8af96b3974bf913d3af9282343b288f5d6a78c75',
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
                                                                                                                                                                                                                                                                          '6c3f34108316f813c0d8fc153b07bdd787588dd90be04ed36d3290fdd38c7b1c',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/c1a100a2056aa62583c1c10022400569/odds?apiKey=K&date=2025-01-07T19:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'f6321d62000449048d37e70033e06922b368fd35d819ab7fd28d337c6b84ba78',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/c1a100a2056aa62583c1c10022400569/odds?apiKey=K&date=2025-01-08T13:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '44569a6fc101d9f3491ad6b4e2a41018be683fe5c13af26e2dae203e548450d0',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/c1a100a2056aa62583c1c10022400569/odds?apiKey=K&date=2025-01-08T23:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'aae24b347654beed54037c214aa8f7ca785a7c63c7a08e29f7835dcfcbf4d669',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/c1a100a2056aa62583c1c10022400569/odds?apiKey=K&date=2025-01-09T00:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '29790954eb036c92dd96de27d6afb10a5bc0255bb5109b8bbd50661011e88e87',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/d11b07a4b29ba3bdab3f9a0022400836/odds?apiKey=K&date=2025-02-20T00:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          'eeec0d8d54c69fcf67a0e1b2c707f21375a8922337d0141939a591c12fb0bd9c',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/d59ee3962a4be205cf5fec0022401227/odds?apiKey=K&date=2025-04-12T22:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '2be6232e80bf1c990593748b021865f808224387a776b506444f841268c43d17',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/dc8fcaf7a9921298ded9020022400004/odds?apiKey=K&date=2024-10-23T01:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '6c37a352d395af7c4b3750dc10c96c209acf486e55ca01a941aedf32ee88a76e',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/e4e99b889c5d9676d81e950042400301/odds?apiKey=K&date=2025-05-19T22:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '8366210a4b14e07381d8ff810ca9f07900f74cd2206c95f5b1c422dae519e1ec',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/eb6ffd88fe6271186677eb0052400201/odds?apiKey=K&date=2025-04-18T22:30:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '31d4d00e4d7fb4ca1e53a181a6f0b3c28220678daf580529c4a1ce99d0b7442b',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/f32db252e3f80145e367f50022401014/odds?apiKey=K&date=2025-03-15T18:30:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '049cba059d7a25d451728372cf68ab4187f454e385e65c634fe7797d73e64002',
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
                                                                                                                                                                                                                 'ed22f5b5d315f74b9f509b5a977968e0a4b5b268a1fc2a5ad36b052153eb611d',
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
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400001.json': '200 c4d46530581a590b55bd1e8f664d548490a5a21c25cec00d6f6e7aae000c05f4',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400002.json': '200 b8951bbdcbfb9b682255172a2078a44b7da536b809133aca3755c99556915f91',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400003.json': '200 35acb8f18954da730b20cb61fe873454642ad16901ffacb32d552cb1badcec92',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400004.json': '200 c8eed3504752e03941f4c3b50bbf1157ebc069d19307a37629c82df2b167bbd0',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400569.json': '200 be06c399c9b2587985ec68350c041464cde60db4b1f7072a64ac69e3a4b30244',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400570.json': '200 e29ccf53b76bb980f6d978480e1bf95530d34e765d3529cd77bd9d9be2bde03c',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400834.json': '200 b73578fc772c6a657d49b71908e3b857f35f12c5f04bbdeba7b654aac7654886',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400835.json': '200 084d40654024eef7a89ebe5de57d43500236d1293f490c9a3c39968a67a8627a',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400836.json': '200 ba24594a6ae99815ccc82a612f89cdd7250b95d34e2aa476e3cdd18445c04447',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400837.json': '200 61f5e65e042fb1c9512d90d1be829ed3f7b37560dbc9c33b4b6ed867bea80cea',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022401013.json': '200 08c55128340b786e7986675c641191c0f2afd526bb2cead37f01210ea433250e',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022401014.json': '200 e4f50ce46f81e317d9b18ecc8e7f94634f3a9e6e2a92f470ead162dd08d106ec',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022401015.json': '200 a5196fbb3422a90cae577dcfaeb6edb6ddebe7a42886414221bb5ce8f5d0b772',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022401016.json': '200 a6e648836a1be26f834ea62404a69b6003acfba75fb1d398e0385aec7bda8e17',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022401227.json': '200 082a7e2f04b6389fbe3685569fdfb8b69893192948968c9b11e98c4577d9a179',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022401228.json': '200 0b907609de4a91524097a7d92dc78c50e9b301c838005f6af528f94d90fbb29f',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022401229.json': '200 b2b6bf9803c54a6f7a512672fa222cc2e09b5841d086be74ffe2392c9395b30c',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022401230.json': '200 8825ee883c9f15df7d602b0809469c426e445641c19867e6e544ec6917beca6e',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0042400101.json': '200 ff22836d61df268d179ba4dfc65d27369318f73c821454eb21d0725e4040f802',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0042400121.json': '200 b95415e5894afd7016633f1e6f6c2beb512544e918e1bede11d1e94243a44899',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0042400141.json': '200 2851a0e62baa72a6c8dfc4bea9631d70a95a63baa0e16363948c9f8f8d7d96c4',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0042400161.json': '200 89f65dd38c0b5f1075cd8c6cd794d1b3a31c87f0a22b801dadfa766733281c33',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0042400202.json': '200 b3217966195ddf306ce058db5a9a27e417fab171a93af836fae0a4e8239233cc',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0042400222.json': '200 3b04af5aa88fe78b27ba53820d4553c938c2ec7406a8e12ae0a6b6b9d966226c',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0042400301.json': '200 9294a9e9e712ca06643244592c339d3b45cbf9a92ff333af53b059e8f121e06a',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0042400405.json': '200 3b2b628263509a31fe97d68253869593e42159c3b669f7ba386f7f17f35c26c8',
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0052400101.json': '200 83c59d8b307ac558bfae835dbef26030b156b70466b342a2e8355e28b0e0164e',
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
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/1?enable=roster': '200 e8d144d84043f807afd00dcb637847ceac635a475794d1232fc55b6149a1b80a',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/23?enable=roster': '200 91dabb6ab7704a02e46f9d349af6575e3cbbd026428663fa0f3be3da773ef5bf',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/25?enable=roster': '200 086d6270fb18df25d2db009c510d108c52efa4120d1628bebaf5cf79969b6f5a',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/5?enable=roster': '200 0a35ebf7e002efab15289e7dae9eb7387ffc3ce0799ce038bddb4a29b6f132fb',
 'https://stats.nba.com/js/data/playermovement/NBA_Player_Movement.json': '200 e95be4005b9a01700dbb28e0600f6a5307df9d9492e1f563aa0d1f24fb2817e5',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400001&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '2e42d9786b1d030365fec4efea6113a4a16e3ef9b13ddc72a034bfb73254a2d5',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400002&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '28bd5a2c75732ef8272311af0c1bd7109b0189976b7ee82265f4bcbdbea98bce',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400003&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'b25b35237a52d49aa769d29f60ef7030fed7fda4a65e0a251b48690adec99668',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400004&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'c85c8da08e1d3e8d25cf0a2b4794b0ec504c81a9bea6f9f879a510554c0b7a01',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400569&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'f4b547aa88b7f8e57bc1b1aa217edc65febc03a1fe88c7b9d36ab0bcf82030cc',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400570&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '0d4aa7ea7565bbb8b6b57181ecb4347992bca0d78b297aa66adec4ab03f4ad9d',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400834&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'b86b34ce9e97544654523e6c5a8ce76b98c274bac4e076171a2fe38d7669dbbb',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400835&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'd88df6a159570902dc4a57503f520c0f35c6976da939f14d06c536640d0ee8c0',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400836&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '9abd31c94a5838031acc0fce476443617febbd5c5482abd123919ef675e635ae',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400837&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '8f9aca39e4b5ffc65d229ea3723c9dd6cf0eb0bc3ef75665801b0b1523fe834c',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022401013&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '531aa2e1970d7b14898436d33312c79a5ce7ec5610143396f7ee5f55f4f1df66',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022401014&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '140aba7722a6558d2ecf172e0764b21b79dfe3c30a643e4dc9cae451324d82ca',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022401015&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'f91c632814c5025250b0dbc9814222f0ce57c69c3108f1f5c857a5a44feb0db2',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022401016&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '886c92a113b542a23f4e6fb112740f3e2b8a29e22a69def41430d8b66216c761',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022401227&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '26d8df0efe33d9a47bf4f528d641eedf87358abf7aeb68aab0fc2f8df156a34e',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022401228&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '04b60a7ef6d8d83f04b9737cc73eb81eb8c7e3937118b7939389939afab326da',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022401229&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'd8d504203a187a52d12b6b781ff34c721a9da0b85ac2925b5a7078e36f5bd3b1',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022401230&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'd3289f2e2c3db194e99e3b7a52fdb732c6433582e1679d69de17120ebcaffa1b',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022499999': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0042400101&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'f17b1dea9e7e6f377bb7f1d02bf54811569959d68714fb6f04b583b23c868198',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0042400121&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '371f375b8afd376218e3403621813ec29e51cb18a4cbc5028117fb36870edf19',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0042400141&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '5e6d46862ff9c4336c8c0e1fe25e9a690322b4f3be5a7efee93859647a0cf30b',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0042400161&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'f4a631d80f793ca696cffe4e086a08fba059031f4e65e6220d2d9f2efd5c85ee',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0042400202&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'fd488504607eeb1c58aca8a37e5a77b72899fc42fe71134b41346a2855c4877c',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0042400222&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'e4ab6088073cf845967dbe9cfcdeb970440338da86818cbe8e4eb1d3cc444f6f',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0042400301&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '9ad0adab3fe52c54519ed1b6e629c31b436dee3020980ce62212318ad2ef6f0b',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0042400405&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '20250b12dbe94b8b9d21d0ed4b01e60d073af9ae0c0c77309f4f85de9988b1fe',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0052400101&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '49e5795285126efc72ed49bc39f377446b45800368744b870ef82b0cfca7e912',
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
                                                                                                                                                                                                  'a2d85306766df95593e8afe16658c2b58416a222f1a29e97a0ea4c0df7a96f79',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-01-01&DateTo=2025-01-09&Direction=ASC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE': '200 '
                                                                                                                                                                                                 '267b1b927afadde9bef19d37de639f5ff405bf4e7860a8fa17ece80d8eb1af05',
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
                                                                                                                                                                                                  '6e9aeaf4ce47716c9303315eeb16b3c1137dfc03fa4527b954d9519209761dc1',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-03-15&DateTo=2025-03-15&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=PlayIn&Sorter=DATE': '200 '
                                                                                                                                                                                        '5b4842ba761211e5aaca5732026e4478df9358abffbda44b3f28de34f68dd249',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-03-15&DateTo=2025-03-15&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Playoffs&Sorter=DATE': '200 '
                                                                                                                                                                                          '74cffd79e24363bc849774a52820e5c5fe5d69185976593986fe198e51fe0290',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-03-15&DateTo=2025-03-15&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE': '200 '
                                                                                                                                                                                                  '23e1076a92b52a9b9a45cffd02b73cc2f47bebcec4668a6401cbc76a4cb24d21',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-04-12&DateTo=2025-04-12&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=PlayIn&Sorter=DATE': '200 '
                                                                                                                                                                                        '9ed23faee6e150dbf62ebe87820085069bbd03f14c41a5a2fa20eead808448a3',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-04-12&DateTo=2025-04-12&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Playoffs&Sorter=DATE': '200 '
                                                                                                                                                                                          '3ffd331f0d2a382e3bbf8fb15e11cf8e7464779568dc95190bc505cc271deb63',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-04-12&DateTo=2025-04-12&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE': '200 '
                                                                                                                                                                                                  '2f03620bae21ca2b0f1ed7eed6d34cadc749cec063a0885adce12dd74acec31c',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-04-15&DateTo=2025-04-15&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=PlayIn&Sorter=DATE': '200 '
                                                                                                                                                                                        'de54921321969d5e1dbd27fcf11f7f410cc79c4ee24a539ba0f4f35496d23baa',
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
                                                                                                                                                                                          'e918b1aee9bddfef8a5b1140b14a2f2bc84f05b4c7041a881268a402994c5157',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-04-19&DateTo=2025-04-19&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE': '200 '
                                                                                                                                                                                                  '665213d24ce8c3aae2e67eabf01cd34d781fef3e0883fd9f82fe661d4bdbfd8e',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-05-06&DateTo=2025-05-06&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=PlayIn&Sorter=DATE': '200 '
                                                                                                                                                                                        '2f63f0201c44793f906ec4080c72e4b32eb4f1cdf5b7b66a88682b9ae3a3064d',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-05-06&DateTo=2025-05-06&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Playoffs&Sorter=DATE': '200 '
                                                                                                                                                                                          'a7088230ab94170307cd129453830d6a45bcf866a5488c531df598f838f4cefd',
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
 'https://stats.nba.com/stats/playerindex?LeagueID=00&Season=2023-24&Historical=0': '200 4079541f5b1a4dae569b87468a467f89af478b1a34c2ca6ebe22dc445e469adb',
 'https://stats.nba.com/stats/playerindex?LeagueID=00&Season=2024-25&Historical=0': '200 1f50118757579b22fc27491ee84b36f54fb7028b499635e4a2db739af8bd3a28',
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
 'https://statsdmz.nba.com/pdfs/20241022/20241022_MILPHI_book.pdf': '200 3a27ab11c500a353ab3d62646180f3dff43b92c68b5d92cd8a15915c8d637b91',
 'https://statsdmz.nba.com/pdfs/20241022/20241022_ORLLAL_book.pdf': '200 a72f57c73fca3e4225ff28e6579b394e57f06eb9bd0a7a5508d4336ad3afe7d9',
 'https://statsdmz.nba.com/pdfs/20250108/20250108_DALOKC_book.pdf': '200 07baacef563b47597d87965b2bbace148d9813cc666e481e15351ac96953dad4',
 'https://statsdmz.nba.com/pdfs/20250108/20250108_NOPPHX_book.pdf': '200 908ab55266607e92de670eb7dc1d01d7f1091b35964704b60b16e8516611b6b4',
 'https://statsdmz.nba.com/pdfs/20250219/20250219_LACMEM_book.pdf': '200 71040febad77509ec2008e9f816a1cfae0b3d97b8ea89238134d32a506adb2be',
 'https://statsdmz.nba.com/pdfs/20250219/20250219_MINCHA_book.pdf': '200 e353d0fb6c1ec9da791c409206008827017f541f6d536eb6f683e35841a4e957',
 'https://statsdmz.nba.com/pdfs/20250219/20250219_NOPWAS_book.pdf': '200 5927af4ce906b8cfec0274e8f03fb364b21a40966d85514079620affa15e84a0',
 'https://statsdmz.nba.com/pdfs/20250219/20250219_ORLDAL_book.pdf': '200 6450e61c3594cbeb0665b343188c6d8329b767d9c532f28585f10ab45f0fd520',
 'https://statsdmz.nba.com/pdfs/20250315/20250315_DENLAL_book.pdf': '200 f1e7cc1ff64e5f7ca8c912b7a94b92bc92330f0e29e1450fdce30ebc2aa19041',
 'https://statsdmz.nba.com/pdfs/20250315/20250315_HOUBKN_book.pdf': '200 a3a58dfb8b6dd33a8a3f798081c787fb4a6b356001a7ab8a05486387fec333e8',
 'https://statsdmz.nba.com/pdfs/20250315/20250315_MININD_book.pdf': '200 bf9f0241be623b0bb06bdb8321fa39c38d9dc89441d7076873cbe9aba5f1358d',
 'https://statsdmz.nba.com/pdfs/20250315/20250315_PHICLE_book.pdf': '200 946c2a9fb5f4b3d4e78445da37f8e6ecd4a9726127af4cc920be97c7e9526ead',
 'https://statsdmz.nba.com/pdfs/20250412/20250412_ATLCHA_book.pdf': '200 5099aff2fa83b3143fb714e7a476eb62f68bcee226a2c4e2484a342e8f13fd6b',
 'https://statsdmz.nba.com/pdfs/20250412/20250412_BOSPHI_book.pdf': '200 a21b79e0e27a675ad76ebc6bce3c11a4046c9a001a8625c06ad69185d4c954cb',
 'https://statsdmz.nba.com/pdfs/20250412/20250412_CLEDEN_book.pdf': '200 5e246a3975078d05bb2f6bc0f17bae9ad9f84fcdb3288d55edc0f2fc8a699d0e',
 'https://statsdmz.nba.com/pdfs/20250412/20250412_SASNOP_book.pdf': '200 ca0aed7ea56dfa72d0a5d204d266899f41e7758ce8e4d150bbf7efceab04ab80',
 'https://statsdmz.nba.com/pdfs/20250415/20250415_ATLPHI_book.pdf': '200 1ff85a415477fe918bda02dbae51a4968f088620d908b1117d26f72c0a8e5b08',
 'https://statsdmz.nba.com/pdfs/20250415/20250415_PHXLAC_book.pdf': '200 687e06797e9d9624ae084dbb21887ae25d32e9964a1151ebc04c3fa1e0874126',
 'https://statsdmz.nba.com/pdfs/20250418/20250418_INDATL_book.pdf': '200 488f1322417b315fdf8422ddaf50fb246e7b40db15d4a509f826922781badf2b',
 'https://statsdmz.nba.com/pdfs/20250418/20250418_PHXOKC_book.pdf': '200 75637a294f37c309996dc15e8245c334ae3f359e3b40d7277bb7f37ca931e49a',
 'https://statsdmz.nba.com/pdfs/20250419/20250419_CHAWAS_book.pdf': '200 3047b3bbf4654fab6c841ee18bb780f99ce6836ff8e247772efbc4a14fe3bd60',
 'https://statsdmz.nba.com/pdfs/20250419/20250419_INDMIL_book.pdf': '200 f527c2577410408c9a40e0d33145c2b1990290a5f14cddba2a8ea4893974372c',
 'https://statsdmz.nba.com/pdfs/20250419/20250419_LALMEM_book.pdf': '200 4b00fff4413f97864fc8e3e5addd08b4648e564c064a8d99abef769b043ebf8a',
 'https://statsdmz.nba.com/pdfs/20250419/20250419_OKCGSW_book.pdf': '200 0f2477af707107a9e7d077c16103a6f4c0e7633bda8502ed358dd41cdd6e9d34',
 'https://statsdmz.nba.com/pdfs/20250506/20250506_INDTOR_book.pdf': '200 c283c4f6f0e1edd3aef53c81bd5deb92edeb6fe36cc9c3771e7753f5f0f890e6',
 'https://statsdmz.nba.com/pdfs/20250506/20250506_SASGSW_book.pdf': '200 6c3b0530892d6eb1f0984f826fc6146aa2095a99a1b2398f20b9abf93531f878',
 'https://statsdmz.nba.com/pdfs/20250519/20250519_INDCHI_book.pdf': '200 820814ddef3e4260c904af4ebaf8d95aec92a2c869c02dd9ca7d3deb2de234a0',
 'https://statsdmz.nba.com/pdfs/20250618/20250618_CHIGSW_book.pdf': '200 4b24e3de5bdfe0d64809d9ddb97de0b4b947bf3417be6e058647f523710b4298',
 'https://www.basketball-reference.com/teams/ATL/2024.html': '200 f49918d5a3748bb1bf942e10b0cb21c2784cbe57a9b4653d6e931e5ebeafc9e1',
 'https://www.basketball-reference.com/teams/ATL/2025.html': '200 19b5672823fbeda2185359261e55022dc7888648b4b22e00d9c89e949e40b7a5',
 'https://www.basketball-reference.com/teams/DEN/2024.html': '200 016adae8f584f384ab459dfd80e75aac48f2abb5e38d6ac040f7eb72fcc5b6a6',
 'https://www.basketball-reference.com/teams/DEN/2025.html': '200 92ef68603e06b2a0ee2746d77b4e082abd774de00870a3160253c289878afb65',
 'https://www.basketball-reference.com/teams/MEM/2024.html': '200 5dc554814cc86f56a8da9d7a3da774f65250768df025cefabf8db0f4663e37c0',
 'https://www.basketball-reference.com/teams/MEM/2025.html': '200 dd32389c82bf9a1bcd6521af6358559677c0d8c25e40a05b0198104885ef717c',
 'https://www.basketball-reference.com/teams/ORL/2024.html': '200 fbb38695ec6022939772b46d59c4569517805efa2edc48bedc40b628abfab423',
 'https://www.basketball-reference.com/teams/ORL/2025.html': '200 9195ef146f92692b6605346fd3368fca3777cb1372971dcb1300bc3012bf19b8',
 'https://www.basketball-reference.com/teams/UTA/2024.html': '200 b21ac7d0869cb1029686ea970c94aad35153cae9334a6e7cb0b9b94bd21a0e97',
 'https://www.basketball-reference.com/teams/UTA/2025.html': '200 58ef855386b96602d4f850ce5995673461a7a086f8eaa9687dbb072545b2e8e0',
 'https://www.espn.com/nba/boxscore/_/gameId/424200001': '200 7aaf5c52360c49d64229d754ba43e1a021d4281627a07687972c381931434ad7',
 'https://www.espn.com/nba/boxscore/_/gameId/424200002': '200 6ad9508eb550a5984127267380b277595f645024fd930d1c0cc208f91b9da58c',
 'https://www.espn.com/nba/boxscore/_/gameId/424200003': '200 98ce6eac4d8dbe2fb8c50f1b3a0f596e2fcc7ee94190ccd0d4141f177cca3665',
 'https://www.espn.com/nba/boxscore/_/gameId/424200004': '200 e724d7c28eb24e5aba902b08f5658c24729ba207b5592f80e92007709dae6187',
 'https://www.espn.com/nba/boxscore/_/gameId/424200569': '200 37ad0b54a298c30a531515b15a58c91e8deb85de255837a78eb88289690a71d1',
 'https://www.espn.com/nba/boxscore/_/gameId/424200570': '200 20b74c31593410b6fd4ca051456f7dcfb9b6ef6a06c97b545a89a037129bc12f',
 'https://www.espn.com/nba/boxscore/_/gameId/424200834': '200 96ae00b5c0c1daa7db24872f890484e9396cad8c1ca5aca42ec5d36df5c47dfe',
 'https://www.espn.com/nba/boxscore/_/gameId/424200835': '200 45e7a31994ab72b9a824f62c6732d9ada46f2ef4c35552ad5a828979f0c43c96',
 'https://www.espn.com/nba/boxscore/_/gameId/424200836': '200 a1b98a54e26cdd6ba9bd91b358fece6ffc2cccb2727fbbbc868492f5427716e2',
 'https://www.espn.com/nba/boxscore/_/gameId/424200837': '200 71a4cd1f8cd89bbfd8de7eaf9d6837c67f2dac411478a786998f5a1d05cad120',
 'https://www.espn.com/nba/boxscore/_/gameId/424201013': '200 aa8d26d7ac2f04e7ebb7c5c4b9499d8adfd8730c0adfc77832ad50338b81506c',
 'https://www.espn.com/nba/boxscore/_/gameId/424201014': '200 8c11cea0e67b2ca6ae3597cdf64fc79bd2d58554398f251f00e63a0e1ddc823d',
 'https://www.espn.com/nba/boxscore/_/gameId/424201015': '200 7b23b781abd236a7d9567dad91cfee410e9ff18573dbe4e0ef9c272220bfb357',
 'https://www.espn.com/nba/boxscore/_/gameId/424201016': '200 756183854eb310cee4491b10917f1b84d9156eca7d405caabe4203f11e5dce93',
 'https://www.espn.com/nba/boxscore/_/gameId/424201227': '200 447241d6e8153b7a3bac4f924426c89ea79c962de85fca6732dd1bfdf2a467a9',
 'https://www.espn.com/nba/boxscore/_/gameId/424201228': '200 b82dc655539be23e4c98f8b273e68db7a8a13e872754eb618837358a0780904d',
 'https://www.espn.com/nba/boxscore/_/gameId/424201229': '200 6aaae7c10b864d51814476c84816db73864c2219c647acd837d5100e4b0dcf89',
 'https://www.espn.com/nba/boxscore/_/gameId/424201230': '200 00bf97a642b1f296f03c8566830cea29b2cdf38d289f658f77c8ba8fe5ab718b',
 'https://www.espn.com/nba/boxscore/_/gameId/424400101': '200 26e4388a26f44e3f9573ae001d846e7bf5bb058c10aff76fde58f2e2d734b3d5',
 'https://www.espn.com/nba/boxscore/_/gameId/424400121': '200 c50c4c07421d9e65965b2794fec4bd8525d30d0e790aad082a3b85757d8e0ad2',
 'https://www.espn.com/nba/boxscore/_/gameId/424400141': '200 59ed2b199829dec3161b5f40b5efcf9fc8c175e42ca10eeda697d0d76cf3c572',
 'https://www.espn.com/nba/boxscore/_/gameId/424400161': '200 023015a356c71f637f7d7d29f97d9f4a205fe9e50c71f22bb5c753c31c954e0c',
 'https://www.espn.com/nba/boxscore/_/gameId/424400202': '200 590dcb10a2f539b3ee96838da43d537b30936581bd5f5fc3797307e733184974',
 'https://www.espn.com/nba/boxscore/_/gameId/424400222': '200 c1497f04cf95a2f9e20546310dda5b948d6d4136c97f72d1a3ea16610d6ee285',
 'https://www.espn.com/nba/boxscore/_/gameId/424400301': '200 0729a40eeefd7c480a9f7d07e2f7de1776a1893a4844db7b0c246e9476def2a2',
 'https://www.espn.com/nba/boxscore/_/gameId/424400405': '200 66bd6d1876319201b91630be7283cb7127e50a9fb231e1d082611a0f09c75280',
 'https://www.espn.com/nba/boxscore/_/gameId/424500101': '200 6b0ac3e333bf3f257494cd7aa719707956e2e3cdedb80776432e3ba063ee4ffe',
 'https://www.espn.com/nba/boxscore/_/gameId/424500131': '200 efc5a063bbcf19321b6c33cd41c408203a1d569e806a2d9584518f8132edd434',
 'https://www.espn.com/nba/boxscore/_/gameId/424500201': '200 03e0596b597305e38677e078126d8ed7c3d94a92228ee109b2c49f5f259f9950',
 'https://www.espn.com/nba/boxscore/_/gameId/424500211': '200 44ba54390aa5e1eed1448cb272744200e520c593a209a2b01e3747ea3118cdd7',
 'https://www.googleapis.com/drive/v3/files/10feba16e0756c72a5829fc0022400001?alt=media': '200 95ca9a174b1e371c2c94a7477b9abd315898a8aa2c4a9876507667c88b312e7c',
 'https://www.googleapis.com/drive/v3/files/11680252b276c22657d77040022401230?alt=media': '200 e2743036486a470047292b8f6a8f3c86b8a917169b31759267d31ef140a12cd8',
 'https://www.googleapis.com/drive/v3/files/11c5c9f4af37700ad134d790052400201?alt=media': '200 faf3cf7d9475a426c990f58d736ae6182ab015ddf8cb09fe7b804397867948e6',
 'https://www.googleapis.com/drive/v3/files/11e7d036398b6db56d7cefd0022401229?alt=media': '200 cabb70ebb9d8dae1afd36bcbe972ae7ae978527882c72ad909aeba0e4dcbf92b',
 'https://www.googleapis.com/drive/v3/files/12134b701bdb716514ad6380022401015?alt=media': '200 9a98f2aca926b20ee9a872c30b659719e07d0f093e8d9fd52bf82c9e874d531b',
 'https://www.googleapis.com/drive/v3/files/129878cec2b4f390bc3d36e0042400101': '200 f31ade38d9a219d5f73cb5bf7ee235e7c0981fbe0bac1b6a340fdf2956659a6c',
 'https://www.googleapis.com/drive/v3/files/129878cec2b4f390bc3d36e0042400101?alt=media': '200 f3e8def85f8f2411ac50a1547e64f7854242c531dd58144033bff114c174541e',
 'https://www.googleapis.com/drive/v3/files/13021d21870544805a3b0e20022400004?alt=media': '200 462393658a018cfcd685cb68b48af7f938bd7132cf96bc5f55a33429388d87ea',
 'https://www.googleapis.com/drive/v3/files/13b5648cf2c5eb96b6a3f2b0042400405': '200 11b0e75489b3def78ad4477a02881995553363db81f531afedb7227864e77bcd',
 'https://www.googleapis.com/drive/v3/files/13b5648cf2c5eb96b6a3f2b0042400405?alt=media': '200 5be81a9ec28c340f7ceae66e580ac5da43afd342639d14403256e4e86c0f9cdb',
 'https://www.googleapis.com/drive/v3/files/13d95464ec23aa6b9f966280022400836?alt=media': '200 6f981b040cf67877eb5ecbd3a0b797568f17f088f34610a9c112f42e42af6043',
 'https://www.googleapis.com/drive/v3/files/13eaf0334ff3633b072895a0022400835?alt=media': '200 26fb4bb5c4c8f706e52a40859a090a2ac14720e92e71ed46e63eca48268d65ce',
 'https://www.googleapis.com/drive/v3/files/1486e3ed39d620151e959860022400837?alt=media': '200 9014ab136b94c8242ccf9303c1b6f122842130ce3b4cce86d281de3245e89640',
 'https://www.googleapis.com/drive/v3/files/14b94c79ce16d1cdd4e29ac0042400202?alt=media': '200 b7af3780a97f59eb1e937d03df950a26f5515714108d4bc97ab9e628078bad9e',
 'https://www.googleapis.com/drive/v3/files/14ce4dbcfa4b27c7d8ec5fe0022400569': '200 28adcb82e2b8b1dd41162fbe8f35424a9d85d110a34471675edc0e00b7f302f2',
 'https://www.googleapis.com/drive/v3/files/14ce4dbcfa4b27c7d8ec5fe0022400569?alt=media': '200 24e7ccdc425e7c92eb3a0958e335fc2efff42b10d2c4ad6cd1ce7360063c2c1f',
 'https://www.googleapis.com/drive/v3/files/154318d78e2ad9980cb17890022401228?alt=media': '200 f7c8f740a67dbd3800c1d55c413a9afa3339de2109fb1fec1d024be9aa3903e3',
 'https://www.googleapis.com/drive/v3/files/15559ecc21293da2cc9cbc90022400002?alt=media': '200 240e4692518c3ebbad235c81aee4c61a00dd286100035b6accdee0417bff4d8f',
 'https://www.googleapis.com/drive/v3/files/176302dfc938d48b2041ea00022400003?alt=media': '200 b65d92af1fd5c25de79f1ba80aac9a826ae0633fa411c5e662f3fbfc3a1d74a7',
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
 'https://www.googleapis.com/drive/v3/files/1aef3cbc796af0f091454ca0022401014?alt=media': '200 4816570a8cdd2cd8a0dcab0eee34ddcaf2663d35857e92cd3e0a9b88ee39b6e7',
 'https://www.googleapis.com/drive/v3/files/1b19dfee52e4a1510f3b7e70022401013?alt=media': '200 93b4f50b23e120d981c21e691299be2664ab07a94f8a91f05f438748e46ae64c',
 'https://www.googleapis.com/drive/v3/files/1c2a498368b115636be35ed0052400131': '200 ffbfc24558e34c9d5bd991f6b67bef6fc6d439e46e1dd79ac6ab6c68a7f5e793',
 'https://www.googleapis.com/drive/v3/files/1c2a498368b115636be35ed0052400131?alt=media': '200 5beef83f931427156c6f970dfdbd2c30e4be7be537cf6dce28a14c2e7e2cbc84',
 'https://www.googleapis.com/drive/v3/files/1c3e3020d4087099d9c3dbb0022400834?alt=media': '200 466fa28f874078f734bfe2e60a1c9c2d9771e1381bb7ad0bd9aa797ee76e41c4',
 'https://www.googleapis.com/drive/v3/files/1d0e137e637b862582462480042400301?alt=media': '200 25f8d529dacf411f801087cf3d2169c490b41ca3a59d77830933ddf7c7f01e7a',
 'https://www.googleapis.com/drive/v3/files/1e1728577756841d843768e0052400101': '200 b82e50b4d79b989e9566478411bc48669ab7c9d37ee70b13575137f231b9139f',
 'https://www.googleapis.com/drive/v3/files/1e1728577756841d843768e0052400101?alt=media': '200 17f86a71fd765b5c102073e6fa2803428af71cf899f5156a9a2c2ca43a62830b',
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
MID = {'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-01-07_05PM.pdf': '200 de788698baa957a35b52f8f6ce09f98b5897a1b878ad696a667e73e31f544b93',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-01-07_11AM.pdf': '200 36a348f4a10d7939c9129cb73138b15dd5173a29ccb731b82d00d02edc3085a6',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-01-08_05PM.pdf': '200 11dcb7d8317cc6550fbd655062b0bb02a8978545142a6a0995eeecdd6898a6a9',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-01-08_11AM.pdf': '200 c7104649e6ea91bf566f3d2c1ea841a19a75909080aa8a8f89372dcc8ea24092',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-01-09_05PM.pdf': '200 2e15940cf0794d8cb05fc2a567f054531a2aa19dc4bbdbcb5d4b34e794b6e876',
 'https://ak-static.cms.nba.com/referee/injury/Injury-Report_2025-01-09_11AM.pdf': '200 c5e5d2264975f03533a4063996d0087e73914b1fad991b89f565c76d83350f3f',
 'https://api.balldontlie.io/v1/box_scores?date=2025-01-07': '200 4ad40a6231667a10eebadb2c53b6a14e2ca8e91130501dd9c1ca4d8cefa2d979',
 'https://api.balldontlie.io/v1/box_scores?date=2025-01-08': '200 8fe32e407a1038ee38753b70e5374b3a46d6ae9d5f16cd5b73c53abaca8f5ed0',
 'https://api.balldontlie.io/v1/box_scores?date=2025-01-09': '200 8fe32e407a1038ee38753b70e5374b3a46d6ae9d5f16cd5b73c53abaca8f5ed0',
 'https://api.balldontlie.io/v1/player_injuries?per_page=25': '200 db70c07d553b3d1374ae3f7e0a8d6847bfda0aa9dad95fe042fafa2ee5d14b15',
 'https://api.balldontlie.io/v1/players/active?per_page=100': '200 411f7c622f715fa99cec54ed2abdfad43056b265e18be7ee47d245b49d53caf8',
 'https://api.balldontlie.io/v1/players/active?per_page=100&cursor=500': '200 ae5bffae744fc3eec47f488e99ed8f5b98d6ce36651c3bdaf88903172cb537e5',
 'https://api.balldontlie.io/v1/standings?season=2023': '200 70914c2c8ec4ae5a35e1343281ccaa8ed66081858fa8526ba0f602425a18fcf7',
 'https://api.balldontlie.io/v1/standings?season=2024': '200 c7ddbf5066ddd17453279a29d5c6dea4db56a13bbe52a92ed07803ae8596d8c8',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-01-07': '200 798ab733e8233a5f090940bf79306452905de0b76586dd709974e97e4c3419f9',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-01-08': '200 2a004bcc5ce8d592b51a41fd56e40b835e60446af86acc02920826c4a110c07b',
 'https://api.bettingpros.com/v3/events?sport=NBA&date=2025-01-09': '200 ea7f61e2ee97031f1069437bceb58e8c42082690e52403deaac0da7cb9d2bbad',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24200556&location=ALL&limit=10&page=2': '200 bec96d4aaae0bd4867dfc068fb995eea14255bf454f27d86d2c21b698d123769',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24200557&location=ALL&limit=10&page=2': '200 e838ba5d9fd1280457c5c82c1a950c26e3b2a4bfd8533296f1e7bdcb88ad4d66',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24200558&location=ALL&limit=10&page=2': '200 af56fc76b73f7ce2c03ed5b752c1cf1abe5398fd6e5c72c0408b8d83ff7cc395',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24200569&location=ALL&limit=10&page=2': '200 158654f31775ee39fffa64df52b4487b86351765460bcc03926d1ece00431479',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24200570&location=ALL&limit=10&page=2': '200 91d2bf0243cccaaf915aba972eff7f88c72b6f71a682c8970e26960570c1e3fa',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=151&event_id=24200571&location=ALL&limit=10&page=2': '200 343015dd4a8fd491cac77ce9b8e9ba4e19c2691a47cba23ea64a5a9f13a7a49a',
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
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200571&location=ALL&limit=10&page=2': '200 0672d0a4a5472408a79c94f19636bcc28ee266d961c392e1dd6059bfef2d256d',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200571&location=ALL&limit=50&page=1': '200 a17bf01a7a0f233066e06a539d36fed779227f00372a1659473ca8dd193cd60e',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200572&location=ALL&limit=10&page=2': '200 4f0cc2e7e59802154c453b7e72e4027eaddeb6f68f24585872a73b07bd8461bd',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200572&location=ALL&limit=50&page=1': '200 9c4cad0a59f74b76e8697cee599dc1ffcadfc81d6e41c5934400630a8741ff75',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200573&location=ALL&limit=10&page=2': '200 606f93d350deecee1f04b0eb1492175d44f79a5eabf2a9c0e4dd0e1fc11682e5',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200573&location=ALL&limit=50&page=1': '200 07279235825aeb4125eb02c5296b73ddacb289f40db8d76eacafca592178f8c7',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=156&event_id=24200574&location=ALL&limit=50&page=1': '200 07279235825aeb4125eb02c5296b73ddacb289f40db8d76eacafca592178f8c7',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24200556&location=ALL&limit=10&page=2': '200 4597224be8c8407fda361a9600e166b7256e83104b0fd4867662345fcce96f81',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24200557&location=ALL&limit=10&page=2': '200 6f907cf59e155b323c95db4eae3de09b3dae904ff0188f688a6954dd9faf449a',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24200558&location=ALL&limit=10&page=2': '200 cc4d2d72504808f64ab3322a9d2abcc0b15204957645aa17059751b32193f47f',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24200569&location=ALL&limit=10&page=2': '200 759d67330b1c395510a0e54b15575a89e1df382dd5806a5a48ecd18a6463bb0c',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24200570&location=ALL&limit=10&page=2': '200 716c0996fc53eb9e277e5f9881f2e62e9f444bab6f3c099568be767a73b5ef2b',
 'https://api.bettingpros.com/v3/offers?sport=NBA&market_id=157&event_id=24200571&location=ALL&limit=10&page=2': '200 d591d86656234a7e432a712aef0e54d6e97b91ce2afc259d55abe4c8a7afd367',
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
                                                                                                                                                                                                                       'c7342fec227b73e8076e1b301d9802e415d7622a12ec007079ef2cf7e9215dc5',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/2a873f67dc92a1d229848f0022400572/odds?apiKey=K&date=2025-01-09T22:30:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       'b82d674c54c6b47ad13e79c8ff9e21641d825434d073f937f36a12f1752fa020',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/2a873f67dc92a1d229848f0022400572/odds?apiKey=K&date=2025-01-09T23:30:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '246cbc902b94fef526dd0d59cc49d728291261f1af52b1b80b2e8a6731408b64',
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
                                                                                                                                                                                                                       '0959a8b347fd5eb6bcf04fce2169aa9a812f8822ddc21e3d03fbb6af2d882447',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/53cd4eefae4052782064fd0022400571/odds?apiKey=K&date=2025-01-09T22:00:00Z&regions=us&markets=player_rebounds,h2h&bookmakers=fanduel,caesars': '200 '
                                                                                                                                                                                                                       '956c14865ffd04a1e4a7c14c519ba028527d9dea1df86c2c27932464feeea765',
 'https://api.the-odds-api.com/v4/historical/sports/basketball_nba/events/53cd4eefae4052782064fd0022400571/odds?apiKey=K&date=2025-01-09T23:00:00Z&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h&oddsFormat=american': '200 '
                                                                                                                                                                                                                                                                          '06d777dac168c57c8659d866e04dcdd1b97db7e698a54853bdeca97caa91b1eb',
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
                                                                                                                                                                                                                 'f56a3ae8518b7b3ca5765eb4d910eb5d2a5af4ce254ca0fc34a058c60a1686b5',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events/2c8420ba296e32d91d34ad0022400558/odds?apiKey=K&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h': '200 '
                                                                                                                                                                                                                 '38a6b9fbcf51d22934326ecf96f4d0133cc73f1fcfa183536ac2654589468466',
 'https://api.the-odds-api.com/v4/sports/basketball_nba/events/53cd4eefae4052782064fd0022400571/odds?apiKey=K&regions=us&markets=player_points,player_rebounds,player_assists,player_threes,spreads,totals,h2h': '200 '
                                                                                                                                                                                                                 '6996010cbdb303e0d73dbbef15193af85aef33cad5aa435fa2afac19dafeb671',
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
 'https://cdn.nba.com/static/json/liveData/playbyplay/playbyplay_0022400558.json': '200 6ebcefc79e33635ec8125124719ed25fd5d675265d56084362579ab399add946',
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
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/10?enable=roster': '200 7a428a62f888b5bf95feb8c161a050e3b02e62685c33f7dfc1266b6a0f780431',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/14?enable=roster': '200 b51560047f4649f45ab5eb1cccd86bae98ac55ee37b1259350163338ea434e69',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/1?enable=roster': '200 13da78d2bf6f5f4b4fa6001c8af1a12a17904fccf26cf6213a7ce928f521b508',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/23?enable=roster': '200 e8e11716d8588f3dfccc81a98bb3acc90b1443c718e5fef6890f560ec60e1c76',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/25?enable=roster': '200 88347bd1354806368b16205053675ead4e6f67dbe18360f8f9993bcb49ed3161',
 'https://site.api.espn.com/apis/site/v2/sports/basketball/nba/teams/5?enable=roster': '200 5764a31dd6e282e0e8f6fe235710dc55e6de6fd2d407f34035ec48c9af265303',
 'https://stats.nba.com/js/data/playermovement/NBA_Player_Movement.json': '200 7bd18fc9998d1c65a28eada128d4a8b969cfb28fc0a8b6071a3985aa7475fd93',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400556&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'f6a47143e566c9088097f74bd89c8df8f569c7699fe6a21022d3cacc00535ff9',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400557&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           '5e6f8d1f7f81e458caa53a70054b8b33038db463587012a3c936809648d88e9c',
 'https://stats.nba.com/stats/boxscoretraditionalv2?GameID=0022400558&StartPeriod=0&EndPeriod=10&StartRange=0&EndRange=28800&RangeType=0': '200 '
                                                                                                                                           'eb27c1b9f382caaa067e478b5013c9917d24aa7dbc41d9769eada15a45e8affc',
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
                                                                                                                                                                                                 'fc00bb565ccf5df496b0a92277aa4122b322ebed44ae91730109e0ef53cb6c92',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-01-07&DateTo=2025-01-07&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=PlayIn&Sorter=DATE': '200 '
                                                                                                                                                                                        'b9161a7b30716cfc1fe8706f016651ca474870105c591626c37f2819fd1fb0f1',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-01-07&DateTo=2025-01-07&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Playoffs&Sorter=DATE': '200 '
                                                                                                                                                                                          'c4574c4d176aa7376128822537c35168869adfa462688835012f8020cef529f6',
 'https://stats.nba.com/stats/leaguegamelog?Counter=1000&DateFrom=2025-01-07&DateTo=2025-01-07&Direction=DESC&LeagueID=00&PlayerOrTeam=P&Season=2024-25&SeasonType=Regular%20Season&Sorter=DATE': '200 '
                                                                                                                                                                                                  '1ac32ebbd6bb7d67636f4a6c59d414efee558455268c25e4526823cddbfd3d12',
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
 'https://stats.nba.com/stats/playerindex?LeagueID=00&Season=2023-24&Historical=0': '200 4079541f5b1a4dae569b87468a467f89af478b1a34c2ca6ebe22dc445e469adb',
 'https://stats.nba.com/stats/playerindex?LeagueID=00&Season=2024-25&Historical=0': '200 d9f2cdbdf047cd2f973c4cc48690bff65f1aa5a3b19dec9e4f5a205afc75843a',
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2025-01-07&LeagueID=00&DayOffset=0': '200 8cd3baa1301effa164874e4ee57f0732d0d7711dcce722390daf89c6a44582bf',
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2025-01-08&LeagueID=00&DayOffset=0': '200 033e96a2b20dfeee3a11e3e36e3f595afb430a9df6943d960d0af548d4d95ada',
 'https://stats.nba.com/stats/scoreboardv2?GameDate=2025-01-09&LeagueID=00&DayOffset=0': '200 7feaf04d568d8f66c039d0048a08a048a31e0e8a22d224d44cee1c10ddd336a5',
 'https://statsdmz.nba.com/pdfs/20250107/20250107_CHADET_book.pdf': '200 415b6694ab7cd18588e830c8515afcc7b56290d1c62f51f91586eef9ad2b5146',
 'https://statsdmz.nba.com/pdfs/20250107/20250107_CLEBOS_book.pdf': '200 ab24aa5a47e350949405d8515bf3e0e3dce7863b5a96969bafb18cde2b81ec4b',
 'https://statsdmz.nba.com/pdfs/20250107/20250107_MINPHI_book.pdf': '200 1e122d02a45032e40857a720065eb80ceb186db52558803860a682c2673c3f8f',
 'https://statsdmz.nba.com/pdfs/20250107/20250107_PORMIA_book.pdf': '200 bcc451d098281579b82e2e55a7de4f71fde938524ea225c3eb97af207aea91d9',
 'https://statsdmz.nba.com/pdfs/20250108/20250108_DALOKC_book.pdf': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://statsdmz.nba.com/pdfs/20250108/20250108_NOPPHX_book.pdf': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://statsdmz.nba.com/pdfs/20250109/20250109_GSWBOS_book.pdf': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://statsdmz.nba.com/pdfs/20250109/20250109_MILATL_book.pdf': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://statsdmz.nba.com/pdfs/20250109/20250109_NOPIND_book.pdf': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://statsdmz.nba.com/pdfs/20250109/20250109_ORLPHI_book.pdf': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.basketball-reference.com/teams/ATL/2024.html': '200 f49918d5a3748bb1bf942e10b0cb21c2784cbe57a9b4653d6e931e5ebeafc9e1',
 'https://www.basketball-reference.com/teams/ATL/2025.html': '200 19b5672823fbeda2185359261e55022dc7888648b4b22e00d9c89e949e40b7a5',
 'https://www.basketball-reference.com/teams/DEN/2024.html': '200 016adae8f584f384ab459dfd80e75aac48f2abb5e38d6ac040f7eb72fcc5b6a6',
 'https://www.basketball-reference.com/teams/DEN/2025.html': '200 22886b4e9f5ba619bf60328752e437563a8317817546d6d4af653c3aa1fcfd67',
 'https://www.basketball-reference.com/teams/MEM/2024.html': '200 5dc554814cc86f56a8da9d7a3da774f65250768df025cefabf8db0f4663e37c0',
 'https://www.basketball-reference.com/teams/MEM/2025.html': '200 dd32389c82bf9a1bcd6521af6358559677c0d8c25e40a05b0198104885ef717c',
 'https://www.basketball-reference.com/teams/ORL/2024.html': '200 fbb38695ec6022939772b46d59c4569517805efa2edc48bedc40b628abfab423',
 'https://www.basketball-reference.com/teams/ORL/2025.html': '200 9195ef146f92692b6605346fd3368fca3777cb1372971dcb1300bc3012bf19b8',
 'https://www.basketball-reference.com/teams/UTA/2024.html': '200 b21ac7d0869cb1029686ea970c94aad35153cae9334a6e7cb0b9b94bd21a0e97',
 'https://www.basketball-reference.com/teams/UTA/2025.html': '200 58ef855386b96602d4f850ce5995673461a7a086f8eaa9687dbb072545b2e8e0',
 'https://www.espn.com/nba/boxscore/_/gameId/424200556': '200 aed68979e65051f7c60fc85831d63112db191da7a6286d897cd87c8edef50074',
 'https://www.espn.com/nba/boxscore/_/gameId/424200557': '200 9d14b36878cac14d4884bbcbe6d6d488ed06c8b2867925187e04883df712b765',
 'https://www.espn.com/nba/boxscore/_/gameId/424200558': '200 8561a16f75374871a2474017042264ff9c9f6a49a53ff5d2276904085c3926a9',
 'https://www.espn.com/nba/boxscore/_/gameId/424200559': '200 d22469eeb5700edb9c4585e25f3e2d258b9b17fd487449a8f1adcd2edfbefd87',
 'https://www.espn.com/nba/boxscore/_/gameId/424200569': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.espn.com/nba/boxscore/_/gameId/424200570': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.espn.com/nba/boxscore/_/gameId/424200571': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.espn.com/nba/boxscore/_/gameId/424200572': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.espn.com/nba/boxscore/_/gameId/424200573': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.espn.com/nba/boxscore/_/gameId/424200574': '404 edc3eb965bbb9f431defb60c6a5610cc050bbb9e8a8765dff9cb380efe2f0aa0',
 'https://www.googleapis.com/drive/v3/files/110a9e58bbcd761f0be48fe0022400558': '200 a9ae59578caf2e4625d0ac04eb2bfcc4009a36ac18ce4b5da351caeb3f424473',
 'https://www.googleapis.com/drive/v3/files/110a9e58bbcd761f0be48fe0022400558?alt=media': '200 60260eb745526f2ff65c48748be9a9562c5774af6078e888acc0e2ad0ca403c3',
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
