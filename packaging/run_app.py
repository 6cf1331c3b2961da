import multiprocessing

from intake_app.cli.liaison import main

if __name__ == "__main__":
    # the bundle's executable is also the cleaners' child: PDF, Office, SVG (bounded_child.py)
    multiprocessing.freeze_support()
    raise SystemExit(main())
