import multiprocessing

from intake_app.cli.liaison import main

if __name__ == "__main__":
    # the bundle's executable is also the PDF cleaner's child (media/pdf_child.py)
    multiprocessing.freeze_support()
    raise SystemExit(main())
