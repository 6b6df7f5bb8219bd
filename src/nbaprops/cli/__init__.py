"""The ``nbaprops`` command: thin Typer commands over the layers below."""
