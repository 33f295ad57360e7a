"""The operations layer: every write a clerk can ask for, once, for both front ends.

Each use case takes the open `Ledger` (never a session), owns its transaction (one user action, one
transaction), its backup policy (the safety copy before an import) and its error translation (driver
errors become a DubanError with a Chinese message), and returns a frozen `Done` naming what changed and,
where the action can be undone, the change-log ids that undo reverts. ui/ runs them on the background
runner (ui/ops.py); cli/ calls them directly. See docs/ARCHITECTURE.md, "Operations".
"""
