from intake_app.office.cli import main

raise SystemExit(main())
