"""``nbaprops simulator serve``: the simulated sources over HTTP on 127.0.0.1 (blocking)."""

from __future__ import annotations

import typer

simulator_app = typer.Typer(help="The simulated league's sources, served locally.", no_args_is_help=True)


@simulator_app.command("serve")
def serve(
    port: int = typer.Option(8765, "--port", help="TCP port on 127.0.0.1."),
    seed: int = typer.Option(7, "--seed", help="League seed (same seed, same data)."),
) -> None:
    """Serve until interrupted; scrape it with `nbaprops scrape ... --simulator-url http://127.0.0.1:PORT`."""
    from nbaprops.simulator.server import run_server

    run_server(host="127.0.0.1", port=port, seed=seed)
