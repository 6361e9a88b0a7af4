"""The crash test: writers of each kind run in real processes and are killed at random (see test_crash.py)."""
