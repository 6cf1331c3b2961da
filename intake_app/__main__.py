from intake_app.cli.liaison import main

if __name__ == "__main__":  # a child process (media/pdf_child.py) may import this module again
    raise SystemExit(main())
