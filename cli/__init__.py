"""The command line (docs/cli.md): parser, exit codes and one module of handlers per area."""
