"""``python -m gamyeong``: the same command line as ``gamyeong``."""

from gamyeong.cli import main

main()
