"""The command line of DESIGN.md: parser, exit codes and one module of handlers per area."""
