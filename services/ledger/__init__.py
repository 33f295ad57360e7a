"""The ledger (台账): tasks, progress, targets, lights, milestones, reminders and the change log."""
