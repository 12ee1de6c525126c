"""Entry point of the frozen ``kinerja`` executables (PyInstaller runs this file as __main__)."""

import multiprocessing

from desktop.launcher import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # batch printing workers re-enter here
    main()
