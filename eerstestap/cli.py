"""The `eerstestap` console command.

eerstestap serve [--port N]   set up the database and demo content if needed, then serve the app
eerstestap <django command>   any of Django's management commands (migrate, createsuperuser, ...)
"""

import os
import sys


def _django(argv: list[str]) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "eerstestap.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["eerstestap", *argv])


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] in {"-h", "--help", "help"}:
        print(__doc__.strip())
        return
    if args[0] in {"analyse", "analyze"}:
        from eerstestap.analysis.cli import analyse_main

        sys.exit(analyse_main(args[1:]))
    if args[0] == "analysis":
        from eerstestap.analysis.cli import analysis_main

        sys.exit(analysis_main(args[1:]))
    if args[0] == "serve":
        _django(["serve", *args[1:]])
        return
    _django(args)


if __name__ == "__main__":
    main()
