"""``python -m desktop`` (and the frozen executable's entry point)."""

import multiprocessing

from desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # batch printing workers in a PyInstaller build
    main()
