"""What the tests of every layer share, written once: tokens and a small Hasura ``where``."""
